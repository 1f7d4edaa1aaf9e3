"""Plain data that flows between the layers: source -> store -> thai -> summary -> tui/export.

Nothing here imports anything beyond the standard library, so every layer can share these types.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

Field = Literal["title", "body"]
EntityType = Literal["person", "organisation", "place"]
FigureKind = Literal["money", "percent", "count", "quantity"]
EnglishSource = Literal["listed", "release", "romanised", "translated"]
"""Where an entity's English form comes from: a glossary or official register (DOPA's for Thai areas),
the release itself, a romanisation (a guess the reader should see as one), or our translation of a
descriptive name's words (made, not the body's official English: the reader sees it marked too)."""


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
        import hashlib  # here: a release without a source URL is rare, and the app's start does without it

        digest = hashlib.sha256(f"{self.title}\n{self.body}".encode()).hexdigest()
        return f"text:{digest}"


if TYPE_CHECKING:  # re-exported for the type checker; at run time `__getattr__` below
    from briefing.model_records import Analysis as Analysis  # noqa: PLC0414
    from briefing.model_records import Brief as Brief  # noqa: PLC0414
    from briefing.model_records import DateMention as DateMention  # noqa: PLC0414
    from briefing.model_records import Entity as Entity  # noqa: PLC0414
    from briefing.model_records import EntityGroup as EntityGroup  # noqa: PLC0414
    from briefing.model_records import Figure as Figure  # noqa: PLC0414
    from briefing.model_records import FigureGroup as FigureGroup  # noqa: PLC0414
    from briefing.model_records import HttpValidators as HttpValidators  # noqa: PLC0414
    from briefing.model_records import Mark as Mark  # noqa: PLC0414
    from briefing.model_records import entity_groups as entity_groups  # noqa: PLC0414
    from briefing.model_records import figure_groups as figure_groups  # noqa: PLC0414
    from briefing.model_records import figure_wording as figure_wording  # noqa: PLC0414
    from briefing.model_records import range_end as range_end  # noqa: PLC0414

_RECORDS = frozenset({"Analysis", "Brief", "DateMention", "Entity", "EntityGroup", "Figure", "FigureGroup",
                      "HttpValidators", "Mark", "entity_groups", "figure_groups", "figure_wording", "range_end"})
"""Names defined in `briefing.model_records`, imported from there when first asked for."""


def __getattr__(name: str) -> Any:
    if name in _RECORDS:
        from briefing import model_records

        value = getattr(model_records, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
