"""English names for thaigov.go.th's news categories, as the corpus file names spell them.

Looked up with spaces squeezed, since the corpus strips punctuation and leaves uneven spaces.
If `briefing/data/categories.toml` exists (a `[categories]` table, Thai -> English) it wins, so the
list command and the app can share one table once the data layer has it.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path

# Source: the menu of https://www.thaigov.go.th/news (English labels as the site's English pages
# name the same sections; the rest translated plainly).
_BUILTIN: dict[str, str] = {
    "ด้านเศรษฐกิจ": "Economy",
    "ด้านความมั่นคง": "Security",
    "ด้านสังคม": "Society",
    "ข่าวคณะโฆษก": "Spokesperson",
    "ด้านวัฒนธรรมท่องเที่ยวฯ": "Culture & tourism",
    "ข่าวนายกรัฐมนตรี": "Prime Minister",
    "ข่าวรอง นรม รมตนร": "Deputy PMs & ministers",
    "Government News": "Government News",
    "ด้านกฎหมายฯ": "Law",
    "รายการเสียงจากใจ ไทยคู่ฟ้า": "Thai Khu Fah radio",
    "ข่าวทำเนียบรัฐบาล": "Government House",
    "ทัน LINE ไทยคู่ฟ้า": "Thai Khu Fah LINE",
    "รายการวิทยุไทยคู่ฟ้า": "Thai Khu Fah radio",
    "สรุปข่าวการประชุม ครม": "Cabinet meeting",
    "อื่นๆ": "Other",
    "Others": "Other",
    "Cabinet Meeting Synopsis": "Cabinet Meeting Synopsis",
    "ด้านการศึกษาฯ": "Education",
    "คำกล่าวสุนทรพจน์": "Speeches",
    "Statements": "Statements",
    "ด้านต่างประเทศ": "Foreign affairs",
}


def _squeeze(text: str) -> str:
    return " ".join(text.split())


@functools.cache
def _table() -> dict[str, str]:
    table = {_squeeze(k): v for k, v in _BUILTIN.items()}
    data = Path(__file__).resolve().parent.parent / "data" / "categories.toml"
    try:
        with data.open("rb") as handle:
            extra = tomllib.load(handle).get("categories", {})
        table.update({_squeeze(k): str(v) for k, v in extra.items()})
    except (OSError, tomllib.TOMLDecodeError):
        pass
    return table


def category_english(category: str | None) -> str:
    """The category in English, or as given when unknown (never empty for a known category)."""
    if not category or not category.strip():
        return ""
    key = _squeeze(category)
    return _table().get(key, key)
