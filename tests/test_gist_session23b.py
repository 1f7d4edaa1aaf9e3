"""Session 23 gist kinds, second helper (s23-gists2, OFFLINE_VERSION 53). Headlines quoted verbatim from archive releases
outside every bench set (found by their Thai in the unpacked corpus; sources checked against bench/mine_exclude_sources.txt)."""

from __future__ import annotations

from tests.gist_helpers import release_gist as _gist


def test_hand_foot_and_mouth_disease_is_one_name() -> None:
    # thaigov.go.th/news/contents/details/100439: read 'warns the public about the hand disease and feet'
    gist = _gist("เตือน โรคมือ เท้า ปาก ในเด็กเล็ก “ระบาด” พุ่ง!  เผย 8 เดือนป่วย 65.7%")
    assert "hand-foot-and-mouth disease" in gist and "feet" not in gist, gist
    # thaigov.go.th/news/contents/details/98289: read 'beware of feet hand disease'
    gist = _gist("เตือนผู้ปกครองระวังโรคมือเท้าปากในเด็กเล็ก")
    assert "beware of hand-foot-and-mouth disease" in gist, gist


def test_this_morning_or_tomorrow_is_no_noun() -> None:
    # thaigov.go.th/news/contents/details/100206: read 'reports the this morning situation'
    gist = _gist("“ไทยคู่ฟ้า”  รายงานสถานการณ์เช้านี้")
    assert gist.endswith("reports the situation"), gist
    # thaigov.go.th/news/contents/details/51039: read 'starts the tomorrow and vaccinates COVID in children'
    gist = _gist("เริ่มพรุ่งนี้ (31ม.ค.65) ฉีดวัคซีนป้องกันโควิด-19 ในเด็ก 5-11 ปี")
    assert "tomorrow" not in gist and "vaccinates" in gist, gist
