"""Release text made safe and readable for the terminal, without Textual.

Release text is data, never markup: it reaches the screen only as `Content` built from plain strings.
Control characters could still move the cursor, ring the bell or flip the text direction, so each one
is replaced by a visible stand-in of the same length: offsets from the Analysis keep pointing at the
same characters.
"""

from __future__ import annotations

import datetime as dt

_BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

# C0 controls (except newline) become the Unicode "control pictures" (ESC -> ␛, BEL -> ␇),
# DEL and the C1 range become the replacement character, bidi controls become a visible marker.
_TABLE: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20) if code not in (0x09, 0x0A)}
_TABLE[0x09] = " "  # a tab's width depends on the column: one space keeps the layout predictable
_TABLE[0x7F] = "\u2421"
_TABLE.update({code: "\ufffd" for code in range(0x80, 0xA0)})
_TABLE.update({ord(ch): "\u2af6" for ch in _BIDI_CONTROLS})

THAI_MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)


def visible(text: str) -> str:
    """The text with every terminal control character replaced one-for-one by a visible glyph."""
    return text.translate(_TABLE)


def one_line(text: str) -> str:
    """Visible text on a single line, for list rows and panel entries."""
    return " ".join(visible(text).split())


def thai_date(date: dt.date) -> str:
    """The date as a Thai reader writes it: day, month name, Buddhist-era year."""
    return f"{date.day} {THAI_MONTHS[date.month - 1]} {date.year + 543}"
