"""Highways named by their number in English (briefing.thai.latin_highways), on sentences quoted verbatim from
thaigov-v2 corpus releases outside the eval dev files and every bench set.

What a reader expects (written before the rule), from the 21 corpus releases that write one: "Highway 1338", "Highway
1093", "Highway 1098" (details/88044, bridges on them), "Highway 1" (in front of Mae Sai), "Highway 4207" and "Highway
402" (details/72871, an intersection), "National Highway No. 377/297/298" (details/66348, land expropriated), "State
Highway No. 34" and "State Highway No. 3" (details/66054, motorway exits), "Highway No. 12", "Highway No. 324",
"Highway No. 23" crossing "Highway No. 232": each a place, whole with its National/State and No.; the Highway Division,
the Department of Highways and a lower-case highway name no road, and a distance after the number is not part of it.
"""

from __future__ import annotations

from briefing.thai.entities import find_entities
from briefing.thai.latin_highways import find
from briefing.thai.normalise import normalise


def _places(body: str) -> list[str]:
    entities, _ = find_entities("", normalise(body))
    return [e.text for e in entities if e.type == "place"]


def test_numbered_highways_are_places():
    # details/88044
    body = ("(2) Construction of Bailey steel bridge on Highway 1338, Kha Yaeng-Pa Miang, at km 9+650, and "
            "Construction of Bailey steel bridge on Highway 1093, Khun Huai Khrai-Pha Tang, at km 8")
    places = _places(body)
    assert "Highway 1338" in places and "Highway 1093" in places
    # details/66054
    body = ("The cabinet approved the motorway, which includes the exits to State Highway No. 34 (Bang Wua), Chon Buri, "
            "Laem Chabang Port, Pattaya, State Highway No. 3 (Ban Amphoe), and the entrance")
    places = _places(body)
    assert "State Highway No. 34" in places and "State Highway No. 3" in places


def test_a_kind_a_body_or_a_distance_is_no_highway():
    # details/72871: the number ends before the bracketed length
    text = "(1) 4-lane expansion of Highway 4207 (4.55 km.); the Chom Thong Highway Division and the Department of Highways"
    assert [text[a:b] for a, b in find(text)] == ["Highway 4207"]
    assert find("a new highway 12 km long") == []
    assert find("Highway 12.5 km") == []
