"""`briefing summary [--json] [--offline] FILE...`: the English brief of each release file.

Uses the LLM when the config asks for one (`[summary] backend = "openai"`) unless --offline; a failed
or rejected LLM answer prints the offline brief and a one-line note on standard error.
"""

from __future__ import annotations

import argparse
import sys
import textwrap

from briefing.cli.analyze import read_release
from briefing.printable import json_line, one_line, visible


def run(args: argparse.Namespace) -> int:
    from briefing.config import load_config
    from briefing.summary import summarise
    from briefing.thai import analyze

    config = load_config(getattr(args, "config", None))
    if args.offline:
        config.summary.backend = "offline"
    max_bytes = config.store.max_release_kb * 1024
    releases = [(path, read_release(path, max_bytes)) for path in args.files]
    for index, (path, release) in enumerate(releases):
        brief = summarise(release, analyze(release), config)
        if brief.note:
            print(one_line(f"briefing: {path}: {brief.note}"), file=sys.stderr)
        if args.json:
            print(json_line({"file": str(path), "gist": brief.gist, "brief": brief.brief, "backend": brief.backend}))
        else:
            if index:
                print()
            print(one_line(f"{path} [{brief.backend}]"))
            print(one_line(brief.gist))
            print()
            print(textwrap.fill(visible(brief.brief), width=100))
        sys.stdout.flush()
    return 0
