"""Organisation abbreviations mined from the archive (briefing/data/mined_orgs.tsv): `find_abbreviations`.

A release often names a body by its short form alone (สป., ภ.9, บน.6, ศพก., กอนช.): the glossary lists the
common ones, but the archive pairs many more with a full name ("กองบิน 6 (บน.6)", "ตำรวจภูธรภาค 9 (ภ.9)").
bench/mine_orgs.py collects those pairs over the 63,000 releases and keeps an abbreviation that three or more
releases pair with an organisation; here such an abbreviation written as a word of its own is an organisation,
with the full name and the glossary's English when one full name takes most of the pairings.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from briefing.thai.wordlists import tsv_rows

_T = "\u0e01-\u0e4e"


@dataclass(frozen=True)
class MinedAbbreviation:
    abbr: str
    full: str
    """The full name most pairings give ("" when the pairings disagree: สป. is every ministry's office)."""
    english: str
    """The glossary's English for `full` ("" when none)."""


@functools.cache
def table() -> dict[str, MinedAbbreviation]:
    out: dict[str, MinedAbbreviation] = {}
    for abbr, full, english, *_ in tsv_rows("mined_orgs.tsv"):
        out[abbr] = MinedAbbreviation(abbr=abbr, full=full, english=english)
    return out


@functools.cache
def _regex() -> re.Pattern[str]:
    """The listed abbreviations, longest first, as words of their own: not inside a Thai word or a longer
    abbreviation (ผอ.สป. is the director), not before a Thai letter or a digit that would make it another
    (ภ.9 not ภ.91), nor before a year (ปีงบประมาณ พศ. 2563 is the era written short); a dotted tail of one to five letters is kept with it (สป.ศธ., the ministry's office)."""
    alternatives = "|".join(
        re.escape(k[:-1]) + "[ ]?[0-9]{1,2}" if k.endswith("#") else re.sub(r"\\\.([0-9])", r"\\.[ ]?\1", re.escape(k))
        for k in sorted(table(), key=len, reverse=True)
    )  # บน.6 is written บน. 6 too; ภ.# is a numbered unit (ภ.1 ... ภ.9)
    return re.compile(
        rf"(?<![{_T}.A-Za-z0-9])(?:{alternatives})(?:[\u0e01-\u0e2e][{_T}]{{0,4}}\.)*(?![{_T}0-9A-Za-z])"
        r"(?![ \t\u00a0]?[12][0-9]{3}(?![0-9]))"
    )


def find_abbreviations(text: str) -> list[tuple[int, int, MinedAbbreviation]]:
    """(start, end, entry) for each listed abbreviation the text writes as a word of its own."""
    entries = table()
    out: list[tuple[int, int, MinedAbbreviation]] = []
    rx = _regex()
    for m in rx.finditer(text):
        word = m.group(0).replace(" ", "")
        number = re.match(r"([^0-9]+)([0-9]+)", word)
        if number and number.group(1) + "#" in entries:  # ภ.9: a numbered unit, ตำรวจภูธรภาค 9
            stem = entries[number.group(1) + "#"]
            entry = MinedAbbreviation(abbr=word, full=stem.full.replace("#", number.group(2)), english="")
        else:
            entry = entries[max((k for k in entries if word.startswith(k)), key=len)]
        out.append((m.start(), m.end(), entry))
    return out
