"""Text clean-up before analysis: the offsets of an Analysis index the normalised text."""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def normalise(text: str) -> str:
    return _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
