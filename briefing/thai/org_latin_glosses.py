"""An organisation's own Latin name, written in brackets right after its Thai name, found when no head word names it.

A Thai release gives a foreign (or Thai) body's name in its own letters in brackets after the Thai one:
สมาคมกรีฑาโลก (World Athletics), องค์กรอุตสาหกรรมนมของออสเตรเลีย (Dairy Australia), บริษัทเซอร์พลาส เทค จำกัด (Cirplas),
ศูนย์ควบคุมและป้องกันโรคแห่งสหรัฐอเมริกา (Centers for Disease Control and Prevention : CDC), หอการค้านิวซีแลนด์–ไทย
(New Zealand–Thai Chamber of Commerce: NZTCC). The reader lists the Latin name (and the acronym after its colon or
dash) as the body's second surface form, as the read golds do (107 of 125 Latin brackets after a gold organisation
are listed). latin_orgs finds such a name by its head word (Ministry, Council ...) and alias_after a short
acronym; a name with no head word (World Athletics, Dairy Australia), a plural or accented one (Centers,
München), or one cut by a dash inside it (New Zealand–Thai) was seen by no rule, and the reader got nothing.

Only a bracket directly after a Thai organisation a rule found is read, and only a name: a bracket that starts a
person (H.E.Mr. ...), a post (Minister of Justice of ...), an event, a programme, a law or a thing the body runs
(ASEAN Defence Ministers' Meeting, UN Comtrade Database, DIPROM Headquarter, Call Center) is left, by the words of
briefing/data/latin_org_words.toml [latin_glosses]; so is a country or a place (Thailand), a lower-case tag (k9),
and anything another rule already typed. A name of ordinary English words only (Top Executives, Market
sophistication) must be spelt out by the acronym after it to count (Centers for Disease Control and Prevention : CDC).

Measured on 490 corpus releases with a Latin bracket after a Thai body head (outside bench and dev, not the releases
the word lists were written from): 21 new organisations, 18 right (OECD's English name, Interpol, VECONAC, APAC,
Bureau International des Expositions, Sub-Committee on Accreditation, a company's trade name Seagull ...), 3 wrong
(Arabica after a community enterprise named for the coffee, an instrument's name and acronym). On 258 more releases
(the college sample of org_colleges) it made 11, 5 right; the Thai name must now start with a body's head word
(Thailandpostmart after ไปรษณีย์ไทย glossed the shop), which leaves 8 there, 5 right, and 20 in the first sample, 18
right; a lower-case word after the first refuses a species (Pychonotus ocosus) and one right name (NexGen e-commerce):
27 new, 22 right (81%).
"""

from __future__ import annotations

import re

from briefing.thai import org_latin_things
from briefing.thai.gazetteer import ORG_HEADS, gazetteer
from briefing.thai.latin_places import ordinary
from briefing.thai.organisations import inside_phrase
from briefing.thai.wordlists import word_set

_NOT_NAME = word_set("latin_org_words.toml", "latin_glosses.not_name")
"""Words that make the bracket a person, a post, an event, a programme, a document or a service, not a body."""
_HEADS = word_set("latin_org_words.toml", "latin_orgs.heads")
_BODY_HEADS = tuple(h for h in ORG_HEADS if h != "วิสาหกิจชุมชน") + ("สมาพันธ์", "สมัชชา", "หน่วยงาน")
"""The Thai name must start with a word for a body (สมาคมกรีฑาโลก, องค์การตำรวจสากล, บริษัท ...): a known name without one
is glossed as the phrase it ends (การจำหน่ายสินค้าชุมชนผ่านไปรษณีย์ไทย (Thailandpostmart): the shop, not the post)."""
_OWNED = re.compile(r"ของ[ \t]?$")
"""อุทยานธรณีโลกของ|ยูเนสโก (UNESCO Global Geoparks): after ของ the bracket glosses the whole phrase, the body its owner."""

