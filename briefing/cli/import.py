# ruff: noqa: N999  (the module is named for its subcommand: briefing/cli/<command>.py)
"""`briefing import PATH...`: add release files, directories and .tar.xz archives to the store.

Progress goes to stderr (a bar on a terminal), one line per bad file, then a summary line on stdout.
Exit 0 when anything was imported or everything was already there; 2 when nothing could be read.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from briefing.config import load_config
from briefing.errors import BriefingError
from briefing.printable import one_line


def _count_files(paths: list[Path]) -> int | None:
    """Release files to expect, for the bar; None when an archive makes the count unknown up front."""
    from briefing.sources.corpus import is_archive

    total = 0
    for path in paths:
        if path.is_dir():
            total += sum(1 for _, _, files in os.walk(path) for f in files if f.endswith(".txt"))
        elif is_archive(path):
            return None
        else:
            total += 1
    return total


def run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from briefing.cli.progress import progress_bar
    from briefing.search import import_and_index
    from briefing.sources.corpus import iter_paths
    from briefing.store import Store

    err = Console(stderr=True, highlight=False)
    paths: list[Path] = []
    for path in args.paths:
        if path.exists() and os.access(path, os.R_OK):
            paths.append(path)
        else:
            reason = "no such file or directory" if not path.exists() else "permission denied"
            err.print(one_line(f"briefing: cannot read {path}: {reason}"), markup=False, soft_wrap=True)
    if not paths:
        raise BriefingError("nothing to import: none of the paths can be read")

    config = load_config(args.config)
    with Store.open(config) as store:
        total = _count_files(paths)
        with progress_bar(err) as bar:
            task = bar.add_task("importing", total=total)

            def advance(name: str, item: object, added: bool | None) -> None:
                if added is None:
                    bar.console.print(one_line(f"bad: {item}"), markup=False, highlight=False, soft_wrap=True)
                bar.advance(task)

            # Stored and indexed for search as it is read (both cores: see search.import_and_index).
            new, skipped, bad_files = import_and_index(
                store, iter_paths(paths, max_bytes=config.store.max_release_kb * 1024), advance)
    missing = len(args.paths) - len(paths)
    bad = len(bad_files) + missing
    print(one_line(f"{new} new, {skipped} already in the store, {bad} bad ({store.path})"))
    if new + skipped + bad == 0:  # an empty folder, or one of .html or .json files: say what is looked for
        raise BriefingError("nothing imported: no release files (*.txt) or .tar.xz archives under the given paths")
    if new + skipped == 0:
        raise BriefingError("nothing imported: no release could be read from the given paths")
    return 0
