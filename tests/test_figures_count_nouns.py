"""Nouns that count themselves after a number (ทั้ง 4 มิติ, 7 ภาคีเครือข่าย, 2 ช่องทาง), and short classifiers
with the next word glued on ('50 เขตและ'): counts, as GUIDELINES' "a number of discrete things with a
classifier/noun". Each text is quoted word for word from a thaigov-v2 corpus release (details id given);
none is from the dev or held-out sets."""

from briefing.thai.figures import find_figures


def counts(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.english) for f in find_figures(text, "body")]


def test_nouns_that_count_themselves() -> None:
    # 42077 (2021-05-25), 87379 (2024-08-23), 36102 (2020-10-21)
    assert counts("หมายถึง ภาวะทางสุขภาพทั้ง 4 มิติ (กาย จิตใจ สังคม และปัญญา)") == [("4 มิติ", 4, "4 dimensions")]
    assert counts("คือ การบูรณาการกับ 7 ภาคีเครือข่าย จัดกิจกรรมส่งเสริมในด้านต่าง") == [
        ("7 ภาคีเครือข่าย", 7, "7 partner networks")]
    assert counts("เป็นวันแรก ผ่าน 2 ช่องทาง คือ Application : GHB ALL") == [("2 ช่องทาง", 2, "2 channels")]


def test_a_function_word_glued_after_a_short_classifier_ends_the_count() -> None:
    # 52005 (2022-02-28): 'all 50 districts and every province'; 54464 (2022-05-11): '4 teams from 4 regions'
    assert counts("ระดับพื้นที่ในกรุงเทพมหานคร ทั้ง 50 เขตและทุกจังหวัด เพื่อสนับสนุน") == [("50 เขต", 50, "50 zones")]
    assert ("4 ทีม", 4, "4 teams") in counts("จากตัวแทนทีมเด็กอวด (ทำ) ดี จำนวน 4 ทีมจาก 4 ภาค ก่อนที่")


def test_a_name_glued_after_a_classifier_is_no_count() -> None:
    # 98965 (2025-07-28): Wing 6, then Mr Phumtham; 89843 (2024-11-04): Rama VI Road, Phaya Thai district
    assert counts("กองทัพอากาศ กองบิน 6  นายภูมิธรรม เวชยชัย รองนายกรัฐมนตรี") == []
    assert counts("กระทรวงการคลัง ถนนพระรามที่ 6 เขตพญาไท กรุงเทพฯ นางสาวแพทองธาร") == []


def test_more_nouns_that_count_themselves() -> None:
    # session 5 (issue 11): ministries, topics, varieties, industries
    # 78236 (2024-01-31), 53118 (2022-11-05), 70924 (2023-08-03), 77452 (2024-01-15)
    assert counts("ได้สั่งการให้ 5 กระทรวง ประกอบด้วย กระทรวงกลาโหม") == [("5 กระทรวง", 5, "5 ministries")]
    assert counts("และมีหัวข้อหลักในการประชุม จำนวน 8 หัวข้อ ได้แก่ นโยบายขับเคลื่อนการบริหารรัฐกิจ") == [
        ("8 หัวข้อ", 8, "8 topics")]
    assert counts("ตั้งแต่ฤดูปลูกปี 2560 – 2563 พบจำนวน 8 สายพันธุ์ที่มีศักยภาพในการให้ผลผลิตสูง") == [
        ("8 สายพันธุ์", 8, "8 varieties")]
    assert counts("การพัฒนาอุตสาหกรรมซอฟต์พาวเวอร์ 11 อุตสาหกรรมของส่วนราชการและหน่วยงานของรัฐ") == [
        ("11 อุตสาหกรรม", 11, "11 industries")]


def test_the_19_of_covid_19_is_no_count() -> None:
    # 48888 (2022-11-05): the Omicron variant of COVID-19, not 19 varieties
    assert counts("องค์การอนามัยโลกประกาศให้โควิด -19 สายพันธุ์ “โอไมครอน” ที่แพร่ระบาดในทวีปแอฟริกา") == []
    # 56404 (2022-11-05): new COVID-19 cases, 2,354 of them
    assert counts("สำหรับสถานการณ์การแพร่ระบาดของโควิด-19 วันนี้ พบผู้ติดเชื้อโควิด-19 รายใหม่ จำนวน 2,354 ราย "
                  "จำแนกเป็น") == [("2,354 ราย", 2354, "2,354 cases")]


