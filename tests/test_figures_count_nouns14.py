"""Session 14 figures census: counts of nouns ORCHID has no tag for, "one of N things", addresses, ages, ranks,
outline numbers, and the units of a quake and of dust. Each text is quoted word for word from a thaigov-v2 corpus
release (details id given); none is from the dev or held-out sets.

What a reader expects (written before the rules): "จาก 41 สโมสร" 41 clubs; "จำนวน 16 เทศกาล" 16 festivals;
"ซึ่งมี 8 กลยุทธ์หลัก" 8 strategies; "1 ใน 6 ด้านของยุทธศาสตร์ชาติ" the strategy's 6 areas (as the read golds
list "1 ใน 5 ด้าน"), but "ติด 1 ใน 10" and "1 ใน 3 ของ" no count; "บุกจับ 2 ร้านค้าลักลอบ..." 2 shops; "ขนาด 6.4
ริกเตอร์" a magnitude; "37 - 537 ไมโครกรัมต่อลูกบาศก์เมตร" dust; "รวม 56,376 มวน" cigarettes; and no figure in
"ถนนเทศบาล 1 ตำบลท่าเรือ อำเภอท่าเรือ" (an address), "นักกรีฑาวัย 16 ปี" and "สิริรวมอายุ 54 ปี" (ages), "สูงสุด
10 อันดับแรก" (the top ten), "รถบรรทุก 10 ล้อขึ้นไป" (a kind of truck), "5.4 อุตสาหกรรมใหม่แห่งอนาคต" (an outline
number), "ประมาณ 70 กลางๆ" (mid-seventies)."""

from briefing.thai.figures import find_figures


def found(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.unit) for f in find_figures(text, "body")]


def test_nouns_orchid_does_not_tag_are_counted() -> None:
    # 99250 (clubs), 68473 (festivals), 76517 (strategies)
    assert ("41 สโมสร", 41, "clubs") in found(
        "นักกีฬาจากทั่วประเทศเข้าร่วมกว่า 367 คน จาก 41 สโมสร โดยการแข่งขันครั้งนี้ถือ")
    assert found("ความเป็นไทย 5F* จำนวน 16 เทศกาล เช่น ประเพณีกตัญญูคู่ฟ้า") == [("16 เทศกาล", 16, "festivals")]
    assert found("มีความเหมาะสมและเป็นรูปธรรม ซึ่งมี 8 กลยุทธ์หลัก ดังนี้") == [("8 กลยุทธ์", 8, "strategies")]


def test_an_untagged_word_counts_only_after_a_count_word() -> None:
    # 48062: wagons per train; 83608: five job lines
    assert found("รองรับการขนส่งสินค้าขบวนละ 26 แคร่") == [("26 แคร่", 26, "items (แคร่)")]
    assert found("ให้ได้รับเงินประจำตำแหน่งประเภทวิชาชีพเฉพาะ จำนวน 5 สายงาน (ได้แก่") == [
        ("5 สายงาน", 5, "items (สายงาน)")]


def test_a_long_classifier_glued_to_a_verb_or_a_word_still_counts() -> None:
    # 81260 (2 shops selling e-cigarettes); 76630 (three components)
    assert found("เข้มข้นต่อเนื่อง บุกจับ 2 ร้านค้าลักลอบขายบุหรี่ไฟฟ้า") == [("2 ร้านค้า", 2, "shops")]
    assert found("มากที่สุดต้องอาศัย 3 องค์ประกอบที่ต้องให้ความร่วมมือกัน คือ") == [
        ("3 องค์ประกอบ", 3, "components")]


def test_one_of_n_things_counts_the_n_things_but_not_a_rank_or_a_ratio() -> None:
    # 64066 (one of the national strategy's 6 areas); 37453 (one of 10 projects)
    assert found("พระราชบัญญัติดังกล่าวสอดคล้องกับ 1 ใน 6 ด้านของยุทธศาสตร์ชาติ ด้านการ") == [("6 ด้าน", 6, "areas")]
    assert found("ได้กำหนดให้งานสถานะบุคคลและสัญชาติ เป็น 1 ใน 10 โครงการสำคัญของกรมการปกครอง") == [
        ("10 โครงการ", 10, "projects")]
    assert found("ใจมากที่สุดติด 1 ใน 5 อันดับแรกใน") == []
    assert found("ล้านคน หรือราว 1 ใน 3 ของกำลังแรงงาน") == []


