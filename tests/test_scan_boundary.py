"""scan.on_boundary reads word boundaries from the cut of the run between spaces that holds each side."""

from briefing.thai.scan import on_boundary

# details/35137: the department's short form glued to โดย, its dot kept in the run (the word list has กสร.)
GLUED = "ณ อิมแพค เมืองทองธานี โดยกสร. ได้รับ จำนวน 2 รางวัล"


def test_dotted_short_form_glued_after_a_word_is_on_a_boundary() -> None:
    start = GLUED.index("กสร.")
    assert on_boundary(GLUED, start, start + len("กสร."))


def test_a_span_ending_inside_a_word_is_not_on_a_boundary() -> None:
    start = GLUED.index("เมืองทอง")
    assert on_boundary(GLUED, start, start + len("เมืองทองธานี"))
    assert not on_boundary(GLUED, start, start + len("เมืองทองธา"))


def test_spaces_and_text_ends_are_boundaries() -> None:
    assert on_boundary(GLUED, 0, 1)
    end = len(GLUED)
    assert on_boundary(GLUED, GLUED.index("รางวัล"), end)
