"""A body written right after the day's date or the hour and ที่ is where the event is: a place.

"บ่ายวันนี้ (8 ธันวาคม 2563) ที่กระทรวงการต่างประเทศ กทม. ดร.ดอน...", "เมื่อวันที่ 29 เมษายน 2565 เวลา 10.00 น.
ที่มหาวิทยาลัยราชภัฎลำปาง มีการจัด...", "วันนี้ (26 มกราคม 2564) ที่โรงพยาบาลราชวิถี 2 อ.ธัญบุรี": the release opens with
when and where, as ณ would say it (GUIDELINES.md: a building named as the venue where something happens is a place;
CONVENTIONS.md C3/C15). places.venue_after_at took such a ที่ only when the body closed its line or a person, an
area or a short form followed it; the rest stayed organisations (on 200 corpus releases with a dated ที่ + body,
48 were typed organisations, 35 of them venues).

What is not a venue: ที่ as 'which' after a date that is not the event's (มติคณะรัฐมนตรี (9 เมษายน 2562)
ที่สำนักงานสภาความมั่นคงแห่งชาติ [เสนอ]; ตั้งแต่ปี 2557 ที่กระทรวงอุตสาหกรรม...; a law's year: พ.ร.บ. ... พ.ศ. 2535
ที่สำนักงาน...); a period to apply in (ตั้งแต่วันนี้ (17 ม.ค. 65) ที่สำนักงานอุตสาหกรรมจังหวัด, จนถึงวันที่ 30 ธ.ค. 2566
ที่ธนาคารออมสินทุกสาขา: an office one is sent to, C6); a body that then acts (ที่ธนาคารออมสินได้รับ, ที่กระทรวงกลาโหม
จะเป็นเจ้าภาพ). So the date must be a day with its month (or an hour: 10.00 น.), not after มติ, ตั้งแต่, จนถึง,
ภายใน, and the body must not be followed by a verb of its own (ได้, จะ, เสนอ, กำหนด ...) or a quantifier (ทุกสาขา).
"""

from __future__ import annotations

import re

_MONTHS = (
    r"(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|"
    r"ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)"
)
_DAY_THI = re.compile(
    rf"(?:[0-9๐-๙]{{1,2}}[ \t]*{_MONTHS}[ \t]*(?:(?:พ\.[ \t]?ศ\.[ \t]*)?(?:25)?[0-9๐-๙]{{2}})?[ \t]*\)?"
    r"|[0-9๐-๙]{1,2}[.:][0-9๐-๙]{2}[ \t]*น\.)[ \t]*ที่[ \t]*$"
)
"""A day with its month (and year, maybe in brackets: (8 ธันวาคม 2563), 8 มกราคม 2568, (12 ต.ค.66)) or an hour
(10.00 น.), then ที่, just before the name."""
_WINDOW = 60
_NOT_EVENT = re.compile(r"(?:มติ|ตั้งแต่|จนถึง|ถึงวันที่|ภายใน|ภายในวันที่|ก่อนวันที่|หลังวันที่|ลงวันที่)")
"""A date that is a resolution's, a period's or a deadline's, not the day of the event told."""
_ACTS = re.compile(
    r"[ \t]*(?:\([^()\n]{1,15}\)[ \t]*)?(?:ได้(?!แก่)|จะ|เสนอ|กำหนด|ดำเนิน|มี(?:มติ|คำสั่ง|หน้าที่|นโยบาย)|ทุกสาขา|ทุกแห่ง|ทั่วประเทศ|สาขา|ร่วมกับ|และหน่วยงาน)"
)
"""What follows a body that acts, or an office type one is sent to (ที่ธนาคารออมสินได้รับ, ที่กระทรวงกลาโหมจะเป็นเจ้าภาพ,
ที่ธนาคารออมสินทุกสาขา, ที่กระทรวงศึกษาธิการและหน่วยงาน...)."""


def dated(text: str, start: int, end: int) -> bool:
    """Is the body at text[start:end] the venue named after the day's date or hour and ที่?"""
    before = text[max(0, start - _WINDOW):start]
    m = _DAY_THI.search(before)
    if m is None:
        return False
    if _NOT_EVENT.search(before, max(0, m.start() - 25), m.start()):
        return False
    return _ACTS.match(text, end) is None
