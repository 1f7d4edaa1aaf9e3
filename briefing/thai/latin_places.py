"""Places written in Latin letters inside Thai releases, found by their English head word and a proper name.

A Thai release names foreign sites and venues in English: "เยี่ยมชม Sabrang Tourism Park และ Naf Tourism Park",
"ท่าเรือจิตตะกอง (Chittagong Port)", "เขตเศรษฐกิจพิเศษ Japanese Economic Zone", "ณ โรงแรม Centara Grand Hotel". The
head word (Park, Port, Zone, Hotel ...) says a place, but in Thai releases the same heads as often name a kind or a
project: Land Bridge, Smart Park, Capacity Building, Green Hotel, Home Port (places._latin_venues counted ~60%
venues, so it reads English releases only). What tells them apart is the name before the head: a site's name
holds a word English never writes in lower case (Sabrang, Chittagong, Japanese, Korat, Hyatt), a kind is made of
ordinary words. The ordinary words are those the archive's English releases write in lower case
(briefing/data/english_lower_words.txt, mined by bench/mine_english_words.py).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from importlib import resources

from briefing.thai.wordlists import word_set

_HEADS = (
    r"Airport|Seaport|Port|Bridge|Border[ ]Crossing[ ]Point|Border[ ]Checkpoint|Checkpoint|Junction|"
    r"Railway[ ]Station|Train[ ]Station|Station|Hotel|Resort|Tower|Hall|National[ ]Park|Park|Temple|Dam|"
    r"River|Island|Beach|Waterfall|Lake|Museum|Palace|Stadium|Arena|Square|Plaza|Mall|Province|"
    r"Zone|Industrial[ ]Estate|Eco-Town|Town|City|Village|Pier"
)
# a word is at most 60 letters (a bound, so that a long run of letters is read once, not from each capital)
_WORD = r"(?:[A-Z][A-Za-z’'\-]{0,60}|[A-Z]{2,10})"
_VENUE = re.compile(
    rf"(?<![A-Za-z0-9’'\-&.])((?!Of[ ]){_WORD}(?:[ ](?:of[ ])?(?!Of[ ]){_WORD}){{0,5}})[ ]({_HEADS})(?![A-Za-z0-9’'\-])"
)
_GOES_ON = re.compile(r"[ ]?(?:[A-Z0-9]|of[ ][A-Z]|&)")
"""Hotel Association, Port Authority, Mekong River Commission, Digital Park Thailand, Phuket Island Sandbox: the
head is inside a longer name (a body, a project), not a place's last word."""
_NOT_START = word_set("place_words.toml", "places.not_venue_start")
_NOT_AFTER_THAI = re.compile("(?:โครงการ|งาน|ระบบ|รูปแบบ|แบบ|ลักษณะ|กิจกรรม|เพจ|ตลาดนัด|บริษัท)[ \\t]*[“\"']?$")
"""A project, an event, a system, a style or a page named in English (โครงการ Mini Station, ระบบ E-National Park,
แบบ Sun Moon Lake, เพจ Bang Sue Grand Station), or a company (บริษัท Vientiane Logistics Park จำกัด): not the place."""
_GLOSS = re.compile(r"[\u0e01-\u0e4e][ \t”\"’']*\($")
_ANY_HEAD = re.compile(r"[ ](?:" + _HEADS + r")(?![A-Za-z0-9’'\-])")
"""A head word anywhere: most fields have none, and then the name pattern is not run at all."""


@functools.cache
def _lower_words() -> frozenset[str]:
    """The English words the archive writes in lower case (ordinary words, not names)."""
    data = resources.files("briefing").joinpath("data", "english_lower_words.txt").read_text(encoding="utf-8")
    return frozenset(line for line in data.splitlines() if line and not line.startswith("#"))


def ordinary(word: str) -> bool:
    """A word English also writes in lower case (Flood, Research), not a name (Japan is 'japan', lacquer, to the
    list too: the callers stop at names by other tests)."""
    return all(part.lower() in _lower_words() for part in word.split("-") if part)


