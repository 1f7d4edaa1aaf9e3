"""Cut a string into the fewest known pieces: the search index's parts of a long word (search_text) and the
English words spelt in Thai inside a venue's name (thai.romanise). Pure, no dependencies: search workers import it
without the analyzer."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def fewest_pieces(text: str, piece: Callable[[str], T | None], min_len: int = 1,
                  whole: bool = True) -> tuple[T, ...] | None:
    """What `piece` gives for each piece of the cut of `text` into the fewest pieces it knows (each at least
    `min_len` characters; ties: the cut found first, longer first pieces); None when no cut covers it. Without
    `whole`, `text` itself is not one of the pieces."""
    size = len(text)
    best: list[tuple[T, ...] | None] = [None] * (size + 1)
    best[0] = ()
    for start in range(size):
        before = best[start]
        if before is None:
            continue
        for end in range(start + min_len, size + 1):
            if not whole and (start, end) == (0, size):
                continue
            found = piece(text[start:end])
            current = best[end]
            if found is not None and (current is None or len(before) + 1 < len(current)):
                best[end] = (*before, found)
    return best[size] or None
