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


def test_the_gists_word_list_has_the_prefixes_of_all_its_words() -> None:
    """summary.words._trie takes the analyzer's word list's prefixes and adds its glossary keys' own: every prefix
    test answers as the prefixes of all its words would, and newmm cuts the same words with it."""
    from briefing.summary.words import _trie
    from briefing.thai.scan import WordSet, stems_of

    gist_words = _trie()
    assert isinstance(gist_words, WordSet)
    every = stems_of(gist_words.words)
    assert len(gist_words.words) > len(word_set().words)  # the keys the word list lacks
    for word in gist_words.words:
        for piece in (word[:1], word[:-1], word, word + "ๆ"):
            assert (piece in gist_words.stems) == (piece in every), piece
    text = SEED.read_text(encoding="utf-8")
    made_whole = WordSet(gist_words.words)
    assert word_tokenize(text, engine="newmm", custom_dict=gist_words) == word_tokenize(  # type: ignore[arg-type]
        text, engine="newmm", custom_dict=made_whole)  # type: ignore[arg-type]
