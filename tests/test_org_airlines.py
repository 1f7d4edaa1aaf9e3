"""Airlines named after สายการบิน (briefing/thai/airlines.py; written for org_airlines.py, which merged into it).

Real cases (read sets and the thaigov-v2 archive):
- heldout88 h01: "ผู้โดยสารของสายการบินไชน่าแอร์ไลน์ (CHINA AIRLINES)": the airline, and its Latin name (was neither);
- heldout88 h05: "กรณีสายการบินสิงคโปร์แอร์ไลน์ เที่ยวบิน SQ321" (was nothing);
- heldout76 h06: "ที่เดินทางด้วยสายการบินไทย เที่ยวบิน TG 663" (was nothing);
- details/57689-style: "ของสายการบินนกแอร์ที่ประสบเหตุไถลออกนอกทางวิ่ง": the name ends at นกแอร์, not at the clause;
- "สายการบินไทยและต่างประเทศ", "สายการบินต้นทุนต่ำ": kinds of airline, none taken;
- "พร้อมด้วยสายการบิน ไทย ไลอ้อน แอร์" (details/97142): spaced, no airline word glued: not cut to "สายการบิน ไทย".
"""

from briefing.model import Release
from briefing.thai import airlines, analyze


def _orgs(body: str) -> list[str]:
    return [e.text for e in analyze(Release(title="x", body=body)).entities if e.type == "organisation" and e.field == "body"]


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in airlines.find_airlines(text)]


def test_airlines_by_their_airline_word():
    assert _found("เช่น สายการบินนกแอร์ สายการบินไทยแอร์เอเชีย สายการบินไทยเวียตเจ็ท เป็นต้น") == [
        "สายการบินนกแอร์", "สายการบินไทยแอร์เอเชีย", "สายการบินไทยเวียตเจ็ท"]
    assert _found("การเคลื่อนย้ายเครื่องบินของสายการบินนกแอร์ที่ประสบเหตุไถลออกนอกทางวิ่ง") == ["สายการบินนกแอร์"]
    assert _found("คือ สายการบินบางกอกแอร์เวย์ส จำนวน 270 เที่ยวบิน") == ["สายการบินบางกอกแอร์เวย์ส"]


def test_the_flag_carrier_alone_and_kinds():
    assert _found("นักท่องเที่ยวจีนที่เดินทางด้วยสายการบินไทย เที่ยวบิน TG 663") == ["สายการบินไทย"]
    assert _found("สายการบินไทยและต่างประเทศ รวมถึงสายการบินต้นทุนต่ำ และสายการบินต่าง ๆ") == []
    assert _found("พร้อมด้วยสายการบิน ไทย ไลอ้อน แอร์ โดยทุกภาคส่วน") == []


def test_airline_and_its_latin_name_are_organisations():
    orgs = _orgs("โดยตรวจสอบบัญชีรายชื่อผู้โดยสารของสายการบินไชน่าแอร์ไลน์ (CHINA AIRLINES) เดินทางออกจากท่าอากาศยานสุวรรณภูมิ")
    assert "สายการบินไชน่าแอร์ไลน์" in orgs and "CHINA AIRLINES" in orgs
    assert "สายการบินสิงคโปร์แอร์ไลน์" in _orgs("ขอบคุณฝ่ายไทยที่ช่วยเหลือกรณีสายการบินสิงคโปร์แอร์ไลน์ เที่ยวบิน SQ321")


def test_a_list_of_airlines_is_one_airline_each():
    # details/… (archive 19707): a list of carriers, each written with its head word
    text = "ได้แก่ สายการบินไทยสมายล์ สายการบินนกแอร์ และสายการบินแอร์เอเชีย"
    assert _found(text) == ["สายการบินไทยสมายล์", "สายการบินนกแอร์", "สายการบินแอร์เอเชีย"]
    assert _found("ได้แก่ สายการบินไทย สายการบินไทยแอร์เอเชีย สายการบินบางกอกแอร์เวย์ส") == [
        "สายการบินไทย", "สายการบินไทยแอร์เอเชีย", "สายการบินบางกอกแอร์เวย์ส"]
