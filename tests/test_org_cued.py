"""Bodies the release itself treats as bodies (briefing/thai/org_cued.py): a name after a chief's post or after a verb
of acting together, started by a head word the head rules refused. Sentences quoted from releases (the source in each
comment); what a reader expects is said in each test."""

from __future__ import annotations

from briefing.thai import org_cued
from tests.entity_helpers import orgs, places


def test_network_after_its_chair():
    # details/99395: the chair of a network of academic bodies; the reader expects the network, and its second
    # mention among the organisers
    body = ("รองศาสตราจารย์ ดร.มานพ คณะโต ประธานกรรมการบริหารเครือข่ายองค์กรวิชาการสารเสพติด Mr. Reiner Pungs ผู้แทน "
            "UNODC\nขอบคุณคณะทำงาน อันได้แก่ จุฬาลงกรณ์มหาวิทยาลัย เครือข่ายองค์กรวิชาการสารเสพติด และสำนักงาน ป.ป.ส.")
    assert orgs(body).count("เครือข่ายองค์กรวิชาการสารเสพติด") == 2


def test_section_after_its_head():
    # details/87733: the section of the Nitasrattanakosin exhibition a named person heads
    body = "โดยมี นายปัทมนิธิ เสนาณรงค์ หัวหน้าฝ่ายบริหารนิทรรศน์รัตนโกสินทร์ นางสาวจิรวดี บรรพบุตร หัวหน้าสำนักงาน"
    assert "ฝ่ายบริหารนิทรรศน์รัตนโกสินทร์" in orgs(body)


def test_misspelt_department_after_its_director_general():
    # details/98450: a department written with a doubled syllable, which no glossary knows
    body = "นายภาสกร บุญญลักษณ์ อธิบดีกรมป้องกันและบรรเทาสาธาธารณภัย ว่าที่ ร.ต.ธนุ วงษ์จินดา เลขาธิการ"
    assert "กรมป้องกันและบรรเทาสาธาธารณภัย" in orgs(body)


def test_partner_after_working_with():
    # details/81473 (organised by), details/86326 (cooperation with a Japanese city)
    assert "กรมคุ้มสิทธิและเสรีภาพ" in orgs("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ จัดโดย กรมคุ้มสิทธิและเสรีภาพ และกรมบังคับคดี")
    assert "เทศบาลเมืองฟูกูโอกะ" in orgs("กนอ. อยู่ระหว่างการหารือความร่วมมือกับเทศบาลเมืองฟูกูโอกะ และเทศบาลเมืองคิตะคิวชู")


def test_latin_partner_after_working_with():
    # details/92886 (a travel platform), details/81006 (the UK's export credit agency)
    assert "CTRIP" in orgs("อาทิ กิจกรรม Joint Promotion ร่วมกับ CTRIP มอบสิทธิพิเศษส่วนลดค่าโดยสาร")
    assert "UKEF" in orgs("EXIM BANK ลงนามความร่วมมือกับ UKEF ส่งเสริมการค้าและการลงทุน")
    # not a person or an activity after the verb
    assert org_cued.find("ร่วมกับ Mr. John Smith ผู้แทน", []) == []
    assert org_cued.find("อาทิ ร่วมกับ Joint Promotion ของ", []) == []


def test_sides_kinds_and_clauses_are_left():
    # details/66896, an ordination rite: the chairs of the monks' side and of the lay side are no bodies
    assert org_cued.find("เจ้าอาวาสวัดศรีอุโมงค์คำ เป็นประธานฝ่ายสงฆ์ ว่าที่ร้อยตรี ณรงค์ โรจนโสทร", []) == []
    assert org_cued.find("นายอำเภอศรีประจันต์ ประธาน ฝ่ายฆราวาส ร่วมพิธี", []) == []
    # a deputy's portfolio (details/95361: รองอธิบดีฝ่ายวิชาการ กรมทางหลวง)
    assert org_cued.find("นายวัฒน์ รองอธิบดีฝ่ายวิชาการ กรมทางหลวง", []) == []
    # the name runs into a clause (details/79127: ประธานกลุ่มทอผ้าไหมให้การต้อนรับ) or a kind (details/96650)
    assert org_cued.find("คุณราเมศ สมเรศ ประธานกลุ่มทอผ้าไหมให้การต้อนรับ ปัจจุบัน", []) == []
    assert org_cued.find("ขยายผล ร่วมกับองค์กรปกครองส่วนท้องถิ่นเพื่อลด ค่าใช้จ่าย", []) == []
    # 'live with a group of former inmates': no partner
    assert org_cued.find("รับรู้แนวทางการอยู่ร่วมกับกลุ่มผู้พ้นโทษ ชุมชน", []) == []
    # a bare head after a post is its kind
    assert org_cued.find("นายวิชัย กรรมการและผู้จัดการธนาคาร กล่าว", []) == []


