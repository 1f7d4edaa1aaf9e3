"""Session 24 gist kinds (the lead, OFFLINE_VERSION 54). Headlines quoted verbatim from archive releases outside every
bench set (sources checked against bench/mine_exclude_sources.txt)."""

from __future__ import annotations

from tests.gist_helpers import release_gist as _gist


def test_a_deputy_minister_written_without_wa_kan_is_the_post() -> None:
    # thaigov.go.th/news/contents/details/94396: 'รัฐมนตรีช่วยเกษตรฯ' (29 archive headlines write the post without
    # ว่าการ) read 'Minister helps agriculture', ช่วย taken as the verb 'help'
    gist = _gist("รัฐมนตรีช่วยเกษตรฯ ลงพื้นที่ติดตามการแก้ปัญหาหนอนเจาะเมล็ดทุเรียน "
                 "พร้อมมอบหน่วยงานที่เกี่ยวข้องเร่งอบรมให้ความรู้และป้อง")
    assert gist.startswith("Deputy Minister of Agriculture and Cooperatives ") and "helps" not in gist, gist
    # thaigov.go.th/news/contents/details/75881: read 'Minister helps the livestock beef cattle contest'
    gist = _gist("รัฐมนตรีช่วยฯ ไชยา เปิดงานประกวดโคเนื้อปศุสัตว์กำแพงแสน  แนะ พัฒนาสายพันธุ์และปรับปรุงพันธุ์โคเนื้อที่ดีตรงความต้องการตล")
    assert gist.startswith("Deputy Minister ") and "helps" not in gist and "opens" in gist, gist


def test_talks_by_phone_are_with_someone() -> None:
    # thaigov.go.th/news/contents/details/96203: read 'holds talks on phones with the Prime Minister of Australia'
    gist = _gist("นายกฯ แพทองธาร หารือทางโทรศัพท์กับนายกรัฐมนตรีออสเตรเลีย แสดงความยินดีต่อการชนะเลือกตั้งสมัยที่2")
    assert "holds phone talks with the Prime Minister of Australia" in gist and "phones" not in gist, gist
    # thaigov.go.th/news/contents/details/38517 (no กับ): read 'holds talks with Prime Minister of Laos phones'
    gist = _gist("นายกรัฐมนตรีหารือทางโทรศัพท์นายกรัฐมนตรีลาวแสดงความยินดีในโอกาสได้รับเลือกเป็นเลขาธิการใหญ่"
                 "คณะบริหารงานศูนย์กลางพรรคประชาชนปฏิวัติลาว")
    assert "holds phone talks with the Prime Minister of Laos" in gist and "phones" not in gist, gist
