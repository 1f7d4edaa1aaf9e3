"""Bangkok written as the city's administration (the BMA) acting beside other bodies: an organisation, not the place.

กรุงเทพมหานคร and กทม. name both the province and the Bangkok Metropolitan Administration. The gazetteer types them a
place, which is right where a release says where something is (ณ โรงแรม... กรุงเทพมหานคร, ในพื้นที่กรุงเทพฯ และ
ปริมณฑล). A reader sees the body when the release lists Bangkok among bodies or names it as a partner:

- closing a list of bodies: `ผู้บริหารกระทรวงสาธารณสุข กระทรวงกลาโหม และกรุงเทพมหานคร เข้าร่วม`, `ให้กรมการปกครอง หรือ
  กรุงเทพมหานครกำหนด`, `ระหว่าง กระทรวงอุตสาหกรรม และ กรุงเทพมหานคร (กทม.)`;
- after a body and a dash, the headline's way of listing bodies: `สธ.-กลาโหม-กทม. ตั้งคณะอนุฯ 3 ชุด`;
- inside a list of bodies: `ระหว่างกระทรวงกลาโหม กรุงเทพมหานคร และกระทรวงสาธารณสุข`;
- after a word of working together or being helped: `ร่วมด้วย กรุงเทพมหานคร เดอะโคคา-โคล่า คัมปะนี ...`,
  `ได้รับความร่วมมือจาก กรุงเทพมหานคร และสำนักงานเขตพระนคร`, `ขอความร่วมมือ กทม. โดยนายชัชชาติ ...`,
  `กระทรวงสาธารณสุขร่วมกับกรุงเทพมหานครลงพื้นที่`.
Not: a partner word followed by another place (`ร่วมกับกรุงเทพมหานครและจังหวัดชลบุรี`: two host cities), a place
before or after in the list (`จังหวัดชลบุรี และกรุงเทพมหานคร`), the governor's post (C3: a place).

The read golds list Bangkok as an organisation in 7 file-forms, each with the BMA acting (heldout2 b02, 55 h06,
58 h04, 72 h03, 90 h03: `ขอความร่วมมือ กทม.`), and as a place elsewhere (bench/heldout/CONVENTIONS.md C3 and its
follow-ups). In thaigov-v2 bodies, about 110 mentions close a list of bodies (`...กระทรวงมหาดไทย และกรุงเทพมหานคร`)
and 330 follow a partner word, nearly all the BMA.
"""

from __future__ import annotations

import re

_BANGKOK = ("กรุงเทพมหานคร", "กทม.")
ENGLISH = "Bangkok Metropolitan Administration"
_CLOSES = re.compile(r"[ \t]*,?[ \t]*(?:และ|หรือ)[ \t]*")
"""Between the last but one body of a list and Bangkok: `กระทรวงกลาโหม และกรุงเทพมหานคร`, `กรมการปกครอง หรือกรุงเทพฯ`."""
_DASHED = re.compile(r"[ \t]?[-–][ \t]?")
"""Between a body and Bangkok in a headline's list of bodies joined by dashes: `สธ.-กลาโหม-กทม.`, `ปภ. - กทม.`."""
_SPACE = re.compile(r"[ \t]*,?[ \t]+|[ \t]*,[ \t]*")
_NEXT_IN_LIST = re.compile(r"[ \t]*,?[ \t]*(?:และ|หรือ)?[ \t]*")
_PARTNER = re.compile(
    r"(?:ร่วมกับ|ร่วมด้วย|ความร่วมมือ(?:จาก|กับ)?|ประสาน(?:ความร่วมมือ|งาน)?(?:กับ)?|ขอบคุณ|ขอบใจ|สนับสนุนจาก|สังกัด)[ \t]*$"
)
"""Words of working with, asking or thanking a partner, right before Bangkok (at most spaces between); and สังกัด
'under' (ตลาดในสังกัดกรุงเทพมหานคร, โรงเรียนสังกัดกรุงเทพมหานคร: what the BMA runs; heldout98 h03 lists it a body)."""
_SITED = ("โรงพยาบาล", "รพ.", "มหาวิทยาลัย", "โรงเรียน", "วิทยาลัย", "สถานี", "ศูนย์", "สาขา")
"""Bodies with premises: Bangkok after one and a space is where it is (โรงพยาบาลตำรวจ กทม. และ สำนักงาน ป.ป.ท. กทม.)."""
_PLACE_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:และ|หรือ)?[ \t]*(?:จังหวัด|จ\.|ปริมณฑล|เมืองพัทยา)")


def place_follows(text: str, end: int) -> bool:
    """A province or the suburbs right after Bangkok: two places (ร่วมกับกรุงเทพมหานครและจังหวัดชลบุรี: two host cities)."""
    return bool(_PLACE_AFTER.match(text, end))



def is_body(text: str, start: int, end: int, before: tuple[int, int, str] | None,
            after: tuple[int, int, str] | None) -> bool:
    """Is the Bangkok mention at start:end the BMA? `before` and `after` are the neighbouring found names
    (start, end, type) in the same field, or None."""
    if text[start:end] not in _BANGKOK:
        return False
    place_after = after is not None and after[2] == "place" and _NEXT_IN_LIST.fullmatch(text, end, after[0]) is not None
    if place_after or _PLACE_AFTER.match(text, end):
        return False  # ร่วมกับกรุงเทพมหานครและจังหวัดชลบุรี, กทม.และปริมณฑล: the cities
    if _PARTNER.search(text, max(0, start - 30), start):
        return True
    if before is None or before[2] != "organisation":
        return False
    if _CLOSES.fullmatch(text, before[1], start) or _DASHED.fullmatch(text, before[1], start):
        return True  # ...กระทรวงกลาโหม และกรุงเทพมหานคร; สธ.-กลาโหม-กทม. (a headline's bodies joined by dashes)
    return (_SPACE.fullmatch(text, before[1], start) is not None and not text.startswith(_SITED, before[0])
            and after is not None and after[2] == "organisation"
            and _NEXT_IN_LIST.fullmatch(text, end, after[0]) is not None)
