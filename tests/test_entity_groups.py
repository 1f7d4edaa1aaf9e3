"""One entry per entity: `entity_groups` and `figure_groups` put every mention of the same thing
together, for the reader's side panel and the export. Quotes are verbatim from thaigov-v2 releases
(the page in the comment above each)."""

from __future__ import annotations

from briefing.export.markdown import entity_names
from briefing.model import Release, entity_groups, figure_groups
from briefing.thai import analyze

# https://www.thaigov.go.th/news/contents/details/68243
TITLE = (
    "ครม.รับทราบผลคัดเลือก กรุงเทพฯ-ชลบุรี-สงขลา เป็นจังหวัดเจ้าภาพซีเกมส์ครั้งที่ 33 ระหว่าง 9-20 ธ.ค. 68  "
    "และนครราชสีมา เป็นเจ้าภาพอาเซียนพาราเกมส์ ครั้งที่ 13 ระหว่าง 20-26 ม.ค. 69"
)
BODY = "่อนเสนอให้ ครม.รับทราบในครั้งนี้ ได้แก่ ให้ กรุงเทพมหานคร ชลบุรี และสงขลา เป็นเจ้าภาพหลักในการจัดการแข่งขันซีเกมส\n"
# https://www.thaigov.go.th/news/contents/details/96426
FIGURES = (
    "ยโดยสมบูรณ์ สัดส่วนประชากรที่มีอายุ 60 ปีขึ้นไป เพิ่มขึ้นถึงร้อยละ 20 ของประชากรทั้งประเทศ จากการเป\n"
    "่าใช้จ่ายจำเป็น 2. 30% สำหรับการใช้จ่ายเพื่อสร้างความสุข 3. 20% สำหรับเก็บออม เพราะหากเราสามา\n"
)


def test_bangkok_written_two_ways_is_one_place_with_both_mentions() -> None:
    analysis = analyze(Release(title=TITLE, body=BODY))
    groups = [g for g in entity_groups(analysis) if g.type == "place"]
    bangkok = [g for g in groups if g.english == "Bangkok"]
    assert len(bangkok) == 1
    assert [m.text for m in bangkok[0].mentions] == ["กรุงเทพฯ", "กรุงเทพมหานคร"]
    assert bangkok[0].label == "กรุงเทพฯ"  # the title's form comes first
    assert bangkok[0].body_offsets == [BODY.index("กรุงเทพมหานคร")]
    chonburi = [g for g in groups if g.key.endswith("ชลบุรี")]
    assert len(chonburi) == 1 and len(chonburi[0].mentions) == 2
    assert entity_names(analysis, "place").count("Bangkok") == 1


def test_a_figure_written_two_ways_is_one_figure() -> None:
    analysis = analyze(Release(title="", body=FIGURES))
    twenty = [g for g in figure_groups(analysis) if g.kind == "percent" and g.value == 20]
    assert len(twenty) == 1
    assert [m.text for m in twenty[0].mentions] == ["ร้อยละ 20", "20%"]
    assert twenty[0].body_offsets == sorted(m.start for m in twenty[0].mentions)
    assert len({(g.kind, g.value) for g in figure_groups(analysis)}) == len(figure_groups(analysis))


# https://www.thaigov.go.th/news/contents/details/100427
AFNC = (
    "้างการรับรู้เพื่อรู้เท่าทันและรับมือกับข่าวปลอม ในสถานศึกษา ครั้งที่ 4 ภายใต้โครงการศูนย์ประสานงานและแก้ไขปัญหาข่าวปลอม "
    "(Anti Fake News Center: AFNC) โดยมี นายพ"
)


def test_an_acronym_whose_listed_english_differs_only_in_a_hyphen_joins_its_full_name() -> None:
    analysis = analyze(Release(title="", body=AFNC))
    centres = [g for g in entity_groups(analysis) if g.type == "organisation" and "Fake News" in (g.english or "")]
    assert len(centres) == 1
    assert {m.text for m in centres[0].mentions} >= {"ศูนย์ประสานงานและแก้ไขปัญหาข่าวปลอม", "AFNC"}
