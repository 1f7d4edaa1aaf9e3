"""The one-line gist's parts: who did what, from the headline, and the figure it leads with.

The headline's verb and topics come from the glossary (glossary.toml: [verbs], [topics], [roles]);
the subject is the person or body the headline names before its verb. An English headline (the
site's "Government News" items) is used as it is.
"""

from __future__ import annotations

import re

from briefing.model import Analysis, Entity, Release
from briefing.summary.check import THAI, check_numbers, word_count
from briefing.summary.english import glossary, join_words, longest_keys, no_thai
from briefing.summary.facts import (
    READABLE,
    KeyFigure,
    Person,
    distinct_names,
    english_name,
    safe_english,
    short_org,
)

GIST_WORDS = 20

_EVENT = re.compile(r"\b(?:Dialogue|Meeting|Forum|Conference|Summit|Festival|Expo|Fair|Workshop|Seminar|"
                    r"Symposium|Ceremony|Exhibition|Week|Awards?|Congress|Assembly|Session|Talks)\b")
_BARE = re.compile(r" (?:on|about|over|for|with|to|of|in)$")
_MEETING_VERBS = {"holds a meeting on", "holds talks on", "holds an event on", "opens an event on"}


def _find_verb(title: str) -> tuple[str, int] | None:
    """The headline's main verb: the first action it names (longest glossary key at a position), or
    failing that the first saying ('เผย', 'ย้ำ'), which usually introduces a reported action."""
    table = glossary()
    for kind in ("verbs", "sayings"):
        verbs = table.get(kind, {})
        hits = [(pos, -len(key), verbs[key]) for key in verbs if (pos := title.find(key)) >= 0]
        if hits:
            pos, _, phrase = min(hits)
            return phrase, pos
    return None


def _topics(title: str) -> list[tuple[int, int, str]]:
    """The glossary's topics in the headline, longest Thai keys first, with their positions."""
    topics = glossary().get("topics", {})
    hits: list[tuple[int, int, str]] = []
    for key in longest_keys(topics):
        for m in re.finditer(re.escape(key), title):
            if not any(m.start() < e and s < m.end() for s, e, _ in hits):
                hits.append((m.start(), m.end(), topics[key]))
    return [(start, end, word) for start, end, word in hits]


def category_english(release: Release) -> str | None:
    if not release.category:
        return None
    try:
        from briefing.categories import english_category  # written by the store helper
    except ImportError:
        return None
    try:
        name = english_category(release.category)
    except Exception:  # noqa: BLE001 - an unknown category just means no category in the gist
        return None
    return no_thai(name) if name else None


def _lookup_person(analysis: Analysis, mention: Entity) -> Entity | None:
    """The named person a short reference (a quoted first name in the headline) stands for."""
    want = re.sub(r"\s+", "", mention.canonical or mention.text)
    for entity in analysis.entities:
        if entity.type == "person" and want and want in re.sub(r"\s+", "", entity.canonical or entity.text):
            return entity
    return None


def _person_label(name: str, role: str | None) -> str:
    """'Deputy Spokesperson Sasikan Watthanachan': a short title before the name when there is one."""
    if role:
        head = re.split(r",| and (?=[A-Z])| of | for ", role, maxsplit=1)[0].strip()
        if head and word_count(head) <= 3:
            return f"{head} {name}"
    return name


def _title_role(title: str, people: list[Person], limit: int) -> tuple[int, int, str] | None:
    """A position the headline names before `limit` ('นายกฯ ติดตาม...', 'รมช.ศธ. เผย...'): its span
    and the person the release gives that position, or the position alone."""
    positions = glossary().get("roles", {})
    head = title[:limit]
    found = [(head.find(k), -len(k), k) for k in positions if head.find(k) >= 0]
    if not found:
        return None
    start, _, key = min(found)
    position = positions[key]
    for person in people:
        if person.role and re.split(r",| and (?=[A-Z])| of | for ", person.role, maxsplit=1)[0].strip() == position:
            return start, start + len(key), _person_label(person.name, person.role)
    return start, start + len(key), position


def _mention_label(analysis: Analysis, entity: Entity, people: list[Person]) -> str | None:
    if entity.type == "organisation":
        name = safe_english(english_name(entity), analysis)
        return short_org(name) if name and READABLE.search(name) else None
    named = _lookup_person(analysis, entity) or entity
    name = safe_english(english_name(named), analysis)
    person = next((p for p in people if p.name == name), None)
    return _person_label(name, person.role if person else None) if name else None


