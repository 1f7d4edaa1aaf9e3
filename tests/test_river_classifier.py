"""place_precision: แม่น้ำ/คลอง with ของ glued to the next word ('rivers of ...') or สาย as a classifier before a kind
word ('main rivers') names no river (session 15). Texts quoted verbatim from corpus releases (none an eval dev file or
a held-out file), named above each. What a reader expects: no place for 'rivers of the north' or 'the main rivers';
the Sai River and the Mekong by its northern name stay places."""

from __future__ import annotations

from entity_helpers import places


def test_rivers_in_general_are_no_place() -> None:
    # details/87681
    assert not any(p.startswith("แม่น้ำ") for p in places(
        "งหวัดนครสวรรค์ กล่าวว่า สืบเนื่องจากสถานการณ์น้ำในแม่น้ำของภาคเหนือของประเทศไทย หลายพื้นที่ประสบปัญห"))
    # details/36155
    assert not any(p.startswith("แม่น้ำ") for p in places(
        " พร้อมจัดทำทะเบียนผู้ใช้น้ำ 5.เฝ้าระวังคุณภาพน้ำในแม่น้ำสายหลัก สายรอง 6.วางแผนการเพาะปลูกพืชฤดูแล้ง"))
    # details/86637
    assert not any(p.startswith("แม่น้ำ") for p in places(
        "ารณ์ขณะนี้ ล่าสุด เวลา 16.30 น. แนวโน้มปริมาณน้ำในแม่น้ำสายต่าง ๆ ที่ไหลผ่านแต่ละอำเภอของจังหวัดอยู่"))


def test_named_rivers_stay() -> None:
    assert "แม่น้ำสาย" in places("ข้ามแม่น้ำสายที่ อ. แม่สาย")
    assert "แม่น้ำของ" in places("ลงเรือในแม่น้ำของ ที่บ้านเวียงแก่น")
