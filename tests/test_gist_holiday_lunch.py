"""Glosses that made a gist false or lost its sense (briefing/summary/headwords.toml): หยุด before a holiday or day word is the
holiday, not 'stop' (หยุดยาว, หยุดสงกรานต์, หยุดปีใหม่, หยุดวันนี้), and อาหารกลางวัน is lunch, not always a school's
(the culture ministry's lunches for hospitals, a leaders' lunch), and a named day keeps its 'Day' (วันคนพิการสากล, not
'international people with disabilities'). Headlines quoted verbatim from archive releases
outside every bench set (bench/gists_archive.py seeds 2030, 2040, 2070)."""

from __future__ import annotations

from tests.gist_helpers import release_gist as _gist


def test_a_holiday_is_no_stop() -> None:
    # thaigov.go.th/news/contents/details/95417: read 'OPM stops the government to open option park ...'
    gist = _gist("หยุดวันนี้ 14 เมษา รัฐบาลเปิด 30 “อุทยานทางเลือก” ทั่วประเทศ เที่ยวฟรีในวันครอบครัว หนุนท่องเที่ยวธรรมชาติ "
                 "ปลอดภัย อบอุ่นใจใกล้ชิดธรรมชาติ",
                 "วันนี้ (14 เมษายน 2568) นางสาวศศิกานต์ วัฒนะจันทร์ รองโฆษกประจำสำนักนายกรัฐมนตรี กล่าวเชิญชวนประชาชนร่วมใช้"
                 "ช่วงวันหยุดสงกรานต์ท่องเที่ยวแหล่งธรรมชาติ\n")
    assert "stop" not in gist and "opens" in gist, gist
    # thaigov.go.th/news/contents/details/76801: read 'Spokesperson warns the public about fires to stop New Year ...'
    gist = _gist("โฆษกรัฐบาลเตือนประชาชน ระวังอัคคีภัยช่วงหยุดปีใหม่-สภาพอากาศแห้งแล้ง ขอให้ตรวจสอบอุปกรณ์ไฟฟ้าภายในบ้าน"
                 "ก่อนออกเดินทางท่องเที่ยว", "")
    assert "stop" not in gist and "New Year holiday" in gist, gist
    # thaigov.go.th/news/contents/details/70831: read 'OPM stops social problems'
    gist = _gist("หยุดยาว หากเจอปัญหาสังคม รัฐบาลเปิดช่องให้ความช่วยเหลือสังคม ผ่านแอปพลิเคชันไลน์ “ESS Help Me”", "")
    assert "stop" not in gist, gist


def test_a_lunch_is_no_school_lunch() -> None:
    # thaigov.go.th/news/contents/details/41828: read 'Minister ... hands over school lunches' (to Siriraj Hospital)
    gist = _gist("รมว.วธ.มอบอาหารกลางวัน และเวชภัณฑ์ทางการแพทย์ให้กับโรงพยาบาลศิริราช", "")
    assert "school" not in gist and "lunches" in gist, gist
    # thaigov.go.th/news/contents/details/83146: read '... joins the school lunch banquet' (at the Élysée)
    gist = _gist("นายกฯ ถึงทำเนียบประธานาธิบดี ฝรั่งเศสทักทายอย่างเป็นกันเอง ก่อนร่วมงานเลี้ยงอาหารกลางวัน", "")
    assert "school" not in gist, gist


def test_a_named_day_keeps_its_day() -> None:
    # thaigov.go.th/news/contents/details/78115: read 'opens international people with disabilities'
    gist = _gist("“วราวุธ” รมว.พม. เปิดงานวันคนพิการสากล จ.ปทุมธานี 2566  เดินหน้าสร้างอาชีพ สร้างศักยภาพคนพิการ", "")
    assert "International Day of Persons with Disabilities" in gist, gist
    # thaigov.go.th/news/contents/details/36970: read 'campaigns on annual world AIDS'
    gist = _gist("นายกรัฐมนตรีร่วมรณรงค์วันเอดส์โลกประจำปี 2563 และร่วมประชาสัมพันธ์งานมหกรรมผ้าไหม ไทยสู่เส้นทางโลก", "")
    assert "World AIDS Day" in gist, gist


def test_alternative_and_thai_traditional() -> None:
    # thaigov.go.th/news/contents/details/95417: read 'The government opens the option park ...'
    gist = _gist("หยุดวันนี้ 14 เมษา รัฐบาลเปิด 30 “อุทยานทางเลือก” ทั่วประเทศ เที่ยวฟรีในวันครอบครัว", "")
    assert "option" not in gist and "alternative parks" in gist, gist
    # thaigov.go.th/news/contents/details/84086: read '... extends Thai plan medical centre services and option medicine'
    gist = _gist("สธ.ขยายบริการศูนย์การแพทย์แผนไทยและการแพทย์ทางเลือกเขตสุขภาพที่ 8 อุดรธานี", "")
    assert "plan" not in gist and "Thai traditional medicine" in gist, gist


def test_help_reduce_keeps_reduce() -> None:
    # thaigov.go.th/news/contents/details/44107: read 'Ministry of Public Health helps infections' (the opposite)
    gist = _gist("สธ. ย้ำมาตรการป้องกันตนเอง ช่วยลดการติดเชื้อได้", "")
    assert "helps reduce infections" in gist, gist
    # thaigov.go.th/news/contents/details/97995: read '... and helps traffic jam problems'
    gist = _gist("กรมทางหลวง ก่อสร้างขยาย ทล.365 สายทางเลี่ยงเมืองฉะเชิงเทราด้านเหนือ แล้วเสร็จ ช่วยลดปัญหารถติดใจกลางเมือง", "")
    assert "helps traffic" not in gist, gist


def test_programme_names_are_names() -> None:
    # thaigov.go.th/news/contents/details/59115: read 'The government warns sky flag shops ...'
    gist = _gist("รัฐบาลเตือนร้านธงฟ้าอย่าทำผิดเงื่อนไขหรือเอาเปรียบผู้บริโภค", "")
    assert "sky" not in gist and "Thong Fah shops" in gist, gist
    # thaigov.go.th/news/contents/details/82236: read '... opens the price sky flag ...'
    gist = _gist("รมช.ไชยา ร่วมกับ กท. พาณิชย์ เปิดงานธงฟ้าราคาประหยัด จ.นครพนม ช่วยบรรเทาค่าครองชีพ เร่งแก้ปัญหาภัยแล้ง", "")
    assert "the Thong Fah low-price fair" in gist, gist
