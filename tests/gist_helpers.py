"""Shared by the gist and headline tests: spans, organisations built by hand, the offline gist (checked
against its analysis) and what the headline reader takes as a verb and its object."""

from __future__ import annotations

from briefing.model import Analysis, Entity, Release
from briefing.summary.check import check_against, word_count
from briefing.summary.object_phrase import object_of
from briefing.summary.offline import make_brief
from briefing.summary.verbs import verbs_of


def at(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def entity(kind: str, field: str, text: str, part: str, english: str, **more: str) -> Entity:
    s, e = at(text, part)
    return Entity(type=kind, field=field, text=part, start=s, end=e, english=english, **more)  # type: ignore[arg-type]


def line_spans(body: str) -> list[tuple[int, int]]:
    """Each non-empty line of `body` as a sentence span, as the segmenter gives for one-line paragraphs."""
    out, pos = [], 0
    for line in body.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def org(text: str, part: str, english: str) -> Entity:
    s, e = at(text, part)
    return Entity(type="organisation", field="title", text=part, start=s, end=e, english=english)


def gist(analysis: Analysis) -> str:
    brief = make_brief(Release(title=analysis.title, body=analysis.body), analysis)
    assert word_count(brief.gist) <= 20 and check_against(brief.gist, analysis) == []
    return brief.gist


def release_gist(title: str, body: str = "") -> str:
    """The offline gist of a release of `title` and `body`, analysed as the app does and checked against it."""
    from briefing.thai import analyze

    release = Release(title=title, body=body)
    analysis = analyze(release)
    made = make_brief(release, analysis).gist
    assert check_against(made, analysis) == []
    return made


def object_after(title: str, verb_text: str) -> str:
    analysis = Analysis(title=title, body="")
    verb = next(v for v in verbs_of(analysis) if title[v.start:v.end] == verb_text)
    return object_of(analysis, verb)[0]


def verbs_in(title: str) -> list[str]:
    return [title[v.start:v.end] for v in verbs_of(Analysis(title=title, body=""))]
