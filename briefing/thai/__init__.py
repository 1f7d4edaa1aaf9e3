"""Thai text -> Analysis, offline: entities with English forms, figures, dates and sentences.

`analyze` is the one entry point; the parts live in modules named for what they find.
"""

from __future__ import annotations

from briefing.model import Analysis, Release
from briefing.thai.dates import find_dates
from briefing.thai.entities import find_entities
from briefing.thai.figures import find_figures
from briefing.thai.normalise import normalise
from briefing.thai.segment import split_sentences

ANALYZER_VERSION = "5"
"""Bump when the analysis changes: the store remakes cached analyses of another version."""


def analyze(release: Release) -> Analysis:
    title = normalise(release.title)
    body = normalise(release.body)
    entities, references = find_entities(title, body)
    year = release.date.year if release.date else None
    return Analysis(
        title=title,
        body=body,
        entities=entities,
        references=references,
        figures=find_figures(title, "title") + find_figures(body, "body"),
        dates=find_dates(title, "title", default_year=year) + find_dates(body, "body", default_year=year),
        sentences=split_sentences(body),
        version=ANALYZER_VERSION,
    )
