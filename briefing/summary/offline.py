"""The offline brief: a gist and a short English brief built from the Analysis, no network.

Templates and the glossary (glossary.toml) make the English; the facts are the Analysis' own:
people with their roles, the first date, places, figures with what they measure, organisations, and
English names the release itself writes. Every part is checked to carry no Thai script, and numbers
come only from figures and dates, so `check.check_against` holds for the result.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from briefing.model import Analysis, Brief, Entity, Figure, Release
from briefing.summary.check import THAI, check_numbers, numbers_in, word_count
from briefing.summary.english import (
    glossary,
    iso_to_english,
    join_words,
    longest_keys,
    no_thai,
    ordinals_to_words,
    romanise_word,
)

OFFLINE_VERSION = "1"
"""Bump when the offline brief's output changes, so cached briefs are remade."""

GIST_WORDS = 20
BRIEF_WORDS = 120
_MEASURE_WINDOW = 40
"""How far before a figure (in characters, same sentence) the words saying what it measures may be."""

_HONORIFICS = re.compile(r"^(?:(?:นางสาว|นาง|นาย|H\.E\.|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|\(พิเศษ\)|[\u0e00-\u0e7f]{1,4}\.)\s*)+")
"""Honorifics, ranks and academic titles ('ผศ.ดร.', 'พล.อ.', 'ศ. (พิเศษ)') before a name, left out of the
romanised fallback for a name with no English form."""
_ABBREVIATION = re.compile(r"\(([A-Za-z][A-Za-z0-9&.\- ]{1,13})\)\s*$")
_PAREN_LATIN = re.compile(r"\(([^()\u0e00-\u0e7f\n]{4,160})\)")
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9'’&.\-–]*(?:[ ,:]+(?:[-–] )?[A-Za-z0-9][A-Za-z0-9'’&.\-–]*)+")
_PERSONISH = re.compile(r"\b(?:H\.E\.|Mr|Mrs|Ms|Dr|Prof)\b\.?")
_READABLE = re.compile(r"^(?!\S{15,}$)(?!.*[A-Za-z\-']{20,})")
"""A name that is one word of 15 letters or more, or has a word of 20, is a romanised Thai compound no
reader can use; leave it out."""
_HOME = {"thailand", "thai", "kingdom of thailand"}
"""Every release is about Thailand: as a place it says nothing, so the brief names the others."""
_URLISH = re.compile(r"https?:|www\.|[A-Za-z0-9-]\.(?:com|org|net|th|info|io)\b|@", re.IGNORECASE)


@dataclass(slots=True)
class Person:
    name: str
    role: str | None


@dataclass(slots=True)
class KeyFigure:
    english: str
    measure: str | None
    figure: Figure

    def render(self, with_measure: bool = True) -> str:
        if with_measure and self.measure:
            return f"{self.english} ({self.measure})"
        return self.english


@dataclass(slots=True)
class Facts:
    """The pieces of a brief, each already in English."""

    actor: str
    action: str
    when: str | None
    places: list[str]
    people: list[Person]
    figures: list[KeyFigure]
    required_figures: int
    organisations: list[str]
    phrases: list[str]


@dataclass(slots=True)
class Selection:
    """Which optional pieces a rendering of the brief includes."""

    when: bool = False
    places: int = 0
    people: int = 0
    figures: int = 0
    organisations: int = 0
    phrases: int = 0
    short_roles: bool = False
    no_roles: bool = False
    short_opening: bool = False
    measures: bool = True
    extra: list[str] = field(default_factory=list)


def _english_name(entity: Entity) -> str:
    if entity.english and not re.search("[\u0e00-\u0e7f]", entity.english):
        return entity.english.strip()
    text = entity.english or entity.canonical or entity.text
    return no_thai(_HONORIFICS.sub("", text.strip()))


def _short_org(name: str) -> str:
    """'Ministry of Digital Economy and Society (MDES)' -> 'MDES' for the one-line gist."""
    m = _ABBREVIATION.search(name)
    return m.group(1) if m else name


def _short_role(role: str) -> str:
    """The first position of a long role: 'Deputy Prime Minister and Minister of ...' -> 'Deputy Prime
    Minister'. Used only when the full roles do not fit the word limit."""
    head = re.split(r",| and (?=[A-Z])", role, maxsplit=1)[0].strip()
    return head or role


