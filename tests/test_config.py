import re
from pathlib import Path

import pytest

from briefing import paths
from briefing.config import Config, load_config, save_config, update_configuration
from briefing.errors import BriefingError

ROOT = Path(__file__).resolve().parent.parent


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    config = load_config(tmp_path / "nope.toml")
    assert config == Config()
    assert config.ui.theme == "briefing-dark"
    assert config.summary.backend == "offline"
    assert config.marks.labels == ["key fact", "follow up", "quote"]


def test_default_location_is_the_xdg_config_file() -> None:
    paths.config_file().parent.mkdir(parents=True)
    paths.config_file().write_text('[ui]\ntheme = "briefing-light"\n', encoding="utf-8")
    assert load_config(None).ui.theme == "briefing-light"


def test_values_are_read(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        '[ui]\nshow_highlights = false\n[keys]\nquit = "ctrl+q"\n'
        '[summary]\nbackend = "openai"\ntimeout_s = 5\nmax_words = 80\n'
        '[marks]\nlabels = ["a", "b"]\n[store]\npath = "/x/y.db"\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert config.ui.show_highlights is False
    assert config.keys == {"quit": "ctrl+q"}
    assert config.summary.backend == "openai"
    assert config.summary.timeout_s == 5.0 and isinstance(config.summary.timeout_s, float)
    assert config.summary.max_words == 80
    assert config.marks.labels == ["a", "b"]
    assert config.store.path == "/x/y.db"


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('[summary]\ntimeout_s = "soon"\n', "summary.timeout_s must be a number"),
        ('[summary]\nmax_words = 1.5\n', "summary.max_words must be a whole number"),
        ('[summary]\nbackend = "gpt"\n', 'summary.backend must be one of "offline", "openai"'),
        ('[ui]\nshow_highlights = "yes"\n', "ui.show_highlights must be true or false"),
        ('[ui]\ncolour = "red"\n', "unknown key ui.colour"),
        ('[nonsense]\nx = 1\n', "unknown key nonsense"),
        ('[keys]\nquit = 3\n', "keys must be a table of strings"),
        ('[marks]\nlabels = "quote"\n', "marks.labels must be a list of strings"),
        ('ui = 3\n', "ui must be a table"),
        ('[summary]\ntimeout_s = 0\n', "summary.timeout_s must be more than 0"),
        ('[marks]\nlabels = []\n', "marks.labels must name at least one label"),
        ('[ui\n', "not valid TOML"),
    ],
)
def test_bad_values_name_the_key(tmp_path: Path, text: str, needle: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BriefingError) as error:
        load_config(path)
    assert needle in str(error.value)
    assert str(path) in str(error.value)
    assert "\n" not in str(error.value)


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    config = Config()
    config.ui.theme = "nord"
    config.keys["quit"] = "ctrl+q"
    config.export.combined = True
    path = tmp_path / "sub" / "config.toml"
    save_config(config, path)
    assert load_config(path) == config
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind


def test_update_configuration_persists(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[summary]\nmodel = "llama3"\n', encoding="utf-8")
    with update_configuration(path) as config:
        config.ui.theme = "briefing-light"
    again = load_config(path)
    assert again.ui.theme == "briefing-light"
    assert again.summary.model == "llama3"


def test_example_config_is_complete_and_equals_the_defaults() -> None:
    import tomllib

    from briefing.config import config_from_dict, config_to_dict

    example = ROOT / "config.example.toml"
    assert load_config(example) == Config()
    # Uncommenting every commented setting gives every key at its default.
    text = "\n".join(
        line[1:] if re.match(r"#[A-Za-z_]", line) else line
        for line in example.read_text(encoding="utf-8").splitlines()
    )
    data = tomllib.loads(text)
    assert config_from_dict(data) == Config()
    for section, values in config_to_dict(Config()).items():
        if section not in ("keys", "sources"):  # [[sources]] is an empty list by default
            assert set(data[section]) == set(values), section


COMMENTED = """\
# My briefing settings (copied from config.example.toml)

[ui]
# The theme: bundled, built in, or a file in themes/
theme = "briefing-dark"   # dark by default
show_highlights = false

[summary]
backend = "openai"  # my own server
model = "llama3"
"""


def test_update_configuration_changes_only_that_key(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(COMMENTED, encoding="utf-8")
    with update_configuration(path) as config:
        config.ui.theme = "nord"
    assert path.read_text(encoding="utf-8") == COMMENTED.replace('"briefing-dark"', '"nord"')


def test_update_configuration_writes_through_a_symlink_and_keeps_the_mode(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "briefing.toml"
    real.parent.mkdir()
    real.write_text(COMMENTED, encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "config.toml"
    link.symlink_to(real)
    with update_configuration(link) as config:
        config.ui.theme = "nord"
    assert link.is_symlink()
    assert load_config(real).ui.theme == "nord"
    assert real.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in real.parent.iterdir()) == ["briefing.toml"]


def test_update_configuration_creates_a_missing_file_with_only_the_changed_key(tmp_path: Path) -> None:
    path = tmp_path / "new" / "config.toml"
    with update_configuration(path) as config:
        config.ui.theme = "nord"
    assert path.read_text(encoding="utf-8").split() == ["[ui]", "theme", "=", '"nord"']
