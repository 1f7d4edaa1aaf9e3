"""A Thai ministry followed by other ministries written by their short names (organisations._enumeration_end):
the list is several ministries, not one ministry's remits; a foreign ministry's remits stay one name. Sentences
quoted verbatim from corpus releases (the source in each comment)."""

from __future__ import annotations

from tests.entity_helpers import orgs


def test_ministries_listed_short_after_a_full_one():
    # details/88091: before, "กระทรวงมหาดไทย ศึกษาธิการ และสาธารณสุข" was read as one ministry
    found = orgs("ทรวงหลัก ประกอบด้วย กระทรวงมหาดไทย ศึกษาธิการ และสาธารณสุข ในฐานะคณะกรรมการนโยบาย")
    assert "กระทรวงมหาดไทย" in found
    assert "ศึกษาธิการ" in found and "สาธารณสุข" in found
    assert not any(f.startswith("กระทรวงมหาดไทย ") for f in found)


def test_foreign_ministry_with_remits_stays_whole():
    # details/71255: Japan's ministry of health, labour and welfare; details/66760: Korea's MOTIE
    assert "กระทรวงสาธารณสุข แรงงาน และสวัสดิการ" in orgs(
        "ษตร ป่าไม้ และประมง กระทรวงสาธารณสุข แรงงาน และสวัสดิการ สำนักงานกิจการผู้บริโภค")
    assert "กระทรวงการค้า อุตสาหกรรม และพลังงาน" in orgs(
        "โดยความร่วมมือของกระทรวงการค้า อุตสาหกรรม และพลังงาน ( Ministry of Trade, Industry and Energy)")
