"""English surface forms for the brief: romanised fallbacks, dates, glossary look-ups, clean-up.

The brief must carry no Thai script. The analyzer gives English forms for most names; anything left
in Thai is romanised here (PyThaiNLP's thai2rom ONNX model, once per word per process) or dropped.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

from briefing.summary.check import MONTHS

THAI_RUN = re.compile(r"[\u0e00-\u0e7f]+")
_THAI_WORD = re.compile(r"[\u0e00-\u0e7f][\u0e00-\u0e7f.]*")
_LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z' -]*$")

ORDINAL_WORDS = ("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                 "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                 "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def ordinal_word(n: int) -> str:
    """1 -> 'first', 46 -> 'forty-sixth' (1 to 99; '' outside): an ordinal spelt out, since a gist states no digit that
    is not a figure (ครบรอบ 82 ปี, ก้าวสู่ปีที่ 46). Not 100 and over: the gist's number reader takes 'one hundred' for
    a figure and dropped it ('the and fortieth anniversary' for ครบรอบ 140 ปี)."""
    if not 0 < n < 100:
        return ""
    if n < len(ORDINAL_WORDS):
        return ORDINAL_WORDS[n]
    tens, unit = divmod(n, 10)
    if not unit:
        return _TENS[tens][:-1] + "ieth"
    return f"{_TENS[tens]}-{ORDINAL_WORDS[unit]}"


_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def glossary() -> dict[str, dict[str, str]]:
    """The summary glossary (glossary.toml next to this module), read once."""
    text = resources.files("briefing.summary").joinpath("glossary.toml").read_text(encoding="utf-8")
    return {name: dict(table) for name, table in tomllib.loads(text).items()}


@functools.lru_cache(maxsize=20000)
def romanise_word(word: str) -> str:
    """One Thai word in Latin letters, capitalised; '' when the model cannot read it."""
    try:
        from pythainlp.transliterate import romanize

        latin = romanize(word, engine="thai2rom_onnx")
    except Exception:  # noqa: BLE001 - a missing model means the word is dropped, not a crash
        latin = ""
    latin = re.sub(r"[^A-Za-z' -]", "", latin or "").strip(" -")
    if not _LATIN_WORD.match(latin):
        return ""
    return latin[:1].upper() + latin[1:]


_BAHT_SIGN = re.compile(r"฿\s?(\d[\d,]*(?:\.\d+)?(?:\s(?:thousand|million|billion|trillion))?)")


def no_thai(text: str) -> str:
    """`text` with each Thai run romanised (or dropped when it cannot be), spaces tidied; the baht sign
    (in the Thai block of Unicode) becomes the word 'baht'."""
    if not THAI_RUN.search(text):
        return text
    text = _BAHT_SIGN.sub(r"\1 baht", text).replace("฿", "baht ")
    out = THAI_RUN.sub(lambda m: romanise_word(m.group(0).replace(".", "")), text)
    out = re.sub(r"\(\s*\)", "", out)
    return re.sub(r"\s{2,}", " ", out).strip(" ,;")


def iso_to_english(iso: str) -> str:
    """'2025-01-18' -> '18 January 2025'; '2025-01' -> 'January 2025'; '2025' stays."""
    parts = iso.split("-")
    try:
        if len(parts) >= 3:
            return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1].title()} {int(parts[0])}"
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1].title()} {int(parts[0])}"
    except (ValueError, IndexError):
        return ""
    return parts[0] if parts[0].isdigit() else ""


def ordinals_to_words(text: str) -> str:
    """'The 2nd Dialogue' -> 'The second Dialogue': an ordinal is not a figure, so the brief spells
    it out rather than state a number the Analysis does not hold."""
    def word(m: re.Match[str]) -> str:
        return ordinal_word(int(m.group(1))) or m.group(0)

    return _ORDINAL.sub(word, text)


def join_words(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def longest_keys(table: dict[str, str]) -> list[str]:
    return sorted(table, key=len, reverse=True)
