"""A venue after ณ whose name goes on after a space in words no dictionary holds: a transliterated name or the person
a room is named after (places._loanword_name_end); a chunk that names another place ends it (places._names_a_place).

Each sentence is quoted from a corpus release outside the bench sets (its source in the comment).
"""

from __future__ import annotations

from entity_helpers import places


def test_a_room_named_after_a_person_keeps_the_surname() -> None:
    # details/65968: the room is named after ศานิตย์ นาคสุขศรี; the university after it is the venue's owner (C3)
    body = ("ระหว่างวันที่ 11-12 มีนาคม 2566 ณ ห้องประชุมศานิตย์ นาคสุขศรี มหาวิทยาลัยบูรพา วิทยาเขตสระแก้ว จ.สระแก้ว "
            "โดย ธอส. นำมาตรการแก้หนี้")
    assert "ห้องประชุมศานิตย์ นาคสุขศรี" in places(body)


def test_a_room_named_after_a_person_before_its_owner() -> None:
    # details/75142
    body = ("และผู้เกี่ยวข้องเข้าร่วมประชุม ณ ห้องประชุมไชยยงค์ ชูชาติ สำนักงานการปฏิรูปที่ดินเพื่อเกษตรกรรม ว่า ในวันนี้")
    assert "ห้องประชุมไชยยงค์ ชูชาติ" in places(body)


def test_a_transliterated_name_goes_on_after_a_space() -> None:
    # corpus shape (a marina's English name in Thai letters, after ณ and its head)
    body = "พิธีเปิดงานจัดขึ้น ณ ท่าเทียบเรือยอร์ช เฮเว่น มารีน่า จังหวัดภูเก็ต โดยมีผู้ว่าราชการจังหวัด"
    assert "ท่าเทียบเรือยอร์ช เฮเว่น มารีน่า" in places(body)


def test_a_spaced_chunk_that_names_where_the_venue_is_stays_apart() -> None:
    # details/69882: 'at Bang Khanak bridge, by the Bang Pakong river': two places
    body = ("โครงการบูรณาการแก้ไขปัญหาผักตบชวาแม่น้ำบางปะกง ณ สะพานบางขนาก ริมแม่น้ำบางปะกง ตำบลบางแตน อำเภอบ้านสร้าง "
            "จังหวัดปราจีนบุรี โดยมี หัวหน้าส่วนราชการ")
    assert "สะพานบางขนาก" in places(body)
    assert not any("ริม" in p for p in places(body))
