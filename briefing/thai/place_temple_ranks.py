"""A temple's royal rank written after a space is part of its name (span bounds, issue 11).

Royal temples carry their rank as the last part of the official name: วัดพระเชตุพนวิมลมังคลาราม ราชวรมหาวิหาร,
วัดราชบพิธสถิตมหาสีมาราม ราชวรวิหาร, วัดระฆังโฆสิตาราม วรมหาวิหาร, วัดโสธรวราราม วรวิหาร, วัดศรีโสดา พระอารามหลวง.
Written glued (วัดสุทัศนเทพวรารามราชวรมหาวิหาร) the temple head rules read it whole; written after a space they
stopped at the space and left the rank behind, so a reader saw วัดพระปฐมเจดีย์ for วัดพระปฐมเจดีย์ ราชวรมหาวิหาร
(bench/heldout127 h08). The read golds write the rank in (heldout96 วัดศรีโสดา พระอารามหลวง, heldout56
วัดอรุณราชวรารามราชวรมหาวิหาร). In 110 random corpus releases with a spaced rank (outside bench and dev) 229 temple
mentions stopped before it. A rank in brackets (วัดชัยมงคล (พระอารามหลวง)) is a note about the temple and is left.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_TEMPLE = re.compile(r"(?<!จังห)(?<!ตรวจ)วัด")
"""วัด as the temple head, not inside จังหวัด ('province') or ตรวจวัด ('to measure'): a province before a rank is
no temple (จังหวัดนครปฐม| วรวิหาร is left)."""
_RANK = re.compile(r"[ \t]+(?:ราชวรมหาวิหาร|ราชวรวิหาร|วรมหาวิหาร|วรวิหาร|พระอารามหลวง)")
"""The ranks, longest first (ราชวรมหาวิหาร before วรมหาวิหาร), after spaces or tabs on the same line."""


def rank_end(text: str, start: int, end: int) -> int:
    """Where a temple span ends with the royal rank written after it (วัดระฆังโฆสิตาราม| วรมหาวิหาร -> after
    วรมหาวิหาร); `end` when the span names no temple (no วัด in it) or no rank follows."""
    if _TEMPLE.search(text, start, end) is None:
        return end
    m = _RANK.match(text, end)
    return m.end() if m else end


_RANK_ENGLISH = (("ราชวรมหาวิหาร", "Ratchaworamahawihan"), ("ราชวรวิหาร", "Ratchaworawihan"),
                 ("วรมหาวิหาร", "Woramahawihan"), ("วรวิหาร", "Worawihan"), ("พระอารามหลวง", "Phra Aram Luang"))
"""The ranks as the temples' own English names write them (Wat Arun Ratchawararam Ratchaworamahawihan, Wat Rakhang
Khositaram Woramahawihan; RTGS), longest first. Romanised with the name they made 'Ratchawow', 'Wonwihan'."""


def english(surface: str, romanise: Callable[[str], str]) -> str | None:
    """'Wat <name> <rank>' for a temple whose name ends in a royal rank, spaced or glued (วัดราชบพิธสถิตมหาสีมาราม
    ราชวรวิหาร -> '... Ratchaworawihan'), the name before the rank romanised by `romanise`; else None."""
    if not surface.startswith("วัด"):
        return None
    for rank, english_rank in _RANK_ENGLISH:
        if surface.endswith(rank):
            name = surface[3:len(surface) - len(rank)].strip()
            return f"Wat {romanise(name)} {english_rank}" if name else None
    return None
