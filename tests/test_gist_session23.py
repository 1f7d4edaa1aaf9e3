"""Session 23 gist kinds (OFFLINE_VERSION 52). Headlines quoted verbatim from archive releases outside every bench set
(/tmp regex draws like bench/gists_archive.py from the unpacked corpus; the seeds are in the commit messages)."""

from __future__ import annotations

from tests.gist_helpers import release_gist as _gist


def test_hai_kap_is_for_not_with() -> None:
    # thaigov.go.th/news/contents/details/43114: read 'creates jobs and income with the public'
    gist = _gist("นายกรัฐมนตรีพร้อมส่งเสริมการท่องเที่ยวจุดชมวิว Sky Walk ฝั่งแม่น้ำแควใหญ่ เป็นแลนด์มาร์กแห่งใหม่ของกาญจนบุรี "
                 "เพื่อกระตุ้นเศรษฐกิจในพื้นที่ สร้างอาชีพและรายได้ให้กับประชาชน")
    assert "for the public" in gist and "with the public" not in gist, gist
    # thaigov.go.th/news/contents/details/65619: read 'increases skills with boat people'
    gist = _gist("ศูนย์ฝึกพาณิชย์นาวี กรมเจ้าท่า เปิดหลักสูตรฝึกอบรมเดือนมีนาคม เพิ่มทักษะให้กับคนเรือ "
                 "สร้างความปลอดภัยการสัญจรทางน้ำเพิ่มมากขึ้น")
    assert " with " not in gist, gist


def test_a_sum_given_to_a_body_is_funds_for_it() -> None:
    # thaigov.go.th/news/contents/details/60579: read 'Cabinet approves DOEB' (the department given the sum)
    gist = _gist("ครม. อนุมัติ 302.5 ล้านบาท ให้กรมธุรกิจพลังงาน เพี่อช่วยเหลือส่วนลดราคาแก๊สหุงต้มแก่ผู้มีรายได้น้อย"
                 "ผ่านบัตรสวัสดิการแห่งรัฐ")
    assert "approves funds for" in gist, gist
    # thaigov.go.th/news/contents/details/64934: read 'Cabinet approves DOH and DRR and restores infrastructure'
    gist = _gist("ครม. อนุมัติ 3,786.55 ล้านบาท ให้กรมทางหลวงและกรมทางหลวงชนบท ฟื้นฟูโครงสร้างพื้นฐานที่ได้รับความเสียหาย"
                 "จากอุทกภัยและภัยพิบัติใน  32 จังหวัด")
    assert "approves funds for" in gist and "to restore infrastructure" in gist, gist


def test_a_post_after_mob_is_assigned_not_handed_over() -> None:
    # thaigov.go.th/news/contents/details/36097: read 'hands over the minister adviser and promotes partnership ...'
    gist = _gist("‘สุชาติ’ มอบ ที่ปรึกษารัฐมนตรีฯ ส่งเสริมแรงงานสัมพันธ์แบบหุ้นส่วนในสถานประกอบการ จ.เพชรบุรี")
    assert "assigns the minister adviser to promote" in gist and "hands over" not in gist, gist
    # thaigov.go.th/news/contents/details/69229: read 'hands over Permanent Secretary and attends a meeting ...'
    gist = _gist("รมว.สุชาติ มอบ ปลัดฯ ร่วมประชุมรัฐมนตรีแรงงานอาเซียน ณ นครเจนีวา สมาพันธรัฐสวิส")
    assert "assigns the Permanent Secretary to attend" in gist, gist


def test_goods_are_bought_not_subsidised() -> None:
    # thaigov.go.th/news/contents/details/84986: read 'invites the public to subsidise agricultural goods'
    gist = _gist("ธ.ก.ส. ชวนอุดหนุนสินค้าเกษตรรักษ์โลก ภายในงาน “รัก(ษ์)เรา รัก(ษ์)โลก Our Earth Our Future”")
    assert "to buy agricultural goods" in gist, gist
    # thaigov.go.th/news/contents/details/53305: read 'invites Thai people to subsidise the fruit'
    gist = _gist("ฤดูผลไม้! นายกฯ เชิญชวนคนไทยอุดหนุนผลไม้จากชาวสวนทั้งทางออนไลน์และออฟไลน์ ด้านการส่งออก "
                 "เตรียมเจาะตลาดใหม่ “ตะวันออกกลาง”")
    assert "to buy the fruit" in gist and "subsidise" not in gist, gist


def test_a_subsidy_is_still_a_subsidy() -> None:
    # thaigov.go.th/news/contents/details/53680: a price subsidy stays 'subsidises diesel prices'
    gist = _gist("โฆษกรัฐบาลสวน “พิชัย” ใช้สคริปเก่าวนไปวนมา ชอบมโนไปเอง ชี้รัฐบาลเตรียมอุดหนุนราคาน้ำมันดีเซลส่วนเพิ่มร้อยละ 50 "
                 "หลัง 1 พ.ค. 65 เร่งคุมเงินเฟ้อระยะสั้น และทำทุกวิถีทางเพื่อพยุงเศรษฐกิจภายใต้ความไม่แน่นอนสูง")
    assert "buy" not in gist, gist


