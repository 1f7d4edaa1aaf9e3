"""An English body's name that opens with a comma list of ordinary words, taken whole.

The English finders read a name as a run of capitalised words before or after its head, and a comma ends the run:
"the Flood, Storm, and Landslide Disaster Relief Operations Center" was 'Landslide Disaster Relief Operations
Center' (in the reader's side panel and in the gist of the government's English release of 22 October 2024,
details/89422), "the Education, Science, Research and Innovation Policy Council" was 'Innovation Policy Council',
"the OECD Employment, Labour and Social Affairs Committee" was 'Labour and Social Affairs Committee'. A reader
expects the whole name: the list is the body's subject.

`listed_start` moves the start of such a name back over the list: items of one or two capitalised ordinary words
(words the archive also writes in lower case: Flood, Research, Employment), separated by commas, the last one
joined by "and" or ", and". It stops at a position (General Manager, Asia and Oceania Business Department is a
manager of the department), at a head word (Center, Relief and Community Health Bureau are two bodies), at a name
(Japan, Korea and ASEAN Secretariat: not ordinary words) and at a sentence's opening word (Meanwhile, Health
Department ...). One item before a comma is taken only inside a sentence: at a sentence's start a lone item is as
often the sentence's own opening (Today, Bangkok ...); two or more items and "and" make a list anywhere.

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
_AND_SOON = re.compile(r"(?:[A-Z][A-Za-z\-]*[ \t]+){1,2}and[ \t]")
"""After a lone comma the list closes inside the name: Employment, |Labour and Social Affairs Committee."""
_SENTENCE_WORDS = word_set("english_words.toml", "english.sentence_words")
_WINDOW = 160


def _item_word(word: str) -> bool:
    return (word[0].isupper() and not word.isupper() and word not in _STOPS and word.removesuffix("s") not in _STOPS
            and word not in _SENTENCE_WORDS and ordinary(word))


def listed_start(text: str, start: int) -> int:
    """Where the English name starting at `start` starts when a comma list of ordinary words opens it; `start`
    when none does."""
    first = _WORD.match(text, start)
    if first is None or not _item_word(first.group()):
        return start  # Internal Trade, |Ministry of Commerce; Japan and |ASEAN; Apple, and |Huawei: a list of bodies
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
    items, new_start = 0, start
    while i >= 0:
        words = 0
        while i >= 0 and words < 3 and _item_word(tokens[i][1]):
            new_start = tokens[i][0]
            i -= 1
            words += 1
        if not words:
            break
        items += 1
        if i >= 0 and tokens[i][1] == ",":
            i -= 1
            continue
        break
    if not items or (i >= 0 and tokens[i][1] in (",", "and", "of")):
        return start  # the list goes on with an item that is not an ordinary word (a list of names), or its first
        # item ends another body's name (Ministry of Commerce, and Export Credit ...)
    before = text[:new_start].rstrip(" \t")
    opening = not before or before.endswith((".", ":", ";", "\n", "(", "“", '"'))
    if items < 2 and (opening or not joined and not _inside_name(tokens, i)):
        return start
    return new_start


def _inside_name(tokens: list[tuple[int, str]], i: int) -> bool:
    """A lone item with its comma counts only after 'the', 'of' or a capitalised word: in a name's running text."""
    return i >= 0 and (tokens[i][1] in ("the", "of") or tokens[i][1][:1].isupper() and tokens[i][1].isalpha())
