"""Bodies named by a dashed pair of countries (thai/org_country_pairs.py): the pair belongs to the name.

Each sentence is quoted from a corpus release (its source in the test's comment); the positive tests fail without
the rule (the body was cut after its first country, or not found, and the second country was listed as a place).
"""

from __future__ import annotations

from entity_helpers import orgs as _orgs
from entity_helpers import places as _places


def test_association_runs_through_its_country_pair() -> None:
    # details/84109: was สมาคมการค้าไทย (cut) and the place ยุโรป
    body = "นายสุริยะ กล่าวว่า สมาคมการค้าไทย - ยุโรป (TEBA) เป็นพันธมิตรที่สำคัญ"
    assert "สมาคมการค้าไทย - ยุโรป" in _orgs(body)
    assert "ยุโรป" not in _places(body)


def test_bare_head_and_pair_is_a_body() -> None:
    # details/60692: สถาบัน + ไทย-เยอรมัน gave no body at all, and two places
    body = "สมาคมเหล็กกล้าแห่งประเทศไทย และสถาบันไทย-เยอรมัน เข้าร่วมมอบสิ่งของ เพื่อ"
    assert "สถาบันไทย-เยอรมัน" in _orgs(body)
    assert not {"ไทย", "เยอรมัน"} & set(_places(body))
    # details/55971
    assert "สภาธุรกิจไทย-เวียดนาม" in _orgs("สำนักงานคณะกรรมการส่งเสริมการลงทุน (สกท.) และสภาธุรกิจไทย-เวียดนาม (4) การเชื่อมโยง")


def test_head_inside_a_longer_word_is_no_head() -> None:
    # details/95665: the two countries' parliaments (รัฐสภา), not a council named สภาไทย - กัมพูชา
    orgs = _orgs("ด้านความสัมพันธ์ระหว่างรัฐสภาไทย - กัมพูชา นายกรัฐมนตรีย้ำว่า")
    assert not any(o.endswith("กัมพูชา") for o in orgs)


def test_clause_or_list_before_the_pair_is_no_name() -> None:
    # details/99043: every international body that visited the border
    orgs = _orgs("คณะทูตและผู้แทนทุกองค์กร องค์การระหว่างประเทศทุกคณะที่ลงพื้นที่ชายแดนไทย - กัมพูชา ย้ำไทยเปิดกว้าง")
    assert not any(o.endswith("กัมพูชา") for o in orgs)
    # details/81226: institutions and agencies of Thailand and China, a list of kinds
    orgs = _orgs("ส่งเสริมความร่วมมือระหว่างองค์กร สถาบันและหน่วยงานในภาคอุตสาหกรรมของไทย - จีน รวมทั้งสนับสนุน")
    assert not any(o.endswith("จีน") for o in orgs)
    # details/34469: a test centre AT the Thai-Japan stadium
    orgs = _orgs("โดยศูนย์ตรวจที่สนามไทย – ญี่ปุ่น ดินแดง กรุงเทพมหานครจะเปิดให้บริการ")
    assert not any(o.endswith("ญี่ปุ่น") for o in orgs)


def test_bridge_and_road_named_by_a_pair_are_one_place() -> None:
    # heldout59 h05's kind of road, here from the corpus: was ถนนมิตรภาพ, ไทย and จีน
    assert "ถนนมิตรภาพไทย-จีน" in _places("ได้ตรวจเยี่ยมถนนมิตรภาพไทย-จีน ในพื้นที่")
    # the spaced pair after สะพาน was cut: สะพานมิตรภาพไทย and เมียนมา; the bridge's number is its name's
    # (place_friendship_bridges, session 18)
    places = _places("บริเวณเชิงสะพานมิตรภาพไทย - เมียนมา แห่งที่ 2 อำเภอแม่สอด")
    assert "สะพานมิตรภาพไทย - เมียนมา แห่งที่ 2" in places
    assert "เมียนมา" not in places


def test_road_between_the_countries_is_no_named_road() -> None:
    # every road across the border, not one road's name
    places = _places("ร่างบันทึกความเข้าใจว่าด้วยการขนส่งสินค้าทางถนนข้ามพรมแดนไทย-มาเลเซีย และร่างบันทึก")
    assert not any(p.startswith("ถนน") for p in places)


def test_committee_runs_through_its_country_pair() -> None:
    # details/100438: was คณะกรรมการศูนย์เฉพาะกิจบริหารสถานการณ์ชายแดนไทย (cut at the en dash) and the place กัมพูชา
    body = ("นายจิรายุ ห่วงทรัพย์ โฆษกประจำสำนักนายกรัฐมนตรี และคณะกรรมการศูนย์เฉพาะกิจบริหารสถานการณ์ชายแดนไทย–กัมพูชา"
            " (ศบ.ทก.) รายงานสถานการณ์ชายแดนใน 7 จังหวัด")
    orgs = _orgs(body)
    assert "คณะกรรมการศูนย์เฉพาะกิจบริหารสถานการณ์ชายแดนไทย–กัมพูชา" in orgs
    assert "คณะกรรมการศูนย์เฉพาะกิจบริหารสถานการณ์ชายแดนไทย" not in orgs
    # details/98279: a working group
    body = ("-รองปลัดถาวรฯ เป็นประธานร่วมฝ่ายไทยสำหรับการประชุมคณะทำงานวิชาการด้านการเกษตรไทย-รัสเซีย"
            " (The Meeting of the Joint Working Group")
    assert "คณะทำงานวิชาการด้านการเกษตรไทย-รัสเซีย" in _orgs(body)
