"""PLACEHOLDER (foundation): replaced by the sentence splitter."""

from __future__ import annotations


def split_sentences(body: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in body.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans
