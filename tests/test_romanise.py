"""Romanisation of names: accepted spellings first, else the thai2rom model, title-cased."""

from __future__ import annotations

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
