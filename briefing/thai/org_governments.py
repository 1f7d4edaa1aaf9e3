"""A government named by what it governs below a country, or by the party that leads it: รัฐบาลมณฑลกวางตุ้ง,
รัฐบาลนครเซี่ยงไฮ้, รัฐบาลเพื่อไทย.

รัฐบาล glued to a country is already read as that country's government acting (entities._gazetteer_hits:
รัฐบาลจีน, GUIDELINES.md); glued to a foreign city or region (a Chinese province or city, a Malaysian state, Tokyo)
it was not, so the reader got the city as a place and no body, though the city's government signs, hosts and
receives like any other (สกพอ. และรัฐบาลมณฑลกวางตุ้งได้มีความร่วมมือ, ผู้แทนรัฐบาลนครคุนหมิง, ได้รับการสนับสนุนจาก
รัฐบาลกรุงโตเกียว). A Thai province has no government of its own: only the glossary's foreign cities and regions
(kinds city and region) are read, never a Thai province.

A party's name glued after รัฐบาล names the government it led (ตอบ ผลงานแก้หนี้โดยรัฐบาลเพื่อไทย, มาตั้งแต่สมัย
รัฐบาลเพื่อไทย): the whole is that government, as the read golds list it (session 23 read sets heldout71 h06,
heldout111 h01), not the bare word ไทย as a place. Party names are the glossary's พรรค... names without the word
พรรค; ประชาชน and เศรษฐกิจไทย are left out (รัฐบาลประชาชน, 'a people's government'; รัฐบาล|เศรษฐกิจไทย, 'the
government' and 'the Thai economy').

Counted on all 63,000 thaigov-v2 releases: 66 mentions of รัฐบาล + a unit word (นคร, มณฑล, รัฐ, กรุง, เขตปกครอง) or a
party; the glossary knows the city or region of 45 (the other unit-word hits are รัฐบาลแห่งรัฐ..., read by
bare_orgs, and รัฐบาลรัฐสภา, no government of a place).
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import Gazetteer, Term

_FOREIGN_KINDS = frozenset({"city", "region"})


def governs_below_country(key: str, term: Term, text: str, start: int) -> bool:
    """Is the glossary's `key` at `start` a foreign city or region with รัฐบาล glued right before it
    (รัฐบาล|มณฑลกวางตุ้ง)? Then the government is the body named, from รัฐบาล to the city's end."""
    return term.type == "place" and term.kind in _FOREIGN_KINDS and bool(term.english) \
        and text.endswith("รัฐบาล", 0, start) and not text.endswith("ทำเนียบรัฐบาล", 0, start) \
        and not key.startswith("กรุงเทพ")


def government_of(term: Term) -> str:
    """The English of a city's or region's government: Government of Guangdong Province."""
    return f"Government of {term.english}"


_PARTIES: dict[int, tuple[re.Pattern[str], dict[str, str]]] = {}


def _parties(g: Gazetteer) -> tuple[re.Pattern[str], dict[str, str]]:
    """The regex of รัฐบาล + a party's name, and each name's English (built once per glossary)."""
    if id(g) in _PARTIES:
        return _PARTIES[id(g)]
    names: dict[str, str] = {}
    for key, term in g.terms.items():
        if term.type == "organisation" and key.startswith("พรรค") and len(key) > 6 and term.english:
            name = key.removeprefix("พรรค")
            if name not in ("ประชาชน", "เศรษฐกิจไทย"):
                names[name] = term.english.split(" Party")[0]
    pattern = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or "(?!)"
    _PARTIES[id(g)] = re.compile(r"รัฐบาล(?P<party>" + pattern + r")(?![\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])"), names
    return _PARTIES[id(g)]


def find_party_governments(text: str, g: Gazetteer) -> list[tuple[int, int, str]]:
    """(start, end, English) of each government named by its party: รัฐบาลเพื่อไทย."""
    if "รัฐบาล" not in text:
        return []
    regex, names = _parties(g)
    return [(m.start(), m.end(), f"{names[m.group('party')]} government") for m in regex.finditer(text)]
