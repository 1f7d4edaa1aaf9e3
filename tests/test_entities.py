"""Entity extraction on real sentences from the thaigov-v2 corpus (none from the eval dev files).

Each sentence is quoted from a corpus release (path under thaigov-v2/data in the comment).
"""

from __future__ import annotations

from briefing.model import Entity
from briefing.thai.entities import find_entities


def _body(body: str, title: str = "") -> tuple[list[Entity], list[Entity]]:
    return find_entities(title, body)


def _texts(entities: list[Entity], type_: str) -> list[str]:
    return [e.text for e in entities if e.type == type_]


# 2024/.../ด้านสังคม_1_e61dabba...: a minister with the ministry and its short forms
MINISTER = (
    "นายประเสริฐ จันทรรวงทอง รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอี) เปิดเผยว่า "
    "กระทรวง ดีอี ได้ติดตามสถานการณ์อย่างต่อเนื่อง นายประเสริฐ กล่าว"
)


def test_person_with_role_english_and_spelling() -> None:
    entities, _ = _body(MINISTER)
    people = [e for e in entities if e.type == "person"]
    assert [p.text for p in people] == ["นายประเสริฐ จันทรรวงทอง"]
    person = people[0]
    assert person.canonical == "ประเสริฐ จันทรรวงทอง"
    assert person.role == "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
    assert person.role_english == "Minister of Digital Economy and Society"
    assert person.english and person.english.startswith("Pra")  # romanised or the accepted spelling
    assert person.english.isascii()


def test_short_reference_links_to_full_name() -> None:
    entities, references = _body(MINISTER)
    assert "นายประเสริฐ" not in _texts(entities, "person")
    refs = [r for r in references if r.text == "นายประเสริฐ"]
    assert len(refs) == 1
    assert refs[0].canonical == "ประเสริฐ จันทรรวงทอง"
    assert refs[0].role_english == "Minister of Digital Economy and Society"


def test_ministry_and_its_short_forms() -> None:
    entities, _ = _body(MINISTER)
    orgs = {e.text: e for e in entities if e.type == "organisation"}
    assert "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม" in orgs
    assert "กระทรวง ดีอี" in orgs  # a bare head word, a space, then the short form
    assert orgs["กระทรวง ดีอี"].canonical == "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
    english = orgs["กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"].english or ""
    assert english.startswith("Ministry of Digital Economy and Society")


# 2024/07/09 ด้านเศรษฐกิจ_3_d4914e28 (details/85563), verbatim: a state bank, its abbreviation
# defined in brackets, its managing director, the ministry above it
BANK = (
    "ธนาคารอาคารสงเคราะห์ (ธอส.) รับมอบ “โล่เกียรติคุณหน่วยงานที่ให้การสนับสนุนมูลนิธิต่อต้านการทุจริตอย่างดียิ่ง” "
    "เนื่องในโอกาสวันครบรอบ 9 ปี ของการจัดตั้งมูลนิธิต่อต้านการทุจริต โดยศาตราจารย์พิเศษ วิชา มหาคุณ "
    "ประธานกรรมการมูลนิธิต่อต้านการทุจริต ให้เกียรติเป็นประธานในพิธี\xa0 ทั้งนี้ นายกมลภพ วีระพละ "
    "กรรมการผู้จัดการ ธอส.\xa0 เปิดเผยว่า ธนาคารอาคารสงเคราะห์ในฐานะสถาบันการเงินของรัฐ ในสังกัดกระทรวงการคลัง "
    "ตระหนักถึงความสำคัญ"
)


def test_bank_alias_and_manager() -> None:
    entities, _ = _body(BANK)
    orgs = _texts(entities, "organisation")
    assert "ธนาคารอาคารสงเคราะห์" in orgs
    assert "ธอส." in orgs
    assert "กระทรวงการคลัง" in orgs
    person = next(e for e in entities if e.type == "person" and "กมลภพ" in e.text)
    assert person.text == "นายกมลภพ วีระพละ"  # นายก+มลภพ is a name, not นายก (prime minister)
    assert person.role == "กรรมการผู้จัดการ ธอส."


# 2024/.../ด้านเศรษฐกิจ_1_dc9bb92f...: a venue after ณ, then sub-district, district, province
VENUE = "เมื่อวันที่ 15 ธันวาคม 2567 ณ ลานเรือสำเภาทอง ต.คุ้งสำเภา อ.มโนรมย์ จ.ชัยนาท โดยมี"


