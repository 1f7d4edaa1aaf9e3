"""The category as the list and the reader show it: English when the data knows it, else the Thai."""

from __future__ import annotations

from briefing.categories import english_category


def category_english(category: str | None) -> str:
    if not category or not category.strip():
        return ""
    return english_category(category) or " ".join(category.split())
