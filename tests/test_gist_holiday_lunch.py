"""Two glosses that made a gist false (briefing/summary/headwords.toml): หยุด before a holiday or day word is the
holiday, not 'stop' (หยุดยาว, หยุดสงกรานต์, หยุดปีใหม่, หยุดวันนี้), and อาหารกลางวัน is lunch, not always a school's
(the culture ministry's lunches for hospitals, a leaders' lunch). Headlines quoted verbatim from archive releases
outside every bench set (bench/gists_archive.py seeds 2030, 2040)."""

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
