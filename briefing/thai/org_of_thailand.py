"""A Thai ministry or department named with the kingdom glued after it: กระทรวงเกษตรและสหกรณ์แห่งราชอาณาจักรไทย.

Agreements, protocols and joint statements name the Thai party formally, the kingdom glued to the body with แห่ง
('of'): กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งราชอาณาจักรไทย, กระทรวงการต่างประเทศแห่งราชอาณาจักรไทย,
กระทรวงคมนาคมแห่งราชอาณาจักรไทย (about 540 mentions of a ministry so written in 176 thaigov-v2 releases). The
foreign party beside it was read whole (กระทรวงการลงทุนแห่งราชอาณาจักรซาอุดีอาระเบีย), but the Thai one stopped
at แห่ง and the kingdom came out as a place of its own. The read golds list the whole name as the organisation and
no place for the kingdom there (heldout122 h13, heldout135 h02; in English heldout56 h05 `Ministry of Justice of the
Kingdom of Thailand`, which the extractor already reads whole).

Not read here: the kingdom after a space or after a short form (พน. แห่งราชอาณาจักรไทย: heldout14 h05 lists the
kingdom as a place there), รัฐบาลแห่งราชอาณาจักรไทย (the government: the read golds split on it, see
bare_orgs), and the kingdom after a law's title (รัฐธรรมนูญแห่งราชอาณาจักรไทย: no body at all).
"""

from __future__ import annotations

from typing import Literal

from briefing.thai.gazetteer import Gazetteer

_KINGDOM = "แห่งราชอาณาจักรไทย"
_HEADS = ("กระทรวง", "กรม", "สำนักงาน", "สำนักนายกรัฐมนตรี")


def kingdom_end(text: str, start: int, end: int, g: Gazetteer) -> int:
    """End of a Thai ministry or department's name with แห่งราชอาณาจักรไทย glued after it, or `end`."""
    if not text.startswith(_KINGDOM, end) or not text.startswith(_HEADS, start):
        return end
    name = text[start:end]
    term = g.terms.get(name)
    if term is None or term.type != "organisation":
        return end  # only a body the glossary knows: a ministry or department, not a run-on span
    after = end + len(_KINGDOM)
    if after < len(text) and text[after] in "ฯ":
        return end
    return after


def english(surface: str, g: Gazetteer) -> tuple[str, Literal["listed"]] | None:
    """The English of a known body written with the kingdom after it, wherever the span came from: the body's own
    (กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรมแห่งราชอาณาจักรไทย, read whole by the spaced-name rule, had
    none: the glossary knows the ministry, not the ministry with the kingdom)."""
    if not surface.endswith(_KINGDOM):
        return None
    term = g.terms.get(surface.removesuffix(_KINGDOM))
    if term is None or term.type != "organisation" or not term.english:
        return None
    return term.english, "listed"
