"""PLACEHOLDER (foundation): replaced by the entity extractor."""

from __future__ import annotations

from briefing.model import Entity


def find_entities(title: str, body: str) -> tuple[list[Entity], list[Entity]]:
    return [], []
