"""`briefing summary [--json] [--offline] FILE...`: the English brief of each release file;
`briefing summary --all [--jobs N] [--offline]`: brief every stored release without a current brief.

Uses the LLM when the config asks for one (`[summary] backend = "openai"`) unless --offline; a failed
or rejected LLM answer prints the offline brief and a one-line note on standard error. --all shows its
progress on standard error and resumes after an interruption (briefs are saved one by one).
A FILE that cannot be read as a release costs only its own line on standard error (with --json also a
{"file", "error"} line in its place); the others are still briefed, and the exit status is then 2.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from briefing.cli.analyze import readable_releases
from briefing.config import Config
from briefing.errors import BriefingError
from briefing.printable import json_line, one_line, visible


def run(args: argparse.Namespace) -> int:
    from briefing.config import load_config
    from briefing.summary import summarise
    from briefing.thai import analyze

    config = load_config(getattr(args, "config", None))
    if args.offline:
        config.summary.backend = "offline"
    if getattr(args, "all", False):
        if args.files:
            raise BriefingError("give either --all or release files, not both")
        return _run_all(config, args.jobs)
    if not args.files:
        raise BriefingError("no release file given (or use --all to brief the whole store)")
    max_bytes = config.store.max_release_kb * 1024
    bad: list[Path] = []
    for shown, (path, release) in enumerate(readable_releases(args.files, max_bytes, args.json, bad)):
        brief = summarise(release, analyze(release), config)
        if brief.note:
            print(one_line(f"briefing: {path}: {brief.note}"), file=sys.stderr)
        if args.json:
            print(json_line({"file": str(path), "gist": brief.gist, "brief": brief.brief, "backend": brief.backend}))
        else:
            if shown:
                print()
            print(one_line(f"{path} [{brief.backend}]"))
            print(one_line(brief.gist))
            print()
            print(textwrap.fill(visible(brief.brief), width=100))
        sys.stdout.flush()
    return 2 if bad else 0


def _run_all(config: Config, jobs: int) -> int:
    from rich.console import Console

    from briefing.cli.progress import progress_bar
    from briefing.library import open_store
    from briefing.summary.batch import brief_all

    if not 1 <= jobs <= 64:
        raise BriefingError(f"--jobs must be between 1 and 64, not {jobs}")
    with open_store(config) as store, progress_bar(Console(stderr=True, highlight=False)) as bar:
        task = bar.add_task("briefing", total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        result = brief_all(store, config, jobs=jobs, progress=progress)
    line = f"briefed {result.briefed}, already current {result.already}"
    if result.failed:
        line += f", not briefed {result.failed} (run again to retry): {result.first_note}"
    print(one_line(line))
    return 0
