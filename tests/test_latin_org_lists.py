"""An English body's name that opens with a comma list of ordinary words is one name (briefing/thai/latin_org_lists.py,
session 20). Sentences quoted verbatim from thaigov-v2 corpus releases (the address in each comment; none from the
eval dev files or a bench set); each name was cut at its list before the rule.
"""

from __future__ import annotations

from briefing.thai.entities import find_entities
from tests.entity_helpers import orgs


def test_a_list_of_disasters_opens_the_centre_name() -> None:
    # details/89422, the headline: the reader's side panel and the gist had 'Landslide Disaster Relief Operations Center'
    title = ("PM: Flood, Storm, and Landslide Disaster Relief Operations Center to return flood disaster-hit area "
             "to Chiang Rai district office and municipality by Oct 27")
    entities, _ = find_entities(title, "")
    assert [e.text for e in entities if e.type == "organisation"] == [
        "Flood, Storm, and Landslide Disaster Relief Operations Center"]


def test_a_list_closed_by_and_inside_the_name() -> None:
    # details/62644: the list closes inside the name after one comma
    body = ("จากกระทรวงที่ดิน โครงสร้างพื้นฐานการขนส่งและการท่องเที่ยวของญี่ปุ่น (MLIT)  Japan Railway Construction, "
            "Transport and Technology Agency (JRTT)  องค์การความร่วมมือระหว่างประเทศ")
    assert "Japan Railway Construction, Transport and Technology Agency" in orgs(body)
    # details/91513, details/59404: two ordinary words joined by "and" before the head
    body = ("and 5 people (all males) died. The Disaster Prevention and Mitigation Regional Center Surat Thani "
            "(DPMRC11), in collaboration with the province")
    assert any(o.startswith("Disaster Prevention and Mitigation Regional Center") for o in orgs(body))
    body = ("for the total amount of 714,647,500 Baht to National Village and Community Fund Office for the "
            "mitigation of people’s plight")
    assert "National Village and Community Fund Office" in orgs(body)


def test_a_list_of_bodies_or_people_is_not_taken_in() -> None:
    # details/55033: a country and a body joined by "and" are two
    body = "Thailand stands ready to work with Japan and ASEAN member countries to further strengthen"
    assert not any("Japan" in o for o in orgs(body))
    # details/98018: the item ends the name of the ministry before it
    body = ("between EXIM Thailand and Department of International Trade Promotion, Ministry of Commerce, and Export "
            "Credit schemes offering a revolving credit")
    assert not any(o.startswith("Commerce") for o in orgs(body))
    # details/91275: positions listed before the cabinet
    body = ("including Permanent Secretaries, General Directors, Governors, and Cabinet members, the Prime Minister "
            "emphasized")
    assert not any("Governors" in o for o in orgs(body))
    # details/76443: companies, each a name of its own
    body = "possible cooperation with global tech giants, such as Google, Microsoft, Apple, and Huawei. Apple, in particular"
    assert not any("," in o for o in orgs(body))


def test_a_printed_circuit_board_is_no_body() -> None:
    # details/83378: with its Thai gloss and its acronym the product made three false organisations
    body = ("เข้าร่วมงานกับบริษัทผู้ผลิตแผงวงจรอิเล็กทรอนิกส์ (Printed Circuit Board: PCB) ชั้นนำระดับโลกจากไต้หวัน "
            "ที่มาลงทุนในประเทศไทย")
    assert orgs(body) == []
    assert orgs("ผ่านระบบ Digital Dash Board ของกระทรวง") == []
