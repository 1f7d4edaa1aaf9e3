"""PLACEHOLDER (foundation): replaced by the figure extractor."""

from __future__ import annotations

from briefing.model import Field, Figure


def find_figures(text: str, field: Field) -> list[Figure]:
    return []
