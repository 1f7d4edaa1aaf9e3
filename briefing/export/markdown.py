"""A release with its brief, key figures, marks and notes as a Markdown note.

The output is CommonMark with YAML front matter, written so Obsidian reads the front matter keys as
properties (dates unquoted, everything else a quoted string or a list of them). Release text, briefs
and notes are data: every piece goes through `briefing.export.escape`, so nothing the text contains
can change the shape of the file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from briefing.export.escape import escape_block, escape_inline, yaml_string
from briefing.model import (
    Analysis,
    Brief,
    Entity,
    Figure,
    FigureGroup,
    Mark,
    Release,
    entity_groups,
    figure_groups,
    figure_wording,
    range_end,
)
from briefing.summary.facts import singular

SLUG_MAX = 60
"""Longest slug in a file name: long enough to tell notes apart, short enough for any file system."""


@dataclass(slots=True)
class ExportItem:
    """Everything one release's note is made from."""

    release: Release
    analysis: Analysis
    brief: Brief
    marks: list[Mark]
    renderings: dict[int, str] = field(default_factory=dict)
    """Mark id -> its checked English rendering (an LLM's, made in the reader); none offline."""


# ---- names -----------------------------------------------------------------------------------------


_DANGLING = frozenset({"and", "or", "of", "the", "a", "an", "in", "on", "at", "to", "for", "with", "by", "from"})
"""Words a file name cut short must not end in."""


def slugify(text: str, limit: int = SLUG_MAX) -> str:
    """ASCII, lower case, words joined by '-'; accents dropped, anything else (Thai too) removed.

    Cut at a word boundary under `limit` so a name never ends in half a word, nor in a word that joins
    ('...-builds-thai-business-and.md').
    """
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    words = re.findall(r"[a-z0-9]+", bare.lower(), flags=re.ASCII)
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit:
            break
        slug = candidate
    if not slug and words:
        slug = words[0][:limit]
    cut = len(slug.split("-")) < len(words)
    while cut and "-" in slug and slug.rsplit("-", 1)[1] in _DANGLING:
        slug = slug.rsplit("-", 1)[0]
    return slug


def label_tag(label: str) -> str:
    """A mark label as an Obsidian tag: 'key fact' -> 'key-fact'. Tags may not be all digits."""
    slug = slugify(label, limit=40) or "mark"
    return slug if not slug.isdigit() else f"mark-{slug}"


def file_name(release: Release, gist: str | None) -> str:
    """`<date>-<slug>.md`: the slug from the English gist, else the release id, else its source key."""
    date = release.date.isoformat() if release.date else "undated"
    slug = slugify(gist or "")
    if not slug:
        if release.id is not None:
            slug = f"release-{release.id}"
        else:
            slug = "release-" + (slugify(release.key.rsplit("/", 1)[-1]) or "note")
    return f"{date}-{slug}.md"


# ---- pieces of the note ---------------------------------------------------------------------------


def english_category(category: str | None) -> str | None:
    """The category's English name when the glossary knows it, else the Thai name as given."""
    if not category:
        return None
    from briefing.categories import english_category as lookup

    return lookup(category) or category


def _unique(values: Iterable[str | None]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value.strip():
            seen.setdefault(" ".join(value.split()), None)
    return list(seen)


def entity_names(analysis: Analysis, kind: str) -> list[str]:
    """English forms of the entities of one type, in order of first mention, each once.

    An entity the analyzer has no English form for is given in Thai rather than dropped.
    """
    return _unique(g.english or g.label for g in entity_groups(analysis) if g.type == kind)


def mark_tags(marks: Sequence[Mark]) -> list[str]:
    return _unique(label_tag(m.label) for m in sorted(marks, key=_mark_order))


def front_matter(fields: list[tuple[str, str | list[str] | None]]) -> str:
    """YAML front matter; a key with no value is left out; `date` stays unquoted for Obsidian."""
    lines = ["---"]
    for key, value in fields:
        if value is None or value == []:
            continue
        if isinstance(value, list):
            lines.append(f"{key}:")
            lines.extend(f"  - {yaml_string(item)}" for item in value)
        elif key == "date":
            lines.append(f"{key}: {value}")
        else:
            lines.append(f"{key}: {yaml_string(value)}")
    lines.append("---")
    return "\n".join(lines)


def release_fields(item: ExportItem) -> list[tuple[str, str | list[str] | None]]:
    release, analysis = item.release, item.analysis
    return [
        ("title", analysis.title or release.title),
        ("title_en", item.brief.gist or None),
        ("date", release.date.isoformat() if release.date else None),
        ("source", release.source),
        ("category", english_category(release.category)),
        ("people", entity_names(analysis, "person")),
        ("organisations", entity_names(analysis, "organisation")),
        ("places", entity_names(analysis, "place")),
        ("tags", mark_tags(item.marks)),
    ]


def format_value(figure: Figure) -> str:
    """The figure's value as a number a reader can compare: '1,500,000,000,000 CNY', '15%'."""
    value = float(f"{figure.value:.12g}")  # 262.4e9 is stored as 262399999999.99997
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6f}".rstrip("0").rstrip(".")
    if figure.unit == "%":
        return f"{number}%"
    return singular(f"{number} {figure.unit}".strip())  # '1 sites' read as a typo beside '1 site'


