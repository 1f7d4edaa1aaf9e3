"""Text clean-up before analysis, and the way back to the text as written.

The finders work on normalised text so dictionaries and patterns see one spelling; the Analysis gives
offsets and mention texts in the release's own text, so what is highlighted, marked and reported is
exactly what the page says (a name copied from the page matches the mention).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Zero-width characters go; a no-break space is a space (some releases separate every phrase with
# U+00A0 and the glossary writes names with a plain space); sara am written decomposed (nikhahit
# U+0E4D + sara aa U+0E32, as in "ต่ํากว่า", about 2.5% of releases) becomes U+0E33, which NFC
# leaves alone. Sara ae typed as two sara e (U+0E40 U+0E40, "เเละ", "ขอนเเก่น", "1.15 เเสนไร่": 931 releases
# of the archive, about 1.5%; never a spelling) becomes U+0E41, so words, names and scale words read.
_SPECIAL = re.compile("[\u200b\u200c\u200d\u2060\ufeff]|\u0e4d\u0e32|\u00a0|\u0e40\u0e40")
_REPLACE = {"\u0e4d\u0e32": "\u0e33", "\u00a0": " ", "\u0e40\u0e40": "\u0e41"}


def nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def normalise(text: str) -> str:
    return _SPECIAL.sub(lambda m: _REPLACE.get(m.group(), ""), nfc(text))


@dataclass(frozen=True, slots=True)
class Normalised:
    """A text as written (`raw`, in NFC) and its normalised form, with offsets between them."""

    raw: str
    text: str
    _starts: list[int] | None  # raw position of each normalised character; None when identical
    _ends: list[int] | None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span of the normalised span [start, end)."""
        if self._starts is None or self._ends is None:
            return start, end
        if end <= start:
            at = self._starts[start] if start < len(self._starts) else len(self.raw)
            return at, at
        return self._starts[start], self._ends[end - 1]


def normalised(raw: str) -> Normalised:
    raw = nfc(raw)
    if not _SPECIAL.search(raw):
        return Normalised(raw, raw, None, None)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for match in _SPECIAL.finditer(raw):
        kept = raw[pos:match.start()]
        pieces.append(kept)
        starts.extend(range(pos, match.start()))
        ends.extend(range(pos + 1, match.start() + 1))
        replacement = _REPLACE.get(match.group(), "")
        if replacement:
            pieces.append(replacement)
            starts.append(match.start())
            ends.append(match.end())
        pos = match.end()
    pieces.append(raw[pos:])
    starts.extend(range(pos, len(raw)))
    ends.extend(range(pos + 1, len(raw) + 1))
    return Normalised(raw, "".join(pieces), starts, ends)
