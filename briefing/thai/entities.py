"""People, organisations and places in a release, with English forms: `find_entities`.

Candidates come from three sources over the raw text (no full tokenisation): the gazetteer's
longest-match regex, pattern rules anchored on honorifics and head words (people.py,
organisations.py, places.py), and aliases the release itself defines ("... (สทนช.)"). Overlaps are
settled people first, then longest span. Short references to people named in full go to
`references`, so the entity list names each person by full name.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from briefing.model import EnglishSource, Entity, Field
from briefing.thai import (
    abbrev_inside,
    admin,
    airlines,
    bangkok_body,
    bare_orgs,
    city_words,
    companies,
    english_aliases,
    latin_highways,
    latin_islands,
    latin_name_joins,
    latin_org_lists,
    latin_orgs,
    latin_pairs,
    latin_places,
    latin_regions,
    lists,
    mined_latin_orgs,
    mined_orgs,
    mined_people,
    municipalities,
    music_groups,
    name_slips,
    org_armed_forces,
    org_boards,
    org_bounds,
    org_by_parts,
    org_campuses,
    org_caps_words,
    org_classes,
    org_colleges,
    org_committee_acronyms,
    org_committee_ellipses,
    org_committee_tails,
    org_committees,
    org_cooperatives,
    org_country_offices,
    org_country_pairs,
    org_courts,
    org_cued,
    org_descriptions,
    org_divisions,
    org_document_titles,
    org_dotted_chains,
    org_ellipses,
    org_event_acronyms,
    org_faculties,
    org_foreign_ministries,
    org_forward_commands,
    org_glued_units,
    org_governments,
    org_heads,
    org_health_stations,
    org_latin_appositives,
    org_latin_examples,
    org_latin_glosses,
    org_latin_kinds,
    org_latin_speakers,
    org_latin_things,
    org_legal_prefix,
    org_level_offices,
    org_line_breaks,
    org_missions,
    org_of_thailand,
    org_overseas_offices,
    org_parents,
    org_place_named,
    org_police_posts,
    org_post_brackets,
    org_recall,
    org_region_numbers,
    org_schools,
    org_short_committees,
    org_short_ministries,
    org_short_universities,
    org_shortened,
    org_translate,
    org_units,
    organisations,
    people,
    people_trades,
    place_air_bases,
    place_bare_names,
    place_bracket_areas,
    place_bracket_names,
    place_bracket_short,
    place_central_venues,
    place_company_country,
    place_country_heads,
    place_cues,
    place_foreign_states,
    place_glue,
    place_latin_buildings,
    place_loanword_tails,
    place_named_sites,
    place_precision,
    place_river_short,
    place_room_bodies,
    place_temple_ranks,
    places,
    police_stations,
    precision,
    roads,
    royal_tails,
    span_words,
    venue_list_bodies,
    venue_parts,
)
from briefing.thai import english as english_text
from briefing.thai.gazetteer import ORG_HEADS, VENUE_HEADS, Gazetteer, Term, gazetteer
from briefing.thai.roles import role_english
from briefing.thai.romanise import person_english, romanise, romanise_place
from briefing.thai.scan import (
    NAME_STOPS,
    PLACE_PRECEDERS,
    dictionary,
    glued_after,
    is_thai,
    on_boundary,
    pos_tags,
    words,
    words_glued_before,
)
from briefing.thai.wordlists import word_tuple

TITLE_PREFIX = re.compile(r"^\s*รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-")
_LATIN = re.compile(r"[A-Za-z]")
_COUNTRY_PRECEDERS = ("ของ", "ธานาธิบดี", "รัฐบาล", "สถานทูต", "กับ", "ต่อ", "เยือน", "ชายแดน", "รัฐมนตรี",
                      "ราชทูต", "กงสุลใหญ่", "ตลาด", "ซึ่ง", "ให้", "ว่า", "แก่", "กรณี", "เรื่อง", "ฝ่าย", "แห่ง",
                      "ฝั่ง")
"""Words a bare country is glued to as itself (นายกรัฐมนตรีมาเลเซีย, เอกอัครราชทูตจีน, ตลาดจีน: the country as a market); glued_after looks
back 10 letters, so the longer posts are matched by their ends (รัฐมนตรี, ราชทูต, ธานาธิบดี of ประธานาธิบดี); a country after
a function word is a noun, not an adjective (ซึ่งซาอุดีอาระเบียมี, ให้สหรัฐฯ มีบทบาท, ว่ากัมพูชา, เรื่องเมียนมา, ฝ่ายออสเตรเลีย);
after แห่ง ('of') it is the country a post or body belongs to (นายกรัฐมนตรีแห่งราชอาณาจักรกัมพูชา, กระทรวงคมนาคมแห่ง
ราชอาณาจักรไทย: 36 new on 2,000 random releases, all the country; bench/heldout14 lists พน. แห่งราชอาณาจักรไทย).
ฝั่ง is ฝ่าย's twin at a border ('the Thai side', ฝั่งไทย, ฝั่งกัมพูชา, ฝั่งเมียนมา: ~200 in the corpus, heldout132 lists
ฝั่งเวียดนาม). จับมือ ('joins hands with') + a country was tried (heldout148 h12 จับมือเยอรมนี) and left out: the
offline gist reads the unnamed partner there itself ('joins forces with Spain') and a place entity changes it."""
_NATIONALITY_PRECEDERS = ("สัญชาติ", "แรงงาน")
"""A foreign country after สัญชาติ or แรงงาน is the workers' country, which the held-out golds list (8 of 8:
สัญชาติเมียนมา, แรงงานกัมพูชา); ไทย there is an adjective (แรงงานไทย, สัญชาติไทย) and stays out."""
_LIST_PRECEDERS = ("ตั้งแต่", "หรือ", "ทั้ง")
"""List words a bare country or province is glued to as a noun: 'from Singapore, Malaysia ... to Thailand'
(ตั้งแต่สิงคโปร์ มาเลเซีย), 'Laos, China or Vietnam' (หรือเวียดนาม), 'both Chiang Rai, Phayao, Phrae' (ทั้งเชียงราย
พะเยา แพร่): the list's other items were found, its first or last was not (details/98866, 94340). Not ไทย, which
after ทั้ง is mostly an adjective (นักท่องเที่ยวทั้งไทยและต่างประเทศ: details/62966)."""
_PROVINCE_PRECEDERS = ("สาขา", "พ่อเมือง")
"""Words a bare province is glued to as itself: a branch (ธนาคาร... สาขาปทุมธานี), the governor (พ่อเมืองนครพนม).
Not ชาว/คน: ชาวสงขลา, คนพังงา ('the people of X') use the province as an adjective, as ชาวไทย and คนไทย do (C16 in
bench/heldout/CONVENTIONS.md: the read golds leave a province written only there out in 7 files of 9)."""
_LATIN_WORD = re.compile(r"[A-Za-z0-9–\-&]")
_HOTLINE = re.compile(r"[ \t][0-9]{3,4}(?![0-9.,])")
_YEAR = re.compile(r"19[5-9][0-9]|20[0-9][0-9]|2[56][0-9][0-9]")
"""A year after an acronym names an edition or a plan (APEC 2022, ASEAN 2045), not a hotline."""
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_THAI_WORD = re.compile(r"[\u0e01-\u0e4e]+")
_THE = ("United", "Republic", "Kingdom", "People", "Philippines", "Netherlands", "Czech", "Democratic", "Federal")
_HASHTAG = re.compile(r"#[^\s#]+")
"""#ชายแดนไทยกัมพูชา: hashtags at the end of a release are page furniture, not mentions."""
@functools.lru_cache(maxsize=1)
def _heads_en() -> dict[str, tuple[tuple[str, str], ...]]:
    """briefing/data/venues.toml [[pattern]]: group ("venue", "transport") -> (head, English template) in file
    order, e.g. ("วัด", "Wat {}"), ("สถานีรถไฟ", "{} Railway Station")."""
    from briefing.thai.gazetteer import _load_toml

    found: dict[str, list[tuple[str, str]]] = {"venue": [], "transport": []}
    for b in _load_toml("venues.toml").get("pattern", []):
        if b.get("th") and b.get("en") and b.get("group") in found:
            found[b["group"]].append((b["th"], b["en"]))
    return {k: tuple(v) for k, v in found.items()}


_ADMIN_HEADS = ("อำเภอ", "อ.", "ตำบล", "ต.", "เขต", "แขวง")
"""Heads of administrative areas whose English is the official one (geothai), not a romanisation."""


def _place_part(name: str, text: str, pos: int) -> tuple[str, bool]:
    """The place a station or checkpoint is named after: its official or listed English (True), else
    a romanisation (False)."""
    term = gazetteer().terms.get(name)
    if term is not None and term.type in ("place", "organisation") and term.english:
        return re.sub(r" \([A-Z][A-Za-z]*\)$", "", term.english.removesuffix(" Province").split(", ")[0]), True
    official = admin.english(name, text, pos)
    by_parts = None if official else _venue_by_parts(name, text, pos)  # สถานีรถไฟฟ้าสนามกีฬาแห่งชาติ
    if by_parts:
        return by_parts, True
    return (official, True) if official else (romanise_place(name), False)


@functools.lru_cache(maxsize=1)
def _venue_words() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(heads, modifiers) of briefing/data/venues.toml, longest Thai first."""
    from briefing.thai.gazetteer import _load_toml

    data = _load_toml("venues.toml")

    def pairs(key: str) -> tuple[tuple[str, str], ...]:
        found = [(b["th"], b["en"]) for b in data.get(key, []) if b.get("th") and b.get("en")]
        return tuple(sorted(found, key=lambda p: len(p[0]), reverse=True))

    return pairs("head"), pairs("modifier")


def _venue_by_parts(surface: str, text: str, pos: int) -> str | None:
    """A venue named by its kind and its owner, translated by its parts: สนามกีฬากลางจังหวัดสุพรรณบุรี
    -> 'Suphan Buri Provincial Stadium', หอประชุมมหาวิทยาลัยสงขลานครินทร์ -> 'Prince of Songkla
    University Auditorium'. None unless the owner is a province, district or body we know."""
    heads, modifiers = _venue_words()
    head = next(((th, en) for th, en in heads if surface.startswith(th)), None)
    if head is None:
        return None
    rest = surface[len(head[0]):].strip()
    if head[0] == "กลุ่มจังหวัด":
        return _province_group_english(rest, head[1])
    words_en: list[str] = []
    while True:
        modifier = next(((th, en) for th, en in modifiers if rest.startswith(th) and len(rest) > len(th)), None)
        if modifier is None:
            break
        words_en.append(modifier[1])
        rest = rest[len(modifier[0]):].strip()
    whole = next((en for th, en in modifiers if rest == th), None)
    if whole is not None and not words_en:
        return f"{whole} {head[1]}"  # สนามกีฬาแห่งชาติ: 'National Stadium', a kind and one modifier
    if not rest:
        return " ".join([*words_en, head[1]])  # อาคารอเนกประสงค์ alone: 'Multipurpose Building', not 'Anekprasong Building'
    owner = _owner_english(rest, text, pos) or (_owner_english(rest[4:], text, pos) if rest.startswith("แห่ง") else None)
    if owner is None:  # ศูนย์ประชุมแห่งสหประชาชาติ: 'United Nations Convention Centre'
        return None
    if rest.startswith(("จังหวัด", "จ.")) and "Provincial" not in words_en + [head[1]] and "Central" not in head[1]:
        words_en.insert(0, "Provincial")
    return " ".join([owner, *words_en, head[1]])


_POLICE_STATIONS = (("สถานีตำรวจภูธร", "Provincial Police Station"), ("สถานีตำรวจนครบาล", "Metropolitan Police Station"),
                    ("สถานีตำรวจท่องเที่ยว", "Tourist Police Station"), ("สถานีตำรวจ", "Police Station"),
                    ("สภ.", "Provincial Police Station"), ("สน.", "Metropolitan Police Station"))
"""Police stations by their kind (the Royal Thai Police's English: 'Mueang Chon Buri Police Station', the Metropolitan
Police Bureau's 'Khan Na Yao Police Station'); the bare kind is the class. Longest head first. สภ. and สน., the
stations' short forms (สภ.เดชอุดม, สน.ลุมพินี: police_stations.find_police_stations), had no English at all."""


def _police_station_english(surface: str, text: str, pos: int) -> tuple[str, EnglishSource] | None:
    """สถานีตำรวจภูธรปากคลองรังสิต -> 'Pak Khlong Rangsit Police Station', สถานีตำรวจภูธรเมืองชลบุรี -> 'Mueang Chon
    Buri Police Station', สถานีตำรวจนครบาลคันนายาว -> 'Khan Na Yao Police Station': the station is named after its
    area, whose official English is taken without 'District'/'Subdistrict' (else a romanisation). Before, the generic
    'สถานี ... Station' pattern romanised the kind itself ('Tamruatphuthon Pakkhlong Rangsit Station') and an
    organisation got no English at all."""
    head, kind = next(((th, en) for th, en in _POLICE_STATIONS if surface.startswith(th)), ("", ""))
    if not head:
        return None
    rest = surface[len(head):].strip()
    if not rest:
        return kind, "listed"
    if rest in ("ท้องที่", "พื้นที่"):  # สถานีตำรวจท้องที่: the local station, whichever it is
        return "local police station", "translated"
    part, listed = _place_part(rest, text, pos)
    part = re.sub(r" (?:Sub)?[Dd]istrict$", "", part)
    return f"{part} Police Station", "listed" if listed else "romanised"


def _province_group_english(rest: str, head: str) -> str | None:
    """กลุ่มจังหวัดภาคเหนือตอนบน 2 -> 'Upper Northern Provincial Cluster 2', กลุ่มจังหวัดภาคใต้ฝั่งอันดามัน ->
    'Southern West Coast Provincial Cluster': the region's English without 'Thailand', then the kind and number."""
    m = re.fullmatch(r"(.+?)[ \t]*(\d+)?", rest)
    term = gazetteer().terms.get(m.group(1)) if m else None
    if m is None or term is None or term.kind != "region" or not term.english:
        return None
    region, _, coast = term.english.partition(", ")
    name = " ".join([region.removesuffix(" Thailand"), coast.title(), head, m.group(2) or ""])
    return re.sub(" +", " ", name).strip()


def _venue_described(surface: str) -> str | None:
    """A venue named by what it is, not by a proper name, in English words, not romanised: หอศิลป์แห่งชาติ 'National
    Art Gallery' (not 'Haengchat Art Gallery'), ศูนย์วัฒนธรรมอาเซียน 'ASEAN Cultural Centre' and ศูนย์ศึกษาและพัฒนาชุมชน
    'Community Study and Development Centre' (a centre's words, as org_translate reads a body's; not 'Sueksa Lae
    Phatthana Chumchon Centre')."""
    for head, pattern in _heads_en()["venue"]:
        if surface == head + "แห่งชาติ" and pattern.startswith("{} "):
            return "National " + pattern.removeprefix("{} ")
    if surface.startswith("อาคาร") and len(surface) > 5:  # อาคารหอศิลป์แห่งชาติ: 'National Art Gallery Building'
        inner = _venue_described(surface[5:].strip())
        return f"{inner} Building" if inner else None
    return org_translate.english(surface, gazetteer()) if surface.startswith("ศูนย์") else None


def _venue_head_romanised(surface: str, text: str, pos: int) -> tuple[str, EnglishSource] | None:
    """A venue whose kind the head table knows and whose proper name it cannot translate: the name romanised, then
    the modifiers' and the head's English (ศูนย์ประชุมอันดามันพรรณราย -> 'Andaman Phannarai Convention Centre', not
    'Prachum Andaman Phannarai Centre': the pattern table's shorter ศูนย์ took the kind word into the name)."""
    heads, modifiers = _venue_words()
    head = next(((th, en) for th, en in heads if surface.startswith(th) and th != "กลุ่มจังหวัด"), None)
    if head is None or surface.startswith(_PRISON_HEADS):
        return None  # prisons: _prison_english names them by their place and kind
    rest = surface[len(head[0]):].strip()
    words_en: list[str] = []
    while (modifier := next(((th, en) for th, en in modifiers if rest.startswith(th) and len(rest) > len(th)), None)):
        words_en.append(modifier[1])
        rest = rest[len(modifier[0]):].strip()
    if not _THAI_WORD.match(rest):
        return None  # ห้องประชุม 1, a number or a Latin name: the pattern table's forms
    owner = _body_english(rest, text, pos)  # หอประชุมโรงเรียน...: the school's English, not its romanised Thai
    if owner:
        return " ".join([owner[0], *words_en, head[1]]), owner[1]
    return " ".join([org_by_parts.proper_name(rest), *words_en, head[1]]), "romanised"


def _owner_english(name: str, text: str, pos: int) -> str | None:
    term = gazetteer().terms.get(name)
    if term is not None and term.type in ("place", "organisation") and term.english:
        english = re.sub(r" \([A-Za-z]+\)$", "", term.english).split(", ")[0]
        return english.removesuffix(" Province")
    level, bare = admin.split_prefix(name)
    area = admin.resolve(bare, level, text, pos) if level or len(bare) > 4 else None
    official = admin.english(name, text, pos) if area is not None and (level or area.level != "subdistrict") else None
    if official:  # กลาง alone is some subdistrict's name, not an owner
        return official.removesuffix(" Province")
    body = organisations.find_local_bodies(name)  # สนามกีฬากลางเทศบาลเมืองเบตง
    return body[0].english if body and body[0].start == 0 and body[0].end == len(name) else None




_LATIN_NAME = re.compile(r"[\u0e00-\u0e7f]+[ \t]+([A-Za-z][ -~]*)$")
"""A Thai head word, then a name in Latin script."""
_LODGINGS = frozenset({"resort", "residence", "residences", "inn", "suites", "hostel", "lodge", "villa", "villas", "spa"})
"""What a hotel's Latin name may already call itself: โรงแรม Phuket Marriott Resort & Spa is not '... Spa Hotel'."""


@dataclass(slots=True)
class _Cand:
    field: Field
    start: int
    end: int
    type: str
    english: str | None = None
    canonical: str | None = None
    known: bool = False
    person: people.PersonMention | None = None
    source: EnglishSource | None = None
    gloss: tuple[int, int] | None = None
    """The span of the bracketed English name this Thai name was taken from (_glossed_thai)."""
    mined: bool = False
    """A bare full name from the mined list (mined_people): weaker than any head word, it yields to an
    organisation or place span it overlaps (มูลนิธิบรรหาร - แจ่มใส ศิลปอาชา)."""


