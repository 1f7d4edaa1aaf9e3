"""Areas written in English before their level word in a spelling the district register lacks
(place_english_areas); quotes are verbatim from thaigov-v2 corpus releases outside the bench sets and dev (the
release's page in the comment above each)."""

from __future__ import annotations

from briefing.thai import place_english_areas
from briefing.thai.entities import find_entities


def _places(body: str) -> list[str]:
    return [e.text for e in find_entities("", body)[0] if e.type == "place"]


def test_subdistrict_and_district_in_an_odd_spelling() -> None:
    # details/64879 (the register: Lochut, Waeng)
    body = ("tom House, and merge it with Su-ngai Kolok Customs House. Buketa border crossing point in Lohjude "
            "sub-district, Weang district, Narathiwat province shall be under the authority")
    places = _places(body)
    assert "Lohjude sub-district" in places
    assert "Weang district" in places
    # details/52571
    body = ("March 14, 2022, at 12.45 hrs, at Betong International Airport, Rayom sub-district, Betong district, "
            "Yala province, Prime Minister and Defense Minister")
    assert "Rayom sub-district" in _places(body)


def test_after_a_possessive_the_area_is_the_name_alone() -> None:
    # details/71498
    body = ("a, class 1A, in Doi Luang district’s Chokchai subdistrict, and in Chiang Khong district’s Huay Sor "
            "subdistrict, Chiang Rai province. The total area of 52 rai")
    assert "Huay Sor subdistrict" in _places(body)


def test_foreign_areas_in_a_list_before_a_plural_level_word() -> None:
    # details/74222
    body = ("expressed condolences on his Twitter (X) account over the earthquake disaster in Nepal’s Jajarkot and "
            "Rukum districts on November 3, 2023, which have costed over 120 lives")
    places = _places(body)
    assert "Jajarkot" in places
    assert "Rukum" in places


def test_a_level_word_inside_a_longer_name_or_a_group_is_no_area() -> None:
    # details/99108: subdistrict health promoting hospitals
    text = ("ed hospitals, namely the Phanom Dong Rak (Chalerm Prakiat 80th Anniversary) Hospital, the Kham Proy "
            "Subdistrict Health Promoting Hospital, the Khok Subdistrict Health Promoting Ho")
    assert place_english_areas.find(text, lambda name, level: False) == []
    # details/77210: a group of provinces named by its sea
    text = "and explore new tourist attractions to boost economy in these Andaman provinces. The Prime Minister"
    assert place_english_areas.find(text, lambda name, level: False) == []
    # programmes and kinds named with the level word (One District One Scholarship, a business district)
    for text in ("สนับสนุนโครงการ One District One Scholarship (ODOS) และ", "ย่านถนนสาทร สีลม (CBD: Central Business District)",
                 "การพัฒนาย่านนวัตกรรมการแพทย์โยธี (Yothi Medical Innovation District: YMID) มีความก้าวหน้า",
                 "COVID-19 situation in the 4 Southernmost provinces which seems"):
        assert place_english_areas.find(text, lambda name, level: False) == [], text


def test_registered_names_are_left_to_the_register() -> None:
    # the register's own spelling is places._latin_areas' (one mention, not two)
    body = "The draft prescribes enforcement of city planning in Bang Kapi District, Bangkok."
    assert _places(body).count("Bang Kapi District") == 1
