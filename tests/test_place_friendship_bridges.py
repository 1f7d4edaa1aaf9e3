"""The border's friendship bridges with their number (briefing.thai.place_friendship_bridges), on sentences quoted
verbatim from thaigov-v2 corpus releases outside the eval dev files and every bench set.

What a reader expects (written before the rule): each bridge highlighted whole with its number, in English the
bridge's published name ('Second Thai-Lao Friendship Bridge'); the Thai-Cambodian one not romanised
('Mitphapthai - Kamphucha Bridge'); an en dash written as a hyphen is; no bridge named where none is.
"""

from __future__ import annotations

from briefing.thai.entities import find_entities
from briefing.thai.normalise import normalise


def _places(body: str) -> list[tuple[str, str | None]]:
    entities, _ = find_entities("", normalise(body))
    return [(e.text, e.english) for e in entities if e.type == "place"]


def test_numbered_bridges_keep_their_number_in_thai_and_english():
    # details/60977: the four Thai-Lao bridges open to traffic
    body = ("ระหว่างประเทศแล้ว จำนวน 4 แห่ง ได้แก่ สะพานมิตรภาพไทย - ลาว แห่งที่ 1 (หนองคาย - เวียงจันทน์) "
            "สะพานมิตรภาพไทย - ลาว แห่งที่ 2 (มุกดาหาร - สะหวันนะเขต) สะพานมิตรภาพไทย - ลาว แห่งที่ 3 (นครพนม - คำม่วน) "
            "และสะพานมิตรภาพไทย - ลาว แห่งที่ 4 (เชียงของ - ห้วยทราย) โค")
    bridges = [p for p in _places(body) if p[0].startswith("สะพาน")]
    assert bridges == [(f"สะพานมิตรภาพไทย - ลาว แห่งที่ {n}", f"{word} Thai-Lao Friendship Bridge")
                       for n, word in ((1, "First"), (2, "Second"), (3, "Third"), (4, "Fourth"))]


def test_an_en_dash_and_the_cambodian_bridge_read_as_their_english_names():
    # details/60127, details/75217
    assert ("สะพานมิตรภาพไทย – ลาว แห่งที่ 1", "First Thai-Lao Friendship Bridge") in _places(
        "เมืองหาดซางฟอง นครหลวงเวียงจันทน์ห่างจากสะพานมิตรภาพไทย – ลาว แห่งที่ 1 ประมาณ 1.5 กิโลเมตร\xa0 โดยได้ร")
    assert ("สะพานมิตรภาพไทย - กัมพูชา", "Thai-Cambodian Friendship Bridge") in _places(
        "ุลกากร อำเภออรัญประเทศ จังหวัดสระแก้ว ณ สะพานมิตรภาพไทย - กัมพูชา (บ้านหนองเอี่ยน - สตึงบท) โดยมีนาย")


def test_friendship_itself_is_no_bridge():
    assert not [p for p in _places("กระชับความสัมพันธ์และมิตรภาพไทย - ลาว ให้แน่นแฟ้นยิ่งขึ้น") if "มิตรภาพ" in p[0]]
