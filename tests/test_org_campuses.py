"""org_campuses: a university (or its hospital) with its campus after it is one organisation (session 22, issue 11).
Each text is quoted verbatim from a corpus release (none of them an eval dev file or a held-out file); the release is
named above it."""

from __future__ import annotations

from entity_helpers import orgs as _orgs

from briefing.thai import org_campuses
from briefing.thai.entities import find_entities
from briefing.thai.gazetteer import gazetteer


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in org_campuses.find(text, gazetteer())]


def test_a_university_and_its_campus_are_one_body() -> None:
    # details/36356: students of the Rangsit campus (ศูนย์ + a place); the university was listed bare
    found = _orgs("ผลงาน GHB one for Gen Y โดยนักศึกษาจากมหาวิทยาลัยธรรมศาสตร์ ศูนย์รังสิต ประกอบด้วยนางสาวรวิภา ไชยรบ")
    assert "มหาวิทยาลัยธรรมศาสตร์ ศูนย์รังสิต" in found and "มหาวิทยาลัยธรรมศาสตร์" not in found
    # details/65489: วิทยาเขต glued, the campus's province ends the name before the glued line end
    assert _found("สนับสนุนจัดตั้ง มหาวิทยาลัยราชภัฏสงขลาวิทยาเขตสตูล \n") == ["มหาวิทยาลัยราชภัฏสงขลาวิทยาเขตสตูล"]


def test_a_centre_named_for_a_place_is_a_campus_not_a_body() -> None:
    # details/63434: ศูนย์แม่ริม was a centre of its own; the whole is one campus (here the venue, a place)
    text = "ณ หอประชุมทีปังกรรัศมีโชติ มหาวิทยาลัยราชภัฏเชียงใหม่ ศูนย์แม่ริม อ.แม่ริม จ.เชียงใหม่"
    assert _found(text) == ["มหาวิทยาลัยราชภัฏเชียงใหม่ ศูนย์แม่ริม"]
    assert "ศูนย์แม่ริม" not in _orgs(text)


def test_a_glued_list_of_bodies_is_no_campus() -> None:
    # details/69706: a list of clubs written without spaces; โรงพยาบาลศูนย์ is a class of hospital, not a campus
    assert _found("ชมรมผู้บริหารการพยาบาลโรงพยาบาลชุมชนชมรมพยาบาลชุมชนโรงพยาบาลศูนย์โรงพยาบาลทั่วไป ชมรมพยาบาลชุมชน") == []


def test_a_campus_has_its_universitys_english_and_its_place() -> None:
    # details/78096 (รังสิต is a registered subdistrict: its DOPA English): เปิดให้บริการติดกับมหาวิทยาลัยธรรมศาสตร์ ศูนย์รังสิต ตำบลคลองหนึ่ง อำเภอคลองหลวง
    assert org_campuses.english("มหาวิทยาลัยธรรมศาสตร์ ศูนย์รังสิต", gazetteer()) == ("Thammasat University, Rangsit Campus", True)
    # details/85878: “เกาะเสด็จประพาส” ภายในมหาวิทยาลัยเทคโนโลยีราชมงคลอีสาน วิทยาเขตสุรินทร์ เดินหน้าบูรณะ
    text = "“เกาะเสด็จประพาส” ภายในมหาวิทยาลัยเทคโนโลยีราชมงคลอีสาน วิทยาเขตสุรินทร์ เดินหน้าบูรณะให้เป็นแหล่งท่องเที่ยวฯ"
    english = {e.text: e.english for e in find_entities("", text)[0] if e.type == "organisation"}
    assert english["มหาวิทยาลัยเทคโนโลยีราชมงคลอีสาน วิทยาเขตสุรินทร์"] == "Rajamangala University of Technology Isan, Surin Campus"
