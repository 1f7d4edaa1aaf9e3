"""The frozenset word list segments exactly as PyThaiNLP's own dictionary trie does."""

from __future__ import annotations

from pathlib import Path

from pythainlp.tokenize import word_tokenize

from briefing.thai.scan import word_set

SEED = Path(__file__).resolve().parent.parent / "seeds" / "ข่าวรอง นรม  รมตนร _0_02efa86ef419c001.txt"


def test_same_words_as_the_default_trie() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert len(text) > 5000
    ours = word_tokenize(text, engine="newmm", custom_dict=word_set())  # type: ignore[arg-type]
    assert ours == word_tokenize(text, engine="newmm")


def test_prefixes_shortest_first() -> None:
    found = word_set().prefixes("กระทรวงการคลัง")
    assert found[0] == "กระ" or len(found[0]) <= len(found[-1])
    assert "กระทรวง" in found
    assert all(w in word_set() for w in found)
    assert found == sorted(found, key=len)
