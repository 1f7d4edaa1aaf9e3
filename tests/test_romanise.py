"""Romanisation of names: accepted spellings first, else the thai2rom model, title-cased."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.thai.gazetteer import gazetteer
from briefing.thai.romanise import person_english, romanise, romanise_word


def test_word_is_title_cased_latin() -> None:
    latin = romanise_word("ชินวัตร")
    assert latin and latin.isascii() and latin[0].isupper()


def test_latin_is_kept_as_written() -> None:
    assert romanise("Zhang YunMing") == "Zhang YunMing"
    assert romanise_word("AOC") == "AOC"


def test_phrase_romanised_word_by_word() -> None:
    latin = romanise("ศรีราชา ชลบุรี")
    assert len(latin.split()) == 2
    assert latin.isascii()


def test_accepted_spelling_wins_over_the_model() -> None:
    spellings = gazetteer().person_spelling
    assert spellings, "officials.toml should list cabinet members"
    name, english = next(iter(spellings.items()))
    assert person_english(name, spellings) == english
    assert person_english("  ".join(name.split()), spellings) == english  # spacing does not matter


def test_unknown_name_is_romanised() -> None:
    english = person_english("สมมุติ ทดลองนาม", {})
    assert english.isascii() and len(english.split()) == 2


def test_cabinet_spellings_have_no_thai_script() -> None:
    for english in gazetteer().person_spelling.values():
        assert english.isascii(), english


def test_words_are_kept_in_the_cache_dir_for_the_next_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess
    import sys

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    code = "from briefing.thai.romanise import romanise_word; print(romanise_word('ตั้งสุทธิธรรม'))"
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    files = list((tmp_path / "cache").rglob("romanised-*.tsv"))
    assert len(files) == 1
    assert f"ตั้งสุทธิธรรม\t{first}" in files[0].read_text(encoding="utf-8").splitlines()
    # the next process reads the word from the file: a changed line proves the model was not asked
    files[0].write_text("ตั้งสุทธิธรรม\tTangsutthitham\n", encoding="utf-8")
    again = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert again == "Tangsutthitham"


def test_bad_cache_lines_are_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess
    import sys

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    code = ("from briefing.thai.romanise import _cache_file, romanise_word; p = _cache_file(); "
            "p.parent.mkdir(parents=True, exist_ok=True); p.write_text('ชินวัตร\\t<b>bad</b>\\nno tab\\n', encoding='utf-8'); "
            "print(romanise_word('ชินวัตร'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out and out.isascii() and "<" not in out