def _overlaps(a: _Cand, spans: list[tuple[int, int]]) -> bool:
    return any(a.start < e and s < a.end for s, e in spans)


_LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9&.'’\-]*(?:[ \t]+[A-Za-z0-9&.'’\-]+)*")


_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")


_LATIN_LETTER_RUN = re.compile(r"[A-Za-z]+")
_THAI_RUN = re.compile(r"[\u0e00-\u0e7f]+")


@functools.lru_cache(maxsize=256)
def _is_english(text: str) -> bool:
    """Mostly Latin letters: an English release (the site publishes some). Letters are counted by runs, not
    one by one, and the answer is kept: a field is asked several times."""
    latin = sum(map(len, _LATIN_LETTER_RUN.findall(text)))
    return latin > 2 * sum(map(len, _THAI_RUN.findall(text)))


def _latin_hits(text: str, field: Field, g: Gazetteer) -> list[_Cand]:
    """Latin-script glossary terms (IMF, WHO, Myanmar, Board of Investment): the longest word n-gram
    of each run of Latin words that the glossary knows."""
    out: list[_Cand] = []
    english = _is_english(text)
    for run in _LATIN_RUN.finditer(text):
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^ \t]+", run.group(0))]
        base = run.start()
        if english and ("-" in run.group(0) or "–" in run.group(0)):  # Nakhon Ratchasima-Nong Khai: two provinces
            out += [_Cand(field, a, b, t.type, t.english, t.canonical, True) for a, b, t in latin_pairs.paired_places(text, base, spans, g)]
        i = 0
        while i < len(spans):
            for j in range(min(len(spans), i + g.latin_max_words), i, -1):
                a, b = base + spans[i][0], base + spans[j - 1][1]
                key = text[a:b]
                bare = _POSSESSIVE.sub("", key.rstrip(".,"))  # FTI’s automotive industry: the body
                term = g.terms.get(key) or g.terms.get(bare)
                if term is None:
                    continue
                b = a + len(key if key in g.terms else bare)
                if term.type == "organisation":
                    number = _HOTLINE.match(text, b)  # AOC 1441: a centre named by its hotline
                    if number and not _YEAR.fullmatch(number.group(0).strip()):  # but APEC 2022
                        if term.kind == "international":
                            continue  # สายด่วน GCC 1111 (303 in the corpus): the Government Contact Center's
                            # hotline, not the Gulf Cooperation Council; an international body has no Thai hotline
                        b = number.end()
                if _accept(text, a, b, text[a:b], term, english):
                    out.append(_Cand(field, a, b, term.type, term.english, term.canonical, True))
                    i = j - 1
                    break
            i += 1
    return out


def _gazetteer_hits(text: str, field: Field, g: Gazetteer) -> list[_Cand]:
    """Every glossary term in the text, longest at each position, on word boundaries."""
    assert g.regex is not None
    out: list[_Cand] = []
    pos = 0
    n = len(text)
    scan = name_slips.scan_regex()  # g.regex and the anchors of long names, one scan
    while pos < n:
        m = scan.search(text, pos)
        if not m:
            break
        if not m.group(0):
            pos = m.start() + 1
            continue
        key, start, end = m.group(0), m.start(), m.end()
        slip = name_slips.slipped(text, start, end, g)
        if slip is not None and _accept(text, slip[0], slip[1], slip[2], known := g.terms[slip[2]]):
            out.append(_Cand(field, slip[0], slip[1], known.type, known.english, known.canonical or slip[2], True))
            pos = slip[1]  # กระทรวงมหาไทย: a long listed name with one slip in it (name_slips)
            continue
        if key not in g.terms:  # an anchor only: the glossary's longest key here, if any
            m = g.regex.match(text, start)
            if not m or not m.group(0):
                pos = start + 1
                continue
            key, end = m.group(0), m.end()
        term = g.terms[key]
        if term.kind == "country" and text.endswith("รัฐบาล", 0, start) and term.english:
            # รัฐบาลจีน: the government of a country acting is an organisation; ทำเนียบรัฐบาลเวียดนาม, its seat, a place
            name = term.english.removeprefix("the ").removeprefix("The ")
            name = "the " + name if name.startswith(_THE) else name
            if text.endswith("ทำเนียบรัฐบาล", 0, start):
                out.append(_Cand(field, start - 13, end, "place", f"Government House of {name}", None, True))
            else:
                out.append(_Cand(field, start - 6, end, "organisation", f"Government of {name}", None, True))
            pos = end
            continue
        if org_governments.governs_below_country(key, term, text, start):  # รัฐบาลมณฑลกวางตุ้ง: the region's government
            out.append(_Cand(field, start - 6, end, "organisation", org_governments.government_of(term), None, True))
            pos = end
            continue
        if _accept(text, start, end, key, term) and not organisations.class_not_national(text, key, end, term.canonical):
            branch = None
            if term.type == "organisation" and not key.startswith((*VENUE_HEADS, "กระทรวง")) and not text.endswith("สมาชิก", 0, start):
                branch = _provincial_branch(text, end, g)  # not สมาชิกสภาผู้แทนราษฎรจังหวัด..., an MP
            foreign = _foreign_ministry(text, end, key, term, g)
            if foreign:  # กระทรวงสาธารณสุขสาธารณรัฐอินโดนีเซีย: that country's ministry, not Thailand's
                out.append(_Cand(field, start, foreign[0], term.type, foreign[1], None, True))
                pos = foreign[0]
                continue
            if branch:  # ตำรวจท่องเที่ยวภูเก็ต, พม.จังหวัดศรีสะเกษ: the body's office in a province
                end, province = branch
                english = f"{term.english}, {province}" if term.english else None
                out.append(_Cand(field, start, end, term.type, english, None, True))
            else:
                out.append(_Cand(field, start, end, term.type, term.english, term.canonical, True))
            pos = end
        else:
            pos = start + 1
    return out + _latin_hits(text, field, g)


_THAILAND = ("ไทย", "ประเทศไทย", "ราชอาณาจักรไทย")
_NOT_BODIES = frozenset({"volunteers", "facilities", "generic", "groups"})
_FOREIGN_GAP = re.compile(r"(?:[ \t]?(?:ของ|แห่ง)[ \t]?)?")
"""กระทรวงการต่างประเทศจีน, กระทรวงพาณิชย์ของจีน; not a space alone (กระทรวงพาณิชย์ ญี่ปุ่น และ...: a list)."""


_NATIONAL_BODIES = frozenset({"วุฒิสภา", "รัฐสภา", "สภาผู้แทนราษฎร", "คณะรัฐมนตรี", "ศาลฎีกา", "ศาลรัฐธรรมนูญ"})
"""A country's own chambers, cabinet and high courts, which the glossary knows as Thailand's: with a foreign country
after them they are that country's (ประธานวุฒิสภากัมพูชา ณ วุฒิสภากัมพูชา, รัฐสภาสหรัฐฯ, สมาชิกสภาผู้แทนราษฎรสหรัฐฯ,
หัวหน้าเลขาธิการคณะรัฐมนตรีญี่ปุ่น: 83 such mentions in 27 thaigov-v2 releases; the reader saw the Thai Senate,
bench/heldout132 h13 lists วุฒิสภากัมพูชา)."""


def _foreign_ministry(text: str, end: int, key: str, term: Term, g: Gazetteer) -> tuple[int, str] | None:
    """A ministry or department, or a national chamber, cabinet or high court (`_NATIONAL_BODIES`), followed by a
    foreign country (glued, or after ของ/แห่ง) is that country's: the new end and its English ('Ministry of Public
    Health of Indonesia', 'Senate of Cambodia')."""
    assert g.regex is not None
    if term.type != "organisation" or not (key.startswith(("กระทรวง", "กรม")) or key in _NATIONAL_BODIES) or not term.english:
        return None
    gap = _FOREIGN_GAP.match(text, end)
    at = gap.end() if gap else end
    m = g.regex.match(text, at)
    if not m or not m.group(0):
        return None
    country = g.terms[m.group(0)]
    if country.kind != "country" or m.group(0) in _THAILAND or (country.canonical or "") in _THAILAND:
        return None
    if not on_boundary(text, at, m.end(), check_left=False) or not country.english:
        return None
    name = re.sub(r" \([A-Za-z]+\)$", "", term.english)
    place = country.english.removeprefix("the ").removeprefix("The ")
    place = "the " + place if place.startswith(_THE) or re.search(r"Republic|Kingdom|Federation|Union", place) else place
    return m.end(), f"{name} of {place}"


def _provincial_branch(text: str, end: int, g: Gazetteer) -> tuple[int, str] | None:
    """A province glued to an organisation's name (no space) names its provincial office: the new
    end and the province's English. A bare province name must be long enough not to be a word."""
    assert g.regex is not None
    short = text.startswith("จว.", end)  # ผกก.ตม.จว.สระแก้ว: จว. (จังหวัด) then the province's bare name
    m = g.regex.match(text, end + 3 if short else end)
    if not m or not m.group(0):
        return None
    key, term = m.group(0), g.terms[m.group(0)]
    if term.kind != "province" or not term.english or not on_boundary(text, end, m.end(), check_left=False):
        return None
    if not short and not key.startswith(("จังหวัด", "จ.")) and len(key) < 4:
        return None
    return m.end(), term.english


_SEAT_POSTS = ("ประธาน", "เลขาธิการ")
"""Posts glued before their body (ประธานรัฐสภา, เลขาธิการสหประชาชาติ: the UN Secretary-General, 16 thaigov-v2 releases
name the UN only there, details/71360, 79188, 99736): the body is listed (bench/heldout/CONVENTIONS.md C1), though
newmm reads the post and the body as one word."""
_MEMBER_NOUNS = frozenset({"อาสา", "อาสาสมัคร", "นาย", "นายตำรวจ", "ลูกเสือ"})
"""Words glued before a body's short name that make a compound (นาย|ตำรวจท่องเที่ยว, police officers;
อาสา|ตำรวจท่องเที่ยว, volunteers), not a mention of the body."""


_PAIR_DASH = re.compile(r"[ \t]*[-–—][ \t]*")


def _country_pair(text: str, end: int) -> bool:
    """สัมพันธ์ไทย - จีน, ความตกลงไทย–ศรีลังกา: a country paired with another by a dash is the country,
    whatever word it is glued to."""
    dash = _PAIR_DASH.match(text, end)
    if dash is None:
        return False
    g = gazetteer()
    assert g.regex is not None
    m = g.regex.match(text, dash.end())
    return bool(m and m.group(0) and g.terms[m.group(0)].kind == "country")


_PRODUCT_WORDS = frozenset({"Mobile", "App", "Application", "Connect", "Pay", "Wallet", "Online", "Shop", "Store", "Channel", "Station", "Card", "Para", "Games"})
"""English words after a body's acronym that make it the name of its app, page or outlet, or of games (ASEAN Para Games)."""


_COURTS = ("ศาล", "ศาลเยาวชนและครอบครัว", "ศาลแขวง")
_NAMED_AFTER = ("มหาวิทยาลัย", "มหาวิทยาลัยเทคโนโลยี", "ดุ๊กแห่ง", "ดยุกแห่ง", "ดยุคแห่ง", "Duke of ", "University of ")
"""Words a foreign city or region glued after them names something else: a university (มหาวิทยาลัยเดรสเดน; the
new cities of issue 11 read on 250 releases gave three) or a duke's title (ดุ๊กแห่งเอดินบะระ, Duke of Edinburgh)."""


_SHORT_HEAD = re.compile(r"(?:^|(?<=[^\u0e01-\u0e4e.]))[\u0e01-\u0e2e]{1,3}$")


def _tail_of_short_form(text: str, start: int, key: str) -> bool:
    """Is the dotted short form `key` at `start` the tail of a longer one the glossary does not know: สก|สค.
    (the teachers' welfare office, 7 releases), where newmm cuts the unknown letters off? One to three consonants
    glued before it and opening the word: on 8,000 corpus releases every such run before a dotted short form of the
    glossary was the head of a longer short form (ร|มว., ศ|บค., ขส|มก., สก|มช.; no word like ของ or และ, which have
    vowels or are spaced), most of them known to the glossary and matched whole before this is asked."""
    if not key.endswith(".") or "." in key[:-1] or not start or not is_thai(text[start - 1]):
        return False
    m = _SHORT_HEAD.search(text, max(0, start - 4), start)
    return m is not None and m.group(0) not in ("ของ", "คน", "ผล", "จน")


def _accept(text: str, start: int, end: int, key: str, term: Term, english: bool = False) -> bool:
    """Is this glossary hit a mention? `english`: the text is mostly in English."""
    if term.kind in _NOT_BODIES:
        return False  # อสม., รพ.สต.: volunteers and a kind of facility, glossary words but not bodies
    if key.startswith("กรม") and text.endswith("แ", 0, start):
        return False  # โปรแกรม|ท่องเที่ยว, อินสตาแกรม: กรม after แ is the syllable แกรม (program, -gram), no department
    if term.type == "organisation" and text.startswith(("พาราเกมส์", "เกมส์"), end):
        return False  # อาเซียนพาราเกมส์ (210 in the corpus): the games, an event named after the body
    if term.kind in ("city", "region") and text.endswith(_NAMED_AFTER, 0, start):
        return False  # มหาวิทยาลัยเบอร์มิงแฮม, ดุ๊กแห่งเอดินบะระ: a university or a title named after the city, not the city
    if _LATIN.match(key):
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if (before.isalnum() and not is_thai(before)) or (after.isalnum() and not is_thai(after)):
            return False
        if term.type == "organisation" and key.isupper() and organisations.spelt_out_otherwise(text, end, term.english):
            return False  # รหัส OTP (One-Time Password): not the body whose acronym is OTP
        if term.type == "organisation" and organisations.shared_acronym(key, text, term.canonical):
            return False  # ตั้ง KPI: an indicator, not King Prajadhipok's Institute
        if term.type == "organisation" and english and key.isupper() and english_text.inside_event(text, end):
            return False  # APEC Economic Leaders' Week: the event (an English release names ASEAN elsewhere if it does)
        if term.type == "organisation" and not english and key.isupper():
            nxt = _LATIN_RUN.match(text, end + 1) if text[end:end + 1] == " " else None
            if nxt and nxt.group(0).split()[0] in _PRODUCT_WORDS:
                return False  # BAAC Mobile, OCPB Connect, DOPA Channel: the body's app or page (about 400 in the corpus)
            if nxt and organisations.acronym_opens_name(nxt.group(0)):
                return False  # DLT Smart Queue, BAAC Charity Run, UN Women: a longer name the acronym opens
            return not (nxt and nxt.group(0).split()[0].isupper() and nxt.group(0)[0].isalpha())  # GHB ALL GEN
        if term.type == "place":  # "Thailand Digital Valley": part of an English name, not the place
            right = text[end:].lstrip()[:1] or " "
            line_end = text.find("\n", end)
            if english or (len(line := text[text.rfind("\n", 0, start) + 1:line_end if line_end >= 0 else len(text)]) > 80
                           and _is_english(line)):  # an English paragraph in a Thai release reads as English prose
                # but a name that ends a line is whole ("Trat, and Phetchaburi\nSouthern Region")
                return not text[end:].lstrip(" \t\u00a0")[:1].isupper()
            left = text[:start].rstrip()[-1:] or " "
            return not (_LATIN_WORD.match(left) or _LATIN_WORD.match(right))
        return True
    if term.kind == "country" and not key.startswith("ประเทศ") and text.endswith("รัฐธรรมนูญแห่ง", 0, start):
        return False  # รัฐธรรมนูญแห่งราชอาณาจักรไทย: the constitution's title (a law), not the country named in it
    if term.kind == "province" and text.endswith(_COURTS, 0, start):
        return False  # ตามหมายค้นศาลจังหวัดสมุทรสาคร: the provincial court (a body), not the province (259 in the corpus)
    bare_province = term.kind == "province" and term.canonical == "จังหวัด" + key
    if bare_province and len(key) < 5 and end < len(text) and is_thai(text[end]):
        return False
    bare_country = term.kind == "country" and not key.startswith("ประเทศ")
    if bare_province and places.after_abbreviation(text, start) and not place_glue.after_governor(text, start):
        return False  # รพ.น่าน, สภ.ปากเกร็ด: the body the abbreviation names, not the province
    if bare_country and places.inside_quoted_name(text, start, end):
        return False  # “ไทยมีงานทำ”: a website's name that starts with the country
    if bare_province and key.startswith("กรุงเทพ"):
        bare_province = False  # ภาคเหนือกรุงเทพมหานครและปริมณฑล: Bangkok's names are never an adjective
    if bare_province and text.endswith(("ชาว ", "ชาว\t"), 0, start):
        return False  # พวกเราชาว สระแก้ว: the people of the province, spaced (C16; glued, glued_after refuses it)
    preceders = PLACE_PRECEDERS[:-1] + _COUNTRY_PRECEDERS + (_PROVINCE_PRECEDERS if bare_province else ())
    if key not in _THAILAND and term.canonical not in _THAILAND:
        preceders += _LIST_PRECEDERS  # not ไทย: นักท่องเที่ยวทั้งไทยและต่างประเทศ, 'Thai and foreign tourists'
    if bare_country and key not in _THAILAND and term.canonical not in _THAILAND:
        preceders += _NATIONALITY_PRECEDERS  # แรงงานศรีลังกา, สัญชาติกัมพูชา: the workers' country
    if (bare_country or bare_province) and not glued_after(text, start, preceders) and not (
        bare_country and _country_pair(text, end)
    ) and not (bare_province and places.province_after_verb(text, start, end)) and not (
        bare_country and key not in _THAILAND and place_glue.country_after_verb(text, start, end)
    ) and not (key == "ไทย" and place_glue.thailand_moved(text, start, end)):
        return False  # เศรษฐกิจไทย, คนไทย: an adjective, not the country
    if term.type == "person":
        return True
    if term.kind == "region" and (key.startswith(("ภาค", "อีสานตอน", "อีสานใต้", "อีสานเหนือ")) or key == "ปริมณฑล"):
        return True  # พื้นที่ภาคใต้มีฝน, เขตปริมณฑล: a region word is glued to what precedes and follows it
    if term.type == "organisation" and _tail_of_short_form(text, start, key):
        return False  # สกสค.: สค. (the women's department) is the tail of a longer short form, not a mention
    # ศุลกากร in พิธีการศุลกากร; but กระทรวงดีอี after ปลัด, which newmm glues to กระทรวง, is fine
    alias = term.type == "organisation" and term.canonical is not None and not key.startswith(ORG_HEADS)
    # ประธานรัฐสภา: newmm cuts ประธานรัฐ|สภา, so a body glued to ประธาน is checked on its right edge only; so is one
    # glued to เลขาธิการ: newmm's word list holds the post เลขาธิการสหประชาชาติ whole, and its body is listed (C1)
    seat = term.type == "organisation" and text.endswith(_SEAT_POSTS, 0, start)
    if not on_boundary(text, start, end, check_left=(len(key) <= 6 or bare_province or alias) and not seat) and not (
        place_glue.prefixed_province_glued(text, start, end, key, term.kind or "")
    ):
        return False
    if alias:
        prior = words_glued_before(text, start, 20)
        if prior and (prior[-1] in _MEMBER_NOUNS or pos_tags().get(prior[-1]) == "NTTL"):
            return False
    if len(key) <= 5 and end < len(text) and is_thai(text[end]):
        # ปราก|ฎ (a misspelt ปรากฏ): a short name must be followed by a real word
        following = words(text[end:end + 12])
        return bool(following) and following[0] in dictionary()
    return True