def test_a_room_named_in_latin_letters_and_a_number_is_no_count() -> None:
    # 90422 (2024-11-20): Ballroom 1 on the 6th floor
    assert counts("เข้าร่วม ณ ห้อง Ballroom 1 ชั้น 6 โรงแรมอมารี วอเตอร์เกท") == []


def test_round_five_nouns_that_count_themselves() -> None:
    # session 6 (issue 11), counted after unread numbers on 4,000 random corpus releases
    # details/37885, 41413, 47358, 63920, 61122, 43543, 51249, 83562, 64649, 50610, 47156
    assert counts("โฆษก ศบค. ย้ำ “ไม่มีล็อคดาวน์ประเทศ” แบ่ง 4 พื้นที่ บริหารตามสถานการณ์") == [("4 พื้นที่", 4, "4 areas")]
    assert counts("- ทางพิเศษศรีรัช จำนวน 31 ด่าน\n- ทางพิเศษอุดรรัถยา จำนวน 10 ด่าน\nในวันอังคาร") == [
        ("31 ด่าน", 31, "31 checkpoints"), ("10 ด่าน", 10, "10 checkpoints")]
    assert counts("ได้จ่ายเงินชดเชยส่วนต่างทั้งสิ้น 9 งวด โอนเงินชดเชยให้เกษตรกรแล้ว") == [("9 งวด", 9, "9 instalments")]
    assert counts("ไปทำงานต่างประเทศอย่างถูกต้องตามกฎหมาย ซึ่งมี 5 วิธี คือ 1.บริษัทจัดหางานจัดส่ง") == [
        ("5 วิธี", 5, "5 methods")]
    assert counts("ประกอบด้วย ผลงานประเภทผ้า จำนวน 61 ผืน และงานหัตถกรรม จำนวน 10 ชิ้น") == [
        ("61 ผืน", 61, "61 pieces"), ("10 ชิ้น", 10, "10 pieces")]
    assert counts("รมว.สุชาติ หารือร่วม 3 สมาคม ผุดมาตรการเสริม") == [("3 สมาคม", 3, "3 associations")]
    assert ("325 สำรับ", 325, "325 decks") in counts("ยาสูบ จำนวน 5,188 ซอง ไพ่ จำนวน 325 สำรับ น้ำมัน")
    assert counts("จัดที่พักฟรี และจัดอาหาร 3 มื้อ โดยไม่คิดค่าใช้จ่าย") == [("3 มื้อ", 3, "3 meals")]
    assert ("2 สมัย", 2, "2 terms") in counts("ซึ่งบัญญัติให้ 1 ปี มีสมัยประชุมสามัญของรัฐสภา 2 สมัย สมัยหนึ่งให้กำหนดเวลา 120 วัน")
    assert counts("ทดสอบภูมิคุ้มกันจากวัคซีนที่มีการใช้ในประเทศไทย 8 สูตร ได้แก่ ซิโนแวค") == [("8 สูตร", 8, "8 formulas")]
    assert ("790 ยูนิต", 790, "790 units") in counts("ก่อสร้างอาคารคอนโดมิเนียม 10 อาคาร รวม 790 ยูนิต โดยมียูนิต")


def test_scores_and_decades_are_quantities() -> None:
    # details/100182 (a volleyball group table), details/55998
    assert counts("ส่วนทีมเนเธอร์แลนด์ชนะ 3 นัดรวด มี 7 คะแนน ครองอันดับ 1 ของกลุ่ม")[-1] == ("7 คะแนน", 7, "7 points")
    assert counts("ด้วยความสัมพันธ์ที่ดีระหว่างกันมากว่า 4 ทศวรรษ โดยเฉพาะด้านการค้า") == [
        ("4 ทศวรรษ", 4, "over 4 decades")]


def test_a_kilometre_post_is_no_distance() -> None:
    # details/46401: highway kilometre posts (km 30 + 000 m), not 700 km
    assert counts("น้ำท่วมสูง 60 เซนติเมตร (ช่วง กม. ที่ 30+000 - 30+700 กม. ที่ 32+400 - 32+600 กม. ที่ 36+500") == [
        ("60 เซนติเมตร", 60, "60 cm")]


