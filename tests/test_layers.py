"""The layers in pyproject's [tool.importlinter] hold: only tui/ imports Textual, thai/ knows nothing
of the store, summary or UI, the core never imports the UI, widgets never import screens."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept() -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout
    assert result.stdout.count(" KEPT") >= 5
