"""Where the reader was: the release and sentence the user left, so the next launch lands there.

A small JSON file beside the store (`<store>-reader.json`, in the data directory by default), not the
config (it changes with every sentence) and not a store table (no migration for a convenience). It is
written on every move in the reader, atomically; a missing or damaged file means "start at the list".
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class ReadingPlace:
    release_id: int
    offset: int
    """Body offset of the start of the sentence under the cursor (0: the top)."""
    reading: bool = True
    """False once the user went back to the list: the next launch starts there."""


def place_file(store_path: Path) -> Path:
    return store_path.with_name(f"{store_path.stem}-reader.json")


def load_place(path: Path) -> ReadingPlace | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    release_id, offset, reading = data.get("release_id"), data.get("offset"), data.get("reading", True)
    if type(release_id) is not int or type(offset) is not int or offset < 0 or type(reading) is not bool:
        return None
    return ReadingPlace(release_id=release_id, offset=offset, reading=reading)


def save_place(path: Path, place: ReadingPlace) -> None:
    """Write the place atomically; a failure is left unreported (this is only a convenience)."""
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_text(json.dumps({"release_id": place.release_id, "offset": place.offset,
                                         "reading": place.reading}), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        pass
