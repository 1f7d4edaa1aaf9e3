"""Thai text as space-separated words, the form the search index and its queries share.

Thai is written without spaces between words, so SQLite's unicode61 tokenizer would see a whole
phrase as one token and `ข้าว` would never match. Each run of Thai script is cut into words with
PyThaiNLP's newmm (dictionary maximal matching), through nlpo3, its Rust implementation, when that is
installed (about 3x faster with the same dictionary; import of the full archive depends on it), and
the words are joined by spaces; everything else (Latin, digits) is left for unicode61. Because the
query goes through the same function, `ข้าว` matches the word ข้าว and not the start of ข้าวโพด.

A long dictionary word newmm keeps whole (มหาวิทยาลัยขอนแก่น, สหรัฐอเมริกา, กรุงเทพมหานคร) hides the words it is
made of, so `parts` lists them for a column of their own: ขอนแก่น finds the university's releases, ranked below
releases that name ขอนแก่น on its own. Short words are not opened (ข้าวโพด stays whole, so ข้าว still does not
match it).

Imported only by what indexes or searches, never by `briefing list`, so PyThaiNLP stays unloaded there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from briefing.wordcover import fewest_pieces

_THAI_RUN = re.compile(r"[\u0e01-\u0e4f\u0e5a\u0e5b]+")
"""Thai letters, vowels, tone marks and Thai punctuation; Thai digits are normalised to Arabic first."""
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_LETTER_DIGIT = re.compile(r"(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])")
"""PM2.5 and PM 2.5, COVID19 and COVID 19 are written both ways: both become separate words."""


def _make_tokenizer() -> Callable[[str], list[str]]:
    try:
        from pythainlp.tokenize.nlpo3 import segment as nlpo3_segment

        nlpo3_segment("ทดสอบ")  # loads the dictionary; raises when nlpo3 is missing
        return nlpo3_segment  # type: ignore[no-any-return]
    except (ImportError, RuntimeError):
        from pythainlp.tokenize.newmm import segment as newmm_segment

        return newmm_segment


_tokenize: Callable[[str], list[str]] | None = None


def _words(run: str) -> list[str]:
    global _tokenize
    if _tokenize is None:
        _tokenize = _make_tokenizer()
    return _tokenize(run)


@lru_cache(maxsize=1 << 18)
def _run_words(run: str) -> str:
    """One Thai run as words; cached because releases repeat the same runs (titles, agency names):
    59% of runs are repeats over 6,000 releases, and this size (~100 MB at most, per import worker)
    cut the time per release by 16% against 65,536 entries."""
    return " ".join(word for word in _words(run) if word.strip())


_SPELLINGS = re.compile("\u0e4d\u0e32|\u0e40\u0e40")
"""Sara am written decomposed (nikhahit + sara aa) and sara ae typed as two sara e: the same word to a reader,
read as U+0E33 and U+0E41 (as briefing/thai/normalise.py does for the analysis; not imported from there, which
would load the whole analyzer into every indexing worker)."""
_SPELLED = {"\u0e4d\u0e32": "\u0e33", "\u0e40\u0e40": "\u0e41"}


def segment(text: str) -> str:
    """`text` with every Thai run cut into words separated by spaces; the rest unchanged."""
    text = _SPELLINGS.sub(lambda m: _SPELLED[m.group()], text)
    text = _LETTER_DIGIT.sub(" ", text.translate(_THAI_DIGITS))
    parts: list[str] = []
    pos = 0
    for match in _THAI_RUN.finditer(text):
        parts.append(text[pos:match.start()])
        parts.append(" " + _run_words(match.group()) + " ")
        pos = match.end()
    parts.append(text[pos:])
    return "".join(parts)


PART_WORD_MIN = 9
"""Only words this long (in characters) are opened into parts: ข้าวโพด (7) stays one word."""
PART_MIN = 4
"""Each part is a dictionary word at least this long: มหาวิทยาลัย is not opened into มหา + วิทยาลัย."""

_dictionary: frozenset[str] | None = None


def _in_dictionary(word: str) -> bool:
    global _dictionary
    if _dictionary is None:
        from pythainlp.corpus import thai_words

        _dictionary = frozenset(thai_words())
    return word in _dictionary


@lru_cache(maxsize=1 << 16)
def word_parts(word: str) -> tuple[str, ...]:
    """The dictionary words a long word is made of, fewest first (ties: the longer first part), each long
    part opened in turn; () when the word is short or no such cut covers it."""
    if len(word) < PART_WORD_MIN or not _THAI_RUN.fullmatch(word):
        return ()
    found = fewest_pieces(word, lambda part: part if _in_dictionary(part) else None, PART_MIN, whole=False)
    if not found:
        return ()
    return tuple(dict.fromkeys(inner for part in found for inner in (part, *word_parts(part))))


def parts(segmented: str) -> str:
    """The parts of every long word in `segmented` (text as `segment` gives it), each once, space-separated."""
    found: dict[str, None] = {}
    for word in segmented.split():
        for part in word_parts(word):
            found[part] = None
    return " ".join(found)


def tokenizer_name() -> str:
    """Which implementation of newmm cuts the words (for benchmarks and `briefing search --json`)."""
    _words("ทดสอบ")
    return "nlpo3" if _tokenize is not None and "nlpo3" in (_tokenize.__module__ or "") else "newmm"