def actor_of(analysis: Analysis, people: list[Person], verb_pos: int | None) -> str:
    """Who did it: the person, body or position the headline names nearest before its verb (a
    position's own ministry, 'รัฐมนตรีว่าการกระทรวงยุติธรรม', belongs to the position), else the
    first person the release gives a role, else the first organisation."""
    limit = verb_pos if verb_pos is not None else 40
    mentions = sorted((e for e in analysis.entities + analysis.references
                       if e.field == "title" and e.type in ("person", "organisation")), key=lambda e: e.start)
    role = _title_role(analysis.title, people, limit)
    candidates: list[tuple[int, str]] = []
    for entity in mentions:
        if entity.start >= limit or (role and role[1] <= entity.start <= role[1] + 2):
            continue
        if label := _mention_label(analysis, entity, people):
            candidates.append((entity.start, label))
    if role:
        candidates.append((role[0], role[2]))
    if candidates:
        return max(candidates)[1]
    for entity in mentions:
        if label := _mention_label(analysis, entity, people):
            return label
    for person in people:
        if person.role:
            return _person_label(person.name, person.role)
    if people:
        return people[0].name
    orgs = distinct_names(analysis.entities, "organisation", analysis, limit=1)
    return short_org(orgs[0]) if orgs else "The government"


def _title_latin(analysis: Analysis, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Latin-script words in the headline that name no organisation or person and are not already a
    glossary topic (`taken`): topics as written ('Digital GDP', 'ODOS')."""
    taken = taken + [(e.start, e.end) for e in analysis.entities + analysis.references if e.field == "title"]
    out = []
    for m in re.finditer(r"[A-Za-z][A-Za-z0-9&.’'\-]*(?: [A-Za-z][A-Za-z0-9&.’'\-]*)*", analysis.title):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        text = safe_english(m.group(0).strip(".-"), analysis)
        if text:
            out.append((m.start(), m.end(), text))
    return out


def english_headline(analysis: Analysis) -> str | None:
    """The headline itself when the release is in English (the site's "Government News" items), if
    it fits a gist and states no number the Analysis lacks."""
    title = " ".join(analysis.title.split()).rstrip(". ")
    if not title or THAI.search(title) or word_count(title) > GIST_WORDS - 4:
        return None
    if check_numbers(title, analysis):  # 'France 24': a number that is no figure is left out
        title = " ".join(w for w in title.split() if not check_numbers(w, analysis))
    return safe_english(title, analysis)


def action_of(analysis: Analysis, phrases: list[str]) -> tuple[str, int | None]:
    """What was done, as a verb phrase with its topic ('approves measures on haze and fine dust').

    The topic is an English event name the release gives when it names an event or appears in the
    headline; otherwise the headline's topics from the glossary and its Latin-script words."""
    title = analysis.title
    verb = _find_verb(title)
    squashed_title = re.sub(r"\s+", " ", title).lower()
    event = next((p for p in phrases if p.lower() in squashed_title and word_count(p) >= 2
                  or 3 <= word_count(p) <= 12 and "," not in p and _EVENT.search(p)), None)
    if event and event.split()[0] in ("The", "the"):
        event = "the " + " ".join(event.split()[1:])
    if event and (verb is None or verb[0] in _MEETING_VERBS):
        return f"holds {event}", verb[1] if verb else None
    glossed = _topics(title)
    hits = glossed + _title_latin(analysis, [(s, e) for s, e, _ in glossed])
    topics: list[str] = []
    for _, _, word in sorted(hits):
        if not any(word.lower() in t.lower() or t.lower() in word.lower() for t in topics):
            topics.append(word)
    topic = event or join_words(topics[:3])
    if verb and topic:
        return f"{verb[0]} {topic}", verb[1]
    if topic:
        return f"reports on {topic}", None
    if verb and word_count(bare := _BARE.sub("", verb[0])) >= 2:
        return bare, verb[1]  # 'presides over an event on' with no topic: 'presides over an event'
    return "", verb[1] if verb else None


_LEAD_KIND = {"money": 0, "percent": 1, "count": 2, "quantity": 3}


def lead_figure(figures: list[KeyFigure]) -> KeyFigure | None:
    """The figure a one-line gist leads with: one the headline gives if any (the headline's writer chose
    it), and among those a sum of money, else a percentage, a count, a quantity (years and distances
    say least on their own); a count under ten comes after the rest."""
    if not figures:
        return None

    def rank(f: KeyFigure) -> tuple[bool, bool, int, int]:
        small = f.figure.kind in ("count", "quantity") and f.figure.value < 10
        return f.figure.field != "title", small, _LEAD_KIND.get(f.figure.kind, 4), f.figure.start

    return min(figures, key=rank)