def _person_cands(text: str, field: Field, g: Gazetteer) -> list[_Cand]:
    found = people.find_titled(text, g) + people.find_latin_titled(text)
    spans = [(p.start, p.end) for p in found]
    found += [p for p in people.find_listed(text, g) if not any(a < p.end and p.start < b for a, b in spans)]
    spans = [(p.start, p.end) for p in found]
    found += people.find_after_position(text, g, spans)
    spans = [(p.start, p.end) for p in found]
    found += [p for p in people.find_performers(text) if not any(a < p.end and p.start < b for a, b in spans)]
    spans = [(p.start, p.end) for p in found]
    found += [p for p in people.find_monk_titles(text) if not any(a < p.end and p.start < b for a, b in spans)]
    spans = [(p.start, p.end) for p in found]
    found += [p for p in people_trades.find(text, g) if not any(a < p.end and p.start < b for a, b in spans)]
    spans = [(p.start, p.end) for p in found]
    mined = [_Cand(field, a, b, "person", person=people.PersonMention(a, b, first, fam, a), mined=True)
             for a, b, first, fam in mined_people.find(text) if not any(x < b and a < y for x, y in spans)]
    if _is_english(TITLE_PREFIX.sub("", text)):  # Deputy Government Spokesperson Ratchada Thanadirek: a name after an English position
        spans = [(p.start, p.end) for p in found]
        found += [people.PersonMention(n.start, n.end, n.first, n.family, n.start) for n in english_text.find_people(text, _known_english(g), _latin_place_names(g))
                  if not any(a < n.end and n.start < b for a, b in spans)]
    return [_Cand(field, p.start, p.end, "person", person=p) for p in found] + mined


def _org_cands(text: str, field: Field, g: Gazetteer) -> list[_Cand]:
    found = organisations.find_local_bodies(text)  # first: of two equal spans, the one with English
    found += organisations.find_headed(text, g) + organisations.find_companies(text, g)
    found += companies.find_bare_companies(text, g)
    found += [organisations.OrgMention(a, b) for a, b in airlines.find_airlines(text)]  # สายการบินไชน่าแอร์ไลน์
    found += [organisations.OrgMention(a, b) for a, b in bare_orgs.find_foreign_chambers(text, g)]
    found += [organisations.OrgMention(a, b, en, known=True) for a, b, en in bare_orgs.find_foreign_governments(text, g)]
    found += [organisations.OrgMention(a, b, en, known=True, source="listed") for a, b, en in bare_orgs.find_listed(text)]
    found += organisations.find_latin(text, g) + organisations.find_village_bodies(text)
    found += organisations.find_ministry_in_post(text) + organisations.find_community_groups(text)
    found += organisations.find_ministry_list(text, g) + organisations.find_dotless(text, g)
    found += [organisations.OrgMention(a, b, en, full, known=en is not None) for a, b, full, en in org_short_universities.find(text, g)]  # ม.เกษมบัณฑิต
    found += [organisations.OrgMention(a, b, en, full, known=en is not None) for a, b, full, en in org_short_ministries.find(text, g)]  # สธ.-กลาโหม-กทม.
    found += organisations.find_quoted_bare(text) + organisations.find_hotline_centres(text) + organisations.find_forward(text, g) + organisations.find_units(text, g) + organisations.find_stations(text, g) + organisations.find_listed_bodies(text, g) + [organisations.OrgMention(a, b) for a, b in people.find_bands(text)]
    found += [organisations.OrgMention(g.start, g.end, g.english, known=g.english is not None, source="listed" if g.english else None) for g in music_groups.find_groups(text)]
    found += [organisations.OrgMention(a, b, e.english or None, e.full or None, known=bool(e.english)) for a, b, e in mined_orgs.find_abbreviations(text)]  # abbreviations the archive pairs with a body (bench/mine_orgs.py)
    found += [organisations.OrgMention(a, b, None, e.full or None) for a, b, e in mined_latin_orgs.find(text)]  # Latin acronyms the archive pairs with a body (bench/mine_latin_orgs.py)
    found += [organisations.OrgMention(a, b) for a, b in org_bounds.find_zoned_short_forms(text, g) + org_bounds.find_posted_known(text, g) + org_bounds.find_confederations(text) + org_units.find_units(text, g)]
    found += [organisations.OrgMention(a, b) for a, b in org_recall.find_head_units(text, g) + org_recall.find_funds(text, g) + org_recall.find_command_centres(text, g) + org_recall.find_short_offices(text, g) + org_recall.find_task_forces(text, g)]
    found += [organisations.OrgMention(a, b) for a, b in org_heads.find_red_cross(text) + org_heads.find_faculties(text) + org_heads.find_short_units(text) + org_heads.find_stations(text)]
    found += [organisations.OrgMention(a, b) for a, b in police_stations.find_police_stations(text)]  # สภ.อ่าวนาง
    found += [organisations.OrgMention(a, b, municipalities.english_of(text, a, b)) for a, b in municipalities.find_municipalities(text)]  # เทศบาลแม่เหียะ
    found += [organisations.OrgMention(a, b, en) for a, b, en in municipalities.find_city_municipalities(text, g)]  # เทศบาลเมืองพัทยา
    found += [organisations.OrgMention(a, b, g.terms[k].english, g.terms[k].canonical or k, known=True) for a, b, k in org_line_breaks.find(text, g)]  # กระทรวง|\nแรงงาน
    found += [organisations.OrgMention(a, b) for a, b in org_level_offices.find(text, g)]  # ศูนย์ดำรงธรรม|อำเภอ
    found += [organisations.OrgMention(a, b) for a, b in org_divisions.find_divisions(text) + org_divisions.find_schools(text) + org_divisions.find_cause_bodies(text) + org_divisions.find_advisory_boards(text)]
    found += [organisations.OrgMention(a, b) for a, b in org_committees.find_duty_committees(text, g) + org_committees.find_joint_committees(text, g) + org_committees.find_joint_committees_between(text, g) + org_committees.find_foreign_ministries(text, g) + org_committees.find_spaced_foreign_ministries(text, g) + org_committees.find_spaced_country_ministries(text, g) + org_committees.find_prisons(text, g) + org_committees.find_closed_committees(text, g) + org_committees.find_duty_lists(text, g)]
    found += [organisations.OrgMention(a, b) for a, b in org_short_committees.find(text, g)]  # คกก.โรคติดต่อแห่งชาติ
    found += [organisations.OrgMention(a, b) for a, b in org_ellipses.find(text)]  # ศูนย์เฉพาะกิจฯ after its full name
    found += [organisations.OrgMention(a, b, "armed forces", source="translated") for a, b in org_armed_forces.find(text)]  # กองทัพ bare: กองทัพสานต่อนโยบาย
    found += [organisations.OrgMention(a, b) for a, b in org_police_posts.find(text)]  # ผบช.ภ.9, ผบก.ตอท.: the unit in its chief's post
    found += [organisations.OrgMention(a, b) for a, b in org_courts.find(text)]  # ศาลแรงงานภาค 1, ศาลจังหวัดพระประแดง
    found += [organisations.OrgMention(a, b) for a, b in org_shortened.find(text, g)]  # ที่ประชุมอธิการบดี (ทปอ.)
    found += [organisations.OrgMention(a, b, en) for a, b, en in org_governments.find_party_governments(text, g)]  # รัฐบาลเพื่อไทย
    found += [organisations.OrgMention(a, b) for a, b in org_parents.find_units_with_parent(text, g)]  # กองสารนิเทศ สป.มท.
    found += [organisations.OrgMention(a, b) for a, b in org_country_pairs.find(text, g)]  # สมาคมการค้าไทย-ยุโรป
    found += [organisations.OrgMention(m.start, m.end, m.english, known=True) for m in org_missions.find(text, g)]  # สถานเอกอัครราชทูตไทยประจำประเทศญี่ปุ่น
    found += [organisations.OrgMention(a, b) for a, b in org_latin_kinds.find(text)]  # นิตยสาร Forbes, ในเครือ BlackRock
    found += [organisations.OrgMention(a, b) for a, b in org_latin_examples.find(text)]  # บริษัท เช่น Amazon, Google และ Microsoft
    found += [organisations.OrgMention(a, b) for a, b in org_latin_appositives.find(text)]  # ZF ผู้ผลิตชิ้นส่วนยานยนต์
    found += [organisations.OrgMention(a, b) for a, b in org_latin_speakers.find(text)]  # Fitch คาดว่า, Krungthai COMPASS ชี้
    found += [organisations.OrgMention(a, b) for a, b in org_campuses.find(text, g)]  # มหาวิทยาลัยทักษิณ วิทยาเขตพัทลุง
    found += [organisations.OrgMention(a, b) for a, b in org_legal_prefix.find(text, g)]  # บมจ. ไทยเบฟเวอเรจ, บจก.ทรัพย์สกล
    found += [organisations.OrgMention(a, b) for a, b in org_cooperatives.find(text)]  # สหกรณ์นมไทย - เดนมาร์ค จำกัด
    found += [organisations.OrgMention(a, b, org_boards.english(text, a, b, g)) for a, b in org_boards.find(text, g)]  # บอร์ด สมอ., บอร์ดดีอี, บอร์ด BCG
    found += [organisations.OrgMention(a, b) for a, b in org_region_numbers.find(text)]  # ตำรวจภูธรภาค1, กองทัพภาคที่2
    found += [organisations.OrgMention(a, b) for a, b in org_health_stations.find(text)]  # รพ.สต.ตากแดด, รพ.สต.บ้านวังลูกช้าง
    for a, b in org_colleges.find(text):  # วิทยาลัยเทคนิคลำปาง, where no other rule found the college
        if not any(o.start < b and a < o.end for o in found):
            found.append(organisations.OrgMention(a, b))
    for a, b in org_schools.find(text):  # นักเรียนจากโรงเรียนบ้านดุซงยอ, where no other rule found the school
        if not any(o.start < b and a < o.end for o in found):
            found.append(organisations.OrgMention(a, b))
    return [_Cand(field, o.start, o.end, "organisation", o.english, o.canonical, o.known, source=o.source) for o in found]


def _place_cands(text: str, field: Field, g: Gazetteer) -> list[_Cand]:
    found = places.find_admin(text) + places.find_venues(text, g) + places.find_transport(text) + places.find_piers(text) + places.find_passes(text)
    found.sort(key=lambda p: p.english is None)  # of two finders' equal spans, the one that knows the English
    cands = [_Cand(field, p.start, p.end, "place", p.english) for p in found]
    cands += [_Cand(field, a, b, "place") for a, b in place_air_bases.find_air_bases(text)]
    cands += [_Cand(field, a, b, "place") for a, b in org_country_pairs.find_venues(text, g)]  # สะพานมิตรภาพไทย - ลาว
    cands += [_Cand(field, a, b, "place") for a, b in place_bracket_names.find(text)]  # ... (ตึกเนชั่น)
    cands += [_Cand(field, a, b, "place") for a, b in place_foreign_states.find(text, g)]  # รัฐกลันตัน ประเทศมาเลเซีย
    cands += [_Cand(field, a, b, "place") for a, b in place_latin_buildings.find(text)]  # พิธีเปิดอาคาร Delta Plant 8
    cands += [_Cand(field, a, b, "place") for a, b in place_named_sites.find(text)]  # ณ ชายหาดสมิหลา, เขตเศรษฐกิจพิเศษนครพนม
    return cands + [_Cand(field, a, b, "place") for a, b in place_bracket_areas.find(text)]  # ... (จตุจักร)


def _chain_start(text: str, kept: list[_Cand], i: int) -> int:
    """Where the venue ending with kept[i] starts: a building's room one space before it (ณ ห้องประชุมเฟื่องนคร
    อาคารดำรงราชานุสรณ์: a room and its building, two places of one venue, and the body after them owns the
    building). Only a building looks back: after a hall or compound (ศาลากลางจังหวัดปราจีนบุรี คณะอนุกรรมการ...)
    the body next is whoever meets there."""
    if i and text.startswith(("อาคาร", "ตึก"), kept[i].start) and kept[i - 1].type == "place" \
            and text[kept[i - 1].end:kept[i].start] == " ":
        i -= 1
    return kept[i].start


def _venue_parts(text: str, c: _Cand) -> list[_Cand]:
    """A place that is a venue chain, as its named parts (venue_parts; CONVENTIONS.md C3)."""
    if c.type != "place" or c.known:
        return [c]
    spans = venue_parts.parts(text, c.start, c.end)
    if spans == [(c.start, c.end)]:
        return [c]
    return [dataclasses.replace(c, start=a, end=b, english=_part_english(text[a:b])) for a, b in spans]


def _part_english(surface: str) -> str | None:
    """A venue chain's part in English when the glossary knows it: a body (กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม),
    or a room or building named by its kind and a number or a known owner (ห้องประชุม 202 -> 'Meeting Room 202',
    อาคารกรมราชทัณฑ์ -> 'Department of Corrections Building'); None leaves it to _english."""
    term = gazetteer().terms.get(surface)
    if term is not None and term.english and term.type in ("organisation", "place"):
        return term.english
    kind = next(((th, en) for th, en in _rooms().kinds_en if surface.startswith(th)), None)
    if kind is None:
        return None
    rest = surface[len(kind[0]):].strip().translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
    if re.fullmatch(r"[0-9]{1,4}(?: ?- ?[0-9]{1,4})?", rest):
        return f"{kind[1]} {rest}"
    owner = gazetteer().terms.get(rest)
    if owner is not None and owner.english and owner.type in ("organisation", "place"):
        return f"{re.sub(r' [(][A-Za-z&]+[)]$', '', owner.english)} {kind[1]}"  # not 'Ministry of Labour (MOL) Building'
    return None


def _resolve(cands: list[_Cand], skip: int) -> list[_Cand]:
    """People first (they are anchored on titles), then the longest span, glossary terms first."""
    kept: list[_Cand] = []
    starts: list[int] = []  # the kept spans, sorted: they never overlap, so their ends are sorted too
    ends: list[int] = []
    order = sorted(
        cands,
        key=lambda c: (c.type != "person", -(c.end - c.start), not c.known, c.start),
    )
    for c in order:
        if c.start < skip or c.end <= c.start:
            continue
        # _overlaps(c, kept spans) by bisection: the only kept span that can overlap c first is the first one
        # ending after c.start; it overlaps iff it starts before c.end (a scan of every kept span was 1/10 of
        # the analysis of a long release)
        i = bisect.bisect_right(ends, c.start)
        if i < len(starts) and starts[i] < c.end:
            continue
        kept.append(c)
        starts.insert(i, c.start)
        ends.insert(i, c.end)
    return sorted(kept, key=lambda c: c.start)


