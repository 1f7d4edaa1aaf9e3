"""`briefing` with no subcommand: open the Textual app on the user's store."""

from __future__ import annotations

import argparse
import gc
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.store import Store
    from briefing.tui.app import BriefingApp


def build_app(args: argparse.Namespace) -> tuple[BriefingApp, Store]:
    """The app on the configured store (seeds imported into an empty one); bench/startup.py uses it.

    Python's cyclic garbage collector is off from here until the app's first paint (BriefingApp turns
    it back on then; `run` does when the app ends): its passes over the objects the imports and the
    first screen make, none of them garbage yet, cost that paint ~5 ms of CPU (bench/startup.py)."""
    gc.disable()
    try:
        from briefing.config import config_path, load_config
        from briefing.errors import BriefingError
        from briefing.library import open_store
        from briefing.tui.app import BriefingApp

        path = getattr(args, "config", None)
        if path is not None and not path.exists():
            # A typo in --config would otherwise open the app on the defaults (and save a theme there).
            raise BriefingError(f"--config {path}: no such file")
        config = load_config(path)
        store = open_store(config)
        return BriefingApp(config, store, config_path=config_path(path)), store
    except BaseException:
        gc.enable()
        raise


def run(args: argparse.Namespace) -> int:
    """Run the app; after a crash, its one line on standard error and its non-zero status."""
    app, store = build_app(args)
    try:
        app.run()
    finally:
        gc.enable()
        store.close()
    if app.crash_message:
        print(f"briefing: {app.crash_message}", file=sys.stderr)
    return app.return_code or 0
