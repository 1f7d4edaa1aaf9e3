"""Where the brief says it happened ('... in <place>'): a place the headline or the body's lead names,
or one placed by ณ/ที่/in a little further on; never a place the release mentions in passing."""

from __future__ import annotations

from pathlib import Path

from briefing.cli.analyze import read_release
from briefing.summary.offline import make_brief
from briefing.thai import analyze

SEEDS = Path(__file__).resolve().parent.parent / "briefing" / "seeds"


def brief_of(pattern: str) -> str:
    release = read_release(next(SEEDS.glob(pattern)))
    return make_brief(release, analyze(release)).brief


def test_a_place_in_the_background_is_not_where_it_happened():
    """The Pope 'was elected ... in 2013, the first from Latin America': the funeral is not there."""
    brief = brief_of("Government News _1_*.txt")
    assert "Latin America" not in brief
    assert brief.startswith("Thai Govt’s special envoy to attend His Holiness Pope Francis’s funeral on April 26.")


def test_a_venue_after_na_further_on_is_kept():
    """'... เข้ามาชี้แจงข้อเท็จจริง ณ สำนักงานคณะกรรมการคุ้มครองผู้บริโภค' in the fifth sentence is the venue."""
    brief = brief_of("*_1_e134eaf4-*.txt")
    assert " in Office of the Consumer Protection Board" in brief.split(". ")[0]


def test_a_place_named_far_into_the_release_is_not_where():
    """A province named in passing near the end (a scam page's reach) is not where the warning was given."""
    brief = brief_of("*_71_bc0567b0-*.txt")
    assert "Samut Songkhram" not in brief.split(". ")[0]

