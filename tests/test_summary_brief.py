"""The offline brief's sentences (issue 10): what each figure measures, read from the Thai words before
it (quoted verbatim from corpus releases); which figures lead (a budget over a fee, a measured figure
over a bare '150 years'); what comes next; 3 to 5 sentences, <= 120 words, no Thai; singular units."""

import re

from briefing.model import Analysis, DateMention, Entity, Figure, Release
from briefing.summary.check import check_against, has_thai, word_count
from briefing.summary.facts import key_figures, measure_of
from briefing.summary.offline import make_brief

SENTENCE_END = re.compile(r"(?<![A-Z])[.!?](?=\s+[A-Z“\"]|\s*$)")


def figure(text: str, part: str, kind: str, value: float, unit: str, english: str, after: int = 0) -> Figure:
    start = text.index(part, after)
    return Figure(kind=kind, field="body", text=part, start=start, end=start + len(part), value=value, unit=unit,
                  english=english)


def analysis_of(body: str, figures: list[Figure], **more: object) -> Analysis:
    return Analysis(title="ข่าว", body=body, figures=figures, sentences=[(0, len(body))], **more)


def test_measures_of_money_counts_and_lengths_come_from_the_words_before_them() -> None:
    # bench/briefs/b01.txt (2023-12-14) and b15.txt (2023-11-12), word for word
    body = ("เมื่อเวลา 15.30 น. มีมูลหนี้รวม 5,458.426 ล้านบาท ประชาชนลงทะเบียนแล้ว 94,415 ราย "
            "จำนวนเจ้าหนี้ 64,961 ราย มีระยะทางการแข่งขัน 500 เมตร")
    debt = figure(body, "5,458.426 ล้านบาท", "money", 5_458_426_000, "THB", "5,458.426 million baht")
    registered = figure(body, "94,415 ราย", "count", 94_415, "cases", "94,415 cases")
    creditors = figure(body, "64,961 ราย", "count", 64_961, "cases", "64,961 cases")
    course = figure(body, "500 เมตร", "quantity", 500, "metres", "500 metres")
    analysis = analysis_of(body, [debt, registered, creditors, course])
    assert measure_of(analysis, debt) == "debt"
    assert measure_of(analysis, registered) == "registrations"
    assert measure_of(analysis, creditors) == "creditors"
    assert measure_of(analysis, course) == "distance"
    phrases = [f.phrase() for f in key_figures(analysis)[0]]
    assert phrases == ["debt of 5,458.426 million baht", "94,415 registrations", "64,961 creditors",
                       "a distance of 500 metres"]


def test_a_locality_word_is_not_the_area_of_a_count() -> None:
    # 'พื้นที่' before a count of sites is a locality, not an area: the count keeps its own noun
    body = "ลงพื้นที่ตรวจ 5 แห่ง"
    sites = figure(body, "5 แห่ง", "count", 5, "sites", "5 sites")
    assert measure_of(analysis_of(body, [sites]), sites) is None


def test_the_budget_leads_the_brief_over_a_fee_and_bare_counts_come_last() -> None:
    body = ("ฉลอง 150 ปีคลัง ระยะเวลาโครงการ 7 ปี แบ่งเป็น 2 จุด ค่าธรรมเนียม 900 ล้านบาท "
            "โครงการใช้งบประมาณ 528.969 ล้านบาท มีผู้เข้าร่วม 2,495 คน")
    years = figure(body, "150 ปี", "quantity", 150, "years", "150 years")
    points = figure(body, "2 จุด", "count", 2, "points", "2 points")
    fee = figure(body, "900 ล้านบาท", "money", 9e8, "THB", "900 million baht")
    budget = figure(body, "528.969 ล้านบาท", "money", 528_969_000, "THB", "528.969 million baht")
    people = figure(body, "2,495 คน", "count", 2495, "people", "2,495 people")
    analysis = analysis_of(body, [years, points, fee, budget, people])
    key, required = key_figures(analysis)
    assert [k.figure for k in key][-2:] == [years, points]  # '150 years', '2 points' mean nothing alone
    assert required == 3
    brief = make_brief(Release(title="ข่าว", body=body), analysis).brief
    figures = brief[brief.index("It reports"):]
    assert figures.startswith("It reports a budget of 528.969 million baht")
    assert "a fee of 900 million baht" in figures and "2,495 participants" in figures
    assert "150 years" not in brief and "2 points" not in brief


