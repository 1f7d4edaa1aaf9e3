"""What the bench/mine_*.py miners share: the archive they read and the releases they leave out.

The archive is a briefing store holding the whole thaigov-v2 corpus, read-only. Build one with
    XDG_DATA_HOME=/tmp/archive briefing import ../shared/corpus/thaigov-v2.tar.xz
and point BRIEFING_ARCHIVE_DB at its briefing.db (the default is where the session-8 miners found it).

mine_exclude_sources.txt lists the source URL of every release an annotated set holds (dev, seeds, every
bench/heldout*, gists, briefs, the measurement sets), so that each annotated set stays a fair test of a mined
list and nothing comes from the dev files. Session 8 mined the lists with the 600 sources of that day; session 9
added the 82 of the sets drawn since (bench/heldout60-69, gists8) and session 10 the 32 of bench/heldout70-74, and
session 10 ran every miner again with all 713 left out (a name only an annotated set vouched for dropped out).
Add a new set's sources here (the `ที่มา :` line of each file) before it is read, and mine again.
"""

from __future__ import annotations

import os
from pathlib import Path

ARCHIVE = os.environ.get("BRIEFING_ARCHIVE_DB", "/tmp/wt8_store/p/d/briefing/briefing.db")
EXCLUDE = str(Path(__file__).with_name("mine_exclude_sources.txt"))
