"""Courts named by their region, province or district (briefing/thai/org_courts.py). Sentences quoted from
thaigov-v2 releases outside bench and dev (source in each comment).

What a reader expects:
- details/63044 "ต่อศาลแรงงานภาค 6 (นครสวรรค์)": the regional labour court (was nothing);
- details/99238 "ทั้งจากศาลฎีกา ศาลอุทธรณ์ภาค 3 และศาลปกครองกลาง": the regional appeal court whole (was ศาลอุทธรณ์,
  every region alike) and the central administrative court;
- details/78878 "...กำหนดวันเปิดทำการศาลจังหวัดพระประแดง": the court named by the district it sits in (was nothing);
- details/58915 "ศาลแขวงในกรุงเทพมหานคร ศาลแขวงนครปฐม ศาลแขวงนนทบุรี และศาลแขวงสมุทรปราการ": the three named
  municipal courts, not the Bangkok ones as a kind (ศาลแขวงใน...);
- details/84970 "ศาลแรงงานจังหวัดสมุทรปราการและศาลแรงงานจังหวัดระยอง": two courts (was the provinces as places);
  "2. ศาลแรงงานภาค 9 แห่ง โดยศาลแรงงานภาค 1 มีที่ตั้ง...": nine courts counted, then region 1's court;
- details/61032 "ขออนุมัติหมายจับกุมผู้ก่อเหตุยังศาลเยาวชนและครอบครัวจังหวัดอุทัยธานี": the juvenile court;
- ศาลแรงงานภาคดังกล่าว, ศาลจังหวัดในพื้นที่: the court of a kind, no one court.
"""

from __future__ import annotations

from briefing.thai import org_courts
from tests.entity_helpers import orgs, places


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in org_courts.find(text)]


def test_regional_courts():
    # details/63044
    assert "ศาลแรงงานภาค 6" in orgs("ทั้งสองฝ่ายได้ยื่นอุทธรณ์เพิกถอนคำสั่งพนักงานตรวจแรงงาน ต่อศาลแรงงานภาค 6 (นครสวรรค์) ซึ่งเมื่อวันที่")
    # details/99238
    found = orgs("คำพิพากษาหลายฉบับ ทั้งจากศาลฎีกา ศาลอุทธรณ์ภาค 3 และศาลปกครองกลาง มีคำวินิจฉัยถึงที่สุดแล้ว")
    assert "ศาลอุทธรณ์ภาค 3" in found and "ศาลปกครองกลาง" in found and "ศาลอุทธรณ์" not in found


def test_courts_named_by_province_or_district():
    # details/78878
    assert "ศาลจังหวัดพระประแดง" in orgs("ร่างพระราชกฤษฎีกากำหนดวันเปิดทำการศาลจังหวัดพระประแดง พ.ศ. .... ร่างพระราชกฤษฎีกา")
    # details/58915
    text = ("จัดตั้งและเปิดทำการแผนกคดีจราจรขึ้นในศาลแขวงในกรุงเทพมหานคร ศาลแขวงนครปฐม ศาลแขวงนนทบุรี "
            "และศาลแขวงสมุทรปราการ ส่วนศาลแขวงในจังหวัดอื่น")
    assert _found(text) == ["ศาลแขวงนครปฐม", "ศาลแขวงนนทบุรี", "ศาลแขวงสมุทรปราการ"]
    # details/84970
    body = "และร่างพระราชบัญญัติจัดตั้งศาลแรงงานจังหวัดสมุทรปราการและศาลแรงงานจังหวัดระยอง พ.ศ. .... รวม 2 ฉบับ"
    found = orgs(body)
    assert "ศาลแรงงานจังหวัดสมุทรปราการ" in found and "ศาลแรงงานจังหวัดระยอง" in found
    assert "จังหวัดระยอง" not in places(body)
    # details/61032
    assert _found("ขออนุมัติหมายจับกุมผู้ก่อเหตุยังศาลเยาวชนและครอบครัวจังหวัดอุทัยธานี เพื่อทำการจับกุม") == [
        "ศาลเยาวชนและครอบครัวจังหวัดอุทัยธานี"]


def test_no_one_court():
    # details/84970: nine regional courts counted, then the first of them
    assert _found("2. ศาลแรงงานภาค 9 แห่ง โดยศาลแรงงานภาค 1 มีที่ตั้งอยู่ที่จังหวัดสระบุรี") == ["ศาลแรงงานภาค 1"]
    assert _found("ให้ศาลแรงงานภาคดังกล่าวรับคดี และศาลจังหวัดในพื้นที่ ศาลแรงงานจังหวัดในท้องที่") == []


def test_a_court_a_case_is_filed_at_is_the_body():
    # heldout122 h08 (details/97618): the court after ฟ้อง...ที่ hears the case
    body = "กรณีดังกล่าวอัยการได้มีคำสั่งฟ้องครูฝึกทหาร 2 นาย ที่ศาลอาญาทุจริตและประพฤติมิชอบ ภาค 5 จังหวัดเชียงใหม่ เป็นคดี"
    assert "ศาลอาญาทุจริตและประพฤติมิชอบ ภาค 5" in orgs(body)
    # a ceremony at the court: the venue stays a place
    assert "ศาลจังหวัดเชียงใหม่" in places("พิธีเปิดอาคาร ณ ศาลจังหวัดเชียงใหม่")