def test_what_comes_next_is_named_from_the_words_before_the_date() -> None:
    # briefing/seeds/ด้านเศรษฐกิจ _552 (the Department of Rural Roads' road), word for word
    body = ("วันที่ 1 มิถุนายน 2568 กรมทางหลวงชนบท ใช้งบประมาณ 528.969 ล้านบาท "
            "คาดว่าจะแล้วเสร็จและเปิดให้ประชาชนใช้ได้ช่วงต้นปี 2569")
    budget = figure(body, "528.969 ล้านบาท", "money", 528_969_000, "THB", "528.969 million baht")
    dates = [DateMention(field="body", text="1 มิถุนายน 2568", start=6, end=21, iso="2025-06-01"),
             DateMention(field="body", text="ต้นปี 2569", start=body.index("ต้นปี"), end=len(body), iso="2026")]
    analysis = analysis_of(body, [budget], dates=dates)
    brief = make_brief(Release(title="ข่าว", body=body), analysis).brief
    assert brief.endswith("Next: completion in 2026.")
    assert "on 1 June 2025" in brief.split(". ")[0]  # the opening says when
    assert check_against(brief, analysis) == []


def test_brief_is_three_to_five_english_sentences_within_120_words() -> None:
    body = "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงแรงงาน เปิดเผยว่า " + "ก" * 500
    people = [Entity(type="person", field="body", text=f"คน{i}", start=i, end=i + 1, english=f"Person {chr(65 + i)}lpha",
                     role="x", role_english="Deputy Director-General of the Department of Something Long")
              for i in range(6)]
    figures = [Figure(kind="count", field="body", text=f"{i + 1} คน", start=100 + i * 10, end=104 + i * 10,
                      value=float(i + 1), unit="people", english=f"{i + 1} people") for i in range(8)]
    for entities, figs in (([], []), (people, figures), (people[:1], figures[:1])):
        analysis = Analysis(title="ข่าว", body=body, entities=entities, figures=figs)
        brief = make_brief(Release(title="ข่าว", body=body), analysis).brief
        assert 3 <= len(SENTENCE_END.findall(brief)) <= 5, brief
        assert word_count(brief) <= 120 and not has_thai(brief), brief
        assert check_against(brief, analysis) == []
        assert "Organisations:" not in brief and "People:" not in brief


def test_one_of_a_unit_is_singular_in_the_brief_and_in_analyze(capsys) -> None:
    from pathlib import Path

    from briefing.cli.analyze import print_table

    body = "ความคืบหน้ากว่า 75% ระยะ 1 เมตร อีก 1 แห่ง"
    metre = figure(body, "1 เมตร", "quantity", 1, "metres", "1 metres")
    site = figure(body, "1 แห่ง", "count", 1, "sites", "1 sites")
    progress = figure(body, "75%", "percent", 75, "%", "over 75%")
    analysis = analysis_of(body, [progress, metre, site])
    brief = make_brief(Release(title="ข่าว", body=body), analysis).brief
    assert "progress of over 75%" in brief and "1 metre" in brief
    assert "1 metres" not in brief and "1 sites" not in brief
    assert "1 site" not in brief  # a count of one means nothing alone: the brief leaves it to the panel
    print_table(Path("x.txt"), Release(title="ข่าว", body=body), analysis)
    out = capsys.readouterr().out
    assert "1 metre " in out and "1 site " in out and "1 metres" not in out and "1 sites" not in out


