"""English for a descriptive organisation name, translated word by word: committees, working groups, centres.

On 200 random archive releases (session 13) about half of the organisations the side panel showed with "(no
English form)" were named by what they do, not by a proper name: คณะกรรมการโรคติดต่อจังหวัด,
คณะอนุกรรมการส่งเสริมคุณธรรม, คณะทำงานด้านวัคซีน, ศูนย์ปฏิบัติการต่อต้านการทุจริต. A romanisation of such a
name reads as nothing and a glossary cannot list them all, but their words are few and recur. This makes the
English from a glossary of name words (briefing/data/org_words_en.toml) in the order the government's own
English names take (the listed committees: คณะกรรมการนโยบายการท่องเที่ยวแห่งชาติ is "National Tourism Policy
Committee"): Thai puts the head first and each modifier after what it modifies, English the other way round, so
the words are read from the last to the first and the kind goes last:

    คณะกรรมการ | นโยบาย | การท่องเที่ยว | แห่งชาติ  ->  National Tourism Policy Committee
    ศูนย์ | ปฏิบัติการ | ต่อต้าน | การทุจริต     ->  Anti-Corruption Operations Centre
    คณะทำงาน | ด้าน | วัคซีน                     ->  Working Group on Vaccines

Words joined by และ stay in their order ("Prevention and Suppression"); a linking word (เพื่อ, ว่าด้วย, ด้าน,
สำหรับ) puts what follows it after the kind ("... for Persons with Disabilities"); a known body, province or
district at the end is named by its listed or official English ("... of the Ministry of Finance", "...,
Nong Khai"). When any word of the name is not in the glossary the name gets no English: a half-translation
or a romanisation mixed into English words would read worse than none. The result is our translation, not
the body's official English: the reader marks it as translated (EnglishSource "translated"), as it marks a
romanisation as a guess.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from briefing.thai import admin
from briefing.thai.gazetteer import Gazetteer, _load_toml, gazetteer

Kind = Literal["word", "lead", "before", "link", "after", "empty", "and"]
"""How a unit's English goes into the name: `word` read last to first before the kind; `lead` first of all
(ร่วม 'Joint'); `before` glued to the English of the word after it (ต่อต้าน 'Anti-'); `link` puts what follows it
after the kind (เพื่อ 'for'); `after` after the kind (แห่งประเทศไทย 'of Thailand'); `empty` no English (การ
before a listed word)."""


@dataclass(frozen=True, slots=True)
class _Unit:
    en: str
    kind: Kind


@dataclass(frozen=True, slots=True)
class _Words:
    heads: tuple[tuple[str, str], ...]
    """(Thai head, English pattern with {}), longest Thai first."""
    owned: dict[str, str]
    """Thai head -> its English before 'of the <body>' when the rest of the name is a known body (คณะกรรมการ
    กบข.: 'Board of the Government Pension Fund', as org_by_parts names a listed body's board)."""
    units: dict[str, _Unit]
    lengths: dict[str, tuple[int, ...]]
    """The first two letters of units -> the lengths of the units that start so, longest first: the cut looks up
    only those, not every length at every letter."""
    head: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    data = _load_toml("org_words_en.toml")
    heads = sorted(((str(h["th"]), str(h["en"])) for h in data.get("head", [])), key=lambda p: len(p[0]), reverse=True)
    units: dict[str, _Unit] = {}
    for table, kind in (("words", "word"), ("lead", "lead"), ("before", "before"), ("link", "link"), ("after", "after"),
                        ("empty", "empty")):
        for th, en in data.get(table, {}).items():
            units[str(th)] = _Unit(str(en), kind)  # type: ignore[arg-type]
    units["และ"] = _Unit("and", "and")
    owned = {str(h["th"]): str(h["owned"]) for h in data.get("head", []) if h.get("owned")}
    lengths: dict[str, set[int]] = {}
    for key in units:
        lengths.setdefault(key[:2], set()).add(len(key))
    head = re.compile("|".join(re.escape(th) for th, _ in heads))
    return _Words(tuple(heads), owned, units, {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}, head)


def _segment(body: str) -> list[tuple[_Unit, bool]] | None:
    """`body` cut into glossary units covering every letter, the fewest units first, each with whether a space
    comes before it; None when some part is not in the glossary."""
    w = _words()
    n = len(body)
    best: list[list[tuple[_Unit, bool]] | None] = [None] * (n + 1)
    best[n] = []
    for i in range(n - 1, -1, -1):
        if body[i] == " ":
            continue
        for length in w.lengths.get(body[i:i + 2], ()):
            j = i + length
            unit = w.units.get(body[i:j]) if j <= n else None
            if unit is None:
                continue
            k = j + 1 if body[j:j + 1] == " " else j
            rest = best[k]
            if rest is None:
                continue
            if unit.kind == "empty" and (not rest or rest[0][0].kind != "word" or k != j):
                continue  # การ alone, or before a link word: no name word to make a noun of
            if best[i] is None or len(rest) + 1 < len(best[i] or []):
                best[i] = [(unit, False), *[(u, s if m else k != j) for m, (u, s) in enumerate(rest)]]
    return best[0]


def starts_with_word(name: str) -> bool:
    """Does `name` start with a word of the glossary (พัฒนา, ส่งเสริม...): a name that describes what the body does,
    which a romanisation would not make readable (org_by_parts.named_romanised)?"""
    w = _words()
    return any(w.units.get(name[:n]) is not None and w.units[name[:n]].kind == "word" for n in w.lengths.get(name[:2], ()) if n >= 3)


def _noun(en: str) -> str:
    """A word's form as a noun in a list ('Commerce and Industry'): the second of 'Industrial|Industry'."""
    return en.rpartition("|")[2]


def _group(units: list[tuple[_Unit, bool]]) -> list[_Unit] | None:
    """Words joined by และ made one word: 'Prevention and Suppression'. Words written apart by spaces before an
    'and' are a list, in Thai order: 'อุทกภัย วาตภัย และดินโคลนถล่ม' -> 'Flood, Storm and Landslide',
    'ศาสนา คุณธรรม จริยธรรม ศิลปะและวัฒนธรรม' -> 'Religion, Morality, Ethics, Arts and Culture'."""
    kept: list[tuple[_Unit, bool]] = []
    carry = False
    for u, space in units:  # การ, ฝ่าย: no English; a space before one is a space before the next word
        if u.kind == "empty":
            carry = carry or space
            continue
        kept.append((u, space or carry))
        carry = False
    units = kept
    out: list[_Unit] = []
    spaced: list[bool] = []
    i = 0
    while i < len(units):
        u, space = units[i]
        if u.kind == "and":
            if not out or out[-1].kind != "word" or i + 1 >= len(units) or units[i + 1][0].kind != "word":
                return None
            items = [out.pop()]
            while spaced.pop() and out and out[-1].kind == "word":
                items.insert(0, out.pop())
            spaced.append(False)
            joined = ", ".join(_noun(v.en) for v in items)
            out.append(_Unit(f"{joined} and {_noun(units[i + 1][0].en)}", "word"))
            i += 2
            continue
        if (space and " and " in u.en and u.kind == "word" and out and out[-1].kind == "word"
                and (i + 1 == len(units) or units[i + 1][0].kind != "word" or units[i + 1][1])):
            items = [u]
            spaced.append(space)
            while spaced.pop() and out and out[-1].kind == "word":
                items.insert(0, out.pop())
            spaced.append(False)
            out.append(_Unit(", ".join(_noun(v.en) for v in items), "word"))
            i += 1
            continue
        out.append(u)
        spaced.append(space)
        i += 1
    return out


def _compose(units: list[_Unit]) -> tuple[str, str] | None:
    """(before the kind, after the kind) for the units in Thai order."""
    lead: list[str] = []
    front: list[str] = []
    if all(u.kind in ("lead", "empty") for u in units):
        return None  # กองกลาง: 'central' alone names no field
    first = next((i for i, u in enumerate(units) if u.kind == "word"), -1)
    back = ""
    glued = ""
    for i, u in enumerate(units):
        if glued and u.kind != "word":
            return None  # ต่อต้าน with no word after it
        if u.kind == "lead":
            lead.append(u.en)
        elif u.kind == "word":
            modifier, _, noun = u.en.partition("|")
            en = noun if noun and i == first else modifier  # 'Economics Office', 'Economic Policy'
            if glued:
                en, glued = glued + _noun(u.en), ""  # 'Anti-Fake News' (and no more: 'Thailand Anti-Fake News Centre')
            if not front or front[0] != en:  # นักข่าว นักหนังสือพิมพ์: 'Journalists' once
                front.insert(0, en)
        elif u.kind == "empty":
            continue
        elif u.kind == "before":
            glued = u.en
        elif u.kind == "link":
            rest = _compose(units[i + 1:])
            if rest is None or not rest[0]:
                return None
            back = f"{u.en} {' '.join(p for p in rest if p)}"
            break
        else:  # after: the last units only
            if any(v.kind != "after" for v in units[i + 1:]):
                return None
            back = " ".join(v.en for v in units[i:])
            break
    if glued:
        return None
    return " ".join([*lead, *front]), back


_ZONE = re.compile(r"(?:[ ]?((?<!ภูมิ)ภาคที่|เขตที่|ที่|เขต|(?<!ภูมิ)ภาค)[ ]?| )([0-9]{1,2})$")
_ZONES = {"ที่": "", "เขต": "Area ", "ภาค": "Region ", "เขตที่": "Area ", "ภาคที่": "Region ", None: ""}
"""A numbered office's number (สำนักงานชลประทานที่ 11 'Irrigation Office 11', สำนักงานเจ้าท่าภูมิภาค 1 'Regional
Marine Office 1'), as org_english.toml's [[zone]]."""


def _org_english(term_english: str) -> str:
    return re.sub(r" \([A-Za-z&]+\)$", "", term_english)


def _of(name: str) -> str:
    return f" of {'' if name.startswith('The ') else 'the '}{name}"


def _tails(rest: str, g: Gazetteer, depth: int) -> Iterator[tuple[str, str]]:
    """(body, English of what it ends in) for each known tail, longest first: ...กระทรวงการคลัง -> ' of the
    Ministry of Finance', ...จังหวัดหนองคาย -> ', Nong Khai' (จังหวัด stays in the body: 'Provincial'),
    ...กรุงเทพมหานคร -> ', Bangkok', ...แห่งสหประชาชาติ -> ' of the United Nations', a named body we
    translate ourselves (...คณะกรรมการส่งเสริมคุณธรรมแห่งชาติ -> ' of the National Morality Promotion Committee')."""
    for i in range(len(rest) - 2):
        tail = rest[i:].strip()
        if tail.startswith("จังหวัด"):  # from the first letter: เหล่ากาชาดจังหวัดตราด 'Provincial Red Cross Chapter, Trat'
            area = next((a for a in admin.areas().get(tail[len("จังหวัด"):].strip(), ()) if a.level == "province"), None)
            if area is not None:
                yield rest[:i + len("จังหวัด")], f", {area.en}"
            continue
        if tail.startswith("อำเภอ"):
            area = next((a for a in admin.areas().get(tail[len("อำเภอ"):].strip(), ()) if a.level == "district"), None)
            if area is not None:
                yield rest[:i + len("อำเภอ")], f", {area.en} District"
            continue
        if i < 2:
            continue  # a body of at least two letters before any other tail
        province = next((a for a in admin.areas().get(tail, ()) if a.level == "province"), None)
        if province is not None and len(tail) >= 3:
            yield rest[:i], f", {province.en}"  # ศูนย์คุ้มครองคนไร้ที่พึ่งกรุงเทพมหานคร: the province's own
            continue
        owner = tail.removeprefix("แห่ง")
        term = g.terms.get(owner)
        if term is not None and term.english and term.type == "organisation" and len(owner) >= 4 and not term.english.isupper():
            yield rest[:i], _of(_org_english(term.english))
            continue
        if depth == 0 and _words().head.match(tail):
            named = _english(tail, g, 1)
            if named:
                yield rest[:i], _of(named)


def english(surface: str, g: Gazetteer) -> str | None:
    """The English of a descriptive organisation name, translated from its words; None when a word is unknown."""
    if not _words().head.match(surface):
        return None
    if g is gazetteer():
        return _cached(surface)  # a release names the same body again and again
    return _english(surface, g, 0)


@functools.lru_cache(maxsize=4096)
def _cached(surface: str) -> str | None:
    return _english(surface, gazetteer(), 0)


def _english(surface: str, g: Gazetteer, depth: int) -> str | None:
    if surface.endswith("ฯ") or "ฯ " in surface:
        return None  # คณะกรรมการพัฒนาฯ: a shortened name, its missing words unknown
    head = next(((th, en) for th, en in _words().heads if surface.startswith(th)), None)
    if head is None:
        return None
    rest = " ".join(surface[len(head[0]):].split())
    number = ""
    zone = _ZONE.search(rest)
    if zone and zone.start() > 0:
        rest, number = rest[:zone.start()], f" {_ZONES[zone.group(1)]}{zone.group(2)}"
    if not rest:
        return None
    whole = _whole_body(rest, g, depth)
    if whole is not None:  # มูลนิธิโรงพยาบาลสมเด็จพระยุพราช: 'Crown Prince Hospital Foundation'
        owned = _words().owned.get(head[0])
        if head[0] == "สำนักงาน" and whole.startswith("Office "):
            return whole + number  # สำนักงานบีโอไอ: the body is the office
        kind = owned or head[1].replace("{}", "").strip()
        if owned or ", " in whole or " of " in whole or not head[1].startswith("{}"):
            return f"{kind}{_of(whole)}{number}"  # 'Office of the National Wage Committee', 'Board of the ...'
        return head[1].format(whole) + number
    made = _translate(rest)
    tail = ""
    if made is None:
        for body, tail in _tails(rest, g, depth):
            made = _translate(body.strip())
            if made is not None:
                break
    if made is None or not (made[0] or made[1]):
        return None
    if not head[1].startswith("{}"):  # 'Committee on {}': the whole translation after the kind
        if made[1]:  # คณะกรรมาธิการอาเซียนว่าด้วย...: 'ASEAN Committee on ...', not 'Committee on ASEAN on ...'
            kind = head[1].split("{}")[0].split()[0]
            return " ".join(p for p in (made[0], kind, made[1]) if p) + number + tail
        return head[1].format(made[0]) + number + tail
    name = head[1].format(made[0]).strip()
    if made[1]:
        name = f"{name} {made[1]}"
    return name + number + tail


def _whole_body(rest: str, g: Gazetteer, depth: int) -> str | None:
    """The English of a body the rest of the name is, listed or (once) translated: the owner of a foundation,
    an office, a centre named after it."""
    term = g.terms.get(rest)
    if term is not None and term.english and term.type == "organisation" and len(rest) >= 4 and not term.english.isupper():
        return _org_english(term.english)
    if depth == 0 and _words().head.match(rest):
        return _english(rest, g, 1)
    return None


def _translate(body: str) -> tuple[str, str] | None:
    units = _segment(body)
    if not units:
        return None
    grouped = _group(units)
    return _compose(grouped) if grouped else None
