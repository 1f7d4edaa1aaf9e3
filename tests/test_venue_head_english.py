"""A venue's English from its kind and its owner or name (briefing/thai/entities.py, _venue_by_parts and
_venue_head_romanised; the kinds in briefing/data/venues.toml [[head]]): a convention centre, an auditorium, a
body's building or headquarters. Before, the pattern table's shorter head (ศูนย์ 'Centre', no อาคาร owner) romanised
the kind word with the name: 'Prachum Andaman Phannarai Centre', 'Krasuang Raengngan Building', 'Samnaknganyai Ongkan
Ahan ...'. Sentences quoted verbatim from thaigov-v2 releases (the page in each comment; none from the eval dev files
or a held-out set)."""

from __future__ import annotations

from entity_helpers import place_english

from briefing.thai.normalise import normalise


def test_a_convention_centre_named_by_a_proper_name_keeps_its_kind_in_english() -> None:
    # details/64321
    found = place_english("วัดภูเก็ต ที่ห้องประชุมขุนเลิศโภคารักษ์ ศูนย์ประชุมอันดามันพรรณราย มหาวิทยาลัยราชภัฏภูเก็ต นายณรงค์ วุ่นซิ")
    assert found.get("ศูนย์ประชุมอันดามันพรรณราย") == "Andaman Phannarai Convention Centre"


def test_a_convention_centre_of_a_known_body_after_haeng() -> None:
    # details/68444
    found = place_english("่ ๓ การอภิปรายทั่วไป (General Debate) ณ ศูนย์ประชุมแห่งสหประชาชาติ สาธารณรัฐออสเตรีย โดยนำเสนอและเน้นย้ำถึ")
    assert found.get("ศูนย์ประชุมแห่งสหประชาชาติ") == "United Nations Convention Centre"


def test_a_ministry_s_building_is_named_by_the_ministry() -> None:
    # details/63829 (no-break spaces as written; the analyzer normalises them to spaces first)
    found = place_english(normalise("งงาน\xa0เข้าร่วมด้วย\xa0ณ\xa0ห้องจัตุมงคล\xa0ชั้น\xa06\xa0อาคารกระทรวงแรงงาน\nนายสุชาติ\xa0กล่าวว่า\xa0รัฐบาลภายใต้การนำของ"))
    assert found.get("อาคารกระทรวงแรงงาน") == "Ministry of Labour Building"


def test_a_school_s_auditorium_is_named_by_the_school() -> None:
    # details/78372
    found = place_english("คณะครู อาจารย์ของจังหวัดชัยนาท เข้าร่วม ณ หอประชุมโรงเรียนชัยนาทพิทยาคม อ.เมืองชัยนาท จ.ชัยนาท\nรมช")
    english = found.get("หอประชุมโรงเรียนชัยนาทพิทยาคม")
    assert english is not None and english.endswith("School Auditorium") and not english.startswith("Hoprachum")
