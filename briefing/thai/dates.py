"""Dates in Thai and English text, normalised to ISO 8601 in the common era.

Thai releases give dates as "วันพุธที่ 13 มกราคม 2564", "25 ส.ค. 63", "13/01/2564",
"6-29 มีนาคม 2563", "ต.ค. 2567", "ปีงบประมาณ 2568": Buddhist-era years (BE = CE + 543),
month names or their abbreviations, and often no year at all ("วันที่ 14 ก.ย.").

What `iso` holds:
- a day: "2021-01-13"; a day range: an ISO 8601 interval "2020-03-06/2020-03-29";
- a month: "2021-01"; a year: "2021";
- a day whose year the text never settles: "--09-14" (ISO 8601 without year).

A missing year is resolved, in order: from a date joined to it by a dash ("30 ม.ค. - 2 ก.พ. 2568"),
then from the nearest full date before it in the same text (else the first full date after it),
else from `default_year`. Of the candidate years (anchor year - 1, + 0, + 1) the one putting the
date nearest the anchor date wins, so a December release speaking of "5 ม.ค." means next January.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from briefing.model import DateMention, Field
from briefing.thai.numbers import ascii_digits

_THAI_MONTHS = (
    ("มกราคม", "ม.ค."), ("กุมภาพันธ์", "ก.พ."), ("มีนาคม", "มี.ค."), ("เมษายน", "เม.ย."),
    ("พฤษภาคม", "พ.ค."), ("มิถุนายน", "มิ.ย."), ("กรกฎาคม", "ก.ค."), ("สิงหาคม", "ส.ค."),
    ("กันยายน", "ก.ย."), ("ตุลาคม", "ต.ค."), ("พฤศจิกายน", "พ.ย."), ("ธันวาคม", "ธ.ค."),
)
_ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december")

MONTH_NUMBER: dict[str, int] = {}
for _number, (_full, _abbr) in enumerate(_THAI_MONTHS, start=1):
    MONTH_NUMBER[_full] = _number
    MONTH_NUMBER[_abbr] = _number
    MONTH_NUMBER[_abbr.rstrip(".")] = _number
for _number, _name in enumerate(_ENGLISH_MONTHS, start=1):
    MONTH_NUMBER[_name] = _number
    MONTH_NUMBER[_name[:3]] = _number
MONTH_NUMBER["sept"] = 9


def _alternation(words: list[str]) -> str:
    """Longest first; words of one length in a fixed order (two of a length never both match at a place, but the
    same pattern text in every run lets briefing.thai.built find its compiled code)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_THAI_FULL = _alternation([m[0] for m in _THAI_MONTHS])
# An abbreviation may lose its last dot or gain spaces: "ม.ค", "ม. ค.".
_THAI_ABBR = "|".join(
    re.escape(a[:-1]).replace(r"\.", r"\.\s?") + r"\.?" for _, a in _THAI_MONTHS
)
_THAI_MONTH = rf"(?:{_THAI_FULL}|(?:{_THAI_ABBR})(?![ก-๙]))"
_ENGLISH_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October"
                  r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_WEEKDAY = r"(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส(?:ฯ)?|ศุกร์|เสาร์|อาทิตย์)"
_ERA = r"(?:พ\.\s?ศ\.|ค\.\s?ศ\.|B\.E\.|A\.D\.|BE|AD)"
_YEAR = rf"(?:\s*{_ERA})?\s*(?P<year>\d{{4}}(?!\d)|\d{{2}}(?![\d.,:]))"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("thai", re.compile(
        rf"(?=[ว0-9])(?:วัน{_WEEKDAY}?\s*ที่\s*|วันที่\s*)?(?<!\d)(?P<day>\d{{1,2}})"
        rf"(?:\s*(?:-|–|—|ถึง|และ)\s*(?P<day2>\d{{1,2}}))?\s*(?:เดือน\s*)?(?P<month>{_THAI_MONTH})"
        rf"(?:{_YEAR})?")),
    ("slash", re.compile(
        r"(?=\d)(?<![\d/.])(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4}|\d{2})(?![\d/])")),
    ("english_dmy", re.compile(
        rf"(?=\d)(?<!\d)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)?\s+"
        rf"(?P<month>{_ENGLISH_MONTH}),?(?:\s+(?P<year>\d{{4}})(?!\d))?", re.IGNORECASE)),
    ("english_mdy", re.compile(
        rf"(?=[JFMASOND])(?P<month>{_ENGLISH_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])"
        rf"(?:\s*[-–]\s*(?P<day2>\d{{1,2}}))?(?:,?\s+(?P<year>\d{{4}})(?!\d))?")),
    ("month_year", re.compile(
        rf"(?=[เมกพสตธJFMASONDjfmasond])(?:เดือน\s*)?(?P<month>{_THAI_MONTH}|{_ENGLISH_MONTH})\s*,?{_YEAR}")),
    ("year", re.compile(
        rf"(?=[ปฤพคBA])(?:(?:ปี(?:งบประมาณ|งบ)?|ฤดูกาล)\s*(?:{_ERA}\s*)?|{_ERA}\s*)"
        r"(?P<year>\d{4}(?!\d)|[4-9]\d(?![\d.,:]))"  # "ปี 2568", and the headline short form "ปี 68"
        r"(?:\s*(?:-|–|ถึง)\s*(?P<year2>\d{4}(?!\d)|[4-9]\d(?![\d.,:])))?")),
]


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    kind: str
    day: int | None
    day2: int | None
    month: int | None
    year: int | None
    year2: int | None = None


def _ce_year(written: str, kind: str) -> int | None:
    """Common-era year from what was written: 2568 -> 2025, 68 -> 2025 (Thai short BE), 2025 -> 2025."""
    year = int(written)
    if len(written) == 2:
        if kind.startswith("english"):
            return None
        year += 2500
    if 2400 <= year <= 2800:
        return year - 543
    if 1800 <= year <= 2300:
        return year
    return None


