"""Thailand's regions named in English (briefing.thai.latin_regions), on sentences quoted verbatim from thaigov-v2
corpus releases outside the eval dev files and every bench set.

What a reader expects (written before the rule), from the 27 corpus releases that write one: "Northern Region (10
provinces): Lampang, Phrae, ..." (details/100085), "the lower Northern region, the upper Northern region, the
Northeastern region, and the Central region" (details/99069), the Central/Eastern/Northeastern/Northern/Southern/
Western region of a vaccination count (details/50491), "the Middle Eastern region" (details/71408), "flood-affected
victims in the Southern region": each region a place, as the read golds list Central Region, Northern Region and
Southern region; the region inside a longer title ("Development Of North Eastern Region Of The Republic Of India")
none of its own; a Thai release's words are not read.
"""

from __future__ import annotations

from briefing.thai.entities import find_entities
from briefing.thai.latin_regions import find
from briefing.thai.normalise import normalise


def _places(body: str) -> list[str]:
    entities, _ = find_entities("", normalise(body))
    return [e.text for e in entities if e.type == "place"]


def test_regions_heading_a_list_of_provinces():
    # details/100085
    places = _places("The provinces expected to be affected by typhoon “Kajiki” for August 24, 2025, are:\nNorthern "
                     "Region (10 provinces): Lampang, Phrae, Nan, Uttaradit, Tak, Sukhothai, Kamphaeng Phet")
    assert "Northern Region" in places and "Lampang" in places


def test_upper_and_lower_regions_keep_their_word():
    # details/99069
    text = ("out through public hearing in 4 areas: the lower Northern region, the upper Northern region, the "
            "Northeastern region, and the Central region, and the results have been used")
    assert [text[a:b] for a, b in find(text)] == ["lower Northern region", "upper Northern region", "Northeastern region",
                                                   "Central region"]


def test_a_region_inside_a_title_is_not_taken():
    assert find("Memorandum Of Understanding Between The Ministry Of Development Of North Eastern Region Of The "
                "Republic Of India") == []
    assert find("the Northeastern Region Development Fund") == []


def test_a_lower_case_region_of_thailand():
    # details/91003, details/83286
    text = "originating from riverside communities in central Thailand, has been passed down"
    assert [text[a:b] for a, b in find(text)] == ["central Thailand"]
    assert "southern Thailand" in _places("cargos through cutting across southern Thailand and providing an alternative")
    assert find("the Royal Thai Embassy in Thailand") == []