_BRACKET = re.compile(r"[ \t]?\([ \t]?(?P<inner>[^()\n\u0e00-\u0e7f]{2,110}?)[ \t]?\)")
_SPLIT = re.compile(r"[ \t]*[:;][ \t]*|[ \t]+[-–][ \t]+")
"""The name and its acronym: (Centers for Disease Control and Prevention : CDC), (World Athletics - WA)."""
_NAME = re.compile(r"[A-Z0-9\u00c0-\u00de][A-Za-z0-9\u00c0-\u024f&'’.\-–]*(?:[ \t]+[A-Za-z0-9\u00c0-\u024f&'’.\-–]+){0,11}")
"""A Latin name of up to twelve words, its first capitalised (The Ocean Cleanup, FC Bayern München AG); not k9."""
_JOINERS = frozenset({"of", "and", "for", "the", "on", "in", "to", "at", "by", "de", "des", "du", "la", "le", "et", "&"})
_WORDS = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_THAI = re.compile(r"[\u0e00-\u0e7f]")


def _spelt_by(name: str, acronym: str) -> bool:
    """Are the acronym's letters the initials of the name's capitalised words, in order (Centers for Disease Control
    and Prevention : CDC)? Then the name is a proper name, whatever its words."""
    initials = "".join(w[0] for w in _WORDS.findall(name) if w[0].isupper())
    letters = [c for c in acronym if c.isalpha()]
    if not acronym.isupper() or len(letters) < 2:
        return False
    at = 0
    for c in letters:
        at = initials.find(c, at) + 1
        if at == 0:
            return False
    return True


def _is_name(part: str, spelt: bool = False) -> bool:
    if not _NAME.fullmatch(part) or not re.search(r"[A-Za-z\u00c0-\u024f]{2}", part):
        return False
    term = gazetteer().terms.get(part)
    if term is not None and term.type == "place" or re.fullmatch(r"[0-9.,\-– ]+", part):
        return False  # (Thailand), (2567)
    words = _WORDS.findall(part)
    if any(w in _NOT_NAME or w.rstrip("s") in _NOT_NAME for w in words):
        return False
    if any(w[0].islower() and w not in _JOINERS for w in part.split()[1:]):
        return False  # นกปรอดหัวโขน (Pychonotus ocosus): a species' Latin name; (Market sophistication): a phrase
    # a name, an acronym or a head word in it: not a phrase of ordinary words (Sustainable Banking, Top Executives)
    return spelt or any(w in _HEADS or w.isupper() or w[0].isupper() and not ordinary(w) for w in words)


def find(text: str, bodies: list[tuple[int, int]], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each Latin name (and acronym) in a bracket right after a Thai organisation in `bodies`, that no
    span in `taken` overlaps."""
    if "(" not in text:
        return []
    out: list[tuple[int, int]] = []
    for start, end in bodies:
        m = _BRACKET.match(text, end)
        if m is None or not _THAI.search(text[start:end]):
            continue  # a Latin body's own bracket is latin_orgs' (its country, its acronym)
        if not text.startswith(_BODY_HEADS, start) or inside_phrase(text, start) or _OWNED.search(text, max(0, start - 4), start):
            continue  # การประชุมผู้บริหาร|กระทรวงดีอี (Top Executives): the bracket glosses the phrase, not the body
        inner, base = m.group("inner"), m.start("inner")
        if org_latin_things.glosses_thing(text, base):
            continue  # ความตกลงการค้าเสรีไทย–สหภาพยุโรป (Thailand –EU FTA): the bracket names the agreement
        if "," in inner or "http" in inner or "@" in inner:
            continue  # (Sinovac Life Sciences Co.,Ltd., People's Republic of China), a link, an address: left
        pos = 0
        spans: list[tuple[int, int]] = []
        for piece in [*_SPLIT.split(inner)]:
            at = inner.index(piece, pos)
            pos = at + len(piece)
            stripped = piece.strip(" \t")
            if not stripped:
                continue
            a = base + at + (len(piece) - len(piece.lstrip(" \t")))
            spans.append((a, a + len(stripped)))
        if not spans or len(spans) > 2:
            continue
        spelt = len(spans) == 2 and _spelt_by(text[spans[0][0]:spans[0][1]], text[spans[1][0]:spans[1][1]])
        if not all(_is_name(text[a:b], spelt) for a, b in spans):
            continue  # one part a person, a post or an event: the bracket is not the body's name
        for a, b in spans:
            if not any(s < b and a < e for s, e in taken):
                out.append((a, b))
    return out
