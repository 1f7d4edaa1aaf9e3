"""Headline words the word cutter split into a false gloss (session 19, s19-gists2; briefing/summary/headwords.toml).
Headlines quoted verbatim from archive releases outside every bench set (bench/gists_archive.py seed 7701, drawn by
each word); what a reader expects was written before the change."""

from __future__ import annotations

from tests.gist_helpers import release_gist as _gist


def test_mor_prom_is_an_app_not_doctors() -> None:
    # thaigov.go.th/news/contents/details/57222: read 'Ministry of Public Health upgrades doctors'
    gist = _gist("สธ. ยกระดับ “หมอพร้อม” เป็นแอปพลิเคชันสุขภาพเพื่อคนไทย พัฒนา 12 ฟีเจอร์หลัก ตอบโจทย์การใช้งาน")
    assert gist == "Ministry of Public Health upgrades the Mor Prom app"


def test_signing_the_well_wishing_book_is_not_signing_the_king() -> None:
    # thaigov.go.th/news/contents/details/50141: read 'MDES signs the King and the Queen'
    gist = _gist("คณะผู้บริหาร ดีอีเอส ลงนามถวายพระพร‘ในหลวง-พระราชินี’ เนื่องในโอกาสวันขึ้นปีใหม่ 2565")
    assert gist == "MDES signs the well-wishing book for the King and the Queen"


def test_lessons_are_drawn_not_removed() -> None:
    # thaigov.go.th/news/contents/details/50527: read 'Ministry of Culture opens the panel discussion and removes trend
    # lessons'
    gist = _gist("วธ. เปิดเสวนา “ถอดบทเรียนกระแสดัง สร้างความปัง...การตลาดยุคใหม่ ไม่โป๊ ไม่หยาบคาย” ให้ผู้ขายสินค้าออนไลน์"
                 "ตระหนักถึงผลกระทบต่อสังคม")
    assert "draws lessons" in gist and "removes" not in gist, gist


def test_a_number_that_names_is_no_count() -> None:
    # thaigov.go.th/news/contents/details/43819: 'ในระหว่างการใช้มาตรการที่ 15 และ 16 ลูกค้าสามารถ...' read
    # '...; 16 customers' (measure no. 16); the gist gives no figure rather than a false one
    title = ("ธอส. ประกาศ 2 มาตรการเร่งด่วน พักชำระเงินต้นและพักชำระดอกเบี้ยนาน 3 เดือน ช่วยลูกค้าที่ได้รับผลกระทบด้านรายได้"
             "จาก COVID-19")
    body = ("ธนาคารอาคารสงเคราะห์ ขานรับนโยบายกระทรวงการคลังและธนาคารแห่งประเทศไทย ออก 2 มาตรการเร่งด่วน ประกอบด้วย "
            "มาตรการที่ 15 พักชำระเงินต้นและพักชำระดอกเบี้ย สำหรับลูกค้าที่มีสถานะบัญชีปกติ\n"
            "ทั้งนี้ ในระหว่างการใช้มาตรการที่ 15 และ 16 ลูกค้าสามารถทยอยชำระให้เสร็จสิ้นได้")
    assert "16" not in _gist(title, body)
