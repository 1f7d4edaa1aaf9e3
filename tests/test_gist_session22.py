"""Session 22 gist kinds (OFFLINE_VERSION 51). Headlines quoted verbatim from archive releases outside every bench set
(/tmp regex draws like bench/gists_archive.py; the seeds are in the commit messages)."""

from __future__ import annotations

from briefing.summary.words import base_form
from tests.gist_helpers import release_gist as _gist


def test_tightened_control_is_not_plain_control() -> None:
    # thaigov.go.th/news/contents/details/65865: read 'Marine Department controls the waterborne safety'
    gist = _gist("กรมเจ้าท่า คุมเข้มความปลอดภัยทางน้ำ เน้นย้ำผู้ประกอบการ เรือต้องปลอดภัยอยู่ในสภาพพร้อมใช้งาน "
                 "นักท่องเที่ยวต้องสวมใส่เสื้อชูชีพทุกครั้ง เพื่อความปลอดภัยทางน้ำ")
    assert "tightens control over waterborne safety" in gist, gist
    # thaigov.go.th/news/contents/details/96917: read 'The government controls'
    gist = _gist("รัฐบาลคุมเข้มห้ามปล่อยบั้งไฟใกล้สนามบิน")
    assert "tightens control over" in gist, gist


def test_a_bank_offers_loans_and_runs_promotions() -> None:
    # thaigov.go.th/news/contents/details/45641: read 'BAAC holds loans'
    gist = _gist("ธ.ก.ส. จัดสินเชื่อหนุนการปลูกกัญชา เพื่อประโยชน์ทางการแพทย์ และการศึกษาวิจัยพัฒนา ดอกเบี้ย 0.01% ต่อปี")
    assert "offers loans" in gist, gist
    # thaigov.go.th/news/contents/details/53368: read 'The Transport Co. holds the promotion'
    gist = _gist("บขส. จัดโปรโมชันส่งความสุขต้อนรับสงกรานต์ มอบส่วนลดค่าโดยสาร 20%")
    assert "runs the promotion" in gist, gist


def test_focuses_back_to_focus() -> None:
    # thaigov.go.th/news/contents/details/64840 ('รัฐบาลคุมเข้ม เน้นผู้ใช้รถ...') read 'tightens control to focuse vehicles'
    assert base_form("focuses on drivers") == "focus on drivers"


def test_firms_counted_with_rai_are_firms_not_cases() -> None:
    from briefing.model import Analysis, Figure
    from briefing.summary.facts import measure_of

    # thaigov.go.th/news/contents/details/54748, word for word: 14,200 SMEs and 1,700 new exporters, read '... cases'
    body = ("โดยช่วยเหลือ SMEs สู้วิกฤตโควิด-19 ได้กว่า 14,200 ราย คิดเป็นวงเงินสะสม 76,700 ล้านบาท "
            "และสร้างผู้ส่งออกหน้าใหม่ได้ 1,700 ราย")
    smes, exporters = (Figure(kind="count", field="body", text=t, start=body.index(t), end=body.index(t) + len(t),
                              value=v, unit="cases", english=f"{t[:-4]} cases")
                       for t, v in (("14,200 ราย", 14_200), ("1,700 ราย", 1_700)))
    analysis = Analysis(title="ข่าว", body=body, figures=[smes, exporters], sentences=[(0, len(body))])
    assert measure_of(analysis, smes) == "SMEs"
    assert measure_of(analysis, exporters) == "exporters"


def test_an_assurance_of_what_can_or_must_be_is_no_act_of_the_actor() -> None:
    # thaigov.go.th/news/contents/details/42035: read 'Assistant Spokesperson ... uses the venue in Bangkok'
    gist = _gist("ผู้ช่วยโฆษก ศบค. ยืนยันสามารถใช้สถานที่จัดสอบ SAT ได้ทั้งในพื้นที่กรุงเทพมหานครและต่างจังหวัด")
    assert "gives an assurance" in gist and "uses" not in gist, gist
    # thaigov.go.th/news/contents/details/38608: read 'DLPW pays money' (overtime must be paid in money)
    gist = _gist("กสร. ยืนยันค่าล่วงเวลาต้องจ่ายเป็นเงิน ไม่สามารถชดเชยเป็นวันหยุดได้")
    assert "gives an assurance" in gist and "pays" not in gist, gist
    # thaigov.go.th/news/contents/details/83716 ('ยืนยันยังไม่ระงับ': has not yet suspended): read 'MDES takes effect October'
    gist = _gist("‘ดีอี’ ยืนยันยังไม่ระงับ ‘โมบายแบงก์กิ้ง’ ชี้มาตรการมีผลหลัง ต.ค. นี้")
    assert "gives an assurance" in gist, gist


