"""Two span kinds from the blind draw bench/heldout137 (session 19, s19-bounds2, issue 11).

Sentences quoted from thaigov-v2 releases outside every bench set and dev (source ids in the comments).

1. A body after 'joined (the meeting) at' (เข้าร่วม ที่, เข้าร่วมประชุม ที่) or after a date's ที่, closing its line,
   is the meeting's venue: a place, as after ณ (dev gold 06 lists ที่ สำนักงานปลัดกระทรวงสาธารณสุข as a place;
   briefing/thai/places.py venue_after_at). What a reader expects: the ministry or office the meeting was held at is
   where (a place); a body after ที่ in mid-line ('which the ministry proposed') is not touched.
2. The body of the UN Secretary-General's post: newmm holds เลขาธิการสหประชาชาติ as one word, so the UN inside it
   was never listed; C1 lists a body inside a post (briefing/thai/entities.py _SEAT_POSTS).
"""

from __future__ import annotations

from entity_helpers import orgs, places


def test_joined_at_ministry_closing_the_line() -> None:
    # details/65610
    body = ("นายธนวัชร นิติกาญจนา ที่ปรึกษา รมว.ยุติธรรม พร้อมด้วยผู้บริหารกระทรวง เข้าร่วม ที่กระทรวงยุติธรรม\n"
            "โดยนายสมศักดิ์ กล่าวว่า")
    assert "กระทรวงยุติธรรม" in places(body)
    assert "กระทรวงยุติธรรม" not in orgs(body)


def test_joined_the_meeting_at_an_office() -> None:
    # details/80006 (bench/heldout137 h07)
    body = ("โดยมี นพ.ชลน่าน ศรีแก้ว รัฐมนตรีว่าการกระทรวงสาธารณสุข และคณะกรรมการ เข้าร่วมประชุม "
            "ที่สำนักงานปลัดกระทรวงสาธารณสุข\nโดยนายสมศักดิ์ เปิดเผยว่า")
    assert "สำนักงานปลัดกระทรวงสาธารณสุข" in places(body)
    assert "สำนักงานปลัดกระทรวงสาธารณสุข" not in orgs(body)
    assert "กระทรวงสาธารณสุข" in orgs(body)  # the minister's ministry stays a body


def test_dated_at_closing_the_line() -> None:
    # details/63781
    body = "รัฐบาลจัดกิจกรรมฉลองวันเด็กแห่งชาติ ประจำปี 2566 ในวันนี้ (14ม.ค.66) ที่กระทรวงศึกษาธิการ\nภายใต้แนวคิด เด็กดี วิถีไทย"
    assert "กระทรวงศึกษาธิการ" in places(body)


def test_which_the_ministry_proposed_stays_a_body() -> None:
    # details/28017 style: ที่ + a body + a verb, mid-line
    body = "ทั้งนี้ ร่างพระราชกฤษฎีกาฯ ที่ กระทรวงการคลังเสนอ มีสาระสำคัญ\n"
    assert "กระทรวงการคลัง" in orgs(body)
    assert "กระทรวงการคลัง" not in places(body)


def test_un_secretary_general_names_the_un() -> None:
    # details/99736, details/79188, details/71360
    assert "สหประชาชาติ" in orgs("ซึ่งไทยได้แจ้งเรื่องนี้ต่อเลขาธิการสหประชาชาติ เพื่อขอคำชี้แจงจากกัมพูชา")
    assert "สหประชาชาติ" in orgs("วันนี้ก่อนการประชุม ครม. รองเลขาธิการสหประชาชาติได้มาเข้าพบเพื่อพูดคุยหารือ")
    assert "สหประชาชาติ" in orgs("คือ นายอันโตนิโอ กูเตอร์เรส เลขาธิการสหประชาชาติ ได้ประกาศวิกฤตสภาพภูมิอากาศ")
