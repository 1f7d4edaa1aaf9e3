"""briefing.thai.built: what the analyzer builds at load time is read back from the user's cache dir on the next
run, built again when its input changes or its file is damaged, and built in memory when the cache dir cannot be
written. The conftest points XDG_CACHE_HOME at a fresh folder for each test."""

from __future__ import annotations

import importlib
import re
import tomllib
from pathlib import Path

import pytest

from briefing.paths import cache_dir
from briefing.thai import built, gazetteer, scan
from briefing.thai.gazetteer import _trie_pattern, data_toml, trie_regex


def _files(name: str) -> list[Path]:
    return sorted((cache_dir() / "built").glob(f"{name}-*.bin"))


def test_a_value_is_built_once_then_read_from_its_file():
    calls: list[int] = []

    def build() -> dict[str, object]:
        calls.append(1)
        return {"words": ("กรม", "กระทรวง"), "heads": frozenset({"กรม"}), "n": 2}

    key = built.key_of("test", "input one")
    first = built.cached("test", key, build)
    second = built.cached("test", key, build)
    assert calls == [1]
    assert second == first and type(second["words"]) is tuple and type(second["heads"]) is frozenset
    assert len(_files("test")) == 1


def test_a_changed_input_is_built_again_under_a_new_name():
    built.cached("test", built.key_of("test", "input one"), lambda: "one")
    assert built.cached("test", built.key_of("test", "input two"), lambda: "two") == "two"
    assert len(_files("test")) == 2


@pytest.mark.parametrize("damage", [
    lambda data: data[:-7],  # truncated
    lambda data: data[:40] + bytes([data[40] ^ 0xFF]) + data[41:],  # a flipped byte
    lambda data: b"",
    lambda data: b"not marshal at all",
])
def test_a_damaged_file_is_built_again_silently_and_rewritten(damage):
    key = built.key_of("test", "damaged")
    built.cached("test", key, lambda: ["right", "value", 3])
    [path] = _files("test")
    path.write_bytes(damage(path.read_bytes()))
    assert built.cached("test", key, lambda: ["built", "again"]) == ["built", "again"]
    assert built.cached("test", key, lambda: ["not", "called"]) == ["built", "again"]


