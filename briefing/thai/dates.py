"""PLACEHOLDER (foundation): replaced by the date extractor."""

from __future__ import annotations

from briefing.model import DateMention, Field


def find_dates(text: str, field: Field) -> list[DateMention]:
    return []
