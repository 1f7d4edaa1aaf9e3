"""The offline brief: a gist and a short English brief built from the Analysis, no network.

Templates and the glossary (glossary.toml) make the English; the facts are the Analysis' own
(`facts.py`): people with their roles, the first date, places, figures with what they measure,
organisations, and English names the release itself writes; the gist's subject, verb and topic come
from the headline (`headline.py`). Every part carries no Thai script and states numbers only from
figures and dates, so `check.check_against` holds for the result.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.model import Analysis, Brief, Release
from briefing.summary.check import numbers_in, word_count
from briefing.summary.english import iso_to_english, join_words, ordinals_to_words
from briefing.summary.facts import (
    KeyFigure,
    Person,
    distinct_names,
    english_phrases,
    key_figures,
    people_of,
    short_role,
)
from briefing.summary.headline import (
    GIST_WORDS,
    action_of,
    actor_of,
    category_english,
    english_headline,
    headline_view,
    lead_figure,
    place_of,
    verbs_of,
)

OFFLINE_VERSION = "4"
"""Bump when the offline brief's output changes, so cached briefs are remade."""

BRIEF_WORDS = 120

__all__ = ["BRIEF_WORDS", "GIST_WORDS", "OFFLINE_VERSION", "make_brief"]


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
    place: str | None = None
    """Where, as the headline names it (the gist's place); `places` are the brief's."""
    lead: KeyFigure | None = None
    """The key figure (`headline.lead_figure`)."""
    ahead: list[str] = field(default_factory=list)
    """Dates after the release's own date, in English: what happens next."""


@dataclass(slots=True)
class Selection:
    """Which optional pieces a rendering of the brief includes."""

    when: bool = False
    places: int = 0
    people: int = 0
    figures: int = 0
    organisations: int = 0
    phrases: int = 0
    ahead: int = 0
    short_roles: bool = False
    no_roles: bool = False
    short_opening: bool = False
    measures: bool = True


def _when(iso: str) -> str:
    """'on 18 January 2025', 'in January 2025' or 'in 2025', as much as the date gives."""
    return ("on " if len(iso.split("-")) >= 3 else "in ") + iso_to_english(iso)


def gather(release: Release, analysis: Analysis) -> Facts:
    """Everything the brief may say, in English, before any is chosen to fit the word limits."""
    people = people_of(analysis)
    phrases = english_phrases(analysis)
    view = headline_view(analysis)  # the headline, or the body's first sentence when the headline is bare
    action, verb_pos = action_of(view, phrases)
    phrases = [p for p in phrases if ordinals_to_words(p).lower().removeprefix("the ") not in action.lower()]
    actor = actor_of(view, people, verb_pos)
    if headline := english_headline(analysis):
        actor, action = headline, ""
        phrases = []  # in an English release every sentence is English: quoting some adds nothing
    if not action and not headline:
        category = category_english(release)
        action = f"issues a release on {category.lower()}" if category else "issues a release"
    dates = sorted(analysis.dates, key=lambda d: (d.field != "body", d.start))
    full = [d.iso for d in dates if d.iso and len(d.iso.split("-")) == 3 and iso_to_english(d.iso)]
    # When it happened: the first full date of the body ('เมื่อวันที่ 18 มกราคม 2568 ...'), else the page's
    # own date when the text states it; a year or a month alone is more often a target ('opening in
    # 2026') than the event's date, so it is no 'when'.
    page = release.date.isoformat() if release.date else None
    first_iso = full[0] if full else (page if page in full else None)
    when = _when(first_iso) if first_iso else None
    ahead: list[str] = []
    for d in sorted(analysis.dates, key=lambda d: d.iso or ""):
        english = iso_to_english(d.iso) if d.iso else ""
        if first_iso and english and len(d.iso.split("-")) == 3 and d.iso > first_iso and english not in ahead:
            ahead.append(english)
    figures, required = key_figures(analysis)
    lead = lead_figure(figures, analysis)
    figures, required = _lead_first(figures, required, lead)
    verbs = verbs_of(view)
    return Facts(
        actor=actor,
        action=action,
        when=when,
        places=distinct_names(sorted(analysis.entities, key=lambda e: (e.field != "body", e.start)), "place",
                              analysis, limit=2),
        people=people,
        figures=figures,
        required_figures=required,
        organisations=distinct_names(analysis.entities, "organisation", analysis),
        phrases=phrases,
        place=None if headline else place_of(view, verbs[0].start if verbs else 0),
        lead=lead,
        ahead=ahead[:2],
    )


