"""Who and where a release names, as rows of the store's entity index (one per entity per release).

Mentions of one entity are merged: a short reference or an acronym carries the full Thai form it stands
for (`canonical`: ดีป้า -> สำนักงานส่งเสริมเศรษฐกิจดิจิทัล, นายประเสริฐ -> ประเสริฐ จันทรรวงทอง), and
across releases an entity is known by its English form when it has one, so the Thai name, its short
forms and its English name and acronym are one entity ("depa" finds all of them). Pure functions of an
Analysis: the store calls them when an analysis is saved.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from briefing.model import Analysis, Entity, EntityType


@dataclass(frozen=True, slots=True)
class EntityRow:
    """One entity named in one release."""

    type: EntityType
    key: str
    """What merges mentions across releases: the English form, case-folded, else the full Thai form."""
    english: str
    thai: str
    """The full Thai form (the canonical one the short forms stand for)."""
    aliases: tuple[str, ...]
    """Every other way the release writes it (short names, acronyms, with titles)."""
    mentions: int


def _thai_form(entity: Entity) -> str:
    return (entity.canonical or entity.text).strip()


def entity_key(english: str, thai: str) -> str:
    return english.casefold().strip() if english else thai


def entity_rows(analysis: Analysis) -> list[EntityRow]:
    """The entities of one analysis, each once, with the English form its full Thai form is given."""
    groups: dict[tuple[str, str], list[Entity]] = {}
    for entity in (*analysis.entities, *analysis.references):
        thai = _thai_form(entity)
        if thai:
            groups.setdefault((entity.type, thai), []).append(entity)
    merged: dict[tuple[str, str], EntityRow] = {}
    for (kind, thai), mentions in groups.items():
        full = [m.english for m in mentions if m.english and m.text.strip() == thai]
        english = (full or [m.english for m in mentions if m.english] or [""])[0] or ""
        if not full:
            english = Counter(m.english for m in mentions if m.english).most_common(1)[0][0] if english else ""
        aliases = {m.text.strip() for m in mentions} - {thai}
        key = entity_key(english, thai)
        previous = merged.get((kind, key))
        if previous is not None:  # two Thai forms with one English name: one entity, the longer Thai form
            names = {previous.thai, thai}
            main = max(names, key=len)
            aliases |= set(previous.aliases) | names
            merged[(kind, key)] = EntityRow(type=previous.type, key=key, english=previous.english or english,
                                            thai=main, aliases=tuple(sorted(aliases - {main})),
                                            mentions=previous.mentions + len(mentions))
        else:
            merged[(kind, key)] = EntityRow(type=mentions[0].type, key=key, english=english, thai=thai,
                                            aliases=tuple(sorted(aliases)), mentions=len(mentions))
    return list(merged.values())


def english_text(rows: list[EntityRow]) -> str:
    """The English forms and aliases of a release's entities, as the search index's English column."""
    parts: list[str] = []
    for row in rows:
        if row.english:
            parts.append(row.english)
        parts.extend(alias for alias in row.aliases if alias.isascii())
    return "\n".join(parts)
