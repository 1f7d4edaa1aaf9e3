"""Shared by the extraction tests: what `find_entities` finds in a body, by type.

Each extraction test file used to define its own copy of these; they read a body with no title unless said.
"""

from __future__ import annotations

from briefing.model import Entity
from briefing.thai.entities import find_entities
from briefing.thai.normalise import normalise


def orgs(body: str) -> list[str]:
    """The organisations' texts, in order."""
    entities, _ = find_entities("", body)
    return [e.text for e in entities if e.type == "organisation"]


def places(body: str) -> list[str]:
    """The places' texts, in order."""
    entities, _ = find_entities("", body)
    return [e.text for e in entities if e.type == "place"]


def place_english(body: str) -> dict[str, str | None]:
    """Each place's text with its English form."""
    entities, _ = find_entities("", body)
    return {e.text: e.english for e in entities if e.type == "place"}


def org_english(body: str) -> dict[str, str | None]:
    """Each organisation's text with its English form."""
    entities, _ = find_entities("", body)
    return {e.text: e.english for e in entities if e.type == "organisation"}


def as_analyzed(body: str, title: str = "") -> list[Entity]:
    """Entities and references, from a title and body normalised as `analyze()` reads them."""
    entities, references = find_entities(normalise(title), normalise(body))
    return entities + references


def people_canonical(body: str) -> list[str | None]:
    """Each person's canonical name, as `analyze()` reads the body."""
    return [e.canonical for e in as_analyzed(body) if e.type == "person"]
