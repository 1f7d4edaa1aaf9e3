"""argparse's own errors (a wrong subcommand, a missing or malformed argument) are one line and exit 2,
like every other bad input: the usage block argparse prints first buried the line that mattered.

In process through `main()` (argparse exits through SystemExit); stderr captured by capsys.
"""

from __future__ import annotations

import json

import pytest

from briefing.__main__ import main


@pytest.mark.parametrize(("args", "words"), [
    (["bogus"], ["invalid choice: 'bogus'", "briefing --help"]),
    (["--bogus"], ["unrecognized arguments: --bogus"]),
    (["list", "--limit", "x"], ["briefing list:", "--limit", "not a whole number", "briefing list --help"]),
    (["search"], ["briefing search:", "required: QUERY"]),
    (["check", "--x"], ["briefing check:", "unrecognized arguments: --x", "briefing check --help"]),
    (["dirs", "extra"], ["briefing dirs:", "unrecognized arguments: extra"]),
    (["analyze", "--jobs", "x"], ["briefing analyze:", "--jobs", "not a whole number"]),
    (["summary", "--all", "--jobs", "65"], ["--jobs", "out of range (1 to 64)"]),
    (["import"], ["briefing import:", "required: PATH"]),
])
def test_usage_errors_are_one_line_with_status_2(args: list[str], words: list[str],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert "usage:" not in err and "Traceback" not in err
    for word in words:
        assert word in err, err


def test_help_still_prints_the_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["list", "--help"])
    assert exit_.value.code == 0
    assert "usage: briefing list" in capsys.readouterr().out


@pytest.mark.parametrize("command", ["analyze", "summary"])
def test_a_directory_given_as_a_release_file_is_called_a_directory(command: str, tmp_path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert f"{tmp_path}: a directory, not a release file" in err  # was "not a regular file (a pipe, ...)"


@pytest.fixture
def small_store(tmp_path):
    import datetime as dt

    from briefing.config import load_config
    from briefing.model import Release
    from briefing.store import Store

    config_file = tmp_path / "config.toml"
    config_file.write_text(f'[store]\npath = "{tmp_path / "store.db"}"\n', encoding="utf-8")
    with Store.open(load_config(config_file)) as store:
        for n, category in enumerate(["ด้านเศรษฐกิจ", "ด้านสังคม"]):
            store.add_release(Release(title=f"ราคาข้าว ฉบับที่ {n}", body="ราคาข้าวหอมมะลิ", category=category,
                                      date=dt.date(2024, 1, 1 + n), source=f"https://x/{n}"))
    return str(config_file)


@pytest.mark.parametrize(("args", "words"), [
    (["list", "--category", "Sport"], ["no stored release has the category 'Sport'", "Economy, Society"]),
    (["search", "--category", "Sport", "ข้าว"], ["category 'Sport'"]),
    (["list", "--since", "2025-01-01", "--until", "2024-01-01"], ["--since 2025-01-01 is after --until 2024-01-01"]),
])
def test_filters_that_can_match_nothing_are_bad_input(small_store, args, words, capsys) -> None:
    """They printed nothing at all with status 0, as if the archive were empty."""
    assert main(["--config", small_store, *args]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    for word in words:
        assert word in err, err


def test_an_empty_answer_says_so(small_store, capsys) -> None:
    assert main(["--config", small_store, "list", "--person", "Nobody"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "no release matches person:Nobody" in captured.err
    assert main(["--config", small_store, "search", "--category", "Economy", "ข้าว"]) == 0
    assert "ราคาข้าว ฉบับที่ 0" in capsys.readouterr().out  # a category by its English name still matches
    assert main(["--config", small_store, "search", "ทุเรียน"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "no release matches 'ทุเรียน'" in captured.err  # no empty table


def test_importing_a_folder_without_releases_says_what_it_looks_for(tmp_path, capsys) -> None:
    config_file = tmp_path / "config.toml"
    config_file.write_text(f'[store]\npath = "{tmp_path / "store.db"}"\n', encoding="utf-8")
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "92542.html").write_text("<html></html>", encoding="utf-8")
    assert main(["--config", str(config_file), "import", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "no release files (*.txt) or .tar.xz archives" in err, err  # not "no release could be read"


@pytest.mark.parametrize("command", ["analyze", "summary"])
def test_one_empty_release_among_several_costs_only_its_own_line(command: str, tmp_path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """The corpus holds empty pages (data/2024/09/10/ด้านเศรษฐกิจ _9_...: a title line and nothing else);
    `summary` given one among six files printed that file's error and no brief for the other five."""
    from pathlib import Path

    good = Path(__file__).resolve().parent / "data" / "tui" / "000_02efa86ef419c001.txt"
    empty = tmp_path / "empty.txt"  # the corpus file's shape: title, the date lines, no body
    empty.write_text("ขยายเวลาลดค่าไฟฟ้า\n\n\nวันอังคารที่ 10 กันยายน 2567\n10/09/2567\nพิมพ์\n", encoding="utf-8")
    assert main([command, "--json", str(good), str(empty), str(good)]) == 2
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert [line["file"] for line in lines] == [str(good), str(empty), str(good)]
    assert "error" in lines[1] and "error" not in lines[0] and "error" not in lines[2]
    assert len(captured.err.strip().splitlines()) == 1 and str(empty) in captured.err