def test_an_address_number_before_a_named_subdistrict_is_no_count() -> None:
    # 81610: a shop's address on Thesaban 1 road
    assert found('"ร้านโซนิคเวฟ เลขที่ 80/35 ถนนเทศบาล 1 ตำบลท่าเรือ อำเภอท่าเรือ จังหวัดพระนครศรีอยุธยา') == []
    # a count of sub-districts in a district stays one
    assert found("ครอบคลุม 8 ตำบลในอำเภอเมือง จังหวัดสงขลา") == [("8 ตำบล", 8, "sub-districts")]


def test_ages_ranks_truck_classes_and_outline_numbers_are_no_figures() -> None:
    # 57657 (an athlete aged 16), 77640 (an obituary), 65435 (top ten), 66688 (10-wheel trucks),
    # 45523 (outline number 5.4), 91409 (the elderly in their mid-seventies)
    assert found("“บิว” ภูริพล บุญสอน นักกรีฑาวัย 16 ปี เจ้าของ 3 เหรียญทองซีเกมส์") == [("3 เหรียญ", 3, "medals")]
    assert found("เมื่อวันที่ 11 มกราคม 2567 สิริรวมอายุ 54 ปี") == []
    assert found("ที่ได้รับคะแนนสูงสุด 10 อันดับแรก ได้แก่ 1. Hong Kong-Style") == []
    assert found("รวมทั้งห้ามรถบรรทุก 10 ล้อขึ้นไปเดินรถใน 7 เส้นทาง") == [("7 เส้นทาง", 7, "routes")]
    assert found("5.4 อุตสาหกรรมใหม่แห่งอนาคต ที่เน้นการเสริมสร้าง") == []
    assert found("ไปจนถึงผู้สูงอายุประมาณ 70 กลางๆ ที่มีกิจกรรม") == []


def test_quake_magnitude_dust_and_cigarettes_have_units() -> None:
    # 74896 (quake), 66650 (dust), 60718 (cigarettes)
    assert found("จากกรณีที่เกิดแผ่นดินไหว ขนาด 6.4 ริกเตอร์ ศูนย์กลางอยู่บริเวณประเทศเมียนมา") == [
        ("6.4 ริกเตอร์", 6.4, "Richter")]
    assert found("ตรวจวัดได้ 37 - 537 ไมโครกรัมต่อลูกบาศก์เมตร ภาคตะวันออกเฉียงเหนือ") == [
        ("37", 37, "µg/m³"), ("537 ไมโครกรัมต่อลูกบาศก์เมตร", 537, "µg/m³")]
    assert found("ยี่ห้อต่างๆ จำนวน 20 รายการ รวม 56,376 มวน มูลค่า 331,711 บาท") == [
        ("20 รายการ", 20, "items"), ("56,376 มวน", 56376, "cigarettes"), ("331,711 บาท", 331711, "THB")]


def test_a_decimal_with_a_scale_word_counts_a_noun() -> None:
    # 65841: 279,000 hotel-room rights booked (a decimal is an outline number only without a scale word)
    assert found("มีการใช้สิทธิจองห้องพักกว่า 2.79 แสนสิทธิ จาก") == [("2.79 แสนสิทธิ", 279000, "items (สิทธิ)")]


def test_nap_and_rayawela_lead_thai_number_words() -> None:
    # 74561: 'hundreds of billions of baht' (as กว่าแสนล้านบาท); 81894: 'in a period of six months'
    assert found("สามารถสร้างรายได้ให้กับประเทศนับแสนล้านบาท และมีแนวโน้ม") == [("แสนล้านบาท", 1e11, "THB")]
    assert found("พร้อมย้ำว่า ระยะเวลาหกเดือนทำงานได้ขนาดนี้") == [("หกเดือน", 6, "months")]
    assert found("ทำงานมานับสิบปี") == []  # 'for decades', no figure


def test_the_thirty_baht_scheme_named_without_its_tail_is_no_price() -> None:
    # 68364 (the gold card), 97027 (30 บาทฯ); a real price of 30 baht stays money
    assert found("ระบบหลักประกันสุขภาพแห่งชาติ หรือ บัตรทอง 30 บาท ได้เปิดให้บริการ") == []
    assert found("ยืนยัน “นายกรัฐมนตรี“ สั่งการ 30 บาทฯ มีแต่เพิ่มการดูแลประชาชน") == []
    assert found("ราคาน้ำมันดีเซล 30 บาท/ลิตร") == [("30 บาท", 30, "THB")]
