"""Committee names that go on past where the head rules stop, up to where the sentence goes on.

A committee's or working group's name (คณะกรรมการ..., คณะอนุกรรมการ..., คณะทำงาน..., คณะกรรมาธิการ...) is a long
description of what the body does, where and on what, and releases write it with spaces and small words that stop
every other organisation's name (| marks where the head rules ended it; the held-out golds, written by hand, take
each whole):

- where it works, glued or spaced: คณะอนุกรรมการพิจารณาพัฒนาศักยภาพพื้นที่|บริเวณชุมชนคลองเตย,
  คณะกรรมการตรวจสอบ และวิเคราะห์ข่าว|ในสื่อสังคมออนไลน์, คณะทํางานเร่งรัดจัดทําแผนการแก้ไขปัญหาน้ำท่วมและ
  ดินโคลนถล่ม| ในพื้นที่จังหวัดเชียงใหม่และจังหวัดเชียงราย, a provincial one's province (...ตามนโยบายรัฐมนตรีว่าการ
  กระทรวงเกษตรและสหกรณ์| จังหวัดระนอง ครั้งที่ 1/2567);
- the last item of a list of its fields or duties, closed by และ: คณะกรรมการขับเคลื่อนนโยบายการแก้ไขปัญหาหนี้สินครู|
  และบุคลากรทางการศึกษา, คณะอนุกรรมการด้านการประเมินบุคคล| ชุมชน องค์กร อำเภอ และจังหวัดคุณธรรม.

A reader expects the whole name, and it ends where the sentence goes on: a space and a word that opens a clause or
names a person (โดยมี, ได้, เพื่อ, ครั้งที่, ประจำปี, นาย), a bracket or quote, a comma, a line end. `tail_end` runs a
committee's span on to such an end when what lies between is Thai words only (no digits, Latin, brackets, ฯ) of those
shapes and holds no word of a clause, a post, a meeting, guests or another body (then the head rules' end stands).
Left alone: a committee named with the body it belongs to (...|ของกระทรวงมหาดไทย ครั้งที่ 1/2567: the ministry stays
a mention of its own, tests/test_entities_admin.py), glued verbs (...เพื่ออนุญาต|ให้ประชาชน...), tails with brackets.
On 500 corpus releases with such a committee, 8 names changed, 6 right (and the guest and clause cases now tested).
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import ORG_HEADS, gazetteer
from briefing.thai.scan import is_verb, words

_HEADS = ("คณะอนุกรรมการ", "คณะกรรมการ", "คณะกรรมาธิการ", "คณะทำงาน", "คณะทํางาน")
_MAX_TAIL = 90
_TAIL = re.compile(f"[\u0e01-\u0e2e\u0e30-\u0e45\u0e47-\u0e4e \t]{{1,{_MAX_TAIL}}}")
"""Thai letters (not ฯ or ๆ) and spaces: a tail with a digit, Latin, bracket, ฯ or ๆ is left alone."""
_END = re.compile(
    r"[ \t]*(?:\n|$|[(“”\",])|ดังกล่าว|[ \t]+(?:โดย|ได้|ครั้งที่|เพื่อ(?!การ)|ประจำปี|รวมถึง|ซึ่ง|จะ|ที่|ณ|เป็น|"
    r"นาย|นาง|น\.ส\.|ดร\.)"
)
"""Where the sentence clearly goes on after a committee's name: a line end, bracket, quote or comma, ดังกล่าว
('the said', glued: ...การถล่มของอาคาร|ดังกล่าว), or a space and a word that opens a clause (โดยมี, ได้, เพื่อ,
ครั้งที่, ประจำปี, ซึ่ง, ที่) or a person's title."""
_NOT_IN_TAIL = re.compile(
    "(?<!ราย)ได้|จะ|ซึ่ง|แล้ว|(?<!ระห)ว่า(?!ด้วย|การ)|เป็น(?!ธรรม)|มีมติ|ดังกล่าว|(?<!ห)นี้|ต่อไป|ดังนี้|ประชุม|ในการ|ในคราว|ในวัน|"
    "เมื่อ|ทั้งนี้|จำนวน|นาย|นาง|คณะ|ประธาน|รองนายก|รัฐมนตรี|หรือ|อย่างไร|เท่านั้น|ทั้งหมด|ที่เกี่ยวข้อง|ร่วมกัน|อื่น|"
    "ทั้ง|ชุด|ครั้ง|ปี|เดือน|วันที่|ตั้งแต่|ถึง|รวม|เพื่อให้|โดย|เข้าร่วม|แต่งตั้ง|ลงพื้นที่|มอบ|กล่าว|เปิดเผย|สั่ง|"
    "กำหนด|เสนอ|รายงาน|ตลอดจน|พี่น้อง|สื่อมวลชน|เรื่อง|ด่วน|แต่ละ|ทุก|ที่ผ่าน|ผลการดำเนิน|ผลการปฏิบัติ"
)
"""Words a name's tail never holds: a clause's (ได้, จะ, ซึ่ง, แล้ว, มีมติ, กำหนด, เสนอ), a meeting's or a count's
(ประชุม, จำนวน, ครั้ง), a person's or post's (นาย, ประธาน, รัฐมนตรี), a list of guests (ตลอดจน, พี่น้อง,
สื่อมวลชน), a letter's (เรื่อง, ด่วนที่สุด), or another committee (คณะ)."""
_GLUED_STARTS = ("บริเวณ", "ในพื้นที่", "ในเขต", "ในระดับ", "ในสื่อ")
"""Where a committee works, glued to its name: ...พื้นที่|บริเวณท่าเรือกรุงเทพ, ...วิเคราะห์ข่าว|ในสื่อสังคมออนไลน์."""
_GUESTS = re.compile(
    "ผู้|เจ้าหน้าที่|หน่วยงาน|ภาคี|ประชาชน|บุคคล|นัก|ศาสตราจารย์|แพทย์|ท่าน|ดร\\.|พล(?:\\.|เอก|โท|ตรี|ตำรวจ|เรือ|อากาศ)|"
    + "|".join(h for h in ORG_HEADS if len(h) > 3)
)
"""After a list's และ, people, a title or a body: คณะกรรมการอาหารและยา| และผู้บริหารกระทรวงสาธารณสุข,
คณะกรรมการการอาชีวศึกษา| และศาสตราจารย์ นายแพทย์... (guests, not the name)."""
_PLACE_STARTS = ("ในพื้นที่", "ในเขต", "จังหวัด", "อำเภอ")
_GLUED_LAST = frozenset({"ขึ้น", "ไว้", "ด้วย", "อีก", "กัน", "ไป", "มา", "เอง", "แทน"})
"""What ends a sentence's verb, not a name: คณะกรรมการ...จังหวัดเพชรบูรณ์|ขึ้น (แต่งตั้ง...ขึ้น, 'set up')."""