def test_kilocalories_are_no_kilograms() -> None:
    # details/67286 (2023-04-13): healthy menus, 'at most 600 kilocalories'
    assert counts("ค่าพลังงานน้อยกว่าหรือเท่ากับ 600 กิโลแคลอรี, ไขมันน้อยกว่าหรือเท่ากับ 10 กรัม") == [
        ("600 กิโลแคลอรี", 600, "600 kcal"), ("10 กรัม", 10, "10 grams")]


def test_ordinals_and_of_after_a_number_are_no_counts() -> None:
    # details/63605 (quarter 3 of 2565), 93110 (the 1st Army of the PRC), 54125 (the 10th reign of the Chakri
    # dynasty), 42789 ('gate 1 only'), 100355 (the 2nd aviation battalion, Army Aviation Centre)
    assert counts("ดัชนีความเชื่อมั่นผู้ประกอบการ MSME ไตรมาสที่ 3 ปี 2565 มีค่าเฉลี่ย") == []
    assert counts("สาธารณรัฐประชาชนจีน นายพลกองทัพที่ 1 แห่งสาธารณรัฐประชาชนจีน นายจาง") == []
    assert counts("เป็นสมเด็จพระเจ้าอยู่หัว รัชกาลที่ 10 แห่งพระบรมราชจักรีวงศ์ โดยทรง") == []
    assert counts("ส่วนเข็มที่ 2 ขอให้เข้าประตูที่ 1 เท่านั้น ขอให้มาตามเวลานัด") == []
    assert counts("จำนวน 2 เครื่อง จากกองพันบินที่ 2 ศูนย์การบินทหารบก ลำเลียงน้ำดื่ม") == [
        ("2 เครื่อง", 2, "2 machines")]


def test_temples_nights_funds_and_piers() -> None:
    # counted after unread numbers on 3,000 random corpus releases (seed 11); details/77758, 40420, 50542, 76414
    assert counts("ทั่วทุกภาค โดยมีเป้าหมายจำนวน 4,360 วัด ภายในเดือนกุมภาพันธ์") == [("4,360 วัด", 4360, "4,360 temples")]
    assert counts("เวลาการเดินทางอย่างน้อย 3 วัน 2 คืน และข้ามจังหวัด") == [
        ("3 วัน", 3, "at least 3 days"), ("2 คืน", 2, "2 nights")]
    assert counts("ปี 2565 จำนวน 62 กองทุน เป็นเงิน") == [("62 กองทุน", 62, "62 funds")]
    assert counts("ปรับปรุงเสร็จแล้ว จำนวน 9 ท่า อยู่ระหว่าง") == [("9 ท่า", 9, "9 piers")]


def test_banks_phone_numbers_elephants_and_new_kinds() -> None:
    # details/60744, 83950, 90368, 79525 (a title: ten new rice varieties)
    assert counts("จับมือสมาคมธนาคารไทย ดึง 15 ธนาคาร ยักษ์ใหญ่เข้าร่วมจ้างงานคนพิการ") == [("15 ธนาคาร", 15, "15 banks")]
    assert counts("ถูกระงับซิมชั่วคราวไปแล้วทั้งสิ้น 2.3 ล้านเลขหมาย\nขณะที่") == [
        ("2.3 ล้านเลขหมาย", 2.3e6, "2.3 million numbers")]
    assert counts("ตื่นตาตื่นใจกับช้างกว่า 150 เชือก โดยถ่ายทอดเรื่องราว") == [("150 เชือก", 150, "over 150 elephants")]
    assert counts("กรมการข้าว เตรียมคลอดข้าว 10 สายพันธุ์ใหม่ ชูคุณภาพดี") == [("10 สายพันธุ์", 10, "10 varieties")]
    # details/39690: a date, then a bank's name: no count of banks
    assert counts("โดยระหว่างวันที่ 6 – 7 มีนาคม 2564 ธนาคารกรุงไทย จำกัด (มหาชน)") == []


def test_the_number_of_pm_2_5_is_the_dust_not_a_time() -> None:
    # 91131 (2024-12-06): 'PM 2.5 in 2025' is no '2.5 years'; 88555 (2024-09-30): 'PM 2.5, production year 2023/24'
    assert counts("สธ.สั่งการทุกจังหวัดเข้มรับมือ PM 2.5 ปี 68 เน้น 4 มาตรการหลัก") == [("4 มาตรการ", 4, "4 measures")]
    assert counts("คุณภาพดีเพื่อลดฝุ่น PM 2.5 ปีการผลิต 2566/2567 เพื่อให้เกิดรายได้") == []
