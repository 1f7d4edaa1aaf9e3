"""Whatever the Analysis holds, the offline brief is English, within its limits and states no number
the Analysis lacks (hypothesis builds the Analyses from Thai and Latin text, digits and figures)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.model import Analysis, DateMention, Entity, Figure, Release
from briefing.summary.check import check_against, has_thai, word_count
from briefing.summary.offline import make_brief

THAI_WORDS = ["นาย", "ประชุม", "กระทรวง", "ดิจิทัล", "งบประมาณ", "ร้อยละ", "รองนายกรัฐมนตรี", "และ", "จังหวัด",
              "ผู้อำนวยการ", "เตือน", "ไฟป่า", "(", ")", "“", "”", "ครั้งที่ 2", "๑๒"]
LATIN_WORDS = ["The", "2nd", "Forum", "on", "Digital", "5G", "Ambulance", "COVID-19", "Mr.", "H.E.", "Valley",
               "www.example.go.th", "2025", "15%", "(MIIT)", "Thailand", "-", ","]
text = st.lists(st.sampled_from(THAI_WORDS + LATIN_WORDS + ["1.5", "21", "620"]), max_size=40).map(" ".join)
english = st.one_of(st.none(), st.lists(st.sampled_from(LATIN_WORDS + ["Prasert", "Ministry of X (MX)"]),
                                        min_size=1, max_size=6).map(" ".join), text)


@st.composite
def analyses(draw: st.DrawFn) -> Analysis:
    title = draw(text)
    body = draw(text)
    n = max(len(body), 1)
    entities = [Entity(type=draw(st.sampled_from(["person", "organisation", "place"])), field="body",
                       text=draw(text) or "x", start=0, end=min(3, n), english=draw(english),
                       role=draw(st.one_of(st.none(), text)), role_english=draw(english))
                for _ in range(draw(st.integers(0, 8)))]
    figures = [Figure(kind=draw(st.sampled_from(["money", "percent", "count", "quantity"])), field="body",
                      text=draw(text), start=draw(st.integers(0, n)), end=n, value=draw(st.floats(0, 1e13)),
                      unit=draw(st.sampled_from(["THB", "%", "people", "คน"])), english=draw(english) or "")
               for _ in range(draw(st.integers(0, 8)))]
    dates = [DateMention(field="body", text="", start=0, end=0, iso=draw(st.sampled_from(
        ["2025-01-18", "2025-01", "2025", "", "bad"]))) for _ in range(draw(st.integers(0, 3)))]
    return Analysis(title=title, body=body, entities=entities, figures=figures, dates=dates,
                    sentences=[(0, len(body))])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(analyses())
def test_any_analysis_gives_a_checked_english_brief(analysis: Analysis) -> None:
    brief = make_brief(Release(title=analysis.title, body=analysis.body), analysis)
    for part, limit in ((brief.gist, 20), (brief.brief, 120)):
        assert not has_thai(part)
        assert word_count(part) <= limit
        assert check_against(part, analysis) == []