_DUTIES = frozenset({
    "จัดทำ", "จัดทํา", "ประสาน", "พัฒนา", "ส่งเสริม", "ติดตาม", "ควบคุม", "แก้ไข", "ป้องกัน", "ปราบปราม", "ขับเคลื่อน",
    "บริหาร", "ประเมิน", "ฟื้นฟู", "กำกับ", "คุ้มครอง", "อนุรักษ์", "วิเคราะห์", "ตรวจสอบ", "เร่งรัด", "บูรณาการ",
    "สนับสนุน", "ปฏิรูป", "ปรับปรุง", "ดูแล", "จัดการ", "วางแผน", "ศึกษา", "บำบัด", "เฝ้าระวัง", "แก้",
})
"""A committee's duties, the verbs its name's last item may start with after และ: ...พื้นที่บริเวณท่าเรือกรุงเทพ
และจัดทำแผนปฏิบัติการ..., คณะทำงานขับเคลื่อนมาตรการป้องกัน และควบคุมโรค...; any other verb goes on with what the
sentence's subject does (คณะกรรมการมัสยิด| และเยี่ยมชมมัสยิดกลาง...)."""


_NOT_OWNED = ("ตน", "ตัว", "เขา", "ท่าน", "เรา", "รัฐบาล", "รัฐ", "จังหวัด", "อำเภอ", "หน่วย", "ส่วน", "ภาค", "ฝ่าย")
"""After ของ, words that make it whose committee it is or a pronoun (ของตน, ของรัฐบาล, ของจังหวัด...), not what it
works on."""


_BODY_INSIDE = re.compile("|".join(h for h in ORG_HEADS if len(h) > 3))


