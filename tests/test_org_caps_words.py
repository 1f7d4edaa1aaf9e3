"""THAI in capitals is Thai Airways only when it stands alone (thai/org_caps_words.py).

Each sentence is quoted from a corpus release (its source in the comment).
"""

from __future__ import annotations

from entity_helpers import orgs


def test_thai_inside_another_name_is_no_airline() -> None:
    # details/98256: an app
    assert "THAI" not in orgs("the residents in risk areas to closely follow up on official notifications, either via "
                              "the “THAI DISASTER ALERT” application and online channels of the Department")
    # details/86491: a shop
    assert "THAI" not in orgs("ส่งเสริมการค้าออนไลน์ข้ามพรมแดน (cross-border e-commerce) โดยจัดตั้งร้าน TOP THAI "
                              "บนแพลตฟอร์ม e-Commerce ต่างชาติพันธมิตร")
    # details/40848: a bank's name in a list
    assert "THAI" not in orgs("และ Truemoney Wallet ธนาคารกรุงไทย, ธกส., CIMB THAI, ออมสิน, กรุงศรีอยุธยา, ไทยพาณิชย์, UOB")


def test_thai_alone_is_the_airline() -> None:
    # details/48011
    assert "THAI" in orgs("the Prime Minister also listened to the briefing on the progress of Thai Airways International "
                          "Plc's (THAI) debt-rehabilitation plan. According to the briefing")
