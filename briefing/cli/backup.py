"""`briefing backup [-o FILE]`: a consistent copy of the store, safe to take while the app is open.

SQLite's online backup API copies the store as of one moment even while another process writes; the
copy is one self-contained file. Without -o it goes beside the store as briefing.backup-<date>.db.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing.config import load_config
from briefing.errors import BriefingError


def run(args: argparse.Namespace) -> int:
    from briefing.store import Store, backup_name, store_path

    path = store_path(load_config(args.config))
    if not path.is_file():
        raise BriefingError(f"no store at {path} (see `briefing dirs`)")
    if args.output:
        target = Path(args.output).expanduser()
        if target.is_dir():
            target = backup_name(target / path.name, "backup")
        elif target.exists() and not args.force:
            raise BriefingError(f"{target} exists; use --force to overwrite")
        if not target.parent.is_dir():
            raise BriefingError(f"cannot write {target}: no such directory {target.parent}")
        if target.resolve() == path.resolve():
            raise BriefingError(f"{target} is the store itself; choose another file")
    else:
        target = backup_name(path, "backup")
    with Store(path) as store:
        written = store.backup(target)
    print(written)
    return 0
