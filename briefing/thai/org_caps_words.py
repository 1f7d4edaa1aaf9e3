"""A body's acronym that is also an English word written in capitals (THAI, Thai Airways) is the body only when it
stands alone: inside a run of capitalised Latin words it is part of another name (THAI DISASTER ALERT, VIMAN THAI,
SAVE THAI, TOP THAI, ONE MUAY THAI, THAI – EU FTA).

The glossary lists THAI for Thai Airways International (agencies.toml), and every THAI in capitals became the
airline: an app, a pavilion, a platform, a shop, a trade agreement. Read on 400 corpus releases that write THAI (outside
bench and dev): the system listed THAI 32 times; 16 stood alone (the airline in 15: "(THAI)", "THAI’s return"), 16
were glued to another capitalised word, none of them the airline (VIMAN THAI x6, TOP THAI x2, SAVE THAI x2, THAI
DISASTER ALERT, THAI SAVE THAI, ONE MUAY THAI, JASMINE THAI). The read golds list no such THAI (session 24, even sets
heldout58, heldout122).
"""

from __future__ import annotations

import re

from briefing.thai.wordlists import word_set

_WORDS = word_set("latin_org_words.toml", "caps_words.acronyms")
_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[ \t]{1,2}|[ \t]?[-–][ \t]?)$")
_AFTER = re.compile(r"(?:[ \t]{1,2}|[ \t]?[-–][ \t]?)[A-Z]")


def inside_name(text: str, start: int, end: int) -> bool:
    """Is the acronym at start:end one of those words, glued by a space or a dash to a capitalised Latin word?"""
    if text[start:end] not in _WORDS:
        return False
    before = _BEFORE.search(text, max(0, start - 30), start)
    if before is not None and before.group(0)[0].isupper():
        return True
    return _AFTER.match(text, end) is not None
