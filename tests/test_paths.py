from pathlib import Path

import briefing
from briefing import paths


def test_xdg_variables_relocate_everything(isolated_home: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(isolated_home / "c"))
    monkeypatch.setenv("XDG_DATA_HOME", str(isolated_home / "d"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(isolated_home / "k"))
    assert paths.config_dir() == isolated_home / "c" / "briefing"
    assert paths.config_file() == isolated_home / "c" / "briefing" / "config.toml"
    assert paths.user_themes_dir() == isolated_home / "c" / "briefing" / "themes"
    assert paths.data_dir() == isolated_home / "d" / "briefing"
    assert paths.db_path() == isolated_home / "d" / "briefing" / "briefing.db"
    assert paths.cache_dir() == isolated_home / "k" / "briefing"


def test_export_dir_is_a_briefing_folder_in_documents(isolated_home: Path) -> None:
    assert paths.default_export_dir() == isolated_home / "Documents" / "briefing"


def test_bundled_dirs_are_package_data() -> None:
    package = Path(briefing.__file__).resolve().parent
    assert paths.seeds_dir().resolve() == package / "seeds"
    assert paths.bundled_themes_dir().resolve() == package / "themes"
    assert any(paths.seeds_dir().glob("*.txt"))
    assert sorted(p.name for p in paths.bundled_themes_dir().glob("*.toml")) == ["briefing-dark.toml",
                                                                                 "briefing-light.toml"]