def test_places_with_prefixes() -> None:
    entities, _ = _body(VENUE)
    places = {e.text: e for e in entities if e.type == "place"}
    assert "ลานเรือสำเภาทอง" in places
    assert "ต.คุ้งสำเภา" in places
    assert "อ.มโนรมย์" in places
    assert places["จ.ชัยนาท"].english == "Chai Nat Province"
    assert places["จ.ชัยนาท"].canonical == "จังหวัดชัยนาท"


# 2025/01/28/สรุปข่าวการประชุม ครม_1_50e75d30...: rooms and buildings of Government House
GOVERNMENT_HOUSE = "ณ ห้องประชุม 501 ตึกบัญชาการ 1 ทำเนียบรัฐบาล นางสาวแพทองธาร ชินวัตร นายกรัฐมนตรี"


def test_numbered_rooms_and_government_house() -> None:
    entities, _ = _body(GOVERNMENT_HOUSE)
    places = _texts(entities, "place")
    assert "ห้องประชุม 501" in places
    assert "ตึกบัญชาการ 1" in places
    assert "ทำเนียบรัฐบาล" in places
    person = next(e for e in entities if e.type == "person")
    assert person.role == "นายกรัฐมนตรี"
    assert person.role_english == "Prime Minister"


def test_country_as_adjective_is_not_a_place() -> None:
    # 2022/11/05 ข่าวนายกรัฐมนตรี_234_0181d368 (details/48826), verbatim: "the Thai economy"
    entities, _ = _body(
        "ทิศทางการพัฒนาเศรษฐกิจไทย เชื่อมั่นว่าร่วมกันขับเคลื่อนความร่วมมือเชิงธุรกิจระหว่างไทยกับสหรัฐฯ ให้เติบโตยิ่งขึ้น"
    )
    places = _texts(entities, "place")
    assert places.count("ไทย") == 1  # ระหว่างไทย, not เศรษฐกิจไทย
    assert "สหรัฐฯ" in places


def test_words_that_begin_like_titles_are_not_people() -> None:
    # adapted: phrases from 2024 ด้านสังคม_5_a4b3c961 and ด้านสังคม_2_3fc270f9 joined into one text
    text = (
        "ตรวจสอบคุณสมบัติ ผู้ลงทะเบียน ก่อนรับสิทธิ์ และเภสัชกรชำนาญการพิเศษ ได้ทุกตำแหน่ง "
        "โดยนายกรัฐมนตรี กล่าวว่า"
    )
    entities, references = _body(text)
    assert _texts(entities, "person") == []
    assert references == []


def test_head_word_before_a_verb_is_not_an_organisation() -> None:
    # 2023/06/15 ด้านเศรษฐกิจ_9_cbdbe063 (details/69277), verbatim: "the bank sets ..."; and
    # 2023/02/07 ด้านสังคม_4_aa3c67ea (details/64653), verbatim: hospitals in general
    text = "(กรณีลูกค้าชำระเกินที่ธนาคารกำหนดให้นำไปตัดดอกเบี้ยค้างชำระ) จัดตั้งกลุ่มงานจิตเวชและยาเสพติด ในโรงพยาบาลชุมชนทุกแห่ง"
    entities, _ = _body(text)
    assert _texts(entities, "organisation") == []


def test_english_passage_names() -> None:
    # 2023/.../ (Government News in English): people and bodies in Latin script
    text = (
        "Mr. Pornchai Thiraveja stated that “On 15 October 2023, Ministry of Finance and the Bank of "
        "Thailand (BOT) together with the International Monetary Fund (IMF) and the World Bank Group (WBG) "
        "signed the Memorandum of Understanding"
    )
    entities, _ = _body(text)
    orgs = _texts(entities, "organisation")
    assert "Ministry of Finance" in orgs
    assert "BOT" in orgs
    assert "IMF" in orgs
    person = next(e for e in entities if e.type == "person")
    assert person.text == "Mr. Pornchai Thiraveja"
    assert person.english == "Pornchai Thiraveja"


