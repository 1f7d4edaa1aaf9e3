"""The accepted English of Thailand's main roads (briefing/data/roads.toml): ถนนวิภาวดีรังสิต is "Vibhavadi Rangsit
Road", ถนนพระราม 2 "Rama II Road", ถนนกำแพงเพชร 6 "Kamphaeng Phet 6 Road".

The side panel romanised a road's Thai spelling ('Wiphawadirangsit Road', 'Phraram 2 Road', 'Sukhumwit Road',
'Ratdamnoennok Road'): forms no map or sign uses. In 400 random 2023-2025 releases roads were the fourth most
frequent place kind left romanised (29 mentions); the main roads' English is fixed and well known.
"""

from __future__ import annotations

import functools
import re

from briefing.thai.gazetteer import _load_toml

_NUMBERED = re.compile(r"(.+?)[ \t]?([0-9]+)")


@functools.cache
def _table() -> dict[str, str]:
    return {r["th"]: r["en"] for r in _load_toml("roads.toml").get("road", []) if r.get("th") and r.get("en")}


def english(surface: str) -> str | None:
    """'<name> Road' for a road the table knows, written ถนน + its name (+ a number the name carries); else None."""
    if not surface.startswith("ถนน"):
        return None
    rest = surface[3:].strip()
    table = _table()
    if rest in table:
        return f"{table[rest]} Road"
    numbered = _NUMBERED.fullmatch(rest)
    if numbered and numbered.group(1) in table:
        return f"{table[numbered.group(1)]} {numbered.group(2)} Road"
    return None
