"""Hotel, hall and mall names written in Thai letters get their English words (loanwords.toml, session 21), a mall
its kind ('Shopping Centre', venues.toml) and Thai digits their Arabic form, instead of a letter-by-letter reading
('Hyatt Richensi Hotel', 'Kankha Thoeminon Ri Centre').

Each sentence is quoted from a corpus release outside the bench sets (its source in the comment).
"""

from __future__ import annotations

from entity_helpers import place_english


def test_a_hotel_brand_and_its_line() -> None:
    # details/98485
    body = ("ผู้ว่าการธนาคารแห่งประเทศไทย ประธานในพิธีมอบรางวัล ณ โรงแรมไฮแอท รีเจนซี่ กรุงเทพฯ เมื่อวันที่ 16 กรกฎาคม 2568")
    assert place_english(body)["โรงแรมไฮแอท รีเจนซี่"] == "Hyatt Regency Hotel"


def test_every_word_of_a_hotel_name_in_english() -> None:
    # details/92439
    body = ("(The 5th ASEAN Digital Ministers’ Meeting: ADGMIN) ณ โรงแรมอวานี พลัส ริเวอร์ไซด์ กรุงเทพฯ "
            "โดยมีผู้แทนจาก 10 ประเทศสมาชิก")
    assert place_english(body)["โรงแรมอวานี พลัส ริเวอร์ไซด์"] == "Avani Plus Riverside Hotel"


def test_a_mall_is_a_shopping_centre_and_its_thai_digits_are_numbers() -> None:
    # details/85299
    body = ("การบูรณาการแก้ไขปัญหายาเสพติดระยะเร่งด่วนจากนายกรัฐมนตรี ณ ศูนย์การค้าเทอร์มินอล ๒๑ โคราช ตำบลในเมือง "
            "อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา")
    english = place_english(body)
    assert english["ศูนย์การค้าเทอร์มินอล ๒๑"] == "Terminal 21 Shopping Centre"


def test_a_hall_of_an_exhibition_centre() -> None:
    # details/97292
    body = ("กำหนดจัดขึ้นระหว่างวันที่ 7-15 มิ.ย. 68 ณ อาคารชาเลนเจอร์ 1-3 ศูนย์แสดงสินค้าและการประชุมอิมแพค เมืองทองธานี")
    assert place_english(body)["อาคารชาเลนเจอร์ 1-3"] == "Challenger 1-3 Building"


def test_a_building_numbered_in_thai_digits() -> None:
    # corpus shape (อาคาร ๒ after ณ, as many ministries number their buildings)
    assert place_english("ประชุมคณะทำงาน ณ อาคาร ๒ ชั้น ๓ เมื่อวันที่ 5 มีนาคม")["อาคาร ๒"] == "Building 2"