def role_english(role: str, analysis: Analysis) -> str:
    """An English role for a Thai one the analyzer left untranslated: each part ('... และ ...') is a
    position from the glossary plus an organisation the release names; what neither covers is
    dropped rather than glossed, and only a role with no known position is romanised whole."""
    positions = glossary().get("roles", {})
    orgs = sorted(((e.text, _english_name(e)) for e in analysis.entities if e.type == "organisation"),
                  key=lambda pair: len(pair[0]), reverse=True)
    parts: list[str] = []
    for part in re.split(r"\s*และ\s*", role.strip()):
        part = part.strip()
        position = next((k for k in longest_keys(positions) if part.startswith(k)), None)
        if position is None:
            continue
        english = positions[position]
        rest = part[len(position):].strip()
        org = next((name for text, name in orgs if text and text in rest), None) if rest else None
        if org and org.startswith("Ministry of ") and english.endswith("Minister"):
            english = f"{english} of {re.sub(r' [(][^)]*[)]$', '', org[len('Ministry of '):])}"
        elif org:
            english = f"{english}, {org}"
        parts.append(english)
    if parts:
        return " and ".join(parts)
    return no_thai(role)


def people_of(analysis: Analysis) -> list[Person]:
    """People in order of first mention, one per person, with the English role when any mention has one."""
    people: dict[str, Person] = {}
    for entity in analysis.entities:
        if entity.type != "person":
            continue
        key = re.sub(r"\s+", "", _HONORIFICS.sub("", entity.canonical or entity.text))
        name = _english_name(entity)
        name = safe_english(name, analysis) or _without_numbers(ordinals_to_words(name))
        if not name:
            continue
        role = entity.role_english or (role_english(entity.role, analysis) if entity.role else None)
        if role:
            role = safe_english(role, analysis) or _without_numbers(ordinals_to_words(no_thai(role)))
        role = role.strip() if role else None
        if key in people:
            people[key].role = people[key].role or role
            if word_count(name) > word_count(people[key].name):  # an accepted spelling over a run-on one
                people[key].name = name
        else:
            people[key] = Person(name=name, role=role or None)
    return list(people.values())


def safe_english(text: str, analysis: Analysis) -> str | None:
    """`text` fit for the brief: no Thai script, ordinals spelt out, and None when it still states a
    number that is not a figure or date of the Analysis ('Sukhumvit 22 Road', 'Building 1')."""
    text = ordinals_to_words(no_thai(text))
    if not text or (numbers_in(text) and check_numbers(text, analysis)):
        return None
    return text


def _without_numbers(text: str) -> str:
    return " ".join(w for w in text.split() if not re.search(r"\d", w))


def _distinct_english(entities: list[Entity], kind: str, analysis: Analysis) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for entity in entities:
        if entity.type != kind:
            continue
        name = safe_english(_english_name(entity), analysis)
        name = name.rstrip(". ") if name else name
        if kind == "place" and name and name.lower() in _HOME:
            continue
        if name and _READABLE.search(name) and name.lower() not in seen:
            seen.add(name.lower())
            out.append(name)
    return out


def _sentence_start(analysis: Analysis, pos: int) -> int:
    for start, end in analysis.sentences:
        if start <= pos <= end:
            return start
    return 0


def measure_of(analysis: Analysis, figure: Figure) -> str | None:
    """What a sum of money or a percentage measures, from the glossary word closest before it in its
    sentence, if any. Counts and quantities carry their noun already ('21 companies')."""
    if figure.kind not in ("money", "percent"):
        return None
    text = analysis.body if figure.field == "body" else analysis.title
    start = max(figure.start - _MEASURE_WINDOW, 0)
    if figure.field == "body":
        start = max(start, _sentence_start(analysis, figure.start))
    for other in analysis.figures:
        if other.field == figure.field and start < other.end <= figure.start:
            start = other.end
    window = text[start:figure.start]
    measures = glossary().get("measures", {})
    best: tuple[int, int, str] | None = None
    for key in longest_keys(measures):
        pos = window.rfind(key)
        if pos >= 0:
            rank = (pos + len(key), len(key), measures[key])
            if best is None or rank[:2] > best[:2]:
                best = rank
    if best is None:
        return None
    measure = best[2]
    unit = (figure.unit or "").lower()
    if measure.lower() in unit or unit in measure.lower().split() or measure.lower() in figure.english.lower():
        return None
    return measure


