"""`briefing analyze`: the JSON contract the scorer and other tools read, as a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "ข่าวรอง นรม  รมตนร _0_02efa86ef419c001.txt"
ENTITY_KEYS = {"type", "field", "text", "start", "end", "english", "role", "canonical"}
FIGURE_KEYS = {"kind", "field", "text", "start", "end", "value", "unit", "qualifier", "english"}
DATE_KEYS = {"field", "text", "start", "end", "iso"}


def analyze(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", "analyze", *args], capture_output=True,
                          text=True, timeout=120, cwd=ROOT, check=False)


def test_json_follows_the_contract(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00 not text")
    proc = analyze("--json", str(SEED), str(bad), str(SEED))
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"briefing: {bad}: not UTF-8 text"
    first, error, again = [json.loads(line) for line in proc.stdout.splitlines()]
    assert error == {"file": str(bad), "error": f"{bad}: not UTF-8 text"}
    assert first == again, "a bad file in between changes nothing for the others"
    assert first["file"] == str(SEED) and first["date"] == "2025-01-19"
    assert first["source"] == "https://www.thaigov.go.th/news/contents/details/92542"
    assert first["title"].startswith("กระทรวงดีอี ประชุมรัฐมนตรีไทย")
    texts = {"title": first["title"], "body": first["body"]}
    for key, keys in (("entities", ENTITY_KEYS), ("figures", FIGURE_KEYS), ("dates", DATE_KEYS)):
        assert first[key], key
        for item in first[key]:
            assert keys <= item.keys()
            assert texts[item["field"]][item["start"]:item["end"]] == item["text"]
    figures = {(f["text"], f["kind"], f["value"], f["unit"]) for f in first["figures"]}
    assert ("21 บริษัท", "count", 21, "companies") in figures
    assert ("15%", "percent", 15, "%") in figures
    assert ("1.5 ล้านล้านหยวน", "money", 1.5e12, "CNY") in figures
    people = {e["text"]: e for e in first["entities"] if e["type"] == "person"}
    prasert = next(e for text, e in people.items() if "ประเสริฐ จันทรรวงทอง" in text)
    assert prasert["english"] and "Deputy Prime Minister" in (prasert["role_english"] or "")
    assert not any("\u0e00" <= ch <= "\u0e7f" for ch in prasert["english"])


def test_table_output_and_exit_status() -> None:
    proc = analyze(str(SEED))
    assert proc.returncode == 0, proc.stderr
    assert "21 บริษัท" in proc.stdout and "21 companies" in proc.stdout
