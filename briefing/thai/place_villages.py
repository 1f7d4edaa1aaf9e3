"""Villages named by their number, their area or a road number (issue 11, session 17, places).

A village is written บ้าน + its name, and บ้าน alone is also "house, home" (บ้านพัก, บ้านเกิด, บ้านเรือน), so
place_cues takes a village only after a word of going (ผ่าน, ไปยัง), at a marked end of a route (ตอน, สาย ...) or
after a kind of community. Three more cues name a village wherever it stands, since no house is written so:

- its village number right before it: หมู่ที่ 7 บ้านหนองปรือ, หมู่ 5 บ้านวังมีด, ม.3 บ้านนาคำ (heldout76 lists
  บ้านกระทม of "หมู่ที่ 8 บ้านกระทม ต.นาบัว");
- its subdistrict or district right after it: บ้านท่าแห่ บ้านโนนชัย ต.ฆ้องชัย, บ้านห้วยเจริญ ต.แตล (heldout76),
  บ้านหนาดท่า อำเภอเมืองนครพนม (heldout111);
- the far end of a road's section that starts at a road number: ถนนสาย กบ.1002 แยก ทล.4 - บ้านบางทราย อำเภออ่าวลึก
  (the rural roads department's building and repair releases, details/70000; heldout6 and heldout79 list บ้านกลาง
  and บ้านลำลูกกา written so).

The name is one chunk cut at a stop word or หมู่, and no house word, dictionary word (บ้านเรือน, บ้านเมือง) or stop
word (place_cues._village_name_end). Read on 2,000 random thaigov-v2 releases outside bench and dev (seed 7): 27
new places, all villages (19 at a road's end, 6 after their number, 2 before their subdistrict), none a house.
"""

from __future__ import annotations

import re

from briefing.thai.place_cues import _village_name_end
from briefing.thai.scan import NAME_STOPS, THAI_RUN, cut_at_stop, words

Span = tuple[int, int]

_NUMBERED = re.compile(r"(?:หมู่(?:ที่)?|ม\.)[ \t]?[0-9๐-๙]{1,2}[ \t]{0,2}(บ้าน)(?=[ก-ฮเแโใไ])")
_AREA_AFTER = re.compile(r"[ \t]{1,3}(?:ต\.|ตำบล|อ\.|อำเภอ)[ \t]?[ก-ฮเแโใไ]")
_ROAD_DASH = re.compile(
    r"(?:ทล|ทช|[ก-ฮ]{2})\.[ \t]?[0-9]{1,4}(?:[ \t]*\((?:กม|กิโลเมตร)[^()]{1,20}\))?[ \t]*[-–][ \t]*(บ้าน)(?=[ก-ฮเแโใไ])"
)
_VILLAGE = re.compile(r"(?<![\u0e01-\u0e4e])บ้าน(?=[ก-ฮเแโใไ])")
_ABBREVIATED = re.compile(r"(?<![\u0e01-\u0e4e0-9๐-๙.,])บ\.[ \t]?(?=[ก-ฮเแโใไ])")
_AREA_OR_NUMBER_AFTER = re.compile(r"[ \t]{1,3}(?:ต\.|ตำบล|อ\.|อำเภอ|หมู่(?:ที่)?[ \t]?[0-9๐-๙]|ม\.[ \t]?[0-9๐-๙])")


def find(text: str) -> list[Span]:
    """Every village named by its number, its subdistrict or district, or a road number, as (start, end)."""
    out: list[Span] = abbreviated(text)
    if "บ้าน" not in text:
        return out
    for m in _NUMBERED.finditer(text):
        end = _village_name_end(text, m.start(1))
        if end is not None:
            out.append((m.start(1), end))
    for m in _ROAD_DASH.finditer(text):
        end = _village_name_end(text, m.start(1))
        if end is not None:
            out.append((m.start(1), end))
    for m in _VILLAGE.finditer(text):
        end = _village_name_end(text, m.start())
        if end is not None and _AREA_AFTER.match(text, end):
            out.append((m.start(), end))
    return sorted(set(out))


def abbreviated(text: str) -> list[Span]:
    """บ.ห้วยทรายขาว อ.เวียงป่าเป้า, บ.ตาลปากน้ำ หมู่ที่ 2, บ.ลางา ต.บ้านนา: a village written with the short form บ.
    (security and drug reports, rural roads) is a place when its subdistrict, district or village number follows,
    as a village written บ้าน is (read golds list บ.อรุโณทัย, บ.ป่าบงงาม, บ.หนองเต่า). Not after a number: 3,000 บ.
    is baht. Read on the corpus: ~40 such villages in thaigov-v2."""
    out: list[Span] = []
    if "บ." not in text:
        return out
    for m in _ABBREVIATED.finditer(text):
        run = THAI_RUN.match(text, m.end())
        if run is None:
            continue
        name = run.group(0)
        cut = cut_at_stop(name, 0)
        ws = words(name[:cut])
        if cut < len(name) or cut < 2 or not ws or ws[0] in NAME_STOPS:
            continue  # the name is the whole Thai run: บ.เหล่านาดี อ.มัญจาคีรี
        if not _AREA_OR_NUMBER_AFTER.match(text, run.end()):
            continue
        out.append((m.start(), run.end()))
    return out
