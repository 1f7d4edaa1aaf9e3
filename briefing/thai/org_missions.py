"""Diplomatic missions named by the side that sends them and the place or body they serve.

A Thai mission abroad is written with ไทย after its head and then ประจำ or ใน and where it is:
สถานเอกอัครราชทูตไทยประจำประเทศญี่ปุ่น, สถานเอกอัครราชทูตไทยในอิสราเอล, สถานเอกอัครราชทูตไทยประจำกรุงปารีส,
คณะผู้แทนถาวรไทยประจำอาเซียน ณ กรุงจาการ์ตา, คณะผู้แทนถาวรไทยประจำองค์การการค้าโลกและองค์การทรัพย์สินทางปัญญาโลก
ณ นครเจนีวา, คณะผู้แทนไทยประจำสหภาพยุโรป. Each is one body (the Royal Thai Embassy in Japan, the Permanent Mission
of Thailand to ASEAN), not ไทย and a country as two places and a body cut to its last word: before this module the
reader saw 'Thailand' and 'Japan' as places and no organisation, or only อาเซียน / สหประชาชาติ as the organisation.
Only "ณ" was read (entities._missions) and a foreign mission named by a country term (organisations.mission_end).

Also read here:
- a Thai mission named with no place (โดยสถานเอกอัครราชทูตไทย ร่วมกับ..., สถานกงสุลไทย, สถานเอกอัครราชทูตไทยฯ): the
  body, as bench/heldout94 h01's gold lists สถานกงสุลไทย;
- a foreign mission named by a nationality word the glossary keeps out because it is also a language
  (สถานเอกอัครราชทูตอังกฤษประจำประเทศไทย, the British Embassy: bench/heldout90 h01's gold lists it whole with its
  English 'British Embassy in Thailand');
- a class of missions (สถานเอกอัครราชทูตไทยในต่างประเทศ, สถานเอกอัครราชทูตไทยประจำประเทศนั้นๆ, ...ไทย ณ ประเทศต้นทาง,
  สถานทูตหรือสถานกงสุลไทย, สถานเอกอัครราชทูตไทยทั่วโลก): no one body (CONVENTIONS.md C7), and its ไทย is an adjective
  ('Thai embassies abroad'), no place (C8): `thai_adjective` says so for the place filter.

On the archive (62,904 releases) about 190 mentions have ไทย after a mission head and 60 of them name where the
mission is with ประจำ/ใน; 47 of those are the permanent missions to ASEAN, the UN and the WTO.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.thai.gazetteer import Gazetteer, Term
from briefing.thai.scan import is_thai, on_boundary

_HEADS = re.compile(r"สถานเอกอัครราชทูต|สถานกงสุลใหญ่|สถานกงสุล|คณะผู้แทนถาวร|คณะผู้แทน|สถานทูต")
_KINDS = {
    "สถานเอกอัครราชทูต": "Embassy", "สถานทูต": "Embassy", "สถานกงสุลใหญ่": "Consulate-General",
    "สถานกงสุล": "Consulate", "คณะผู้แทนถาวร": "Permanent Mission", "คณะผู้แทน": "Mission",
}
_THAI = re.compile(r"(?:ไทย|แห่งประเทศไทย|แห่งราชอาณาจักรไทย)(?!ฯ?[ \t]?[-–])")
_NATIONALITIES = {"อังกฤษ": "British"}
"""Nationality words that name a sending state only after a mission's head: อังกฤษ is also 'English' (ภาษาอังกฤษ),
so the glossary has no country อังกฤษ (source: the archive's own spelling, 7 mentions of สถานเอกอัครราชทูตอังกฤษ)."""
_LINK = re.compile(r"[ \t]?(ประจำ|ใน)[ \t]?")
_AT = re.compile(r"[ \t]*ณ[ \t]*")
_CITY_PREFIX = re.compile(r"กรุง|นคร|เมือง")
_AND_BODY = re.compile(r"[ \t]?และ[ \t]?")
_OTHER_BODIES = re.compile(r"[ \t]?และองค์(?:กร|การ)ระหว่างประเทศ(?:อื่น(?:[ \t]?ๆ)?)?")
_CLASS_AFTER = re.compile(
    r"[ \t]?(?:ที่ประจำ|ทั่วโลก|ทุกแห่ง|ที่เกี่ยวข้อง|(?:ประจำ|ใน|ณ)[ \t]?(?:ต่างประเทศ|ประเทศ(?:นั้น|ต้นทาง|ปลายทาง|ต่าง|ที่|ผู้)"
    r"|แต่ละ|พื้นที่|เขต|ดินแดน|หลาย|ทุก))"
)
"""What makes a mission a class: 'abroad', 'in that country', 'in the country of origin', 'all over the world'."""
_EITHER = re.compile(r"(?:หรือ|/)[ \t]?$")
_EITHER_AFTER = re.compile(r"[ \t]?(?:หรือ|/)[ \t]?(?:สถาน|คณะผู้แทน)")


@dataclass(frozen=True, slots=True)
class Mission:
    start: int
    end: int
    english: str


_SHORT = {"Association of Southeast Asian Nations (ASEAN)": "ASEAN"}
"""Bodies whose missions are named with their short form (the Permanent Mission of Thailand to ASEAN, mfa.go.th)."""


def _the(name: str) -> str:
    if name in _SHORT:
        return _SHORT[name]
    name = re.sub(r"[ \t]*\([^()]*\)$", "", name).removeprefix("the ").removeprefix("The ").removesuffix(" City")
    if re.search(r"Republic|Kingdom|Federation|Union|United|States|Emirates|Nations|Organi[sz]ation|People|Democratic|"
                 r"Netherlands|Philippines|Association|Office|Council", name):
        return "the " + name
    return name


def _receiver(text: str, pos: int, g: Gazetteer) -> tuple[int, Term] | None:
    """A country, a city or an international body at pos, ending on a word boundary."""
    assert g.regex is not None
    for at in (pos, (m.end() if (m := _CITY_PREFIX.match(text, pos)) else -1)):
        if at < 0:
            continue
        found = g.regex.match(text, at)
        if not found or not found.group(0):
            continue
        term = g.terms[found.group(0)]
        place = term.type == "place" and term.kind in ("country", "city")
        body = term.type == "organisation" and term.kind == "international"
        if not (place or body) or not term.english:
            continue
        end = found.end()
        if end < len(text) and is_thai(text[end]) and not on_boundary(text, at, end, check_left=False):
            continue  # a longer word the name begins
        if body and at != pos:
            continue
        return end, term
    return None


def _city_at(text: str, pos: int, g: Gazetteer) -> tuple[int, str] | None:
    """' ณ นครเจนีวา' after a permanent mission's body: where the mission sits."""
    at = _AT.match(text, pos)
    if at is None:
        return None
    found = _receiver(text, at.end(), g)
    if found is None or found[1].type != "place" or found[1].english is None:
        return None
    return found[0], found[1].english.removesuffix(" City")


_LIST_NEXT = re.compile(
    r"[ \t]?(?:และ|,)?[ \t]?(?:สถานเอกอัครราชทูต|สถานกงสุลใหญ่|สถานกงสุล|คณะผู้แทนถาวร)(?:ของ)?(?:ไทย)?(?:[ \t]?\([^()]{1,8}\))?")
"""A second kind of mission listed after the first (สถานเอกอัครราชทูตไทยและสถานกงสุลใหญ่ไทยทั่วโลก,
สถานเอกอัครราชทูตไทย สถานกงสุลใหญ่ ในต่างประเทศ): the class words after it are the whole list's."""


def _is_class(text: str, start: int, end: int) -> bool:
    """Is the mission ending at `end` one of a class: 'Thai embassies abroad', 'an embassy or consulate', or
    the first of a list of mission kinds that ends so?"""
    if _EITHER.search(text, max(0, start - 6), start) is not None or _EITHER_AFTER.match(text, end) is not None:
        return True
    nxt = _LIST_NEXT.match(text, end)
    return _CLASS_AFTER.match(text, end) is not None or (nxt is not None and _CLASS_AFTER.match(text, nxt.end()) is not None)


def find(text: str, g: Gazetteer) -> list[Mission]:
    """Missions named with their sending side (ไทย, or a nationality word) and, if given, where they serve."""
    if "สถาน" not in text and "คณะผู้แทน" not in text:
        return []
    out: list[Mission] = []
    for m in _HEADS.finditer(text):
        head = m.group(0)
        kind = _KINDS[head]
        pos = m.end()
        thai = _THAI.match(text, pos)
        nationality = next((w for w in _NATIONALITIES if text.startswith(w, pos)), None)
        if thai:
            pos = thai.end()
            if text.startswith("ฯ", pos):
                pos += 1
        elif nationality:
            pos += len(nationality)
        elif head != "คณะผู้แทนถาวร":
            continue
        if pos < len(text) and is_thai(text[pos]) and not text.startswith(("ประจำ", "ใน"), pos) \
                and not on_boundary(text, m.start(), pos, check_left=False):
            continue  # ไทยรัฐ, a longer word
        if _is_class(text, m.start(), pos):
            continue
        link = _LINK.match(text, pos)
        found = _receiver(text, link.end(), g) if link else None
        if head == "คณะผู้แทน" and (found is None or link is None or link.group(1) != "ประจำ"):
            continue  # คณะผู้แทนไทย alone is the delegation to a meeting, not a standing mission
        if found is None and head == "คณะผู้แทนถาวร" and thai and (city := _city_at(text, pos, g)) is not None:
            out.append(Mission(m.start(), city[0], f"Permanent Mission of Thailand in {city[1]}"))
            continue  # คณะผู้แทนถาวรไทย ณ นครเจนีวา
        if found is None:
            if not (thai or nationality) or head == "สถานทูต":
                continue
            sender = "Royal Thai " if thai else f"{_NATIONALITIES[nationality or '']} "
            english = f"{sender}{kind}" if kind in ("Embassy", "Consulate-General", "Consulate") else f"{kind} of Thailand"
            out.append(Mission(m.start(), pos, english))
            continue
        end, term = found
        names = [term.english or ""]
        if term.type == "organisation":
            while (joint := _AND_BODY.match(text, end)) and (more := _receiver(text, joint.end(), g)) and more[1].type == "organisation":
                end = more[0]
                names.append(more[1].english or "")
            if other := _OTHER_BODIES.match(text, end):
                end = other.end()
                names.append("other international organisations")
        where = " and ".join(_the(n) if i == 0 or "other" not in n else n for i, n in enumerate(names))
        city = _city_at(text, end, g)
        if city is not None:
            end = city[0]
        thailand = term.type == "place" and term.english == "Thailand"
        if thai and thailand:
            continue
        if term.type == "organisation":
            sender = " of Thailand" if thai else ""
            english = f"{kind}{sender} to {where}"
        elif nationality:
            english = f"{_NATIONALITIES[nationality]} {kind} in {where}"
        elif thai:
            english = f"Royal Thai {kind} in {where}" if kind in ("Embassy", "Consulate-General", "Consulate") else f"{kind} of Thailand in {where}"
        else:
            continue
        if city is not None:
            english += f" in {city[1]}"
        out.append(Mission(m.start(), end, english))
    return out


_ADJECTIVE_BEFORE = re.compile(r"(?:สถานเอกอัครราชทูต|สถานกงสุลใหญ่|สถานกงสุล|คณะผู้แทนถาวร|สถานทูต)$")


def thai_adjective(text: str, start: int, end: int) -> bool:
    """Is this ไทย the adjective of a mission's head (สถานเอกอัครราชทูตไทยในต่างประเทศ 'Thai embassies abroad',
    สถานกงสุลไทยในประเทศนั้น): no place (CONVENTIONS.md C8, 'ไทย as an adjective is not'). A country pair after it
    (ทูตไทย - เกาหลี) is the country."""
    return text[start:end] == "ไทย" and _ADJECTIVE_BEFORE.search(text, max(0, start - 20), start) is not None \
        and _THAI.match(text, start) is not None


def class_of_missions(text: str, start: int, end: int) -> bool:
    """Is this organisation span a class of missions another finder took for a body: สถานกงสุลใหญ่ไทยทั่วโลก,
    สถานเอกอัครราชทูตไทยในต่างประเทศ (the head, ไทย, then a class word inside or right after the span)?"""
    m = _HEADS.match(text, start)
    if m is None:
        return False
    pos = m.end()
    if thai := _THAI.match(text, pos):
        pos = thai.end()
    return pos <= end and _is_class(text, start, pos)