def _field_cands(text: str, field: Field, g: Gazetteer) -> list[_Cand]:
    skip = 0
    if field == "title":
        m = TITLE_PREFIX.match(text)
        skip = m.end() if m else 0
    cands = _person_cands(text, field, g)
    cands += _gazetteer_hits(text, field, g)
    cands += _org_cands(text, field, g)
    if _is_english(text[skip:]):  # the cabinet, Government of Lao PDR, Ministry of Higher Education, Science, ...
        cands = [c for c in cands if c.type != "organisation" or not english_text.bare_reference(text[c.start:c.end])]
        for c in list(cands):
            if c.type != "organisation" or c.known:
                continue
            cut = english_text.second_body(text[c.start:c.end])
            if cut is not None:  # Department of Highway and Department of Rural Roads: two bodies
                joint = _AND_JOINT.match(text, c.start + cut)  # ' and ', spaces or tabs (text.index(" ") raised
                second = joint.end() if joint else c.start + cut  # on 'Highway\tand\tDepartment\tof\tRoads')
                cands.append(_Cand(field, second, second + english_text.dangling_end(text[second:c.end]), "organisation"))
                c.end = c.start + cut
            c.end = c.start + english_text.dangling_end(text[c.start:c.end])  # Office of Council of State for scrutiny
        spans = [(c.start, c.end) for c in cands if c.type == "person"]
        cands += [_Cand(field, o.start, o.end, "organisation") for o in english_text.find_orgs(text, spans, _latin_org_names(g))]
        cands += [_Cand(field, p.start, p.end, "place") for p in english_text.find_places(text, _latin_place_names(g))]
        for a, b, key in english_text.find_listed(text, _punctuated_names(g)):
            term = g.terms[key]
            cands.append(_Cand(field, a, b, term.type, term.english, term.canonical, True))
    cands += _latin_orgs(text, field, g, cands)
    cands += _place_cands(text, field, g)
    cands += _latin_list_orgs(text, field, cands)
    cands += _latin_places(text, field, cands)
    cands += [_Cand(field, a, b, "place", text[a:b], source="release") for a, b in latin_highways.find(text)]  # Highway No. 1093
    if _is_english(text[skip:]):  # Koh Samui, Koh Phangan: an island by the Thai word for island
        cands += [_Cand(field, a, b, "place", text[a:b], source="release") for a, b in latin_islands.find(text)]
        cands += [_Cand(field, a, b, "place", text[a:b], source="release") for a, b in latin_regions.find(text)]
    if _is_english(text[skip:]):  # Lop Buri – Pak Nam Pho: the ends of a route, beside one a rule found
        found = _latin_place_names(g) | {text[c.start:c.end] for c in cands if c.type == "place"}
        ends = latin_places.find_route_ends(text, found, _registered_area)
        ends = latin_places.find_route_ends(text, found | {text[a:b] for a, b in ends}, _registered_area)  # an end
        # named again in another route (Hua Hin – Prachuab Kirikhan, then Khao Tao – Prachuab Kirikhan)
        cands += [_Cand(field, a, b, "place", text[a:b], source="release") for a, b in ends]
    for c in cands:
        if c.type == "organisation" and "A" <= text[c.start] <= "Z" and ("," in text[c.start - 3:c.start] or text.endswith("and ", 0, c.start)):
            c.start = latin_org_lists.listed_start(text, c.start, c.end)  # Flood, Storm, and |Landslide Disaster Relief ...
    cands = [c for c in cands if c.type != "organisation" or c.known
             or not place_country_heads.country_not_body(text, c.start, c.end, g)]  # สหพันธ์สาธารณรัฐเยอรมนี| ประจำประเทศไทย
    cands = [c for c in cands if c.type != "organisation" or c.known or not _LATIN.match(text, c.start)
             or not org_latin_things.glosses_thing(text, c.start)]  # ระบบคลังหน่วยกิตแห่งชาติ (Credit Bank): the system's name
    others = [(c.start, c.end) for c in cands if c.type in ("organisation", "place")]
    cands = [c for c in cands if not (c.mined and _overlaps(c, others))]
    persons = [c for c in cands if c.type == "person"]
    royals = org_heads.glued_royals(text, [(c.start, c.end) for c in cands if c.type == "organisation"], [(c.start, c.end) for c in persons],
                                    [(c.start, c.end) for c in cands if c.type == "place"])
    dropped = {id(persons[i]) for i in royals}
    cands = [c for c in cands if id(c) not in dropped]  # มูลนิธิแพทย์อาสาสมเด็จพระ...: the royal's name is the body's
    persons = [c for c in cands if c.type == "person"]
    dropped = {id(persons[i]) for i in place_named_sites.person_inside_site(text, [(c.start, c.end) for c in persons])}
    cands = [c for c in cands if id(c) not in dropped]  # โบราณสถานหอนางอุสา: the monument, not นางอุสา
    kept = _overseas_offices(text, _missions(text, _join_glosses(text, _glossed_thai(text, field, _drop_glosses(text, _latin_names_after(text, field, _resolve(cands, skip)))))))
    kept = _latin_joins(text, kept, g)  # Thailand - France Business Council, United Nations Children’s Fund
    kept = _forward_commands(text, kept)  # ศปช. ส่วนหน้า|จังหวัดเชียงราย
    kept = _dotted_chains(text, kept, g)  # ทปอ.|มรภ., ชป.|ปส.ภ.จว.ชัยภูมิ, ศบค.|มท.
    kept = [c for c in kept if c.type == "person" or not places.any_such_venue(text, c.start, c.end)
            or c.type == "organisation" and places.any_such_office(text, c.start, c.end)]
    for c in kept:
        if c.type == "place" and not c.known:
            c.end = places.place_name_end(text, c.start, c.end)  # คลองแสนแสบ|แล้วเสร็จ; สะพานคนเดินข้าม, a kind
    for c in kept:
        if c.type in ("organisation", "place") and not c.known:
            c.end = precision.clause_end(text, c.start, c.end, c.type)  # คณะกรรมการ...|ได้มีมติ, อำเภอลอง|เอาไว้
    royal: list[tuple[int, int]] = []
    for c in kept:
        if c.type in ("organisation", "place"):
            tail = royal_tails.tail_end(text, c.start, c.end)  # หอประชุมเฉลิมพระเกียรติ 80| พรรษา
            if tail > c.end:
                royal.append((c.end, tail))
                c.end = tail
    kept = [c for c in kept if not any(a <= c.start < b for a, b in royal)]
    generic = [c for c in kept if c.end > c.start and c.type in ("organisation", "place") and precision.not_one(text, c.start, c.end, c.type)]
    gone = {id(c) for c in generic}
    kept = [c for c in kept if c.end > c.start and id(c) not in gone and not _english_of(text, c, generic)]
    kept = [c for c in kept if c.type != "organisation" or not abbrev_inside.inside_longer_abbreviation(text, c.start, c.end)]  # อ|พม., น|ปส.
    covered: list[tuple[int, int]] = []
    for c in kept:
        if c.type == "organisation" and not c.known:
            c.end = organisations.run_on_end(text, c.start, c.end)  # องค์การจัดการน้ำเสีย|ได้มีกิจกรรม
            c.end = org_place_named.place_end(text, c.start, c.end, g)  # รพ.สุโขทัย|โดดเด่นวางระบบ
        if c.type == "organisation":
            c.end = organisations.run_on_tail_end(text, c.start, c.end, g)  # กระทรวงสาธารณสุข|ประจําปี 2564
            branch = org_bounds.branch_end(text, c.start, c.end, g)  # สำนักงานเจ้าท่าภูมิภาค|สาขาพิษณุโลก
            kingdom = org_of_thailand.kingdom_end(text, c.start, c.end, g)  # กระทรวงคมนาคม|แห่งราชอาณาจักรไทย
            kingdom = max(kingdom, org_country_offices.thailand_office_end(text, c.start, c.end, g))  # ยูนิเซฟ| ประเทศไทย
            kingdom = max(kingdom, org_country_offices.subsidiary_end(text, c.start, c.end))  # บริษัท Midea| (Thailand)
            if kingdom > c.end and (known := g.terms.get(text[c.start:c.end])) is not None:
                c.canonical = c.canonical or known.canonical or text[c.start:c.end]  # one body with its plain mentions
            branch = max(branch, kingdom)
            if branch > c.end:
                covered.append((c.end, branch))
                c.end = branch
            foreign = org_foreign_ministries.country_end(text, c.start, c.end, g)  # กระทรวงการศึกษา|และฝึกอบรมแห่งสาธารณรัฐ...
            if foreign > c.end:
                covered.append((c.end, foreign))
                c.end = foreign
                c.known, c.english, c.canonical, c.source = False, None, None, None  # not the Thai ministry it began as
            cut = c.end
            c.end = organisations.domain_cut_end(text, c.start, c.end, g)  # สำนักงานสวัสดิการ|และคุ้มครองแรงงาน...
            c.end = org_committee_tails.tail_end(text, c.start, c.end)  # คณะอนุกรรมการพิจารณาพัฒนาศักยภาพพื้นที่|บริเวณชุมชนคลองเตย
            c.end = org_committee_ellipses.ellipsis_end(text, c.start, c.end)  # คณะกรรมการองค์กร|ร่วมฯ
            c.end = org_committee_acronyms.acronym_end(text, c.start, c.end)  # คณะกรรมการ| AI แห่งชาติ
            c.end = org_document_titles.issuer_end(text, c.start, c.end)  # ระเบียบคณะกรรมการ...ลูกจ้าง|ว่าด้วยการจ่ายเงิน
            public = org_bounds.public_body_end(text, c.start, c.end)  # สำนักงานพัฒนารัฐบาลดิจิทัล| (องค์การมหาชน)
            if public > c.end:
                c.canonical = c.canonical or text[c.start:c.end]  # one body with its mentions that drop the bracket
                c.end = public
            if c.end > cut:
                covered.append((cut, c.end))
    kept = [c for c in kept if not any(a <= c.start < b for a, b in covered)]  # what a longer name now covers
    kept = _glued_units(text, kept)  # ศูนย์ประชาสัมพันธ์|กองทัพบก: the unit glued before its parent
    patrons = [(c.start, c.end) for c in kept if c.type == "person"]
    for c in kept:
        if c.type == "organisation" and patrons:
            c.end = org_bounds.patron_end(text, c.start, c.end, patrons)  # มูลนิธิ... ในพระราชูปถัมภ์|สมเด็จพระ...
    kept = [c for c in kept if c.type != "organisation" or (
        c.end > c.start and not organisations.class_of_bodies(text, c.start, c.end)
        and not organisations.no_one_body(text, c.start, c.end) and not org_units.ends_as_clause(text, c.start, c.end)
        and not org_missions.class_of_missions(text, c.start, c.end)  # สถานกงสุลใหญ่ไทยทั่วโลก
        and not org_event_acronyms.names_event(text, c.start, c.end)  # ASEAN Digital Ministers Meeting (ADGMIN)
        and not org_descriptions.predicate(text, c.start, c.end, c.known)  # SME D Bank ที่เป็น|ธนาคารเพื่อการพัฒนา
        and not org_descriptions.about_matter(text, c.start, c.end)  # คณะกรรมการดูแลเรื่อง| PM 2.5
        and not org_descriptions.unnamed_central_bank(text, c.start, c.end))]  # ธนาคารกลาง|ทั่วโลก
    english = _is_english(text[skip:])
    kept = [c for c in kept if c.type != "organisation" or not (
        organisations.in_law_title(text, c.start) or organisations.in_building_name(text, c.start)
        or english and english_text.in_law_title(text, c.start))]
    glosses = {(c.start, c.end) for c in kept if c.type == "organisation"}
    kept = [c for c in kept if c.gloss is None or c.gloss in glosses]  # its English was dropped (a kind: 878 such centres)
    for i, c in enumerate(kept):
        if c.type == "organisation" and not places.sent_to(text, c.start) and not org_courts.sued_at(text, c.start) and (
            places.venue_after_at(text, c.start, c.end)
            or place_air_bases.is_wing_abbreviation(text, c.start, c.end)  # กองบิน 6 (บน.6): the base
            or latin_places.convention_centre(text[c.start:c.end])  # Kuala Lumpur Convention Center: the hall
            or (i and kept[i - 1].type == "place" and places.owner_after_venue(text, _chain_start(text, kept, i - 1), kept[i - 1].end, c.start))
        ):
            c.type = "place"
    kept = [part for c in kept for part in _venue_parts(text, c)]  # ห้องประชุม 202 ชั้น 2 กระทรวง...: room | ministry
    kept = _word_ends(text, kept)
    kept = _road_ends(text, kept)
    kept = _loanword_tails(text, kept)
    _temple_ranks(text, kept)
    _city_words(text, kept, g)
    for c in kept:
        if c.type == "organisation" and not c.known:  # after _word_ends, which can take the คน back (ราษฏร|คน)
            c.end = precision.post_holder_end(text, c.start, c.end)  # คณะกรรมการน้ำตาลทราย|คนใหม่
    _bangkok_listed(text, kept)
    _venue_list_bodies(text, kept)
    org_ends = {c.end for c in kept if c.type == "organisation"}
    return [c for c in kept if c.type != "place" or not (  # last: a body typed a venue just above is checked too
        place_precision.names_none(text, c.start, c.end) or place_precision.in_a_name(text, c.start, c.end, english)
        or place_precision.plate_province(text, c.start)  # ทะเบียน 70-8773 สมุทรสาคร: where a vehicle is registered
        or place_precision.measured(text, c.start, c.end)  # วัดค่าความเป็นกรดด่าง, เครื่องวัด...: to measure, no temple
        or org_missions.thai_adjective(text, c.start, c.end)  # สถานเอกอัครราชทูตไทยในต่างประเทศ: 'Thai', no place
        or place_company_country.in_company_bracket(text, c.start, c.end, org_ends))]  # Google (ประเทศไทย)


def _glued_units(text: str, kept: list[_Cand]) -> list[_Cand]:
    """A body's start moved back to the unit glued before it (org_glued_units), when nothing found covers the
    unit's words; what starts inside them goes."""
    spans = [(c.start, c.end) for c in kept if c.type != "person"]
    moved: list[tuple[int, int]] = []
    for c in kept:
        if c.type != "organisation":
            continue
        head = org_glued_units.unit_start(text, c.start, c.end)
        if head < c.start and not any(a <= head < b or head < a < c.start for a, b in spans):
            moved.append((head + 1, c.start))
            c.start = head
            c.known, c.english, c.canonical, c.source = False, None, None, None
    return [c for c in kept if not any(a <= c.start < b for a, b in moved)]


def _temple_ranks(text: str, kept: list[_Cand]) -> None:
    """A temple's royal rank after a space is part of its name (place_temple_ranks): วัดระฆังโฆสิตาราม วรมหาวิหาร.
    The bare name stays the canonical, so the mentions with and without the rank are one temple."""
    starts = sorted(c.start for c in kept)
    for c in kept:
        if c.type not in ("organisation", "place"):
            continue
        end = place_temple_ranks.rank_end(text, c.start, c.end)
        if end > c.end and not any(c.end <= s < end for s in starts):
            c.canonical = c.canonical or text[c.start:c.end]
            c.end = end


def _bangkok_listed(text: str, kept: list[_Cand]) -> None:
    """Bangkok listed among bodies or named as a partner is the BMA (bangkok_body): ร่วมด้วย กรุงเทพมหานคร,
    กระทรวงกลาโหม และกรุงเทพมหานคร."""
    order = sorted(kept, key=lambda c: c.start)
    for i, c in enumerate(order):
        if c.type != "place" or text[c.start:c.end] not in ("กรุงเทพมหานคร", "กทม."):
            continue
        before = next(((o.start, o.end, o.type) for o in reversed(order[:i]) if o.end <= c.start), None)
        after = next(((o.start, o.end, o.type) for o in order[i + 1:] if o.start >= c.end), None)
        if bangkok_body.is_body(text, c.start, c.end, before, after):
            c.type, c.english, c.source = "organisation", bangkok_body.ENGLISH, "listed"


def _venue_list_bodies(text: str, kept: list[_Cand]) -> None:
    """A body in a list of venues is one of them (venue_list_bodies): ...สนามเสือป่า ทำเนียบองคมนตรี
    กระทรวงมหาดไทย ถนนราชดำเนินใน."""
    order = sorted(kept, key=lambda c: c.start)
    spans = [(c.start, c.end, c.type) for c in order]
    for i, c in enumerate(order):
        if c.type != "organisation" or places.sent_to(text, c.start):
            continue
        before = spans[i - 1] if i else None
        after = spans[i + 1] if i + 1 < len(spans) else None
        if venue_list_bodies.in_venue_list(text, c.start, c.end, before, after):
            c.type = "place"


def _city_words(text: str, kept: list[_Cand], g: Gazetteer) -> None:
    """A known city with เมือง/นคร glued before it is named with the word (city_words): ในเมือง|ดูไบ."""
    ends = sorted(c.end for c in kept)
    for c in kept:
        term = g.terms.get(text[c.start:c.end]) if c.type == "place" else None
        if term is None or term.kind != "city":
            continue
        start = city_words.city_word_start(text, c.start)
        if start < c.start and not any(start < end <= c.start for end in ends):
            c.start = start


def _road_ends(text: str, kept: list[_Cand]) -> list[_Cand]:
    """A road named by its two ends with spaces round the dash (ถนนรังสิต - นครนายก) is one place, not a road and a
    province (place_precision.road_second_end); so is a province's central venue glued to the province
    (สนามกีฬากลาง|จังหวัดนนทบุรี: place_central_venues)."""
    out: list[_Cand] = []
    for c in kept:
        prev = out[-1] if out else None
        if (prev is not None and c.type == "place" and prev.type == "place"
                and (place_precision.road_second_end(text, prev.start, prev.end, c.start, c.end)
                     or place_central_venues.joins(text, prev.start, prev.end, c.start))):
            prev.end = c.end
            prev.english, prev.canonical, prev.known, prev.source = None, None, False, None
            continue
        out.append(c)
    return out


def _loanword_tails(text: str, kept: list[_Cand]) -> list[_Cand]:
    """A venue whose name goes on in spaced loanwords to a venue-kind word (สนามช้าง| อินเตอร์เนชั่นแนล เซอร์กิต) takes
    them, and a city inside the name (โรงแรม เลอ เมอริเดียน| เชียงราย รีสอร์ท) is no place of its own
    (place_loanword_tails)."""
    out: list[_Cand] = []
    end = -1
    for c in kept:
        if c.start < end:
            continue  # inside the name just taken on
        if c.type == "place":
            new_end = place_loanword_tails.tail_end(text, c.start, c.end)
            if new_end > c.end and not any(o.start < new_end < o.end for o in kept):  # never into a span going on past it
                c.end = end = new_end
                c.english, c.canonical, c.known, c.source = None, None, False, None
        out.append(c)
    return out


def _word_ends(text: str, kept: list[_Cand]) -> list[_Cand]:
    """Organisation and place spans ending inside a word (วัดโพธิ์|ชัย, ตลาด|น้อยลง) take the word or give it up;
    an area run on past its registered name ends there."""
    for c in kept:
        if c.type not in ("organisation", "place"):
            continue
        end = span_words.word_end(text, c.start, c.end)
        if c.type == "place" and end > c.end and span_words.registered_district(text, c.start, c.end):
            end = c.end  # อำเภอสามร้อยยอด|นิยมปลูก: a district named whole does not take the word run across its end
        if c.type == "place" and end == c.end:
            end = span_words.admin_run_on_end(text, c.start, c.end)  # อำเภอกระนวน|มุ่งมั่น
        if end == c.end:
            end = span_words.counted_tail_end(text, c.start, c.end)  # ทัณฑสถาน|จำนวน 2 แห่ง
        if end == c.end or any(c.end <= o.start < end for o in kept):  # never into the next span
            continue
        c.end = end
        if end > c.start:  # a longer name than the list's: its English is not the shorter one's
            c.english, c.canonical, c.known, c.source = None, None, False, None
    return [c for c in kept if c.end > c.start and not (
        c.type in ("organisation", "place") and span_words.hospital_run_on(text, c.start, c.end))]


_AND_JOINT = re.compile(r"[ \t]+and[ \t]+")


def _registered_area(name: str) -> bool:
    """A district or subdistrict the register holds, by its official English name however spaced (Pak Nam Pho)."""
    table = places._latin_area_names()
    key = places._latin_key(name)
    return key in table["district"] or key in table["subdistrict"]


