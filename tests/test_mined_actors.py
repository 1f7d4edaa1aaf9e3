"""Bodies the archive names acting (briefing/data/mined_actors.tsv, bench/mine_actors.py), found where a release
writes them in full.

What a reader expects (real cases, thaigov-v2 corpus; before this list the first three gave no organisation):
- "ยังร่วมกับศูนย์โรคหลอดเลือดสมองศิริราช คณะแพทยศาสตร์ศิริราชพยาบาล" (details/54711): the stroke centre is a body;
- "โดยเฉพาะกองพัฒนาผู้ประกอบการไทยที่ผลักดันโครงการต่าง ๆ" (details/96567): BOI's Thai SME division, glued to ที่;
- "ร่วมกับกองสืบสวนและปราบปราม" (the archive writes it acting in 70 releases, first details/40377);
- "สำนักงานพัฒนาและบำรุงรักษาทางน้ำที่ 3 หน่วยปฏิบัติงาน..." (details/69162): the office's number stays in its name
  (a listed name followed by ที่ 3 is not cut back as if ที่ started a clause);
- "ณ สถานกงสุล/สถานเอกอัครราชทูตไทยทั่วโลก" (a read set): every Thai embassy, a class, is not listed.
"""

from briefing.model import Release
from briefing.thai import analyze, mined_actors
from briefing.thai.orgnames import find_mined
from briefing.thai.wordlists import tsv_rows


def _orgs(body: str) -> list[str]:
    return [e.text for e in analyze(Release(title="x", body=body)).entities if e.type == "organisation" and e.field == "body"]


def test_table_rows_have_counts_and_a_source():
    rows = tsv_rows("mined_actors.tsv")
    assert len(rows) > 100
    for name, act, delim, miss, tried, first in rows:
        assert int(act) >= 2 and int(delim) >= 4 and 1 <= int(miss) <= int(tried)
        assert first.startswith("https://www.thaigov.go.th/")


def test_listed_names_and_classes_left_out():
    names = mined_actors.names()
    assert {"กองสืบสวนและปราบปราม", "ศูนย์โรคหลอดเลือดสมองศิริราช", "กองพัฒนาผู้ประกอบการไทย"} <= names
    assert not {"สถานเอกอัครราชทูตไทย", "ศูนย์พักพิงชั่วคราว", "โรงพยาบาลสนาม", "ศาลหลักเมือง"} & names


def test_a_body_named_acting_is_an_organisation():
    assert "ศูนย์โรคหลอดเลือดสมองศิริราช" in _orgs("นอกจากนี้ ยังร่วมกับศูนย์โรคหลอดเลือดสมองศิริราช คณะแพทยศาสตร์ศิริราชพยาบาล")
    assert "กองพัฒนาผู้ประกอบการไทย" in _orgs(
        "บีโอไอ มีส่วนสนับสนุนผู้ประกอบการ SMEs อย่างมาก โดยเฉพาะกองพัฒนาผู้ประกอบการไทยที่ผลักดันโครงการต่าง ๆ")
    text = "เจ้าหน้าที่ร่วมกับกองสืบสวนและปราบปราม ตรวจค้นบ้านพัก"
    assert (text.index("กอง"), text.index(" ตรวจ")) in find_mined(text)


def test_a_numbered_office_keeps_its_number():
    body = "สำนักงานพัฒนาและบำรุงรักษาทางน้ำที่ 3 หน่วยปฏิบัติงานขุดลอกร่องน้ำ"
    orgs = _orgs(body)
    assert "สำนักงานพัฒนาและบำรุงรักษาทางน้ำที่ 3" in orgs
    assert "สำนักงานพัฒนาและบำรุงรักษาทางน้ำ" not in orgs


def test_a_body_the_rules_cut_in_two_is_listed_whole():
    # https://www.thaigov.go.th/news/contents/details/54962 and details/40676: the Interior Ministry's Damrongdhama
    # Centre; the rules read ศูนย์ดำรงธรรม | กระทรวงมหาดไทย, which bench/mine_actors.py once counted as found (any
    # overlap) and so never listed
    assert "ศูนย์ดำรงธรรมกระทรวงมหาดไทย" in _orgs("นายปวเรศ รัฐขจร ผู้อำนวยการศูนย์ดำรงธรรมกระทรวงมหาดไทย นางขนิษฐา จิรพิทักษ์ ผู้อำนวยการ")
    assert "ศูนย์ดำรงธรรมกระทรวงมหาดไทย" in _orgs("หากเกินกว่าอำนาจให้แจ้งมายังศูนย์ดำรงธรรมกระทรวงมหาดไทยเพื่อหารือร่วมกับส่วนราชการที่เกี่ยวข้อง")


def test_a_name_cut_short_or_a_class_is_not_listed():
    # details/56186 and details/35131 write มูลนิธิสมเด็จพระเจ้าบรมวงศ์เธอ กรมพระยาชัยนาทนเรนทร and ศูนย์รับบริจาคกระทรวงการ
    # พัฒนาสังคมฯ in full: their starts, listed, would cut them; โรงเรียนตำรวจตระเวนชายแดน is a class of schools (C7)
    names = mined_actors.names()
    assert not {"มูลนิธิสมเด็จพระเจ้าบรมวงศ์เธอ", "ศูนย์รับบริจาคกระทรวง", "โรงเรียนตำรวจตระเวนชายแดน"} & names
