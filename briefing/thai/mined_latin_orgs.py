"""Latin acronyms mined from the archive (briefing/data/mined_latin_orgs.tsv): `find`.

A release often names a body by a Latin acronym alone (AZEC, EXIM Bank, JETRO, TDRI), with no head word that a
rule could read, and a rule for any run of capitals would take GDP, MOU, EEC or BCG as well, which name no body.
The archive tells them apart: bench/mine_latin_orgs.py keeps an acronym that three or more releases write in
brackets after an organisation's name ("สถาบันวิจัยเพื่อการพัฒนาประเทศไทย (TDRI)", "Japan External Trade
Organization (JETRO)") and that is so paired in a good share of the releases writing it at all. Here such an
acronym written as a word of its own is an organisation, with the Thai name most pairings give.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from briefing.thai.wordlists import tsv_rows


@dataclass(frozen=True)
class MinedAcronym:
    acr: str
    full: str
    """The Thai name most pairings give ("" when they disagree or are English)."""


@functools.cache
def table() -> dict[str, MinedAcronym]:
    out: dict[str, MinedAcronym] = {}
    for acr, full, *_ in tsv_rows("mined_latin_orgs.tsv"):
        out[acr] = MinedAcronym(acr=acr, full=full)
    return out


_CAPITAL = re.compile(r"[A-Z]")
_WORD = re.compile(r"(?<![A-Za-z0-9&\-/.@_])[A-Z][A-Za-z0-9&\-]*(?:[ ]([A-Z][a-z]+))?")
"""A Latin word from a capital (with the next word when capitalised: UN Women, EXIM Bank), not inside a longer
Latin word, a web address or a hyphenated name (ABAC in APEC-ABAC is another body's part, TDRI in tdri.or.th no
mention). Each word is looked up in the table: one search over the text, not one alternative per entry."""
_AFTER = re.compile(r"[/@_]|\.[A-Za-z]")


def find(text: str) -> list[tuple[int, int, MinedAcronym]]:
    """(start, end, entry) for each listed acronym the text writes as a word of its own, not a word of a longer
    Latin name (`_opens_a_name`, `_inside_a_name`)."""
    if not _CAPITAL.search(text):  # every entry starts with a capital
        return []
    entries = table()
    out: list[tuple[int, int, MinedAcronym]] = []
    for m in _WORD.finditer(text):
        start, end = m.start(), m.end()
        word = m.group(0)
        if word not in entries and m.group(1):  # "UN Women" is an entry; "TDRI Annual" is TDRI and a word
            end = m.start(1) - 1
            word = text[start:end]
        if word in entries and not _AFTER.match(text, end) and not _opens_a_name(text, end) \
                and not _inside_a_name(text, start):
            out.append((start, end, entries[word]))
    return out


_NEXT_LATIN = re.compile(r"[ \t]+([A-Z][A-Za-z0-9&\-]*)")


def _opens_a_name(text: str, end: int) -> bool:
    """Is the acronym the first word of a longer Latin name ("FIVB Volleyball Women's Nations League", "WADA Code",
    "APO Awards", "THACCA SPLASH - Soft Power Forum": an event, a code, a prize, as the read golds have it)? Another
    listed acronym after it is a list, not a name; so is a comma after it."""
    m = _NEXT_LATIN.match(text, end)
    return m is not None and m.group(1) not in table()


_PREV_LATIN = re.compile(r"(?<![A-Za-z0-9&\-])([A-Z][A-Za-z0-9&\-]*)[ \t]+$")


def _inside_a_name(text: str, start: int) -> bool:
    """Does a capitalised Latin word end right before the acronym ("THAILAND BIG MOVE", "Draft ACWC Work Plan"): a
    word of a longer name, not the body? Another listed acronym before it is a list."""
    m = _PREV_LATIN.search(text, max(0, start - 40), start)
    return m is not None and m.group(1) not in table()
