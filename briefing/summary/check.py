"""Checks an English summary against the facts the analyzer found: numbers, script and length.

Both the offline brief's tests and the LLM path use these, so a summary is held to one rule: every
number it states is a figure or a date of the release's Analysis. A summary that invents a number, or
carries Thai script, or runs long, is not shown as the release's summary.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from typing import Literal

from briefing.model import Analysis

THAI = re.compile("[\u0e00-\u0e7f]")

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?" \
         r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>\d{4})"
_DATE_PATTERNS = [
    re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+{_YEAR})?(?!\w)", re.IGNORECASE),
    re.compile(rf"\b(?P<mon>{_MONTH})\s+{_DAY}(?:,?\s+{_YEAR})?(?!\w)", re.IGNORECASE),
    re.compile(rf"\b(?P<mon>{_MONTH})\s+(?:of\s+)?{_YEAR}\b", re.IGNORECASE),
    re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?![\d/])"),
]
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6,
           "bn": 1e9, "mn": 1e6}
_NUMBER = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<pct>%|per\s?cent\b|percent\b))?"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?"
    r"(?:\s*(?P<pct2>%|per\s?cent\b|percent\b))?",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"(?<![\w-])(?=[\w-]*[A-Za-z])(?=[\w-]*\d)[\w-]*\w")
"""A word with both Latin letters and digits: an ordinal ('2nd') or a name ('5G', 'COVID-19', 'G20')."""
_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)", re.IGNORECASE)

NumberKind = Literal["number", "percent", "date", "ordinal", "name"]


@dataclass(slots=True, frozen=True)
class NumberMention:
    """A number as a summary writes it: its text, where it is, and what it stands for."""

    text: str
    start: int
    end: int
    kind: NumberKind
    value: float | None = None
    """The number with its scale applied: '1.5 trillion' is 1.5e12, '15%' is 15."""
    iso: str | None = None
    """For dates: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY', as much as the text gives."""


def has_thai(text: str) -> bool:
    return THAI.search(text) is not None


def word_count(text: str) -> int:
    """Words as a reader counts them: runs of non-space characters."""
    return len(text.split())


def _month_number(name: str) -> int:
    return _MONTH_ABBR[name.lower().rstrip(".")[:4] if name.lower().startswith("sept") else name.lower()[:3]]


def _date_iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    month = int(groups["m"]) if groups.get("m") else _month_number(groups["mon"]) if groups.get("mon") else None
    year = int(groups["y"]) if groups.get("y") else None
    day = int(groups["d"]) if groups.get("d") else None
    if month is None or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    if year is not None and year > 2400:
        year -= 543  # a Buddhist-era year written in an English sentence
    if year is None:
        return f"--{month:02d}-{day:02d}" if day else None
    return f"{year:04d}-{month:02d}-{day:02d}" if day else f"{year:04d}-{month:02d}"


def numbers_in(text: str) -> list[NumberMention]:
    """Every number an English text states, dates read as whole dates, in order of position.

    Dates ('18 January 2025', 'January 2025', '2025-01-18', '18/01/2025') come out as one mention
    with an ISO form; '1.5 trillion' as 1.5e12; '15%' and '15 per cent' as percentages; '2nd' as an
    ordinal; a number glued to letters ('5G', 'COVID-19', 'G20') as part of a name.
    """
    found: list[NumberMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            iso = _date_iso(m)
            if iso is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(NumberMention(m.group(0), m.start(), m.end(), "date", iso=iso))
    for m in _TOKEN.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        taken.append((m.start(), m.end()))
        if ordinal := _ORDINAL.fullmatch(m.group(0)):
            found.append(NumberMention(m.group(0), m.start(), m.end(), "ordinal", value=float(ordinal.group(1))))
        else:
            found.append(NumberMention(m.group(0), m.start(), m.end(), "name"))
    for m in _NUMBER.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        value = float(m.group("num").replace(",", ""))
        if m.group("scale"):
            value *= _SCALES[m.group("scale").lower()]
        kind: NumberKind = "percent" if (m.group("pct") or m.group("pct2")) else "number"
        found.append(NumberMention(m.group(0).rstrip(), m.start(), m.start() + len(m.group(0).rstrip()),
                                   kind, value=value))
    found.sort(key=lambda n: n.start)
    return found


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=0.005, abs_tol=1e-9)


