"""A Latin acronym in brackets after a meeting's name abbreviates the meeting, not a body: ADGMIN, AMM, AELW.

Releases give a meeting its acronym as they give a body theirs: `the 4th ASEAN Digital Ministers Meeting (ADGMIN)`,
`57th ASEAN Foreign Ministers' Meeting (AMM)`, `APEC Economic Leaders' Week (AELW)`, `UBS Asian Investment
Conference (AIC)`, `การประชุมรัฐมนตรีอาเซียนด้านดิจิทัล (ADGMIN)`. The bracket rules took each as an organisation
(heldout146 h14: `ADGMIN`); a meeting is an event, which GUIDELINES.md leaves out, and the read golds list none of
them (heldout125 h16 `AMM`, heldout21 h01 `AELW`, heldout66 h06 `ADGSOM`: 0 of 3).

An acronym is the meeting's when the words before its bracket end with an event's word (Meeting, Summit,
Conference, Retreat, Week, Expo ...) or, in Thai, are a meeting of ministers, senior officials or leaders
(`การประชุมรัฐมนตรี...`, `การประชุมเจ้าหน้าที่อาวุโส...`, `การประชุมผู้นำ...`, `การประชุมสุดยอด...`). Kept: an acronym the
glossary holds as a body (`World Economic Forum (WEF)`, `Riyadh Summit (GCC)`), a Forum or Dialogue (the ASEAN
Regional Forum, the Asia Cooperation Dialogue are standing bodies), and a meeting of a named committee
(`การประชุมคณะกรรมการร่วมทางการค้า (JTC)`: the committee). `entities` calls `names_event` on each organisation.
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import gazetteer

_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9-]{1,14}")
_EVENT_EN = re.compile(
    r"(?:Meeting|Meetings|Summit|Conference|Retreat|Week|Expo|Exhibition|Fair|Festival|Games|Symposium|Workshop)"
    r"(?:\s+(?:[0-9]{4}|and Related Meetings))?[ \t\u00a0]*\($"
)
_EVENT_TH = re.compile(
    r"การประชุม(?:ระดับ)?(?:รัฐมนตรี|เจ้าหน้าที่อาวุโส|ผู้นำ|สุดยอด)(?:(?!คณะ)[^\n()\[\]A-Za-z]){0,80}[ \t\u00a0]*\($"
)


def names_event(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a Latin acronym in brackets right after a meeting's name."""
    if start == 0 or text[start - 1] != "(" or end >= len(text) or text[end] != ")":
        return False
    acronym = text[start:end]
    if not _ACRONYM.fullmatch(acronym) or sum(ch.isupper() for ch in acronym) < 2:
        return False
    term = gazetteer().terms.get(acronym)
    if term is not None and term.type == "organisation":
        return False  # World Economic Forum (WEF), ... Summit (GCC): a body the glossary knows
    before = text[max(0, start - 120):start]
    return _EVENT_EN.search(before) is not None or _EVENT_TH.search(before) is not None
