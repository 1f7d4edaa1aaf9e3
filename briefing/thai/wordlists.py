"""Word lists the rules read from briefing/data/*_words.toml, each file parsed once per process.

The lists (words that veto or accept a candidate organisation or place) are vocabulary, not logic: a
user corrects one in the data file without reading Python. A rule module binds its list at import,
`_WATER_KINDS = word_tuple("place_words.toml", "places.water_kinds")`, and reads it as before.
"""

from __future__ import annotations

import functools
import re

from briefing.thai.gazetteer import DATA_DIR, data_toml


@functools.cache
def _data(file: str) -> dict:
    """One data file, parsed once. A missing or malformed file is an error at import (the package's own
    data is broken), never a silently empty list."""
    return data_toml(file)


@functools.cache
def _lists(file: str) -> dict[str, tuple[str, ...]]:
    """name -> words of every [[list]] in one data file."""
    return {block["name"]: tuple(block["words"]) for block in _data(file).get("list", [])}


def word_tuple(file: str, name: str) -> tuple[str, ...]:
    """The list in file order (for str.startswith/endswith and first-match scans)."""
    return _lists(file)[name]


def word_set(file: str, name: str) -> frozenset[str]:
    """The list as a set (for membership tests)."""
    return frozenset(_lists(file)[name])


def word_table(file: str, name: str) -> dict[str, tuple[str, ...]]:
    """The [[kinds]] blocks named `name`: head word -> the words after it, heads in file order. A name
    with no block is a KeyError, as a list's is."""
    table = {block["head"]: tuple(block["words"]) for block in _data(file).get("kinds", []) if block["name"] == name}
    if not table:
        raise KeyError(name)
    return table


@functools.cache
def tsv_rows(file: str) -> tuple[tuple[str, ...], ...]:
    """The data rows of a mined table (briefing/data/mined_*.tsv): each line split at tabs, without the '#' header
    comments, blank lines and the column-name line (the first line that is not a comment). Parsed once; a missing
    file is an error, as for the word lists."""
    lines = [line for line in (DATA_DIR / file).read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    if lines and _COLUMNS.fullmatch(lines[0]):
        lines = lines[1:]
    return tuple(tuple(line.split("\t")) for line in lines)


_COLUMNS = re.compile(r"[a-z_]+(?:\t[a-z_]+)*")
"""A column-name line: lower-case ASCII names only (a data row holds Thai or capitals)."""
