"""Who and where a release names, as rows of the store's entity index (one per entity per release).

Mentions of one entity are merged: a short reference or an acronym carries the full Thai form it stands
for (`canonical`: ดีป้า -> สำนักงานส่งเสริมเศรษฐกิจดิจิทัล, นายประเสริฐ -> ประเสริฐ จันทรรวงทอง), and
across releases an entity is known by its English form when it has one, so the Thai name, its short
forms and its English name and acronym are one entity ("depa" finds all of them). Pure functions of an
Analysis: the store calls them when an analysis is saved.

An alias joins an entity only when it is that entity's alias: a mention in Latin script is taken as
another form of an entity with an English name only when that name bears it out (the alias is a word
of it, or its letters begin the name's words in order: ASEAN, depa, BOI, NECTEC). A release writing
"คณะผู้สังเกตการณ์ชั่วคราวอาเซียน (IOT)" made the analysis read IOT as ASEAN's acronym; such a
mention is left out of the entity (it is not evidence of ASEAN either), instead of merging "IOT" into
ASEAN for every release and every search.
"""

from __future__ import annotations

import re
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


_WORD = re.compile(r"[A-Za-z0-9]+")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")


def _spells(alias: str, words: list[str]) -> bool:
    """Whether `alias` is made of the beginnings of `words`, in order (words may be skipped):
    BOI = Board of Investment, NECTEC = National Electronics and Computer Technology Center."""
    alias = alias.casefold()
    starts = {0}
    for word in words:
        word = word.casefold()
        reached = set(starts)
        for start in starts:
            for length in range(1, min(len(word), len(alias) - start) + 1):
                if alias[start:start + length] != word[:length]:
                    break
                reached.add(start + length)
        starts = reached
        if len(alias) in starts:
            return True
    return len(alias) in starts


_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "h", "e", "he", "hon", "sir", "dame", "gen", "lt",
                     "col", "maj", "capt", "adm", "pol", "rev"})
"""Title words a Latin form may add to a person's English name (Dr. Thares, H.E. Mr. Lawrence Wong)."""


def is_alias_of(alias: str, english: str) -> bool:
    """Whether `alias`, another way a release writes an entity, is borne out as that entity's alias.
    Thai forms (short names, transliterations: ดีป้า, อาเซียน) and entities with no English name are
    taken as the analysis gives them; a Latin form must be words of the English name (titles aside),
    hold all of them (Kingdom of Belgium for Belgium) or spell its initials."""
    if not english or _THAI.search(alias) or not _LATIN_LETTER.search(alias):
        return True
    words = _WORD.findall(english)
    folded = {word.casefold() for word in words}
    tokens = _WORD.findall(alias)
    if tokens and all(token.casefold() in folded or token.casefold() in _TITLES for token in tokens) and any(
            token.casefold() in folded for token in tokens):
        return True
    if folded and folded <= {token.casefold() for token in tokens}:
        return True
    return len(tokens) == 1 and _spells(tokens[0], words)


def entity_rows(analysis: Analysis) -> list[EntityRow]:
    """The entities of one analysis, each once, with the English form its full Thai form is given."""
    groups: dict[tuple[str, str], list[Entity]] = {}
    for entity in (*analysis.entities, *analysis.references):
        thai = _thai_form(entity)
        if thai and (entity.text.strip() == thai or is_alias_of(entity.text.strip(), entity.english or "")):
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