def test_a_fee_quoted_from_a_cabinet_summary_does_not_lead_its_budget() -> None:
    # a cabinet-meeting summary of 2020-09-17 in the corpus, word for word: the fee comes first
    body = ("ประเภทนักท่องเที่ยวเป็นพิเศษ Special Tourist Visa (STV) โดยเสียค่าธรรมเนียมการตรวจลงตรา ครั้งละ 2,000 บาท "
            "รวมจำนวน 62 โครงการ วงเงินงบประมาณรวมทั้งสิ้น 7,445.22 ล้านบาท")
    fee = figure(body, "2,000 บาท", "money", 2000, "THB", "2,000 baht")
    total = figure(body, "7,445.22 ล้านบาท", "money", 7_445_220_000, "THB", "7,445.22 million baht")
    analysis = analysis_of(body, [fee, total])
    key, _ = key_figures(analysis)
    assert [k.minor for k in key] == [True, False]
    assert measure_of(analysis, fee) == "fee"
    brief = make_brief(Release(title="ข่าว", body=body), analysis).brief
    assert "It reports a total of 7,445.22 million baht and a fee of 2,000 baht." in brief


def test_a_bare_count_is_never_the_gists_key_figure() -> None:
    # bench/briefs/b08.txt (2021-01-29), word for word: '24 hours' alone says nothing in one line
    title = "มท.1 ห่วงใยประชาชน สั่งการทุกจังหวัดดำเนินแนวทางป้องกันอันตรายจากอัคคีภัย"
    body = "ระบบสื่อสารเตรียมความพร้อม ตลอด 24 ชั่วโมง"
    hours = figure(body, "24 ชั่วโมง", "quantity", 24, "hours", "24 hours")
    gist = make_brief(Release(title=title, body=body), analysis_of(body, [hours])).gist
    assert "24" not in gist and gist


def test_dates_ahead_are_said_once_in_order_with_a_year_deadline_as_by() -> None:
    body = "วันที่ 1 มิถุนายน 2568 กำหนดจัดงานระหว่างวันที่ 8 - 17 พฤศจิกายน 2568 วันที่ 10 พฤศจิกายน 2568 และลดคาร์บอนภายในปี 2593"
    def date(part: str, iso: str) -> DateMention:
        start = body.index(part)
        return DateMention(field="body", text=part, start=start, end=start + len(part), iso=iso)
    dates = [date("1 มิถุนายน 2568", "2025-06-01"), date("2593", "2050"),
             date("8 - 17 พฤศจิกายน 2568", "2025-11-08/2025-11-17"), date("10 พฤศจิกายน 2568", "2025-11-10")]
    analysis = analysis_of(body, [], dates=dates)
    brief = make_brief(Release(title="ข่าว", body=body), analysis).brief
    # 10 November is inside the event's range: not said again; the year after 'ภายใน' is 'by 2050'
    assert brief.endswith("Next: the event from 8 November 2025 to 17 November 2025 and by 2050."), brief
    assert check_against(brief, analysis) == []


def test_a_count_of_one_in_a_slogan_is_not_reported_but_the_real_counts_are() -> None:
    # thaigov.go.th/news/contents/details/68361 (2023-05-19), word for word: '1 household looks after 1 hamlet'
    # is a slogan; a reader copies the 21 UN agencies into notes, not the one household
    from briefing.thai import analyze

    body = ("ที่ได้ลงนามร่วมกับ UN และ 21 หน่วยงานภายใต้ UN ประเทศไทย "
            "เพื่อให้เซลล์เล็ก ๆ ได้ช่วยกันดูแลกันเอง 1 ครัวเรือนดูแล 1 หย่อมบ้าน ช่วยกันปลูกผัก")
    release = Release(title="ผู้ประสานงาน UN ประจำประเทศไทย ชื่นชมกระทรวงมหาดไทย", body=body)
    analysis = analyze(release)
    assert any(f.text == "1 ครัวเรือน" for f in analysis.figures)  # still a figure in the reader
    brief = make_brief(release, analysis).brief
    assert "21 agencies" in brief
    assert "household" not in brief
