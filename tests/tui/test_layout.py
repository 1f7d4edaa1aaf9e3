"""The reader's own line breaking: offsets survive, lines fit, Thai words and names stay whole."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from rich.cells import cell_len

from briefing.sources.corpus import parse_release
from briefing.tui.layout import BodyLayout, space_breaks, word_breaks_for, wrap_breaks, wrap_words

SEED = Path(__file__).resolve().parent.parent / "data" / "tui" / "000_02efa86ef419c001.txt"


def seed_body() -> str:
    return parse_release(SEED.read_text(encoding="utf-8"), SEED.name).body


def test_every_character_keeps_its_place_and_rows_round_trip():
    text = "abc def\nghijklmnopq rs\n\nxy"
    layout = BodyLayout(text, wrap_breaks(text, space_breaks(text), 5))
    assert layout.text == "abc \ndef\n\nghijk\nlmnop\nq rs\n\n\n\nxy"
    for offset, char in enumerate(text):
        if char == "\n":
            continue
        shown = layout.start(offset)
        assert layout.text[shown] == char
        row = layout.row(offset)
        line_start = layout.text.rfind("\n", 0, shown) + 1
        column = cell_len(layout.text[line_start:shown])
        assert layout.offset_at(row, column) == offset
    assert layout.offset_at(2, 0) is None, "the blank line between paragraphs holds no character"


def test_thai_lines_fit_and_break_only_between_words_and_outside_names():
    body = seed_body()
    words = word_breaks_for(body)
    assert len(words) > 500
    name = body.index("นายประเสริฐ จันทรรวงทอง")
    keep = [(name, name + len("นายประเสริฐ จันทรรวงทอง"))]
    allowed = set(words) | set(space_breaks(body))
    for width in (40, 61, 80):
        breaks = wrap_breaks(body, [*space_breaks(body), *words], width, keep=keep)
        layout = BodyLayout(body, breaks)
        assert all(cell_len(line.rstrip()) <= width for line in layout.text.split("\n"))
        assert set(breaks) <= allowed, "no Thai word is cut (no word here is longer than a line)"
        assert not [b for b in breaks if keep[0][0] < b < keep[0][1]]
        assert layout.text.replace("\n", "") == body.replace("\n", "")


def test_a_run_longer_than_the_line_is_folded_without_splitting_combining_marks():
    text = "ที่" * 30
    layout = BodyLayout(text, wrap_breaks(text, [], 7))
    lines = layout.text.split("\n")
    assert len(lines) > 1 and all(cell_len(line) <= 7 for line in lines)
    assert all(line.startswith("ท") for line in lines)


def test_a_name_in_the_side_panel_breaks_at_its_spaces_before_its_thai_words():
    """details/46671: newmm cuts the family name เหล่าธรรมทัศน์ into เหล่า ธรรม ทัศน์, and the panel showed
    'เหล่าธรรม' at the end of one line and 'ทัศน์' on the next."""
    forms = "ศาสตราจารย์พิเศษ ดร.เอนก เหล่าธรรมทัศน์ · ดร.เอนก  ×2"
    for width in (30, 32, 36):
        lines = wrap_words(forms, width, spaces_first=True).split("\n")
        assert all(cell_len(line) <= width for line in lines)
        assert any("เหล่าธรรมทัศน์" in line for line in lines), lines
    assert "เหล่าธรรมทัศน์" not in wrap_words(forms, 32)  # between words, the name is cut
    long_name = "กระทรวงการอุดมศึกษาวิทยาศาสตร์วิจัยและนวัตกรรม · อว."  # wider than a line: cut between words
    lines = wrap_words(long_name, 24, spaces_first=True).split("\n")
    assert len(lines) > 2 and all(cell_len(line) <= 24 for line in lines)
    assert "".join(lines).replace(" ", "") == long_name.replace(" ", "")


def test_a_highlighted_name_wider_than_the_line_breaks_between_its_own_words():
    """details/95986 in a 52-cell column beside the panels: the committee's name (66 letters) was folded between
    characters, 'เพื่' at the end of one line and 'อพัฒนาประเทศไทย' on the next."""
    name = "คณะกรรมการขับเคลื่อนแผนปฏิบัติการด้านปัญญาประดิษฐ์แห่งชาติเพื่อพัฒนาประเทศไทย"
    text = f"นายกรัฐมนตรี เป็นประธานในการประชุม{name} (National AI Committee) ครั้งที่ 1/2568"
    start = text.index(name)
    keep = [(start, start + len(name))]
    words = word_breaks_for(text)
    for width in (30, 36, 44, 52):
        breaks = wrap_breaks(text, [*space_breaks(text), *words], width, keep=keep)
        lines = BodyLayout(text, breaks).text.split("\n")
        assert all(cell_len(line.rstrip()) <= width for line in lines)
        assert set(breaks) <= set(words) | set(space_breaks(text)), f"a word is cut at {width}: {lines}"
        assert [b for b in breaks if keep[0][0] < b < keep[0][1]], "the name itself had to break"


def test_lines_never_break_inside_a_figure_or_a_latin_word_newmm_cuts():
    # details/99967 (Department of Rural Roads, 2025-08-21): the road ends at "กม. ที่ 4+000"; the reader showed
    # "กม. ที่ 4" at a line's end and "+000" on the next, as newmm cuts '4' | '+000'.
    text = "ข้ามไปสิ้นสุดบริเวณ กม. ที่ 4+000 บริเวณถนนพุทธภูมิ โควิด-19 (The 2nd Thai–China Dialogue) ร้อยละ 2.8%ต่อปี"
    breaks = word_breaks_for(text)
    pieces = [text[a:b] for a, b in zip([0, *breaks], [*breaks, len(text)], strict=True)]
    for whole in ("4+000", "โควิด-19", "Thai–China", "2.8%ต่อ"):
        assert any(whole in piece for piece in pieces), (whole, pieces)
    assert {"บริเวณ", "ถนน", "ปี"} <= set(pieces)  # Thai words still break apart
    for width in range(8, 40):
        shown = [text[a:b] for a, b in pairwise([0, *wrap_breaks(text, breaks, width), len(text)])]
        assert not any(line.startswith(("+000", "19")) for line in shown)
