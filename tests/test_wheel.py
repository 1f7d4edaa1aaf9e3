"""A wheel built from the clone works anywhere: installed into a fresh virtual environment outside the
repository, `briefing` finds its bundled releases and themes as package data (importlib.resources).

Nothing is downloaded: the wheel is built without build isolation (setuptools comes with the test
extras), and the fresh environment reaches the test environment's dependencies through a .pth file,
so only briefing itself comes from the wheel.
"""

from __future__ import annotations

import json
import os
import re
import site
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without PYTHONPATH, which would show pip and the script the clone's briefing."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    return {**env, **extra}


def run(*argv: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(a) for a in argv], cwd=cwd, env=env or clean_env(), capture_output=True,
                            text=True, check=False, timeout=300)
    assert result.returncode == 0, f"{argv}: {result.stdout[-2000:]}{result.stderr[-2000:]}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `briefing` script of a fresh venv (outside the clone) with the wheel installed."""
    tmp = tmp_path_factory.mktemp("wheel")
    dist = tmp / "dist"
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
        "--wheel-dir", dist, ROOT, cwd=tmp)
    [wheel] = dist.glob("briefing-*.whl")
    venv = tmp / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp)
    python = venv / "bin" / "python"
    purelib = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp).stdout.strip()
    # The test environment's packages (textual, pythainlp, ...) without its editable briefing: a path
    # in a .pth is added as it is, its own .pth files (the editable finder) are not processed.
    Path(purelib, "test-deps.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", "--no-index",
        "--ignore-installed", wheel, cwd=tmp)
    return venv / "bin" / "briefing"


def test_the_wheel_lists_its_bundled_seeds_outside_the_clone(installed: Path, tmp_path: Path) -> None:
    env = clean_env(XDG_CONFIG_HOME=str(tmp_path / "c"), XDG_DATA_HOME=str(tmp_path / "d"),
                    XDG_CACHE_HOME=str(tmp_path / "k"), HOME=str(tmp_path))
    rows = [re.split(r"\s{2,}", line, maxsplit=1) for line in run(installed, "dirs", cwd=tmp_path, env=env)
            .stdout.splitlines()]
    dirs = {name: Path(path) for name, path in rows}
    venv = installed.parent.parent
    seeds, themes = dirs["seeds"], dirs["bundled themes"]
    assert seeds.is_relative_to(venv) and themes.is_relative_to(venv), dirs
    assert not seeds.is_relative_to(ROOT)
    assert sorted(p.name for p in themes.glob("*.toml")) == ["briefing-dark.toml", "briefing-light.toml"]
    bundled = sorted(p.name for p in seeds.glob("*.txt"))
    assert bundled == sorted(p.name for p in (ROOT / "briefing" / "seeds").glob("*.txt"))

    listed = [json.loads(line) for line in run(installed, "list", "--json", cwd=tmp_path, env=env).stdout.splitlines()]
    assert len(listed) == len(bundled)
    assert any(row["title"] and "ดิจิทัล" in row["title"] for row in listed)
    assert run(installed, "--version", cwd=tmp_path, env=env).stdout.startswith("briefing ")


def test_the_wheel_declares_its_licence_as_an_spdx_expression(installed: Path) -> None:
    """`license = "MIT"` (setuptools >= 77): the TOML table before it warned at every install that it is
    deprecated and will stop building in 2027."""
    import zipfile

    [wheel] = (installed.parents[2] / "dist").glob("briefing-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        [metadata] = [name for name in archive.namelist() if name.endswith(".dist-info/METADATA")]
        lines = archive.read(metadata).decode("utf-8").splitlines()
    assert "License-Expression: MIT" in lines
    assert not [line for line in lines if line.startswith("License: ")]