def test_a_span_already_found_is_never_moved():
    text = "นายวิชัย หัวหน้าศูนย์การศึกษาพิเศษ คณะครุศาสตร์"
    start = text.index("ศูนย์")
    assert org_cued.find(text, [(start, start + 5)]) == []
    assert org_cued.find(text, []) == [(start, text.index(" คณะ"))]


def _typed(body: str, surface: str) -> list[str]:
    from briefing.thai.entities import find_entities

    entities, _ = find_entities("", body)
    return [e.type for e in entities if e.text == surface]


def test_bangkok_acting_is_the_administration():
    # details/94809: the BMA opened its parks; the reader expects the body (with its English), not the city
    body = "ขณะเดียวกัน กรุงเทพมหานคร (กทม.) ได้เปิด สวนสาธารณะหลายแห่ง ตลอด 24 ชั่วโมง"
    assert _typed(body, "กรุงเทพมหานคร") == ["organisation"] and _typed(body, "กทม.") == ["organisation"]
    # details/89079: asked to help, and the trucks it sent
    body = "2.  ขอความร่วมมือ กทม. โดยนายชัชชาติ สิทธิพันธุ์ ผู้ว่าราชการกรุงเทพมหานคร ขอให้รถดูดโคลน 4 คัน"
    assert _typed(body, "กทม.") == ["organisation"]
    # ... while the governor's post names the place (CONVENTIONS.md C3)
    assert _typed(body, "กรุงเทพมหานคร") == ["place"]


def test_bangkok_as_the_place_stays_a_place():
    # a venue's address, 'in Bangkok', a route
    text = "ณ ศูนย์ฯ เขตปทุมวัน กรุงเทพมหานคร ได้จัดงาน"
    assert not org_cued.bangkok_acts(text, text.index("กรุง"), text.index("กรุง") + 13)
    text = "หลายตึกใน กรุงเทพมหานคร ได้อพยพคนออกจากตึก"
    assert not org_cued.bangkok_acts(text, text.index("กรุง"), text.index("กรุง") + 13)
    text = "รถไฟเส้นทาง กรุงเทพมหานคร - หนองคาย"
    assert not org_cued.bangkok_acts(text, text.index("กรุง"), text.index("กรุง") + 13)


def test_bangkok_after_a_venue_or_in_a_ranking_stays_a_place():
    # an address after a hotel (a venue the place rules found), a city in a ranking, a province list
    assert _typed("พิธีเปิด ณ โรงแรมรอยัล ปริ๊นเซส หลานหลวง กรุงเทพมหานคร ได้เข้าร่วม", "กรุงเทพมหานคร") == ["place"]
    text = "อันดับที่ 1 ของอาเซียน ขณะที่กรุงเทพมหานคร ได้อันดับที่ 2"
    assert not org_cued.bangkok_acts(text, text.index("กรุง"), text.index("กรุง") + 13)
    # glued after a centre's name: the centre acts, not the BMA
    text = "ศูนย์คุ้มครองคนไร้ที่พึ่งกรุงเทพมหานคร ได้ลงพื้นที่"
    assert not org_cued.bangkok_acts(text, text.index("กรุง"), text.index("กรุง") + 13)


def test_latin_class_after_working_with_is_no_body():
    # a class of lenders (specialized financial institutions), named in the plural
    assert org_cued.find("กระทรวงศึกษาธิการร่วมกับ SFIs ในการติดตามแผน", []) == []


def test_a_place_that_ends_the_name_is_part_of_it():
    # details/81006: the embassy that organised the forum; the reader expects the embassy whole, not ประเทศไทย alone
    body = "ในงาน UK-Thailand Financial Forum จัดโดยสถานเอกอัครราชทูตอังกฤษประจำประเทศไทย  ณ โรงแรมพาร์ค ไฮแอท กรุงเทพฯ"
    assert "สถานเอกอัครราชทูตอังกฤษประจำประเทศไทย" in orgs(body)
    assert "ประเทศไทย" not in places(body)
    # two bodies joined by และ are not read as one (a corpus release: กองทุนประกันวินาศภัยและสมาคมประกันวินาศภัยไทย)
    text = "การบูรณาการความร่วมมือกับกองทุนประกันวินาศภัยและสมาคมประกันวินาศภัยไทย เพื่อ"
    start = text.index("กองทุน")
    assert org_cued.find(text, [(start, start + 18)], [(start, start + 18)]) == []
