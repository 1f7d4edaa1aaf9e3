"""A unit glued before its parent body is read from the unit's head (briefing/thai/org_glued_units.py).

What a reader expects (thaigov-v2 releases outside bench and dev):
- details/95905 "ศูนย์ประชาสัมพันธ์กองทัพบก โดยทีมโฆษกกองทัพบก": the army's press centre (was the army alone);
- details/83418 "เจ้าหน้าที่ตำรวจสถานีตำรวจภูธรท่าโขลง พร้อมผู้ใหญ่บ้าน": the police station (was ตำรวจภูธรท่าโขลง);
- details/51992 "(สปสช.) กองกฎหมายกระทรวงสาธารณสุข สมาคมโรงพยาบาลเอกชน": the ministry's legal division;
- details/87981 "ซึ่งทางศูนย์รับบริจาคกระทรวง พม. ส่งมอบไปให้จังหวัดน่าน": the ministry's donation centre;
- details/97376 "ในโรงเรียนตำรวจตระเวนชายแดนและศูนย์การเรียนตำรวจตระเวนชายแดน 24 แห่ง": a class of schools, no unit of
  the office-work kind, left as it was.
"""

from briefing.thai import org_glued_units
from briefing.thai.entities import find_entities


def _orgs(text: str) -> list[str]:
    return [e.text for e in find_entities("", text)[0] if e.type == "organisation"]


def test_press_centre_of_the_army():
    text = "...............................................\nศูนย์ประชาสัมพันธ์กองทัพบก โดยทีมโฆษกกองทัพบก 29 เมษายน 2568\n"
    assert _orgs(text) == ["ศูนย์ประชาสัมพันธ์กองทัพบก", "กองทัพบก"]


def test_police_station_after_a_glued_word():
    text = "รองผู้บังคับการตำรวจภูธรจังหวัดลพบุรี และเจ้าหน้าที่ตำรวจสถานีตำรวจภูธรท่าโขลง พร้อมผู้ใหญ่บ้าน ผู้ช่วยผู้ใหญ่บ้าน"
    orgs = _orgs(text)
    assert "สถานีตำรวจภูธรท่าโขลง" in orgs and "ตำรวจภูธรท่าโขลง" not in orgs


def test_division_and_donation_centre():
    text = "กรมควบคุมโรค สำนักงานหลักประกันสุขภาพแห่งชาติ (สปสช.) กองกฎหมายกระทรวงสาธารณสุข สมาคมโรงพยาบาลเอกชน"
    assert "กองกฎหมายกระทรวงสาธารณสุข" in _orgs(text)
    text = "2) น้ำดื่มเนสท์เล่ 237,600 ขวด ซึ่งทางศูนย์รับบริจาคกระทรวง พม. ส่งมอบไปให้จังหวัดน่าน เชียงราย แพร่"
    assert "ศูนย์รับบริจาคกระทรวง พม." in _orgs(text)


def test_a_class_of_schools_is_left():
    text = "โดยตั้งอยู่ในโรงเรียนตำรวจตระเวนชายแดนและศูนย์การเรียนตำรวจตระเวนชายแดน 24 แห่ง ตั้งอยู่ในชุมชน"
    start = text.index("ตำรวจตระเวนชายแดน 24")
    assert org_glued_units.unit_start(text, start, start + len("ตำรวจตระเวนชายแดน")) == start
