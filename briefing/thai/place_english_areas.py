"""Areas written in English with their level word whose spelling the district register does not hold.

English releases romanise Thai districts and subdistricts their own way: "Don Salab subdistrict, Huay Krajao
district" (the register: Don Salap, Huai Krachao), "Banpot Pisai district", "Lau Kwan district", "Art Samart
subdistrict", "Nong Fai sub-district"; and they name foreign provinces the gazetteer lacks: "Quang Ngai province
of Vietnam", "Lao PDR's Houaphan and Bokeo provinces". places._latin_areas and places.latin_area_lists take a name
only when the register holds it (as written or with one slip), so these were lost: 25 of 489 "Name
district/subdistrict/province" phrases in 132 English-bearing corpus releases, every one an area a reader sees.

The level word right after a proper name says an area. What is not one: a kind or a programme named with the same
word ("One District One Scholarship", "Central Business District", "Yothi Medical Innovation District",
"Southernmost provinces", "High Performance Provinces"). Those are made of ordinary English words (the words the
archive's English releases write in lower case, briefing/data/english_lower_words.txt); a romanised Thai or
foreign name is not, except its short syllables (Bang, Dam, Don, Art, Tai), so a name is refused when any word of
five letters or more is an ordinary word, when it opens with a word that makes a kind (One, Southern ...), or
when no word of it is a name at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.thai.latin_places import _lower_words

_NAME = r"[A-Z][a-z'’]+(?:-[a-z]+)?(?:[ -][A-Z][a-z'’]+(?:-[a-z]+)?){0,3}"
"""One to four capitalised words; a word may go on after a hyphen in lower case (Su-ngai Kolok)."""
_LEVEL = r"(?:[Ss]ub-?[Dd]istricts?|[Dd]istricts?|[Pp]rovinces?)"
_AREAS = re.compile(
    rf"(?<![A-Za-z'’-])((?:{_NAME},[ ]*)*(?:{_NAME}[ ]+and[ ]+|{_NAME},[ ]*and[ ]+)?{_NAME})[ ]+({_LEVEL})(?![A-Za-z])"
)
_HINT = re.compile(r"[a-z][ ](?:[Ss]ub-?[Dd]istrict|[Dd]istrict|[Pp]rovince)")
"""What every _AREAS match holds: most texts have none, and then the name pattern is not run."""
_GOES_ON = re.compile(r"[ ][A-Z]")
"""Kham Proy Subdistrict Health Promoting Hospital, Wang Ngio Tai Subdistrict Administrative Organization: the
level word inside a longer name (a body), not an area's last word."""
_SPLIT = re.compile(r",[ ]*(?:and[ ]+)?|[ ]+and[ ]+")
_KIND_START = frozenset({
    "One", "Each", "Every", "All", "Any", "Some", "Other", "New", "Old", "This", "That", "These", "Those", "Its",
    "Their", "Our", "The", "A", "An", "In", "At", "Of", "On", "From", "To", "For", "By", "And", "Or", "Both",
    "Southern", "Northern", "Eastern", "Western", "Central", "Lower", "Upper", "Southernmost", "Northernmost",
    "Northeastern", "Northeast", "Southeast", "Border", "Bordering", "Neighbouring", "Neighboring", "Nearby",
    "Coastal", "Isan", "Target", "Pilot", "Model", "Special", "Remaining", "Affected", "Several", "Many", "Most",
    "Three", "Two", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Which", "Whose", "Such", "Same",
    "Mueang", "Muang", "Bangkok", "Thailand", "Thai", "Lao", "Laos", "Andaman", "Gulf", "Mekong",
})
"""Words a kind, a quantity or a sentence opens with (One Province One Hospital, Southern provinces, the Isan
provinces, these Andaman provinces: a group named by its sea); Mueang/Muang is the capital district (places._latin_areas takes it), Bangkok, Thailand and Lao a
possessor or an adjective before the area (Bangkok Noi district is registered, so the register keeps it)."""


def _area_name(name: str, ordinary: frozenset[str]) -> bool:
    """A romanised proper name: no word of five letters or more English writes in lower case, not opened by a
    word of a kind, and at least one word that is no ordinary word."""
    parts = [p for p in re.split(r"[ -]", name) if p]
    if not parts or parts[0] in _KIND_START:
        return False
    if any(len(p) >= 5 and p.lower() in ordinary for p in parts):
        return False
    return any(p.lower() not in ordinary for p in parts)


def find(text: str, known: Callable[[str, str], bool]) -> list[tuple[int, int, str]]:
    """(start, end, English) of each area named in English before its level word that `known(name, level)`
    (the register as written or with one slip, the gazetteer) does not already take. The span holds the name and,
    for one area, its level word as written (Huay Krajao district); in a list (Houaphan and Bokeo provinces)
    each name alone. A possessive before the name is its owner, not part of it (Kanchanaburi’s Don Salab)."""
    if _HINT.search(text) is None:
        return []
    ordinary = _lower_words()
    out: list[tuple[int, int, str]] = []
    for m in _AREAS.finditer(text):
        if _GOES_ON.match(text, m.end()):
            continue
        head = m.group(2)
        low = head.lower()
        level = "subdistrict" if low.startswith("sub") else "district" if "district" in low else "province"
        word = {"subdistrict": "Subdistrict", "district": "District", "province": "Province"}[level]
        plural = low.endswith("s")
        names = _SPLIT.split(m.group(1))
        if len(names) > 1 and not plural:
            names = names[-1:]  # 'Tak, Phitsanulok district': only the last is the district's
        pos = m.start(1)
        spans = []
        for part in names:
            at = text.index(part, pos)
            pos = at + len(part)
            words = part.split(" ")
            owner = next((i for i in range(len(words) - 1, -1, -1) if words[i].endswith(("’s", "'s"))), None)
            if owner is not None:
                at += sum(len(w) + 1 for w in words[:owner + 1])
                part = " ".join(words[owner + 1:])
            spans.append((at, part))
        if not all(part and _area_name(part, ordinary) for _, part in spans):
            continue  # one kind word in a list makes the whole list a kind (Central and Lower Central provinces)
        for at, part in spans:
            if known(part, level):
                continue  # the register's rules or the gazetteer take it
            if len(spans) == 1:
                out.append((at, m.end(), f"{part} {word}"))
            else:
                out.append((at, at + len(part), f"{part} {word}"))
    return out
