"""Text clean-up before analysis: the offsets of an Analysis index the normalised text."""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def normalise(text: str) -> str:
    """NFC, no zero-width characters, no-break spaces as spaces, and sara am in one code point.

    Some releases separate every phrase with U+00A0; the glossary writes names with a plain space.

    The corpus writes sara am both as U+0E33 and decomposed (nikhahit U+0E4D + sara aa U+0E32, as in
    "ต่ํากว่า"); NFC leaves the pair alone, so dictionaries and patterns would miss half the words.
    """
    text = unicodedata.normalize("NFC", text)
    return _INVISIBLE.sub("", text).replace("\u0e4d\u0e32", "\u0e33").replace("\u00a0", " ")
