"""The checker both summary backends are held to: numbers, script and length."""

import json
from pathlib import Path

import pytest

from briefing.model import Analysis, DateMention, Figure
from briefing.summary.check import check_against, check_numbers, has_thai, numbers_in, word_count

DATA = Path(__file__).parent / "data" / "summary"


@pytest.fixture
def analysis() -> Analysis:
    return Analysis.from_json(json.loads((DATA / "seed_analysis.json").read_text(encoding="utf-8")))


@pytest.mark.parametrize("text, kind, value, iso", [
    ("1.5 trillion yuan", "number", 1.5e12, None),
    ("21 companies", "number", 21, None),
    ("15%", "percent", 15, None),
    ("15 per cent", "percent", 15, None),
    ("620 million baht", "number", 620e6, None),
    ("1,234.5 tonnes", "number", 1234.5, None),
    ("2025-01-18", "date", None, "2025-01-18"),
    ("18 January 2025", "date", None, "2025-01-18"),
    ("January 18, 2025", "date", None, "2025-01-18"),
    ("January 2025", "date", None, "2025-01"),
    ("19 Jan.", "date", None, "--01-19"),
    ("18/01/2568", "date", None, "2025-01-18"),
    ("the 2nd dialogue", "ordinal", 2, None),
    ("5G Ambulance", "name", None, None),
    ("COVID-19", "name", None, None),
])
def test_numbers_in_reads_each_form(text: str, kind: str, value: float | None, iso: str | None) -> None:
    [mention] = numbers_in(text)
    assert mention.kind == kind
    assert mention.value == value
    assert mention.iso == iso


def test_numbers_in_finds_every_number_in_order() -> None:
    found = numbers_in("On 18 January 2025, 21 firms said growth was 15% or over 1.5 trillion yuan.")
    assert [n.text for n in found] == ["18 January 2025", "21", "15%", "1.5 trillion"]


def test_figures_and_dates_pass(analysis: Analysis) -> None:
    text = ("On 18 January 2025 the ministry met 21 companies; the industry grew 15%, or over "
            "1.5 trillion yuan, in the year marking 50 years of relations. It met again in January 2025.")
    assert check_against(text, analysis) == []


def test_written_forms_of_one_figure_pass(analysis: Analysis) -> None:
    assert check_numbers("1,500 billion yuan, 1.5 trillion, 15 per cent, 2025", analysis) == []


def test_invented_numbers_and_dates_fail(analysis: Analysis) -> None:
    problems = check_numbers("37 companies joined on 19 February 2025 and sales rose 16%.", analysis)
    assert len(problems) == 3
    assert "'37'" in problems[0] and "19 February 2025" in problems[1] and "16%" in problems[2]


def test_ordinal_is_a_number_to_check(analysis: Analysis) -> None:
    assert check_numbers("the 2nd dialogue", analysis)
    assert check_numbers("the 21st company", analysis) == []


def test_name_with_digits_must_be_written_in_the_release(analysis: Analysis) -> None:
    assert check_numbers("a 5G Ambulance project", analysis) == []
    assert check_numbers("a 6G Ambulance project", analysis)


def test_year_alone_needs_a_date_in_that_year(analysis: Analysis) -> None:
    assert check_numbers("in 2025", analysis) == []
    assert check_numbers("in 2024", analysis)


def test_thai_script_and_length() -> None:
    empty = Analysis(title="", body="")
    assert has_thai("ประเสริฐ said") and not has_thai("Prasert said")
    assert check_against("ประเสริฐ said", empty) == ["contains Thai script"]
    assert check_against("one two three", empty, max_words=2) == ["3 words, more than 2"]
    assert word_count("  one\ntwo  three ") == 3


def test_figure_text_numbers_count_as_written() -> None:
    figure = Figure(kind="money", field="body", text="620 ล้านบาท", start=0, end=11, value=620e6, unit="THB",
                    english="620 million baht")
    analysis = Analysis(title="", body="620 ล้านบาท", figures=[figure],
                        dates=[DateMention(field="body", text="28 มกราคม 2568", start=0, end=1, iso="2025-01-28")])
    assert check_numbers("a budget of 620 million baht (620) on 28 January 2025", analysis) == []
    assert check_numbers("a budget of 600 million baht", analysis)
