"""The reader's header: title, the date in Thai and ISO form, the category and the source URL."""

from __future__ import annotations

from textual.content import Content, Span
from textual.widgets import Static

from briefing.model import Release
from briefing.tui.categories import category_english
from briefing.tui.text import one_line, thai_date, visible


def header_content(
    release: Release, starred: bool = False, title: tuple[str, list[Span]] | None = None, gist: str | None = None
) -> Content:
    """`title` is the analysed title with its highlight spans and `gist` the English gist, once made."""
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
        (
            Content(visible(title[0]).replace("\n", " "), title[1]).stylize_before("bold $text")
            if title is not None
            else Content.styled(one_line(release.title), "bold $text")
        ),
    ]
    if gist and " ".join(gist.split()) != " ".join(release.title.split()):  # an English release's gist is
        lines.append(Content.styled(one_line(gist), "italic $text"))  # often its title: not twice
    lines.append(Content.assemble(*parts))
    if release.source:
        lines.append(Content.styled(one_line(release.source), "$text-muted"))
    return Content("\n").join(lines)


class ReleaseHeader(Static):
    """Static header that only ever shows Content built from plain strings (never markup)."""

    def show(
        self, release: Release, starred: bool = False, title: tuple[str, list[Span]] | None = None,
        gist: str | None = None,
    ) -> None:
        self.update(header_content(release, starred, title, gist))
