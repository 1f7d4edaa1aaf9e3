"""The Markdown note's pieces: escaping, YAML front matter, names, tables and marks, parsed back with
markdown-it-py (CommonMark) and PyYAML (what Obsidian's property reader is: a YAML parser)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin

from briefing.export.escape import clean, escape_block, escape_inline, yaml_string
from briefing.export.markdown import (
    ExportItem,
    file_name,
    label_tag,
    mark_glosses,
    render_combined,
    render_release,
    slugify,
)
from briefing.model import Analysis, Brief, Entity, Figure, Mark, Release


def load_yaml(text: str) -> object:
    """Parse YAML as Obsidian does (a real YAML parser, PyYAML from the test extras)."""
    yaml = pytest.importorskip("yaml", reason="PyYAML is needed to read front matter; pip install pyyaml")
    return yaml.safe_load(text)


MD = MarkdownIt("commonmark").use(front_matter_plugin).enable("table")

# Everything that means something in CommonMark, GFM or Obsidian, with Thai and spaces around it.
MARKUP = list("\\`*_[]<>#|~$&!=%-+.:()0123456789 \t\n") + ["ก", "า", "ี", "้", "https://x.y/a_b", "&amp;"]


def inline_text(token) -> str:
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)


def blocks(text: str) -> list[tuple[str, object]]:
    """Top-level blocks as (kind, content): front_matter, heading<n>, paragraph, blockquote, table, hr."""
    tokens = MD.parse(text)
    out: list[tuple[str, object]] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.type == "front_matter":
            out.append(("front_matter", t.content))
        elif t.type == "heading_open":
            out.append((f"heading{t.tag[1]}", inline_text(tokens[i + 1])))
        elif t.type == "paragraph_open" and t.level == 0:
            out.append(("paragraph", inline_text(tokens[i + 1])))
        elif t.type == "blockquote_open" and t.level == 0:
            inner = []
            depth = 1
            i += 1
            while depth:
                if tokens[i].type == "blockquote_open":
                    depth += 1
                elif tokens[i].type == "blockquote_close":
                    depth -= 1
                elif tokens[i].type == "inline":
                    inner.append(inline_text(tokens[i]))
                i += 1
            out.append(("blockquote", inner))
            continue
        elif t.type == "table_open":
            rows: list[list[str]] = []
            while tokens[i].type != "table_close":
                if tokens[i].type == "tr_open":
                    rows.append([])
                elif tokens[i].type == "inline":
                    rows[-1].append(inline_text(tokens[i]))
                i += 1
            out.append(("table", rows))
        elif t.type == "hr":
            out.append(("hr", None))
        elif t.level == 0 and t.nesting == 1 and t.type not in ("paragraph_open",):
            out.append((t.type, None))
        i += 1
    return out


def squash(text: str) -> str:
    return " ".join(text.split())


HOSTILE_TITLE = 'ข่าว: "quoted" #tag - [@click=app.quit] \\ end'
HOSTILE_BODY = (
    "ย่อหน้าแรก *ไม่หนา* _ไม่เอียง_ `ไม่ใช่โค้ด` <b>ไม่ใช่ html</b> [ลิงก์](http://x) ![img](y) [[wiki]]\n"
    "# ไม่ใช่หัวข้อ ==ไม่ไฮไลต์== %%ไม่ใช่คอมเมนต์%% $x^2$ #แท็ก | ท่อ | &amp; ~~ขีด~~\n"
    "- ไม่ใช่รายการ\n"
    "1. ไม่ใช่รายการลำดับ\n"
    "> ไม่ใช่คำพูด\n"
    "    ไม่ใช่โค้ดบล็อก\n"
    "```\n"
    "---\n"
    "ท้าย\u202eกลับ\u0007ด้าน"
)


def hostile_item() -> ExportItem:
    release = Release(title=HOSTILE_TITLE, body=HOSTILE_BODY, date=dt.date(2025, 3, 4), category="ข่าว: ทดสอบ",
                      source="https://www.thaigov.go.th/news/contents/details/1", id=7)
    analysis = Analysis(
        title=HOSTILE_TITLE, body=HOSTILE_BODY,
        entities=[Entity("person", "body", "ย่อหน้าแรก", 0, 10, english="Yo: \"Na\" #1", role_english="Minister"),
                  Entity("organisation", "body", "ท่อ", 0, 3, english="Pipe | Org")],
        figures=[Figure("percent", "body", "15% | ท่อ", 0, 3, 15.0, "%", "15 *percent*")],
    )
    marks = [Mark(7, 0, len(HOSTILE_BODY), HOSTILE_BODY, "key fact", note="line *one*\n# two\n\n> three\n- four", id=1)]
    brief = Brief(gist="The gist: *not* emphasis", brief="A [brief](x) with <html> and `code`.\n\nSecond.")
    return ExportItem(release, analysis, brief, marks)


def test_hostile_text_renders_literally_and_keeps_the_shape_of_the_note() -> None:
    item = hostile_item()
    text = render_release(item.release, item.analysis, item.brief, item.marks)
    tokens = MD.parse(text)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in t.children or []}
    assert not kinds & {"html_block", "html_inline", "code_inline", "code_block", "fence",
                        "bullet_list_open", "ordered_list_open", "image"}
    # Emphasis only where the note itself puts it: the gist, and the "In English" and "Note" lead-ins.
    emphasised = []
    for t in tokens:
        children = t.children or []
        for i, child in enumerate(children):
            if child.type in ("em_open", "strong_open"):
                emphasised.append(children[i + 1].content)
    assert emphasised == ["The gist: *not* emphasis", "In English:", "Note:"]
    found = blocks(text)
    front = load_yaml(found[0][1])
    assert front["title"] == HOSTILE_TITLE
    assert front["title_en"] == "The gist: *not* emphasis"
    assert front["category"] == "ข่าว: ทดสอบ"
    assert front["people"] == ['Yo: "Na" #1']
    assert front["organisations"] == ["Pipe | Org"]
    assert front["tags"] == ["key-fact"]
    headings = [c for k, c in found if k.startswith("heading")]
    assert headings == [HOSTILE_TITLE, "Brief", "Key figures", "Marks and notes", "Key fact"]
    quotes = [c for k, c in found if k == "blockquote"]
    assert len(quotes) == 1
    expected = [squash(line) for line in clean(HOSTILE_BODY).split("\n")]
    assert [squash(p) for p in quotes[0]] == expected, "one quoted paragraph per body line"
    assert "\u202e" not in text and "\u0007" not in text
    table = next(c for k, c in found if k == "table")
    assert table == [["Thai", "English", "Value"], ["15% | ท่อ", "15 *percent*", "15%"]]
    paragraphs = [c for k, c in found if k == "paragraph"]
    assert "In English: Yo: \"Na\" #1 (Minister) · Pipe | Org · 15 *percent*" in paragraphs
    note = next(i for i, (k, c) in enumerate(found) if k == "paragraph" and str(c).startswith("Note: "))
    assert found[note][1] == "Note: line *one*\n# two"
    assert found[note + 1] == ("paragraph", "> three\n- four")
    # The only link is the source; Obsidian markers appear only escaped.
    links = [c.attrGet("href") for t in tokens for c in t.children or [] if c.type == "link_open"]
    assert links == ["https://www.thaigov.go.th/news/contents/details/1"]
    body = text.split("---\n", 2)[2]
    assert not re.search(r"(?<!\\)#[^\s#]", re.sub(r"(?m)^#+ ", "", body))
    assert not re.search(r"(?<!\\)(==|%%|\$|\[\[)", body)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MARKUP), max_size=30).map("".join))
def test_escape_inline_renders_exactly_the_text(text: str) -> None:
    found = blocks(escape_inline(text))
    expected = squash(clean(text))
    if not expected:
        assert found == []
    else:
        assert found == [("paragraph", expected)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(MARKUP), max_size=40).map("".join))
def test_escape_block_in_a_quote_keeps_lines_and_paragraphs(text: str) -> None:
    quoted = escape_block(text, prefix="> ")
    paragraphs = [[squash(line) for line in block.split("\n") if line.strip()]
                  for block in re.split(r"\n[ \t]*\n", clean(text))]
    paragraphs = [p for p in paragraphs if p]
    found = blocks(quoted)
    if not paragraphs:
        assert found == []
        return
    assert len(found) == 1 and found[0][0] == "blockquote"
    assert [[squash(line) for line in p.split("\n")] for p in found[0][1]] == paragraphs
    one_per_line = blocks(escape_block(text, prefix="> ", lines_are_paragraphs=True))
    assert len(one_per_line) == 1 and one_per_line[0][0] == "blockquote"
    assert [squash(p) for p in one_per_line[0][1]] == [line for p in paragraphs for line in p]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_yaml_string_round_trips_any_text(text: str) -> None:
    assert load_yaml(f"key: {yaml_string(text)}\n") == {"key": text}


def test_slugs_and_file_names() -> None:
    assert slugify("DE ministry hosts 2nd Thai–China talks: 21 firms") == "de-ministry-hosts-2nd-thai-china-talks-21-firms"
    assert slugify("Café déjà vu") == "cafe-deja-vu"
    assert slugify("กระทรวงดีอี") == ""
    long = slugify("word " * 40)
    assert len(long) <= 60 and not long.endswith("-") and long.startswith("word-word")
    release = Release(title="t", body="b", date=dt.date(2025, 1, 19), id=42)
    assert file_name(release, "Thai cabinet: budget / plan") == "2025-01-19-thai-cabinet-budget-plan.md"
    assert file_name(release, "ภาษาไทยล้วน") == "2025-01-19-release-42.md"
    assert file_name(Release(title="t", body="b", source="https://x/details/9"), None) == "undated-release-9.md"
    assert label_tag("Follow up!") == "follow-up"
    assert label_tag("2025") == "mark-2025"
    assert label_tag("ติดตาม") == "mark"
    # a name cut short does not end in a joining word (the gist 'Minister Akanat Promphan builds Thai business and
    # strengthens funding; ...' was written to '...-builds-thai-business-and.md'); a whole short title may
    gist = "Minister Akanat Promphan builds Thai business and strengthens funding; over 600,000 tonnes"
    assert slugify(gist) == "minister-akanat-promphan-builds-thai-business"
    assert slugify("Ministry of Industry warns of") == "ministry-of-industry-warns-of"


def test_marks_follow_body_order_and_a_moved_mark_still_finds_its_glosses() -> None:
    body = "นายก ก. พูด\nรัฐมนตรี ข. พูด 10%"
    name, figure = body.index("ข."), body.index("10%")
    real = Analysis(title="t", body=body,
                    entities=[Entity("person", "body", "ข.", name, name + 2, english="Kho", role_english="Minister")],
                    figures=[Figure("percent", "body", "10%", figure, figure + 3, 10.0, "%", "10%")])
    second = Mark(1, 12, 31, "รัฐมนตรี ข. พูด 10%", "quote", id=1)
    # Offsets from an older analysis that no longer match: the text is found again.
    moved = Mark(1, 0, 19, "รัฐมนตรี ข. พูด 10%", "quote", id=1)
    first = Mark(1, 0, 11, "นายก ก. พูด", "key fact", note="n", id=2)
    assert body[second.start:second.end] == second.text
    assert mark_glosses(second, real) == ["Kho (Minister)", "10%"]
    assert mark_glosses(moved, real) == ["Kho (Minister)", "10%"]
    assert mark_glosses(Mark(1, 0, 5, "gone", "quote"), real) == []
    release = Release(title="t", body=body, date=dt.date(2025, 1, 1), id=1)
    text = render_release(release, real, Brief(gist="g", brief="b"), [second, first])
    quotes = [c for k, c in blocks(text) if k == "blockquote"]
    assert quotes == [["นายก ก. พูด"], ["รัฐมนตรี ข. พูด 10%"]]
    assert load_yaml(blocks(text)[0][1])["tags"] == ["key-fact", "quote"]


def test_combined_file_has_one_front_matter_and_every_release() -> None:
    a, b = hostile_item(), hostile_item()
    b.release = Release(title="ข่าวสอง", body="ข้อความ", date=dt.date(2024, 5, 6),
                        source="https://www.thaigov.go.th/news/contents/details/2", id=8)
    b.analysis = Analysis(title="ข่าวสอง", body="ข้อความ")
    b.marks = [Mark(8, 0, 7, "ข้อความ", "follow up", note="ดู")]
    text = render_combined([a, b])
    found = blocks(text)
    assert [k for k, _ in found].count("front_matter") == 1
    front = load_yaml(found[0][1])
    assert front["date"] == dt.date(2025, 3, 4)
    assert front["sources"] == ["https://www.thaigov.go.th/news/contents/details/1",
                                "https://www.thaigov.go.th/news/contents/details/2"]
    assert front["tags"] == ["key-fact", "follow-up"]
    assert [c for k, c in found if k == "heading2"] == [HOSTILE_TITLE, "ข่าวสอง"]
    assert [c for k, c in found if k == "blockquote"][-1] == ["ข้อความ"]
    assert ("paragraph", "2024-05-06") in found


def test_export_imports_no_textual() -> None:
    code = ("import sys, briefing.export, briefing.export.markdown, briefing.export.write, briefing.cli.export;"
            "print('textual' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize("value, unit, shown", [(1.5e12, "CNY", "1,500,000,000,000 CNY"), (15.0, "%", "15%"),
                                                (2.25, "tonnes", "2.25 tonnes"), (21.0, "companies", "21 companies"),
                                                (262.4 * 1e9, "USD", "262,400,000,000 USD"),
                                                (0.1 + 0.2, "%", "0.3%"), (1.0, "metres", "1 metre"),
                                                (1.0, "sites", "1 site"), (1.0, "baht", "1 baht"),
                                                (11.0, "sites", "11 sites")])
def test_value_column(value: float, unit: str, shown: str) -> None:
    from briefing.export.markdown import format_value

    assert format_value(Figure("count", "body", "x", 0, 1, value, unit, "x")) == shown


def test_a_figure_written_two_ways_is_one_row_of_key_figures() -> None:
    # details/99967 (seeds/): the headline says 'คืบหน้ากว่า 75%', the body 'ร้อยละ 75'; the side panel lists one
    # figure with two mentions (figure_groups), and the export's table did not: two rows for one fact.
    title = "ถนน 4 เลน คืบหน้ากว่า 75%"
    body = "ผลการดำเนินงานคืบหน้าร้อยละ 75 ระยะทาง 4 กิโลเมตร"
    analysis = Analysis(
        title=title, body=body,
        figures=[Figure("percent", "title", "75%", 16, 19, 75.0, "%", "over 75%"),
                 Figure("percent", "body", "ร้อยละ 75", 17, 26, 75.0, "%", "75%"),
                 Figure("measure", "body", "4 กิโลเมตร", 35, 45, 4.0, "km", "4 km")],
    )
    release = Release(title=title, body=body, date=dt.date(2025, 8, 21), category="ด้านเศรษฐกิจ", id=1)
    text = render_release(release, analysis, Brief(gist="", brief=""), [])
    table = next(c for k, c in blocks(text) if k == "table")
    assert table == [["Thai", "English", "Value"], ["75% / ร้อยละ 75", "over 75%", "75%"], ["4 กิโลเมตร", "4 km", "4 km"]]