def _latin_places(text: str, field: Field, cands: list[_Cand]) -> list[_Cand]:
    """Places in Latin letters in a Thai field by their English head word and a proper name (latin_places); one
    in brackets after Thai words only when a rule found those words as a place (ท่าเรือจิตตะกอง (Chittagong Port):
    its English, listed as a second surface form; เมืองอุตสาหกรรมเชิงนิเวศ (Eco Town): a kind's English)."""
    out: list[_Cand] = []
    for a, b, glossed in latin_places.find(text, _is_english(text)):
        if glossed:
            thai_end = len(text[:a].rstrip(" \t("))
            if not any(c.type == "place" and c.end == thai_end for c in cands):
                continue
        out.append(_Cand(field, a, b, "place", text[a:b], source="release"))
    return out


def _latin_orgs(text: str, field: Field, g: Gazetteer, cands: list[_Cand]) -> list[_Cand]:
    """Organisations in Latin letters by their head word (latin_orgs), except a span that crosses a name another
    rule found (Research and Innovation and China Atomic Energy Authority across the ministry's listed name): the
    general recogniser adds names and lengthens them, it does not cut the particular rules' names in two."""
    taken = [(c.start, c.end) for c in cands if c.type in ("organisation", "person")]
    out: list[_Cand] = []
    for a, b in latin_orgs.find(text, _latin_place_names(g)):
        if any(s < b and a < e and not (a <= s and e <= b) for s, e in taken):
            continue
        out.append(_Cand(field, a, b, "organisation"))
    return out

def _latin_list_orgs(text: str, field: Field, cands: list[_Cand]) -> list[_Cand]:
    """Latin names listed among organisations other rules found (latin_orgs.find_in_lists)."""
    if _CAPITAL_LATIN.search(text) is None:  # not "," alone: a list may be joined by and/และ only (find_in_lists)
        return []
    orgs = [(c.start, c.end) for c in cands if c.type == "organisation"]
    others = [(c.start, c.end) for c in cands if c.type in ("person", "place")]
    return [_Cand(field, a, b, "organisation") for a, b in latin_orgs.find_in_lists(text, orgs, others)]


_CAPITAL_LATIN = re.compile(r"[A-Z]")

_T = TypeVar("_T")


class _Same:
    """A gazetteer as a cache key, by identity (Gazetteer is a mutable dataclass, so unhashable). The key
    holds its gazetteer, so while a cache remembers it no other gazetteer can take its id: a cache keyed
    by id() alone could give a new gazetteer at a collected one's address that one's derived names."""

    __slots__ = ("g",)

    def __init__(self, g: Gazetteer) -> None:
        self.g = g

    def __hash__(self) -> int:
        return id(self.g)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.g is self.g


def _per_gazetteer(build: Callable[[Gazetteer], _T]) -> Callable[[Gazetteer], _T]:
    """`build`, worked out once per gazetteer (the process has one; tests may make a few)."""
    cached = functools.lru_cache(maxsize=4)(lambda key: build(key.g))

    @functools.wraps(build)
    def lookup(g: Gazetteer) -> _T:
        return cached(_Same(g))

    return lookup


@_per_gazetteer
def _known_english(g: Gazetteer) -> dict[str, str]:
    """Officials' English first name -> family name (from the officials' glossary)."""
    pairs = [en.split(" ", 1) for en in g.person_spelling.values() if en.count(" ") == 1]
    return {first: family for first, family in pairs}


@_per_gazetteer
def _latin_org_names(g: Gazetteer) -> frozenset[str]:
    """The glossary's organisation names in Latin letters (Ministry of Finance, Bank of Thailand)."""
    return frozenset(k for k, t in g.terms.items() if t.type == "organisation" and _LATIN.match(k))


@_per_gazetteer
def _latin_place_names(g: Gazetteer) -> frozenset[str]:
    """The glossary's place names in Latin letters (Thailand, Japan, Chiang Mai)."""
    return frozenset(k for k, t in g.terms.items() if t.type == "place" and _LATIN.match(k))


@_per_gazetteer
def _punctuated_names(g: Gazetteer) -> tuple[str, ...]:
    """The glossary's English organisation names with a comma or a bracket (see english.find_listed)."""
    return tuple(
        k for k, t in g.terms.items() if t.type == "organisation" and _LATIN.match(k) and re.search(r"[,(]", k)
    )


_MISSIONS = {"สถานเอกอัครราชทูต": "Embassy", "สถานกงสุลใหญ่": "Consulate-General", "สถานกงสุล": "Consulate"}
_MISSION_AT = re.compile(r"(สถานเอกอัครราชทูต|สถานกงสุลใหญ่|สถานกงสุล)((?:ไทย|แห่งประเทศไทย)?)[ \t]*ณ[ \t]*(?:กรุง|นคร|เมือง)?$")


def _missions(text: str, kept: list[_Cand]) -> list[_Cand]:
    """สถานเอกอัครราชทูต ณ กรุงโซล, สถานกงสุลใหญ่ ณ นครลอสแอนเจลิส: a mission and the city it is in
    are one organisation ('Royal Thai Embassy in Seoul'), not a body (or a bare head) and a place."""
    out = list(kept)
    for c in kept:
        if c.type != "place":
            continue
        m = _MISSION_AT.search(text, max(0, c.start - 40), c.start)
        if m is None or m.end() != c.start:
            continue
        where, _ = _english(c, text)
        thai = "Royal Thai " if m.group(2) or text.startswith("ไทย", m.end(1)) else ""
        mission = _Cand(c.field, m.start(), c.end, "organisation",
                        f"{thai}{_MISSIONS[m.group(1)]} in {where}" if where else None)
        out = [k for k in out if k is not c and not (k.start < c.start and m.start() < k.end)]
        out.append(mission)
    return sorted(out, key=lambda k: k.start)


def _overseas_offices(text: str, kept: list[_Cand]) -> list[_Cand]:
    """สำนักงานแรงงาน ณ กรุงมะนิลา, สำนักงานส่งเสริมการค้าในต่างประเทศ ณ เมืองดูไบ: an office abroad and its city are one
    organisation (org_overseas_offices), as a mission and its city are (_missions); the city stays a place too (the
    read golds list both: heldout4 h04 `สถานกงสุลใหญ่ ณ นครลอสแอนเจลิส` and `นครลอสแอนเจลิส`, heldout121 h13 `เมืองดูไบ`)."""
    out = list(kept)
    for c in kept:
        if c.type != "place" or (found := org_overseas_offices.office_before(text, c.start)) is None:
            continue
        where, _ = _english(c, text)
        office = _Cand(c.field, found[0], c.end, "organisation", org_overseas_offices.english(found[1], where))
        out = [k for k in out if not (k.start < c.start and found[0] < k.end)]
        out.append(office)
    return sorted(out, key=lambda k: k.start)


def _forward_commands(text: str, kept: list[_Cand]) -> list[_Cand]:
    """An organisation ending with ส่วนหน้า grown over the province after it (org_forward_commands); the province
    it grows over stays a place too, as the read golds list it."""
    for c in kept:
        if c.type == "organisation" and (end := org_forward_commands.extend_end(text, c.start, c.end)) > c.end \
                and not any(k.type == "organisation" and c.end <= k.start < end for k in kept):
            c.end, c.english, c.canonical, c.known, c.source = end, None, None, False, None
    return kept


def _dotted_chains(text: str, kept: list[_Cand], g: Gazetteer) -> list[_Cand]:
    """An organisation's abbreviation at the head of a run of dotted abbreviations, grown over the run
    (org_dotted_chains); an organisation inside the run it grows over (มท. of ศอ.ปส.มท.) is dropped. A ministry's
    short form heads no run: รง.|สงป. is two bodies listed without a space (the Labour Ministry, the Budget Bureau)."""
    out = list(kept)
    for c in kept:
        if c.type != "organisation" or (end := org_dotted_chains.extend_end(text, c.start, c.end)) == c.end:
            continue
        known = g.terms.get(text[c.start:c.end])
        if known is not None and known.kind == "ministry":
            continue
        if any(k.start < end < k.end for k in out if k is not c):
            continue
        out = [k for k in out if k is c or k.type != "organisation" or not (c.start <= k.start and k.end <= end)]
        c.end, c.english, c.canonical, c.known, c.source = end, None, None, False, None
    return out


def _latin_joins(text: str, kept: list[_Cand], g: Gazetteer) -> list[_Cand]:
    """A Latin organisation cut at a dash or an apostrophe inside its name, grown whole (latin_name_joins); another
    organisation it grows over is dropped, a country it grows over stays a place."""
    out = list(kept)
    for c in kept:
        if c.type != "organisation" or not _LATIN.match(text, c.start):
            continue
        start, end = latin_name_joins.extend(text, c.start, c.end, _latin_place_names(g))
        if (start, end) == (c.start, c.end) or any(k.start < start < k.end or k.start < end < k.end for k in out if k is not c):
            continue
        out = [k for k in out if k is c or k.type != "organisation" or not (start <= k.start and k.end <= end)]
        c.start, c.end, c.english, c.canonical, c.known, c.source = start, end, None, None, False, None
    return sorted(out, key=lambda k: k.start)


def _latin_names_after(text: str, field: Field, kept: list[_Cand]) -> list[_Cand]:
    """สมาคมกรีฑาโลก (World Athletics): a Latin name in brackets right after a Thai organisation, that no rule typed,
    is the body's own name too (org_latin_glosses); _join_glosses then makes the two one entity."""
    bodies = [(c.start, c.end) for c in kept if c.type == "organisation"]
    found = org_latin_glosses.find(text, bodies, [(c.start, c.end) for c in kept]) if bodies else []
    if not found:
        return kept
    return sorted(kept + [_Cand(field, a, b, "organisation") for a, b in found], key=lambda c: c.start)


def _drop_glosses(text: str, kept: list[_Cand]) -> list[_Cand]:
    """บริษัท ปตท. จำกัด (มหาชน) (PTT Public Company Limited): the bracketed English is the name's
    English, not a second organisation."""
    out: list[_Cand] = []
    for c in kept:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.english and c.type == prev.type and (c.type != "place" or c.known)
            and text[prev.end:c.start].strip() == "(" and text[c.start:c.end] == prev.english
        ):
            continue
        out.append(c)
    return out


_GLOSS_OPEN = re.compile(r"[ \t]?\([ \t]?")
_GLOSS_CLOSE = re.compile(r"[ \t]?[),:]")
"""The end of a bracketed English name: its bracket, or a comma or colon before its country or acronym
((Sinovac Life Sciences Co.,Ltd., People's Republic of China), (American Chamber of Commerce in Thailand: AMCHAM))."""


_THAI_BEFORE_GLOSS = re.compile(r"[\u0e00-\u0e7f]{4,80}[ \t]?\($")
_LATIN_GLOSS = re.compile(r"\([ \t]?([A-Z][A-Za-z&\-]*(?:[ \t](?:of[ \t]|and[ \t]|for[ \t]|the[ \t])*[A-Z][A-Za-z&\-]*){1,7})[ \t]?[),:]")
"""A capitalised English name of two to eight words in brackets (closed, or cut by its acronym or country)."""
_NOT_GLOSS_HEADS = ("สภาพ", "กรมธรรม์", "สภาวะ", "สำนักงานใหญ่")


def _glossed_thai(text: str, field: Field, kept: list[_Cand]) -> list[_Cand]:
    """สภาหัตถศิลป์โลก (World Crafts Council), ศูนย์สนับสนุนแรงงานกัมพูชา (Cambodian Migrant Workers Supporting Center):
    an organisation's English name in brackets right after Thai words that no rule took, glued to the words before:
    the Thai name runs from the last organisation head word before the bracket (ORG_HEADS) to the bracket, and takes
    the gloss as its English. A place inside it is part of the name, not a second mention. Only a gloss a rule took
    for a body's name counts: one typed by the Thai head alone (องค์กรภาคเอกชน (Private Sector), องค์กรปลอดโควิด
    (COVID Free Setting)) was a kind or a slogan about half the time on 1,000 corpus releases."""
    out = list(kept)
    named = [(c.start, c.end, c) for c in kept if c.type == "organisation"]
    for m in _LATIN_GLOSS.finditer(text):
        if not any(a == m.start(1) and b == m.end(1) for a, b, _ in named):
            continue  # only a name some rule takes for a body's (Private Sector, COVID Free Setting: no body)
        before = _THAI_BEFORE_GLOSS.search(text, max(0, m.start() - 90), m.start() + 1)
        if before is None:
            continue
        thai = text[before.start():m.start()].rstrip(" \t(")
        end = before.start() + len(thai)
        if any(k.end == end and k.type != "place" for k in kept):
            continue  # a rule found the Thai name (or a person's): _join_glosses joins them
        at = max((thai.rfind(h) for h in ORG_HEADS), default=-1)
        head = next((h for h in ORG_HEADS if thai.startswith(h, at)), "") if at >= 0 else ""
        if at < 0 or len(thai) - at < len(head) + 3 or thai.startswith(_NOT_GLOSS_HEADS, at):
            continue
        start = before.start() + at
        if any(k.type != "place" and k.start < end and start < k.end for k in kept):
            continue  # it would cut a mention another rule found
        out = [k for k in out if not (k.type == "place" and start <= k.start and k.end <= end)]
        out.append(_Cand(field, start, end, "organisation", " ".join(m.group(1).split()), source="release",
                         gloss=(m.start(1), m.end(1))))
    return sorted(out, key=lambda k: k.start)


def _english_of(text: str, c: _Cand, dropped: list[_Cand]) -> bool:
    """Is the organisation `c` the bracketed English of a span dropped as naming no body (ธนาคารขยะ (Recyclable Waste
    Bank), ธนาคารหน่วยกิต (Credit Bank))? Then it names none either."""
    return c.type == "organisation" and bool(_GLOSS_CLOSE.match(text, c.end)) and any(
        d.type == "organisation" and d.end <= c.start and _GLOSS_OPEN.fullmatch(text, d.end, c.start) for d in dropped)


def _join_glosses(text: str, kept: list[_Cand]) -> list[_Cand]:
    """สภาหัตถศิลป์โลก (World Crafts Council): a Latin name in brackets right after a Thai organisation is that
    organisation's English, one entity with two surface forms, not a second one. The Thai mention takes the
    release's English when it has none (both then group by it); a Thai mention with an English of its own
    lends its canonical form and English to the Latin one."""
    for prev, c in itertools.pairwise(kept):
        if prev.type != "organisation" or c.type != "organisation":
            continue
        gap = _GLOSS_OPEN.fullmatch(text, prev.end, c.start)
        if gap is None or not _GLOSS_CLOSE.match(text, c.end):
            continue
        latin = text[c.start:c.end]
        if _THAI.search(latin) or not _THAI.search(text[prev.start:prev.end]) or " " not in latin.strip():
            continue  # an acronym (BOI) is a short form: _learn_aliases gives it the full name
        if prev.english is None:
            prev.english, prev.source = " ".join(latin.split()), "release"
        elif c.canonical is None:
            c.canonical = prev.canonical or text[prev.start:prev.end]
            c.english, c.source = prev.english, prev.source or "listed"
    return kept


_ALIAS_NOT_NAME = word_tuple("org_words.toml", "entities.alias_not_name")
"""What a bracket after a name starts with when it cites or qualifies rather than shortens the name."""


def _learn_aliases(texts: dict[Field, str], kept: list[_Cand]) -> dict[str, _Cand]:
    """Short forms a release defines right after a full name: (สทนช.), หรือ สสว., (BOI)."""
    aliases: dict[str, _Cand] = {}
    named = {c.person.first for c in kept if c.type == "person" and c.person is not None}
    bodies = {(c.field, c.start, c.end): c for c in kept if c.type == "organisation"}
    for c in kept:
        if c.type != "organisation":
            continue
        full = c.canonical or texts[c.field][c.start:c.end]
        for short in _company_short(full):
            aliases.setdefault(short, _Cand(c.field, 0, 0, "organisation", c.english, full, c.known))
        registered = full.rstrip().endswith(("จำกัด", "(มหาชน)"))  # its bracket is its English legal name, a gloss
        bracket = _COMPANY_BRACKET.match(texts[c.field], c.end) if full.startswith(("บริษัท", "สายการบิน")) and not registered else None
        if bracket is not None and not all(w in _GENERIC_LATIN for w in bracket.group(1).split()):
            aliases.setdefault(bracket.group(1), _Cand(c.field, 0, 0, "organisation", c.english, full, c.known))
        span = organisations.alias_after(texts[c.field], c.end)
        if span is None:
            continue
        alias = texts[c.field][span[0]:span[1]]
        if alias.startswith(_ALIAS_NOT_NAME):
            continue  # คณะรัฐมนตรี (ข้อ 14), (นัดพิเศษ): an item of the resolution, the kind of sitting
        if alias in named:
            continue  # รมช.มท. (ซาบีดา): the minister's given name, written in full elsewhere, not the ministry's short form
        if _other_acronym(c, alias) and organisations.inside_phrase(texts[c.field], c.start):
            continue  # คณะผู้สังเกตการณ์ชั่วคราวอาเซียน (IOT): the observer team's acronym, not ASEAN's
        if texts[c.field][:c.start].rstrip().endswith("ประจำ") and "." not in alias and _THAI.search(alias):
            continue  # รัฐมนตรีประจำสำนักนายกรัฐมนตรี (กิจการศาสนา), ... (นักบริหารระดับสูง): the post's portfolio or grade
        if _LATIN.match(alias) and org_latin_things.glosses_thing(texts[c.field], span[0]):
            continue  # บัญชีสินค้า...ของกระทรวงแรงงานสหรัฐฯ (TVPRA List): the list's name, not the ministry's
        if org_post_brackets.abbreviates_post(texts[c.field], c.start, alias):
            continue  # สมาชิกวุฒิสภา (สว.), ผู้ช่วยรัฐมนตรีประจำกระทรวงคมนาคม (ผชค.): the members' or the post's short form
        other = bodies.get((c.field, span[0], span[1]))
        if other is not None and other.english != c.english and (other.english or _own_body(alias, full)):
            continue  # กระทรวงพาณิชย์ (กรมการข้าว), กระทรวงกลาโหม (กรมเสมียนตรา): a body of its own, not a short form
        if alias not in aliases:
            aliases[alias] = _Cand(c.field, 0, 0, "organisation", c.english, full, c.known)
    return aliases