def key_figures(analysis: Analysis) -> list[FigureGroup]:
    """Each figure once, as the side panel lists it (`figure_groups`: same kind, value and unit), title first:
    '75%' in the headline and 'ร้อยละ 75' in the body are one row, not two."""
    return figure_groups(analysis)


def figures_table(groups: Sequence[FigureGroup], analysis: Analysis | None = None) -> str:
    """One row per figure: its Thai wordings (each once), its English, its value. With the `analysis`, the
    first number of a range, which the release writes without its unit, is shown in its range: the row
    read "1 | 1 metre | 1 metre" for ไหล่ทางกว้าง 1 - 3 เมตร, now "1 - 3 เมตร | from 1 metre | 1 metre"."""
    rows = ["| Thai | English | Value |", "| --- | --- | --- |"]
    for group in groups:
        thai = " / ".join(_unique(" ".join(figure_wording(f, analysis).split()) for f in group.mentions))
        first = group.mentions[0]
        english = group.english or first.english
        if analysis is not None and all(range_end(f, analysis) is not None for f in group.mentions):
            english = f"from {english}"
        cells = (escape_inline(thai), escape_inline(english), escape_inline(format_value(first)))
        rows.append("| " + " | ".join(c or " " for c in cells) + " |")
    return "\n".join(rows)


def _mark_order(mark: Mark) -> tuple[int, int, int]:
    return (mark.start, mark.end, mark.id or 0)


def mark_span(mark: Mark, body: str) -> tuple[int, int] | None:
    """Where the marked text is in this analysis of the body.

    The offsets are tried first; after a re-analysis that moved the text, the occurrence nearest
    the old offset is used; a mark whose text is gone has no span (it is still exported).
    """
    if body[mark.start:mark.end] == mark.text:
        return mark.start, mark.end
    positions = [m.start() for m in re.finditer(re.escape(mark.text), body)] if mark.text else []
    if not positions:
        return None
    start = min(positions, key=lambda p: abs(p - mark.start))
    return start, start + len(mark.text)


def _person_gloss(entity: Entity) -> str:
    name = entity.english or entity.text
    return f"{name} ({entity.role_english})" if entity.role_english else name


def mark_glosses(mark: Mark, analysis: Analysis) -> list[str]:
    """The English forms of the people, organisations, places and figures inside the marked passage."""
    span = mark_span(mark, analysis.body)
    if span is None:
        return []
    start, end = span
    by_canonical = {e.text: e for e in analysis.entities}
    found: list[tuple[int, str]] = []
    mentions = [(e, e) for e in analysis.entities]
    mentions += [(r, by_canonical.get(r.canonical or "", r)) for r in analysis.references]
    for mention, entity in mentions:
        if mention.field == "body" and start <= mention.start and mention.end <= end:
            gloss = _person_gloss(entity) if entity.type == "person" else entity.english or entity.text
            found.append((mention.start, gloss))
    for figure in analysis.figures:
        if figure.field == "body" and start <= figure.start and figure.end <= end:
            found.append((figure.start, figure.english))
    return _unique(text for _, text in sorted(found, key=lambda pair: pair[0]))


