"""Read releases in the thaigov corpus file format (see the corpus README).

A file is: the page title with the site's prefix, a blank line, the Thai date line, sometimes a
dd/mm/yyyy line, the "พิมพ์" label, the headline repeated, the paragraphs, and "ที่มา : URL".
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.errors import BriefingError
from briefing.model import Release

TITLE_PREFIX = re.compile(r"^\s*รัฐบาลไทย-[^-\n]*-")
THAI_MONTHS = {
    "มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6,
    "กรกฎาคม": 7, "สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12,
}
DATE_LINE = re.compile(r"^\s*(?:วัน\S*?ที่\s*)?(\d{1,2})\s*(" + "|".join(THAI_MONTHS) + r")\s*(?:พ\.ศ\.\s*)?(\d{4})\s*$")
NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")
SOURCE_LINE = re.compile(r"^\s*ที่มา\s*:\s*(\S+)\s*$")
PRINT_LABEL = "พิมพ์"


def _be_date(day: int, month: int, year: int) -> dt.date | None:
    """A Buddhist-era date (years above 2400) or a common-era one, as a common-era date."""
    if year > 2400:
        year -= 543
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_release(text: str, name: str | None = None, category: str | None = None) -> Release:
    """Parse one corpus file's text; raise BriefingError when it is not in the format."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise BriefingError(f"{name or 'release'}: empty file")
    title = TITLE_PREFIX.sub("", lines[0]).strip()
    rest = lines[1:]
    source = None
    while rest and not rest[-1].strip():
        rest.pop()
    if rest and (m := SOURCE_LINE.match(rest[-1])):
        source = m.group(1)
        rest.pop()
    i = 0
    while i < len(rest) and not rest[i].strip():
        i += 1
    date = None
    date_thai = None
    if i < len(rest) and (m := DATE_LINE.match(rest[i].replace("\u200b", ""))):
        date_thai = rest[i].strip()
        date = _be_date(int(m.group(1)), THAI_MONTHS[m.group(2)], int(m.group(3)))
        i += 1
    if i < len(rest) and (m := NUMERIC_DATE.match(rest[i])):
        date = date or _be_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        i += 1
    if i < len(rest) and rest[i].strip() == PRINT_LABEL:
        i += 1
    if not title or (date is None and source is None):
        raise BriefingError(f"{name or 'release'}: not a release in the corpus format")
    body_lines = rest[i:]
    # The headline is repeated once or twice (sometimes split over two lines) before the paragraphs.
    squashed_title = re.sub(r"\s+", "", title)
    while body_lines:
        head = re.sub(r"\s+", "", body_lines[0])
        if head and head in squashed_title:
            body_lines.pop(0)
            continue
        break
    body = "\n".join(line.rstrip() for line in body_lines).strip("\n")
    return Release(title=title, body=body, date=date, date_thai=date_thai, category=category,
                   source=source, file=name)
