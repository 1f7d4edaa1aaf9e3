"""The miners leave out re-posted copies of the annotated releases too (bench/mining.py, leave_out and
archive_releases): the archive holds some releases again under another URL (session 12 found 36 titles), and a
name mined from such a copy comes from an evaluation release after all. Small built data only."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))
try:
    import mining  # bench/mining.py
finally:
    sys.path.remove(str(BENCH))

R = mining.Release
# Three long lines of an annotated release (>= mining.PARAGRAPH letters each, white space aside) ...
P1 = "นายสมชาย ทดสอบดี อธิบดีกรมตัวอย่าง เป็นประธานการประชุมคณะกรรมการพัฒนาพื้นที่ชายแดนภาคตะวันออก ณ ศาลากลางจังหวัด"
P2 = "ที่ประชุมเห็นชอบแผนงานของบริษัท ตัวอย่างรุ่งเรือง จำกัด ในการสร้างศูนย์กระจายสินค้าเกษตรแห่งใหม่ที่อำเภอหนองตัวอย่าง"
P3 = "ทั้งนี้ คณะกรรมการจะติดตามความคืบหน้าของโครงการทุกสามเดือน และรายงานผลต่อคณะรัฐมนตรีภายในสิ้นปีงบประมาณนี้"
# ... and a ministry's standing closing line that many other releases carry too (boilerplate, not a copy).
CLOSING = "สามารถแจ้งเบาะแสข่าวปลอมและอาชญากรรมออนไลน์ทุกรูปแบบ โทรสายด่วน 1111 ตลอด 24 ชั่วโมง หรือไลน์ของศูนย์ต่อต้านข่าวปลอม"
OWN = [f"ข่าวอื่นลำดับที่ {k} รายงานการลงพื้นที่ตรวจเยี่ยมโครงการชลประทานขนาดเล็ก และมอบเครื่องสูบน้ำให้เกษตรกรในตำบลต่าง ๆ"
       for k in range(6)]
ANNOTATED = R("u/eval", "“สมชาย” ประชุม กก.พัฒนาพื้นที่ชายแดน", f"{P1}\n{P2}\n{P3}\n{CLOSING}", "th")


def run(*rows: mining.Release) -> tuple[list[mining.Release], dict[str, list[str]]]:
    return mining.leave_out([ANNOTATED, *rows], frozenset({"u/eval"}))


def test_a_copy_under_another_url_is_left_out() -> None:
    same_title = R("u/title", "\"สมชาย\"  ประชุม กก.พัฒนาพื้นที่ชายแดน", "เนื้อความแก้ไขใหม่", "th")  # spaces, quotes
    same_body = R("u/body", "รองนายกฯ เผย ประชุม กก.พัฒนาพื้นที่ชายแดน", ANNOTATED.body.replace(" ", "  "), "th")
    mostly = R("u/mostly", "ผู้ว่าฯ ร่วมประชุมพัฒนาพื้นที่ชายแดน", "\n".join([P1, P2, OWN[0]]), "th")
    kept, why = run(same_title, same_body, mostly)
    assert kept == []
    assert why == {"excluded": ["u/eval"], "title": ["u/title"], "body": ["u/body"], "paragraphs": ["u/mostly"]}


def test_a_digest_keeps_its_own_lines_only() -> None:
    digest = R("u/digest", "สรุปข่าวการประชุมคณะรัฐมนตรี", "\n".join([OWN[1], P2, OWN[2], OWN[3], "สั้น"]), "th")
    kept, why = run(digest)
    assert why["trimmed"] == ["u/digest"]
    assert kept == [digest._replace(body="\n".join([OWN[1], OWN[2], OWN[3], "สั้น"]))]


def test_boilerplate_and_other_releases_stay_whole() -> None:
    others = [R(f"u/other{k}", f"ดีอี เตือนข่าวปลอมเรื่องที่ {k}", f"{OWN[k]}\n{CLOSING}", "th") for k in range(4)]
    short = R("u/short", "ข่าวสั้น", "นายสมชาย ทดสอบดี", "th")  # a name alone is no copy
    kept, why = run(*others, short)
    assert kept == [*others, short]  # CLOSING is in 5 releases (>= mining.BOILERPLATE): nobody's copy
    assert why == {"excluded": ["u/eval"]}
    # the same closing line in fewer releases is rare, and so a copied line
    kept, why = run(others[0])
    assert why == {"excluded": ["u/eval"], "paragraphs": ["u/other0"]}  # 1 of its 2 rare lines: half a copy


def test_archive_releases_reads_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "briefing.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE releases (id INTEGER PRIMARY KEY, source TEXT, title TEXT NOT NULL, body TEXT NOT NULL,"
                " language TEXT NOT NULL DEFAULT 'th')")
    rows = [ANNOTATED, R("u/repost", ANNOTATED.title, ANNOTATED.body, "th"), R("u/th", "ข่าว", OWN[4], "th"),
            R("u/en", "News", "The cabinet met on Tuesday.", "en")]
    con.executemany("INSERT INTO releases (source, title, body, language) VALUES (?, ?, ?, ?)", rows)
    con.commit()
    con.close()
    asked: list[object] = []
    monkeypatch.setattr(mining, "excluded_sources", lambda path: asked.append(path) or frozenset({"u/eval"}))
    assert [r.source for r in mining.archive_releases(str(db), "LIST", report=False)] == ["u/th", "u/en"]
    assert [r.source for r in mining.archive_releases(str(db), "LIST", language="th", report=False)] == ["u/th"]
    assert asked == ["LIST", "LIST"]  # the exclusion list (and its coverage check) is always read