def test_buk_a_market_or_a_town_is_no_raid() -> None:
    # thaigov.go.th/news/contents/details/97245: read 'Thai cassava raids the market in Saudi Arabia'
    gist = _gist("มันสำปะหลังไทย บุกตลาด ซาอุดีอาระเบีย ล็อตแรก 136 ล้านบาท")
    assert "breaks into the market" in gist and "raid" not in gist, gist
    # thaigov.go.th/news/contents/details/54073: read 'Deputy Minister raids the city'
    gist = _gist('รมช.ประภัตร พาทีมเกษตรฯ บุกเมืองคาวบอย ประสานพ่อเมืองโคราชช่วยผลักดันโครงการ "สานฝันสร้างอาชีพ"')
    assert "visits the city" in gist and "raid" not in gist, gist


def test_buk_still_raids_a_den() -> None:
    # thaigov.go.th/news/contents/details/75922: a raid on illegal pubs stays a raid
    gist = _gist("มท.1 ลุยเอง นำทีมบุกผับเถื่อนกับ \"ปฏิบัติการเลียบด่วน Cleaning\"")
    assert "raid" in gist, gist


def test_banchu_by_what_is_packed_recruited_enshrined_or_included() -> None:
    # thaigov.go.th/news/contents/details/100463: read 'fills the aircraft'
    assert "commissions the aircraft" in _gist("ภาพแห่งประวัติศาสตร์ ในพิธีบรรจุประจำการเครื่องบินโจมตีเบาแบบที่ 8 (AT-6TH)")
    # thaigov.go.th/news/contents/details/53943: read 'looks after progress to fill round COVID civil'
    assert "to recruit" in _gist("สธ.รับเรื่อง พร้อมดูแลติดตามความคืบหน้าบรรจุข้าราชการโควิดรอบ 2 และการปรับสายงานกรณีพิเศษอย่างดีที่สุด")
    # thaigov.go.th/news/contents/details/63972: read 'presides over the ceremony to fill the Buddha's relics'
    assert "enshrine the Buddha's relics" in _gist(
        "ปลัดกระทรวงมหาดไทย เป็นประธานประกอบพิธีบรรจุพระบรมสารีริกธาตุ อนุสรณ์ ชาตสถาน หลวงปู่มั่น ภูริทัตโต "
        "พร้อมนำประกาศอริยบูชาตามแนวทางของหลวงปู่มั่น ภูริทัตโต ถวายเป็นอาจาริยบูชา")
    # thaigov.go.th/news/contents/details/39608: read 'fills Muay Thai'
    assert "includes Muay Thai" in _gist("อีโอซี บรรจุ ‘มวยไทย’ เข้ายูโรเปียนเกมส์ 2023")
    # thaigov.go.th/news/contents/details/88853: read 'Krungthai Bank fills relief bags'
    assert "packs relief bags" in _gist("กรุงไทยรวมพลังจิตอาสาบรรจุถุงยังชีพ บรรเทาความเดือดร้อนผู้ประสบอุกทกภัย")


def test_duties_keep_their_preposition() -> None:
    # thaigov.go.th/news/contents/details/100448: read 'performs duties the temporary observer team'
    gist = _gist("การบรรยายสรุปให้แก่ผู้ช่วยทูตทหารประเทศสมาชิกอาเซียนประจำกรุงเทพฯ ที่ร่วมปฏิบัติหน้าที่ในคณะผู้สังเกตการณ์ชั่วคราว "
                 "(Interim Observer Team: IOT")
    assert "performs duties in the temporary observer team" in gist, gist
    # thaigov.go.th/news/contents/details/87170: read 'performs duties the Prime Minister'
    gist = _gist("นายภูมิธรรม เวชยชัย  รองนายกรัฐมนตรีปฏิบัติหน้าที่แทนนายกรัฐมนตรี แถลงผลการประชุมคณะรัฐมนตรีวาระพิเศษ")
    assert "acts for the Prime Minister" in gist, gist


def test_a_place_excepted_is_no_where() -> None:
    from briefing.model import Release
    from briefing.summary.headline import compared
    from briefing.thai import analyze

    # thaigov.go.th/news/contents/details/40856, word for word: every province but Samut Sakhon was told to act
    body = ("ได้สั่งการไปยังผู้ว่าราชการจังหวัดทุกจังหวัด (ยกเว้นจังหวัดสมุทรสาคร) ดำเนินการ 1) หากพบผู้ติดเชื้อ")
    analysis = analyze(Release(title="มหาดไทยสั่งการผู้ว่าราชการจังหวัด", body=body))
    place = next(e for e in analysis.entities if e.type == "place" and "สมุทรสาคร" in e.text)
    assert compared(analysis, place)


def test_what_is_given_goes_to_whom() -> None:
    # thaigov.go.th/news/contents/details/37512: 'แก่' after a verb of giving says to whom ('hands over relief bags to ...')
    gist = _gist("รมช.ธรรมนัส ลงพื้นที่มอบถุงยังชีพแก่ผู้ประสบอุทกภัย")
    assert "hands over relief bags to flood victims" in gist, gist
