"""`briefing dirs`: where briefing reads and writes its files, so a user can find or back them up."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing import paths
from briefing.config import config_path, load_config
from briefing.printable import visible


def locations(config_file: Path | None) -> list[tuple[str, Path]]:
    from briefing.export.write import export_dir
    from briefing.store import store_path

    config = load_config(config_file)
    store, export = store_path(config), export_dir(config)
    return [
        ("config", config_path(config_file)),
        ("themes", paths.user_themes_dir()),
        ("store", store),
        ("data", paths.data_dir()),
        ("cache", paths.cache_dir()),
        ("export", export),
        ("seeds", paths.seeds_dir()),
        ("bundled themes", paths.bundled_themes_dir()),
    ]


def run(args: argparse.Namespace) -> int:
    rows = locations(args.config)
    width = max(len(name) for name, _ in rows)
    for name, path in rows:
        print(visible(f"{name:<{width}}  {path}"))
    return 0
