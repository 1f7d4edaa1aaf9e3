"""'เชิญ' (invite) glued to a verb of going, seeing or buying invites the public to do it, as 'ชวน' does
(briefing/summary/verbs.py _INVITING; 'เชิญเที่ยว', 'เชิญชม', 'รับชม' in headwords.toml): read alone it made a later
noun who was invited, or the invited act the actor's own. Headlines quoted verbatim from archive releases outside every
bench set (/tmp regex draws on เชิญ, seeds 2103 and 2121, like bench/gists_archive.py)."""

from __future__ import annotations

from tests.gist_helpers import release_gist as _gist


def test_invited_to_go_or_see() -> None:
    # thaigov.go.th/news/contents/details/77342: read 'Spokesperson invites Government House travel'
    gist = _gist("พรุ่งนี้วันเด็ก! ไปไหนดี ทีมโฆษกเชิญเที่ยวทำเนียบ รับความสนุกคู่กับประสบการณ์ที่ไม่รู้ลืม", "")
    assert "invites people to visit Government House" in gist, gist
    # thaigov.go.th/news/contents/details/71689: read 'The government invites the programme'
    gist = _gist("ขอเชิญรับชมรายการ “ตามรอยพระบาททูลกระหม่อมอาจารย์ ร้อยจิตรวมใจศิษย์นายร้อย จปร.” คืนวันศุกร์ที่ 25 สิงหาคม "
                 "2566 ตั้งแต่เวลา 22.30 - 24.00 น. ทางสถานีโทรทัศน์กองทัพบกช่อง 5", "")
    assert "invites the public to watch the programme" in gist, gist
    # archive release of 19 June 2023 (ด้านเศรษฐกิจ_10_a17a6372): read 'Minister invites the fruit fair travel'
    gist = _gist("\u200bรัฐมนตรีเกษตรฯ เชิญเที่ยวงานมหกรรมผลไม้และของดีป่าละอู ครั้งที่ 10 ประจำปี 2566 ระหว่างวันที่ 19 – 25 มิ.ย. 66",
                 "")
    assert "invites people to visit the fruit fair" in gist, gist


def test_the_invited_act_is_not_the_actor_s() -> None:
    # thaigov.go.th/news/contents/details/84090: read 'Ministry of Culture attends the festival' (it invites the public to)
    gist = _gist("อลังการในไทย อุปรากรจีนคณะเท่งไฮ้เกียะท้วง มณฑลกวางตุ้ง ประเทศจีน ยกทัพมา แบบฟอร์มยักษ์ วธ.ขอเชิญร่วมงาน "
                 "“เทศกาลงิ้วแต้จิ๋วแห่งสยาม เสน่ห์งิ้วแต้จิ๋วของชาวจีนโพ้นทะเล” 12 – 16 มิถุนายน นี้", "")
    assert "invites the public to attend the festival" in gist, gist
    # thaigov.go.th/news/contents/details/66454: read 'MOAC Minister ... shops for the agricultural goods'
    gist = _gist("รมว.เกษตรฯเชิญเลือกซื้อผลไม้ไทยสินค้าเกษตรและผลิตภัณฑ์แปรรูปรวมทั้งสินค้าคุณภาพราคาพิเศษพร้อมรับพันธุ์ไม้ฟรี"
                 "แก่ผู้สนใจภายในงาน “ติดตลาดเกษตร...Fresh Fruits From Farm” ระหว่างวันที่ 21 - 26 มี.ค. 66 นี้ที่ตลาดอ.ต.ก.", "")
    assert "invites the public to shop for" in gist, gist
