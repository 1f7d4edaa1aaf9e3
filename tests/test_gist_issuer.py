"""Whose release it is, when the headline names nobody: the body's opening paragraph says who reports,
not a body the next paragraph names in passing."""

from __future__ import annotations

from pathlib import Path

from briefing.cli.analyze import read_release
from briefing.summary.offline import make_brief
from briefing.thai import analyze

SEEDS = Path(__file__).resolve().parent.parent / "briefing" / "seeds"


def test_the_reporter_named_with_a_role_in_the_opening_is_the_actor():
    """'ความคืบหน้าสถานการณ์แผ่นดินไหว...' names no subject; the opening paragraph names the Deputy Governor who
    reports, and the next one a junction 'แยกตลาด อตก.' whose อตก. read as the reporter (Marketing
    Organization for Farmers)."""
    release = read_release(next(SEEDS.glob("ข่าวทำเนียบรัฐบาล _1_*.txt")))
    analysis = analyze(release)
    brief = make_brief(release, analysis)
    assert "Marketing Organization" not in brief.gist
    assert brief.gist.startswith("Deputy Governor Thawida Kamonwetcha reports on progress in the earthquake situation")