def _lead_first(figures: list[KeyFigure], required: int,
                lead: KeyFigure | None) -> tuple[list[KeyFigure], int]:
    """The brief's figures with the key figure first and the largest sum of money (a budget, a total;
    not a fee or a fine) next, both always shown; then the others in their order. The figures that had
    to be shown still are."""
    money = [f for f in figures if f.figure.kind == "money" and not f.minor]
    top = max(money, key=lambda f: (f.figure.unit == "THB", float(f.figure.value)), default=None)
    first = [f for f in (lead, top) if f is not None]
    first = [f for i, f in enumerate(first) if f not in first[:i]]
    must = figures[:required]
    shown = len(first) + sum(1 for f in must if f not in first)
    ordered = first + [f for f in must if f not in first] + [f for f in figures if f not in first and f not in must]
    return ordered, shown


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def render_gist(facts: Facts, limit: int = GIST_WORDS) -> str:
    """'<actor> <does what> [in <place>]; <key figure with what it measures>' within `limit` words,
    shortening until it fits."""
    lead = facts.lead
    core = f"{facts.actor} {facts.action}".strip()
    where = f"{core} in {facts.place}" if facts.place and facts.place not in core else core
    candidates = []
    if lead:
        candidates += [f"{where}; {lead.phrase()}", f"{where}; {lead.english}", f"{core}; {lead.phrase()}",
                       f"{core}; {lead.english}"]
    candidates += [where, core]
    if lead:
        candidates.append(f"{facts.actor}: {lead.english}")
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
    return f"{person.name}, {short_role(person.role) if short else person.role}"


def _has_date(text: str) -> bool:
    return any(n.kind == "date" for n in numbers_in(text))


def render_brief(facts: Facts, sel: Selection) -> str:
    """The brief: what happened (who did what, when and where), who, what the figures measure, what
    comes next; then the organisations and the English names the release writes."""
    first = f"{facts.actor} {facts.action}".strip()
    if sel.short_opening and facts.action:
        first = f"{facts.actor} issues a release"
    if sel.when and facts.when and not _has_date(first):  # an English headline may carry its date already
        first += f" {facts.when}"
    if sel.places:
        shown_places = [p for p in facts.places[:sel.places] if p not in first]
        if shown_places:
            first += f" in {', '.join(shown_places)}"
    parts = [_sentence(first)]
    with_role = [p for p in facts.people if p.has_role]
    without_role = [p for p in facts.people if not p.has_role]
    shown = with_role + without_role[: max(sel.people - len(with_role), 0)]
    if shown:
        parts.append("People: " + "; ".join(p.name if sel.no_roles else _person(p, sel.short_roles) for p in shown) + ".")
    figures = facts.figures[: max(sel.figures, facts.required_figures)]
    if facts.lead and facts.lead in figures:
        figures = [facts.lead] + [f for f in figures if f is not facts.lead]
    if figures:
        said = [f.phrase() if sel.measures else f.english for f in figures]
        parts.append(_sentence("The release gives " + join_words(said)))
    if sel.ahead and facts.ahead:
        parts.append(_sentence("Dates ahead: " + join_words(facts.ahead[: sel.ahead])))
    if sel.organisations:
        parts.append("Organisations: " + "; ".join(facts.organisations[: sel.organisations]) + ".")
    if sel.phrases:
        quoted = [f"“{p}”" for p in facts.phrases[: sel.phrases]]
        parts.append("Named in English in the release: " + join_words(quoted) + ".")
    return " ".join(parts)


def fit_brief(facts: Facts, limit: int = BRIEF_WORDS) -> str:
    """Start from what must be said (people with roles, the top figures), then add optional pieces in
    order of use to a reader while the brief stays within `limit` words."""
    sel = Selection(people=sum(1 for p in facts.people if p.has_role))
    for shrink in ("short_roles", "measures", "short_opening", "no_roles"):
        if word_count(render_brief(facts, sel)) <= limit:
            break
        setattr(sel, shrink, shrink != "measures")
    steps: list[tuple[str, int]] = [("when", 1), ("places", 1)]
    steps += [("figures", n) for n in range(facts.required_figures + 1, min(len(facts.figures), 5) + 1)]
    steps += [("ahead", 1), ("ahead", 2)]
    steps += [("phrases", 1), ("organisations", 1), ("organisations", 2), ("organisations", 3),
              ("places", 2), ("phrases", 2), ("organisations", 4), ("organisations", 5), ("phrases", 3)]
    role_count = sel.people
    steps += [("people", role_count + n) for n in range(1, len([p for p in facts.people if not p.has_role]) + 1)]
    for name, value in steps:
        if name == "places" and value > len(facts.places) or name == "phrases" and value > len(facts.phrases):
            continue
        if name == "organisations" and value > len(facts.organisations):
            continue
        if name == "when" and not facts.when or name == "ahead" and value > len(facts.ahead):
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


