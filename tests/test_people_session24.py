"""People, session 24: an official named in a headline by the given name alone, then what they did. Headlines quoted
verbatim from thaigov-v2 releases outside every bench set (the thaigov.go.th details id is in each comment).

What a reader expects: 'รมช. มนัญญา เยี่ยมชมโรงสีข้าว' is the Deputy Minister Mananya Thaiset visiting rice mills, not
a person named 'Mananya Yiamchomrongsikhao'; a family name that begins like a verb stays a family name."""

from __future__ import annotations


def _named(text: str) -> list[str]:
    from briefing.thai.entities import find_entities
    from briefing.thai.normalise import normalise

    entities, _ = find_entities("", normalise(text))
    return [e.text for e in entities if e.type == "person"]


def test_an_official_s_given_name_then_an_act_is_no_family_name() -> None:
    # details/36827 (the headline): 1,025 archive headlines put a listed official's given name before one of these acts
    title = ("รมช. มนัญญา เยี่ยมชมโรงสีข้าว โรงงานปรับปรุงเมล็ดพันธุ์ โรงอบความชื้นข้าวเปลือก "
             "ของสหกรณ์การเกษตรพิมาย จำกัด")
    assert not any("เยี่ยมชม" in name for name in _named(title))


def test_a_family_name_that_begins_like_a_verb_is_kept() -> None:
    # details/65695: วิษณุ is a listed official's given name too (วิษณุ เครืองาม); ทับเที่ยง is no act of a headline
    assert "นายวิษณุ ทับเที่ยง" in _named("เมื่อวันที่ 2 มีนาคม 2566 นายวิษณุ ทับเที่ยง หัวหน้าผู้ตรวจราชการกระทรวงอุตสาหกรรม")
