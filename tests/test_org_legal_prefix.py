"""A company written after the abbreviation of its legal form (briefing/thai/org_legal_prefix.py): บมจ. ไทยคม.

What a reader expects (thaigov-v2 releases outside bench and dev):
- details/36863 "คู่สัญญากับ บมจ. ไทยคม ซึ่งเป็นเอกชน": บมจ. ไทยคม (was the place ไทย);
- details/41636 "ได้แก่   บมจ.กรุงเทพประกันชีวิต บมจ.โตเกียวมารีนประกันชีวิต (ประเทศไทย)": each insurer (was the
  places กรุงเทพ and โตเกียว);
- details/43489 "บมจ. คุ้มภัยโตเกียวมารีนประกันภัย 40% บมจ. ทิพยประกันภัย 20% บมจ. นวกิจประกันภัย 20%": each insurer,
  the share after it left out (was two of four);
- details/85567 "ของ หจก.ภักดีแผ่นดินขอนแก่น  ซึ่งได้รับรางวัล": the partnership (was nothing);
- details/86601 "บจก.ไทยรวมสินพัฒนาอุตสาหกรรม บจก.หิรัญ โปรดักชั่น": the whole glued name (รวม is no stop inside it)
  and the next company of the list apart;
- details/58121 "หจก. ดับเบิ้ลคลิ๊กคอมพิวเตอร์ จ.ปัตตานี": the partnership, its province a place of its own;
- details/50657 "รวมทั้ง บมจ. อสมท ถูกจัดอยู่ในประเภท...": บมจ. อสมท, not the clause after it;
- details/47686 "ซึ่งก็คือบจก.คู่สัญญา บริษัท เอเชีย เอราวัน จำกัด": not บจก.คู่สัญญา ('the contracting company').
"""

from briefing.thai import org_legal_prefix
from briefing.thai.entities import find_entities


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in org_legal_prefix.find(text)]


def _ents(text: str, kind: str) -> list[str]:
    return [e.text for e in find_entities("", text)[0] if e.type == kind]


def test_spaced_name_ends_before_the_clause():
    text = "ที่ผ่านมากระทรวงฯ ในฐานะคู่สัญญากับ บมจ. ไทยคม ซึ่งเป็นเอกชนผู้รับสัมปทาน ได้เจรจาให้ บริษัทแสดงความรับผิดชอบ"
    assert _found(text) == ["บมจ. ไทยคม"]
    assert "บมจ. ไทยคม" in _ents(text, "organisation")
    assert "ไทย" not in _ents(text, "place")


def test_list_of_glued_insurers():
    text = "ประกอบด้วย บริษัทประกันชีวิต 10 บริษัท ได้แก่   บมจ.กรุงเทพประกันชีวิต บมจ.โตเกียวมารีนประกันชีวิต (ประเทศไทย) บมจ.ทิพยประกันชีวิต"
    assert _found(text) == ["บมจ.กรุงเทพประกันชีวิต", "บมจ.โตเกียวมารีนประกันชีวิต", "บมจ.ทิพยประกันชีวิต"]
    places = _ents(text, "place")
    assert "กรุงเทพ" not in places and "โตเกียว" not in places


def test_share_after_the_name_is_left_out():
    text = "ร่วมรับประกันภัย ได้แก่ บมจ. คุ้มภัยโตเกียวมารีนประกันภัย 40% บมจ. ทิพยประกันภัย 20% บมจ. นวกิจประกันภัย 20%"
    assert _found(text) == ["บมจ. คุ้มภัยโตเกียวมารีนประกันภัย", "บมจ. ทิพยประกันภัย", "บมจ. นวกิจประกันภัย"]


def test_partnership_and_glued_names():
    assert _found("ชนิดหินปูนเพื่ออุตสาหกรรมก่อสร้าง ของ หจก.ภักดีแผ่นดินขอนแก่น  ซึ่งได้รับรางวัล CSR-DPIM") == ["หจก.ภักดีแผ่นดินขอนแก่น"]
    assert _found("จำกัด บจก.ไทยรวมสินพัฒนาอุตสาหกรรม บจก.หิรัญ โปรดักชั่น และ") == ["บจก.ไทยรวมสินพัฒนาอุตสาหกรรม", "บจก.หิรัญ โปรดักชั่น"]


def test_province_after_the_name_stays_a_place():
    text = "เพื่อการท่องเที่ยว   3) หจก. ดับเบิ้ลคลิ๊กคอมพิวเตอร์ จ.ปัตตานี  การบริการซ่อมบำรุงคอมพิวเตอร์"
    assert _found(text) == ["หจก. ดับเบิ้ลคลิ๊กคอมพิวเตอร์"]
    assert "จ.ปัตตานี" in _ents(text, "place")


def test_clause_after_the_name_and_common_noun():
    assert _found("คือวันที่ 3 เมษายน 2565 รวมทั้ง บมจ. อสมท ถูกจัดอยู่ในประเภทกิจการธุรกิจ") == ["บมจ. อสมท"]
    assert _found("ระหว่างรัฐกับเอกชน ซึ่งก็คือบจก.คู่สัญญา บริษัท เอเชีย เอราวัน จำกัด ที่ถือหุ้น 70%") == []
