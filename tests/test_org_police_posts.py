"""A police unit written inside its chief's abbreviated post (briefing/thai/org_police_posts.py): ผบช.ภ.9 -> ภ.9.

What a reader expects (thaigov-v2 releases outside bench and dev; the read golds list the unit in 4 of 4 such posts
outside a bracket: heldout5 h03 ภ.9, heldout8 h02 ตม.จว.สระแก้ว, heldout94 h05 ภ.จ.เชียงราย, heldout130 h17 ตอท.):
- details/60923 "รอง ผบก.ภ.จว.ศรีสะเกษ": the provincial police, ภ.จว.ศรีสะเกษ (was only the province, a place);
- details/61611 "ผกก.สภ.กระทุ่มแบน": the station, สภ.กระทุ่มแบน (was nothing);
- details/80959 "ผบก.ตอท.,": ตอท. (was nothing);
- details/52348 "ผบก.ปส.3": ปส.3 (was ปส.);
- details/52931 "รอง ผบก.สส.ภ.๔/คณะทำงาน...": สส.ภ.๔;
- details/63933 "ผบช.สอท.นั้น": สอท.;
- details/40897 "ผกก.สภ.แม่พริก จ.ลำปาง": สภ.แม่พริก;
- details/82815 "(ผบช.สอท.)" after the post written out: nothing (the bracket glosses the post);
- details/81318 "รอง ผบช.น.", details/63622 "รอง ผกก.สส. ตั้งจุดตรวจ": nothing (a one- or two-letter code alone);
- details/68134 "รอง ผกก.ผอ.3 บก.อก.สตม.": nothing from ผอ.3.
"""

from briefing.thai import org_police_posts
from briefing.thai.entities import find_entities


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in org_police_posts.find(text)]


def _orgs(text: str) -> list[str]:
    return [e.text for e in find_entities("", text)[0] if e.type == "organisation"]


def test_unit_codes_with_province_station_or_number():
    assert _found("พ.ต.อ.ศุภชัย ศักรินพานิชกุล รอง ผบก.ภ.จว.ศรีสะเกษ นายสุกิจ เหลืองสกุลไทย") == ["ภ.จว.ศรีสะเกษ"]
    assert _found("พ.ต.อ.เสรีฐกาญจน์ จันทร์ด้วง ผกก.สภ.กระทุ่มแบน พ.ต.ท.วุฒิชัย") == ["สภ.กระทุ่มแบน"]
    assert _found("พล.ต.ต.บรรพต มุ่งขอบกลาง ผบก.ปส.3 ให้การต้อนรับ") == ["ปส.3"]
    assert _found("พ.ต.อ.ภาคภูมิ พิศมัย รอง ผบก.สส.ภ.๔/คณะทำงานชุดปฏิบัติการพิเศษฯ ให้ดำเนินการ") == ["สส.ภ.๔"]
    assert _found("พ.ต.อ.นภดล ใบเรือ ผกก.สภ.แม่พริก จ.ลำปาง ให้การต้อนรับ") == ["สภ.แม่พริก"]
    assert _found("พล.ต.ท.อาชาน จันทร์ศิริ รอง ผบช.ภ.9 พันตำรวจโท วรรณพงษ์") == ["ภ.9"]


def test_bare_codes_of_three_letters():
    assert _found("พล.ต.ต.ชูศักดิ์ ขนาดนิด ผบก.ตอท., พล.ต.ต.จิตติพนธ์") == ["ตอท."]
    assert _found("มาร้องเรียนต่อ ผบช.สอท.นั้น ได้มี") == ["สอท."]


def test_not_units():
    assert _found("ผู้บัญชาการตำรวจสืบสวนสอบสวนอาชญากรรมทางเทคโนโลยี (ผบช.สอท.) นายธสรณ์อัฑฒ์") == []
    assert _found("พลตำรวจตรี ทินกร รังมาตย์ รอง ผบช.น. นายอุดมชัย โลหณุต") == []
    assert _found("พ.ต.ท.ปิยะวัฒน์ สุพรรณพงศ์ รอง ผกก.สส. ตั้งจุดตรวจจุดสกัด") == []
    assert _found("พ.ต.ท.ณรงค์วิทย์ สุกหอม รอง ผกก.ผอ.3 บก.อก.สตม. รายงานผล") == []


def test_in_the_entities():
    orgs = _orgs("นายเวทางค์ พ่วงทรัพย์ รองปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม, พ.ต.อ ไพโรจน์ หมื่นกล้าหาญ รอง ผบก.ตอท. รับเรื่องร้องเรียน")
    assert "ตอท." in orgs
    assert "ภ.จว.สระแก้ว" in _orgs("พล.ต.ต.สมชาย ใจดี ผบก.ภ.จว.สระแก้ว พร้อมด้วยเจ้าหน้าที่")
