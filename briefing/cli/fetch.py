"""`briefing fetch [URL...]`: bring new releases in from the configured sources, or from the given
feed and page URLs, with the manners of briefing/sources/http.py.

Progress goes to stderr (a bar on a terminal); the result table (one row per feed and page: new,
updated, unchanged, read or error with the reason) and a summary line go to stdout. Exit 0 when every
item went well, 1 when some failed, 2 for bad input (no sources, a URL that is not http(s)).
"""

from __future__ import annotations

import argparse

from briefing.config import load_config
from briefing.errors import BriefingError
from briefing.printable import one_line

STATUS_STYLE = {"new": "green", "updated": "cyan", "unchanged": "dim", "read": "", "error": "red"}


def printable(text: str) -> str:
    """Text from the web made safe for a terminal: the CLI's one sanitiser (control and bidi characters
    shown as visible symbols, on one line)."""
    return one_line(text)


def run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from briefing.cli.progress import progress_bar
    from briefing.library import open_store
    from briefing.sources.fetch import FetchProgress, fetch, targets_from_config, targets_from_urls

    config = load_config(args.config)
    targets = targets_from_urls(args.urls) if args.urls else targets_from_config(config)
    if not targets:
        raise BriefingError("nothing to fetch: add [[sources]] to the config file (see config.example.toml)"
                            " or give feed or page URLs")
    err = Console(stderr=True, highlight=False)
    if not config.fetch.contact:
        err.print("briefing: tip: set [fetch] contact in the config file (an e-mail or web address) so the"
                  " sites you fetch from know how to reach you", markup=False, soft_wrap=True)
    out = Console(highlight=False)
    if not out.is_terminal:  # a pipe or a file gets whole URLs and reasons, one row a line
        out = Console(highlight=False, width=100_000)
    with open_store(config) as store, progress_bar(err, unit="pages") as bar:
        task = bar.add_task("fetching", total=len(targets))

        def progress(event: FetchProgress) -> None:
            url = printable(event.url)
            bar.update(task, total=event.total, completed=event.done,
                       description=f"fetching {url[:60]}" if event.result is None else f"fetched {url[:60]}")

        report = fetch(store, config, targets, progress)
    table = Table(box=None, pad_edge=False, header_style="bold")
    for column in ("status", "url", "title / reason"):
        table.add_column(column, overflow="fold", no_wrap=column == "status", min_width=6)
    for result in report.results:
        detail = printable(result.title)
        if result.reason:
            detail = f"{detail} ({printable(result.reason)})" if detail else printable(result.reason)
        table.add_row(Text(result.status, style=STATUS_STYLE[result.status]), Text(printable(result.url)),
                      Text(detail))
    out.print(table)
    errors = report.count("error")
    print(f"{report.new} new, {report.count('updated')} updated, {report.count('unchanged')} unchanged,"
          f" {errors} {'error' if errors == 1 else 'errors'} ({store.path})")
    return 1 if errors else 0
