"""'Leading' bodies (X ชั้นนำ) and parties as a kind (พรรคฝ่ายค้าน, พรรคการเมือง...) name no one body
(organisations.no_one_body); quotes verbatim from thaigov-v2 corpus releases outside the bench sets and dev."""

from __future__ import annotations

from briefing.thai.entities import find_entities


def _orgs(body: str) -> list[str]:
    return [e.text for e in find_entities("", body)[0] if e.type == "organisation"]


def test_leading_universities_and_associations_are_a_kind() -> None:
    # details/94579
    assert not any("ชั้นนำ" in o for o in _orgs("เยาวชนจะได้สัมผัสประสบการณ์จากมหาวิทยาลัยชั้นนำระดับโลก เทคโนโลยีดิจิทัลล้ำสมัย"))
    # details/85755
    assert not any("ชั้นนำ" in o for o in _orgs("รวมทั้งยังมีบริษัทและสมาคมอุตสาหกรรมชั้นนำจากต่างประเทศ ยืนยันเข้าร่วม"))


def test_parties_as_a_kind_but_a_named_party_stays() -> None:
    # details/95141
    assert not any(o.startswith("พรรคฝ่ายค้าน") for o in _orgs("นายกรัฐมนตรี กล่าวว่า กรณีที่พรรคฝ่ายค้านบางพรรคออกแถลงการณ์เรียกร้อง"))
    # details/71083
    assert not any(o.startswith("พรรคการเมือง") for o in _orgs("ไม่ฝักใฝ่หรือยอมตนอยู่ใต้อาณัติของพรรคการเมืองใดๆ” การให้สมาชิกวุฒิสภา"))
    # details/54918: the named party after it is kept
    orgs = _orgs("อ้างว่าคนกรุงเทพฯ เลือก ส.ก.จากพรรคฝ่ายค้านมากกว่าของพรรคพลังประชารัฐก็ตาม")
    assert "พรรคพลังประชารัฐ" in orgs
    assert not any(o.startswith("พรรคฝ่ายค้าน") for o in orgs)
