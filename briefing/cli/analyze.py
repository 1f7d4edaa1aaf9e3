"""`briefing analyze [--json] FILE...`: the extraction contract the scorer and the reader rely on.

With --json, one line per FILE in order: the analysis, or {"file", "error"} for a file that cannot be
read as a release (also reported on stderr; the exit status is then 2).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from briefing.errors import BriefingError
from briefing.model import Analysis, Release
from briefing.printable import json_line, one_line
from briefing.sources.corpus import MAX_RELEASE_BYTES, parse_release, read_bytes


def read_release(path: Path, max_bytes: int = MAX_RELEASE_BYTES) -> Release:
    """Read one release file; a file we cannot read (or a FIFO, a device, a file over `max_bytes`)
    is a one-line BriefingError naming it."""
    if path.is_dir():  # read_bytes would call it "a pipe, device or socket"
        raise BriefingError(f"{path}: a directory, not a release file (`briefing import` reads directories)")
    data = read_bytes(path, max_bytes)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BriefingError(f"{path}: not UTF-8 text") from None
    return parse_release(text, name=str(path))


def readable_releases(paths: Iterable[Path], max_bytes: int, as_json: bool, bad: list[Path]) -> Iterator[tuple[Path, Release]]:
    """Each path's release, in order. One bad file costs only its own line: its error on stderr (and, with
    `as_json`, a {"file", "error"} line in its place on stdout), its path added to `bad`; the others still come."""
    for path in paths:
        try:
            release = read_release(path, max_bytes)
        except BriefingError as error:
            bad.append(path)
            print(f"briefing: {one_line(str(error))}", file=sys.stderr)
            if as_json:
                print(json_line({"file": str(path), "error": str(error)}))
            continue
        yield path, release


def analysis_json(path: Path, release: Release, analysis: Analysis) -> dict:
    out = {
        "file": str(path),
        "title": analysis.title,
        "date": release.date.isoformat() if release.date else None,
        "category": release.category,
        "source": release.source,
    }
    out.update(analysis.to_json())
    return out


def run(args: argparse.Namespace) -> int:
    if args.all:
        if args.files:
            raise BriefingError("give either --all or FILEs, not both")
        return run_all(args)
    if not args.files:
        raise BriefingError("give FILEs to analyse, or --all for every stored release")
    from briefing.config import load_config
    from briefing.thai import analyze

    max_bytes = load_config(getattr(args, "config", None)).store.max_release_kb * 1024
    bad: list[Path] = []
    for path, release in readable_releases(args.files, max_bytes, args.json, bad):
        analysis = analyze(release)
        if args.json:
            print(json_line(analysis_json(path, release, analysis)))
        else:
            print_table(path, release, analysis)
        sys.stdout.flush()
    return 2 if bad else 0


def print_table(path: Path, release: Release, analysis: Analysis) -> None:
    """A table for people; every cell is a plain Text (file names and release text are never markup)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from briefing.summary.facts import singular  # '1 metre', not '1 metres' (issue 10)

    def cells(*values: str) -> list[Text]:
        return [Text(one_line(value)) for value in values]

    console = Console()
    table = Table(title=Text(one_line(f"{path.name}: {release.date or ''}")), title_justify="left")
    for column in ("type", "field", "text", "english", "role / value"):
        table.add_column(column)
    for e in analysis.entities:
        table.add_row(*cells(e.type, e.field, e.text, e.english or "", e.role_english or e.role or ""))
    for f in analysis.figures:
        table.add_row(*cells(f.kind, f.field, f.text, singular(f.english), singular(f"{_full_number(f.value)} {f.unit}")))
    for d in analysis.dates:
        table.add_row(*cells("date", d.field, d.text, d.iso, ""))
    console.print(table)


def _full_number(value: float) -> str:
    """528969000.0 -> '528,969,000' and 0.75 -> '0.75': written out in full, never '5.28969e+08'."""
    from decimal import Decimal

    text = format(Decimal(repr(float(value))), ",f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def run_all(args: argparse.Namespace) -> int:
    """Analyse every stored release without a current analysis; a bar with releases/s and ETA on stderr.

    It takes the store from the app's background analysis (`command_lock`: the child stops after the
    release in hand and goes on when this is done), so the two never analyse the same releases."""
    import time

    from rich.console import Console

    from briefing.analyze_all import analyze_all, command_lock
    from briefing.cli.progress import progress_bar
    from briefing.config import load_config
    from briefing.library import open_store
    from briefing.thai import ANALYZER_VERSION

    if args.jobs is not None and args.jobs < 1:
        raise BriefingError("--jobs must be 1 or more")
    err = Console(stderr=True, highlight=False)

    def waiting() -> None:
        print("briefing: another analysis of this store holds its lock (an app's background analysis gives it"
              " up after the release in hand); waiting for it", file=sys.stderr, flush=True)

    with open_store(load_config(args.config)) as store, command_lock(Path(store.path), waiting):
        todo = len(store.unanalysed(ANALYZER_VERSION))
        start = time.perf_counter()
        with progress_bar(err) as bar:
            task = bar.add_task("analysing", total=todo)

            def advance(done: int, total: int) -> None:
                bar.update(task, completed=done)

            done = analyze_all(store, advance, processes=args.jobs)
        elapsed = time.perf_counter() - start
        analysed = store.analysed_count(ANALYZER_VERSION)
        total = store.count()
    rate = f", {done / elapsed:.1f} releases/s" if done else ""
    print(f"{done} analysed{rate}; {analysed} of {total} releases have a current analysis")
    return 0
