"""Nothing outside briefing/tui imports Textual: the CLI and the core start without it."""

import os
import subprocess
import sys
from pathlib import Path

import briefing

PACKAGE = Path(briefing.__file__).parent


def core_modules() -> list[str]:
    """Every module of the package except the TUI ones (found on disk, so new modules are covered)."""
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if "tui" in parts or parts[-1] == "__main__" and len(parts) > 2:
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ.copy(),
                          timeout=300, check=False)


def test_core_imports_leave_textual_out() -> None:
    modules = core_modules()
    for needed in ("briefing.store", "briefing.thai", "briefing.summary", "briefing.export", "briefing.config",
                   "briefing.__main__", "briefing.library", "briefing.cli.list"):
        assert needed in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))\n"
    )
    proc = run(code)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_briefing_list_runs_without_textual() -> None:
    code = (
        "import sys\n"
        "from briefing.__main__ import main\n"
        "status = main(['list', '--limit', '1'])\n"
        "print('TEXTUAL' if 'textual' in sys.modules else 'CLEAN', status)\n"
    )
    proc = run(code)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "CLEAN 0"