def test_an_unwritable_cache_dir_builds_in_memory(monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("the cache dir would have to be under this file")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    calls: list[int] = []
    key = built.key_of("test", "nowhere")
    for _ in range(2):
        assert built.cached("test", key, lambda: calls.append(1) or "value") == "value"
    assert calls == [1, 1]
    assert trie_regex(["กรม", "กระทรวง"]).match("กระทรวงการคลัง").group() == "กระทรวง"


def test_a_value_marshal_cannot_write_is_returned_not_stored():
    class Odd:
        pass

    odd = Odd()
    assert built.cached("test", built.key_of("test", "odd"), lambda: odd) is odd
    assert _files("test") == []


def test_a_compiled_regex_read_back_matches_as_re_compile_does():
    pattern = r"(?P<head>กรม|กระทรวง)(?:การ)?(?P<tail>\w+)|[A-Z]{2,}"
    calls: list[int] = []

    def text() -> str:
        calls.append(1)
        return pattern

    key = built.key_of("test-re", pattern)
    fresh = built.regex("test-re", key, text, re.IGNORECASE)
    again = built.regex("test-re", key, text, re.IGNORECASE)
    assert calls == [1]
    plain = re.compile(pattern, re.IGNORECASE)
    for compiled in (fresh, again):
        assert (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex) == (
            plain.pattern, plain.flags, plain.groups, plain.groupindex)
        for sample in ("กระทรวงการคลัง", "กรมป่าไม้", "the WHO said", "who"):
            assert [m.span() + m.groups() for m in compiled.finditer(sample)] == [
                m.span() + m.groups() for m in plain.finditer(sample)]


def test_a_damaged_regex_file_is_compiled_again():
    key = built.key_of("test-re", "a|b")
    built.regex("test-re", key, lambda: "a|b")
    [path] = _files("test-re")
    path.write_bytes(path.read_bytes()[:30])
    assert built.regex("test-re", key, lambda: "a|b").findall("cab") == ["a", "b"]


def test_a_bad_pattern_raises_as_re_compile_does():
    with pytest.raises(re.error):
        built.regex("test-re", built.key_of("test-re", "(unclosed"), lambda: "(unclosed")


def test_trie_regex_is_read_back_and_keys_on_the_set_of_words():
    words = ["จังหวัดเชียงใหม่", "จังหวัดเชียงราย", "จ.เชียงใหม่", "เชียง"]
    first = trie_regex(words)
    count = len(_files("trie"))
    again = trie_regex(reversed(words + ["เชียง", ""]))  # the same set, in another order, with a repeat
    assert len(_files("trie")) == count
    assert again.pattern == first.pattern == _trie_pattern(sorted(words))
    assert again.match("จังหวัดเชียงรายวันนี้").group() == "จังหวัดเชียงราย"
    trie_regex(words + ["จังหวัดน่าน"])
    assert len(_files("trie")) == count + 1
    assert trie_regex([]).search("anything") is None


def test_data_toml_is_parsed_once_then_read_back_and_again_when_the_file_changes(monkeypatch, tmp_path):
    monkeypatch.setattr(gazetteer, "DATA_DIR", tmp_path)
    source = tmp_path / "test_words.toml"
    source.write_text('[[list]]\nname = "heads"\nwords = ["กรม", "กอง"]\n', encoding="utf-8")
    parses: list[int] = []
    real = tomllib.loads

    def counting(text: str) -> dict:
        parses.append(1)
        return real(text)

    monkeypatch.setattr(tomllib, "loads", counting)
    first = data_toml("test_words.toml")
    assert data_toml("test_words.toml") == first == {"list": [{"name": "heads", "words": ["กรม", "กอง"]}]}
    assert parses == [1]
    first["list"].clear()  # each call gets its own copy
    assert data_toml("test_words.toml")["list"][0]["words"] == ["กรม", "กอง"]
    source.write_text('[[list]]\nname = "heads"\nwords = ["กรม"]\n', encoding="utf-8")
    assert data_toml("test_words.toml")["list"][0]["words"] == ["กรม"]
    assert parses == [1, 1]


def test_data_toml_raises_for_a_broken_file_and_the_lenient_loader_gives_nothing(monkeypatch, tmp_path):
    monkeypatch.setattr(gazetteer, "DATA_DIR", tmp_path)
    (tmp_path / "broken.toml").write_text("[[list]\nname = ", encoding="utf-8")
    with pytest.raises(tomllib.TOMLDecodeError):
        data_toml("broken.toml")
    with pytest.raises(OSError):
        data_toml("missing.toml")
    assert gazetteer._load_toml("broken.toml") == {} and gazetteer._load_toml("missing.toml") == {}


def test_word_set_prefixes_are_read_back_and_equal_the_built_ones():
    scan.word_set.cache_clear()
    try:
        words = scan.word_set()
        assert isinstance(words.stems, scan.SortedStems) and not _files("stems")  # nothing built yet
        searched = words.prefixes("กระทรวงการคลัง")
        words.charge(scan.STEMS_BUDGET)  # the letters a few dozen releases cut: the set is built and written
        assert isinstance(words.stems, frozenset) and len(_files("stems")) == 1
        scan.word_set.cache_clear()
        again = scan.word_set()
        assert again.stems == words.stems == scan.stems_of(scan.dictionary())
        assert again.prefixes("กระทรวงการคลัง") == words.prefixes("กระทรวงการคลัง") == searched
    finally:
        scan.word_set.cache_clear()


def test_sorted_stems_answer_as_the_set_does():
    """SortedStems (a bisection of the sorted words) holds exactly every proper prefix of a word."""
    import random

    vocabulary = scan.dictionary()
    stems = scan.stems_of(vocabulary)
    searched = scan.SortedStems(vocabulary)
    rng = random.Random(20)
    words = sorted(vocabulary)
    pieces = [w[:k] for w in rng.sample(words, 3000) for k in range(1, len(w) + 1)]  # stems and the words themselves
    pieces += [w[:k] + rng.choice("กขคงะาิ่้์ๆ .A1") for w in rng.sample(words, 3000) for k in range(len(w) + 1)]
    pieces += ["", "ก", "กระทรวง", "กระทรวงการคลัง", "zzz", "\U0010ffff"]
    assert any(p in stems for p in pieces) and any(p not in stems for p in pieces)
    for piece in pieces:
        assert (piece in searched) == (piece in stems), piece
    assert 5 not in searched


def _spy_code(monkeypatch) -> list[str]:
    compiled: list[str] = []
    real = built._code

    def spy(pattern, flags):
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(built, "_code", spy)
    return compiled


def test_patterns_compiled_in_the_block_are_read_back_in_the_next_run(monkeypatch):
    compiled = _spy_code(monkeypatch)
    samples = ("กระทรวงการคลัง 12 มกราคม 2568", "Mr. SMITH of the WHO", "")
    patterns = [(r"(?P<day>\d{1,2})\s*(?P<month>มกราคม|กุมภาพันธ์)\s*(?P<year>\d{4})", 0),
                (r"\b[A-Z]{2,}\b|mr\.", re.IGNORECASE), (r"กระทรวง(?:การ)?\w+", 0)]
    runs = []
    for _ in range(2):
        re.purge()  # re's own cache would answer before the block is asked
        with built.compiled_patterns("test-patterns"):
            runs.append([re.compile(p, f) for p, f in patterns])
    assert compiled == [p for p, _ in patterns]  # the second run compiled none
    assert len(_files("test-patterns")) == 1
    re.purge()
    for fresh, again, (p, f) in zip(*runs, patterns, strict=True):
        plain = re.compile(p, f)
        assert (again.pattern, again.flags, again.groupindex) == (plain.pattern, plain.flags, plain.groupindex)
        for text in samples:
            assert [m.span() + m.groups() for m in again.finditer(text)] == [
                m.span() + m.groups() for m in plain.finditer(text)] == [
                m.span() + m.groups() for m in fresh.finditer(text)]


def test_the_block_puts_re_back_as_it_was_even_when_a_pattern_is_bad():
    compiler = importlib.import_module("re._compiler")
    before = compiler.compile
    re.purge()
    with pytest.raises(re.error), built.compiled_patterns("test-patterns"):
        re.compile("(unclosed in the block")
    assert compiler.compile is before
    assert re.compile("a+").match("aa").group() == "aa"


def test_a_new_pattern_is_added_and_a_damaged_file_compiled_afresh(monkeypatch):
    re.purge()
    with built.compiled_patterns("test-patterns"):
        re.compile("first[0-9]+")
    re.purge()
    with built.compiled_patterns("test-patterns"):
        re.compile("first[0-9]+")
        re.compile("second[a-z]+")
    [path] = _files("test-patterns")
    compiled = _spy_code(monkeypatch)
    re.purge()
    with built.compiled_patterns("test-patterns"):
        re.compile("first[0-9]+")
        re.compile("second[a-z]+")
    assert compiled == []
    path.write_bytes(path.read_bytes()[:-9])
    re.purge()
    with built.compiled_patterns("test-patterns"):
        assert re.compile("second[a-z]+").match("secondary").group() == "secondary"
    assert compiled == ["second[a-z]+"]


def test_the_block_compiles_when_the_cache_dir_cannot_be_written(monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    re.purge()
    with built.compiled_patterns("test-patterns"):
        assert re.compile("nowhere[0-9]").search("is nowhere1").group() == "nowhere1"


def test_month_alternation_is_the_same_text_in_every_run():
    from briefing.thai.dates import _alternation

    words = ["มิถุนายน", "สิงหาคม", "กันยายน", "มีนาคม"]
    assert _alternation(words) == _alternation(list(reversed(words))) == "มิถุนายน|กันยายน|สิงหาคม|มีนาคม"


def test_wiki_heads_are_the_titles_that_start_with_a_head_word(monkeypatch, tmp_path):
    titles = tmp_path / "wikipedia_titles_th.txt"
    lines = ["กระทรวงการคลัง", "กรมป่าไม้ ", "การเมือง", "วัดพระแก้ว", "นายกรัฐมนตรี", "เขาใหญ่", "", "ห้อง 101",
             "abc กรม", "กรม"]
    titles.write_bytes(("\r\n".join(lines[:5]) + "\n" + "\n".join(lines[5:])).encode("utf-8"))  # no last newline
    monkeypatch.setattr(gazetteer, "_corpus_file", lambda name: titles if name == titles.name else None)
    heads = gazetteer.ORG_HEADS + gazetteer.VENUE_HEADS + gazetteer.WIKI_NAME_HEADS
    expected = frozenset(line for line in lines if line.startswith(heads))
    assert expected == {"กระทรวงการคลัง", "กรมป่าไม้ ", "วัดพระแก้ว", "เขาใหญ่", "ห้อง 101", "กรม"}
    assert gazetteer._wiki() == expected  # built from the titles
    assert gazetteer._wiki() == expected  # read from the cache file it wrote


def _age(path: Path, days: float) -> None:
    import os
    import time

    then = time.time() - days * 86_400
    os.utime(path, (then, then))


def test_a_write_sweeps_files_unused_for_a_month_and_keeps_the_rest():
    """An upgrade or a data change writes new files beside the old ones (~7 MB each time): the old ones go once
    nothing has read them for KEEP_DAYS, at the next write."""
    built.cached("test", built.key_of("test", "old"), lambda: "old")
    built.cached("test", built.key_of("test", "recent"), lambda: "recent")
    folder = cache_dir() / "built"
    old, recent = (folder / f"test-{built.key_of('test', k)}.bin" for k in ("old", "recent"))
    _age(old, built.KEEP_DAYS + 1)
    _age(recent, built.KEEP_DAYS - 1)
    leftover = folder / ".test-x.bin-abc123"  # a temporary file a crashed write left
    leftover.write_bytes(b"half")
    _age(leftover, 2)
    _age(folder / ".swept", 2)
    built.cached("test", built.key_of("test", "new"), lambda: "new")
    assert not old.exists() and not leftover.exists()
    assert recent.exists() and built.cached("test", built.key_of("test", "recent"), lambda: "rebuilt") == "recent"


def test_a_file_still_read_is_kept_however_old_it_was_written():
    key = built.key_of("test", "used")
    built.cached("test", key, lambda: "used")
    [path] = _files("test")
    _age(path, built.KEEP_DAYS + 5)
    assert built.cached("test", key, lambda: "rebuilt") == "used"  # the read marks it used today
    _age(cache_dir() / "built" / ".swept", 2)  # a sweep is due
    assert path not in built.sweep(cache_dir() / "built")
    assert path.exists()


def test_the_sweep_runs_at_most_once_a_day():
    folder = cache_dir() / "built"
    built.cached("test", built.key_of("test", "a"), lambda: "a")  # the first write sweeps and marks the day
    [path] = _files("test")
    _age(path, built.KEEP_DAYS + 1)
    assert built.sweep(folder) == []  # swept today already
    assert path.exists()
    _age(folder / ".swept", 1.5)
    assert built.sweep(folder) == [path] and not path.exists()


def test_the_trie_tree_compiles_to_the_code_of_its_pattern():
    """gazetteer._trie_parsed builds re's parse tree of a trie pattern without parsing it: re's compiler makes the
    same code of it as of the pattern (the glossary's keys, the titles, seeded random lists with shared prefixes,
    one-letter branches, optional tails and letters re escapes)."""
    import random
    import re._parser as parser

    from briefing.thai.gazetteer import _trie_parsed, gazetteer

    g = gazetteer()
    lists = [sorted(g.terms), sorted(g.titles), ["a"], ["a", "b"], ["a", "ab"], ["ab", "abc", "abd", "x"]]
    rng = random.Random(20)
    for _ in range(600):
        letters = rng.choice(["ab", "abc.", "กขค", "a(b)*", "ก.ข \n-"])
        lists.append(sorted({"".join(rng.choice(letters) for _ in range(rng.randint(1, 7))) for _ in range(rng.randint(1, 30))}))
    for words in lists:
        text, tree = _trie_parsed(words, parser)
        tree.state.flags = parser.fix_flags(text, 0)
        assert text == _trie_pattern(words)
        assert built._code_of(tree, 0) == built._code(text, 0), words
    compiled = trie_regex(["กรม", "กรมป่า", "กรมป่าไม้", "กระทรวง"])
    assert compiled.pattern == _trie_pattern(["กรม", "กรมป่า", "กรมป่าไม้", "กระทรวง"])
    assert compiled.match("กรมป่าไม้ได้").group() == "กรมป่าไม้" and compiled.match("กรมป่าชาย").group() == "กรมป่า"
