"""Fuzz the whole path a release file takes: bytes -> corpus parser -> analyzer -> offline brief ->
Markdown note with a user's note on it. Whatever the bytes (arbitrary Unicode, control characters,
invalid UTF-8, one line, megabytes), nothing but a one-line BriefingError escapes, and the note
parses back: the front matter as YAML, the body as CommonMark, with the user's note text intact."""

from __future__ import annotations

import time
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin
from safety_helpers import corpus_text

from briefing.errors import BriefingError
from briefing.export.markdown import render_release
from briefing.model import Mark
from briefing.sources.corpus import parse_bytes
from briefing.summary.offline import make_brief
from briefing.thai import analyze

yaml = pytest.importorskip("yaml")
MD = MarkdownIt("commonmark").use(front_matter_plugin).enable("table")
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])

HEADER = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-"
PIECES = ["นายกรัฐมนตรี", "กระทรวงการคลัง", "จังหวัดเชียงใหม่", "ร้อยละ 5", "1,000 ล้านบาท", "วันที่ 3 มีนาคม 2568",
          "ที่มา : https://www.thaigov.go.th/news/contents/details/1", "พิมพ์", "\n", "\n\n", " ", "\r\n", "\t",
          "\x00", "\x1b[31m", "\u202e", "\u200b", "\ufeff", "[@click=app.quit]", "*", "_", "#", "> ", "- ", "1. ",
          "`", "<b>", "&amp;", "|", "\\", "---", "==", "%%", "[[x]]", "$", "\u2028", "\u2029", "\ud7ff", "🇹🇭"]
TEXT = st.one_of(st.text(max_size=300),
                 st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map("".join))
# What a release file may hold: text in the corpus layout or not, as UTF-8 or broken bytes.
FILES = st.one_of(
    st.binary(max_size=600),
    TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.tuples(TEXT, TEXT).map(lambda p: f"{HEADER}{p[0]}\n\nวันพุธที่ 22 มีนาคม 2566\n{p[0]}\n{p[1]}\n".encode(
        "utf-8", "surrogatepass")),
    # A well-formed file with hostile text in its headline and paragraphs: these reach the analyzer.
    st.tuples(TEXT, TEXT, TEXT).map(lambda p: (
        f"{HEADER}ข่าว {p[0]}\n\nวันพุธที่ 22 มีนาคม 2566\nพิมพ์\nข่าว {p[0]}\nนายกรัฐมนตรี {p[1]}\n"
        f"ย่อหน้า {p[2]}\nที่มา : https://www.thaigov.go.th/news/contents/details/1\n").encode("utf-8", "surrogatepass")),
    st.tuples(TEXT, st.binary(max_size=20)).map(lambda p: corpus_text(3).encode() + p[1] + p[0].encode(
        "utf-8", "surrogatepass")),
)
NOTES = st.one_of(TEXT, st.lists(st.sampled_from(PIECES + ["ข้อสังเกต", "note", "\n\n"]), max_size=30).map("".join))


def clean(text: str) -> str:
    """What the note promises to keep: everything but control and bidi-override characters, with any
    line or paragraph separator a line break and a tab a space."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.replace("\t", " ")
    return "".join(ch for ch in text if ch == "\n" or (unicodedata.category(ch) != "Cc"
                                                        and ch not in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def words(text: str) -> list[str]:
    return text.split()


def inline_text(token) -> str:
    return "".join(c.content if c.type in ("text", "code_inline") else "\n"
                   for c in token.children or [] if c.type in ("text", "code_inline", "softbreak", "hardbreak"))


def note_from_markdown(text: str) -> str | None:
    """The text of the note section: from the paragraph starting 'Note: ' to before 'Source: ...'."""
    tokens = MD.parse(text)
    paragraphs = [inline_text(tokens[i + 1]) for i, t in enumerate(tokens) if t.type == "paragraph_open"
                  and t.level == 0]
    starts = [i for i, p in enumerate(paragraphs) if p.startswith("Note: ")]
    if not starts:
        return None
    section = paragraphs[starts[-1]:]
    if section[-1].startswith("Source: ") and len(section) > 1:
        section = section[:-1]
    return "\n\n".join(section).removeprefix("Note: ")


def run_pipeline(data: bytes, note: str) -> None:
    try:
        release = parse_bytes(data, "ด้านสังคม_1.txt")
    except BriefingError as error:
        assert "\n" not in str(error), "a bad file is a one-line error"
        return
    release.id = 1
    analysis = analyze(release)
    for entity in analysis.entities:
        field = analysis.title if entity.field == "title" else analysis.body
        assert field[entity.start:entity.end] == entity.text
    brief = make_brief(release, analysis)
    marked = release.body[:20]
    mark = Mark(release_id=1, start=0, end=len(marked), text=marked, label="key fact", note=note, id=1)
    text = render_release(release, analysis, brief, [mark])
    assert text.startswith("---\n")
    front = yaml.safe_load(text.split("---\n", 2)[1])
    assert isinstance(front, dict) and isinstance(front["title"], str)
    found = note_from_markdown(text)
    if not clean(note).strip():
        assert found is None
    else:
        assert found is not None and words(found) == words(clean(note)), "the note's words, all there, in order"


@SETTINGS
@given(FILES, NOTES)
def test_any_file_and_note_go_through_to_a_note_that_parses_back(data: bytes, note: str) -> None:
    run_pipeline(data, note)


@pytest.mark.parametrize("data", [
    b"",
    b"\xff\xfe\x00garbage",
    HEADER.encode() + "ข่าวบรรทัดเดียว".encode(),  # one line, no body
    ("ข่าวบรรทัดเดียวยาวมาก " * 2000).encode(),  # one very long line
    corpus_text(5).encode()[:-30] + b"\xc3\x28\xa0\xa1",  # cut mid-character, invalid UTF-8
], ids=["empty", "binary", "title-only", "one-long-line", "invalid-utf8"])
def test_edge_files(data: bytes) -> None:
    run_pipeline(data, "a note: *kept*\n\n# as text")


def test_ten_megabytes_parse_in_bounded_time() -> None:
    data = (corpus_text(9).rsplit("ที่มา", 1)[0] + "ประชุมคณะรัฐมนตรี งบประมาณ 1,000 ล้านบาท\n" * 100_000).encode()
    assert len(data) >= 10_000_000
    started = time.perf_counter()
    try:
        release = parse_bytes(data, "ด้านสังคม_9.txt")
    except BriefingError as error:  # a size cap is an acceptable answer
        assert "\n" not in str(error)
    else:
        assert release.body.startswith("วันนี้") and release.body.endswith("ล้านบาท")
    assert time.perf_counter() - started < 30, "no quadratic blow-up on a big file"
