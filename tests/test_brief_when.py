"""When the brief says a release's event happened: never a date from its history."""

from __future__ import annotations

import datetime as dt

from briefing.model import Release
from briefing.summary.offline import make_brief
from briefing.thai import analyze


def _brief(body: str, date: dt.date) -> str:
    release = Release(title=body.split(" ", 1)[0], body=body, date=date)
    return make_brief(release, analyze(release)).brief


def test_a_founding_date_is_not_the_event_s() -> None:
    # details/87842 (2024-09-10): the brief of the fund's offer said '... on 1 July 2003', the date the fund was
    # founded (the first full date of the body)
    body = ("กองทุนรวมวายุภักษ์ หนึ่ง พร้อมเสนอขายหน่วยลงทุนแก่ผู้ลงทุนทั่วไป นายวรา ผู้จัดการ เปิดเผยว่า "
            "กองทุนรวมวายุภักษ์ หนึ่ง จัดตั้งขึ้นเมื่อวันที่ 1 กรกฎาคม 2546 ตามมติคณะรัฐมนตรี")
    brief = _brief(body, dt.date(2024, 9, 10))
    assert "2003" not in brief, brief


def test_the_event_s_own_date_is_kept() -> None:
    body = "วันนี้ (5 กันยายน 2567) นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรี ณ ทำเนียบรัฐบาล"
    assert "on 5 September 2024" in _brief(body, dt.date(2024, 9, 10))
