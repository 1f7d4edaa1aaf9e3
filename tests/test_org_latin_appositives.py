"""Latin-letter companies glossed by what they do right after them (thai/org_latin_appositives.py).

Each sentence is quoted from a corpus release (its source in the comment). Before the rule none of these firms was an
organisation: no บริษัท before them, no head word in them, and their list mixes Latin with Thai glosses.
"""

from __future__ import annotations

from entity_helpers import orgs as _orgs

from briefing.thai import org_latin_appositives


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in org_latin_appositives.find(text)]


def test_firms_glossed_by_what_they_do() -> None:
    # details/45365: a list of firms, each with its gloss (no-break spaces between the items)
    text = ("และดำเนินธุรกิจอย่างยั่งยืน (ESG)\xa0\xa0 เช่น Verizon ผู้ให้บริการ 5G ยักษ์ใหญ่\xa0 Pfizer ผู้ผลิตวัคซีนโควิด-19\xa0"
            " Gilead Sciences ผู้ผลิตยา Remdesivir ที่ใช้รั")
    assert _names(text) == ["Verizon", "Pfizer", "Gilead Sciences"]
    # details/94057: in a headline, after a Thai verb glued to it
    assert "ZF" in _orgs("บีโอไอผนึก ZF ผู้ผลิตชิ้นส่วนยานยนต์ยักษ์ใหญ่จากเยอรมัน ดันไทยศูนย์กลางผลิตชิ้นส่วนส่งออกทั่วโลก")


def test_company_word_before_is_kept() -> None:
    # details/96750: บริษัท stays with the name (the read golds write บริษัท Bayer AG), the whole name up to the gloss
    text = "หลาย ๆ บริษัทได้รับทราบ อาทิ บริษัท Al Sanabel Al Zahabiya Industrial ผู้ผลิตอาหารสัตว์ปีกและสัตว์เคี้ยวเอื้องรายสำคัญ"
    assert _names(text) == ["บริษัท Al Sanabel Al Zahabiya Industrial"]


def test_people_kinds_and_meetings_are_not_firms() -> None:
    # details/58968: a person with his title
    assert _names("ได้เข้าร่วมประชุมหารือกับ Dr. Yoshiki Akahoshi ผู้เชี่ยวชาญด้านการพัฒนากัญชงสำหรับอุตสาหกรรมสิ่งทอ") == []
    # details/87663: a kind of business, not a name
    assert _names("เกษตรกร เตรียมเฮ พร้อมก้าวสู่การเป็น Service Provider ผู้ให้บริการด้านการเกษตร อย่างเต็มรูปแบบ") == []
    # details/44213: a meeting
    assert _names("รมว.เกษตรฯ กล่าวถ้อยแถลงในที่ประชุม Pre-Summit ผู้นำด้านระบบอาหารโลกของสหประชาชาติ") == []