def key_figures(analysis: Analysis) -> tuple[list[KeyFigure], int]:
    """Figures in the order the brief lists them, and how many must be shown: the first three by
    position (in the Analysis' order, and in the body's order) come first, each English form once
    ('14.5 million people' and 'over 14.5 million people' both, as the release words them); the rest
    follow, one per value."""
    def by_value(f: Figure) -> tuple[str, float, str]:
        return f.kind, round(float(f.value), 6), f.unit

    def by_text(f: Figure) -> tuple[str, float, str]:
        return f.kind, round(float(f.value), 6), (f.english or f.text).strip().lower()

    def distinct(figures: list[Figure], key: Callable[[Figure], tuple[str, float, str]]) -> list[Figure]:
        seen: set[tuple[str, float, str]] = set()
        out = []
        for f in figures:
            if key(f) not in seen:
                seen.add(key(f))
                out.append(f)
        return out

    in_order = distinct(analysis.figures, by_text)
    in_body = distinct(sorted((f for f in analysis.figures if f.field == "body"), key=lambda f: f.start), by_text)
    first = distinct(in_order[:3] + in_body[:3], by_text)
    shown = {by_value(f) for f in first}
    ordered = first + distinct([f for f in in_order if by_value(f) not in shown], by_value)
    result: list[KeyFigure] = []
    required = 0
    for index, f in enumerate(ordered):
        english = no_thai(f.english or "")
        if not english or check_numbers(english, analysis):
            english = no_thai(_fallback_figure(f))
        if english and not check_numbers(english, analysis):
            result.append(KeyFigure(english, measure_of(analysis, f), f))
            required += index < len(first)
    return result, required


def _fallback_figure(figure: Figure) -> str:
    """The figure's value as written digits (exact, never rounded: the brief states only its values)."""
    value = format(Decimal(repr(float(figure.value))), ",f")
    value = value.rstrip("0").rstrip(".") if "." in value else value
    unit = "%" if figure.unit == "%" else f" {figure.unit}"
    return f"{value}{unit}"


def english_phrases(analysis: Analysis) -> list[str]:
    """English names and phrases the release writes itself, parenthesised ones first.

    Ordinals are spelt out, and a phrase with any other number that is not a figure or date of the
    Analysis is left out, so quoting the release never adds a number the facts lack.
    """
    body = analysis.body
    taken = [(e.start, e.end) for e in analysis.entities if e.field == "body" and e.type == "person"]
    names = {(_english_name(e)).lower() for e in analysis.entities} | {e.text.lower() for e in analysis.entities}
    names |= {(e.role_english or e.role or "").lower() for e in analysis.entities if e.type == "person"}
    names.discard("")
    found: list[tuple[int, int, str]] = []
    for m in _PAREN_LATIN.finditer(body):
        found.append((0, m.start(1), m.group(1)))
    for m in _LATIN_RUN.finditer(body):
        found.append((1, m.start(), m.group(0)))
    out: list[str] = []
    seen: set[str] = set()
    for tier, start, raw in sorted(found):
        phrase = " ".join(raw.split()).strip(" ,:-–.")
        words = phrase.split()
        if len(re.findall(r"[A-Za-z]{2,}", phrase)) < (2 if tier == 0 else 3) or len(words) > 16:
            continue
        if _PERSONISH.search(phrase) or _URLISH.search(phrase):
            continue
        if any(start < e and s < start + len(raw) for s, e in taken):
            continue
        phrase = ordinals_to_words(phrase)
        if numbers_in(phrase) and check_numbers(phrase, analysis):
            continue
        key = phrase.lower()
        if key in seen or any(key in s for s in seen | names):
            continue
        seen.add(key)
        out.append(phrase)
    return out


_EVENT = re.compile(r"\b(?:Dialogue|Meeting|Forum|Conference|Summit|Festival|Expo|Fair|Workshop|Seminar|"
                    r"Symposium|Ceremony|Exhibition|Week|Awards?|Congress|Assembly|Session|Talks)\b")
_MEETING_VERBS = {"holds a meeting on", "holds talks on", "holds an event on", "opens an event on"}