def _proper(word: str, ordinary: frozenset[str]) -> bool:
    """A word of a name: one English does not write in lower case (Sabrang, Chittagong, Japanese); not an
    acronym (SME D Market, BAAC Market, TK Park: a programme's or a body's letters as often as a site's)."""
    bare = re.sub(r"(?:’s|'s)$", "", word)
    if bare.isupper():
        return False
    return not all(part.lower() in ordinary for part in bare.split("-") if part)


def find(text: str, english: bool = False) -> list[tuple[int, int, bool]]:
    """(start, end, glossed) of each place named in Latin letters by an English head word in a Thai field: the
    head and the capitalised words before it, when one of those words is a name (not an ordinary English word),
    no capitalised word follows the head and no Thai word for a project or an event precedes it. `glossed`: in
    brackets right after Thai words, where it is the English of the Thai name before it (the caller keeps it only
    when that Thai name is a place: เมืองอุตสาหกรรมเชิงนิเวศ (Eco Town), สถานีตรวจสอบน้ำหนักยานพาหนะ (Weigh
    Station) are kinds). `english`: the field is mostly Latin letters, an English release, which is
    places._latin_venues' (an empty list here)."""
    if english or _ANY_HEAD.search(text) is None:
        return []
    ordinary = _lower_words()
    out: list[tuple[int, int, bool]] = []
    for m in _VENUE.finditer(text):
        if _GOES_ON.match(text, m.end()):
            continue
        start = m.start(1)
        words = m.group(1).split(" ")
        if "of" in words[:-1] and len(words) - words[::-1].index("of") < len(words):
            cut = len(words) - 1 - words[::-1].index("of")  # CEO of Munich Airport: the place after the last "of"
            start += sum(len(w) + 1 for w in words[:cut + 1])
            words = words[cut + 1:]
        while words and (words[0] in _NOT_START or words[0] == "of"):
            start += len(words[0]) + 1
            words = words[1:]
        if not words or not any(_proper(w, ordinary) for w in words if w != "of"):
            continue
        before = text[max(0, start - 12):start]
        if _NOT_AFTER_THAI.search(before):
            continue
        out.append((start, m.end(), _GLOSS.search(before) is not None))
    return out


_ROUTE_NAME = r"[A-Z][a-z’'\-]+(?:[ ][A-Z][a-z’'\-]+){0,5}"
_ROUTE_CHAIN = re.compile(
    rf"(?<![A-Za-z’'\-])({_ROUTE_NAME}(?:(?:[ \t]+[–—-][ \t]+|[ \t]*–[ \t]*){_ROUTE_NAME})+)(?![A-Za-z’'\-])"
)
_ROUTE_SEP = re.compile(r"[ \t]+[–—-][ \t]+|[ \t]*–[ \t]*")
_ROUTE_WORDS = re.compile(
    r"(?<![A-Za-z])(?:[Rr]outes?|[Ss]ections?|[Ll]ines?|[Rr]ailways?|[Dd]ouble[ \-]track|[Tt]racks?|[Rr]oads?|[Hh]ighways?|"
    r"[Mm]otorways?|[Bb]order[ ][Cc]rossing|[Bb]ridge|[Ff]lights?|[Tt]rains?)(?![A-Za-z])"
)
_ROUTE_TAIL = re.compile(r"(?:[ ](?:Section|Line|Route|Railway|Project|Km))+$")
_ROUTE_LEAD = re.compile(r"^(?:(?:Section|Line|Route)[ ])+")
_ROUTE_JOINED = re.compile(r"(?<![A-Za-z])(?:Thai|Friendship|Trilateral|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth)(?![A-Za-z])")
"""A name joined by dashes that is one name, not a route's ends: Thai – Lao Friendship Bridge, Sixth Thai – Lao ...,
India – Myanmar – Thailand Trilateral Highway."""
_ROUTE_NOT = word_set("english_words.toml", "english.not_name") - {
    "Thailand", "Thai", "Bangkok", "Province", "District", "City", "Asia", "Pacific", "Southeast", "East", "West",
    "North", "South", "Central", "United", "States", "Kingdom", "Republic", "Royal", "National", "House", "Border",
}
"""Words of positions, bodies, months and days (english.not_name less its words of places): a chain with one is
a list of titles or dates (Minister – Deputy Minister, January – March), not a route."""


