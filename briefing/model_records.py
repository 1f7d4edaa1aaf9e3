"""The rest of `briefing.model`: an analysis and its mentions, briefs, marks, HTTP validators.

Import them from `briefing.model` as always; they live here so that the app's first screen, which
needs only `Release` and `ListEntry`, does not pay for making their dataclasses (~3 ms of CPU before
the first paint, bench/startup.py): `briefing.model` imports this module when one is first used.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from briefing.model import EnglishSource, EntityType, Field, FigureKind


@dataclass(slots=True)
class HttpValidators:
    """What a server said about a URL last time, sent back so an unchanged page costs a 304."""

    url: str
    """The URL as requested (a feed, or a page named by a feed, the config or the command line)."""
    etag: str | None = None
    last_modified: str | None = None
    checked_at: str = ""
    """ISO timestamp (UTC) of the last successful fetch."""
    release_key: str | None = None
    """The key of the release the page gave (pages only), so a feed item already stored is skipped."""


@dataclass(slots=True)
class Entity:
    """A mention of a person, organisation or place, with its English form when known."""

    type: EntityType
    field: Field
    text: str
    start: int
    end: int
    english: str | None = None
    role: str | None = None
    """The Thai position the text gives the person (people only)."""
    canonical: str | None = None
    """The full Thai form this mention stands for (alias, abbreviation or short name)."""
    role_english: str | None = None
    english_source: EnglishSource | None = None
    """'listed', 'release', 'romanised' or 'translated' (see `EnglishSource`); None when there is no English."""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Figure:
    """A quantity a reader would copy into notes: money, a percentage, a count or a measurement."""

    kind: FigureKind
    field: Field
    text: str
    start: int
    end: int
    value: float
    unit: str
    """ISO 4217 code for money, '%' for percentages, an English plural noun or unit otherwise."""
    english: str
    qualifier: str | None = None
    """'over', 'about', 'almost', 'up to' ... as the text hedges the number."""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class DateMention:
    field: Field
    text: str
    start: int
    end: int
    iso: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Analysis:
    """What the Thai analyzer found in one release. Offsets index `title` or `body` per `field`."""

    title: str
    body: str
    entities: list[Entity] = field(default_factory=list)
    """Named mentions: people by name, organisations and places as written."""
    references: list[Entity] = field(default_factory=list)
    """Later short references (a first name alone, a quoted nickname) linked to an entity above by
    `canonical`. Kept apart so a list of who is named stays one line per person."""
    figures: list[Figure] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    """Sentence spans over `body`, in order, covering its non-blank text: the reader's cursor unit."""
    version: str = ""
    """The analyzer version that made this; cached analyses of another version are remade."""

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "body": self.body,
            "entities": [e.to_json() for e in self.entities],
            "references": [e.to_json() for e in self.references],
            "figures": [f.to_json() for f in self.figures],
            "dates": [d.to_json() for d in self.dates],
            "sentences": [list(s) for s in self.sentences],
            "version": self.version,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Analysis:
        return cls(
            title=data["title"],
            body=data["body"],
            entities=[Entity(**e) for e in data.get("entities", [])],
            references=[Entity(**e) for e in data.get("references", [])],
            figures=[Figure(**f) for f in data.get("figures", [])],
            dates=[DateMention(**d) for d in data.get("dates", [])],
            sentences=[(int(a), int(b)) for a, b in data.get("sentences", [])],
            version=data.get("version", ""),
        )


@dataclass(slots=True)
class EntityGroup:
    """One person, organisation or place with every mention of it (entities and references).

    กรุงเทพมหานคร, กรุงเทพฯ and กทม. are one Bangkok; จ.ราชบุรี and จังหวัดราชบุรี one province.
    """

    type: EntityType
    key: str
    """The full Thai form the mentions stand for."""
    english: str | None
    role: str | None = None
    role_english: str | None = None
    english_source: EnglishSource | None = None
    mentions: list[Entity] = field(default_factory=list)
    """In reading order: the title's mentions first, then the body's."""

    @property
    def label(self) -> str:
        """The Thai form to show: the first mention as written."""
        return self.mentions[0].text if self.mentions else self.key

    @property
    def body_offsets(self) -> list[int]:
        """Where the body mentions it, in order: what Enter cycles through in the reader."""
        return sorted(m.start for m in self.mentions if m.field == "body")


@dataclass(slots=True)
class FigureGroup:
    """One figure (kind, value and unit) with all its mentions: 75% in the title and ร้อยละ 75 in
    the body are one figure."""

    kind: FigureKind
    value: float
    unit: str
    english: str
    mentions: list[Figure] = field(default_factory=list)

    @property
    def body_offsets(self) -> list[int]:
        return sorted(m.start for m in self.mentions if m.field == "body")


