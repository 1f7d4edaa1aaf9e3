"""The gist's parts on invented headlines in the site's style: what a figure measures, which figure
leads, a headline with no subject, and the English of figures (singulars, one entry per figure)."""

from gist_helpers import at

from briefing.model import Analysis, DateMention, Entity, Figure, Release
from briefing.summary.check import check_against, word_count
from briefing.summary.facts import key_figures, measure_of, singular
from briefing.summary.headline import lead_figure
from briefing.summary.offline import make_brief


def money(text: str, part: str, value: float, english: str, field: str = "body") -> Figure:
    s, e = at(text, part)
    return Figure(kind="money", field=field, text=part, start=s, end=e, value=value, unit="THB", english=english)


def test_figure_measure_comes_from_the_words_before_it() -> None:
    body = "โครงการนี้ใช้งบประมาณ 528.969 ล้านบาท ปัจจุบันมีความคืบหน้ากว่า 75% และมียอดจับกุม 2,495 ราย"
    budget = money(body, "528.969 ล้านบาท", 528_969_000, "528.969 million baht")
    s, e = at(body, "75%")
    progress = Figure(kind="percent", field="body", text="75%", start=s, end=e, value=75, unit="%", english="over 75%")
    analysis = Analysis(title="ข่าว", body=body, figures=[budget, progress], sentences=[(0, len(body))])
    assert measure_of(analysis, budget) == "budget"
    assert measure_of(analysis, progress) == "progress"
    figures, _ = key_figures(analysis)
    assert [f.phrase() for f in figures] == ["a budget of 528.969 million baht", "progress of over 75%"]


def test_a_budget_outranks_a_larger_fee_and_a_fine() -> None:
    body = ("กรมทางหลวงชนบทสร้างถนนสี่ช่องจราจร งบประมาณ 500 ล้านบาท ผู้ฝ่าฝืนมีค่าปรับ 900 ล้านบาท "
            "และค่าธรรมเนียม 800 ล้านบาท")
    analysis = Analysis(title="ทช. สร้างถนน", body=body, sentences=[(0, len(body))], figures=[
        money(body, "900 ล้านบาท", 9e8, "900 million baht"),
        money(body, "500 ล้านบาท", 5e8, "500 million baht"),
        money(body, "800 ล้านบาท", 8e8, "800 million baht")])
    figures, _ = key_figures(analysis)
    lead = lead_figure(figures, analysis)
    assert lead is not None and lead.figure.value == 5e8 and lead.phrase() == "a budget of 500 million baht"
    assert {f.measure for f in figures if f.minor} == {"fine", "fee"}


def test_the_headline_figure_leads_over_a_larger_body_figure() -> None:
    title = "ครม. อนุมัติงบ 300 ล้านบาท"
    body = "มูลค่าการค้า 9,000 ล้านบาท"
    analysis = Analysis(title=title, body=body, sentences=[(0, len(body))], figures=[
        money(body, "9,000 ล้านบาท", 9e9, "9,000 million baht"),
        money(title, "300 ล้านบาท", 3e8, "300 million baht", field="title")])
    lead = lead_figure(key_figures(analysis)[0], analysis)
    assert lead is not None and lead.figure.value == 3e8


def test_headline_with_no_subject_takes_the_issuing_official_as_actor() -> None:
    title = "ดีเดย์!! ตรวจคัดกรองแรงงานในโรงงาน หวั่นโควิด-19 ระบาด"
    body = "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงแรงงาน เปิดเผยว่า เริ่มตรวจคัดกรองแรงงาน"
    analysis = Analysis(title=title, body=body, entities=[
        Entity(type="person", field="body", text="นายสมชาย ใจดี", start=0, end=13, english="Somchai Jaidee",
               role="รัฐมนตรีว่าการกระทรวงแรงงาน", role_english="Minister of Labour")])
    brief = make_brief(Release(title=title, body=body), analysis)
    assert brief.gist.startswith("Minister Somchai Jaidee screens")
    assert "workers" in brief.gist and "factories" in brief.gist
    assert word_count(brief.gist) <= 20 and check_against(brief.gist, analysis) == []


def test_subject_noun_opening_the_headline_is_the_actor() -> None:
    title = "รัฐบาลรับข้อสังเกตสภาฯ แนวทางจัดการพืชกระท่อม"
    analysis = Analysis(title=title, body="เนื้อหา")
    brief = make_brief(Release(title=title, body="เนื้อหา"), analysis)
    assert brief.gist.startswith("The government receives")
    assert "kratom" in brief.gist


def test_object_phrase_is_put_in_english_order_with_its_place() -> None:
    title = "นายกฯ สนับสนุนการจัดงาน “เทศกาลอาหารฮาลาล” จังหวัดเชียงใหม่"
    s, e = at(title, "จังหวัดเชียงใหม่")
    analysis = Analysis(title=title, body="เนื้อหา", entities=[
        Entity(type="place", field="title", text="จังหวัดเชียงใหม่", start=s, end=e, english="Chiang Mai")])
    gist = make_brief(Release(title=title, body="เนื้อหา"), analysis).gist
    assert gist == "Prime Minister supports the halal food festival in Chiang Mai"


def test_figures_read_as_english() -> None:
    assert singular("1 metres") == "1 metre"
    assert singular("1 sites and 1 cities") == "1 site and 1 city"
    assert singular("11 metres, 1.5 metres, 1 baht") == "11 metres, 1.5 metres, 1 baht"
    body = "ความคืบหน้ากว่า 75% ... ความคืบหน้า 75% ... ระยะ 1 เมตร"
    s1, e1 = at(body, "75%")
    s2 = body.index("75%", e1)
    s3, e3 = at(body, "1 เมตร")
    analysis = Analysis(title="ข่าว", body=body, sentences=[(0, len(body))], figures=[
        Figure(kind="percent", field="body", text="75%", start=s1, end=e1, value=75, unit="%", english="over 75%"),
        Figure(kind="percent", field="body", text="75%", start=s2, end=s2 + 3, value=75, unit="%", english="75%"),
        Figure(kind="quantity", field="body", text="1 เมตร", start=s3, end=e3, value=1, unit="m", english="1 metres"),
        Figure(kind="money", field="body", text="x", start=0, end=1, value=528_969_000, unit="THB",
               english="5.28969e+08 THB")])
    english = [f.english for f in key_figures(analysis)[0]]
    # in order of position, '75%' once, singular, and written out in full words: never '5.28969e+08 THB'
    assert english == ["528.969 million baht", "over 75%", "1 metre"]


def test_english_release_date_is_not_said_twice() -> None:
    title = "PM to attend the summit on April 26"
    body = "April 25, 2025, Prime Minister Paetongtarn Shinawatra will attend the summit on April 26."
    s, e = at(body, "Paetongtarn Shinawatra")
    analysis = Analysis(title=title, body=body, entities=[
        Entity(type="person", field="body", text="Paetongtarn Shinawatra", start=s, end=e,
               english="Paetongtarn Shinawatra", role="Minister", role_english="Minister")],
        dates=[DateMention(field="body", text="April 25, 2025", start=0, end=14, iso="2025-04-25"),
               DateMention(field="title", text="April 26", start=title.index("April"), end=len(title),
                           iso="2025-04-26")])
    brief = make_brief(Release(title=title, body=body), analysis).brief
    assert brief.count("April") + brief.count("2025") <= 3, brief
    assert not brief.startswith("PM to attend the summit on April 26 on")
    assert "Paetongtarn Shinawatra (Prime Minister)" in brief
    assert "Next:" not in brief  # April 26 is said in the opening already
