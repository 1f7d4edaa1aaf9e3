"""The gist on headlines quoted verbatim from corpus releases (none of the dev set, bench/gists or
bench/gists2), each with the names and figures the analyzer finds in it, built by hand so that a change
of the recognisers does not move these tests: a headline with no subject, a bare heading read from the
body's first sentence, an object with its modifiers, a second clause, who said it, and the key figure
(a total over a fine)."""

from briefing.model import Analysis, Entity, Figure, Release
from briefing.summary.check import check_against, word_count
from briefing.summary.facts import key_figures
from briefing.summary.headline import lead_figure
from briefing.summary.offline import make_brief


def at(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def entity(kind: str, field: str, text: str, part: str, english: str, **more: str) -> Entity:
    s, e = at(text, part)
    return Entity(type=kind, field=field, text=part, start=s, end=e, english=english, **more)  # type: ignore[arg-type]


def gist(analysis: Analysis) -> str:
    brief = make_brief(Release(title=analysis.title, body=analysis.body), analysis)
    assert word_count(brief.gist) <= 20 and check_against(brief.gist, analysis) == []
    return brief.gist


def sentences(body: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in body.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def test_headline_with_no_subject_names_the_issuing_body() -> None:
    # thaigov.go.th/news/contents/details/49708: no one acts in the headline; the first body the
    # body's opening names is the bank that gives the loans
    title = "สานฝันสร้างอาชีพเกษตรกร ให้สินเชื่อสูงสุด 100,000 บาท"
    body = ("รัฐบาลจัดทำโครงการสานฝันสร้างอาชีพและยกระดับรายได้เกษตรกร โดยให้สินเชื่อรายละไม่เกิน 100,000 บาท "
            "อัตราดอกเบี้ยร้อยละ 4 ใน 3 ปีแรก ผู้เป็นหนี้เสียสามารถขอกู้ได้ ใช้บุคคลหรือหลักทรัพย์ค้ำประกัน ... "
            "เกษตรกรที่สนใจติดต่อได้ที่สำนักงานปศุสัตว์ใกล้บ้าน หรือที่ ธ.ก.ส. ทุกสาขาทั่วประเทศ")
    fs, fe = at(title, "100,000 บาท")
    analysis = Analysis(title=title, body=body, sentences=sentences(body), entities=[
        entity("organisation", "body", body, "ธ.ก.ส.",
               "Bank for Agriculture and Agricultural Cooperatives (BAAC)")],
        figures=[Figure(kind="money", field="title", text="100,000 บาท", start=fs, end=fe, value=100000.0,
                        unit="THB", english="up to 100,000 baht")])
    text = gist(analysis)
    assert text.startswith("BAAC ") and "farmers" in text and text.endswith("up to 100,000 baht")


def test_bare_heading_is_read_from_the_first_body_sentence_with_an_action() -> None:
    # the bundled seed 'อื่นๆ_2_96a64851...': the heading says only where; the body's first sentence
    # with a verb and an object says who did what
    title = "การตรวจราชการ ณ จังหวัดสระแก้ว"
    body = ("วันที่ 26 มิถุนายน 2568\nข่าวภารกิจนายกรัฐมนตรี\nนายกฯ ถึงอรัญฯ สั่งการ พณ. มท. "
            "เร่งช่วยเหลือผู้ได้รับผลกระทบ ชายแดนโดยเร็ว พร้อมให้เดินหน้าเร่งปราบปรามอาชญากรรมข้ามชาติอย่างเต็มที่")
    analysis = Analysis(title=title, body=body, sentences=sentences(body), entities=[
        entity("place", "title", title, "จังหวัดสระแก้ว", "Sa Kaeo Province"),
        entity("organisation", "body", body, "พณ.", "Ministry of Commerce (MOC)"),
        entity("organisation", "body", body, "มท.", "Ministry of Interior (MOI)")])
    assert gist(analysis).startswith("Prime Minister orders MOC and MOI to help")


def test_object_keeps_its_modifiers_and_the_next_clause_follows() -> None:
    # thaigov.go.th/news/contents/details/70938
    title = ("ไทย-ออสเตรเลีย MOU ขยายเวลาโครงการ Taskforce Storm อีก 2 ปี "
             "เดินหน้าแก้ปัญหาเครือข่ายยาเสพติดข้ามชาติ")
    fs, fe = at(title, "2 ปี")
    analysis = Analysis(title=title, body="เนื้อหา", entities=[
        entity("place", "title", title, "ไทย", "Thailand"),
        entity("place", "title", title, "ออสเตรเลีย", "Australia")],
        figures=[Figure(kind="quantity", field="title", text="2 ปี", start=fs, end=fe, value=2.0, unit="years",
                        english="2 years")])
    text = gist(analysis)
    assert "extends the deadline for Taskforce Storm project" in text
    assert "and tackles the transnational drugs network" in text  # 'ข้ามชาติ' before its noun in English


def test_a_meeting_headline_takes_what_the_meeting_approved() -> None:
    # thaigov.go.th/news/contents/details/34975
    title = ("นายกรัฐมนตรีประชุมคณะกรรมการยุทธศาสตร์ชาติ เห็นชอบจัดทำแผนแม่บท ภายใต้ยุทธศาสตร์ชาติ "
             "ในรูปแบบเฉพาะกิจเพื่อรองรับผลกระทบจากสถานการณ์โควิด-19 ในช่วงปี 2564-2565")
    analysis = Analysis(title=title, body="เนื้อหา", entities=[
        entity("organisation", "title", title, "คณะกรรมการยุทธศาสตร์ชาติ", "National Strategy Committee")])
    text = gist(analysis)
    assert "holds a meeting on National Strategy Committee and endorses the master plan" in text


def test_reported_action_says_who_said_it() -> None:
    # thaigov.go.th/news/contents/details/90964
    title = ("“วราวุธ” เผยข่าวดี พม. มอบของขวัญส่งท้ายปีเก่าต้อนรับปีใหม่ โรงรับจำนำเพื่อสังคม  "
             "ฟรี ดอกเบี้ย 1 เดือน ถึงสิ้น ก.พ. 68")
    body = "นายวราวุธ ศิลปอาชา รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ กล่าวว่า"
    analysis = Analysis(title=title, body=body, sentences=sentences(body), entities=[
        entity("organisation", "title", title, "พม.",
               "Ministry of Social Development and Human Security (MSDHS)"),
        entity("person", "body", body, "นายวราวุธ ศิลปอาชา", "Varawut Silpa-archa",
               role="รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์",
               role_english="Minister of Social Development and Human Security")],
        references=[Entity(type="person", field="title", text="วราวุธ", start=1, end=7, canonical="นายวราวุธ ศิลปอาชา",
                           english="Varawut Silpa-archa")])
    assert gist(analysis).startswith("Minister Varawut Silpa-archa: MSDHS hands over")


def test_key_figure_is_the_total_not_the_fine() -> None:
    # thaigov.go.th/news/contents/details/35414: revenue collected, then the fines of the year
    title = "สรรพสามิตแถลงผลการดำเนินงานในรอบปีงบประมาณ พ.ศ. 2563"
    body = ("กรมสรรพสามิตแถลงผลการดำเนินงานการจัดเก็บรายได้ในรอบกว่า 11 เดือน (1 ต.ค.2562 – 24 ก.ย.2563) "
            "จัดเก็บได้รวม 543,067.08 ล้านบาท และผลการปราบปรามทั่วประเทศ (1 ต.ค.2562 – 24 ก.ย.2563) "
            "พบว่ามีการกระทำผิด จำนวน 27,642 คดี คิดเป็นเงินค่าปรับ 481.66 ล้านบาท")
    figures = []
    for part, value, english in (("481.66 ล้านบาท", 481.66e6, "481.66 million baht"),
                                 ("543,067.08 ล้านบาท", 543067.08e6, "543,067.08 million baht")):
        s, e = at(body, part)
        figures.append(Figure(kind="money", field="body", text=part, start=s, end=e, value=value, unit="THB",
                              english=english))
    analysis = Analysis(title=title, body=body, sentences=sentences(body), figures=figures)
    found, _ = key_figures(analysis)
    lead = lead_figure(found, analysis)
    assert lead is not None and lead.figure.value == 543067.08e6 and not lead.minor
    assert any(f.minor and f.measure == "fine" for f in found)
