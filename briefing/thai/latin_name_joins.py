"""An English body's name cut at a dash or an apostrophe inside it, made whole: Thailand - France Business Council,
India - Thai Chamber of Commerce, Anti-Scam Operation Center, United Nations Children’s Fund, Organization for
Economic Co - operation and Development.

English releases (and English names inside Thai ones) join two countries' names with a dash, often spaced
(Thailand - France, New Zealand–Thai), write a prefix with a hyphen (Anti-, Non-, Co-), and name a body with a
possessive inside it (Children’s Fund, Innovator’s Associations). The Latin name rules read a run of capitalised
words and stop at the dash or the apostrophe, so the reader saw the name's second half (`France Business Council`,
`Thai Chamber of Commerce`, `Scam Operation Center`) or its first (`United Nations`, `International Federation of
Innovator`, `Organization for Economic Co`, `Ad Hoc Centre for the Thailand`): the read golds list the names whole
(heldout111 h06 `New Zealand–Thai Chamber of Commerce`, heldout67 h03 `The Hungary- Thai Chamber of Commerce`,
heldout142 h14 `Anti-Online Scam Operation Center`, heldout66 h02 `Organization for Economic Co - operation and
Development`, heldout120 h23 `Ad Hoc Centre for the Thailand - Cambodia Border Situation`, heldout86 h06
`International Federation of Innovator’s Associations`).

Counted on thaigov-v2: a country pair with a dash before a body's head word in about 550 mentions of 325 releases
(Thailand - France Business Council 38, India - Thai Chamber ...), a hyphenated prefix before a head in about 100
of 80, a possessive before a body's head in about 250 of 170 (most of them the Prime Minister’s Office, a post's
office the rules never read as a body and this module leaves alone: it only extends a body already found).

`extend` gives the span of a found Latin organisation grown over these joins (or the same span); `entities` calls
it on each kept Latin organisation, and keeps a country the span grew over a place as well.
"""

from __future__ import annotations

import re

_DASH = r"[ \t]?[-–][ \t]?"
_COUNTRY_WORD = r"(?:[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)"
_PAIR_BEFORE = re.compile(r"(?<![A-Za-z])(?:The[ \t]+)?" + _COUNTRY_WORD + _DASH + r"$")
"""'Thailand - ', 'New Zealand–', 'The Hungary- ' before the second country that opens the found name."""
_PREFIX_BEFORE = re.compile(r"(?<![A-Za-z])(?:Anti|Non|Counter|Inter|Pan|Cross|Co)" + _DASH + r"$")
_PAIR_AFTER = re.compile(_DASH + r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*")
"""' - Cambodia Border Situation' after a name that ends with a country."""
_CO_OPERATION = re.compile(_DASH + r"operation(?:[ \t]+(?:and|for|in|of)[ \t]+[A-Z][a-z]+)*")
_POSSESSIVE = re.compile(
    r"(?:[ \t][A-Z][a-z]+)?[’']s[ \t]+(?:[A-Z][a-z]+[ \t]+){0,3}(?:Fund|Associations?|Federation|Council|Committee|League|Union|Party|Foundation)"
    r"(?![A-Za-z])"
)
_NATION = re.compile(r"Thai|Lao|[A-Z][a-z]+(?:ese|ian|ean|ish|can)$")


def _opens_with_country(name: str, places: frozenset[str]) -> bool:
    first = name.split()[0] if name.split() else ""
    two = " ".join(name.split()[:2])
    return first in places or two in places or _NATION.match(first) is not None


def extend(text: str, start: int, end: int, places: frozenset[str]) -> tuple[int, int]:
    """The Latin organisation at (start, end) grown over a dash pair, a hyphenated prefix, a broken
    'Co - operation' and a possessive inside its name; `places` are the Latin country and city names."""
    name = text[start:end]
    if not name[:1].isupper():
        return start, end
    before = text[max(0, start - 30):start]
    if (m := _PREFIX_BEFORE.search(before)) is not None:
        start -= len(before) - m.start()
    elif (m := _PAIR_BEFORE.search(before)) is not None and _opens_with_country(name, places):
        left = m.group(0).removeprefix("The").strip(" \t-–")
        if left in places or _NATION.match(left):
            start -= len(before) - m.start()
    last = name.split()[-1]
    if last == "Co" and (m := _CO_OPERATION.match(text, end)) is not None:
        end = m.end()
    elif (last in places or _NATION.match(last)) and (m := _PAIR_AFTER.match(text, end)) is not None:
        if m.group(0).strip(" \t-–").split()[0] in places:
            end = m.end()
    elif (m := _POSSESSIVE.match(text, end)) is not None:
        end = m.end()
    return start, end
