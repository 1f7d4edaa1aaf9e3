"""วัด is 'temple' and the verb 'to measure' (place_precision.measured, session 19).

What a reader expects, on real releases (thaigov.go.th/news/contents/details/N, quoted verbatim):
- details/66180 ตรวจสอบวัดควันดำ (checking black smoke), details/74725 ตัวชี้วัดที่วัดองค์ประกอบสำคัญ (an indicator
  measuring key parts), details/44184 เครื่องวัดออกซิเจนในเลือด (a blood-oxygen meter), details/44845 วัดค่าระดับเสียง
  (measuring noise levels), details/37698 ชั่งน้ำหนัก วัดส่วนสูง (weighing, measuring height), details/67935
  เครื่องวัดความดันโลหิต (blood-pressure monitors), details/88879 วัดระดับความลึกของน้ำ (measuring water depth),
  details/78268 เป่า “วัดแอลกอฮอล์” (an alcohol breath test): no temple, no place.
- ณ วัดพระแก้วดอนเต้าสุชาดาราม (details/64245), วัดค่าย (details/92119), วัดระฆังโฆสิตาราม: temples, kept.
"""

from __future__ import annotations

import pytest

from briefing.thai.place_precision import measured
from tests.entity_helpers import places


@pytest.mark.parametrize("body", [
    # details/66180: the land transport department's black-smoke checks
    "กรมการขนส่งทางบก เผยผลการตรวจสอบวัดควันดำทั่วประเทศ ระหว่างวันที่ 1 ตุลาคม",
    # details/74725: an indicator that measures key parts of the response
    "ควรเพิ่มเติมตัวชี้วัดที่วัดองค์ประกอบสำคัญที่นำไปสู่ความสำเร็จของการบริหารจัดการโรคระบาด",
    # details/44184: a blood-oxygen meter handed to patients
    "ซึ่งผู้ป่วยจะได้รับเครื่องวัดอุณหภูมิ เครื่องวัดออกซิเจนในเลือดและยาที่จำเป็นในทันที",
    # details/44845: measuring the noise of the suburban railway
    "พร้อมเจ้าหน้าที่กรมการขนส่งทางราง ลงพื้นที่วัดค่าระดับเสียงการเดินรถไฟฟ้าชานเมือง (สายสีแดง)",
    # details/37698: weighing and measuring pupils
    "ติดตามภาวะโภชนาการและพัฒนาการเด็ก เช่น ชั่งน้ำหนัก วัดส่วนสูง ให้นักเรียนและคัดกรอง",
    # details/67935: blood-pressure monitors donated
    "เครื่องดูดเสมหะ จำนวน 1 ชุด และเครื่องวัดความดันโลหิต จำนวน 10 เครื่อง ได้",
    # details/88879: measuring the depth of flood water
    "เชียงใหม่และ จ.ลำพูน ลงพื้นที่วัดระดับความลึกของน้ำในแต่ละจุดทุกวัน",
    # details/78268: a headline, the alcohol breath test
    "ครม.เคาะเกณฑ์ใหม่! เมาแล้วขับ ขัดขืนเป่า “วัดแอลกอฮอล์” สันนิษฐานว่าผิด",
])
def test_measuring_is_no_temple(body: str) -> None:
    assert not [p for p in places(body) if p.startswith("วัด")]


@pytest.mark.parametrize(("body", "temple"), [
    # details/64245: a royal temple in Lampang
    ("พิธีมอบเกียรติบัตรแก่ผู้เข้าร่วมโครงการฯ ณ วัดพระแก้วดอนเต้าสุชาดาราม พระอารามหลวง", "วัดพระแก้วดอนเต้าสุชาดาราม"),
    ("เดินทางไปยังวัดค่าย จ.พระนครศรีอยุธยา", "วัดค่าย"),  # ค่าย is not ค่า (ชุมชนคุณธรรมวัดค่าย, details/92119)
])
def test_temples_stay(body: str, temple: str) -> None:
    assert any(temple in p for p in places(body))


def test_measured_reads_the_word_after_and_before() -> None:
    assert measured("ลงพื้นที่วัดค่าระดับเสียง", 9, 19)
    assert not measured("ชุมชนวัดค่าย ", 5, 12)  # ค่าย, a camp: a temple's name
    assert measured("เครื่องวัดชีพจร", 7, 15)
    assert not measured("เครื่องวัดระฆังโฆสิตาราม", 7, 24)  # named as a temple is
    assert not measured("คณะกรรมการวัดพระแก้ว", 10, 20)  # a temple's board
