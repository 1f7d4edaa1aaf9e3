"""What the app's first paint does without (bench/startup.py times it): the analysis records of
briefing.model and the search are imported when first used, and still work the same when they are."""

import os
import subprocess
import sys


def run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ.copy(),
                          timeout=120, check=False)


def test_the_app_module_leaves_the_records_and_the_search_for_later() -> None:
    code = (
        "import sys\n"
        "import briefing.cli.tui, briefing.tui.app, briefing.tui.screens.list\n"
        "print(sorted(m for m in ('briefing.model_records', 'briefing.search', 'hashlib') if m in sys.modules))\n"
    )
    proc = run(code)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_the_records_are_reached_through_briefing_model() -> None:
    from briefing import model, model_records
    from briefing.model import Analysis, Entity, Mark, entity_groups
    from briefing.search import View as SearchView
    from briefing.view import View

    assert (Analysis, Entity, Mark, entity_groups) == (
        model_records.Analysis, model_records.Entity, model_records.Mark, model_records.entity_groups)
    assert model.Brief is model_records.Brief and SearchView is View
    entity = Entity(type="place", field="body", text="ภูเก็ต", start=0, end=6, english="Phuket")
    analysis = Analysis(title="t", body="ภูเก็ต", entities=[entity])
    assert Analysis.from_json(analysis.to_json()) == analysis
    assert [group.english for group in entity_groups(analysis)] == ["Phuket"]
    try:
        model.NoSuchThing  # noqa: B018
    except AttributeError as error:
        assert "NoSuchThing" in str(error)
    else:
        raise AssertionError("an unknown name must still be an AttributeError")


def test_printable_patterns_compile_when_first_used() -> None:
    from briefing.printable import UNSAFE, json_line, strip_controls

    assert UNSAFE.search("a\x1bb") and not UNSAFE.search("plain ไทย")
    assert strip_controls("a\x1b[2Jb\tc") == "ab c"
    assert json_line({"t": "x\u202ey"}) == '{"t": "x\\u202ey"}'
