"""A body written shorter than its full name and closed by its own known abbreviation: ที่ประชุมอธิการบดี (ทปอ.).

A release may drop the tail of a body's name (แห่งประเทศไทย, แห่งชาติ, a remit) and still close it with the
body's abbreviation in brackets: ที่ประชุมอธิการบดี (ทปอ.) for ที่ประชุมอธิการบดีแห่งประเทศไทย (heldout135 h10).
The head rules do not know the shortened name (ที่ประชุม is no head word), so only the bracket was read. The
bracket says which body the words before it name, so the words are read as that body's name when they are the
start of its full name, cut at a word's end, and at least half of it.
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import Gazetteer
from briefing.thai.scan import words

_BRACKET = re.compile(r"[ \t]?\((?P<abbr>[\u0e01-\u0e2e][\u0e01-\u0e4e.]{1,12}\.)\)")
_KIND_AFTER = re.compile(r"[ \t]?(?:ทุก[ \t]?แห่ง|[0-9๐-๙]{1,3}[ \t]?แห่ง)")
"""ที่ประชุมอธิการบดี(ทปอ.) 4 แห่ง, ที่ประชุมอธิการบดี (ทปอ.) ทุกแห่ง: councils of a kind (details/88604, 64692)."""


def find(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """(start, end) of each shortened name closed by its body's abbreviation (the bracket not included)."""
    if "(" not in text:
        return []
    out: list[tuple[int, int]] = []
    for m in _BRACKET.finditer(text):
        term = g.terms.get(m.group("abbr"))
        full = term.canonical if term is not None and term.type == "organisation" else None
        if not full or " " in full:
            continue
        end = m.start()
        if _KIND_AFTER.match(text, m.end()):
            continue
        bounds = set()
        pos = 0
        for w in words(full):
            pos += len(w)
            bounds.add(pos)
        for k in sorted((b for b in bounds if len(full) <= 2 * b and 8 <= b < len(full)), reverse=True):
            if text.startswith(full[:k], end - k):
                out.append((end - k, end))
                break
    return out
