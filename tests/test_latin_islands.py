"""Thai islands written Koh/Ko and their name in English releases (briefing.thai.latin_islands), on sentences quoted
verbatim from thaigov-v2 corpus releases outside the eval dev files and every bench set.

What a reader expects (written before the rule), from the corpus releases that write Koh/Ko before a capitalised word:
Koh Samui and Koh Phangan among Chiang Mai, Pattaya, Phuket, Hua Hin and Krabi (details/75448), Koh Kradan in Trang
province (details/67316), Surat Thani's Koh Tan, Koh Kood district, Myanmar's Koh Song, Ko Khai, the area of Koh
Chang: each an island, a place; Koh Lanta Fisheries Cooperative Limited (details/86828) a body, not an island inside
it; the royal oxen Phra Ko Por and Phra Ko Piang (details/54281) and the village Ban Koh Sai (details/88281) no
island; a Thai release's โครงการ Koh Tao, Better Together a project.
"""

from __future__ import annotations

from briefing.thai.entities import find_entities
from briefing.thai.latin_islands import find
from briefing.thai.normalise import normalise


def _places(body: str) -> list[str]:
    entities, _ = find_entities("", normalise(body))
    return [e.text for e in entities if e.type == "place"]


def test_islands_among_resorts_are_places():
    # details/75448
    places = _places("ation in Thailand, followed by Chiang Mai, Pattaya, Phuket, Koh Samui, Hua Hin, Koh Phangan, "
                     "and Krabi.")
    assert "Koh Samui" in places and "Koh Phangan" in places and "Krabi" in places
    # details/67316
    assert "Koh Kradan" in _places("The tourism minister was informed about the rising popularity of Koh Kradan in "
                                   "Trang province among tourists.")


def test_a_body_oxen_and_a_village_are_no_islands():
    # details/86828, details/54281, details/88281
    assert find("sal to write off bad debts of Koh Lanta Fisheries Cooperative Limited under the") == []
    assert find("xen (Phra Ko Raek Na), namely Phra Ko Por and Phra Ko Piang (their name") == []
    assert find("and at Ban Koh Sai community (by Mobile Development Unit)") == []


def test_a_thai_release_project_is_left_alone():
    assert "Koh Tao" not in _places("มูลนิธิรักษ์ไทย เปิดตัวโครงการ Koh Tao, Better Together ตั้งเป้าระดมทุนเพื่อฟื้นฟูเกาะเต่า")
