"""The reader's header: title, the date in Thai and ISO form, the category and the source URL."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from briefing.model import Release
from briefing.tui.categories import category_english
from briefing.tui.text import one_line, thai_date


def header_content(release: Release, starred: bool = False) -> Content:
    parts: list[tuple[str, str] | str] = []
    if release.date is not None:
        thai = one_line(release.date_thai) if release.date_thai else thai_date(release.date)
        parts += [(thai, "$text"), ("  ·  ", "$text-muted"), (release.date.isoformat(), "bold $text")]
    else:
        parts += [("undated", "italic $text-muted")]
    if release.category:
        parts += [("  ·  ", "$text-muted"), (category_english(release.category), "$text-accent")]
    if starred:
        parts += [("  ·  ", "$text-muted"), ("* starred", "bold $warning")]
    lines = [
        Content.styled(one_line(release.title), "bold $text"),
        Content.assemble(*parts),
    ]
    if release.source:
        lines.append(Content.styled(one_line(release.source), "$text-muted"))
    return Content("\n").join(lines)


class ReleaseHeader(Static):
    """Static header that only ever shows Content built from plain strings (never markup)."""

    def show(self, release: Release, starred: bool = False) -> None:
        self.update(header_content(release, starred))