def _own_body(alias: str, full: str) -> bool:
    """Is a bracket after the name `full` a body's whole name rather than its short form: headed (กรม...,
    สำนักงาน...), no abbreviation dot, and not much shorter than `full` (สำนักงาน ก.พ., สำนักงานบีโอไอ shorten theirs)?"""
    return alias.startswith(organisations.STRONG_HEADS) and "." not in alias and len(alias) >= 0.6 * len(full)


def _name_aliases(texts: dict[Field, str], aliases: dict[str, _Cand], kept: list[_Cand]) -> None:
    """A short form a recogniser already found (the mined names' pairs, org_names.toml) still stands for the
    full name the release defines it by: (สส.) after กรมการเปลี่ยนแปลงสภาพภูมิอากาศและสิ่งแวดล้อม."""
    for c in kept:
        proto = aliases.get(texts[c.field][c.start:c.end]) if c.type == "organisation" and not c.canonical else None
        if proto is not None and proto.canonical:
            c.canonical = proto.canonical
            c.english = c.english or proto.english


def _shortened_names(texts: dict[Field, str], kept: list[_Cand]) -> None:
    """A committee or centre cut short with ฯ or written คกก. (คกก.แอลกอฮอล์ฯ) stands for the one full name of the
    release it shortens (org_ellipses.full_name), and takes that name's English."""
    orgs = [c for c in kept if c.type == "organisation"]
    names = {texts[c.field][c.start:c.end]: c for c in orgs}
    for c in orgs:
        surface = texts[c.field][c.start:c.end]
        if c.canonical or c.english or not (surface.endswith("ฯ") or surface.startswith("คกก.")):
            continue
        full = org_ellipses.full_name(surface, list(names))
        if full is not None:
            c.canonical = full
            c.english, c.source = _english(names[full], texts[names[full].field])


def _other_acronym(c: _Cand, alias: str) -> bool:
    """Is `alias` a Latin acronym other than the one the glossary gives this body ((IOT) after อาเซียน,
    whose acronym is ASEAN)?"""
    known = re.search(r"\(([A-Z][A-Za-z&]{1,9})\)$", c.english or "")
    return bool(known and re.fullmatch(r"[A-Z][A-Za-z&]{1,9}", alias) and alias != known.group(1))


_COMPANY_FIRST = re.compile(r"บริษัท[ \t\u00a0]+([\u0e01-\u0e4e]{3,20})[ \t\u00a0]")


_COMPANY_LATIN = re.compile(r"บริษัท[ \t\u00a0]*(?P<name>[A-Z][A-Za-z0-9&\-]*(?:[ \t,]+[A-Z&][A-Za-z0-9&.\-]*)*\.?)$")
_LEGAL_LATIN = re.compile(
    r"(?:[ \t,]+(?:Co\.?|Ltd\.?|Limited|LIMITED|Inc\.?|Corp\.?|Corporation|CORPORATION|PCL|Pcl|PLC|Plc|Pte\.?|LLC|AG|GmbH|"
    r"SE|S\.A\.|Sdn\.?|Bhd\.?|Group|GROUP|Holdings?|Company|Public))+$"
)
"""The legal form and group words that end a company's Latin name (Bayer AG, FPT Corporation, SOVICO Group)."""
_GENERIC_LATIN = frozenset({"Data", "Center", "Centre", "Digital", "Global", "Smart", "Energy", "Group", "Holding", "Thailand",
                            "Thai", "Asia", "International", "Technology", "Service", "Services", "Industry", "Fund", "AI"})
"""A core name of these words alone is a kind of business (บริษัท Data Center ...), not one company's short form."""


_COMPANY_BRACKET = re.compile(
    r"[ \t\u00a0]?\(([A-Z][A-Za-z0-9&'\-]*(?:[ \t][A-Z&][A-Za-z0-9&'\-]*){1,5})(?:[ \t]*[:,][ \t]*[A-Z][A-Z0-9&]{1,9})?\)"
    r"(?![ \t\u00a0]?จำกัด)"
)
"""A company's or airline's Latin name in brackets after its Thai one or its group's (บริษัท SOVICO Group (Vietjet Air),
บริษัท โกลบอล อินฟราสตรัคเจอร์ พาร์ตเนอร์ส (Global Infrastructure Partners)): a name of its own in the release, as the
read golds list it (heldout10 h03, heldout71 h05). Two to six capitalised words: one word is an acronym, which
organisations.alias_after reads. Not a bracket inside the registered name (บริษัท TARF (Saraburi Plant) จำกัด: the
plant), nor the English legal name after a registered one (บริษัท ปตท. จำกัด (มหาชน) (PTT Public Company Limited)),
which is that name's English, not a second body."""


def _latin_company_short(full: str) -> list[str]:
    """บริษัท Bayer AG is then called Bayer AG or Bayer, บริษัท GIP is GIP: a company written with บริษัท and its Latin
    name is named bare in the rest of the release (read golds: heldout69 h06 Bayer, heldout71 h05 GIP). The Latin
    name and its core (the legal form cut) are short forms, longest first."""
    m = _COMPANY_LATIN.match(full)
    if m is None:
        return []
    name = m.group("name").rstrip(" ,")
    core = _LEGAL_LATIN.sub("", name).rstrip(" ,.")
    out = []
    for form in (name, core):
        if len(form) >= 3 and form not in out and not all(w in _GENERIC_LATIN for w in form.split()):
            out.append(form)
    return out


def _company_short(full: str) -> list[str]:
    """บริษัท บางจาก คอร์ปอเรชั่น จำกัด (มหาชน) is then called บางจากฯ or บางจาก: the first word of a
    company's name, when it is no common word, is its short form in the rest of the release. A Thai subsidiary's
    bracket (org_country_offices.subsidiary_end) is no part of the short form: บริษัท ลาซาด้า จำกัด (ประเทศไทย) is ลาซาด้า."""
    full = re.sub(r"[ \t]?\((?:ประเทศไทย|Thailand)\)$", "", full)
    latin = _latin_company_short(full)
    if latin:
        return latin
    m = _COMPANY_FIRST.match(full)
    if m is None or not full.rstrip().endswith(("จำกัด", "(มหาชน)")):
        return []
    word = m.group(1)
    if word in dictionary() or word in NAME_STOPS or word.startswith(("ไทย", "แห่ง")):
        return []
    return [word + "ฯ", word]


def _alias_hits(texts: dict[Field, str], aliases: dict[str, _Cand], kept: list[_Cand]) -> list[_Cand]:
    out: list[_Cand] = []
    for field, text in texts.items():
        spans = [(c.start, c.end) for c in kept if c.field == field]
        for alias, proto in aliases.items():
            pos = 0
            while True:
                i = text.find(alias, pos)
                if i < 0:
                    break
                pos = i + len(alias)
                cand = _Cand(field, i, i + len(alias), "organisation", proto.english, proto.canonical)
                if _overlaps(cand, spans) or not on_boundary(text, i, i + len(alias)):
                    continue
                if precision.not_one(text, i, i + len(alias), "organisation"):
                    continue  # บริษัท|บริหารสินทรัพย์: a company's first word that is a common noun ('asset management')
                if abbrev_inside.inside_longer_abbreviation(text, i, i + len(alias)):
                    continue  # (อ|พม.): the ministry's volunteers, not the ministry named again
                if text[i + len(alias):i + len(alias) + 1] == " " and text[i + len(alias) + 1:].split(" ", 1)[0] in _PRODUCT_WORDS:
                    continue  # BAAC Mobile: the body's app
                if alias in _latin_company_short(proto.canonical or "") and not _whole_latin(text, i, i + len(alias)):
                    continue  # Google| Cloud, Apple| Developer Academy: a product or another body named after the company
                out.append(cand)
                spans.append((cand.start, cand.end))
    return out


def _whole_latin(text: str, start: int, end: int) -> bool:
    """Is a company's Latin short form here the whole name, not part of a longer Latin name, a product (Google Cloud,
    วัคซีน AZ) or a race (การแข่งขัน Formula One)? Checked only for the forms _latin_company_short gives: an acronym a
    release defines in brackets after a body stands as written (AWN's investment)."""
    if re.search(r"(?:การแข่งขัน|ศึก|รายการ)[ \t]*$", text[max(0, start - 12):start]):
        return False
    if text[start - 1:start].isalnum() or text[end:end + 1].isalnum():
        return False
    if re.match(r"[ \t]+[A-Z0-9]", text[end:end + 3]) or re.search(r"[A-Za-z][ \t]+$", text[max(0, start - 3):start]):
        return False
    return not companies.product_at(text, start, end)


def _english(c: _Cand, text: str) -> tuple[str | None, EnglishSource | None]:
    """The English form of an organisation or place and where it comes from: `listed` (the glossary
    or DOPA's register), `release` (the release gives it: Latin script, a bracketed name) or
    `romanised` (a guess, wholly or in part) or `translated` (made from its words, briefing/thai/org_translate.py)."""
    if c.english:
        return c.english, c.source or "listed"
    surface = text[c.start:c.end]
    if not _THAI.search(surface):
        return " ".join(surface.split()), "release"
    if c.type == "place":
        room = _ROOM_FLOOR_BUILDING.match(surface)
        if room:  # ห้องสัมมนากรมราชทัณฑ์ ชั้น 3 อาคารกรมราชทัณฑ์: each part in English, joined
            names = [_room_part_english(_Cand(c.field, c.start + room.start(i), c.start + room.end(i), "place"), text)
                     for i in (1, 3)]
            source: EnglishSource = "listed" if all(n[1] == "listed" for n in names) else "romanised"
            floor_no = room.group(2).translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
            return f"{names[0][0]}, Floor {floor_no}, {names[1][0]}", source
        given = places.bracket_english(text, c.end) if surface.startswith(VENUE_HEADS) else None
        if given:
            return given, "release"
        numbered = _numbered_known(surface)
        if numbered:
            return numbered, "listed"
        floor = _floor_room_english(surface, text, c.start)
        if floor:
            return floor
        company = org_by_parts.company(surface, described=True)
        if company:
            return company, "romanised"
        if surface.startswith(_ADMIN_HEADS):
            official = admin.english(surface, text, c.start)
            if official:
                return official, "listed"
        latin = _LATIN_NAME.match(surface)
        for head, pattern in _heads_en()["venue"]:
            if latin and surface.startswith(head):  # ห้อง War Room, โรงแรม The Athenee Hotel: already English
                word = pattern.replace("{}", "").strip()
                said = word.lower() in latin.group(1).lower() or (word == "Hotel" and not _LODGINGS.isdisjoint(latin.group(1).lower().split()))
                return (latin.group(1) if said else pattern.format(latin.group(1))), "release"  # Marriott Resort & Spa: no 'Hotel' added
        if latin:
            return latin.group(1), "release"  # ศูนย์ประชุม Congress Centre
        police = _police_station_english(surface, text, c.start)
        if police:
            return police
        for head, pattern in _heads_en()["transport"]:
            if surface == head + "แห่งประเทศไทย":  # สถานีวิทยุโทรทัศน์แห่งประเทศไทย: 'Television Station of Thailand'
                return pattern.replace("{}", "").strip() + " of Thailand", "listed"
            if surface.startswith(head) and len(surface) > len(head):
                part, listed = _place_part(surface[len(head):].strip(), text, c.start)
                kind = pattern.replace("{}", "").strip()
                named = part if part.split(" (")[0].endswith(kind) else pattern.format(part)  # Hua Lamphong: no second 'Railway Station'
                return named, "listed" if listed else "romanised"
        road = roads.english(surface)
        if road:
            return road, "listed"
        temple = place_temple_ranks.english(surface, org_by_parts.proper_name)
        if temple:  # the rank's own English, the name before it romanised
            return temple, "romanised"
        by_parts = _venue_by_parts(surface, text, c.start)
        if by_parts:
            return by_parts, "listed"
        cue = place_cues.english(surface, text, c.start)  # ด่านสะเดา, มรดกโลก..., a bare registered town
        if cue:
            return cue, "listed"
        described = _venue_described(surface)
        if described:
            return described, "translated"
        by_head = _venue_head_romanised(surface, text, c.start)
        if by_head:
            return by_head
        end, province = admin.longest_name(surface, 0, ("province",))
        if province is not None and end == len(surface):  # ช่วงนครราชสีมา - หนองคาย: the province, not the
            return province.en, "listed"  # city head นคร (นครเจนีวา 'Geneva') before 'Ratchasima'
        for head, pattern in _heads_en()["venue"]:
            if surface.startswith(head) and len(surface) > len(head):
                rest = surface[len(head):].strip()
                area = admin.english(rest, text, c.start) if rest.startswith(("ตำบล", "อำเภอ", "จังหวัด")) else None
                if area is None:  # นิคมอุตสาหกรรมมาบตาพุด: named for a registered area, its DOPA spelling ('Map Ta Phut')
                    end, area_named = admin.longest_name(rest, 0, ("province", "district", "subdistrict"))
                    area = area_named.en if area_named is not None and end == len(rest) else None
                name = area or org_by_parts.proper_name(rest)  # ชุมชนตำบลดอนแก้ว: 'Don Kaeo Subdistrict Community'
                kind = pattern.replace("{}", "").strip()
                last = kind.split()[-1].lower() if kind else ""
                if pattern.startswith("{}") and last and any(w.lower().endswith(last) for w in name.split()):
                    return name, "romanised"  # ห้องแกรนด์บอลรูม: 'Grand Ballroom', not 'Grand Ballroom Room';
                    # โรงแรมดิ อิมพีเรียล โฮเต็ล แอนด์ คอนเวนชั่น: 'The Imperial Hotel and Convention'
                if pattern.startswith("{}") and kind and name.isdigit():
                    return f"{kind} {name}", "romanised"  # อาคาร ๒: 'Building 2', not '2 Building'
                return pattern.format(name), "romanised"
        body = _class_in_area_english(surface) or _body_english(surface, text, c.start)  # ณ สำนักงานที่ดินจังหวัด
        # สงขลา สาขาหาดใหญ่, ณ ที่ทำการปกครองอำเภอพังโคน: a body as the venue
        if body:
            return body
        prison = _prison_english(surface, text, c.start)
        if prison and prison[1] == "listed":  # เรือนจำต้นแบบ, a model prison: no name to romanise
            return prison
        registered = admin.english(surface, text, c.start) if _THAI_WORD.fullmatch(surface) else None
        if registered:  # ดินแดง - ดอนเมือง, a route's ends: 'Din Daeng', the register's English, not 'Dindaeng'
            return registered, "listed"
        return romanise_place(surface), "romanised"
    campus = org_campuses.english(surface, gazetteer())
    if campus:  # มหาวิทยาลัยธรรมศาสตร์ ศูนย์รังสิต: 'Thammasat University, Rangsit Campus'
        return campus[0], "listed" if campus[1] else "romanised"
    cooperative = org_cooperatives.english(surface, lambda name: _owner_english(name, text, c.start))
    if cooperative:  # สหกรณ์ออมทรัพย์กระทรวงมหาดไทย: named for its owner or place
        return cooperative, "listed"
    office = org_overseas_offices.in_thailand(surface, gazetteer())
    if office:  # ธนาคารโลกประจำประเทศไทย: 'World Bank in Thailand'
        return office, "listed"
    return (_police_station_english(surface, text, c.start) or org_of_thailand.english(surface, gazetteer())
            or org_parents.english(surface, gazetteer()) or _class_in_area_english(surface)
            or _latin_inside(surface) or _body_english(surface, text, c.start)
            or _prison_english(surface, text, c.start) or (None, None))


_AREA_CLASSES = {"ตำรวจภูธรจังหวัด": "Provincial Police", "คณะกรรมการอิสลามประจำจังหวัด": "Provincial Islamic Committee"}
"""Classes named with their province the glossary does not list as a body of their own: the bare ตำรวจภูธรจังหวัด is
no body (the read golds leave it out), ตำรวจภูธรจังหวัดน่าน is (the Royal Thai Police's English for its provincial
commands). คณะกรรมการอิสลามประจำจังหวัดนราธิวาส is 'Provincial Islamic Committee, Narathiwat', as the committees write
their own English (21 mentions in 1,200 random releases had none)."""
_IN_AREA = re.compile(r"(.+?(?:จังหวัด|อำเภอ))[ \t]?([\u0e01-\u0e4e]+)")


def _class_in_area_english(surface: str) -> tuple[str, EnglishSource] | None:
    """A network's office the glossary lists as a class, named with its province or district glued on:
    ที่ทำการปกครองอำเภอพังโคน -> 'District Administration Office, Phang Khon District', ตำรวจภูธรจังหวัดขอนแก่น ->
    'Provincial Police, Khon Kaen', as the seated offices' English reads (organisations._seated_english). The
    provincial police and the district offices had no English at all (about 30 mentions in 1,500 random releases)."""
    m = _IN_AREA.fullmatch(surface)
    if m is None:
        return None
    term = gazetteer().terms.get(m.group(1))
    english = _AREA_CLASSES.get(m.group(1)) or (term.english if term is not None and term.type == "organisation" else None)
    if not english:
        return None
    level = "province" if m.group(1).endswith("จังหวัด") else "district"
    area = next((a for a in admin.areas().get(m.group(2), ()) if a.level == level), None)
    if area is None:
        return None
    name = re.sub(r" \([A-Za-z&]+\)$", "", english)
    return f"{name}, {area.en}" + (" District" if level == "district" else ""), "listed"


_PRISON_HEADS = ("เรือนจำ", "ทัณฑสถาน")
_CORRECTIONS = (("ทัณฑสถานหญิง", "Women Correctional Institution"), ("ทัณฑสถานวัยหนุ่ม", "Youth Correctional Institution"),
                ("เรือนจำกลาง", "Central Prison"), ("เรือนจำพิเศษ", "Special Prison"), ("เรือนจำจังหวัด", "Provincial Prison"), ("เรือนจำอำเภอ", "District Prison"),
                ("ทัณฑสถาน", "Correctional Institution"), ("เรือนจำ", "Prison"))
"""Prisons and correctional institutions by their kind, longest head first (the Department of Corrections' English
unit names, briefing/data/venues.toml: 'Chiang Rai Central Prison', 'Chon Buri Women Correctional Institution')."""


