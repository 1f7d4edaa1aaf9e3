"""A ministry's or department's name cut at its first words when the country it belongs to is glued after it.

Cabinet synopses name the parties of a memorandum in one glued run: บันทึกความเข้าใจระหว่างกระทรวงศึกษาธิการแห่งราช
อาณาจักรไทยกับกระทรวงการศึกษาและฝึกอบรมแห่งสาธารณรัฐสังคมนิยมเวียดนามว่าด้วยความร่วมมือ..., ระหว่าง...กับกระทรวง
วัฒนธรรมและการท่องเที่ยวแห่งสาธารณรัฐตุรกีว่าด้วย..., แถลงการณ์...กับกระทรวงการอุดมศึกษาและการวิจัยแห่งสาธารณรัฐ
ฝรั่งเศสว่าด้วย... (bench/heldout152 h11). Where a glued word follows the country the head rules stop at the
ministry's first words (กระทรวงการศึกษา, กระทรวงการอุดมศึกษา) or at a Thai ministry's name (กระทรวงวัฒนธรรม: the Thai
ministry of culture, a wrong body); read alone (`...สาธารณรัฐฝรั่งเศส เมื่อ`) the same name is whole. A reader takes
the foreign ministry to its country.

`country_end` runs a span that starts with กระทรวง or กรม on through a glued run to แห่ง and a country the gazetteer
knows, when the words between are name words only (no clause word, no กับ/ระหว่าง/ว่าด้วย/ของ, no other body's head).
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import ORG_HEADS, Gazetteer
from briefing.thai.scan import on_boundary, words

_HEADS = ("กระทรวง", "กรม")
_TO_COUNTRY = re.compile("([\u0e01-\u0e2e\u0e30-\u0e4e]{0,40}?)แห่ง")
_NOT_BETWEEN = re.compile(
    "กับ|ระหว่าง|ว่าด้วย|ประเทศ|รัฐบาล|ผู้|ต้อง|ขอบคุณ|เสนอ|ผลักดัน|สนับสนุน|ประสาน|ได้รับ|สํานัก|"
    + "|".join(h for h in ORG_HEADS if not h.startswith("การ"))
)
"""Another body's head (และธนาคาร..., และสภาอุตสาหกรรม..., และสํานักงานศุลกากร...: two bodies, the country the
second's), a post (ผู้ว่าการ...), a government or a clause's verb (ต้องขอขอบคุณรัฐบาลแห่ง...)."""
_THAILAND = ("ประเทศไทย", "ไทย", "ราชอาณาจักรไทย")
"""Thai bodies end with แห่งประเทศไทย (ธนาคารแห่งประเทศไทย after กระทรวงการคลังและ...: two bodies); a Thai ministry
with its kingdom is org_of_thailand's."""
_CLAUSE_WORDS = frozenset({"ของ", "ได้", "จะ", "เป็น", "ซึ่ง", "โดย", "ให้", "เพื่อ", "ที่", "ใน", "ตาม", "ร่วม", "และที่"})
"""Words of a clause or of another phrase, read as newmm's words (ที่ is inside ท่องเที่ยว)."""


def country_end(text: str, start: int, end: int, g: Gazetteer) -> int:
    """The end of the country glued after a ministry's name cut at `end` (module docstring), else `end`."""
    if not text.startswith(_HEADS, start) or end >= len(text) or text[end] in " \t\n":
        return end
    m = _TO_COUNTRY.match(text, end)
    if m is None or _NOT_BETWEEN.search(m.group(1)) or (m.group(1) and _CLAUSE_WORDS & set(words(m.group(1)))):
        return end
    assert g.regex is not None
    hit = g.regex.match(text, m.end())
    if hit is None or not hit.group(0):
        return end
    term = g.terms.get(hit.group(0))
    if hit.group(0) in _THAILAND or (term is not None and (term.canonical or "") in _THAILAND):
        return end
    if term is None or term.kind != "country" or not on_boundary(text, m.end(), hit.end(), check_left=False):
        return end
    return hit.end()
