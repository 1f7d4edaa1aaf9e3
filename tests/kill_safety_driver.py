"""Driven by tests/test_kill_safety.py in a subprocess that the test kills with SIGKILL mid-work.

    python tests/kill_safety_driver.py notes DB      save notes (new marks, then edits) forever; print
                                                     "saved MARK_ID NOTE" after each save returns
    python tests/kill_safety_driver.py export FILE   export 2 MB notes over FILE forever (alternating
                                                     two versions); print "wrote N" after each
"""

from __future__ import annotations

import sys
from pathlib import Path

from briefing.export.write import write_atomic
from briefing.model import Mark
from briefing.store import Store


def report(line: str) -> None:
    """One write per line, so a kill never leaves half a line in the pipe."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def save_notes(db: Path) -> None:
    with Store(db) as store:
        release_id = store.entries()[0].id
        body = store.release(release_id).body
        n = 0
        while True:
            n += 1
            note = f"note {n} " + "ข้อความ " * (n % 50)
            mark = store.add_mark(Mark(release_id=release_id, start=0, end=4, text=body[:4], label="key fact",
                                       note=note))
            report(f"saved {mark.id} {note}")
            edited = f"edited {n}"
            store.update_mark(Mark(release_id=release_id, start=0, end=4, text=body[:4], label="key fact",
                                   note=edited, id=mark.id))
            report(f"saved {mark.id} {edited}")


def export_forever(target: Path) -> None:
    versions = [version_text(0), version_text(1)]
    n = 0
    while True:
        write_atomic(target, versions[n % 2], force=True)
        n += 1
        report(f"wrote {n}")


def version_text(n: int) -> str:
    return f"---\ntitle: version {n}\n---\n\n" + f"line of version {n}\n" * 100_000 + "END\n"


if __name__ == "__main__":
    mode, where = sys.argv[1], Path(sys.argv[2])
    save_notes(where) if mode == "notes" else export_forever(where)