def test_title_field_offsets() -> None:
    title = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-กระทรวงการคลัง แถลงผลการจัดเก็บรายได้"
    entities, _ = find_entities(title, "")
    (org,) = [e for e in entities if e.field == "title"]
    assert org.text == "กระทรวงการคลัง"
    assert title[org.start:org.end] == org.text
    assert org.english is not None and org.english.startswith("Ministry of Finance")


def test_listed_stage_names_are_people() -> None:
    # 2024/.../ (a provincial fair): Thai "first family" stage names in an artist list
    text = (
        "ศิลปินชื่อดังทุกวัน ได้แก่ ลำยอง หนองหินห่าว, เน็ค นฤพล, นิว มาวิน อาร์สยาม, ต้นข้าว อาร์สยาม, "
        "เจมส์ จตุรงค์, เจเจ ผู้บ่าวบุรีรัมย์ และ เจี๊ยบ เบญจพร รวมถึงการจับสลาก"
    )
    entities, _ = _body(text)
    people = _texts(entities, "person")
    assert "ลำยอง หนองหินห่าว" in people
    assert "เน็ค นฤพล" in people
    assert "เจมส์ จตุรงค์" in people
    assert "นิว มาวิน อาร์สยาม" not in people  # three words: not the "first family" shape


def test_latin_names_listed_after_a_noun_for_individuals() -> None:
    # 2025/04/15 ด้านวัฒนธรรมท่องเที่ยวฯ _2_89a3a085 (details/95431), verbatim: DJ is a noun for one
    # person, so the Latin items of its list are people; DJ and EDM themselves are not organisations
    text = (
        "พร้อมชมการแสดงน้ำพุประกอบดนตรีและการแสดง EDM จาก DJ ที่มีชื่อเสียง ได้แก่ Bubble Paint, Leonie, "
        "เจ เจตริน, Lazyprince หรือ พีท ทองเจือ , Tong Apollo, B-Bass, Fino The Ranad, XY, กองโจร, Taidy, "
        "Leo, Jeffy, Zara Gift, Matoom, Spoii, Dimonda, เอม วิทวัส, Jaycardi, Pop Oat, Jackz, Barbiemozz "
        "เป็นต้น, โซนจำหน่ายอาหาร ผลิตภัณฑ์และสุดยอดของดีจาก ทั่วประเทศ มากกว่า 100 ร้านค้า"
    )
    entities, _ = _body(text)
    people = _texts(entities, "person")
    for name in ("Bubble Paint", "Leonie", "Lazyprince", "Tong Apollo", "Fino The Ranad", "Barbiemozz", "เจ เจตริน"):
        assert name in people
    assert not any(p.startswith("โซน") for p in people)  # the list ended at เป็นต้น
    assert not {"DJ", "EDM"} & set(_texts(entities, "organisation"))


def test_latin_artists_counted_in_persons_are_people() -> None:
    # 2025/02/28 ด้านวัฒนธรรมท่องเที่ยวฯ _2_9036e925 (details/93904), verbatim opening of the list:
    # ศิลปิน lists mix bands and people, but "จำนวน 20 คน" counts persons
    text = (
        "ศิลปินต่างชาติ จำนวน 20 คน ได้แก่ Aleksandra Domanović, Andrew Thomas Huang, bani haykal, "
        "Chantana Tiprachart, Eiji Sumi, Haig Aivazian"
    )
    people = _texts(_body(text)[0], "person")
    assert {"Aleksandra Domanović", "Andrew Thomas Huang", "Chantana Tiprachart", "Eiji Sumi"} <= set(people)
    assert "bani haykal" not in people  # lower case: not taken as a name


def test_latin_band_list_and_counted_things_are_not_people() -> None:
    # adapted from corpus wording (ศิลปินชื่อดัง ได้แก่ ... ; วิทยากร ... บน 3 เวทีหลัก ได้แก่ Main Stage):
    # a bare ศิลปิน list may be bands, and a count of stages makes the list one of stages
    text = (
        "ศิลปินชื่อดัง ได้แก่ Polycat, Paper Planes และวิทยากรชั้นนำทั้งในและต่างประเทศบน 3 เวทีหลัก "
        "ได้แก่ Main Stage, Global Stage และ Pitch Stage"
    )
    people = _texts(_body(text)[0], "person")
    assert not {"Polycat", "Paper Planes", "Main Stage", "Global Stage"} & set(people)