def find_route_ends(text: str, known: frozenset[str], area_key: Callable[[str], bool]) -> list[tuple[int, int]]:
    """English text: the places that name a route or a section by its ends, 'Northern route: Lop Buri – Pak Nam
    Pho', 'the double track for section Bandai Ma – Khlong Khanan Chit', 'Ban Phai – Mukdaharn – Nakhon Phanom':
    a chain of capitalised names joined by dashes, near a word of routes (route, section, line, railway, road,
    track, border crossing, flight), where one end (or its first words: Na Phao Border Crossing Point Section) is a place the glossary or
    another rule found (`known`) or the register (`area_key`) knows, or, right after the route's word, when every
    word of every end is a name (not an ordinary English word: Map Kabao – Thanon Jira Junction); then every end is
    a place. A route word after the last end (Section, Line) is not part of
    the name; a possessive before the first end names its country (Lao PDR’s Thakhek)."""
    out: list[tuple[int, int]] = []
    if "–" not in text and " - " not in text:
        return out
    ordinary = _lower_words()
    for m in _ROUTE_CHAIN.finditer(text):
        if _ROUTE_JOINED.search(m.group(0)):
            continue
        near = text[max(0, m.start() - 80):m.start()] + text[m.end():m.end() + 40]
        if _ROUTE_WORDS.search(near) is None and _ROUTE_WORDS.search(m.group(0)) is None:
            continue
        ends: list[tuple[int, int]] = []
        parts = _ROUTE_SEP.split(m.group(0))
        pos = m.start()
        for part in parts:
            at = text.index(part, pos)
            pos = at + len(part)
            tail = _ROUTE_TAIL.search(part)
            name = part[:tail.start()] if tail else part
            lead = _ROUTE_LEAD.match(name)
            if lead:  # section Pak Dong – ...: the route's word before its first end
                at, name = at + lead.end(), name[lead.end():]
            owner = max(name.rfind("’s "), name.rfind("'s "))
            if owner >= 0:
                at, name = at + owner + 3, name[owner + 3:]
            ends.append((at, at + len(name)))
        names = [text[a:b] for a, b in ends]
        if any(not n or any(w in _ROUTE_NOT for w in n.split()) for n in names):
            continue
        heads = [" ".join(p.split()[:k]) for p in parts for k in range(len(p.split()), 0, -1)]
        if not any(n in known or area_key(n) for n in names) and not any(h in known for h in heads) and not (
            _ROUTE_WORDS.search(text, max(0, m.start() - 30), m.start())
            and all(_proper(w, ordinary) for n in names for w in n.split())
        ):
            continue  # no end known: only right after a route's word, and every word a name (Bandai Ma – Khlong Khanan Chit)
        out += ends
    return out


_HALL_CENTRE = re.compile(
    r"(?:Convention|Conference|Exhibition|Congress)(?:[ ]and[ ](?:Convention|Exhibition|Conference))?[ ]Cent(?:er|re)$"
)


def convention_centre(name: str) -> bool:
    """Kuala Lumpur Convention Center, United Nations Conference Centre, Melbourne Convention and Exhibition
    Centre: a hall built to hold meetings is a venue, a place (GUIDELINES.md: named venues), though 'Center' heads
    bodies too (National Cyber Security Center) and the Latin organisation rules typed these bodies (issue 11,
    session 18: heldout121 h19's United Nations Conference Center, found on the blind draw). The whole thaigov-v2
    corpus writes about 80 such names (Queen Sirikit National Convention Center 13, Kuala Lumpur Convention
    Center 10, United Nations Conference Center 6 ...); every one read is the hall an event is held in."""
    return _HALL_CENTRE.search(name) is not None