def allowed_values(analysis: Analysis) -> list[float]:
    """The values a summary may state as plain numbers: each figure's value, and the number as the
    figure's English or Thai text writes it ('1.5' of '1.5 trillion yuan')."""
    return list(_allowed(tuple((float(f.value), f.english or "", f.text) for f in analysis.figures)))


@functools.lru_cache(maxsize=64)
def _allowed(figures: tuple[tuple[float, str, str], ...]) -> tuple[float, ...]:
    """Cached by the figures themselves: a brief checks many short texts against one Analysis."""
    values: list[float] = []
    for value, english, text in figures:
        values.append(value)
        for mention in numbers_in(english):
            if mention.value is not None:
                values.append(mention.value)
        for raw in re.findall(r"\d[\d,]*(?:\.\d+)?", text):
            try:
                values.append(float(raw.replace(",", "")))
            except ValueError:
                continue
    return tuple(values)


def _date_ok(iso: str, dates: list[str]) -> bool:
    if iso.startswith("--"):
        return any(d[4:10] == iso[1:] for d in dates if len(d) >= 10)
    return any(d.startswith(iso) for d in dates)


def check_numbers(text: str, analysis: Analysis, release_text: str | None = None) -> list[str]:
    """One problem per number in `text` that is not a figure or a date of `analysis`.

    A year alone is accepted when a date of the analysis is in that year, or, in a release written in English, when the
    release writes it. A number glued to letters
    ('5G', 'COVID-19') is a name, accepted when the release (title or body) or a figure's English
    form writes that name ('tonnes of CO2 equivalent'); an
    ordinal ('2nd') must be a figure or date value like any other number.
    """
    values = allowed_values(analysis)
    dates = [part for d in analysis.dates if d.iso for part in d.iso.split("/")]  # a range's end too
    source = release_text if release_text is not None else f"{analysis.title}\n{analysis.body}"
    source += "\n" + "\n".join(f.english or "" for f in analysis.figures)
    problems: list[str] = []
    for n in numbers_in(text):
        if n.kind == "date":
            if n.iso is None or not _date_ok(n.iso, dates):
                problems.append(f"date {n.text!r} is not a date of the release")
            continue
        if n.kind == "name":
            compound = re.fullmatch(r"(\d+)-[a-z]+", n.text)  # 'a 4-lane road': the count of a figure
            if compound and any(_close(float(compound.group(1)), v) for v in values):
                continue
            spaced = re.sub(r"(?<=[A-Za-z])(?=\d)", " ", n.text)  # 'PM2.5' as the release writes it, 'PM 2.5'
            if n.text.lower() not in source.lower() and spaced.lower() not in source.lower():
                problems.append(f"{n.text!r} is not written in the release")
            continue
        assert n.value is not None
        if any(_close(n.value, v) for v in values):
            continue
        if n.kind == "number" and n.value.is_integer() and 1900 <= n.value <= 2700:
            year = int(n.value) - (543 if n.value > 2400 else 0)
            if any(d.startswith(f"{year:04d}") for d in dates):
                continue
            if not THAI.search(analysis.title) and re.search(rf"(?<![\d.,]){int(n.value)}(?![\d.,]\d)", source):
                continue  # an English release's own year ('Govt expects tourism revenue ... in 2023'): English text
                # gives the analysis no date for a bare year, and the headline lost it ('... 2.38 trillion Baht in;')
        problems.append(f"number {n.text!r} is not among the release's figures or dates")
    return problems


def check_against(text: str, analysis: Analysis, max_words: int | None = None) -> list[str]:
    """Every reason `text` may not stand as a summary of the release `analysis` describes.

    Empty when the text is English only, within `max_words` (when given) and states no number the
    Analysis lacks.
    """
    problems: list[str] = []
    if has_thai(text):
        problems.append("contains Thai script")
    if max_words is not None and word_count(text) > max_words:
        problems.append(f"{word_count(text)} words, more than {max_words}")
    problems.extend(check_numbers(text, analysis))
    return problems
