"""A province's central venue glued to the province is one place (briefing.thai.place_central_venues), on sentences
quoted verbatim from thaigov-v2 corpus releases outside the eval dev files and every bench set.

What a reader expects (written before the rule), a dozen corpus cases: ณ สนามกีฬากลางจังหวัดนนทบุรี (details/86723),
...กาญจนบุรี (details/100174), ...พัทลุง, ...อุทัยธานี (twice), ...หนองบัวลำภู (twice), ...แม่ฮ่องสอน, ...ศรีสะเกษ, ...ชุมพร
(details/55972), ...นครพนม after ชั้น 2, (สนามกีฬากลางจังหวัดเชียงราย) in brackets after a hall (details/58243),
...พระนครศรีอยุธยา before ตำบลไผ่ลิง: each is the province's stadium, one place with the province in it, in English
'Nonthaburi Provincial Stadium' like the Suphan Buri one the wiki titles held; never the bare 'central stadium'
(สนามกีฬากลาง) beside the province. มัสยิดกลางจังหวัดปัตตานี (details/79529) is 'Pattani Central Mosque', not a
romanised 'Klangchangwat Pattani Mosque'. A region (ภาคกลาง) or a chain with a space before the province stays split.
"""

from __future__ import annotations

from briefing.thai.entities import find_entities
from briefing.thai.normalise import normalise
from briefing.thai.place_central_venues import joins


def _places(body: str) -> list[tuple[str, str | None]]:
    entities, _ = find_entities("", normalise(body))
    return [(e.text, e.english) for e in entities if e.type == "place"]


def test_the_provincial_stadium_is_one_place_with_its_province():
    # details/86723
    places = _places("ระหว่างวันที่ 1-4 สิงหาคม 2567 ณ สนามกีฬากลางจังหวัดนนทบุรี ซึ่งการแข่งขัน ด.ช.ศุภปัญญา")
    assert places == [("สนามกีฬากลางจังหวัดนนทบุรี", "Nonthaburi Provincial Stadium")]
    # details/100174: the stadium's own name in brackets after it
    assert ("สนามกีฬากลางจังหวัดกาญจนบุรี", "Kanchanaburi Provincial Stadium") in _places(
        "ระหว่างวันที่ 1 - 9 กันยายน 2568 ณ สนามกีฬากลางจังหวัดกาญจนบุรี (สนามกลีบบัว) สำหรับด่านที่เปิดให้")


def test_in_brackets_and_before_an_address():
    # details/58243
    places = [p for p, _ in _places("ที่ห้องประชุมอาคารคชสาร (สนามกีฬากลางจังหวัดเชียงราย) องค์การบริหารส่วนจังหวัดเชียงราย")]
    assert "สนามกีฬากลางจังหวัดเชียงราย" in places and "สนามกีฬากลาง" not in places
    # details/55972: the address after it is listed part by part (C3)
    places = [p for p, _ in _places("เมืองชุมพร 2565” ณ เวทีกลาง สนามกีฬากลางจังหวัดชุมพร ถนนพิศิษฐพยาบาล ตำบลท่าตะเภา")]
    assert "สนามกีฬากลางจังหวัดชุมพร" in places and "สนามกีฬากลาง" not in places


def test_the_central_mosque_reads_as_its_english_name():
    # details/79529
    assert ("มัสยิดกลางจังหวัดปัตตานี", "Pattani Central Mosque") in _places(
        "การคลัง พร้อมคณะ เยี่ยมชมมัสยิดกลางจังหวัดปัตตานี นายชัย วัชรงค์ โฆษกประจำสำนักนายกรัฐมนตรี")


def test_only_a_glued_province_after_a_venue_joins():
    text = "สนามกีฬากลางจังหวัดนนทบุรี ภาคกลางจังหวัดนครปฐม ลานกลาง จังหวัดน่าน"
    assert joins(text, 0, len("สนามกีฬากลาง"), len("สนามกีฬากลาง"))
    region = text.index("ภาคกลาง")
    assert not joins(text, region, region + len("ภาคกลาง"), region + len("ภาคกลาง"))
    square = text.index("ลานกลาง")
    assert not joins(text, square, square + len("ลานกลาง"), text.index("จังหวัดน่าน"))