def mark_section(mark: Mark, analysis: Analysis, level: int, rendering: str | None = None) -> str:
    """A heading with the label, the Thai passage as a block quote, its English (the checked LLM
    rendering when the reader made one, else the English names and figures in it), the note."""
    parts = [f"{'#' * level} {escape_inline(mark.label.capitalize()) or 'Mark'}"]
    parts.append(escape_block(mark.text, prefix="> ", lines_are_paragraphs=True) or ">")
    glosses = mark_glosses(mark, analysis)
    if rendering:
        parts.append("*In English:* " + escape_inline(rendering))
        if glosses:
            parts.append("*Names and figures:* " + " · ".join(escape_inline(g) for g in glosses))
    elif glosses:
        parts.append("*In English:* " + " · ".join(escape_inline(g) for g in glosses))
    note = escape_block(mark.note)
    if note:  # a note of only control characters is no note: never a bare "**Note:**"
        parts.append("**Note:** " + note)
    return "\n\n".join(parts)


def source_link(release: Release) -> str:
    """A link back to the release; a source that is not a web address is shown as plain text."""
    url = release.source or ""
    if re.fullmatch(r"https?://[^\s<>\\]+", url):
        return f"Source: [{escape_inline(url)}](<{url}>)"
    if url or release.file:
        return f"Source: {escape_inline(url or release.file or '')}"
    return ""


def release_body(item: ExportItem, level: int = 1, meta: bool = False) -> str:
    """The note's content below the front matter; `level` is the heading level of its title.

    `meta` adds the date and category as a line under the title, for the combined file,
    where the release has no front matter of its own.
    """
    release, analysis, brief = item.release, item.analysis, item.brief
    h = "#" * level
    parts = [f"{h} {escape_inline(analysis.title or release.title) or 'Untitled release'}"]
    gist = escape_inline(brief.gist)
    if gist:  # a gist of only control characters would leave a stray "**" line
        parts.append(f"*{gist}*")
    if meta:
        facts = [release.date.isoformat() if release.date else "", english_category(release.category) or ""]
        line = " · ".join(escape_inline(f) for f in facts if f)
        if line:
            parts.append(line)
    brief_text = escape_block(brief.brief)
    if brief_text:
        parts.append(f"{h}# Brief\n\n{brief_text}")
    figures = key_figures(analysis)
    if figures:
        parts.append(f"{h}# Key figures\n\n{figures_table(figures, analysis)}")
    marks = sorted(item.marks, key=_mark_order)
    if marks:
        parts.append(f"{h}# Marks and notes")
        parts.extend(mark_section(mark, analysis, level + 2, item.renderings.get(mark.id or -1)) for mark in marks)
    link = source_link(release)
    if link:
        parts.append(link)
    return "\n\n".join(parts)


# ---- whole files ----------------------------------------------------------------------------------


def render_release(release: Release, analysis: Analysis, brief: Brief, marks: list[Mark]) -> str:
    """One release as a Markdown note with front matter; ends with one newline."""
    return render_item(ExportItem(release, analysis, brief, marks))


def render_item(item: ExportItem) -> str:
    """One release (with its marks' English renderings, if any) as a Markdown note with front matter."""
    return f"{front_matter(release_fields(item))}\n\n{release_body(item)}\n"


def render_combined(items: Sequence[ExportItem], title: str = "Briefing notes") -> str:
    """Several releases in one note: one front matter for the file (newest date, every tag, every
    source), then each release under its own second-level heading, in the order given."""
    dates = [item.release.date for item in items if item.release.date]
    fields: list[tuple[str, str | list[str] | None]] = [
        ("title", title),
        ("date", max(dates).isoformat() if dates else None),
        ("sources", _unique(item.release.source for item in items)),
        ("people", _unique(n for item in items for n in entity_names(item.analysis, "person"))),
        ("organisations", _unique(n for item in items for n in entity_names(item.analysis, "organisation"))),
        ("places", _unique(n for item in items for n in entity_names(item.analysis, "place"))),
        ("tags", _unique(t for item in items for t in mark_tags(item.marks))),
    ]
    sections = [f"# {escape_inline(title)}"]
    sections.extend(release_body(item, level=2, meta=True) for item in items)
    return front_matter(fields) + "\n\n" + "\n\n---\n\n".join(sections) + "\n"
