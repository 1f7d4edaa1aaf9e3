"""An English body's name that opens with a comma list of ordinary words, taken whole.

The English finders read a name as a run of capitalised words before or after its head, and a comma ends the run:
"the Flood, Storm, and Landslide Disaster Relief Operations Center" was 'Landslide Disaster Relief Operations
Center' (in the reader's side panel and in the gist of the government's English release of 22 October 2024,
details/89422), "the Education, Science, Research and Innovation Policy Council" was 'Innovation Policy Council',
"the OECD Employment, Labour and Social Affairs Committee" was 'Labour and Social Affairs Committee'. A reader
expects the whole name: the list is the body's subject.

`listed_start` moves the start of such a name back over the list: items of one to three capitalised ordinary words
(words the archive also writes in lower case: Flood, Research, Employment), separated by commas, the last one
joined by "and" or ", and". Only a body's name (a head word in it: Center, Office, Fund...) whose first word is an
ordinary word itself: not Japan and |ASEAN, Apple, and |Huawei, Bar B Q Plaza, and |Smart Brain (names in a list).
It stops at a position (General Manager, Asia and Oceania Business Department is a manager of the department), at a
head word (Center, Relief and Community Health Bureau are two bodies) and at a sentence's opening word (Meanwhile,
Health Department ...). The list must start the name: after a lower-case word, punctuation or an article, not right
after another capitalised word or 'of' (Ministry of Commerce, and Export Credit ...: the item ends the ministry's
name). One item before a lone comma is taken only when "and" closes the list inside the name (Employment, |Labour
and Social Affairs Committee) and not at a sentence's start (Today, Bangkok ...).

Counted on the corpus (session 20): the phrase "W, W(,) and ... <head>" occurs in 69 English passages, 28 of them
UNESCO's name (found whole already); the others are the names above and five more of the same shape (Testing,
Research and Innovation Center; Monitoring, Forecasting and Warning Center).
"""

from __future__ import annotations

import re

from briefing.thai.latin_places import ordinary
from briefing.thai.wordlists import word_set

_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*|\S")
_STOPS = frozenset({
    "Manager", "Chief", "Director", "Minister", "Secretary", "President", "Chairman", "Chair", "Head", "Governor",
    "Officer", "Adviser", "Advisor", "Ambassador", "Spokesperson", "Deputy", "Acting", "Vice", "General",
    "Ministry", "Office", "Department", "Bureau", "Embassy", "Council", "Commission", "Agency", "Authority",
    "Institute", "Organization", "Organisation", "Federation", "Association", "Court", "Bank", "University",
    "Secretariat", "Fund", "Board", "Center", "Centre", "Committee", "Administration", "Foundation", "Union",
    "Government", "Cabinet", "Ministers", "Secretaries", "Directors", "Governors", "Members", "Group", "Limited",
    "Company", "Corporation",
})
"""Positions and head words: a list item never holds one (a position before a body, or a body of its own)."""
_HEAD = re.compile(r"(?<![A-Za-z])(?:Ministry|Office|Department|Bureau|Council|Commission|Agency|Authority|Institute|"
                   r"Organi[sz]ation|Federation|Association|Fund|Board|Cent(?:er|re)|Committee|Administration|Foundation)"
                   r"(?![A-Za-z])")
"""A body's head word in the name: a list opens a body's name (Flood, Storm, and Landslide ... Center), not a
company's or a brand's."""
_AND_SOON = re.compile(r"(?:[A-Z][A-Za-z\-]*[ \t]+){1,2}and[ \t]")
"""After a lone comma the list closes inside the name: Employment, |Labour and Social Affairs Committee."""
_SENTENCE_WORDS = word_set("english_words.toml", "english.sentence_words")
_WINDOW = 160


def _item_word(word: str) -> bool:
    return (word[0].isupper() and not word.isupper() and word not in _STOPS and word.removesuffix("s") not in _STOPS
            and word not in _SENTENCE_WORDS and ordinary(word))


def listed_start(text: str, start: int, end: int) -> int:
    """Where the English name text[start:end] starts when a comma list of ordinary words opens it; `start` when
    none does."""
    first = _WORD.match(text, start)
    if first is None or not _item_word(first.group()) or not _HEAD.search(text, start, end):
        return start  # Internal Trade, |Ministry of Commerce; Japan and |ASEAN; Bar B Q Plaza, and |Smart Brain
    base = max(0, start - _WINDOW)
    tokens = [(m.start(), m.group()) for m in _WORD.finditer(text, base, start)]
    i = len(tokens) - 1
    joined = i >= 0 and tokens[i][1] == "and"
    if joined:
        i -= 1
        if i >= 0 and tokens[i][1] == ",":
            i -= 1
    elif i < 0 or tokens[i][1] != "," or not _AND_SOON.match(text, start):
        return start  # the list must close with "and" before the head: ", Nikkei Inc." lists no words
    else:
        i -= 1  # the comma right before the name: "Employment, Labour and Social Affairs Committee"
    items, first_item = 0, None
    while i >= 0:
        words = 0
        while i >= 0 and words < 3 and _item_word(tokens[i][1]):
            first_item = i
            i -= 1
            words += 1
        if not words:
            break
        items += 1
        if i >= 0 and tokens[i][1] == ",":
            i -= 1
            continue
        break
    if first_item is None:
        return start
    before = tokens[first_item - 1][1] if first_item else ""
    if before in (",", "and", "of") or before[:1].isupper() and before not in ("The", "A", "An"):
        return start  # the first item ends a name before it: a list of names (Bar B Q Plaza, and ...), another
        # body's 'of' phrase (Ministry of Commerce, and Export Credit ...), a longer name (Thai Industrial Standards, ...)
    new_start = tokens[first_item][0]
    preceding = text[:new_start].rstrip(" \t")
    opening = not preceding or preceding.endswith((".", ":", ";", "\n", "(", "“", '"')) or before in ("The", "A", "An")
    if items < 2 and not joined and opening:
        return start  # Today, |Health ... and ...: a sentence's opening word, not a list
    return new_start
