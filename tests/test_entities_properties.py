"""Property tests: no input string crashes the entity finder, and every offset slices to its text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.thai.entities import find_entities

# Thai letters, the honorific and head words the patterns anchor on, Latin, digits and punctuation,
# so generated strings reach the rules instead of being random noise only.
PIECES = st.sampled_from(
    ["นาย", "นางสาว", "ผศ.ดร.", "พล.อ.", "กระทรวง", "กรม", "สำนักงาน", "ธนาคาร", "ณ ", "ห้องประชุม",
     "จังหวัด", "จ.", "อ.", "ต.", "ไทย", "จีน", "ประเทศ", "และ", "หรือ ", "(", ")", " ", "\n", "“", "”",
     "ประเสริฐ", "จันทรรวงทอง", "ดีอี", "ธอส.", "H.E. ", "Mr. ", "Ministry of ", "IMF", "1441", "ได้แก่ ",
     "ศิลปิน", ", ", "ฯ", ".", "ที่ ", "บริษัท ", " จำกัด", "เขต", "ที่ 9"]
)
TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(PIECES, st.text(alphabet=st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B),
                                       max_size=6)), max_size=40).map("".join),
)


def _check(title: str, body: str) -> None:
    entities, references = find_entities(title, body)
    fields = {"title": title, "body": body}
    for e in entities + references:
        assert 0 <= e.start < e.end <= len(fields[e.field])
        assert fields[e.field][e.start:e.end] == e.text
        assert e.type in ("person", "organisation", "place")
    for e in references:
        assert e.type == "person" and e.canonical


@settings(max_examples=300, deadline=None)
@given(TEXT, TEXT)
def test_any_text_gives_consistent_offsets(title: str, body: str) -> None:
    _check(title, body)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_any_unicode_body(body: str) -> None:
    _check("", body)
