"""`briefing summary [--json] [--offline] FILE...`: the English brief of each release file.

Uses the LLM when the config asks for one (`[summary] backend = "openai"`) unless --offline; a failed
or rejected LLM answer prints the offline brief and a one-line note on standard error.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap

from briefing.cli.analyze import read_release


def run(args: argparse.Namespace) -> int:
    from briefing.config import load_config
    from briefing.summary import summarise
    from briefing.thai import analyze

    config = load_config(getattr(args, "config", None))
    if args.offline:
        config.summary.backend = "offline"
    releases = [(path, read_release(path)) for path in args.files]
    for index, (path, release) in enumerate(releases):
        brief = summarise(release, analyze(release), config)
        if brief.note:
            print(f"briefing: {path}: {brief.note}", file=sys.stderr)
        if args.json:
            print(json.dumps({"file": str(path), "gist": brief.gist, "brief": brief.brief,
                              "backend": brief.backend}, ensure_ascii=False))
        else:
            if index:
                print()
            print(f"{path} [{brief.backend}]")
            print(brief.gist)
            print()
            print(textwrap.fill(brief.brief, width=100))
        sys.stdout.flush()
    return 0
