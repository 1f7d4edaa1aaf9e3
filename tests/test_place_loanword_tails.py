"""A venue's name going on in spaced English words written in Thai, to a word naming a kind of venue, is one place
(briefing.thai.place_loanword_tails), on sentences quoted verbatim from thaigov-v2 corpus releases outside the eval
dev files and the read bench sets.

What a reader expects: the whole name (Chang International Circuit, the Heritage Chiang Rai Hotel and Convention, the
IMPACT Forum Hall 4), not its first word with the city inside it listed as a place of its own; a hotel before a city
that only says where it is stays split (C3).
"""

from __future__ import annotations

from entity_helpers import places


def test_a_circuit_named_in_loanwords():
    # details/93508
    found = places("กำหนดจัดวันที่ 25 กุมภาพันธ์ - 3 มีนาคม ณ สนามช้าง อินเตอร์เนชั่นแนล เซอร์กิต จ.บุรีรัมย์ / ครั้งที่ 4")
    assert found == ["สนามช้าง อินเตอร์เนชั่นแนล เซอร์กิต", "จ.บุรีรัมย์"]


def test_a_city_inside_a_hotel_name_before_hotel():
    # details/67888
    found = places("ระหว่างวันที่ 2 - 3 พฤษภาคม 2566 ณ โรงแรมเฮอริเทจ เชียงราย โฮเทล แอนด์ คอนเวนชั่น อำเภอเมืองเชียงราย "
                   "จังหวัดเชียงราย / นายอิทธิพล")
    assert found[0] == "โรงแรมเฮอริเทจ เชียงราย โฮเทล แอนด์ คอนเวนชั่น"
    assert "เชียงราย" not in found


def test_a_hall_with_its_number():
    # details/94138
    found = places("เข้าร่วม ณ อาคารอิมแพ็ค ฟอรั่ม ฮอลล์ 4 ศูนย์แสดงสินค้าและการประชุม อิมแพ็ค เมืองทองธานี อ.ปากเกร็ด จ.นนทบุรี")
    assert found[0] == "อาคารอิมแพ็ค ฟอรั่ม ฮอลล์ 4"


def test_a_hotel_name_to_its_convention_center():
    # details/48315
    found = places("ซึ่งจัดขึ้นในรูปแบบผสม ณ  โรงแรม ดิ อิมพีเรียล โฮเทล แอนด์ คอนเวนชั่น เซ็นเตอร์ โคราช จังหวัดนครราชสีมา")
    assert found[0] == "โรงแรม ดิ อิมพีเรียล โฮเทล แอนด์ คอนเวนชั่น เซ็นเตอร์"


def test_resort_and_spa():
    # details/80346
    found = places("ดา แทนทรัพย์ เลขานุการ รมว.อว. เข้าร่วม ณ โรงแรมเรเนซองส์ พัทยา รีสอร์ท แอนด์ สปา จังหวัดชลบุรี")
    assert "โรงแรมเรเนซองส์ พัทยา รีสอร์ท แอนด์ สปา" in found and "พัทยา" not in found


def test_a_city_after_a_hotel_stays_a_place_of_its_own():
    # details/85580: Pattaya says where the Dusit Thani is; no venue word follows it
    found = places("through E-Workforce Ecosystem Platform” ณ โรงแรมดุสิตธานี พัทยา จ. ชลบุรี ซึ่งจัดขึ้นโดยสถาบัน")
    assert found[:2] == ["โรงแรมดุสิตธานี", "พัทยา"]