def _of_subject(chunk: str) -> bool:
    """ของผู้ป่วยและบุคลากรสาธารณสุข, ของประเทศไทย: ของ and what the committee's work is about, part of its name;
    not ของ and the body it belongs to (ของกระทรวงมหาดไทย stays a mention of its own) or a pronoun."""
    if not chunk.startswith("ของ") or len(chunk) < 6:
        return False
    rest = chunk[3:]
    if rest.startswith(ORG_HEADS + _NOT_OWNED) or _BODY_INSIDE.search(rest):
        return False  # ...ฝ่ายสาธารณูปการ|ของมหาเถรสมาคม: the council it belongs to, a body word inside
    g = gazetteer()
    hit = g.regex.match(rest) if g.regex is not None else None
    return not (hit and hit.group(0) and g.terms[hit.group(0)].type == "organisation")


def _item_start(item: str) -> bool:
    """Can `item`, after a list's และ, be the last of a committee's fields or duties: a noun, or a duty?"""
    first = words(item)[0] if item else ""
    return bool(first) and (not is_verb(first) or first in _DUTIES)


def _noun_item(chunk: str) -> bool:
    """One short noun of a spaced list (ชุมชน, องค์กร, อำเภอ): one word, no verb."""
    ws = words(chunk)
    return len(ws) == 1 and len(chunk) <= 12 and not is_verb(ws[0])


def tail_end(text: str, start: int, end: int) -> int:
    """The end of a committee's name at `start` that the head rules ended at `end`, run on to where the sentence
    goes on (module docstring); `end` when the name does not start with a committee head or no clean tail reaches
    such an end. The tail is a glued run that says where the committee works (บริเวณ..., ในพื้นที่...), and/or
    spaced chunks: where (ในพื้นที่..., จังหวัด...), or a list closed by และ whose other items are single nouns."""
    if not text.startswith(_HEADS, start) or end >= len(text) or text[end] in "\n(“\",":
        return end
    if end - start <= 11 or text.endswith(("ฯ", "."), start, end):
        return end  # the bare head (คณะกรรมการ|...) names no committee; คณะกรรมการฯ, a short form, is closed
    tail = _TAIL.match(text, end)
    if tail is None:
        return end
    stop = next((i for i in range(end + 1, tail.end() + 1) if text[i - 1] not in " \t" and _END.match(text, i)), None)
    if stop is None:
        return end
    piece = text[end:stop]
    if not piece.strip() or _NOT_IN_TAIL.search(piece):
        return end
    chunks = piece.split()
    if len(chunks) > 5:
        return end
    if not piece[0].isspace():
        glued = chunks.pop(0)
        ws = words(glued)
        if not (glued.startswith(_GLUED_STARTS) or _of_subject(glued)) or is_verb(ws[-1]) or ws[-1] in _GLUED_LAST:
            return end  # ...ยุทธศาสตร์ชาติ|เสนอ, ...จังหวัดเพชรบูรณ์|ขึ้น: the sentence's verb, not the name's words
    while chunks and chunks[-1].startswith(_PLACE_STARTS) and len(chunks[-1]) > 6:
        chunks.pop()  # ...ดินโคลนถล่ม| ในพื้นที่จังหวัดเชียงใหม่..., ...ในที่ดินของรัฐ| จังหวัดชลบุรี: where it works
    for k, chunk in enumerate(chunks):
        if chunk.startswith(ORG_HEADS) and chunk not in ORG_HEADS:
            return end  # ...กองทัพอากาศ| สหกรณ์หน่วยขึ้นตรงกองทัพอากาศ: another body (a bare องค์กร is one of a list)
        last = k == len(chunks) - 1
        if _of_subject(chunk) and not is_verb(words(chunk)[-1]):
            continue  # ...บุคลากรสาธารณสุข| ของประเทศไทย: the spaced ของ of what it works on
        if last and chunk.startswith("และ") and len(chunk) > 6 and not _GUESTS.search(chunk, 3) and _item_start(chunk[3:]):
            continue  # ...หนี้สินครู| และบุคลากรทางการศึกษา: the list's last item
        if not last and _noun_item(chunk) and chunks[-1].startswith("และ"):
            continue  # ...การประเมินบุคคล| ชุมชน องค์กร อำเภอ และจังหวัดคุณธรรม
        return end
    return stop
