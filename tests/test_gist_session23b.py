"""Session 23 gist kinds, second helper (s23-gists2, OFFLINE_VERSION 53). Headlines quoted verbatim from archive releases
outside every bench set (found by their Thai in the unpacked corpus; sources checked against bench/mine_exclude_sources.txt)."""

from __future__ import annotations

from tests.gist_helpers import release_gist as _gist


def test_hand_foot_and_mouth_disease_is_one_name() -> None:
    # thaigov.go.th/news/contents/details/100439: read 'warns the public about the hand disease and feet'
    gist = _gist("เตือน โรคมือ เท้า ปาก ในเด็กเล็ก “ระบาด” พุ่ง!  เผย 8 เดือนป่วย 65.7%")
    assert "hand-foot-and-mouth disease" in gist and "feet" not in gist, gist
    # thaigov.go.th/news/contents/details/98289: read 'beware of feet hand disease'
    gist = _gist("เตือนผู้ปกครองระวังโรคมือเท้าปากในเด็กเล็ก")
    assert "beware of hand-foot-and-mouth disease" in gist, gist


def test_this_morning_or_tomorrow_is_no_noun() -> None:
    # thaigov.go.th/news/contents/details/100206: read 'reports the this morning situation'
    gist = _gist("“ไทยคู่ฟ้า”  รายงานสถานการณ์เช้านี้")
    assert gist.endswith("reports the situation"), gist
    # thaigov.go.th/news/contents/details/51039: read 'starts the tomorrow and vaccinates COVID in children'
    gist = _gist("เริ่มพรุ่งนี้ (31ม.ค.65) ฉีดวัคซีนป้องกันโควิด-19 ในเด็ก 5-11 ปี")
    assert "tomorrow" not in gist and "vaccinates" in gist, gist


def test_a_when_clause_at_the_end_is_left_out() -> None:
    # thaigov.go.th/news/contents/details/100465: read '... and welcomes the conflict situation' (ยินดีหาก: welcome
    # it if ..., then ready to send them back when the conflict is over): both conditions are left out
    gist = _gist("ทบ.เผยไทยควบคุมตัวเชลยศึกกัมพูชาตามกฎหมายระหว่างประเทศ ยินดีหากองค์กรต่างๆ ต้องการเข้าตรวจสอบ "
                 "พร้อมส่งตัวกลับเมื่อสถานการณ์ความขัดแย้งยุติโดยสมบูรณ์")
    assert "detains Cambodia prisoners of war" in gist and "conflict" not in gist, gist
    # thaigov.go.th/news/contents/details/52209: read 'increases descendant safety' (safety when the children visit)
    gist = _gist('สธ.เร่งฉีดวัคซีน "ผู้สูงอายุ" ก่อนสงกรานต์ เพิ่มความปลอดภัยเมื่อลูกหลานกลับไปเยี่ยม')
    assert gist.endswith("increases safety"), gist


def test_a_headline_opening_with_when_keeps_its_main_clause() -> None:
    # thaigov.go.th/news/contents/details/38445 (opening 'เมื่อ'): the clause after it is read as before
    gist = _gist("เมื่อประชาชนเดือดร้อน...ทหารพร้อมจะอยู่เคียงข้างประชาชนเสมอ")
    assert "stands by the public" in gist, gist


def test_the_one_appointed_receives_the_royal_command() -> None:
    # thaigov.go.th/news/contents/details/100443: read '... graciously appoints people Prime Minister'
    gist = _gist("นายอนุทิน ชาญวีรกูล รับสนองพระบรมราชโองการ โปรดเกล้าฯ เป็นนายกรัฐมนตรีคนที่ 32")
    assert "receives the royal command of appointment as the Prime Minister" in gist and "people" not in gist, gist


def test_jab_seizes_goods_arrests_people_raids_shops() -> None:
    # thaigov.go.th/news/contents/details/100446: read 'Customs Department: Vietnam passenger customs haul the value'
    gist = _gist("ศุลกากรจับผู้โดยสารเวียดนาม ลักลอบขนนอแรดจากแองโกลา เตรียมผ่านไทยไปลาว มูลค่า 6.9 ล้านบาท")
    assert "arrest Vietnam passengers" in gist, gist
    # thaigov.go.th/news/contents/details/70097: read 'reports on illegal garlic Customs Department'
    gist = _gist("กรมศุลกากรจับกระเทียมลักลอบนำเข้า 30,000 กิโลกรัม มูลค่า 800,000 บาท")
    assert "Customs Department seizes the illegal garlic" in gist, gist
    # thaigov.go.th/news/contents/details/92844: read 'holds patrols and looks after Chinese New Year festival goods'
    gist = _gist("รัฐบาลคุมเข้ม! จับร้านค้าฉวยโอกาส-ไม่ติดป้ายราคา ช่วงเทศกาลตรุษจีน")
    assert "raids shops" in gist, gist