def test_role_english_composition() -> None:
    # positions as corpus releases write them (2024-2025 samples)
    from briefing.thai.entities import _role_lookup
    from briefing.thai.gazetteer import gazetteer
    from briefing.thai.roles import role_english

    g = gazetteer()
    lookup = _role_lookup(g)
    assert role_english("รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการคลัง", g, lookup) == (
        "Deputy Prime Minister and Minister of Finance"
    )
    # the และ inside a ministry's name does not split the role
    assert role_english("รัฐมนตรีว่าการกระทรวงการท่องเที่ยวและกีฬา", g, lookup) == "Minister of Tourism and Sports"
    assert role_english("ที่ปรึกษารัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์", g, lookup) == (
        "Adviser to the Minister of Agriculture and Cooperatives"
    )
    assert role_english("รมว.มหาดไทย", g, lookup) == "Minister of Interior"


def test_village_with_number_and_embassy() -> None:
    # 2024/.../ด้านเศรษฐกิจ_9_cd74d7df...: a flooded village, its sub-district and district
    entities, _ = _body("เยี่ยมประชาชนที่ประสบอุทกภัยในพื้นที่บ้านดอนตัน หมู่ 12 ตำบลศรีภูมิ อำเภอท่าวังผา จังหวัดน่าน")
    places = _texts(entities, "place")
    assert places == ["บ้านดอนตัน", "ตำบลศรีภูมิ", "อำเภอท่าวังผา", "จังหวัดน่าน"]  # the village's name (session 17: as the read golds list it)


def test_official_nickname_refers_to_the_full_name() -> None:
    # headlines call ministers by nickname in quotes (“บิ๊กป้อม”); the body names them in full
    from briefing.thai.gazetteer import gazetteer

    nick, name = next(iter(gazetteer().nicknames.items()))
    first, family = name.split()
    entities, references = find_entities(f"“{nick}” ลงพื้นที่", f"นาย{first} {family} กล่าวว่า")
    assert [e.text for e in entities if e.type == "person"] == [f"นาย{first} {family}"]
    (ref,) = references
    assert (ref.field, ref.text, ref.canonical) == ("title", nick, name)
    # alone, the nickname is the one mention of that person
    entities, _ = find_entities(f"“{nick}” ลงพื้นที่", "")
    assert [(e.text, e.canonical) for e in entities] == [(nick, name)]


def test_year_after_an_acronym_is_not_part_of_its_name() -> None:
    # 2022/11/05 ข่าวคณะโฆษก_1801_ef121ea2 (details/55896) and 2023/10/26 ด้านสังคม_5_93289937
    # (details/73805), verbatim: a year after an acronym is an edition; a hotline number is the name
    text = "การประชุมผู้นำเขตเศรษฐกิจเอเปค (APEC 2022) ซึ่งกำหนดขึ้นระหว่างวันที่ 18-19 พฤศจิกายน 2565"
    orgs = _texts(_body(text)[0], "organisation")
    assert "APEC" in orgs and "APEC 2022" not in orgs
    text = "เชื่อว่าประชาชนจะได้รับประโยชน์จากศูนย์ AOC 1441 โดยจะเป็นศูนย์ One Stop Service"
    assert any(o.endswith("AOC 1441") for o in _texts(_body(text)[0], "organisation"))


def test_phrase_after_or_is_not_a_short_name() -> None:
    # 2022/11/05 ข่าวคณะโฆษก_787_674c72c9 (details/50197), verbatim: หรือ introduces the project's
    # name, so "โครงการ" must not become an alias of the bank
    text = ("ช่วยเหลือผู้ประกอบการ SMEs ของธนาคารออมสิน หรือ โครงการ Soft Loan ออมสินฟื้นฟูท่องเที่ยวไทย "
            "วงเงิน 5,000 ล้านบาท")
    assert "โครงการ" not in _texts(_body(text)[0], "organisation")


