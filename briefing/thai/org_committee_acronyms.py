"""A committee's name that ends with a Latin acronym: คณะกรรมการ AI แห่งชาติ, คณะกรรมการ EUDR ระดับชาติ,
คณะทำงานขับเคลื่อนการยกระดับผลการประเมิน PISA, คณะกรรมการบริหารศูนย์ AIC, คณะอนุกรรมการส่งเสริมและยกระดับ SME.

Releases name a committee by the programme, standard or centre it works on, and write that thing's Latin acronym
after a space: คณะกรรมการราคากลางและจัดทำ TOR, คณะทำงานร่วมทางการทูตกรอบ MLC, คณะอนุกรรมการขับเคลื่อนการดำเนินการ
ตามมติคณะรัฐมนตรีเรื่อง CPTPP. The head rules stop at the space before Latin letters, so the name lost the acronym
that says which committee it is (and a national one its แห่งชาติ / ระดับชาติ). The read golds take it whole
(heldout20 h05 ...ผลการประเมิน PISA, heldout32 h02 คณะกรรมการ AI แห่งชาติ, heldout94 h02 คณะกรรมการ EUDR ระดับชาติ).
In 150 corpus releases with a committee head before such an acronym, 102 of 289 mentions were cut before it and 97
not found at all.

`acronym_end` runs a committee's span on through one acronym of capitals (2-8, digits allowed) right after its end,
and through แห่งชาติ / ระดับชาติ / ระดับประเทศ after that. Not read: an acronym that is a body the glossary knows
(คณะกรรมการบริหาร ADB, คณะทำงานเฉพาะกิจ FATF: that body's board or task force, the body a mention of its own), or one
followed by more Latin words (คณะกรรมการขับเคลื่อนการพัฒนาเศรษฐกิจ BCG Model, ...ผู้บริหาร EXIM BANK: where the
name ends is unclear), or a span that already ends in Latin (คณะกรรมการ EXIM| BANK). A span that ends with such an
acronym already (the Latin rules read คณะกรรมการ AI|) takes only แห่งชาติ / ระดับชาติ / ระดับประเทศ after it (heldout32
h02, heldout94 h02). `entities` calls it where it runs the other committee tails.
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import gazetteer

_HEADS = ("คณะอนุกรรมการ", "คณะกรรมการ", "คณะกรรมาธิการ", "คณะอนุกรรมาธิการ", "คณะทำงาน", "คณะทํางาน")
_ACRONYM = re.compile(r"[ \t]?([A-Z][A-Z0-9]{1,7})(?![A-Za-z0-9&.\-])")
_MORE_LATIN = re.compile(r"[ \t]*[A-Za-z0-9]")
_ENDS_IN_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]{1,7}$")
_NATIONAL = re.compile(r"[ \t]?(?:แห่งชาติ|ระดับชาติ|ระดับประเทศ)(?!ว่าด้วย)")


def acronym_end(text: str, start: int, end: int) -> int:
    """The end of the committee's name at text[start:end] when a Latin acronym follows it (module docstring):
    after the acronym (and แห่งชาติ / ระดับชาติ / ระดับประเทศ); else `end`."""
    head = next((h for h in _HEADS if text.startswith(h, start)), None)
    if head is None or end >= len(text) or end - start < len(head):
        return end
    if _ENDS_IN_ACRONYM.search(text, start + len(head), end):
        national = _NATIONAL.match(text, end)  # คณะกรรมการ AI| แห่งชาติ: the acronym read already, not its แห่งชาติ
        return national.end() if national else end
    if not "\u0e01" <= text[end - 1] <= "\u0e4e":
        return end
    m = _ACRONYM.match(text, end)
    if m is None or _MORE_LATIN.match(text, m.end()):
        return end
    term = gazetteer().terms.get(m.group(1))
    if term is not None and term.type in ("organisation", "place"):
        return end
    national = _NATIONAL.match(text, m.end())
    return national.end() if national else m.end()
