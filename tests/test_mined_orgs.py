"""Organisation abbreviations mined from the archive (briefing/data/mined_orgs.tsv, bench/mine_orgs.py, issue 11):
an abbreviation the releases pair with a body ("กองอำนวยการน้ำแห่งชาติ (กอนช.)") is an organisation where a
release writes it alone; on sentences quoted verbatim from thaigov-v2 corpus releases that are in no annotated
set (the source URL is in each comment).
"""

from __future__ import annotations

from briefing.thai.entities import find_entities
from briefing.thai.mined_orgs import table


def _orgs(body: str) -> list[str]:
    entities, _ = find_entities("", body)
    return [e.text for e in entities if e.type == "organisation"]


def test_a_mined_abbreviation_alone_is_an_organisation() -> None:
    # https://www.thaigov.go.th/news/contents/details/45095 and .../98677: neither release writes the full names
    assert "ศย." in _orgs("2. ศย. เห็นควรให้ กยศ. นำระบบไกล่เกลี่ยก่อนฟ้องร้องตามประมวลกฎหมายวิธีพิจารณาความแพ่งมาตรา 20 ตรี")
    assert "คบต." in _orgs("ในคราวประชุม คบต. ครั้งที่ 5/2568 เมื่อวันที่ 8 กรกฎาคม 2568 ที่ประชุมได้มีมติเห็นชอบเรื่องดังกล่าว")
    assert table()["ศย."].full == "สำนักงานศาลยุติธรรม"


def test_abbreviations_in_a_list_of_bodies() -> None:
    # https://www.thaigov.go.th/news/contents/details/68798
    orgs = _orgs("ความร่วมมือจากหน่วยงานในสังกัด อก. และภาคีเครือข่ายพันธมิตร อาทิ สปอ. กพร. สศอ. ธพว. กนอ. สถาบันเครือข่าย")
    assert "สปอ." in orgs and "กพร." in orgs, orgs


def test_the_era_written_like_an_abbreviation_is_not_a_body() -> None:
    # https://www.thaigov.go.th/news/contents/details/38803: พศ. 2563 is the Buddhist era, not the Office of Buddhism
    body = "เนื่องจากในปีงบประมาณรายจ่ายประจำปีงบประมาณ พศ. 2563 หน่วยรับงบประมาณบางส่วนได้จัดซื้อจัดจ้าง"
    assert not any(o.startswith("พศ") for o in _orgs(body))
