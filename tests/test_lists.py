"""Bare members of coordinated lists take the type of their recognised siblings (briefing/thai/lists.py).

Each sentence is quoted verbatim from a release of the thaigov.go.th archive (its source URL in the comment).
"""

from __future__ import annotations

import pytest

from briefing.model import Entity
from briefing.thai.entities import find_entities


def _of(body: str, type_: str) -> list[Entity]:
    entities, _ = find_entities("", body)
    return [e for e in entities if e.type == type_]


# details/43787: cities in brackets, one of them spelt as no list holds it
CITIES = ("ซึ่งเป็นตัวแทนเอเย่นต์และสื่อมวลชนต่างประเทศ  (ลอนดอน ปารีส แฟรงค์เฟิร์ต และฮ่องกง) "
          "ที่การท่องเที่ยวแห่งประเทศไทยเชิญมาในรูปแบบแฟมทริปด้วย")
# details/62435: export markets, Angola between known countries
MARKETS = ("หรือคิดเป็นสัดส่วนเพิ่มขึ้น 44% ส่วนใหญ่ส่งไป อิรัก จีน ญี่ปุ่น แองโกล่า โมซัมบิก แคเมอรูน "
           "และมีการส่งออกข้าวนึ่งเพิ่มขึ้น 21%")
# details/94711: source countries, Morocco misspelt
SOURCES = ("จำนวน 10,262 ตัน จากประเทศอินโดนีเซีย เม็กซิโก แอฟริกาใต้ โรมาเนีย โมร็อคโก และตุรกี "
           "โดยจากการตรวจสอบพบว่าสินค้าที่สำแดงว่าเป็นฝุ่นและผงสังกะสีนั้นคือ “ฝุ่นแดง”")
# details/80523: provinces in brackets, the last two joined by a glued และ
PROVINCES = ("ได้เป็นประธานการประชุมหารือกับผู้ว่าราชการจังหวัดและภาคเอกชนในพื้นที่กลุ่มจังหวัดภาคเหนือตอนบน 2 "
             "(พะเยา เชียงราย น่านและแพร่) โดยมีนายดนุชา พิชยนันทร์ เลขาธิการสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ")
# details/89363: a province's districts, bare, in brackets
DISTRICTS = "จังหวัดประจวบคีรีขันธ์ (หัวหิน ปราณบุรี สามร้อยยอด กุยบุรี ทับสะแก บางสะพาน บางสะพานน้อย)\n"
# details/56586: a list of schools after ได้แก่, the first one passed over by the recognisers
SCHOOLS = ("ได้ร่วมเยี่ยมชมสตรีทอาร์ตที่ได้สรรสร้างขึ้นจากศิลปินมืออาชีพ และกลุ่มโรงเรียน 6 โรงเรียนได้แก่ "
           "โรงเรียนกุหลาบวิทยา โรงเรียนราชวินิตมัธยม โรงเรียนสตรีวัดมหาพฤฒาราม ในพระบรมราชินูปถัมภ์")
# details/47809: the class of local bodies after two departments stays out, as it does alone (golds disagree on it)
BODIES = "5) การขุดลอกเพื่อเพิ่มประสิทธิภาพการระบายน้ำเชื่อมโยงแหล่งน้ำในการไล่น้ำเค็ม\nดำเนินการโดยกรมชลประทาน กรมเจ้าท่า และ อปท.\n"


@pytest.mark.parametrize(("body", "name"), [(CITIES, "แฟรงค์เฟิร์ต"), (MARKETS, "แองโกล่า"), (SOURCES, "โมร็อคโก")])
def test_bare_place_between_recognised_places(body: str, name: str) -> None:
    found = [e for e in _of(body, "place") if e.text == name]
    assert len(found) == 1
    assert found[0].english_source == "romanised"  # a guess, shown as one


def test_province_before_a_glued_and() -> None:
    assert "น่าน" in [e.text for e in _of(PROVINCES, "place")]


def test_bare_district_takes_the_registers_english() -> None:
    found = [e for e in _of(DISTRICTS, "place") if e.text == "ทับสะแก"]
    assert [(e.english, e.english_source) for e in found] == [("Thap Sakae District", "listed")]


def test_first_school_of_a_list() -> None:
    assert "โรงเรียนกุหลาบวิทยา" in [e.text for e in _of(SCHOOLS, "organisation")]


def test_class_of_bodies_stays_out() -> None:
    assert "อปท." not in [e.text for e in _of(BODIES, "organisation")]


# details/63097: one bank's savings products, the bank's short form repeated: not a list of banks
PRODUCTS = ("ให้กับลูกค้าเงินฝากสงเคราะห์ ทั้ง ธกส มอบรัก 1/1 ธกส รักคุณ ธกส เพิ่มรัก 2 และ ธกส  ทวีรัก 99 "
            "เพื่ออำนวยความสะดวกให้ลูกค้าเข้าถึงบริการทางการเงินได้สะดวกมากยิ่งขึ้น")
# details/41674: hospital branches, the hospital's name repeated
BRANCHES = ("ได้ร่วมมือกับโรงพยาบาลในเครือข่ายประกันสังคมในพื้นที่ จำนวน 4 แห่ง ได้แก่ โรงพยาบาลวิภาราม อมตะนคร "
            "โรงพยาบาลวิภาราม แหลมฉบัง โรงพยาบาลเอกชน 2 และโรงพยาบาลพญาไท ศรีราชา")


@pytest.mark.parametrize(("body", "word"), [(PRODUCTS, "รักคุณ"), (BRANCHES, "อมตะนคร")])
def test_a_repeated_name_is_no_list(body: str, word: str) -> None:
    entities, _ = find_entities("", body)
    assert not [e for e in entities if e.text == word]


# details/71513: classes of hospitals among named bodies
HOSPITALS = ("โดยในส่วนของหน่วยงานสังกัดกระทรวง  สาธารณสุข เช่น สำนักงานสาธารณสุขจังหวัด โรงพยาบาลศูนย์ โรงพยาบาลทั่วไป "
             "กองสาธารณสุขฉุกเฉิน สำนักงานปลัดกระทรวงสาธารณสุข จะเป็นหน่ว")
# details/73868: dishes between the provinces they come from
DISHES = ("อาทิ ไก่ย่างเขาสวนกวาง จังหวัดขอนแก่น , ก๋วยจั๊บญวน จังหวัดอุบลราชธานี, ก๋วยเตี๋ยวสุโขทัยบ้านนา จังหวัดสุโขทัย, "
          "ข้าวซอย จังหวัดลำปาง")


@pytest.mark.parametrize(("body", "word"), [(HOSPITALS, "โรงพยาบาลศูนย์"), (HOSPITALS, "โรงพยาบาลทั่วไป"),
                                            (DISHES, "ก๋วยเตี๋ยวสุโขทัยบ้านนา")])
def test_a_class_or_a_dish_is_no_member(body: str, word: str) -> None:
    entities, _ = find_entities("", body)
    assert not [e for e in entities if e.text == word]
