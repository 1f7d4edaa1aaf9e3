"""English names of the site's news categories, from briefing/data/categories.toml.

The corpus file names strip punctuation and leave uneven spaces (`ข่าวรอง นรม  รมตนร `), so names
are compared with runs of spaces squeezed. A missing or broken data file means no English names
(callers show the Thai category), never an error at start-up.
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

DATA_FILE = Path(__file__).parent / "data" / "categories.toml"


def _squeeze(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()


@functools.cache
def _table(path: Path = DATA_FILE) -> dict[str, str]:
    """Thai -> English from `[[category]] th = .., en = ..` blocks (or a plain `[categories]` table)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}
    table: dict[str, str] = {}
    for block in data.get("category", []):
        if isinstance(block, dict) and isinstance(block.get("th"), str) and isinstance(block.get("en"), str):
            table[_squeeze(block["th"])] = block["en"]
    plain = data.get("categories", {})
    if isinstance(plain, dict):
        table.update({_squeeze(k): v for k, v in plain.items() if isinstance(v, str)})
    return table


def english_category(thai: str | None, path: Path = DATA_FILE) -> str | None:
    """The English name of a Thai category, or None when unknown (or the data file is missing)."""
    if not thai:
        return None
    return _table(path).get(_squeeze(thai))
