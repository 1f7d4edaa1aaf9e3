"""The README's key table is the one the command classes generate, so it cannot drift."""

from __future__ import annotations

from pathlib import Path

from briefing.tui.commands import markdown_table

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_lists_every_binding_as_generated() -> None:
    table = markdown_table().strip()
    assert table.count("\n") > 20
    assert table in README.read_text(encoding="utf-8"), (
        "README key table is stale: paste the output of `python -m briefing.tui.commands`")