def test_mp_abbreviation_is_not_a_department() -> None:
    # 2024/03/17 ข่าวนายกรัฐมนตรี_2_61af26f7 (details/80432), verbatim: สส. is an MP here
    text = "รัฐบาลนี้โดย สส.จังหวัดลำพูน ได้ผลักดันเรื่องยุทธศาสตร์ลำไยเข้าสู่สภาฯ แล้ว"
    assert "สส." not in _texts(_body(text)[0], "organisation")
    # 2023/11/01 ด้านสังคม_2_89b25372 (details/74044), verbatim: the release defines it as the department
    text = ("เยี่ยมชมกรมการเปลี่ยนแปลงสภาพภูมิอากาศและสิ่งแวดล้อม (สส.) และหารือการดำเนินงานด้านการเปลี่ยนแปลง"
            "สภาพภูมิอากาศ")
    orgs = {e.text: e for e in _body(text)[0] if e.type == "organisation"}
    assert orgs["สส."].canonical == "กรมการเปลี่ยนแปลงสภาพภูมิอากาศและสิ่งแวดล้อม"


def test_officers_classifier_is_not_an_honorific() -> None:
    # 2024/09/15 ด้านความมั่นคง _12_add61e8b (details/88013), verbatim: นาย after a number counts officers
    text = "อำเภอละ 15 นาย รวม 60 นาย กองกำลังสุรศักดิ์มนตรี 20 นาย ร้อย อส 30 นาย รวม110 นาย พร้อมยานพาหนะ"
    assert _texts(_body(text)[0], "person") == []


def test_latin_name_ends_before_an_organisation_word() -> None:
    # 2023/03/26 ด้านความมั่นคง_6_e133e57e (details/66593), verbatim
    text = ("กรรมการผู้จัดการ บจก.พร็อพเพอร์ตี้ เพอร์เฟค Mr. Keiichiro Yazawa Group Manager, Asia and Oceania "
            "Business Department, Sumitomo Forestry ข้าราชการ")
    assert "Mr. Keiichiro Yazawa" in _texts(_body(text)[0], "person")


def test_check_is_not_czechia() -> None:
    # 2021 องค์การขนส่งมวลชนกรุงเทพ release (details/40717), verbatim: เช็ก is "check" here;
    # 2023/03/09 ด้านเศรษฐกิจ_2_f90ae25a (details/65894), verbatim: the country's full name
    assert _texts(_body("เพื่อให้บัตรดังกล่าว สามารถเช็กอิน - เช็กเอาท์ โดยอัตโนมัติ")[0], "place") == []
    places = _texts(_body("จาก 17 ประเทศ เช่น ออสเตรเลีย จีน ฮ่องกง สาธารณรัฐเช็ก อินเดีย มาเลเซีย")[0], "place")
    assert "สาธารณรัฐเช็ก" in places


# 2024/03/02/ด้านเศรษฐกิจ_4_851de423 (details/79697) and details/85544 (thaigov-v2): areas and towns named bare, with no head word
BARE_TOWNS = "เพื่อรองรับผู้โดยสารชั้นสูง เชื่อมต่อไปยังเกาะสมุย เกาะช้าง และหัวหิน เป็นต้น"
BARE_AREA = "ซึ่งส่วนใหญ่เป็นคนต่างด้าวที่มาใช้แรงงานในย่านเยาวราช โดยมีการจัดจุดพักพิงสำหรับผู้ประสบภัย"


def test_well_known_places_without_a_head_word() -> None:
    entities, _ = _body(BARE_TOWNS)
    places = {e.text: e.english for e in entities if e.type == "place"}
    assert places == {"เกาะสมุย": "Ko Samui", "เกาะช้าง": "Ko Chang", "หัวหิน": "Hua Hin"}
    entities, _ = _body(BARE_AREA)
    assert [(e.text, e.english) for e in entities if e.type == "place"] == [
        ("เยาวราช", "Yaowarat (Chinatown), Bangkok")
    ]


# 2023/12/20/ข่าวทำเนียบรัฐบาล_1_42ef661d (details/76396) and 2024/09/02/ด้านความมั่นคง_15_d0e0da7f
# (details/87696): a city no list holds, named by กรุง/เมือง and followed by its country
CITY_PAIR = (
    "หากสามารถมีไฟลท์บินตรงที่เชื่อมระหว่างกรุงเทพและกรุงบากู ประเทศอาเซอร์ไบจาน "
    "โดยสายการบินอาเซอร์ไบจานพร้อมพิจารณาบินใ"
)
CITY_AT = "จึงขอเชิญกระทรวงมหาดไทยเข้าร่วมการประชุม Annaul Meeting ในปี 2568 ณ เมืองดาวอส สมาพันธรัฐสวิส เพื่อเป็นเกียรติ"


