"""Latin names in brackets right after a Thai organisation, found when no head word names them (thai/org_latin_glosses.py).

Each sentence is quoted from a corpus release (its source in the comment). Before the rule the Latin name was no
organisation: it has no head word a Latin rule reads (Austrade, Interpol), or its head is a plural (Centers).
"""

from __future__ import annotations

from entity_helpers import orgs

from briefing.thai import org_latin_glosses


def test_latin_name_after_thai_body() -> None:
    # details/71032: a list of Australian bodies, the trade office's name glossed
    found = orgs("กับหน่วยงานด้านการค้าและการลงทุน เช่น กระทรวงการต่างประเทศและการค้า กระทรวงการคลัง "
                 "สำนักงานพาณิชย์และการลงทุนออสเตรเลีย (Austrade) สำนักงานการลงทุนแห่งรัฐนิวเซาท์เวลส์")
    assert "สำนักงานพาณิชย์และการลงทุนออสเตรเลีย" in found and "Austrade" in found
    # details/71580
    assert "Interpol" in orgs("สำนักงานสภาความมั่นคงแห่งชาติ สถานทูตต่างๆ องค์การตำรวจสากล (Interpol) "
                              "สำนักงานป้องกันและปราบปรามยาเสพติด")


def test_name_and_acronym_after_a_colon() -> None:
    # details/53736: the plural Centers is no head word; the acronym spells the name's initials
    found = orgs("มีความยินดีที่ได้รับทราบกรณีที่ศูนย์ควบคุมและป้องกันโรค (Centers for Disease Control and "
                 "Prevention : CDC) สหรัฐอเมริกา ได้ยกเลิกคำเตือนห้ามประชาชนเดินทางมายัง")
    assert "Centers for Disease Control and Prevention" in found and "CDC" in found


def _found(text: str, body: str) -> list[str]:
    start = text.index(body)
    return [text[a:b] for a, b in org_latin_glosses.find(text, [(start, start + len(body))], [])]


def test_bracket_of_a_phrase_or_a_thing_is_left() -> None:
    # details/99435: the bracket glosses the meeting; the ministry is only the tail of the phrase
    assert _found("ประธานการประชุมผู้บริหารกระทรวงดีอี (Top Executives) ครั้งที่ 7/2568", "กระทรวงดีอี") == []
    # details/83682: the department's emblem
    assert _found("พร้อมตราสัญลักษณ์กรมการจัดหางาน (Logo) ประกาศรับสมัครผู้รับงานไปทำที่บ้าน", "กรมการจัดหางาน") == []
    # details/74809: a factor group, ordinary English words (a rule typed the Thai group a body)
    assert _found("คือ กลุ่มปัจจัยด้านระบบตลาด (Market sophistication) ซึ่งไทยอยู่ในอันดับที่ 22", "กลุ่มปัจจัยด้านระบบตลาด") == []
