"""The list's gist maker: the child process that makes the app's list gists, so the app's own process
never runs the analyzer while the user pages (the app's side is `briefing.tui.background.GistMaker`).

`python -m briefing.gist_server --store PATH --parent PID [--nice N] [--idle S] [--expect KEY]` says
READY once its store is open, then reads release ids on its standard input and answers each with the
release's gist (analysing it first when the store has no current analysis), one JSON line per id. It
leaves when the app is gone, when the app closes the pipe, or after `--idle` seconds without a request
(the app starts another when it needs one). `python -m briefing.analyze_all --gists ...`, the name it
had before it moved here, still starts it.
"""

from __future__ import annotations

import json
import os
import queue
import sys
import threading
from pathlib import Path

from briefing.analyze_all import lower_priority, watch_parent
from briefing.store import Store

GIST_NICE = 5
"""The gist maker's niceness: it works for the rows the user is looking at, so it runs well above the
background analysis, but a key press in the app (nice 0) still comes first on a busy core."""
IDLE_S = 120.0
"""The gist maker leaves after this long without a request (the app starts another when it needs one):
an idle analyzer holds about 170 MB."""


READY = "ready"
"""The gist maker's first line, once its store is open: a child that dies before it could not start
(the app stops trying after a few); one that dies after it died on the release it was asked for."""
EXIT_MISMATCH = 3
"""The gist maker's exit status when its gists would not be current for the app (`--expect`: the code
on disk is not the app's, upgraded meanwhile): the app then makes its gists itself."""


def serve_gists(store_path: Path, parent: int, nice: int = GIST_NICE, idle_s: float = IDLE_S,
                expect: str | None = None) -> int:
    """Say READY, then answer each release id read on standard input with one JSON line on standard
    output: {"id": ID, "gist": GIST} once the gist is made and saved as the list's, or {"id": ID, "error":
    TEXT} (ID 0 for a line that is no id). Returns how many gists were made; exits with EXIT_MISMATCH at
    once when `expect` is not the gist key it would save."""
    from briefing.pipeline import offline_key

    if expect is not None and expect != offline_key():
        sys.exit(EXIT_MISMATCH)
    # The replies go to a copy of fd 1; anything else printed (by us or a library) goes to stderr, so
    # no stray line is ever read as a reply.
    replies = os.fdopen(os.dup(1), "w", encoding="ascii")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    watch_parent(parent)
    lower_priority(nice)
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        for line in sys.stdin:
            lines.put(line)
        lines.put("")  # the app closed the pipe

    from briefing.config import Config
    from briefing.pipeline import Pipeline

    made = 0
    with Store(store_path) as store:
        pipeline = Pipeline(store, Config())
        print(READY, file=replies, flush=True)
        threading.Thread(target=read, name="requests", daemon=True).start()
        while True:
            try:
                line = lines.get(timeout=idle_s)
            except queue.Empty:
                return made
            if not line:
                return made
            try:
                release_id = int(line)
            except ValueError:
                print(json.dumps({"id": 0, "error": f"not a release id: {line.strip()[:40]!r}"}), file=replies,
                      flush=True)
                continue
            try:
                reply: dict[str, object] = {"id": release_id, "gist": pipeline.remake_gist(release_id)}
                made += 1
            except Exception as error:  # noqa: BLE001 - one bad release must not end the others
                reply = {"id": release_id, "error": f"{type(error).__name__}: {error}"}
            print(json.dumps(reply), file=replies, flush=True)  # ASCII: whatever the locale's encoding


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m briefing.gist_server",
                                     description="The app's list gist maker: gists of the release ids read on stdin.")
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--parent", type=int, required=True, help="leave when this process is gone")
    parser.add_argument("--nice", type=int, default=GIST_NICE, help=f"the niceness to run at (default {GIST_NICE})")
    parser.add_argument("--idle", type=float, default=IDLE_S, help="leave after this many idle seconds")
    parser.add_argument("--expect", help=f"the gist key the app counts as current (exit {EXIT_MISMATCH}"
                        " if this code would save another)")
    args = parser.parse_args(argv)
    from briefing.errors import BriefingError

    try:
        serve_gists(args.store, args.parent, args.nice, args.idle, args.expect)
    except BriefingError as error:
        print(f"briefing: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