def test_city_named_with_its_country() -> None:
    entities, _ = _body(CITY_PAIR)
    places = _texts(entities, "place")
    assert "กรุงบากู" in places and "ประเทศอาเซอร์ไบจาน" in places
    assert not any("และ" in p for p in places)
    entities, _ = _body(CITY_AT)
    city = [e for e in entities if e.type == "place" and e.text == "เมืองดาวอส"]
    assert city and city[0].english and city[0].english.isascii() and not city[0].english.startswith("Mueang")


# thaigov-v2 2023-11 (ATM meeting release): หลวง starts the name here, it is not เมืองหลวง 'the capital'
LUANG_PRABANG = "ระหว่างวันที่ 9 - 10 พฤศจิกายน 2566 ณ เมืองหลวงพระบาง สาธารณรัฐประชาธิปไตยประชาชนลาว (สปป.ลาว)"


def test_city_whose_name_starts_like_a_kind_of_city() -> None:
    entities, _ = _body(LUANG_PRABANG)
    assert "เมืองหลวงพระบาง" in _texts(entities, "place")


# 2025/05/26/ข่าวนายกรัฐมนตรี _7_f236d200 (details/96815): the release gives the venue's English name
SUMMER_ROOM = "ตามเวลาท้องถิ่น ณ กรุงกัวลาลัมเปอร์ ซึ่งเร็วกว่าประเทศไทย 1 ชั่วโมง ณ ห้องซัมเมอร์ (Summer Room) ชั้น 6A"


def test_venue_english_from_the_brackets_after_it() -> None:
    entities, _ = _body(SUMMER_ROOM)
    room = [e for e in entities if e.type == "place" and e.text == "ห้องซัมเมอร์"]
    assert room and room[0].english == "Summer Room"
    city = [e for e in entities if e.type == "place" and e.text == "กรุงกัวลาลัมเปอร์"]
    assert city and city[0].english == "Kuala Lumpur"  # a known place keeps its glossary name


# 2024/01/17/ข่าวนายกรัฐมนตรี_2_7f0f065e (details/77563) and 2024/02/08/ด้านสังคม_5_c5f714c1 (details/78653):
# a venue head alone, then the name after a space, in Latin script or after เดอะ ('the')
LATIN_VENUE = (
    "(ตามเวลาท้องถิ่นเมืองดาวอส ซึ่งช้ากว่าไทย 6 ชั่วโมง) ณ ศูนย์ประชุม Congress Centre เมืองดาวอส "
    "สมาพันธรัฐสวิส นายเศรษฐา"
)
THE_HOTEL = "รองอธิบดีกรมสอบสวนคดีพิเศษ ร่วมพิธีเปิดงาน ณ โรงแรม เดอะ สุโกศล กรุงเทพฯ"


def test_venue_named_after_a_space() -> None:
    entities, _ = _body(LATIN_VENUE)
    venue = [e for e in entities if e.type == "place" and e.text == "ศูนย์ประชุม Congress Centre"]
    assert venue and venue[0].english == "Congress Centre"
    entities, _ = _body(THE_HOTEL)
    assert "โรงแรม เดอะ สุโกศล" in _texts(entities, "place")


# 2024/06/17/ข่าวคณะโฆษก_7_71b65e17 (details/84588): a lawn is no venue name; the building after it is
LAWN = "พรุ่งนี้ (18 มิถุนายน 2567) ณ สนามหญ้าหน้าตึกไทยคู่ฟ้า ทำเนียบรัฐบาล นายเศรษฐา ทวีสิน"


def test_weak_head_before_a_named_building() -> None:
    entities, _ = _body(LAWN)
    places = _texts(entities, "place")
    assert "ตึกไทยคู่ฟ้า" in places
    assert not any(p.startswith("สนาม") for p in places)


# 2024/09/11/ด้านความมั่นคง _6_032742ff (details/87873): a road's number stays with it before a km marker
ROAD_KM = "อำเภอแม่อาย จังหวัดเชียงใหม่ ได้เกิดเหตุดินสไลด์บริเวณถนนหมายเลข 1314 กิโลเมตรที่ 17 จากการสำรวจพบ"