def _reading_order(mention: Entity | Figure) -> tuple[int, int]:
    return (0 if mention.field == "title" else 1, mention.start)


_ACRONYM_TAIL = re.compile(r"\s*\([A-Z][A-Za-z0-9.&-]*\)$")


def _english_key(english: str) -> str:
    """What two English forms of one organisation or place share: letters and digits, case folded, a trailing
    acronym in brackets dropped. The release's own "Anti Fake News Center" (its Thai name's English, from the
    bracket) and the agency list's "Anti-Fake News Center (AFNC)" (for the acronym AFNC written alone) are one
    entry in the panel, not two."""
    key = "".join(ch for ch in _ACRONYM_TAIL.sub("", english).casefold() if ch.isalnum())
    return key or english.casefold()


def entity_groups(analysis: Analysis) -> list[EntityGroup]:
    """Each entity once with all its mentions, in order of first mention (title first).

    Mentions go together when they stand for the same full Thai form (`canonical`, else the text
    itself, spaces ignored); places and organisations also when they have the same English form
    (อ.เมือง near จ.ราชบุรี and อำเภอเมืองราชบุรี are both Mueang Ratchaburi District).
    """
    groups: list[EntityGroup] = []
    by_key: dict[tuple[str, str], EntityGroup] = {}
    for mention in sorted([*analysis.entities, *analysis.references], key=_reading_order):
        key = "".join((mention.canonical or mention.text).split())
        group = by_key.get((mention.type, key))
        english_key = ("@" + mention.type, _english_key(mention.english)) if mention.english else None
        if group is None and english_key is not None and mention.type != "person":
            group = by_key.get(english_key)
        if group is None:
            group = EntityGroup(
                type=mention.type, key=mention.canonical or mention.text, english=mention.english,
                role=mention.role, role_english=mention.role_english, english_source=mention.english_source,
            )
            groups.append(group)
        by_key.setdefault((mention.type, key), group)
        if english_key is not None and mention.type != "person":
            by_key.setdefault(english_key, group)
        group.mentions.append(mention)
        if group.english is None and mention.english:
            group.english, group.english_source = mention.english, mention.english_source
        if group.role is None and mention.role:
            group.role, group.role_english = mention.role, mention.role_english
    return groups


def figure_groups(analysis: Analysis) -> list[FigureGroup]:
    """Each figure once (same kind, value and unit) with all its mentions, in order of first mention."""
    groups: dict[tuple[str, float, str], FigureGroup] = {}
    for figure in sorted(analysis.figures, key=_reading_order):
        key = (figure.kind, round(figure.value, 6), figure.unit)
        group = groups.get(key)
        if group is None:
            group = groups[key] = FigureGroup(
                kind=figure.kind, value=figure.value, unit=figure.unit, english=figure.english
            )
        group.mentions.append(figure)
    return list(groups.values())


_RANGE_TO = re.compile(r"\s*(?:-|–|—|~|ถึง)\s*")
"""What joins the two ends of a range: 1 - 3 เมตร, 5-10 ล้านบาท, 20 ถึง 30 คน."""
_BARE_NUMBER = re.compile(r"[\d.,]+")


def range_end(figure: Figure, analysis: Analysis) -> Figure | None:
    """The other end of the range when `figure` is its first number, found bare: '1' of '1 - 3 เมตร' (the
    unit is written once, after the last number, and the analysis gives each end as a figure). None
    when `figure` is no such number."""
    if not _BARE_NUMBER.fullmatch(figure.text):
        return None
    text = analysis.title if figure.field == "title" else analysis.body
    after = [f for f in analysis.figures if f.field == figure.field and f.start >= figure.end]
    following = min(after, key=lambda f: f.start, default=None)
    if following is None or not _RANGE_TO.fullmatch(text[figure.end:following.start]):
        return None
    return following


def figure_wording(figure: Figure, analysis: Analysis | None = None) -> str:
    """How the release words a figure, for a list of figures: its text, and a range's bare first number
    with the rest of its range ('1 - 3 เมตร', not a lone '1' beside "1 metre")."""
    end = range_end(figure, analysis) if analysis is not None else None
    if end is None or analysis is None:
        return figure.text
    text = analysis.title if figure.field == "title" else analysis.body
    return text[figure.start:end.end]


@dataclass(slots=True)
class Brief:
    """The English summary of a release: a one-line gist for the list and a short brief."""

    gist: str
    brief: str
    backend: str = "offline"
    note: str | None = None
    """Why the LLM answer was not used, when it was asked for and rejected."""


@dataclass(slots=True)
class Mark:
    """A marked passage of a release body, with the user's label and note.

    Holds the offsets and the marked text so it survives a re-analysis of the release.
    """

    release_id: int
    start: int
    end: int
    text: str
    label: str
    note: str = ""
    id: int | None = None
    created: str = ""
    """ISO timestamp (UTC) when the mark was made."""
