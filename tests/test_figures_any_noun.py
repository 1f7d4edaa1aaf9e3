"""Counts of any noun: a number followed by a noun the unit list lacks is a count, unless the context
says it is no figure. Sentences quoted verbatim from thaigov-v2 releases (source in each comment), none
from the eval dev files; each failed before the rule (the noun was not in briefing/data/units.toml).
"""

from __future__ import annotations

from briefing.thai.figures import find_figures


def counts(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.unit) for f in find_figures(text, "body")]


# ---- Thai: a noun the unit list lacks ------------------------------------------------------------

def test_a_count_of_states_the_list_lacks() -> None:
    # https://www.thaigov.go.th/news/contents/details/46045
    text = "โดยปัจจุบันสนธิสัญญาฯ มี 170 รัฐให้สัตยาบันแล้ว ในส่วนของประเทศไทยได้ให้สัตยาบันสน"
    f, = find_figures(text, "body")
    assert (f.kind, f.text, f.value) == ("count", "170 รัฐ", 170)
    assert f.unit == "items (รัฐ)" and f.english == "170 items (รัฐ)"  # the Thai noun kept for the reader


def test_cans_services_and_subjects() -> None:
    # https://www.thaigov.go.th/news/contents/details/73262
    assert ("3,400 กระป๋อง", 3400, "items (กระป๋อง)") in counts(
        "และปลากระป๋อง จำนวน 3,400 กระป๋อง รวมมูลค่า 99,972.50 บาท จากบริษัท")
    # https://www.thaigov.go.th/news/contents/details/98802
    f, = find_figures("สำหรับแอปฯ ทางรัฐ มีบริการภาครัฐกว่า 179 บริการ รวมถึงบริการประเภทแจ้งเรื่องร้องเรียนต่างๆ", "body")
    assert (f.text, f.value, f.qualifier) == ("179 บริการ", 179, "over")
    # https://www.thaigov.go.th/news/contents/details/99371
    assert counts("เข้าร่วมการแข่งขันคณิตศาสตร์ วิทยาศาสตร์โอลิมปิกระหว่างประเทศ 5 วิชา ได้แก่ คณิตศาสตร์") == [
        ("5 วิชา", 5, "items (วิชา)")]


def test_a_noun_the_glossary_knows_is_shown_in_english() -> None:
    # https://www.thaigov.go.th/news/contents/details/80672 (ผู้ประกอบการ: in units.toml's [[noun]] glossary)
    text = "ขึ้นทะเบียนแล้วกว่า 132 รายการ จาก 13 ผู้ประกอบการดิจิทัลไทย จนถึงการผลักดันมาตรการภาษีส่งเสริม SMEs"
    f = find_figures(text, "body")[-1]
    assert (f.text, f.value, f.unit, f.english) == ("13 ผู้ประกอบการ", 13, "businesses", "13 businesses")


def test_a_noun_glued_to_the_next_word() -> None:
    # https://www.thaigov.go.th/news/contents/details/53404
    text = "มีการอัญเชิญพระบรมสาทิสลักษณ์ของพระมหากษัตริย์แห่งราชวงศ์จักรีทั้ง 10 รัชกาลประดิษฐาน ณ ศาลาสำราญมุขมาตย์"
    assert counts(text) == [("10 รัชกาล", 10, "items (รัชกาล)")]


# ---- English: a plural noun after up to three words, and N-fold / N-hour --------------------------

def test_english_counts_keep_the_noun_as_written() -> None:
    # https://www.thaigov.go.th/news/contents/details/96529
    assert counts("She will also present “Thai SELECT” certificates to 115 Thai restaurants that meet Thai "
                  "SELECT standards") == [("115 Thai restaurants", 115, "restaurants")]
    # https://www.thaigov.go.th/news/contents/details/56505
    assert counts("resulting in the team having competed in 12 matches, winning 5 games and losing 7 games.") == [
        ("12 matches", 12, "matches"), ("5 games", 5, "games"), ("7 games", 7, "games")]


def test_hyphenated_multiples_and_durations() -> None:
    # https://www.thaigov.go.th/news/contents/details/74069
    f, = find_figures("The government’s target is to increase income for Thai farmers by 3-fold within", "body")
    assert (f.kind, f.text, f.value, f.unit) == ("quantity", "3-fold", 3, "times")
    # https://www.thaigov.go.th/news/contents/details/71854
    f, = find_figures("to allow 24-hour operation of entertainment places located in the", "body")
    assert (f.kind, f.text, f.value, f.unit) == ("quantity", "24-hour", 24, "hours")


# ---- what the context says is no figure ----------------------------------------------------------

def test_outline_and_table_numbers_are_no_counts() -> None:
    # https://www.thaigov.go.th/news/contents/details/99371 (a decimal outline number)
    assert counts("จำนวน 9 ฉบับ ดังนี้\n1.1 คำสั่งหัวหน้าคณะรักษาความสงบแห่งชาติ") == [("9 ฉบับ", 9, "documents")]
    # https://www.thaigov.go.th/news/contents/details/64484 (a table row's number after the cells before it)
    assert counts("6,130.01\n3,542.76\n2,587.25\n2 วงเงินส่วนลดค่าซื้อก๊าซหุงต้ม 195.66\n") == []