def _find_verb(title: str) -> tuple[str, int] | None:
    verbs = glossary().get("verbs", {})
    for key, phrase in verbs.items():  # the glossary's order is the priority order
        pos = title.find(key)
        if pos >= 0:
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


def _category_english(release: Release) -> str | None:
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


def _title_role(title: str, people: list[Person], verb_pos: int | None) -> str | None:
    """A headline that starts with a position ('นายกฯ ติดตาม...', 'รมช.ศธ. เผย...'): the person the
    release gives that position, or the position alone."""
    positions = glossary().get("roles", {})
    head = title[: verb_pos if verb_pos else 40]
    found = [(head.find(k), -len(k), k) for k in positions if head.find(k) >= 0]
    if not found:
        return None
    _, _, key = min(found)
    position = positions[key]
    for person in people:
        if person.role and re.split(r",| and (?=[A-Z])| of | for ", person.role, maxsplit=1)[0].strip() == position:
            return _person_label(person.name, person.role)
    return position


def _actor(analysis: Analysis, people: list[Person], verb_pos: int | None) -> str:
    """Who did it: the person or body named in the headline nearest before its verb, else the first
    person the release gives a role, else the first organisation."""
    mentions = [e for e in analysis.entities + analysis.references
                if e.field == "title" and e.type in ("person", "organisation")]
    mentions.sort(key=lambda e: e.start)
    if mentions:
        before = [e for e in mentions if verb_pos is not None and e.start < verb_pos]
        entity = before[-1] if before else mentions[0]
        if entity.type == "organisation":
            name = safe_english(_english_name(entity), analysis)
            if name and _READABLE.search(name):
                return _short_org(name)
        else:
            named = _lookup_person(analysis, entity) or entity
            name = safe_english(_english_name(named), analysis)
            person = next((p for p in people if p.name == name), None)
            if name:
                return _person_label(name, person.role if person else None)
    titled = _title_role(analysis.title, people, verb_pos)
    if titled:
        return titled
    for person in people:
        if person.role:
            return _person_label(person.name, person.role)
    if people:
        return people[0].name
    orgs = _distinct_english(analysis.entities, "organisation", analysis)
    return _short_org(orgs[0]) if orgs else "The government"


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


def _english_headline(analysis: Analysis) -> str | None:
    """The headline itself when the release is in English (the site's "Government News" items), if
    it fits a gist and states no number the Analysis lacks."""
    title = " ".join(analysis.title.split()).rstrip(". ")
    if not title or THAI.search(title) or word_count(title) > GIST_WORDS - 4:
        return None
    if check_numbers(title, analysis):  # 'France 24': a number that is no figure is left out
        title = " ".join(w for w in title.split() if not check_numbers(w, analysis))
    return safe_english(title, analysis)


def _action(analysis: Analysis, phrases: list[str]) -> tuple[str, int | None]:
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
    return "", verb[1] if verb else None


def _when(iso: str) -> str:
    """'on 18 January 2025', 'in January 2025' or 'in 2025', as much as the date gives."""
    return ("on " if len(iso.split("-")) >= 3 else "in ") + iso_to_english(iso)


def gather(release: Release, analysis: Analysis) -> Facts:
    """Everything the brief may say, in English, before any is chosen to fit the word limits."""
    people = people_of(analysis)
    phrases = english_phrases(analysis)
    action, verb_pos = _action(analysis, phrases)
    phrases = [p for p in phrases if ordinals_to_words(p).lower().removeprefix("the ") not in action.lower()]
    actor = _actor(analysis, people, verb_pos)
    if headline := _english_headline(analysis):
        actor, action = headline, ""
        phrases = []  # in an English release every sentence is English: quoting some adds nothing
    if not action and not headline:
        category = _category_english(release)
        action = f"issues a release on {category.lower()}" if category else "issues a release"
    dates = sorted(analysis.dates, key=lambda d: (d.field != "body", d.start))
    when = next((_when(d.iso) for d in dates if d.iso and iso_to_english(d.iso)), None)
    figures, required = key_figures(analysis)
    return Facts(
        actor=actor,
        action=action,
        when=when,
        places=_distinct_english(sorted(analysis.entities, key=lambda e: (e.field != "body", e.start)), "place",
                                 analysis),
        people=people,
        figures=figures,
        required_figures=required,
        organisations=_distinct_english(analysis.entities, "organisation", analysis),
        phrases=phrases,
    )


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


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