def _month(written: str) -> int | None:
    key = re.sub(r"\s", "", written).lower()
    return MONTH_NUMBER.get(key) or MONTH_NUMBER.get(key.rstrip("."))


def _scan(text: str) -> list[_Found]:
    """Fresh copies of the dates in `text` (find_dates fills in years, so callers get their own)."""
    return [replace(f) for f in _scan_cached(text)]


@lru_cache(maxsize=16)
def _scan_cached(text: str) -> tuple[_Found, ...]:
    """Cached: the figure finder and the date finder both scan each title and body."""
    found: list[_Found] = []
    starts: list[int] = []  # the spans taken, sorted: they never overlap, so their ends are sorted too
    ends: list[int] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            # does it overlap a span taken? Only the first one ending after `start` can, when it starts before `end`
            # (a scan of every span taken grew with the square of a long release's dates and times)
            i = bisect_right(ends, start)
            if i < len(starts) and starts[i] < end:
                continue
            item = _build(kind, m)
            if item is None:
                continue
            starts.insert(i, start)
            ends.insert(i, end)
            found.append(item)
    found.sort(key=lambda f: f.start)
    return tuple(found)


def _build(kind: str, m: re.Match[str]) -> _Found | None:
    groups = m.groupdict()
    year = _ce_year(groups["year"], kind) if groups.get("year") else None
    if groups.get("year") and year is None:
        if kind in ("slash", "year", "month_year"):
            return None
        # "19 ม.ค. 10 คน": the digits were not a year; keep the day and month only.
        end = m.start("year")
        while end > m.start() and m.string[end - 1] in " \u00a0":
            end -= 1
        item = _build_parts(kind, m, None)
        if item:
            item.end = end
        return item
    item = _build_parts(kind, m, year)
    if item and kind == "year" and groups.get("year2"):
        item.year2 = _ce_year(groups["year2"], kind)
        if item.year2 is None or item.year is None or item.year2 < item.year:
            item.year2 = None
            item.end = m.end("year")
    return item


def _build_parts(kind: str, m: re.Match[str], year: int | None) -> _Found | None:
    groups = m.groupdict()
    if kind == "year":
        return _Found(m.start(), m.end(), kind, None, None, None, year)
    month_text = groups["month"]
    month = int(month_text) if month_text.isdigit() else _month(month_text)
    if not month or not 1 <= month <= 12:
        return None
    day = int(groups["day"]) if groups.get("day") else None
    day2 = int(groups["day2"]) if groups.get("day2") else None
    if day is not None and not 1 <= day <= 31:
        return None
    if day2 is not None and (day is None or not day < day2 <= 31):
        day2 = None
    if kind == "month_year" and year is None:
        return None
    return _Found(m.start(), m.end(), kind, day, day2, month, year)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _resolve_year(item: _Found, anchor: dt.date) -> int:
    """The year (anchor's, or one either side) putting this month and day nearest the anchor."""
    best, best_gap = anchor.year, None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        when = _safe_date(year, item.month or 1, item.day or 1)
        if when is None:
            continue
        gap = abs((when - anchor).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def _iso(item: _Found) -> str | None:
    if item.month is None:
        if item.year2:
            return f"{item.year:04d}/{item.year2:04d}"
        return f"{item.year:04d}"
    if item.day is None:
        return f"{item.year:04d}-{item.month:02d}"
    if item.year is None:
        return f"--{item.month:02d}-{item.day:02d}"
    first = _safe_date(item.year, item.month, item.day)
    if first is None:
        return None
    if item.day2:
        last = _safe_date(item.year, item.month, item.day2)
        if last is not None:
            return f"{first.isoformat()}/{last.isoformat()}"
    return first.isoformat()


_JOIN = re.compile(r"\s*(?:-|–|—|ถึง|และ)\s*$")


def _fill_years(items: list[_Found], text: str, default_year: int | None) -> None:
    for i, item in enumerate(items):
        if item.year is not None or item.month is None:
            continue
        following = items[i + 1] if i + 1 < len(items) else None
        if (following and following.year is not None and following.month is not None
                and _JOIN.match(text[item.end:following.start] + "") and
                following.start - item.end <= 8):
            item.year = following.year if (following.month or 0) >= item.month else following.year - 1
            continue
        anchor = _anchor(items, i)
        if anchor is None and default_year is not None:
            anchor = dt.date(default_year, 7, 1)
        if anchor is not None:
            item.year = _resolve_year(item, anchor)


def _anchor(items: list[_Found], index: int) -> dt.date | None:
    """The nearest full date before `index`, else the first one after it."""
    def full(item: _Found) -> dt.date | None:
        if item.year is None or item.month is None or item.day is None:
            return None
        return _safe_date(item.year, item.month, item.day)

    for item in reversed(items[:index]):
        if (when := full(item)) is not None:
            return when
    for item in items[index + 1:]:
        if (when := full(item)) is not None:
            return when
    return None


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where dates are in `text` (Thai digits allowed): figures skip numbers inside these."""
    return [(f.start, f.end) for f in _scan(ascii_digits(text))]


def find_dates(text: str, field: Field, default_year: int | None = None) -> list[DateMention]:
    """Every date mention in `text`, in order, with its ISO form (see the module docstring)."""
    items = _scan(ascii_digits(text))
    _fill_years(items, text, default_year)
    mentions = []
    for item in items:
        iso = _iso(item)
        if iso is None:
            continue
        mentions.append(DateMention(field=field, text=text[item.start:item.end],
                                    start=item.start, end=item.end, iso=iso))
    return mentions