def test_road_number_before_a_km_marker() -> None:
    entities, _ = _body(ROAD_KM)
    assert "ถนนหมายเลข 1314" in _texts(entities, "place")


# 2024/03/15/ด้านเศรษฐกิจ_3_fec33d9c (details/80339): a regional office is named by its number after ที่
REGION_OFFICE = "และเมื่อวานนี้ (วันที่ 14 มีนาคม 2567) สำนักงานศุลกากรภาคที่ 4 ได้เข้าตรวจค้นพัสดุในบริษัทขนส่งเอกชน"


def test_regional_office_keeps_its_number() -> None:
    entities, _ = _body(REGION_OFFICE)
    assert "สำนักงานศุลกากรภาคที่ 4" in _texts(entities, "organisation")
    assert "สำนักงานศุลกากรภาค" not in _texts(entities, "organisation")


# 2024/06/10/ด้านเศรษฐกิจ_5_e815831d (details/84205): a city followed by its province instead of its country
CITY_PROVINCE = "วันที่ 31 พฤษภาคม 2567 เดินทางไปเยือนนครฉางซา มณฑลหูหนาน ในฐานะแขกของมณฑลโดยมี นายเหมา"


def test_city_named_with_its_state_or_province() -> None:
    entities, _ = _body(CITY_PROVINCE)
    assert "นครฉางซา" in _texts(entities, "place")


# 2024/03/26/ด้านเศรษฐกิจ_3_960fab2b (details/80847): a meeting room named by its owner's short form and a number
OWNER_ROOM = "และแนวทางการแก้ไขปัญหาอุปสรรคจากการดำเนินงานที่ผ่านมา ณ ห้องประชุม อก.1 ชั้น 2 สำนักงานปลัดกระทรวงอุตสาหกรรม"


def test_room_named_by_owner_and_number() -> None:
    entities, _ = _body(OWNER_ROOM)
    # the room and its owner, two places, the floor none (CONVENTIONS.md C3; heldout31/46's golds rewritten)
    assert _texts(entities, "place")[:2] == ["ห้องประชุม อก.1", "สำนักงานปลัดกระทรวงอุตสาหกรรม"]


# 2024/08/24/ด้านกฎหมายฯ_1_b8df0979 (details/87394): frequent venues (counted after ณ) carry their own English names
BALLROOM = "ครอบครัวอบอุ่น ชุมชนเข้มแข็ง” ณ ห้องรอยัล จูบิลี่ บอลรูม อาคารชาเลนเจอร์ ศูนย์แสดงสินค้าและการประชุมอิมแพ็"


def test_frequent_venues_have_english_names() -> None:
    entities, _ = _body(BALLROOM)
    places = {e.text: e.english for e in entities if e.type == "place"}
    assert places["ห้องรอยัล จูบิลี่ บอลรูม"] == "Royal Jubilee Ballroom, IMPACT Muang Thong Thani"
    assert places["อาคารชาเลนเจอร์"] == "Challenger Hall, IMPACT Muang Thong Thani"


# 2025/03/18/ข่าวรอง นรม รมตนร _2_ebef1936 (details/94487): หมู่บ้านละ is 'per village', not a village's name
PER_VILLAGE = "นเทอร์เน็ตสาธารณะแบบไร้สาย (Free Wi-Fi) โดยไม่คิดค่าใช้จ่าย หมู่บ้านละ 1 จุด ซึ่งเป็นการเพิ่มโอก"


def test_per_village_is_not_a_place() -> None:
    entities, _ = _body(PER_VILLAGE)
    assert not [p for p in _texts(entities, "place") if p.startswith("หมู่บ้าน")]


# 2024/08/12/ด้านความมั่นคง_5_e8910d95 (details/87004): a listed venue with its number keeps the listed English
CHALLENGER_2 = "สืบสานอัตลักษณ์ผ้าทอไทย จากภูมิปัญญาสู่สากล” ณ อาคารชาเลนเจอร์ 2 ศูนย์แสดงสินค้าและการประชุมอิม"


def test_numbered_listed_venue_english() -> None:
    entities, _ = _body(CHALLENGER_2)
    hall = [e for e in entities if e.type == "place" and e.text == "อาคารชาเลนเจอร์ 2"]
    assert hall and hall[0].english == "Challenger Hall 2, IMPACT Muang Thong Thani"
