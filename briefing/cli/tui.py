"""`briefing` with no subcommand: open the Textual app on the user's store."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    from briefing.config import config_path, load_config
    from briefing.library import open_store
    from briefing.tui.app import BriefingApp

    path = getattr(args, "config", None)
    config = load_config(path)
    store = open_store(config)
    try:
        BriefingApp(config, store, config_path=config_path(path)).run()
    finally:
        store.close()
    return 0
