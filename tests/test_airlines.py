"""Airlines named after สายการบิน (briefing/thai/airlines.py).

Each sentence is quoted from a release of the thaigov.go.th archive (its source URL in the comment), outside every
held-out set and the dev set.
"""

from __future__ import annotations

from briefing.thai.airlines import find_airlines
from briefing.thai.entities import find_entities


def _airlines(text: str) -> list[str]:
    return [text[a:b] for a, b in find_airlines(text)]


def _orgs(body: str) -> list[str]:
    entities, _ = find_entities("", body)
    return [e.text for e in entities if e.type == "organisation"]


# details/34626: Thai carriers in a list, each closed by an airline word (แอร์, แอร์เวย์ส) or written with a tail
CARRIERS = ("สมายล์แอร์เวย์ สายการบินไทยไลอ้อนแอร์ สายการบินไทยเวียตเจ็ท สายการบินนกแอร์ "
            "และสายการบินบางกอกแอร์เวยส์ โดยได้มีข้อเสนอรวม 3")
# details/48888: a foreign carrier in Latin letters after the head word
LATIN = ("สำหรับแรงงานไทยที่ประสงค์จะเดินทางกลับ สายการบิน Ethiopian Airlines จะให้บริการเที่ยวบิน ET608 เข้า "
         "ประเทศไทย")
# details/51984: a carrier named without an airline word, from the list of such names
NAMED = "ระหว่างการท่องเที่ยวแห่งประเทศไทย (ททท.) กับสายการบินเอมิเรตส์ ณ เมืองดูไบ สหรัฐอาหรับเอมิเรตส์"
# details/46645: the name written with a space after ไทย
SPACED = "ประธานคณะกรรมการบริษัทสายการบินไทย ไลอ้อนแอร์ ร่วมเป็นสักขีพยาน"
# details/41272: the word for airlines in general
GENERIC = "เจ้าหน้าที่ด่านควบคุมโรคติดต่อระหว่างประเทศ ทสภ. และตัวแทนจากสายการบินต่าง ๆ ร่วมให้บริการ"


def test_thai_names_closed_by_an_airline_word() -> None:
    # แอร์เวยส์, the archive's other spelling of แอร์เวย์ส, closes the last name whole (not cut to บางกอกแอร์)
    assert _airlines(CARRIERS) == ["สายการบินไทยไลอ้อนแอร์", "สายการบินไทยเวียตเจ็ท", "สายการบินนกแอร์",
                                   "สายการบินบางกอกแอร์เวยส์"]


def test_latin_name_after_the_head_word() -> None:
    assert _airlines(LATIN) == ["Ethiopian Airlines"]  # the English name alone, as tests/test_latin_orgs.py has it
    assert "Ethiopian Airlines" in _orgs(LATIN)


def test_listed_name_without_an_airline_word() -> None:
    assert "สายการบินเอมิเรตส์" in _orgs(NAMED)


def test_name_written_with_a_space() -> None:
    assert _airlines(SPACED) == ["สายการบินไทย ไลอ้อนแอร์"]


def test_airlines_in_general_are_no_airline() -> None:
    assert _airlines(GENERIC) == []
    assert _airlines("ตามที่สายการบินที่ใช้บริการนกแอร์ได้แจ้ง") == []
    assert _airlines("สายการบินไทยแห่งหนึ่งได้ประกาศ") == []
    assert _airlines("สายการบิน Low-cost หลายราย") == []


def test_english_name_in_brackets_is_a_name_too() -> None:
    # details/98040's wording (a customs arrest at Suvarnabhumi), as the read golds list it: the Thai name and its English
    found = _orgs("ตรวจสอบบัญชีรายชื่อผู้โดยสารของสายการบินไชน่าแอร์ไลน์ (CHINA AIRLINES) เดินทางออกจากท่าอากาศยาน")
    assert "สายการบินไชน่าแอร์ไลน์" in found and "CHINA AIRLINES" in found
