"""Golden-file test of the seed release's export with two marks and notes, plus structural checks.

The export renders a frozen analysis of the seed (tests/data/tui/frozen.json, shared with the TUI
snapshots), so the golden file follows changes to the export and the offline brief, not every change
to the extraction. When they change on purpose, regenerate it and review the diff:

    UPDATE_GOLDEN=1 pytest tests/test_export.py

The structural assertions below hold whatever the analyzer finds, and run in both modes.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path

from test_export_markdown import blocks, load_yaml, squash

from briefing.export.markdown import file_name, key_figures
from briefing.export.write import export_releases
from briefing.model import Analysis, Mark
from briefing.sources.corpus import parse_release
from briefing.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "ข่าวรอง นรม  รมตนร _0_02efa86ef419c001.txt"
GOLDEN = Path(__file__).resolve().parent / "data" / "export" / "seed.md"
FROZEN = Path(__file__).resolve().parent / "data" / "tui" / "frozen.json"
SOURCE = "https://www.thaigov.go.th/news/contents/details/92542"

NOTE_FIRMS = "21 Chinese firms came with MIIT.\nAsk depa for the *list* of firms — [who?]\n\n# not a heading"
NOTE_GROWTH = "Growth 15% | 1.5 trillion yuan: check the source.\n> not a quote"


def sentence_with(analysis_body: str, sentences: list[tuple[int, int]], needle: str) -> tuple[int, int]:
    pos = analysis_body.index(needle)
    return next((s, e) for s, e in sentences if s <= pos < e)


def frozen_analysis() -> Analysis:
    from briefing.thai import ANALYZER_VERSION

    data = json.loads(FROZEN.read_text(encoding="utf-8"))["000_02efa86ef419c001.txt"]["analysis"]
    analysis = Analysis.from_json(data)
    analysis.version = ANALYZER_VERSION
    return analysis


def export_seed(tmp_path: Path) -> tuple[str, Path, Store, int]:
    store = Store(tmp_path / "briefing.db")
    release = parse_release(SEED.read_text(encoding="utf-8"), name=SEED.name, category="ข่าวทำเนียบรัฐบาล")
    release_id = store.add_release(release)
    assert release_id is not None
    analysis = frozen_analysis()
    store.save_analysis(release_id, analysis)
    body = analysis.body
    firms = sentence_with(body, analysis.sentences, "21 บริษัท")
    growth = sentence_with(body, analysis.sentences, "15%")
    # Added out of body order: the export must put them back in order.
    store.add_mark(Mark(release_id, *growth, body[growth[0]:growth[1]], "follow up", note=NOTE_GROWTH))
    store.add_mark(Mark(release_id, *firms, body[firms[0]:firms[1]], "key fact", note=NOTE_FIRMS))
    [path] = export_releases(store, [release_id], out_dir=tmp_path / "out")
    return path.read_text(encoding="utf-8"), path, store, release_id


def test_seed_export_matches_the_golden_file(tmp_path: Path) -> None:
    text, _, store, _ = export_seed(tmp_path)
    store.close()
    if os.environ.get("UPDATE_GOLDEN", "") not in ("", "0"):
        GOLDEN.write_text(text, encoding="utf-8", newline="\n")
    assert GOLDEN.exists(), "no golden file yet: run UPDATE_GOLDEN=1 pytest tests/test_export.py"
    assert text == GOLDEN.read_text(encoding="utf-8"), (
        "the seed export changed; if the change is intended, regenerate with "
        "UPDATE_GOLDEN=1 pytest tests/test_export.py and review the diff")


def test_seed_export_structure(tmp_path: Path) -> None:
    from briefing.summary.offline import make_brief
    from briefing.thai import ANALYZER_VERSION

    text, path, store, release_id = export_seed(tmp_path)
    release = store.release(release_id)
    analysis = store.analysis(release_id, ANALYZER_VERSION)
    assert analysis is not None, "exporting caches the analysis it made"
    marks = store.marks(release_id)
    brief = make_brief(release, analysis)
    store.close()

    assert path.name == file_name(release, brief.gist)
    assert re.fullmatch(r"2025-01-19-[a-z0-9]+(-[a-z0-9]+)*\.md", path.name)
    assert not [p for p in path.parent.iterdir() if p != path], "no temporary files left behind"

    found = blocks(text)
    assert found[0][0] == "front_matter"
    front = load_yaml(found[0][1])
    assert front["title"] == analysis.title
    assert front["title_en"] == brief.gist
    assert front["date"] == dt.date(2025, 1, 19)
    assert front["source"] == SOURCE
    assert isinstance(front["category"], str) and front["category"]
    assert front["tags"] == ["key-fact", "follow-up"]
    for key in ("people", "organisations"):
        assert all(isinstance(name, str) and name for name in front.get(key, []))
        assert len(front.get(key, [])) == len(set(front.get(key, [])))
    expected_people = {e.english or e.text for e in analysis.entities if e.type == "person"}
    assert set(front.get("people", [])) == {" ".join(p.split()) for p in expected_people}

    headings = [c for k, c in found if k.startswith("heading")]
    assert headings[0] == analysis.title
    assert "Brief" in headings and "Marks and notes" in headings
    assert headings[-2:] == ["Key fact", "Follow up"]
    brief_at = next(i for i, b in enumerate(found) if b == ("heading2", "Brief"))
    assert squash(str(found[brief_at + 1][1])) == squash(brief.brief)

    # Each mark: a block quote of its Thai sentence, in body order, with its note right after.
    quotes = [(i, c) for i, (k, c) in enumerate(found) if k == "blockquote"]
    assert [squash(" ".join(c)) for _, c in quotes] == [squash(m.text) for m in marks]
    assert "21 บริษัท" in " ".join(quotes[0][1]) and "15%" in " ".join(quotes[1][1])
    for (at, _), mark in zip(quotes, marks, strict=True):
        after = []
        for kind, content in found[at + 1:]:
            if kind != "paragraph" or str(content).startswith("Source: "):
                break
            after.append(str(content))
        note = next(p for p in after if p.startswith("Note: "))
        assert "\n\n".join([note.removeprefix("Note: "), *after[after.index(note) + 1:]]) == mark.note
    assert not any(k.startswith("heading") and c == "not a heading" for k, c in found)

    figures = key_figures(analysis)
    tables = [c for k, c in found if k == "table"]
    if figures:
        [table] = tables
        assert table[0] == ["Thai", "English", "Value"]
        # One row per figure as the side panel groups them: every Thai wording once, the first mention's English.
        assert [row[:2] for row in table[1:]] == [
            [" / ".join(dict.fromkeys(squash(f.text) for f in g.mentions)), squash(g.english or g.mentions[0].english)]
            for g in figures
        ]
        assert all(re.match(r"\d", row[2]) for row in table[1:])
    else:
        assert tables == []

    assert found[-1][0] == "paragraph" and SOURCE in str(found[-1][1])
    assert f"(<{SOURCE}>)" in text
