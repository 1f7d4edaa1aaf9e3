"""A Latin name in brackets after a Thai phrase for a thing names the thing, not a body (thai/org_latin_things.py).

Each sentence is quoted from a corpus release (its source in the comment). Before the rule the bracket was an
organisation: the English name of a trade agreement, an MOU or a data system.
"""

from __future__ import annotations

from entity_helpers import orgs

from briefing.thai.org_latin_things import glosses_thing


def _glosses(text: str, name: str) -> bool:
    return glosses_thing(text, text.index(name))


def test_bracket_after_a_thing_is_no_body() -> None:
    # details/100143: the free trade agreement's English, a body (สหภาพยุโรป) named inside the Thai phrase
    text = ("โดยเฉพาะความคืบหน้าในการเจรจาความตกลงการค้าเสรีไทย–สหภาพยุโรป (Thai–EU FTA) ซึ่งบรรลุข้อตกลงในหลักการได้แล้ว")
    assert _glosses(text, "Thai–EU FTA")
    found = orgs(text)
    assert "Thai–EU FTA" not in found and "สหภาพยุโรป" in found
    # details/47736: the MOU on a system
    assert _glosses("ได้มีการลงนามในบันทึกข้อตกลงเรื่องการใช้ระบบประกันภัยรถยนต์ภาคบังคับผ่านแดนอาเซียน (ACMI MOU) เรียบร้อยแล้ว",
                    "ACMI MOU")
    # details/81565: a data system
    assert _glosses("[ข้อมูลจากระบบจัดเก็บข้อมูลนักเรียนรายบุคคล (Data management Center: DMC) ณ วันที่ 10 พฤศจิกายน 2566]",
                    "Data management Center")


def test_bracket_of_a_body_is_kept() -> None:
    # details/62463: the database belongs to the centre, and the English names the centre
    assert not _glosses("กับฐานข้อมูลข่าวปลอมของศูนย์ต่อต้านข่าวปลอมประเทศไทย (Anti Fake News Center Thailand :AFNC) ที่ทาง",
                        "Anti Fake News Center Thailand")
    # details/95336: under the WTO; the English holds a body's head word
    assert not _glosses("บนพื้นฐานของระบบพหุภาคีภายใต้องค์การการค้าโลก (World Trade Organization-WTO)", "World Trade Organization")
    # details/51579: an acronym alone is the body's
    assert not _glosses("ผู้อำนวยการบริหารโครงการเอดส์แห่งสหประชาชาติ (UNAIDS) และรองเลขาธิการองค์การสหประชาชาติ", "UNAIDS")
    # details/78985: a standard glossed by the body that sets it
    assert not _glosses("เช่น มาตรฐานการกำกับดูแลธุรกิจประกันภัยสากล (International Association of Insurance Supervisors: IAIS)",
                        "International Association of Insurance Supervisors")
