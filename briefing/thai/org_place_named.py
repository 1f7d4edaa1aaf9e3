"""A hospital named by its province or district, with the sentence's verb glued after it (issue 11, session 14):
รพ.สุโขทัย|โดดเด่นวางระบบดูแลผู้ป่วย..., รพ.แม่สอด|มีแนวทางดูแลผู้ป่วย..., โรงพยาบาลน่าน|พร้อมให้บริการ.

Releases write a provincial or district hospital as its head and the place (รพ.สุโขทัย, โรงพยาบาลแม่สอด), often in
a headline with no space before what it did. The run-on rules (organisations.run_on_end) know the usual clause
words (ได้, มี after a space, เปิด ...) but not every verb, so the reader saw รพ.สุโขทัยโดดเด่นวางระบบ as the
hospital (heldout67 h01's gold lists รพ.สุโขทัย). `place_end` cuts such a span after the place when the place is a
province, district or city of the gazetteer and the first word after it is a verb: the name of a hospital so
named ends with its place (a longer one names its kind before the place: โรงพยาบาลสมเด็จพระยุพราชสระแก้ว, or
after it as a noun: โรงพยาบาลเชียงรายประชานุเคราะห์, which stays whole).
"""

from __future__ import annotations

from briefing.thai.gazetteer import Gazetteer
from briefing.thai.scan import is_verb, words

_HEADS = ("รพ.", "โรงพยาบาล")
_KINDS = ("province", "district", "city")


def place_end(text: str, start: int, end: int, g: Gazetteer) -> int:
    """The end of a hospital's name at `start` cut after its place when a verb follows glued (docstring); `end`
    otherwise."""
    head = next((h for h in _HEADS if text.startswith(h, start)), None)
    if head is None:
        return end
    at = start + len(head)
    best = at
    for i in range(at + 2, min(end, at + 30)):
        term = g.terms.get(text[at:i])
        if term is not None and term.type == "place" and term.kind in _KINDS:
            best = i
    if best == at or best >= end:
        return end
    rest = words(text[best:end])
    return best if rest and is_verb(rest[0]) else end
