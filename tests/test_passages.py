"""The reader's cursor unit: a long Thai paragraph with no sentence end is cut into passages at the
spaces between its clauses, never inside a name or figure (briefing/tui/passages.py)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from briefing.model import Analysis, Entity
from briefing.sources.corpus import parse_release
from briefing.thai import analyze
from briefing.tui.passages import LONG, MAX_PASSAGE, passages

ROAD = next((Path(__file__).resolve().parent.parent / "briefing" / "seeds").glob("*_552_*.txt"))


@pytest.fixture(scope="module")
def road() -> Analysis:
    return analyze(parse_release(ROAD.read_text(encoding="utf-8"), ROAD.name))


def test_the_road_paragraph_is_cut_into_readable_passages(road):
    long = [(s, e) for s, e in road.sentences if e - s > 1000]
    assert len(long) == 1, "the analysis keeps the paragraph as one sentence (the brief uses it so)"
    start, end = long[0]
    pieces = [p for p in passages(road) if start <= p[0] < end]
    assert len(pieces) >= 5
    assert pieces[0][0] == start and pieces[-1][1] == end
    assert all(e - s <= MAX_PASSAGE for s, e in pieces)
    for (_, left_end), (right_start, _) in itertools.pairwise(pieces):
        assert road.body[left_end:right_start].isspace(), "cut only at the spaces between clauses"
    for mention in [*road.entities, *road.figures, *road.dates]:
        if mention.field == "body":
            assert any(s <= mention.start and mention.end <= e for s, e in pieces + road.sentences[1:]), \
                f"{mention.text!r} is cut"
    texts = [road.body[s:e] for s, e in pieces]
    assert texts[0].startswith("นายมนตรี เดชาสกุลสม อธิบดีกรมทางหลวงชนบท")
    assert any(text.startswith(("คาดว่า", "เมื่อ")) for text in texts), "at a clause opener"
    assert texts[-1].endswith("528.969 ล้านบาท")


def test_short_sentences_are_kept_and_no_cut_falls_in_a_name_or_brackets():
    clause = "กระทรวงได้ดำเนินการพัฒนาระบบบริหารจัดการน้ำในพื้นที่อย่างต่อเนื่องและเป็นระบบ"
    name = "นายสมชาย ใจดี"
    body = " ".join([f"{name} ผู้อำนวยการ", *[clause] * 3, "(ไป - กลับ พร้อมทั้ง", clause + ")", *[clause] * 3])
    person = Entity(type="person", field="body", text=name, start=0, end=len(name))
    short = (0, len(f"{name} ผู้อำนวยการ"))
    analysis = Analysis(title="", body=body, entities=[person], sentences=[short, (short[1] + 1, len(body))])
    assert len(body) > LONG
    cut = passages(analysis)
    assert cut[0] == short
    assert len(cut) > 2
    bracket = body.index("(ไป")
    closing = body.index(")", bracket)
    for s, e in cut[1:]:
        assert not (bracket < s <= closing), "no cut inside brackets"
        assert e - s >= 60


def test_a_sentence_the_splitter_starts_inside_a_name_is_joined_to_the_one_before():
    # details/53355: the splitter reads the double space inside the name as a sentence end
    body = ("นายธนกร วังบุญคงชนะ โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า พลเอก  ประยุทธ์ จันทร์โอชา "
            "นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม")
    name = "พลเอก  ประยุทธ์ จันทร์โอชา"
    start = body.index(name)
    person = Entity(type="person", field="body", text=name, start=start, end=start + len(name))
    inner = body.index("ประยุทธ์")
    analysis = Analysis(title="", body=body, entities=[person], sentences=[(0, inner - 2), (inner, len(body))])
    assert passages(analysis) == [(0, len(body))]
