"""Figures on real sentences from the thaigov-v2 corpus (path in each comment), and properties.

The eval dev files are deliberately not used here: these sentences come from other releases.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.model import Figure
from briefing.thai.figures import find_figures
from briefing.thai.units import load_units


def figures(text: str) -> list[tuple[str, str, float, str]]:
    return [(f.kind, f.text, f.value, f.unit) for f in find_figures(text, "body")]


def only(text: str) -> Figure:
    found = find_figures(text, "body")
    assert len(found) == 1, found
    return found[0]


# ---- money ----------------------------------------------------------------------------------

def test_money_with_scale_word_and_no_currency_in_a_money_headline() -> None:
    # 2023/08/11 ด้านเศรษฐกิจ_10_ca258db5 (title)
    text = "ธ.ก.ส. มุ่งสร้างระบบเศรษฐกิจอย่างยั่งยืน จัด 3.5 หมื่นล้าน หนุนสินเชื่อ BCG"
    f = only(text)
    assert (f.kind, f.text, f.value, f.unit) == ("money", "3.5 หมื่นล้าน", 3.5e10, "THB")
    assert f.english == "35 billion baht"


def test_money_in_us_dollars_with_qualifier() -> None:
    # 2025/05/29 ข่าวคณะโฆษก _3_ad117df6
    text = "สร้างรายได้กว่า 2,000 ล้านดอลลาร์สหรัฐ โดยปัจจุบันมีการจดทะเบียนสมรสแล้วถึง 15,231 คู่"
    money, pairs = find_figures(text, "body")
    assert (money.kind, money.value, money.unit, money.qualifier) == ("money", 2e9, "USD", "over")
    assert money.english == "over 2 billion US dollars"
    assert (pairs.kind, pairs.value, pairs.unit) == ("count", 15231, "pairs")


def test_money_in_thai_number_words() -> None:
    # 2024/01/14 ด้านความมั่นคง_2_5dfa328c
    text = "มีโทษจําคุกไม่เกินห้าปี หรือปรับไม่เกินหนึ่งแสนบาท หรือทั้งจําทั้งปรับ"
    years, fine = find_figures(text, "body")
    assert (years.text, years.value, years.unit, years.qualifier) == ("ห้าปี", 5, "years", "up to")
    assert (fine.text, fine.value, fine.unit) == ("หนึ่งแสนบาท", 1e5, "THB")
    assert fine.english == "up to 100,000 baht"


def test_money_yuan_and_odd_millions() -> None:
    # 2024/03 (short-drama market in China): "500 กว่าล้านบาท" is 500-odd million baht
    text = "มีมูลค่าอยู่ที่ 100,680 ล้านหยวน หรือ 500 กว่าล้านบาท"
    assert figures(text) == [("money", "100,680 ล้านหยวน", 100680e6, "CNY"),
                             ("money", "500 กว่าล้านบาท", 500e6, "THB")]


def test_money_range_gives_two_figures() -> None:
    # 2024/03 (gambling act penalties)
    text = "มาตรา 5 จำคุก 1-10 ปี ปรับ 20,000 – 200,000 บาท หรือทั้งจำทั้งปรับ"
    assert figures(text) == [("quantity", "1", 1, "years"), ("quantity", "10 ปี", 10, "years"),
                             ("money", "20,000", 20000, "THB"), ("money", "200,000 บาท", 200000, "THB")]


def test_money_in_english_release() -> None:
    # 2024/08/28 Government News _1_e648c06c
    text = ("exports in July 2024 which have increased 15.2% YoY, with a total value of "
            "USD25,720.6 million (938,285 million Baht), marking the")
    assert figures(text) == [("percent", "15.2%", 15.2, "%"),
                             ("money", "USD25,720.6 million", 25720.6e6, "USD"),
                             ("money", "938,285 million Baht", 938285e6, "THB")]


def test_english_amounts_one_after_another() -> None:
    # 2024/07/15 Government News _1_9f231e2f: "...from 10,000 Baht to 50,000 Baht. The Prime..."
    text = "narcotics operations from 10,000 Baht to 50,000 Baht. The Prime Minister"
    assert figures(text) == [("money", "10,000 Baht", 10000, "THB"), ("money", "50,000 Baht", 50000, "THB")]
    assert figures("fines of 1,000 Baht 2,000 Baht and") == [
        ("money", "1,000 Baht", 1000, "THB"), ("money", "2,000 Baht", 2000, "THB")]


def test_english_counts_with_words_between_and_attached_units() -> None:
    # 2022/11/06 Government News_22_094b2e8e
    text = ("prepared machineries and equipment for 5,382 water management centers throughout the "
            "country, and repaired and improved 649 water banks (for the total length of 6,440km) for")
    assert figures(text) == [("count", "5,382 water management centers", 5382, "centers"),
                             ("count", "649 water banks", 649, "banks"),  # any plural noun counts (any_noun)
                             ("quantity", "6,440km", 6440, "km")]


def test_money_and_percent_in_english_words() -> None:
    # 2025/09/03 Government News _63_aa7b1cd8
    text = ("international reserves stood at 262.4 billion US dollars, and public debt amounted to "
            "12.07 trillion Baht, accounting for 64.2 percent of GDP.")
    assert figures(text) == [("money", "262.4 billion US dollars", 262.4e9, "USD"),
                             ("money", "12.07 trillion Baht", 12.07e12, "THB"),
                             ("percent", "64.2 percent", 64.2, "%")]


def test_headline_abbreviation_for_million_baht() -> None:
    # 2020-2025 headlines abbreviate ล้านบาท as ลบ. ("...ใช้จ่ายพุ่งกว่า 2.5 แสน ลบ. ก.คลัง เดินหน้า...")
    f = only("สร้างเม็ดเงินใช้จ่ายพุ่งกว่า 2.5 แสน ลบ. ก.คลัง เดินหน้าลุยต่อ")
    assert (f.text, f.value, f.unit, f.english) == ("2.5 แสน ลบ.", 2.5e11, "THB", "over 250 billion baht")


def test_bare_english_scale_is_people_when_the_text_speaks_of_people() -> None:
    # 2025/09/03 Government News _63_aa7b1cd8 (without the word "people")
    text = "the number of inbound tourists during the first 7 months is at 19.3 million, a decrease"
    assert figures(text) == [("quantity", "7 months", 7, "months"), ("count", "19.3 million", 19.3e6, "people")]


# ---- percent --------------------------------------------------------------------------------

def test_percent_after_ror_la_with_qualifier() -> None:
    # 2025/09/02 ด้านเศรษฐกิจ _13_c706c6bf
    f = only("สะพานข้ามแม่น้ำกก มีความคืบหน้ากว่าร้อยละ 89 คาดว่าจะแล้วเสร็จ")
    assert (f.kind, f.text, f.value, f.qualifier, f.english) == ("percent", "ร้อยละ 89", 89, "over",
                                                                 "over 89%")


def test_percent_range_and_spread_over_a_reference_rate() -> None:
    # 2023/02/20 ด้านเศรษฐกิจ_2_edbd75a2 and 2025/09/03 ด้านเศรษฐกิจ _289_f6125f82
    assert [f[2] for f in figures("ลดก๊าซเรือนกระจกลง 20-25% ภายในปี 2573")] == [20, 25]
    text = "ดอกเบี้ย 3.5% ต่อปี นาน 2 ปี หลังจากนั้น MLR-1% ต่อปี"
    assert figures(text) == [("percent", "3.5%", 3.5, "%"), ("quantity", "2 ปี", 2, "years"),
                             ("percent", "1%", 1, "%")]


# ---- counts ---------------------------------------------------------------------------------

def test_counts_with_classifiers_and_stray_spaces() -> None:
    # 2024/09/17 ข่าวรอง นรม  รมตนร _1_882f0ed1
    text = "ประมาณ 12.4 ล้านคน และกลุ่มผู้ถือบัตรประจำตัวคนพิการ อีกประมาณ 2 ,149,286 คน  รวมเป็น 14,555,240 คน"
    found = find_figures(text, "body")
    assert [(f.value, f.unit, f.qualifier) for f in found] == [
        (12.4e6, "people", "about"), (2149286, "people", "about"), (14555240, "people", None)]
    assert found[0].english == "about 12.4 million people"
    assert found[1].english == "about 2,149,286 people"


def test_count_in_thai_digits() -> None:
    # 2025/04/11 ด้านวัฒนธรรมท่องเที่ยวฯ _1_318fc1ab
    f = only("กำหนดจัดงานในพื้นที่ ๑๗ จังหวัด และพื้นที่ส่วนกลางกรุงเทพมหานคร")
    assert (f.text, f.value, f.unit, f.english) == ("๑๗ จังหวัด", 17, "provinces", "17 provinces")


def test_count_of_jobs() -> None:
    # 2025/05/29 ข่าวคณะโฆษก _3_ad117df6
    f = only("คาดว่าจะสร้างงานในอุตสาหกรรมท่องเที่ยวมากกว่า 76,000 ตำแหน่ง และดึงดูดนักท่องเที่ยว")
    assert (f.kind, f.value, f.unit, f.english) == ("count", 76000, "posts", "over 76,000 posts")


def test_generic_classifier_refined_by_the_noun_before_it() -> None:
    # 2024/01/03 ข่าวนายกรัฐมนตรี_1_f5e2dd9e and a 2024 Q1 release on southern fish farms
    text = "(STEM) แก่นักเรียน 200,000 คน ในโรงเรียน 15,000 แห่ง  ส่งเสริมผู้มีความสามารถพิเศษ"
    assert [f.english for f in find_figures(text, "body")] == ["200,000 students", "15,000 schools"]
    text = "จังหวัดนราธิวาส ปัตตานี และจังหวัดยะลา เกษตรกร 1,548 ราย พื้นที่ (บ่อปลา) 634 ไร่"
    assert [f.english for f in find_figures(text, "body")] == ["1,548 farmers", "634 rai"]


# ---- quantities -----------------------------------------------------------------------------

def test_quantities_with_units() -> None:
    # 2023/02/20 ด้านเศรษฐกิจ_2_edbd75a2
    text = ("จะมีสมรรถนะในการลากจูงระยะทาง 300 กิโลเมตร ลากตู้สินค้าน้ำหนักประมาณ 2,500 ตันได้ "
            "และตู้โดยสาร ลากได้น้ำหนักไม่เกิน 650 ตัน")
    found = find_figures(text, "body")
    assert [(f.kind, f.value, f.unit, f.english) for f in found] == [
        ("quantity", 300, "km", "300 km"), ("quantity", 2500, "tonnes", "about 2,500 tonnes"),
        ("quantity", 650, "tonnes", "up to 650 tonnes")]


def test_points_next_to_a_percentage_stay_points() -> None:
    # 2024/03/26 ด้านเศรษฐกิจ_19_f9709ba2: hot spots counted in จุด next to a percentage
    text = "จุดความร้อนสะสมในพื้นที่เกษตรกรรม 3,567 จุด (ร้อยละ 36 ของทั้งหมด) น้อยกว่าปีที่ผ่านมา 193 จุด"
    assert [f.unit for f in find_figures(text, "body")] == ["points", "%", "points"]


def test_land_in_rai() -> None:
    # 2023/03/27 ด้านความมั่นคง_4_df68273c
    f = only("ทะเลน้อย เป็นทะเลสาบน้ำจืดมีเนื้อที่ผืนน้ำ ประมาณ 17,500 ไร่ เป็นแหล่งเจริญเติบโตของต้นกระจูด")
    assert (f.kind, f.value, f.unit) == ("quantity", 17500, "rai")


# ---- not figures ----------------------------------------------------------------------------

def test_ordinal_hotline_and_time_are_not_figures() -> None:
    # 2024/03 (IM Japan trainees; justice hotline; Makha Bucha ceremony)
    assert figures("ผ่านองค์กร IM JAPAN ครั้งที่ 5 ครบ 3 ปี รับเงินเพิ่ม 1.4 แสนบาท") == [
        ("quantity", "3 ปี", 3, "years"), ("money", "1.4 แสนบาท", 1.4e5, "THB")]
    assert figures("เปิดสายด่วนยุติธรรม โทร. 1111 กด 77 ฟรีตลอด 24 ชั่วโมง") == [
        ("quantity", "24 ชั่วโมง", 24, "hours")]
    assert figures("มีพิธีเวียนเทียน และในเวลา 18.30 น.") == []


def test_law_section_and_year_are_not_figures() -> None:
    # 2025/03/05 ข่าวรอง นรม  รมตนร _1_8f393b30; 2024/12/23 ด้านเศรษฐกิจ _4_22d418ea
    text = "จะถูกดำเนินคดี ตามมาตรา 9 ต้องระวางโทษจำคุกไม่เกิน 3 ปี หรือปรับไม่เกิน 300,000 บาท"
    assert [f.value for f in find_figures(text, "body")] == [3, 300000]
    assert figures("รับรองมาตรฐาน ISO 14064-1:2018 ปี 2566") == []
    assert figures("ภายในปี 2573 และปีงบประมาณ 2568 วันที่ 19 ม.ค. 2568 รุ่นที่ 3 5G") == []


# ---- data and properties --------------------------------------------------------------------

def test_units_data_is_large_enough_and_english_only() -> None:
    units = load_units()
    distinct_units = {(u.kind, u.plural) for u in units.thai.values() if u.kind != "money"}
    assert len(distinct_units) >= 50
    for unit in units.thai.values():
        assert all(not "\u0e00" <= c <= "\u0e7f" for c in unit.plural + unit.singular)


_TOKENS = st.sampled_from([
    "1", "25", "3.5", "1,200", "2 ,149", "๑๗", " ", "  ", "\n", "-", "–", "%", "ร้อยละ", "กว่า", "ราว",
    "ล้าน", "แสน", "พันล้าน", "บาท", "คน", "ปี", "ครั้งที่", "มาตรา", "โทร.", "น.", "ม.ค.", "2568",
    "US$", "million", "baht", "percent", "หนึ่ง", "สอง", "ห้า", "เท่า", "ไร่", ".", "/", ":", "(", ")",
    "ก", "ABC", "G", "ที่", "อยู่ที่", "จำนวน", "ม.", "กก.",
])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(_TOKENS, max_size=30).map("".join)))
def test_any_text_gives_figures_whose_offsets_slice_exactly(text: str) -> None:
    found = find_figures(text, "title")
    last_end = 0
    for f in found:
        assert text[f.start:f.end] == f.text
        assert f.text and f.start >= last_end
        assert f.kind in ("money", "percent", "count", "quantity")
        assert f.value == f.value  # not NaN
        last_end = f.end


# ---- classifiers found missing or wrong in a sample of corpus releases --------------------------

def test_nations_are_counted_not_years() -> None:
    # 2025/04/05 ข่าวคณะโฆษก _5_6f895d37 (details/95142), verbatim
    text = ("ทั้งยังเป็นการพบปะระหว่างผู้นำ 7 ชาติ จากทั้งบังกลาเทศ ภูฏาน อินเดีย เมียนมา เนปาล และศรีลังกา "
            "ประชุมเต็มคณะและการประชุมพบกันแบบตัวต่อตัวครั้งแรกในรอบ 7 ปี")
    found = [(f.text, f.unit, f.english) for f in find_figures(text, "body")]
    assert found == [("7 ชาติ", "nations", "7 nations"), ("7 ปี", "years", "7 years")]
    # 2020/10/23 ด้านวัฒนธรรมท่องเที่ยวฯ_1 (details/36142): Thai digits; and 2022/11/05
    # ด้านวัฒนธรรมท่องเที่ยวฯ_273_5e5dd845 (details/49183): a procession's number is an ordinal
    assert figures("จำลองวิถีชีวิต ๓ ชาติพันธุ์ ตั้งแต่บัดนี้") == [("count", "๓ ชาติพันธุ์", 3, "ethnic groups")]
    assert figures("ริ้วขบวนที่ 3 ชาติพันธุ์โคราช “เมืองกล้าแม่หญิง ท้องถิ่นศิลปะ”") == []


def test_storeys_and_floor_numbers() -> None:
    # 2020/09/17 ด้านสังคม_2 (details/34483) and 2020/09/23 ด้านสังคม_1 (details/35296), verbatim
    assert figures("ซึ่งจัดสร้างเป็นอาคารชุด 3 ชั้น จำนวน 122 หน่วย")[0] == ("count", "3 ชั้น", 3, "floors")
    assert figures("สำหรับอาคารผู้ป่วยนอก 5 ชั้น ได้รับงบประมาณ") == [("count", "5 ชั้น", 5, "floors")]
    # 2023/11/09 ..._9_1b9e4fca (details/74456) and 2025/05/14 ด้านสังคม _7_58931c39 (details/96384):
    # building 4 (5), floor 2 (7): addresses, not counts
    assert figures("ณ ห้องประชุม สพฐ. 1 อาคาร สพฐ. 4 ชั้น 2 กระทรวงศึกษาธิการ")[1:] == []
    assert figures("ณ ห้องประชุม สตผ. อาคาร สพฐ. 5 ชั้น 7\nจากการนำเสนอระบบ") == []


def test_a_classifier_with_main_or_sub() -> None:
    # 2020/10/13 สรุปข่าวการประชุม ครม._1 (details/35890), verbatim
    assert figures("เป็นการแก้ไขใน 3 ส่วนหลัก ได้แก่") == [("count", "3 ส่วน", 3, "parts")]


def test_and_over_after_an_age() -> None:
    # 2021/01/08 ข่าวทำเนียบรัฐบาล_2 (details/38142), verbatim
    f = only("ผู้สูงอายุ 60 ปีขึ้นไป และผู้ที่มีโรคประจำตัว")
    assert (f.text, f.value, f.qualifier, f.english) == ("60 ปี", 60, "at least", "at least 60 years")


def test_province_named_after_a_number_is_not_a_count() -> None:
    # 2023/10/12 ด้านสังคม_7_3f55d011 (details/73292), verbatim: mental health centre 6, Chonburi
    assert figures("โดยกรมสุขภาพจิตและศูนย์สุขภาพจิตที่ 6 จังหวัดชลบุรี และการคัดกรองโรคติดต่อ") == []
    # 2021/01/08 ข่าวทำเนียบรัฐบาล_2 (details/38142), verbatim: a count of provinces still counts
    assert figures("และพื้นที่ควบคุมสูงสุด 28 จังหวัด ผู้สูงอายุ") == [("count", "28 จังหวัด", 28, "provinces")]


def test_a_noun_inside_a_longer_word_does_not_refine() -> None:
    # 2025/09/03 ด้านสังคม _205_a3dc5b87 (details/99305), verbatim: วัด ends จังหวัด, so no temples
    found = find_figures("โรงพยาบาล 10 แห่ง องค์กรปกครองส่วนท้องถิ่น 10 แห่ง (องค์การบริหารส่วนจังหวัด 3 แห่ง "
                         "เทศบาล 2 แห่ง", "body")
    assert [f.english for f in found] == ["10 hospitals", "10 sites", "3 sites", "2 sites"]


def test_tua_counts_animals() -> None:
    # 2023/11/24 ข่าวรอง นรม  รมตนร_1_7f85027d (details/75155), verbatim
    f = find_figures("ผ่านกองทุนหมู่บ้านฯ จำนวน 1,000 ครอบครัว ได้วัว 2,000 ตัว ผ่านมา", "body")[-1]
    assert (f.text, f.english) == ("2,000 ตัว", "2,000 animals")


def test_noun_refines_across_today() -> None:
    # 2021/05/02 ด้านสังคม_5 (details/41407), verbatim: "deaths today 21"
    found = find_figures("ต้องใช้เครื่องช่วยหายใจ 270 ราย และมีผู้เสียชีวิตวันนี้ 21 ราย เป็นชาย 9 ราย", "body")
    assert [f.english for f in found] == ["270 cases", "21 deaths", "9 cases"]


def test_a_noun_that_is_its_own_classifier_counts_stations() -> None:
    # 2021/03/25 ด้านเศรษฐกิจ_97 (details/39892), verbatim
    found = find_figures("ระยะทาง 22.5 กิโลเมตร จำนวน 17 สถานี (สถานีใต้ดิน 10 สถานี", "body")
    assert [f.english for f in found] == ["22.5 km", "17 stations", "10 stations"]


def test_a_persons_age_and_an_age_band_are_not_figures() -> None:
    # 2022/12/24 ด้านความมั่นคง_4_43179eac (details/63061), verbatim: one man's age
    assert figures("จับกุมผู้ต้องหา 1 ราย คือ นายระทม (สงวนนามสกุล) อายุ 71 ปี อยู่ที่ ม.3 ต.ห้วยใหญ่") == [
        ("count", "1 ราย", 1, "suspects")]
    # 2021/04/24 ด้านสังคม_4 (details/41164), verbatim: the second case, a man of 74
    assert figures("รายที่ 2 เป็นชายไทยอายุ 74 ปี จ.สงขลา เป็นผู้สัมผัสผู้ป่วยยืนยัน") == []
    # 2022/11/05 ด้านเศรษฐกิจ_3657_6392bae5 (details/54138), verbatim: an age band
    assert figures("สามารถสมัครสมาชิก กอช. ต้องมีอายุ 15 – 60 ปี อาทิ นักเรียน นิสิต นักศึกษา") == []
    # a bond's term (bench/heldout4 h02) and a group's threshold stay figures
    assert figures("รุ่นอายุ 5 ปี อัตราดอกเบี้ย")[0][1:3] == ("5 ปี", 5)
    assert figures("ผู้สูงอายุ 60 ปีขึ้นไป และผู้ที่มีโรคประจำตัว")[0][1:3] == ("60 ปี", 60)


def test_a_royal_birthday_cycle_is_an_occasion_not_a_count() -> None:
    # 2024/02/06 ด้านความมั่นคง_7_351204af (details/78468), verbatim
    assert figures("เจริญพระชนมายุครบ 6 รอบ 28 กรกฎาคม 2567 กระทรวงมหาดไทยมีการดำเนินการจัดพระราชพิธี"
                   "มหามงคลเฉลิมพระชนมพรรษา 6 รอบ 28 กรกฎาคม 2567 ร่วมกับทุกภาคีเครือข่าย") == []


def test_a_room_named_by_an_abbreviation_and_a_number_is_not_a_count() -> None:
    # 2025/03/10 ด้านเศรษฐกิจ _3_57e80b7b (details/94206), verbatim: meeting room 1 of the ministry
    assert figures("และเจ้าหน้าที่ สปอ. เข้าร่วม ณ ห้องประชุม อก. 1 อาคาร สปอ. และการประชุมผ่านสื่ออิเล็กทรอนิกส์") == []


def test_a_room_number_then_a_floor_before_a_named_building_is_no_count() -> None:
    # 2023/04/04 ด้านสังคม_2_0a901d3f (details/66959), verbatim: room Lavender 1, floor 3, building TK 3
    assert figures("ณ ห้องลาเวนเดอร์ 1 ชั้น 3 อาคารทีเค 3 โรงแรมทีเค พาเลซ & คอนเวนชั่น ถนนแจ้งวัฒนะ") == []
    # 2022/11/05 ด้านเศรษฐกิจ_4921_ea2366b4 (details/58473), verbatim: room Wayuphak 4 on floor 4 of the ministry
    assert figures("ณ ห้องประชุมวายุภักษ์ 4 ชั้น 4 กระทรวงการคลัง ได้มีพิธีมอบรางวัล") == []


def test_a_share_then_the_same_amount_in_its_own_unit_is_no_range() -> None:
    # 2020/11/27 ด้านสังคม_1 (details/37053), verbatim: 8.9 percent, or 4.8 million people (was read 8.9e6-4.8e6 %)
    assert figures("คนไทยป่วยเป็นโรคเบาหวานร้อยละ 8.9 หรือ 4.8 ล้านคน ผู้ที่เป็นโรคความดัน") == [
        ("percent", "ร้อยละ 8.9", 8.9, "%"), ("count", "4.8 ล้านคน", 4_800_000, "people")]
    # 2022/11/05 ข่าวคณะโฆษก_2272_5e87a3fc (details/58459), verbatim: 32 percent, or 176,311 million baht
    assert figures("ส่วนอีกร้อยละ 32 หรือ 176,311 ล้านบาท เป็นรายได้จากนักท่องเที่ยว") == [
        ("percent", "ร้อยละ 32", 32, "%"), ("money", "176,311 ล้านบาท", 176_311_000_000, "THB")]


def test_money_in_australian_dollars_krona_and_pounds_as_releases_write_them() -> None:
    # 2022/11/05 ข่าวนายกรัฐมนตรี_172_aa177833 (details/47455), verbatim: เหรียญ (coin) for dollar
    assert figures("ยินดีที่จะสนับสนุนเงินทุนจำนวน 124 ล้านเหรียญออสเตรเลีย เพื่อช่วยรับมือกับภัยพิบัติ") == [
        ("money", "124 ล้านเหรียญออสเตรเลีย", 124_000_000, "AUD")]
    # 2021/03/25 ด้านความมั่นคง_86 (details/40171), verbatim
    assert figures("แรงงานไทยจะมีรายได้ไม่ต่ำกว่า 23,500 โครนาสวีเดน ต่อเดือน คิดเป็นเงินไทยจำนวน 85,070 บาท") == [
        ("money", "23,500 โครนาสวีเดน", 23_500, "SEK"), ("money", "85,070 บาท", 85_070, "THB")]
    # 2021/04/28 สรุปข่าวการประชุม ครม_1 (details/41246), verbatim: pounds sterling written ปอนด์
    assert figures("= 30.25 ปอนด์ x อัตราแลกเปลี่ยน")[0] == ("money", "30.25 ปอนด์", 30.25, "GBP")


def test_the_thirty_baht_schemes_name_is_no_price() -> None:
    # 2022/11/05 ข่าวรองนายกรัฐมนตรี ..._73_4f77bcf7 (details/49346), verbatim
    assert figures("อยู่ในบัญชียาหลักให้ประชาชนเข้าได้ผ่านโครงการ 30 บาทรักษาทุกโรค ที่สำนักงานหลักประกันสุขภาพแห่งชาติ") == []
    # a price of 30 baht stays
    assert figures("ค่าเข้าชม ชาวไทย 30 บาท")[0][1:3] == ("30 บาท", 30)


def test_a_bare_amount_then_what_it_funds_is_baht_not_a_count_of_projects() -> None:
    # 2021/10/25 (details/47358), the title verbatim: the gist said "27 billion projects"
    assert figures("ครม.เคาะ 2.7 หมื่นล้าน โครงการประกันรายได้และมาตรการคู่ขนานรักษาเสถียรภาพราคาพืช 3 ชนิด")[0] == (
        "money", "2.7 หมื่นล้าน", 27_000_000_000, "THB")
    # counts stay counts: of projects without a scale, of people and pieces in billions
    assert figures("อนุมัติ 120 โครงการ")[0] == ("count", "120 โครงการ", 120, "projects")
    assert figures("มีผู้ใช้ 2 พันล้าน คน ทั่วโลก")[0][0] == "count"


def test_a_range_whose_first_scale_is_cut_short_takes_the_second_s_whole_scale() -> None:
    # details/87842 (2024-09-10, Vayupak Fund 1): 'มูลค่ารวม 1 แสน - 1.5 แสนล้านบาท' is 100 to 150 billion baht;
    # the first end read as 100,000 baht and the gist said 'a value of 100,000 baht'
    assert figures("มูลค่ารวม 1 แสน - 1.5 แสนล้านบาท ผู้ลงทุน") == [
        ("money", "1 แสน", 1e11, "THB"), ("money", "1.5 แสนล้านบาท", 1.5e11, "THB")]
    # a first end with its own whole scale keeps it
    assert [f[2] for f in figures("ราว 5 แสน - 1 ล้านคน")] == [5e5, 1e6]
    assert [f[2] for f in figures("ราว 500 ล้าน - 1 พันล้านบาท")] == [5e8, 1e9]
