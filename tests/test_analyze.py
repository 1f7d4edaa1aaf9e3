"""The Analysis speaks in the release's own text, whatever the finders normalised on the way."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.model import Release
from briefing.thai import analyze
from briefing.thai.normalise import normalise, normalised

# Constructed: sara am written decomposed (U+0E4D U+0E32, as about 2.5% of releases do), a no-break
# space and a zero-width space, around a person, an agency, a province and an amount.
DECOMPOSED = (
    "นายสมชาย ใจดี\u00a0รัฐมนตรีว่าการกระทรวงการคลัง กล่าวว่า มีผู้ลงทะเบียนต\u0e4d\u0e32กว่า 1.5 ล้านคน"
    " ที่จังหวัดล\u0e4d\u0e32ปาง\u200b และได้รับงบประมาณ 20 ล้านบาท"
)


def test_offsets_and_texts_index_the_body_as_written() -> None:
    analysis = analyze(Release(title="ข่าว", body=DECOMPOSED))
    assert analysis.body == DECOMPOSED
    mentions = [*analysis.entities, *analysis.references, *analysis.figures, *analysis.dates]
    assert mentions
    for m in mentions:
        assert analysis.body[m.start:m.end] == m.text
    places = [e.text for e in analysis.entities if e.type == "place"]
    assert "จังหวัดล\u0e4d\u0e32ปาง" in places  # as written, so a name copied from the page matches
    assert any(f.value == 20_000_000 and f.unit == "THB" for f in analysis.figures)
    start, end = analysis.sentences[0][0], analysis.sentences[-1][1]
    assert (start, end) == (0, len(DECOMPOSED))


def test_normalised_spans_map_back() -> None:
    raw = "ก\u200bต่\u0e4d\u0e32กว่า\u00a0ร้อยละ 5"
    n = normalised(raw)
    assert n.text == "กต่ำกว่า ร้อยละ 5" == normalise(raw)
    assert n.raw[slice(*n.span(1, 7))] == "ต่\u0e4d\u0e32กว่"
    assert n.span(0, len(n.text)) == (0, len(raw))


# details/66428 and details/99091 (thaigov-v2): sara ae typed as two sara e, as 931 archive releases write it.
DOUBLE_SARA_E = ("ป่าไม้ถาวร (2 พื้นที่ เนื้อที่ 1.15 \u0e40\u0e40สนไร่) และป่าชายเลน "
                 "โดยมีผู้แทนมหาวิทยาลัยขอน\u0e40\u0e40ก่น เข้าร่วมประชุม")


def test_sara_ae_typed_as_two_sara_e_reads_as_sara_ae() -> None:
    analysis = analyze(Release(title="ข่าว", body=DOUBLE_SARA_E))
    assert any(f.value == 115_000 and f.text == "1.15 \u0e40\u0e40สนไร่" for f in analysis.figures)
    assert "มหาวิทยาลัยขอน\u0e40\u0e40ก่น" in [e.text for e in analysis.entities if e.type == "organisation"]
    assert normalise("\u0e40\u0e40ละ") == "และ"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("กขคนาำเ\u0e4d\u0e32\u00a0\u200b ่1.5%"), max_size=60))
def test_every_normalised_span_maps_inside_the_raw_text(raw: str) -> None:
    n = normalised(raw)
    for start in range(len(n.text) + 1):
        for end in range(start, len(n.text) + 1):
            a, b = n.span(start, end)
            assert 0 <= a <= b <= len(n.raw)
            assert normalise(n.raw[a:b]) == n.text[start:end]
