"""Bare web addresses in exported Markdown stay links to the right address, and text made only of
control characters leaves no stray emphasis markers (issue 15). Parsed back with markdown-it-py and
its linkify rule, which autolinks bare addresses the way GFM and Obsidian do."""

from __future__ import annotations

import datetime as dt

import pytest
from markdown_it import MarkdownIt

from briefing.export.escape import escape_block, escape_inline
from briefing.export.markdown import render_release
from briefing.model import Analysis, Brief, Mark, Release

pytest.importorskip("linkify_it", reason="linkify-it-py parses bare addresses as GFM does")
LINKIFY = MarkdownIt("commonmark", {"linkify": True}).enable("linkify")
PLAIN = MarkdownIt("commonmark")

URLS = [
    "https://www.thaigov.go.th/news/contents/details/92542",
    "https://example.com/a_b/c_d.html?x=1&y=2#part_3",
    "https://example.com/user/file_name_2",
    "www.example.org/path_with_underscores",
]


def hrefs(markdown: str) -> list[str]:
    tokens = LINKIFY.parse(markdown)
    return [child.attrGet("href") for token in tokens for child in token.children or []
            if child.type == "link_open"]


def text_of(markdown: str) -> str:
    tokens = PLAIN.parse(markdown)
    return "".join(child.content for token in tokens for child in token.children or [] if child.type == "text")


@pytest.mark.parametrize("url", URLS)
def test_a_bare_address_is_written_without_backslashes(url: str) -> None:
    line = escape_inline(f"ดูที่ {url} แล้ว_ตอบ *ด่วน*")
    assert url in line
    [href] = hrefs(line)
    assert href.removeprefix("http://") == url.removeprefix("http://")
    # Outside the address text is still escaped, and the whole line reads back exactly as written.
    assert r"\*ด่วน\*" in line
    assert text_of(line) == f"ดูที่ {url} แล้ว_ตอบ *ด่วน*"


@pytest.mark.parametrize(("text", "kept"), [
    ("(see https://x.org/a_b).", "https://x.org/a_b"),
    ("https://x.org/page_1, and more", "https://x.org/page_1"),
    ("https://x.org/q?a=1&amp;b=2", None),  # "&amp;" would become "&": still escaped
    ("https://x.org/_private_", None),  # "_private_" could be emphasis: still escaped
])
def test_sentence_punctuation_and_markup_inside_addresses(text: str, kept: str | None) -> None:
    line = escape_inline(text)
    assert text_of(line) == text
    if kept is not None:
        assert kept in line and kept in hrefs(line)[0]


def test_a_note_with_an_address_exports_a_working_link() -> None:
    body = "ข่าว https://example.com/a_b?x=1&y=2 จบ"
    release = Release(title="หัวข้อ", body=body, date=dt.date(2025, 1, 2), id=3,
                      source="https://www.thaigov.go.th/news/contents/details/1_2")
    mark = Mark(3, 0, len(body), body, "key fact", note="read https://example.com/x_y&z too", id=1)
    text = render_release(release, Analysis(title="หัวข้อ", body=body), Brief(gist="Gist", brief="Brief."), [mark])
    links = hrefs(text)
    assert "https://example.com/a_b?x=1&y=2" in links
    assert "https://example.com/x_y&z" in links
    assert "https://www.thaigov.go.th/news/contents/details/1_2" in links
    assert "\\_" not in text.split("---\n", 2)[2]


def test_text_of_only_control_characters_leaves_no_stray_markers() -> None:
    body = "เนื้อหา"
    release = Release(title="\x1b\x07", body=body, id=1)
    mark = Mark(1, 0, len(body), body, "key fact", note="\x1b[2J\x07", id=1)
    text = render_release(release, Analysis(title="\x1b", body=body), Brief(gist="\x1b\x07\x9b", brief="\x00\x1b"),
                          [mark])
    lines = [line.strip() for line in text.splitlines()]
    assert "**" not in lines and "*" not in lines and "**Note:**" not in lines
    assert "## Brief" not in lines and "#" not in lines
    assert "# Untitled release" in lines
    assert escape_block("\x1b\x07") == "" and escape_inline("\x9b") == ""
