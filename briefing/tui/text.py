"""Release text made safe and readable for the terminal, without Textual.

Release text is data, never markup: it reaches the screen only as `Content` built from plain strings.
Control characters could still move the cursor, ring the bell or flip the text direction, so each one
is replaced by a visible stand-in of the same length (`briefing.printable`, which the CLI uses too).
"""

from __future__ import annotations

import datetime as dt

from briefing.printable import one_line, visible

__all__ = ["one_line", "thai_date", "visible"]

THAI_MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)


def thai_date(date: dt.date) -> str:
    """The date as a Thai reader writes it: day, month name, Buddhist-era year."""
    return f"{date.day} {THAI_MONTHS[date.month - 1]} {date.year + 543}"
