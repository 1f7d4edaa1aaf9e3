"""Diplomatic missions named with their sending side and where they serve (thai/org_missions.py).

Each sentence is quoted from a corpus release (its source in the comment). Before the rule a Thai mission written
with ประจำ or ใน gave the places ไทย and the country or city and no organisation (or only the international body it
serves); a British embassy gave only the place ประเทศไทย.
"""

from __future__ import annotations

from entity_helpers import orgs as _orgs
from entity_helpers import places as _places

from briefing.thai.entities import find_entities


def _org_english(body: str) -> dict[str, str | None]:
    entities, _ = find_entities("", body)
    return {e.text: e.english for e in entities if e.type == "organisation"}


def test_thai_embassy_with_pracham_is_one_body() -> None:
    # details/80354: was the places ไทย and กรุงปารีส; the country after the city stays a place
    body = "สู่ตลาดแฟชั่น ของฝรั่งเศส ด้วย ซึ่งสถานเอกอัครราชทูตไทยประจำกรุงปารีส สาธารณรัฐฝรั่งเศส จะประสาน และผลักดัน"
    assert _org_english(body).get("สถานเอกอัครราชทูตไทยประจำกรุงปารีส") == "Royal Thai Embassy in Paris"
    places = _places(body)
    assert "ไทย" not in places and "กรุงปารีส" not in places and "สาธารณรัฐฝรั่งเศส" in places
    # details/97896
    english = _org_english("ที่พิเศษคือ ทางสถานเอกอัครราชทูตไทยประจำอิตาลี และทีมไทยแลนด์ประเทศอิตาลี ได้มาร่วมจัด")
    assert english.get("สถานเอกอัครราชทูตไทยประจำอิตาลี") == "Royal Thai Embassy in Italy"


def test_thai_embassy_with_nai_is_one_body() -> None:
    # details/75469: was the places ไทย and อิสราเอล
    body = "ซึ่งสถานเอกอัครราชทูตไทยในอิสราเอลก็จะประสานความร่วมมือกับอิสราเอล เพื่อให้"
    assert _org_english(body).get("สถานเอกอัครราชทูตไทยในอิสราเอล") == "Royal Thai Embassy in Israel"
    assert "ไทย" not in _places(body)


def test_permanent_missions_to_international_bodies() -> None:
    # details/34889: was only อาเซียน (an organisation) and the place กรุงจาการ์ตา
    body = "ดำเนินการแจ้งสำนักเลขาธิการอาเซียนผ่านคณะผู้แทนถาวรไทยประจำอาเซียน ณ กรุงจาการ์ตา ว่า รัฐบาลไทยให้ความยินยอม"
    english = _org_english(body)
    assert english.get("คณะผู้แทนถาวรไทยประจำอาเซียน ณ กรุงจาการ์ตา") == "Permanent Mission of Thailand to ASEAN in Jakarta"
    assert "กรุงจาการ์ตา" not in _places(body)
    # details/37636: two bodies served by one mission
    body = ("ให้ดำรงตำแหน่งเอกอัครราชทูต คณะผู้แทนถาวรไทยประจำองค์การการค้าโลกและองค์การทรัพย์สินทางปัญญาโลก "
            "ณ นครเจนีวา สมาพันธรัฐสวิส")
    assert "คณะผู้แทนถาวรไทยประจำองค์การการค้าโลกและองค์การทรัพย์สินทางปัญญาโลก ณ นครเจนีวา" in _orgs(body)
    # details/98832
    english = _org_english("กระทรวงการต่างประเทศ และคณะผู้แทนถาวรไทยประจำสหประชาชาติ ณ นครนิวยอร์ก ได้ส่งหนังสือ")
    assert english.get("คณะผู้แทนถาวรไทยประจำสหประชาชาติ ณ นครนิวยอร์ก") == (
        "Permanent Mission of Thailand to the United Nations in New York")