def test_verifying_one_s_identity_is_no_assurance() -> None:
    # thaigov.go.th/news/contents/details/67180: 'ต้องยืนยันตัวตน' (must verify their identity)
    from briefing.summary.denial import denials

    assert denials("ผู้ผ่านเกณฑ์การพิจารณาคุณสมบัติโครงการลงทะเบียนเพื่อสวัสดิการแห่งรัฐต้องยืนยันตัวตน "
                   "เพื่อให้สามารถเริ่มใช้สิทธิสวัสดิการได้ตามวันที่กระทรวงการคลังกำหนด", subject=True) == []


def test_an_exhibition_or_a_show_is_viewed_not_praised() -> None:
    # thaigov.go.th/news/contents/details/78907 and 41083 (archive draw seed 2214): read 'praises'
    gist = _gist("นายกฯ และผู้สำเร็จราชการฯ ออสเตรเลีย ชมการแสดงศิลปะมวยไทย ในโอกาสต้อนรับผู้สำเร็จราชการฯ และภริยาเยือนไทยอย่างเป็นทางการ")
    assert "watches" in gist and "praises" not in gist, gist
    gist = _gist("ปลัด วธ. ชมนิทรรศการเทิดพระเกียรติพระมหากษัตริย์แห่งราชวงศ์จักรี ๑๐ รัชกาล")
    assert "views the" in gist and "praises" not in gist, gist


def test_indicators_thermometers_and_wreaths() -> None:
    # thaigov.go.th/news/contents/details/47257 and 34623: 'ตัวชี้วัด' read 'the figure', 'วัดไข้' 'fever temple'
    gist = _gist("รองปลัดฯ วรวรรณ เป็นประธานการประชุมคณะทำงานจัดทำตัวชี้วัดผลิตภัณฑ์มวลรวมสีเขียวภาคอุตสาหกรรม ครั้งที่ 2/2564 ประจำปีงบประมาณ พ.ศ. 2564")
    assert "indicators" in gist and "figure" not in gist, gist
    gist = _gist("การวัดไข้ด้วยเครื่องวัดอุณหภูมิหน้าผาก ที่มีตามอาคารหรือสถานที่ต่างๆ มีความแม่นยำหรือข้อจำกัดในการใช้อย่างไรบ้าง ??")
    assert "temple" not in gist, gist


def test_a_reported_negation_is_not_the_act() -> None:
    # thaigov.go.th/news/contents/details/75897 ('he disagrees with the wage rise'): read 'adjusts the minimum wage'
    gist = _gist('นายกฯ เผย ไม่เห็นด้วย ปรับค่าแรงขั้นต่ำ ย้ำรู้สึกไม่สบายใจ ให้กลับไปทบทวน เตรียมหารือทุกฝ่ายเกี่ยวข้องปรับแนวทางให้เหมาะสม วอนผู้ประกอบการเห็นใจลูกจ้าง')
    assert "adjusts" not in gist and "comments" in gist, gist
    # thaigov.go.th/news/contents/details/57507: a long negated run ends the negation; the next clause is said outright
    from briefing.summary.denial import _negated, denials

    title = "สธ.เผยไม่พบผู้ป่วยฝีดาษวานรเพิ่มเติมในไทย ประสาน อภ.จัดหาวัคซีนฝีดาษรุ่น 3"
    denial = denials(title, subject=True)[0]
    assert not _negated(title, denial, title.index("ประสาน"))


def _money(body: str, text: str, value: float) -> object:
    from briefing.model import Figure

    start = body.index(text)
    return Figure(kind="money", field="body", text=text, start=start, end=start + len(text), value=value, unit="THB",
                  english=text.replace(" ล้านบาท", " million baht").replace(" บาท", " baht"))


def test_a_scheme_named_by_its_sum_is_no_measure_of_it() -> None:
    from briefing.model import Analysis
    from briefing.summary.facts import measure_of

    # thaigov.go.th/news/contents/details/49734, word for word: the project's funding, read 'projects of 50 million baht'
    body = "5. โครงการเงินกู้เพื่อพัฒนาคุณภาพชีวิตแรงงาน วงเงินโครงการ 50 ล้านบาท"
    funding = _money(body, "50 ล้านบาท", 5e7)
    assert measure_of(Analysis(title="ข่าว", body=body, figures=[funding], sentences=[(0, len(body))]), funding) == "funding"
    # the 10,000-baht top-up scheme (archive headlines, e.g. 'ครม. เห็นชอบหลักการ โครงการเติมเงิน 10,000 บาท'): the sum
    # names the scheme; 'projects of 10,000 baht' misled
    body = "ครม. เห็นชอบหลักการ โครงการเติมเงิน 10,000 บาท"
    topup = _money(body, "10,000 บาท", 10_000)
    assert measure_of(Analysis(title="ข่าว", body=body, figures=[topup], sentences=[(0, len(body))]), topup) is None