def test_numbered_names_are_no_counts() -> None:
    # https://www.thaigov.go.th/news/contents/details/52462 (จุดที่ 1: an ordinal)
    assert counts("ได้แก่ จุดที่ 1 บริเวณปากซอยถนนสุขุมวิท 71") == []
    # https://www.thaigov.go.th/news/contents/details/75107 (Wing 6's base, not two divisions)
    assert counts("จะออกเดินทางจากท่าอากาศยานทหาร 2 กองบิน 6 (บน.6) ดอนเมือง") == []
    # https://www.thaigov.go.th/news/contents/details/59017 (an isotope's name)
    assert counts("มีการให้บริการเทคนิค Cobalt 60 รังสี X-ray และรังสี E beam") == []
    # https://www.thaigov.go.th/news/contents/details/87844 (a one-X-one-Y programme name)
    assert counts("การมอบเกียรติบัตรให้วัฒนธรรมจังหวัดและผู้สาธิตอาหาร 1 จังหวัด 1 เมนู เชิดชูอาหารถิ่น") == []


def test_hotlines_codes_and_ages_are_no_counts() -> None:
    # https://www.thaigov.go.th/news/contents/details/84534
    assert counts("หรือสายด่วนศูนย์ดำรงธรรม 1567 โทรฟรีตลอด 24 ชั่วโมง") == [("24 ชั่วโมง", 24, "hours")]
    # https://www.thaigov.go.th/news/contents/details/79567 (four digits, no comma: the 1441 centre)
    assert counts("เทียบกับเดิม ก่อนมีศูนย์ 1441 สถิติ ระงับ/อายัดได้เพียง") == []
    # https://www.thaigov.go.th/news/contents/details/59429 (the King's age)
    assert counts("เนื่องในโอกาสทรงเจริญพระชนมพรรษาครบ 72 พรรษา ในปี 2568") == []


def test_a_floor_refused_by_its_own_rule_stays_refused() -> None:
    # https://www.thaigov.go.th/news/contents/details/72679
    assert counts("เข้าร่วมพิธี ณ ห้องประชุมวายุภักษ์ ๖ ชั้น ๕ โรงแรมเซ็นทรา บาย เซ็นทารา") == []


def test_english_times_and_names_are_no_counts() -> None:
    # https://www.thaigov.go.th/news/contents/details/97907
    assert [f.text for f in find_figures(
        "Opening times for the entry of the Cambodians are 0800 - 0930 hrs. (300 people); 1030 - 1200 hrs.",
        "body")] == ["300 people"]
    # https://www.thaigov.go.th/news/contents/details/89657
    assert counts("responding against the effect of PM 2.5 particulates, as Thailand is entering") == []


# ---- "N จาก M <unit>": the first number counts what the second counts ------------------------------

def test_a_bare_number_before_from_shares_the_unit_of_the_second() -> None:
    # https://www.thaigov.go.th/news/contents/details/50849
    assert counts("ขณะนี้มีประเทศที่พบผู้ติดเชื้อแล้ว 189 จาก 193 ประเทศทั่วโลก") == [
        ("189", 189, "countries"), ("193 ประเทศ", 193, "countries")]
    # https://www.thaigov.go.th/news/contents/details/51219
    assert counts("Minister of Foreign Affairs awarded 78 out of 309 awards to distinguished researchers") == [
        ("78", 78, "awards"), ("309 awards", 309, "awards")]
    # https://www.thaigov.go.th/news/contents/details/46534 (the scale word of the second number too)
    assert counts("According to the Government Spokesperson, 62 out of 72 million Thais will be vaccinated")[0] == (
        "62", 62e6, "Thais")
    # https://www.thaigov.go.th/news/contents/details/59214
    text = "เพิ่มขึ้นจากช่วงเดียวกันของปี 2564 จาก 42,698 คน เป็น 64,304 คน หรือคิดเป็นร้อยละ"
    assert [(f.text, f.value, f.unit) for f in find_figures(text, "body")][:2] == [
        ("42,698 คน", 42698, "people"), ("64,304 คน", 64304, "people")]
    # https://www.thaigov.go.th/news/contents/details/60072 (a share of people stays a percentage)
    assert counts("ได้เรียนมหาวิทยาลัยเพียงร้อยละ 14 จาก 100 คน อาจเป็นจำนวนไม่มาก") == [
        ("ร้อยละ 14", 14, "%"), ("100 คน", 100, "people")]


def test_a_rank_out_of_is_no_count() -> None:
    # https://www.thaigov.go.th/news/contents/details/38945
    assert counts("ยกให้ไทยเป็นที่ 36 จาก 60 แห่ง") == [("60 แห่ง", 60, "sites")]


def test_ngan_between_rai_and_square_wah_is_a_land_unit_not_a_count() -> None:
    # https://www.thaigov.go.th/news/contents/details/93543 (a bundled seed release): งาน is the land unit
    # between rai and square wah (49 of 221 "N งาน" in 20,000 releases), not "0 items (งาน)"
    text = "จำนวน 858 ราย 984 แปลง จำนวนเนื้อที่ 404,3 ไร่ 0 งาน 32 ตารางวา ได้แก่"
    assert [t for t, _, _ in counts(text) if "งาน" in t] == []
    # a count of jobs stays a count: https://www.thaigov.go.th/news/contents/details/35890
    assert ("100,012 งาน", 100012, "items (งาน)") in counts(
        "มีตำแหน่งงาน 100,012 งาน ผู้สมัครงาน 143,066 ครั้ง")
