"""The extractor follows the annotation conventions settled in bench/heldout/CONVENTIONS.md (sessions 12, 13).

C1: a ministry inside an abbreviated post is an organisation (the dev gold lists ศธ. out of รมช.ศธ., its only
mentions); ทสส. in ผบ.ทสส. abbreviates the post, no body. C2: the bare รัฐบาล is not listed, acting or not (the dev
gold never lists it). C4: a person written in Thai with the Latin name in brackets is one person, listed once.
Sentences quoted from thaigov-v2 releases (source ids in the comments).
"""

from __future__ import annotations

from briefing.thai.entities import find_entities


def _texts(body: str, type_: str) -> list[str]:
    return [e.text for e in find_entities("", body)[0] if e.type == type_]


def test_ministry_abbreviation_inside_a_post_is_an_organisation() -> None:
    # details/98407 (the dev gold's 10_moe: ศธ. listed, its only mentions in รมช.ศธ.)
    assert "ศธ." in _texts("รมช.ศธ. กล่าวว่า รัฐบาลภายใต้การนำของนายกรัฐมนตรี ให้ความสำคัญอย่างยิ่ง", "organisation")
    # details/77502: the forces' abbreviations in their commanders' posts, not ทสส. (a post, ทหารสูงสุด)
    orgs = _texts("พล.อ.ทรงวิทย์ หนุนภักดี ผบ.ทสส., พล.อ.เจริญชัย หินเธาว์ ผบ.ทบ., พล.ร.อ.อะดุง พันธุ์เอี่ยม ผบ.ทร. และ", "organisation")
    assert {"ทบ.", "ทร."} <= set(orgs) and "ทสส." not in orgs


def test_the_prime_ministers_office_inside_its_ministers_post() -> None:
    # details/94695: รมต.นร. is the minister attached to the Prime Minister's Office; นร. alone (students) is not
    assert _texts("“จิราพร” รมต.นร.  โต้ ส.ส.พรรคประชาชน หลังถูกพาดพิง", "organisation")[0] == "นร."
    assert "นร." not in _texts("โครงการนี้ให้ นร. ทุกคนได้เรียนรู้", "organisation")


def test_the_bare_government_is_not_an_organisation() -> None:
    # details/98407: "รัฐบาลจัดสรรทุนการศึกษา 1,200 ทุน" (the dev gold lists no รัฐบาล); a named one is
    assert "รัฐบาล" not in _texts("ในปีนี้ รัฐบาลจัดสรรทุนการศึกษา 1,200 ทุน ให้กับนักเรียน", "organisation")


def test_a_thai_name_with_its_latin_name_in_brackets_is_one_person() -> None:
    # details/79665
    people = _texts("ณ ตึกไทยคู่ฟ้า ทำเนียบรัฐบาล นายฟาน จี๊ ทัญ (H.E. Mr. Phan Chi Thanh) เอกอัครราชทูตสาธารณรัฐสังคมนิยมเวียดนาม", "person")
    assert len(people) == 1 and people[0].endswith("ฟาน จี๊ ทัญ")


def test_a_local_governments_kind_and_its_abbreviation_name_no_body() -> None:
    # C7 (session 13): a class of councils is no organisation. details/70466 (the transfer of health stations to
    # the provincial administrations), details/87687 (an exhibition of local governments' work)
    body = "กรณีการถ่ายโอนโรงพยาบาลส่งเสริมสุขภาพตำบล (รพ.สต.) ไปยังองค์การบริหารส่วนจังหวัด (อบจ.) และมีบุคลากรที่ถ่ายโอน"
    assert not {"อบจ.", "องค์การบริหารส่วนจังหวัด"} & set(_texts(body, "organisation"))
    body = "เยี่ยมชมนิทรรศการแสดงผลงานทางวิชาการขององค์กรปกครองส่วนท้องถิ่น (อปท.) ทั่วประเทศ อาทิ เทศบาลนครเชียงราย"
    assert not {"อปท.", "องค์กรปกครองส่วนท้องถิ่น"} & set(_texts(body, "organisation"))
    # a named council keeps its abbreviation (its name comes before the bracket)
    assert "อบจ.เชียงใหม่" in _texts("องค์การบริหารส่วนจังหวัดเชียงใหม่ (อบจ.เชียงใหม่) ได้จัดกิจกรรม", "organisation")


def test_thailand_as_the_country_is_a_place_and_as_an_adjective_not() -> None:
    # C8 (session 13): ของไทย ('Thailand's') names the country; คนไทย, เศรษฐกิจไทย use it as an adjective.
    # details/75655: อีกหนึ่ง Soft Power สำคัญของไทยในการช่วยขับเคลื่อน...
    assert "ไทย" in _texts("ซึ่งเป็นอีกหนึ่ง Soft Power สำคัญของไทยในการช่วยขับเคลื่อนและกระตุ้นเศรษฐกิจ", "place")
    # the dev gold's 10_moe (details/98407) lists no ไทย out of เด็กไทย
    assert "ไทย" not in _texts("เพื่อเพิ่มโอกาสของเด็กไทยที่มีความสามารถ", "place")
