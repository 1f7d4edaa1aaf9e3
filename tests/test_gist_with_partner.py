"""Two bodies joined by 'ร่วมกับ' (together with) whose names are too long to give both (briefing/summary/actor.py):
the one before 'ร่วมกับ' acted, with the other; naming the partner alone made it the only party. Headlines quoted
verbatim from archive releases outside every bench set (bench/gists_archive.py seed 2060, --regex on กับ/ร่วมกับ)."""

from __future__ import annotations

from tests.gist_helpers import release_gist as _gist


def test_the_body_before_ruam_kap_acts() -> None:
    # thaigov.go.th/news/contents/details/58709: read 'Chuai Khontabot ... Foundation under Royal Patronage holds
    # activities on the railway' (the State Railway holds them with the foundation)
    gist = _gist("รฟท. ร่วมกับ มูลนิธิช่วยคนตาบอดแห่งประเทศไทย ในพระบรมราชินูปถัมภ์  จัดกิจกรรม “รถไฟไทย ใคร ๆ ก็เที่ยวได้”",
                 "แบ่งปันความสุขให้แก่น้อง ๆ โรงเรียนสอนคนตาบอดกรุงเทพ\nเมื่อวันที่ 31 สิงหาคม 2565 การรถไฟแห่งประเทศไทย "
                 "(รฟท.) กระทรวงคมนาคม ร่วมกับ มูลนิธิช่วยคนตาบอดแห่งประเทศไทยในพระบรมราชินูปถัมภ์ จัดกิจกรรม\n")
    assert gist.startswith("SRT"), gist
    # thaigov.go.th/news/contents/details/48099: read 'Office of the Central Islamic Council of Thailand signs ...'
    gist = _gist("กระทรวงยุติธรรม โดยกรมคุ้มครองสิทธิและเสรีภาพ ร่วมกับ สำนักงานคณะกรรมการกลางอิสลามแห่งประเทศไทย "
                 "ลงนามบันทึกข้อตกลงความร่วมมือ (MOU) การดำเนินงานด้านการส่งเสริมสิทธิและเสรีภาพของประชาชน", "")
    assert not gist.startswith("Office of the Central Islamic Council"), gist
