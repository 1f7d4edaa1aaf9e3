"""Thai text -> Analysis, offline: entities with English forms, figures, dates and sentences.

`analyze` is the one entry point; the parts live in modules named for what they find. They work on
normalised text; the Analysis is given back in the release's own text (see `normalise`).
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing.model import Analysis, DateMention, Entity, Figure, Release
from briefing.thai import built

with built.compiled_patterns("import-patterns"):  # the rule modules' ~750 regexes, compiled in an earlier run
    from briefing.thai.dates import find_dates
    from briefing.thai.entities import find_entities
    from briefing.thai.figures import find_figures
    from briefing.thai.normalise import Normalised, normalise, normalised
    from briefing.thai.scan import forget_cuts
    from briefing.thai.segment import split_sentences, whole_names

ANALYZER_VERSION = "391"
"""Bump when the analysis changes: the store remakes cached analyses of another version."""


def analyze(release: Release) -> Analysis:
    forget_cuts()
    title = normalised(release.title)
    body = normalised(release.body)
    entities, references = find_entities(title.text, body.text)
    year = release.date.year if release.date else None
    figures = find_figures(title.text, "title") + find_figures(body.text, "body")
    dates = (find_dates(title.text, "title", default_year=year)
             + find_dates(body.text, "body", default_year=year))
    _to_raw(title, body, [*entities, *references, *figures, *dates])
    entities, references = _one_spelling_per_person(entities, references)
    marks: list[Entity | Figure | DateMention] = [*entities, *references, *figures, *dates]
    return Analysis(
        title=title.raw,
        body=body.raw,
        entities=entities,
        references=references,
        figures=figures,
        dates=dates,
        sentences=whole_names([body.span(s, e) for s, e in split_sentences(body.text)],
                              [(m.start, m.end) for m in marks if m.field == "body"]),
        version=ANALYZER_VERSION,
    )


def _to_raw(title: Normalised, body: Normalised, mentions: Iterable[Entity | Figure | DateMention]) -> None:
    """Move offsets and texts from the normalised text to the text as written."""
    for mention in mentions:
        field = title if mention.field == "title" else body
        if field.text is field.raw:
            continue
        mention.start, mention.end = field.span(mention.start, mention.end)
        mention.text = field.raw[mention.start:mention.end]


def _one_spelling_per_person(entities: list[Entity], references: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """A person written again in another encoding of the same letters (สําเร็จ with sara am decomposed, then
    สำเร็จ; a zero-width space inside the name) is one entity: the later spelling becomes a reference."""
    first: dict[str, str] = {}
    kept: list[Entity] = []
    moved: list[Entity] = []
    for e in entities:
        if e.type == "person" and e.canonical:
            seen = first.setdefault(e.canonical, e.text)
            if seen != e.text and normalise(seen) == normalise(e.text):
                moved.append(e)
                continue
        kept.append(e)
    return (kept, references + moved) if moved else (entities, references)
