"""A subdistrict health-promoting hospital named after รพ.สต. (briefing/thai/org_health_stations.py).

What a reader expects (thaigov-v2 releases outside bench and dev):
- details/88902 "ส่วนอีก 1 แห่ง คือ รพ.สต.บ้านวังลูกช้าง จ.พิจิตร": the closed clinic, an organisation (was the village
  บ้านวังลูกช้าง, a place);
- details/46753 "ได้แก่ รพ.สต.ทับยา รพ.สต.ชีน้ำร้าย 1 ... รพ.สต.น้ำตาล": each clinic of the list (a verb-like first
  word, ทับ, is a name's part), but not `รพ.สต.น้ำท่วมต้องปิดบริการ` ('clinics flooded must close');
- details/98847 "สสอ.บ่อเกลือ รพ.สต.ริม รพ.สต.ป่าคา": short names, whole;
- details/60223 "ลงพื้นที่ ... ที่ รพ.สต.เชิงราก ต.เริงราง": the venue is a place; "ซึ่ง รพ.สต.เชิงราก มีน้ำท่วมขัง": the
  clinic hit by the flood, an organisation;
- no name: details/71510 "บริการการแพทย์ออนไลน์ใน รพ.สต.มากถึง 93.3%", details/53697 "มารับวัคซีนที่ รพ.สต.จำนวนมาก",
  details/64001 "อยากทำงานที่ รพ.สต.เหมือนเดิม".
"""

from briefing.thai import org_health_stations
from briefing.thai.entities import find_entities


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in org_health_stations.find(text)]


def _ents(text: str, kind: str) -> list[str]:
    return [e.text for e in find_entities("", text)[0] if e.type == kind]


def test_closed_clinic_is_an_organisation():
    text = "และศูนย์สุขภาพชุมชนแม่ท่าช้าง ส่วนอีก 1 แห่ง คือ รพ.สต.บ้านวังลูกช้าง จ.พิจิตร ในรอบวันที่ผ่านมาจัดทีมปฏิบัติการ"
    assert _found(text) == ["รพ.สต.บ้านวังลูกช้าง"]
    assert "รพ.สต.บ้านวังลูกช้าง" in _ents(text, "organisation")
    assert "บ้านวังลูกช้าง" not in _ents(text, "place")


def test_list_of_clinics():
    text = ("รวม 7,400 กว่าคน มี รพ.สต.น้ำท่วมต้องปิดบริการ 5 แห่ง ได้แก่ รพ.สต.ทับยา รพ.สต.ชีน้ำร้าย 1\xa0รพ.สต.ชีน้ำร้าย 2 "
            "รพ.สต.น้ำตาล และ")
    assert _found(text) == ["รพ.สต.ทับยา", "รพ.สต.ชีน้ำร้าย", "รพ.สต.ชีน้ำร้าย", "รพ.สต.น้ำตาล"]
    assert _found("รพ.เชียงกลาง รพ.น่าน รพ.แม่จริม สสอ.เมืองน่าน สสอ.บ่อเกลือ รพ.สต.ริม รพ.สต.ป่าคา รพ.สต.ดอนต้น") == [
        "รพ.สต.ริม", "รพ.สต.ป่าคา", "รพ.สต.ดอนต้น"]


def test_venue_is_a_place_and_actor_an_organisation():
    venue = "ลงพื้นที่ติดตามการให้บริการด้านการแพทย์แก่ผู้ประสบอุทกภัย ที่ รพ.สต.เชิงราก ต.เริงราง อ.เสาไห้ พร้อมให้กำลังใจบุคลากร"
    assert "รพ.สต.เชิงราก" in _ents(venue, "place")
    actor = "พื้นที่ ต.เริงราง อ.เสาไห้ ซึ่ง รพ.สต.เชิงราก มีน้ำท่วมขังบริเวณโดยรอบ แต่ยังสามารถเปิดให้บริการ"
    assert "รพ.สต.เชิงราก" in _ents(actor, "organisation")


def test_sentence_going_on_is_no_name():
    assert _found("อีกทั้งมีการจัดบริการการแพทย์ออนไลน์ใน รพ.สต.มากถึง 93.3% และ") == []
    assert _found("ให้นำผู้สูงอายุมารับวัคซีนที่ รพ.สต.จำนวนมาก แต่ความครอบคลุมเข็ม 3 ถือว่ายังน้อย") == []
    assert _found("ไม่ได้อยากโอนย้าย แต่อยากทำงานที่ รพ.สต.เหมือนเดิม และขอให้กระทรวงสาธารณสุขหาแนวทาง") == []