def render_gist(facts: Facts, limit: int = GIST_WORDS) -> str:
    """'<actor> <does what>; <lead figure>' within `limit` words, shortening until it fits."""
    lead = lead_figure(facts.figures)
    candidates = []
    core = f"{facts.actor} {facts.action}".strip()
    if lead:
        candidates += [f"{core}; {lead.render()}", f"{core}; {lead.render(False)}"]
    candidates.append(core)
    if lead:
        candidates.append(f"{facts.actor}: {lead.render(False)}")
    candidates.append(facts.actor)
    for text in candidates:
        if word_count(text) <= limit:
            return _first_upper(text)
    return _first_upper(" ".join(facts.actor.split()[:limit]))


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _person(person: Person, short: bool) -> str:
    if not person.role:
        return person.name
    return f"{person.name}, {_short_role(person.role) if short else person.role}"


def render_brief(facts: Facts, sel: Selection) -> str:
    """The brief as sentences: what and who, when and where; people; figures; organisations; names."""
    first = f"{facts.actor} {facts.action}".strip()
    if sel.short_opening and facts.action:
        first = f"{facts.actor} issues a release"
    if sel.when and facts.when:
        first += f" {facts.when}"
    if sel.places:
        first += f" in {', '.join(facts.places[:sel.places])}"
    parts = [_sentence(first)]
    with_role = [p for p in facts.people if p.role]
    without_role = [p for p in facts.people if not p.role]
    shown = with_role + without_role[: max(sel.people - len(with_role), 0)]
    if shown:
        parts.append("People: " + "; ".join(p.name if sel.no_roles else _person(p, sel.short_roles) for p in shown) + ".")
    figures = facts.figures[: max(sel.figures, facts.required_figures)]
    if figures:
        parts.append("Key figures: " + "; ".join(f.render(sel.measures) for f in figures) + ".")
    if sel.organisations:
        parts.append("Organisations: " + "; ".join(facts.organisations[: sel.organisations]) + ".")
    if sel.phrases:
        quoted = [f"“{p}”" for p in facts.phrases[: sel.phrases]]
        parts.append("Named in English in the release: " + join_words(quoted) + ".")
    return " ".join(parts)


def fit_brief(facts: Facts, limit: int = BRIEF_WORDS) -> str:
    """Start from what must be said (people with roles, the top figures), then add optional pieces in
    order of use to a reader while the brief stays within `limit` words."""
    sel = Selection(people=sum(1 for p in facts.people if p.role))
    for shrink in ("short_roles", "measures", "short_opening", "no_roles"):
        if word_count(render_brief(facts, sel)) <= limit:
            break
        setattr(sel, shrink, shrink != "measures")
    steps: list[tuple[str, int]] = [("when", 1), ("places", 1)]
    steps += [("figures", n) for n in range(facts.required_figures + 1, min(len(facts.figures), 5) + 1)]
    steps += [("phrases", 1), ("organisations", 1), ("organisations", 2), ("organisations", 3),
              ("places", 2), ("phrases", 2), ("organisations", 4), ("organisations", 5), ("phrases", 3)]
    role_count = sel.people
    steps += [("people", role_count + n) for n in range(1, len([p for p in facts.people if not p.role]) + 1)]
    for name, value in steps:
        if name == "places" and value > len(facts.places) or name == "phrases" and value > len(facts.phrases):
            continue
        if name == "organisations" and value > len(facts.organisations):
            continue
        if name == "when" and not facts.when:
            continue
        previous = getattr(sel, name)
        setattr(sel, name, value)
        if word_count(render_brief(facts, sel)) > limit:
            setattr(sel, name, previous)
    text = render_brief(facts, sel)
    if word_count(text) > limit:  # only when the required facts alone are too long
        text = " ".join(text.split()[:limit])
    return text


def make_brief(release: Release, analysis: Analysis, max_words: int = BRIEF_WORDS) -> Brief:
    """The offline Brief of a release from its Analysis: English only, every number a figure or date."""
    facts = gather(release, analysis)
    return Brief(gist=render_gist(facts), brief=fit_brief(facts, max_words), backend="offline")


__all__ = ["OFFLINE_VERSION", "make_brief", "romanise_word"]