def _prison_english(surface: str, text: str, pos: int) -> tuple[str, EnglishSource] | None:
    """เรือนจำกลางบางขวาง -> 'Bang Khwang Central Prison', เรือนจำจังหวัดนนทบุรี -> 'Nonthaburi Provincial Prison',
    ทัณฑสถานหญิงชลบุรี -> 'Chon Buri Women Correctional Institution', ทัณฑสถานวัยหนุ่มกลาง -> 'Central Youth
    Correctional Institution': the place it is named after in its official English (else romanised), then the kind.
    Before, a prison typed an organisation had no English at all and one named after a place that is not a province
    or district was romanised whole ('Rueancham Klang Bang Khwang'). None for the bare kind (a class, not a body)."""
    head, kind = next(((th, en) for th, en in _CORRECTIONS if surface.startswith(th)), ("", ""))
    rest = surface[len(head):].strip()
    if not head or not rest or not _THAI.match(rest):
        return None
    if rest == "กลาง":
        return f"Central {kind}", "listed"
    rest = re.sub(r"^(?:จังหวัด|อำเภอ)", "", rest) if kind.endswith("Institution") else rest
    part, listed = _place_part(rest, text, pos)
    part = re.sub(r" (?:Sub)?[Dd]istrict$", "", part)
    return f"{part} {kind}", "listed" if listed else "romanised"


_LATIN_INSIDE = re.compile(r"(บริษัท|ห้างหุ้นส่วน(?:จำกัด|สามัญ)?|กลุ่มบริษัท|กระทรวง|ธนาคาร)[ \t\u00a0]+([A-Za-z][A-Za-z0-9&.,'’\- ]*[A-Za-z0-9.)])$")
"""A Thai kind word, then the body's own name in Latin script: บริษัท MGM Grand Paradise Limited, กระทรวง METI."""


def _latin_inside(surface: str) -> tuple[str, EnglishSource] | None:
    """The Latin name a release writes after a Thai kind word is the body's English as the release gives it:
    บริษัท MGM Grand Paradise Limited -> 'MGM Grand Paradise Limited', บริษัท Ben Foods -> 'Ben Foods'. Before, such
    a span had no English at all although its name was already in English."""
    m = _LATIN_INSIDE.match(surface)
    return (" ".join(m.group(2).split()), "release") if m else None


def _foreign_body_english(surface: str) -> str | None:
    """A body the translation glossary can name, then its country glued on (with or without แห่ง):
    กระทรวงวิทยาศาสตร์และเทคโนโลยีแห่งสาธารณรัฐประชาชนจีน -> "Ministry of Science and Technology of the People's
    Republic of China", กระทรวงการอุดมศึกษาและการวิจัยฝรั่งเศส -> '... of France'. Foreign ministries had no English
    in the side panel (about 30 mentions in 1,500 random 2023-2025 releases)."""
    g = gazetteer()
    for cut in range(4, len(surface) - 1):  # the longest country first: สาธารณรัฐประชาชนจีน, not จีน
        country = g.terms.get(surface[cut:])
        if country is None or country.kind != "country" or not country.english:
            continue
        body = org_translate.english(surface[:cut].removesuffix("แห่ง"), g)
        if not body:
            return None
        place = country.english.removeprefix("the ").removeprefix("The ")
        place = "the " + place if place.startswith(_THE) or re.search(r"Republic|Kingdom|Federation|Union", place) else place
        return f"{body} of {place}"
    return None


_BRANCH = re.compile(r"(.+?)[ \t]*สาขา[ \t]?([\u0e01-\u0e4e]+)$")


def _body_english(surface: str, text: str, start: int) -> tuple[str, EnglishSource] | None:
    """An organisation's English made from its parts or translated from its words (None when neither knows it); a
    branch after the body (สำนักงานที่ดินจังหวัดสงขลา สาขาหาดใหญ่) is the body's English, then "<place> Branch"."""
    made = org_by_parts.english(surface, text, start, gazetteer(), _place_part)  # hospitals, companies, faculties
    if made:
        return made[0], "listed" if made[1] else "romanised"
    doubled = surface.startswith("กระทรวงกระทรวง")  # a typo: 'Ministry of of the Ministry of Culture'
    translated = None if doubled else org_translate.english(surface, gazetteer()) or _foreign_body_english(surface)
    if translated:  # committees, working groups, centres; a foreign ministry with its country
        return translated, "translated"
    branch = _BRANCH.match(surface)
    if branch:
        owner = _body_english(branch.group(1), text, start)
        place, listed = _place_part(branch.group(2), text, start + branch.start(2))
        if owner and listed:
            return f"{owner[0]}, {place} Branch", owner[1]
    named = org_by_parts.named_romanised(surface)  # มูลนิธิเพชรเกษม: 'Phetkasem Foundation', a marked guess
    return (named, "romanised") if named else None


_ROOM_FLOOR_BUILDING = re.compile(r"(.+?)[ \t]+ชั้น(?:ที่)?[ \t]?([0-9๐-๙]{1,2})[ \t]+((?:อาคาร|ตึก).+)$")


@dataclass(frozen=True, slots=True)
class _Rooms:
    """briefing/data/venues.toml's room tables, in file order."""

    rooms_en: dict[str, str]
    """[[room]]: the room word of 'room, floor, owner' (ห้องประชุม ชั้น 5 ...) -> its English."""
    sizes_en: dict[str, str]
    """[[room_size]]: a size after the room word (ห้องประชุมใหญ่) -> its English."""
    kinds_en: tuple[tuple[str, str], ...]
    """[[room_kind]]: a room or building named by its kind (ห้องสัมมนา..., อาคาร...): the first that
    starts the name gives the English."""
    floor_parts: re.Pattern[str]
    """A room, its size, its floor and its owner, over the words of `rooms_en` and `sizes_en`."""


@functools.lru_cache(maxsize=1)
def _rooms() -> _Rooms:
    from briefing.thai.gazetteer import _load_toml

    data = _load_toml("venues.toml")

    def pairs(key: str) -> tuple[tuple[str, str], ...]:
        return tuple((b["th"], b["en"]) for b in data.get(key, []) if b.get("th") and b.get("en"))

    rooms, sizes = dict(pairs("room")), dict(pairs("room_size"))
    room, size = "|".join(map(re.escape, rooms)), "|".join(map(re.escape, sizes))
    floor_parts = re.compile(
        rf"({room})({size})?(?:[ \t]?ชั้น(?:ที่)?[ \t]?([0-9๐-๙]{{1,2}}))?[ \t]+([\u0e01-\u0e4e].*)$"
        rf"|({room})(?:กลาง)?[ \t]?ชั้น(?:ที่)?[ \t]?([0-9๐-๙]{{1,2}})$"
    )
    return _Rooms(rooms_en=rooms, sizes_en=sizes, kinds_en=pairs("room_kind"), floor_parts=floor_parts)


def _room_part_english(c: _Cand, text: str) -> tuple[str | None, EnglishSource | None]:
    """A room or building named by its kind and its owner or number: ห้องสัมมนากรมราชทัณฑ์ -> 'Department of
    Corrections Seminar Room', อาคารกรมราชทัณฑ์ -> 'Department of Corrections Building', ห้องประชุม 1 ->
    'Meeting Room 1'; anything else the usual way."""
    surface = text[c.start:c.end]
    kind = next((en for th, en in _rooms().kinds_en if surface == th), None)
    english = kind or _part_english(surface)
    return (english, "listed") if english else _english(c, text)


def _floor_room_english(surface: str, text: str, pos: int) -> tuple[str, EnglishSource] | None:
    """ห้องประชุม ชั้น 5 กระทรวงแรงงาน -> 'Meeting Room, Floor 5, Ministry of Labour (MOL)': the room,
    its floor and its owner's English (listed when the glossary knows the owner, else romanised)."""
    rooms = _rooms()
    m = rooms.floor_parts.match(surface)
    if m is None:
        return None
    room, size, floor, owner = (m.group(1), m.group(2), m.group(3), m.group(4)) if m.group(1) else (m.group(5), None, m.group(6), "")
    parts = [" ".join(filter(None, [rooms.sizes_en.get(size or ""), rooms.rooms_en[room]]))]
    if floor:
        parts.append(f"Floor {floor.translate(str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789'))}")
    owner = owner.strip()
    source: EnglishSource | None = "listed"
    if not floor and not owner.startswith(ORG_HEADS + VENUE_HEADS) and gazetteer().terms.get(owner) is None:
        return None  # ห้องประชุม อินฟินิตี้: a named room, translated the usual way
    if owner:
        building = owner.startswith(("อาคาร", "ตึก"))
        name = owner.removeprefix("อาคาร").removeprefix("ตึก").strip() if building else owner
        term = gazetteer().terms.get(name)
        if term is not None and term.english and term.type in ("organisation", "place"):
            parts.append(f"{term.english} Building" if building else term.english)
        else:
            english, source = _english(_Cand("body", 0, len(owner), "place"), owner)
            if english is None:
                return None
            parts.append(english)
    return ", ".join(parts), source or "romanised"


_NUMBERED_PLACE = re.compile(r"(.+?)[ \t]+([0-9]{1,4})$")


def _numbered_known(surface: str) -> str | None:
    """อาคารชาเลนเจอร์ 1: a listed venue and its number -> 'Challenger Hall 1, IMPACT Muang Thong Thani'."""
    m = _NUMBERED_PLACE.match(surface)
    term = gazetteer().terms.get(m.group(1)) if m else None
    if m is None or term is None or term.type != "place" or not term.english:
        return None
    name, sep, where = term.english.partition(", ")
    return f"{name} {m.group(2)}{sep}{where}"


def _org_english_at(g: Gazetteer):
    def org_at(text: str, pos: int) -> str | None:
        assert g.regex is not None
        m = g.regex.match(text, pos)
        if m and m.group(0) and g.terms[m.group(0)].type == "organisation":
            return g.terms[m.group(0)].english
        end = organisations.org_name_end(text, pos, _head(text, pos), g)
        return "" if end > pos else None

    return org_at


def _head(text: str, pos: int) -> str:
    for head in sorted(organisations.ORG_HEADS, key=len, reverse=True):
        if text.startswith(head, pos):
            return head
    return ""


def _role_lookup(g: Gazetteer):
    def org_english(text: str) -> str | None:
        assert g.regex is not None
        m = g.regex.match(text.strip())
        if m and m.group(0) and g.terms[m.group(0)].type in ("organisation", "place"):
            return g.terms[m.group(0)].english
        return None

    return org_english


def _latin_glosses(texts: dict[Field, str], people_cands: list[_Cand]) -> dict[int, int]:
    """Index of a Latin-script name given in brackets right after a Thai name -> index of that Thai
    name: "นางสาวเมลินดา กู๊ด (Ms. Melinda Good)" is one person, and the Latin form is her English."""
    glosses: dict[int, int] = {}
    for i in range(1, len(people_cands)):
        prev, c = people_cands[i - 1], people_cands[i]
        if prev.field != c.field or prev.person is None or c.person is None:
            continue
        text = texts[c.field]
        latin = _LATIN.match(text[c.person.name_start:c.person.name_start + 1])
        gap = _GLOSS_GAP.fullmatch(text[prev.end:c.start])
        if not (latin and gap and _THAI.search(text[prev.start:prev.end])):
            continue
        glosses[i] = i - 1
        rest = gap.group("rest").split()
        if rest and prev.person.family:  # นายฉู ตง หยู (Mr. Qu Dongyu): a three-part name; นายโรเบิร์ต เอฟ. โกเดค
            prev.person.family = " ".join((prev.person.family + gap.group("rest")).split())  # (H.E. Mr. Robert F. Godec)
            prev.end = prev.person.end = prev.end + len(gap.group("rest").rstrip())
    return glosses


_GLOSS_GAP = re.compile(r"(?P<rest>(?:\.(?=[ \t]+[\u0e01-\u0e4e]))?(?:[ \t]+[\u0e01-\u0e4e]{1,6}){0,2})[ \t]*\([ \t]*")


def _longer_name(text: str, end: int, name: str, full: dict) -> str | None:
    """The full name a two-part mention is the start of, when the text goes on with its last part."""
    for other in full:
        if other.startswith(name + " ") and re.match(r"[ \t]+" + re.escape(other[len(name) + 1:]) + r"(?![\u0e01-\u0e2e])", text[end:end + 40]):
            return other
    return None


def _role_english(role: str | None, g: Gazetteer) -> str | None:
    """A Thai role in English; a role an English release gives is English already."""
    if not role:
        return None
    if not _THAI.search(role):
        return role
    return role_english(role, g, _role_lookup(g))


def _people(texts: dict[Field, str], kept: list[_Cand], g: Gazetteer) -> tuple[list[Entity], list[Entity]]:
    """Full names are entities; first names alone refer back to a full name when there is one.

    A person is an entity at the first mention of each surface form ("นายสุชาติ ชมกลิ่น"); a later
    mention in another form ("ท่านสุชาติ ชมกลิ่น", "(Mr. ...)") is a reference to that person.
    """
    org_at = _org_english_at(g)
    full: dict[str, tuple[str, str | None, str | None, str]] = {}
    by_first: dict[str, str] = {}
    people_cands = [c for c in kept if c.type == "person"]
    for c in people_cands:
        if c.person is None:  # glossary hit: an official's full name with no title
            name = c.canonical or texts[c.field][c.start:c.end]
            first, _, fam = name.partition(" ")
            c.person = people.PersonMention(c.start, c.end, first, fam or None, c.start)
    glosses = _latin_glosses(texts, people_cands)
    latin_of: dict[int, str] = {}
    for latin, thai in glosses.items():
        gloss = people_cands[latin]
        assert gloss.person is not None
        latin_of[thai] = texts[gloss.field][gloss.person.name_start:gloss.end]
    english_field = {f: _is_english(TITLE_PREFIX.sub("", t)) for f, t in texts.items()}
    ends = {f: sorted(c.end for c in people_cands if c.field == f) for f in texts}
    by_family: dict[str, set[str]] = {}
    for i, c in enumerate(people_cands):
        text = texts[c.field]
        p = c.person
        assert p is not None
        people.attach_role(text, p, g, org_at)
        if english_field[c.field] and _LATIN.match(text[p.name_start:p.name_start + 1]):
            since = max((e for e in ends[c.field] if e <= c.start), default=0)  # not over the name before it
            p.role = english_text.person_role(text, p.name_start, p.end, since, _known_english(g)) or p.role  # Prime Minister Paetongtarn ...: not 'Minister'
        if p.role is None and i + 1 in glosses:  # the position follows the bracketed Latin form
            after = people_cands[i + 1]
            close = text.find(")", after.end, after.end + 3)
            probe = people.PersonMention(c.start, close + 1 if close >= 0 else after.end, p.first, p.family, c.start)
            people.attach_role(text, probe, g, org_at)
            p.role = probe.role
        if p.family and i not in glosses:
            canonical = f"{p.first} {p.family}"
            role = p.role
            if canonical in full and not role:
                role = full[canonical][1]
            role_en = _role_english(role, g)
            if canonical in full:
                english = full[canonical][0]
            elif i in latin_of and canonical not in g.person_spelling:
                english = " ".join(latin_of[i].split())
            else:
                english = person_english(canonical, g.person_spelling)
            if canonical not in full or (role and not full[canonical][1]):
                full[canonical] = (english, role, role_en, canonical)
            by_first.setdefault(p.first, canonical)
            latin_family = p.family if _LATIN.match(p.first[:1]) else latin_of[i].split()[-1] if i in latin_of else None
            if latin_family:
                by_family.setdefault(latin_family.split()[-1], set()).add(canonical)
    entities: list[Entity] = []
    references: list[Entity] = []
    surface_of: dict[str, str] = {}
    for i, c in enumerate(people_cands):
        p = c.person
        assert p is not None
        text = texts[c.field]
        surface = text[c.start:c.end]
        if i in glosses:
            named = people_cands[glosses[i]].person
            assert named is not None
            key = f"{named.first} {named.family}" if named.family else by_first.get(named.first, "")
            if key in full:
                english, role, role_en, _ = full[key]
                references.append(Entity(type="person", field=c.field, text=surface, start=c.start, end=c.end, english=english, role=role, canonical=key, role_english=role_en))
                continue
            if not named.family:  # นายเกอร์เบอร์ (Mr.Gerber): one person named once, the Latin form his English
                latin_form = " ".join(text[p.name_start:c.end].split())
                references.append(Entity(type="person", field=c.field, text=surface, start=c.start, end=c.end, english=latin_form, role=p.role, canonical=named.first, role_english=_role_english(p.role, g)))
                continue
        if p.family and i not in glosses and (longer := _longer_name(text, c.end, f"{p.first} {p.family}", full)):
            # นายเหงียน มั่นห์ ฮุง ... ด้าน นายเหงียน มั่นห์ ฮุง ได้กล่าว, the second read as two parts: the three-part name
            english, role, role_en, _ = full[longer]
            references.append(Entity(type="person", field=c.field, text=surface, start=c.start, end=c.end, english=english, role=role, canonical=longer, role_english=role_en))
        elif p.family and i not in glosses:
            canonical = f"{p.first} {p.family}"
            english, role, role_en, _ = full[canonical]
            if p.role and p.role != role:  # this mention gives another position
                role, role_en = p.role, _role_english(p.role, g)
            entity = Entity(type="person", field=c.field, text=surface, start=c.start, end=c.end, english=english, role=role, canonical=canonical, role_english=role_en)
            if surface_of.setdefault(canonical, surface) == surface:
                entities.append(entity)
            else:
                references.append(entity)
        elif p.first in by_first:
            english, role, role_en, full_name = full[by_first[p.first]]
            references.append(Entity(type="person", field=c.field, text=surface, start=c.start, end=c.end, english=english, role=role, canonical=full_name, role_english=role_en))
        elif len(sharing := by_family.get(p.first, set())) == 1 and _LATIN.match(p.first[:1]):
            # Mr. Oelrich after Mr. Stefan Oelrich, Mr. Dionisi after นายเปาโล ดีโอนีซี (H.E. Mr. Paolo Dionisi):
            # a Latin family name with a title is the person named in full
            english, role, role_en, full_name = full[next(iter(sharing))]
            references.append(Entity(type="person", field=c.field, text=surface, start=c.start, end=c.end, english=english, role=role, canonical=full_name, role_english=role_en))
        else:
            name = f"{p.first} {p.family}" if p.family else p.first
            english = " ".join(latin_of[i].split()) if i in latin_of else person_english(name, g.person_spelling)
            role = p.role
            role_en = _role_english(role, g)
            entities.append(Entity(type="person", field=c.field, text=surface, start=c.start, end=c.end, english=english, role=role, canonical=name, role_english=role_en))
    thai_english = {e.canonical: e.english for e in entities if e.canonical and e.english and _THAI.search(e.canonical)}
    for latin_e in [e for e in entities if e.canonical and not _THAI.search(e.canonical)]:
        twin = people.latin_twin(latin_e.canonical or "", thai_english)  # Mr. Bundit Sapianchai in the English part
        if twin is not None:
            entities.remove(latin_e)
            for thai_e in (t for t in entities if t.canonical == twin and twin not in g.person_spelling):
                thai_e.english = latin_e.canonical  # the release's own spelling beats a romanisation
            references.append(Entity(type="person", field=latin_e.field, text=latin_e.text, start=latin_e.start, end=latin_e.end, english=latin_e.english, role=latin_e.role, canonical=twin, role_english=latin_e.role_english))
    _bracketed_twins(texts, entities, references)
    references += _bare_first_names(texts, kept, by_first, full)
    _nicknames(texts, kept, g, full, entities, references)
    for person in [*entities, *references]:
        person.english_source = _person_source(person, g)
    return entities, references


