"""What the list shows: a search query and filters (`briefing.search` reads a view from the store).

Its own module so that the list can hold its view before the first paint without importing the search
itself (its dataclasses and patterns, ~2 ms of CPU, bench/startup.py); `briefing.search` re-exports it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class View:
    """What the list shows: an optional search query and filters, all combined (AND)."""

    query: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    category: str | None = None
    """Thai category or its English name (`Economy`), case and spaces ignored."""
    person: str | None = None
    organisation: str | None = None
    place: str | None = None
    """An entity by any of its forms: English, Thai, a short form or acronym; a part of one matches too."""
    starred: bool = False
    unread: bool = False
    marked: bool = False

    def with_query(self, query: str) -> View:
        return replace(self, query=query)

    def chips(self) -> list[str]:
        """The active filters as short labels, in a fixed order (the list shows them above the rows)."""
        chips: list[str] = []
        if self.query.strip():
            chips.append(f"/{self.query.strip()}")
        if self.since or self.until:
            chips.append(f"{self.since or '…'}..{self.until or '…'}")
        for label, value in (("category", self.category), ("person", self.person),
                             ("organisation", self.organisation), ("place", self.place)):
            if value:
                chips.append(f"{label}:{value}")
        chips.extend(name for name, on in (("starred", self.starred), ("unread", self.unread),
                                            ("marked", self.marked)) if on)
        return chips
