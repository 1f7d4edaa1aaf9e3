"""Thai names in Latin script: accepted spellings first, else PyThaiNLP's thai2rom ONNX model.

The model takes about 0.3 s to load and 2 ms per word, so it loads on first use and each word is
romanised once per process.
"""

from __future__ import annotations

import functools
import re

_THAI = re.compile(r"[\u0e00-\u0e7f]+")
_LONG = 12
_LATIN_OK = re.compile(r"^[A-Za-z][A-Za-z' .-]*$")


@functools.lru_cache(maxsize=20000)
def romanise_word(word: str) -> str:
    """One Thai word, title-cased ('จันทรรวงทอง' -> 'Chanthanruangthong')."""
    if not _THAI.search(word):
        return word
    try:
        from pythainlp.transliterate import romanize

        latin = romanize(word, engine="thai2rom_onnx")
    except Exception:  # noqa: BLE001 - a missing model must not stop the analysis
        latin = ""
    if not latin or not _LATIN_OK.match(latin):
        try:
            from pythainlp.transliterate import romanize

            latin = romanize(word, engine="royin")
        except Exception:  # noqa: BLE001
            latin = ""
    latin = re.sub(r"[^A-Za-z' -]", "", latin)
    return latin[:1].upper() + latin[1:] if latin else ""


def romanise(text: str, split_long: bool = True) -> str:
    """A phrase word by word (split on spaces); Latin parts are kept as written.

    The model garbles long inputs ('ศูนย์ดิจิทัลชุมชนบ้านบ่อลูกรัง' -> 'Sundithanchu'), so a long
    run of Thai is split into newmm words first when `split_long` (names of places, not people).
    """
    out: list[str] = []
    for part in text.split():
        if not _THAI.search(part):
            out.append(part)
        elif split_long and len(part) > _LONG:
            from briefing.thai.scan import words

            out.extend(romanise_word(w) for w in words(part))
        else:
            out.append(romanise_word(part))
    return " ".join(w for w in out if w)


def person_english(name: str, spellings: dict[str, str]) -> str:
    """A person's name in English: the accepted spelling when the glossary lists it."""
    key = " ".join(name.split())
    if key in spellings:
        return spellings[key]
    return romanise(key, split_long=False)