_OPEN_BRACKET = re.compile(r"[ \t]*\(")


def _bracketed_twins(texts: dict[Field, str], entities: list[Entity], references: list[Entity]) -> None:
    """นาย Marek Libricky (มาเร็ก ลิบชีตซกี): a Thai spelling in brackets right after a Latin name is the same person,
    one entry in the panel with the release's Latin spelling as its English (the reader saw two people, and the gist
    named him twice: "Marek Lipchitsaki Marek Libricky"). The Thai spelling stays a mention in the entity list (a
    surface form of its own); its later mentions follow it."""
    for latin in [e for e in entities if e.canonical and not _THAI.search(e.canonical)]:
        text = texts[latin.field]
        bracket = _OPEN_BRACKET.match(text, latin.end)
        if bracket is None:
            continue
        for thai in [e for e in entities if e.field == latin.field and e.start == bracket.end() and e.canonical
                     and _THAI.search(e.canonical) and text[e.end:].lstrip(" \t").startswith(")")]:
            for mention in [thai, *(r for r in references if r.canonical == thai.canonical)]:
                mention.canonical, mention.english = latin.canonical, latin.english
                if latin.role and not mention.role:
                    mention.role, mention.role_english = latin.role, latin.role_english


def _person_source(person: Entity, g: Gazetteer) -> EnglishSource | None:
    """A person's English is `listed` (the officials' glossary), `release` (the release gives the
    name in Latin script) or `romanised`."""
    name = person.canonical or person.text
    if not person.english:
        return None
    if name in g.person_spelling:
        return "listed"
    if not _THAI.search(person.text) or not _THAI.search(name) or person.english != person_english(name, g.person_spelling):
        return "release"  # (นาย Marek Libricky: the title is Thai, the name the release's own Latin spelling)
    return "romanised"


def _nicknames(
    texts: dict[Field, str], kept: list[_Cand], g: Gazetteer, full: dict, entities: list[Entity],
    references: list[Entity],
) -> None:
    """An official's nickname (“บิ๊กป้อม”) refers to the full name when the release gives it,
    else it is the only mention of that person."""
    for field, text in texts.items():
        spans = [(c.start, c.end) for c in kept if c.field == field]
        for nick, name in g.nicknames.items():
            for s, e in _standing_alone(text, nick, spans, _NICKNAME_GLUED_AFTER):
                english = g.person_spelling.get(name)
                if name in full:
                    english, role, role_en, _ = full[name]
                    references.append(Entity(type="person", field=field, text=nick, start=s, end=e, english=english, role=role, canonical=name, role_english=role_en))
                else:
                    entities.append(Entity(type="person", field=field, text=nick, start=s, end=e, english=english, role=None, canonical=name))


_NICKNAME_GLUED_AFTER = ("ประธานาธิบดี", "นายกรัฐมนตรี", "สมเด็จ", "นาย", "ผู้นำ")
"""A post or title Thai glues before a leader's short name: ประธานาธิบดีทรัมป์, สมเด็จฮุนเซน, นายฮุนมาเน็ด."""


def _standing_alone(text: str, word: str, spans: list[tuple[int, int]],
                    glued_after: tuple[str, ...] = ()) -> Iterator[tuple[int, int]]:
    """Where `word` stands alone in `text` (no Thai letter glued on either side; after one of `glued_after`
    the sentence may be glued on too: ประธานาธิบดีทรัมป์ได้หารือ), outside the spans taken."""
    if word not in text:
        return
    for m in re.finditer(re.escape(word), text):
        s, e = m.start(), m.end()
        glued_ok = bool(glued_after) and text.endswith(glued_after, 0, s)
        if (s and is_thai(text[s - 1]) and not glued_ok) or (e < len(text) and is_thai(text[e]) and not glued_ok):
            continue
        if any(s < b and a < e for a, b in spans):
            continue
        yield s, e


def _bare_first_names(
    texts: dict[Field, str], kept: list[_Cand], by_first: dict[str, str], full: dict
) -> list[Entity]:
    """A first name alone between spaces or quotes (“สุริยะ”) refers to the person named in full."""
    out: list[Entity] = []
    for field, text in texts.items():
        spans = [(c.start, c.end) for c in kept if c.field == field]
        for first, canonical in by_first.items():
            if len(first) < 3:
                continue
            for s, e in _standing_alone(text, first, spans):
                english, role, role_en, _ = full[canonical]
                out.append(Entity(type="person", field=field, text=first, start=s, end=e, english=english, role=role, canonical=canonical, role_english=role_en))
    return out


def _title_as_body(texts: dict[Field, str], kept: list[_Cand]) -> None:
    """A name in the title cut shorter than the body reads the same words (the body closes a committee's name
    that the title alone leaves open: คณะกรรมการประสานงานจิตอาสา|พัฒนาคุณภาพชีวิต...) runs to the body's end,
    when the title goes on with those very words and nothing else was found there."""
    title = texts["title"]
    longer = sorted({texts["body"][c.start:c.end] for c in kept if c.field == "body" and c.type == "organisation"}, key=len)
    for c in kept:
        if c.field != "title" or c.type != "organisation":
            continue
        surface = title[c.start:c.end]
        name = next((n for n in reversed(longer) if len(n) > len(surface) and n.startswith(surface)
                     and title.startswith(n, c.start)), None)
        if name is None:
            continue
        end = c.start + len(name)
        if any(o is not c and o.field == "title" and o.start < end and c.start < o.end for o in kept):
            continue
        c.end = end


def _list_siblings(texts: dict[Field, str], kept: list[_Cand], g: Gazetteer) -> list[_Cand]:
    """Bare members of a list whose other members are recognised (lists.py): กระทรวงพาณิชย์ คลัง และเกษตรฯ."""
    out: list[_Cand] = []
    for field, text in texts.items():
        spans = [(c.start, c.end, c.type) for c in kept if c.field == field]
        for s in lists.siblings(text, spans, g):
            term = g.terms.get(s.canonical or text[s.start:s.end])
            if term is not None and term.kind in _NOT_BODIES:
                continue  # กรมชลประทาน กรมเจ้าท่า และ อปท.: the class of local bodies, which no rule lists alone either
            c = _Cand(field, s.start, s.end, s.type, s.english, s.canonical, known=s.canonical is not None)
            if s.type == "organisation" and s.romanised:
                c.english, c.source = romanise(text[s.start:s.end]), "romanised"
            out.append(c)
    return out


def _cued_bodies(texts: dict[Field, str], kept: list[_Cand]) -> list[_Cand]:
    """Bodies named after a chief's post or a verb of acting together that no rule found (org_cued): ประธานกรรมการ
    บริหาร|เครือข่ายองค์กรวิชาการสารเสพติด, ร่วมกับ|CTRIP."""
    out: list[_Cand] = []
    for field, text in texts.items():
        spans = [(c.start, c.end) for c in kept if c.field == field]
        places = [(c.start, c.end) for c in kept if c.field == field and c.type == "place"]
        for a, b in org_cued.find(text, spans, places):
            kept[:] = [c for c in kept if not (c.field == field and c.type == "place" and a < c.start and c.end <= b)]
            tail = royal_tails.tail_end(text, a, b)  # โรงพยาบาลเทพรัตนเวชชานุกูล| เฉลิมพระเกียรติ 60 พรรษา
            b = tail if tail > b and not any(x < tail and b < y for x, y in spans) else b
            out.append(_Cand(field, a, b, "organisation"))
    names = {texts[c.field][c.start:c.end] for c in out}
    for field, text in texts.items():  # the same name again in the release (ร่วมกันจัดงาน: จุฬาลงกรณ์มหาวิทยาลัย
        spans = [(c.start, c.end) for c in kept + out if c.field == field]  # เครือข่ายองค์กรวิชาการสารเสพติด ...)
        for name in names:
            for m in re.finditer(re.escape(name), text):
                if not any(a < m.end() and m.start() < b for a, b in spans) and on_boundary(text, m.start(), m.end()):
                    out.append(_Cand(field, m.start(), m.end(), "organisation"))
                    spans.append(m.span())
    return out


def _bare_places(texts: dict[Field, str], kept: list[_Cand]) -> list[_Cand]:
    """A place found with its head (จังหวัดน่าน, แม่น้ำโขง) where the release writes its name bare, most often in the
    headline (น้ำท่วมน่าน, ริมโขง): place_bare_names, a release-level pass; and a river found with its head written
    น้ำ + name (ระดับน้ำปิง): place_river_short."""
    places = [(c.field, c.start, c.end) for c in kept if c.type == "place"]
    taken: dict[str, list[tuple[int, int]]] = {}
    for c in kept:
        taken.setdefault(c.field, []).append((c.start, c.end))
    bare = [_Cand(f, a, b, "place") for f, a, b in place_bare_names.bare_mentions(dict(texts), places, taken)]  # type: ignore[arg-type]
    for c in bare:
        taken.setdefault(c.field, []).append((c.start, c.end))
    rivers = [_Cand(f, a, b, "place") for f, a, b in place_river_short.river_mentions(texts, places, taken)]  # type: ignore[arg-type]  # แม่น้ำปิง ... น้ำปิง
    headed = [texts[f][a:b] for f, a, b in places]
    for c in rivers:  # น้ำปิง is the Ping River the release names, not 'Nam Ping'
        head = place_river_short.headed_form(texts[c.field][c.start:c.end], headed)
        if head:
            c.english, c.source = _english(_Cand(c.field, 0, len(head), "place"), head)
    return bare + rivers


def _bangkok_acting(texts: dict[Field, str], kept: list[_Cand]) -> None:
    """Bangkok named as its administration acting or asked to act is the body, not the place (org_cued.bangkok_acts;
    CONVENTIONS.md C3): เชิญทาง กทม., กรุงเทพมหานคร (กทม.) ได้เปิดสวนสาธารณะ. Runs after _bangkok_listed (each
    field's Bangkok listed among bodies or after a partner word): two cues, one body, one English."""
    ordered = sorted(kept, key=lambda c: (c.field, c.start))
    for i, c in enumerate(ordered):
        prior = ordered[i - 1] if i else None
        if prior is not None and prior.field == c.field and prior.type == "place" and c.start - prior.end <= 5 \
                and re.fullmatch(r"[ \t\u00a0,]*(?:และ)?[ \t\u00a0]*", texts[c.field][prior.end:c.start]):
            continue  # โรงแรมรอยัล ปริ๊นเซส หลานหลวง กรุงเทพมหานคร, จังหวัดสุรินทร์และกรุงเทพมหานคร: an address, a list of places
        if c.type == "place" and org_cued.bangkok_acts(texts[c.field], c.start, c.end) \
                and not bangkok_body.place_follows(texts[c.field], c.end):
            c.type, c.english, c.source, c.known = "organisation", bangkok_body.ENGLISH, "listed", True
            c.canonical = "กรุงเทพมหานคร"


def _venue_short_forms(texts: dict[Field, str], kept: list[_Cand]) -> list[_Cand]:
    """ณ อาคารสถาบันเพื่อการยุติธรรมแห่งประเทศไทย (TIJ): the short form in the venue's bracket is a place, as the venue
    is (place_bracket_short): an organisation span there is retyped, an unclaimed Thai one added."""
    added: list[_Cand] = []
    for field, text in texts.items():
        places = [(c.start, c.end) for c in kept if c.field == field and c.type == "place"]
        for a, b, latin in place_bracket_short.venue_short_forms(text, places):
            inside = [c for c in kept if c.field == field and c.start < b and a < c.end]
            if not inside and not latin:
                added.append(_Cand(field, a, b, "place"))
            elif len(inside) == 1 and inside[0].type == "organisation" and (inside[0].start, inside[0].end) == (a, b):
                inside[0].type = "place"
    return added


def _rooms_of_bodies(texts: dict[Field, str], kept: list[_Cand]) -> None:
    """ห้องประชุมกรมชลประทาน: a room or hall word glued before a body's name makes the whole a place
    (place_room_bodies)."""
    for c in kept:
        if c.type != "organisation":
            continue
        text = texts[c.field]
        at = place_room_bodies.room_start(text, c.start)
        if at is None or any(o is not c and o.field == c.field and o.start < c.start and at < o.end for o in kept):
            continue
        c.start, c.type, c.english, c.canonical, c.known, c.source = at, "place", None, None, False, None


def _faculties_with_university(texts: dict[Field, str], kept: list[_Cand]) -> list[_Cand]:
    """คณะแพทยศาสตร์ มหาวิทยาลัยขอนแก่น: a faculty and its university after one space are one organisation
    (org_faculties); the university's own span there is dropped, its other mentions stay."""
    starts = {(c.field, c.start): c for c in kept if c.type == "organisation"}
    dropped: set[int] = set()
    for c in kept:
        if c.type != "organisation" or not org_faculties.is_faculty(texts[c.field][c.start:c.end]):
            continue
        text = texts[c.field]
        after = org_faculties.university_start(text, c.end)
        uni = starts.get((c.field, after)) if after is not None else None
        if uni is not None and org_faculties.is_university(text[uni.start:uni.end]) and org_faculties.joins(text, c.end, uni.start):
            (fac_en, fac_src), (uni_en, uni_src) = _english(c, text), _english(uni, text)
            c.end, c.canonical = uni.end, None
            c.english = f"{fac_en}, {uni_en}" if fac_en and uni_en else None  # Faculty of Medicine, Khon Kaen University
            c.source = (fac_src if fac_src != "listed" else uni_src) if c.english else None
            dropped.add(id(uni))
        elif uni is None and (end := org_faculties.short_university_end(text, c.end)) is not None and not any(
            o.field == c.field and o.start < end and c.end < o.end for o in kept
        ):
            c.end, c.english, c.canonical, c.known = end, None, None, False  # คณะครุศาสตร์ มรภ.ภูเก็ต
    return [c for c in kept if id(c) not in dropped]


def _late_org_checks(texts: dict[Field, str], kept: list[_Cand]) -> list[_Cand]:
    """org_classes on the last list of spans, after the rules that add mentions late: a hospital or school named by
    its class (โรงพยาบาลสมเด็จพระยุพราช ทั่วประเทศ, รพ.จิตเวช), an office named by its role (สำนักงานในประเทศไทย), and
    an English sentence's opening The (The International Vaccine Institute has sent ...: the name after it)."""
    out: list[_Cand] = []
    for c in kept:
        text = texts[c.field]
        if c.type in ("organisation", "place"):
            c.end = org_classes.member_end(text, c.start, c.end)  # โรงพยาบาลสมเด็จพระยุพราช| ปัว
        if c.type in ("organisation", "place") and org_classes.class_named(text, c.start, c.end):
            continue
        if c.type == "organisation":
            if org_classes.generic_office(text, c.start, c.end):
                continue
            start = org_classes.article_start(text, c.start, c.end)
            if start < 0:
                continue
            c.start = start
        out.append(c)
    return out


def find_entities(title: str, body: str) -> tuple[list[Entity], list[Entity]]:
    """(entities, references) over title and body; offsets index the named field."""
    g = gazetteer()
    texts: dict[Field, str] = {"title": title, "body": body}
    kept: list[_Cand] = []
    for field, text in texts.items():
        kept += _field_cands(text, field, g)
    _title_as_body(texts, kept)
    aliases = _learn_aliases(texts, kept)
    _name_aliases(texts, aliases, kept)
    _shortened_names(texts, kept)
    kept += _alias_hits(texts, aliases, kept)
    kept += _list_siblings(texts, kept, g)
    kept += _cued_bodies(texts, kept)
    kept += _bare_places(texts, kept)
    _bangkok_acting(texts, kept)
    kept += _venue_short_forms(texts, kept)
    kept = _faculties_with_university(texts, kept)
    _rooms_of_bodies(texts, kept)
    kept = _late_org_checks(texts, kept)
    kept = [c for c in kept if c.type != "organisation" or not org_caps_words.inside_name(texts[c.field], c.start, c.end)]  # THAI DISASTER ALERT
    # an alias defined in brackets is itself a mention
    entities, references = _people(texts, kept, g)
    for c in kept:
        if c.type == "person":
            continue
        text = texts[c.field]
        surface = text[c.start:c.end]
        canonical = c.canonical if c.canonical and c.canonical != surface else None
        english, source = _english(c, text)
        entity = Entity(type=c.type, field=c.field, text=surface, start=c.start, end=c.end, english=english, role=None, canonical=canonical)  # type: ignore[arg-type]
        entity.english_source = source
        entities.append(entity)
    english_aliases.share(entities, texts)  # สกอท. after its listed full name: the same English
    tags = {field: [m.span() for m in _HASHTAG.finditer(text)] for field, text in texts.items()}
    entities = [e for e in entities if not any(a <= e.start < b for a, b in tags[e.field])]
    references = [e for e in references if not any(a <= e.start < b for a, b in tags[e.field])]
    key = {"title": 0, "body": 1}
    entities.sort(key=lambda e: (key[e.field], e.start))
    references.sort(key=lambda e: (key[e.field], e.start))
    return entities, references
