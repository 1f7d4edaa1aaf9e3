"""Plain data that flows between the layers: source -> store -> thai -> summary -> tui/export.

Nothing here imports anything beyond the standard library, so every layer can share these types.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Field = Literal["title", "body"]
EntityType = Literal["person", "organisation", "place"]
FigureKind = Literal["money", "percent", "count", "quantity"]


@dataclass(slots=True)
class Release:
    """One press release as published: Thai title and body, with what the page says about it."""

    title: str
    body: str
    date: dt.date | None = None
    """The release's own date in the common era (the page gives it in the Buddhist era)."""
    date_thai: str | None = None
    """The date line as the page prints it, e.g. 'วันอาทิตย์ที่ 19 มกราคม 2568'."""
    category: str | None = None
    """The site's news category in Thai, as in the corpus file name (punctuation stripped)."""
    source: str | None = None
    """The page URL; the store keys releases by it so a re-import adds nothing."""
    file: str | None = None
    """Where the release was read from, for messages."""
    id: int | None = None
    """Row id in the store; None until stored."""
    language: str = "th"
    """"th" for the site's Thai releases; "en" for its English pages, which get no Thai analysis."""

    @property
    def key(self) -> str:
        """Identity across imports: the source URL, or a hash of the text when the page gave none.

        Not the file name: `import in/x.txt` and `import /abs/in/x.txt` (or the same file in an
        archive) are one release and must be stored once.
        """
        if self.source:
            return self.source
        digest = hashlib.sha256(f"{self.title}\n{self.body}".encode()).hexdigest()
        return f"text:{digest}"


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


@dataclass(slots=True)
class ListEntry:
    """One row of the release list: what the list shows without loading the body."""

    id: int
    title: str
    date: dt.date | None
    category: str | None
    gist: str | None
    """The English one-line gist, once the summary has been made (cached in the store)."""
    read: bool = False
    starred: bool = False
    marks: int = 0
