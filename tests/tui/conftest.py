"""A fixed store built from tests/data/tui, and the app on it, for Pilot and snapshot tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.config import Config, load_config
from briefing.library import import_paths
from briefing.sources.corpus import parse_release
from briefing.store import Store
from briefing.tui.app import BriefingApp

DATA = Path(__file__).resolve().parent.parent / "data" / "tui"
THEMES = Path(__file__).resolve().parents[2] / "themes"
HOSTILE = (
    "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ข่าว [@click=app.quit]ทดสอบ[/] \x1b[31mสีแดง\x07\n\n"
    "วันพุธที่ 1 มกราคม 2568\n"
    "พิมพ์\n"
    "ย่อหน้าแรก [@click=app.quit]คลิก[/] และ [bold]ตัวหนา[/bold] \x1b]0;title\x07 จบ \u202eกลับด้าน\u202c\n"
    "\n"
    "ที่มา : https://www.thaigov.go.th/news/contents/details/0\n"
)


def fill_store(store: Store, extra: dict[str, str] | None = None) -> None:
    """Import tests/data/tui with the real importer (plus any extra release texts by name)."""
    result = import_paths(store, [DATA])
    assert result.new == len(list(DATA.glob("*.txt"))) and not result.bad
    for name, text in (extra or {}).items():
        store.add_release(parse_release(text, name, None))


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f'[store]\npath = "{tmp_path / "store.db"}"\n', encoding="utf-8")
    return path


@pytest.fixture
def store(config_file: Path):
    store = Store.open(load_config(config_file))
    fill_store(store)
    yield store
    store.close()


def new_app(store: Store, config_file: Path, config: Config | None = None) -> BriefingApp:
    """The real app on the fixed store, with only the bundled themes (none from the user's home)."""
    return BriefingApp(config or load_config(config_file), store, config_path=config_file, themes_dirs=[THEMES])


@pytest.fixture
def make_app():
    """`make_app(store, config_file)`: a fresh app reading the config file as it is now."""
    return new_app


@pytest.fixture
def app(store: Store, config_file: Path) -> BriefingApp:
    return new_app(store, config_file)


def freeze(store: Store) -> None:
    """Fix what the analyzer and summary would produce (tests/data/tui/frozen.json), so snapshots
    change only when the UI does. Regenerate the file when the extraction's output should be shown."""
    from briefing.model import Analysis
    from briefing.pipeline import offline_key
    from briefing.thai import ANALYZER_VERSION

    frozen = json.loads((DATA / "frozen.json").read_text(encoding="utf-8"))
    for entry in store.entries():
        release = store.release(entry.id)
        data = frozen[Path(release.file or "").name]
        store.set_gist(entry.id, data["gist"], offline_key())  # current: the list does not remake it
        if "analysis" in data:
            analysis = Analysis.from_json(data["analysis"])
            analysis.version = ANALYZER_VERSION
            store.save_analysis(entry.id, analysis)


@pytest.fixture
def frozen_app(store: Store, config_file: Path) -> BriefingApp:
    freeze(store)
    return new_app(store, config_file)


def write_frozen() -> None:
    """Remake tests/data/tui/frozen.json from the current analyzer and summary:
    `python tests/tui/conftest.py`, then `pytest tests/tui --snapshot-update` and review the SVGs."""
    import tempfile

    from briefing.pipeline import make_gist
    from briefing.thai import analyze

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "store.db")
        fill_store(store)
        frozen: dict[str, dict[str, object]] = {}
        for entry in store.entries():
            release = store.release(entry.id)
            analysis = analyze(release)
            name = Path(release.file or "").name
            frozen[name] = {"gist": make_gist(release, analysis)}
            if name.startswith("000_"):
                frozen[name]["analysis"] = analysis.to_json()
        store.close()
    (DATA / "frozen.json").write_text(json.dumps(frozen, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    write_frozen()


GISTED = 12


@pytest.fixture
def gisted_archive(config_file: Path):
    """A store of GISTED dated releases, each with an offline gist: lists long enough to move in, quick to build."""
    import datetime as dt

    from briefing.model import Release
    from briefing.pipeline import offline_key
    from briefing.search import import_and_index

    store = Store.open(load_config(config_file))
    releases = [(str(n), Release(title=f"การประชุมหารือ ฉบับที่ {n}", body=f"รายละเอียดข่าว ลำดับ {n}",
                                 date=dt.date(2024, 1, 1) + dt.timedelta(days=n), category="ด้านเศรษฐกิจ",
                                 source=f"https://example.test/{n}")) for n in range(GISTED)]
    new, _, _ = import_and_index(store, releases)
    assert new == GISTED
    for entry in store.entries():
        store.set_gist(entry.id, f"gist {entry.id}", offline_key())
    yield store
    store.close()