def test_mission_to_the_eu() -> None:
    # details/39334: the head of the Mission of Thailand to the European Union (not the delegation to a meeting)
    body = "ให้ดำรงตำแหน่ง เอกอัครราชทูต หัวหน้าคณะผู้แทนไทยประจำสหภาพยุโรป ณ กรุงบรัสเซลส์ ราชอาณาจักรเบลเยียม"
    assert _org_english(body).get("คณะผู้แทนไทยประจำสหภาพยุโรป ณ กรุงบรัสเซลส์") == (
        "Mission of Thailand to the European Union in Brussels")
    # the delegation to a meeting is no standing body
    assert not any(o.startswith("คณะผู้แทน") for o in _orgs("คณะผู้แทนไทย เข้าร่วมการประชุมสมัชชา"))


def test_thai_embassy_named_alone_acting() -> None:
    # details/96012: was the place ไทย
    body = "ระหว่างวันที่ 1–3 พฤษภาคม 2568  โดยสถานเอกอัครราชทูตไทย ร่วมกับ กระทรวงวัฒนธรรม"
    assert _org_english(body).get("สถานเอกอัครราชทูตไทย") == "Royal Thai Embassy"
    assert "ไทย" not in _places(body)
    # details/60399: the abbreviated back reference
    assert "สถานเอกอัครราชทูตไทยฯ" in _orgs("และขั้นตอนต่อไปนั้น ทางสถานเอกอัครราชทูตไทยฯ ต้องติดต่อตำรวจตรวจคนเข้าเมือง")


def test_british_embassy() -> None:
    # details/79868: อังกฤษ is no country term (it is also 'English'); was only the place ประเทศไทย
    body = "บริษัท แทรคตัส (ประเทศไทย) จำกัด ร่วมกับ สถานเอกอัครราชทูตอังกฤษประจำประเทศไทย เพื่อแลกเปลี่ยนมุมมอง"
    assert _org_english(body).get("สถานเอกอัครราชทูตอังกฤษประจำประเทศไทย") == "British Embassy in Thailand"
    # details/74610: a space before ประจำ
    assert "สถานเอกอัครราชทูตอังกฤษ ประจำประเทศไทย" in _orgs(
        "รองหัวหน้าคณะผู้แทนทางการทูต สถานเอกอัครราชทูตอังกฤษ ประจำประเทศไทย พร้อมกล่าวต้อนรับ")


def test_classes_of_missions_are_no_body_and_no_place() -> None:
    # details/60546: 'the Thai embassy in that country', any of them
    body = "หรือสามารถติดต่อ สถานเอกอัครราชทูตไทยประจำประเทศนั้น ๆ เพื่อความปลอดภัย"
    assert not _orgs(body) and "ไทย" not in _places(body)
    # details/48718: 'the Thai embassy in the worker's country of origin'
    body = "กกจ.มีหนังสือถึงสถานเอกอัครราชทูตไทย ณ ประเทศต้นทางของคนต่างด้าวเพื่อพิจารณาออกวีซ่า"
    assert not any(o.startswith("สถาน") for o in _orgs(body)) and "ไทย" not in _places(body)
    # details/44302: 'a Thai embassy or consulate'
    body = "ณ สำนักงานแรงงานไทย สถานเอกอัครราชทูตไทย หรือสถานกงสุลไทยที่ประจำอยู่ในประเทศที่แรงงานนั้นทำงานอยู่"
    assert not any(o.startswith("สถาน") for o in _orgs(body))
    # details/67291: a list of mission kinds ending 'all over the world'
    body = "จัดอบรมเจ้าหน้าที่ฝ่ายกงสุลที่ประจำการ ณ สถานเอกอัครราชทูตไทยและสถานกงสุลใหญ่ไทยทั่วโลก และ กกต. ได้ให้"
    entities, _ = find_entities("", body)
    assert not any(e.text.startswith("สถาน") for e in entities)


def test_country_pair_after_a_mission_word_stays_the_country() -> None:
    # a dashed pair is the country (CONVENTIONS.md C8), even after a mission's head
    assert "ไทย" in _places("งานฉลองครบรอบของสถานทูตไทย - ลาว ที่นครหลวงเวียงจันทน์")
