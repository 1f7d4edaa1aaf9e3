"""PyThaiNLP's newmm word cutting over our word set, the same cut in less time (scan.words' engine).

The analyzer cuts each chunk of a release with newmm (scan.words): about a fifth of an analysis, much of it spent
around the algorithm rather than in it (word_tokenize's engine lookup and postprocessing, an import per call, a
generator per word, TCC clusters read by slicing the text at each one, the word set's prefixes made as a list for
every position). `cut` is newmm's `_onecut` written out for our WordSet (scan.py), step for step: the same TCC
boundaries (PyThaiNLP's own cluster regex, matched in place), the same graph of dictionary words cut off at the same
size, the same breadth-first path and the same skip over unknown text, then word_tokenize's rejoining of formatted
numbers. It is used only with the PyThaiNLP sources it was written from and checked against (VERIFIED); with any
other, `cut` is word_tokenize itself. tests/test_wordcut.py compares the two.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from heapq import heappop, heappush
from pathlib import Path
from typing import TYPE_CHECKING

from pythainlp.tokenize import word_tokenize

try:  # PyThaiNLP's private parts `cut` follows: another release may move them, and then `cut` is word_tokenize
    from pythainlp.tokenize import _registry, _utils, tcc_p
    from pythainlp.tokenize import core as _core
    from pythainlp.tokenize import newmm as _newmm
    from pythainlp.tokenize._utils import _DIGITS_WITH_SEPARATOR, rejoin_formatted_num
    from pythainlp.tokenize.tcc_p import _PAT_TCC

    _NONTHAI = _newmm._PAT_NONTHAI
    _TWO_CONSONANTS = _newmm._PAT_THAI_TWOCHARS
    _MAX_GRAPH = _newmm._MAX_GRAPH_SIZE
    _CLUSTER_OR_ONE = re.compile(f"(?:{_PAT_TCC.pattern})|.", _PAT_TCC.flags | re.DOTALL)
    _PRIVATE_FOUND = True
except (ImportError, AttributeError):  # pragma: no cover - PyThaiNLP 5.4.0 has them all
    _PRIVATE_FOUND = False

if TYPE_CHECKING:
    from collections.abc import Container

    from briefing.thai.scan import WordSet

VERIFIED = frozenset({"a0367516f7be8d376bc2f310ea86e9943598c607"})
"""The sha1 of PyThaiNLP's word_tokenize and newmm sources (tokenize/core.py, _registry.py, newmm.py, tcc_p.py and
_utils.py, in that order) that this module follows line for line: PyThaiNLP 5.4.0's."""


def _sources_verified() -> bool:
    """Are PyThaiNLP's newmm sources the ones `cut` was written from? Any change to them (a new release) and `cut` is
    word_tokenize itself, until someone compares the two again and adds the new sources' hash."""
    if not _PRIVATE_FOUND:
        return False
    digest = hashlib.sha1()
    try:
        for module in (_core, _registry, _newmm, tcc_p, _utils):
            digest.update(Path(module.__file__ or "").read_bytes())
    except OSError:
        return False
    return digest.hexdigest() in VERIFIED


FAST = _sources_verified()


def cut(text: str, words: WordSet) -> list[str]:
    """word_tokenize(text, engine="newmm", custom_dict=words): the words of `text`, spaces included."""
    if not FAST or not text or not isinstance(text, str) or not words:
        return word_tokenize(text, engine="newmm", custom_dict=words)  # type: ignore[arg-type]
    pieces = _onecut(text, words.words, words.stems)
    if _DIGITS_WITH_SEPARATOR.search(text) is not None:  # else rejoin_formatted_num returns them as they are
        pieces = rejoin_formatted_num(pieces)
    return pieces


def _boundaries(text: str) -> bytearray:
    """tcc_p.tcc_pos_array: 1 at each position that ends a Thai character cluster. tcc_pos_array matches the
    cluster regex at each cluster's start (on the rest of the text: it has no lookbehind and no ^, and its $ is the
    text's end either way) and takes one character where it fails; _CLUSTER_OR_ONE is that, in one scan."""
    valid = bytearray(len(text) + 1)
    for m in _CLUSTER_OR_ONE.finditer(text):
        valid[m.end()] = 1
    return valid


def _prefixes(text: str, start: int, valid: bytearray, words: frozenset[str], stems: Container[str]) -> list[str]:
    """The words text[start:] begins with that end on a cluster boundary, shortest first (WordSet.prefixes, then
    newmm's test of each word's end). Only boundaries are read: the word set's stems are closed under prefixes, so
    a piece that is no stem is found out at the next boundary too, where it is still no stem and no word."""
    found = []
    stop = valid.find(1, start + 1)
    while stop != -1:
        piece = text[start:stop]
        if piece in words:
            found.append(piece)
        if piece not in stems:
            break
        stop = valid.find(1, stop + 1)
    return found


def _first_path(graph: defaultdict[int, list[int]], start: int, goal: int) -> list[int]:
    """newmm._bfs_paths_graph's first path."""
    visited = {start}
    queue = [(start, [start])]
    while queue:
        vertex, path = queue.pop(0)
        for pos in graph[vertex]:
            if pos == goal:
                return [*path, pos]
            if pos not in visited:
                visited.add(pos)
                queue.append((pos, [*path, pos]))
    raise StopIteration  # as next() on newmm's exhausted generator; newmm never gets here (goal is in the graph)


def _skip_end(text: str, begin: int, valid: bytearray, words: frozenset[str], stems: Container[str]) -> int:
    """newmm._find_skip_end: where an unknown stretch starting at `begin` ends."""
    n = len(text)
    m = _NONTHAI.match(text, begin)
    if m:
        return m.end()
    for pos in range(begin + 1, n):
        if valid[pos]:
            if any(not _TWO_CONSONANTS.match(w) for w in _prefixes(text, pos, valid, words, stems)):
                return pos
            if _NONTHAI.match(text, pos):
                return pos
    return n


def _onecut(text: str, words: frozenset[str], stems: Container[str]) -> list[str]:
    """newmm._onecut as a list."""
    out: list[str] = []
    graph: defaultdict[int, list[int]] = defaultdict(list)
    size = 0
    valid = _boundaries(text)
    find = valid.find
    n = len(text)
    queue = [0]
    end_pos = 0
    while queue[0] < n:
        begin = heappop(queue)
        # _extend_graph: the words at `begin` ending on a boundary, in order (_prefixes written in)
        stop = find(1, begin + 1)
        while stop != -1:
            piece = text[begin:stop]
            if piece in words:
                graph[begin].append(stop)
                size += 1
                if stop not in queue:
                    heappush(queue, stop)
                if size > _MAX_GRAPH:
                    break
            if piece not in stems:
                break
            stop = find(1, stop + 1)
        if len(queue) == 1:  # one candidate, no longer ambiguous
            path = _first_path(graph, end_pos, queue[0])
            size = 0
            graph.clear()
            for pos in path[1:]:
                out.append(text[end_pos:pos])
                end_pos = pos
        elif not queue:  # no candidate: an unknown word
            end_pos = _skip_end(text, begin, valid, words, stems)
            size = 0
            graph.clear()
            out.append(text[begin:end_pos])
            heappush(queue, end_pos)
    return out
