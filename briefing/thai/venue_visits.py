"""Venues named by what stands around them: a cue before, the area after (issue 11, session 9, venues).

Named venues on unseen releases are a long tail of kinds (a farm, a sports field, a village hall, a health
station, a market, a rapids), too many for head words. Counted on 1,500 random thaigov-v2 releases: after a
venue cue (ณ, ที่, บริเวณ, ไปยัง, เยี่ยมชม, ตรวจเยี่ยม) one chunk and then the district, subdistrict, province or
village number that places it ("ณ สายล้อมฟาร์ม ตำบลสังขะ", "บริเวณสถานีบริการน้ำมันบ้านผือ อำเภอกันทรลักษณ์",
"เดินทางไปยังศาลาประชาคมบ้านผึ้งตก หมู่ที่ 4") is a named venue whatever its head. Named water works
(ประตูระบายน้ำ..., สถานีสูบน้ำ..., แก้มลิง...) are places wherever they stand, as dams are, and so are a
provincial government centre or a power plant named by its town. The places module adds the spans
(places.find_venues).

Precision, read on 1,500 other random releases (the rules were written from the first 1,500; the four false hits
that read found were fixed from it: ลานหน้า..., กลุ่ม..., a gate inside a project's name): placed venues 9 new or
longer places, all true (ฝายแม่ยม, ป่าบ้านท่าเสลา, ช่องสะงำ, ชุมชนไทยใหม่, โรงแรมแกรนด์ฟอร์จูน for โรงแรมแกรนด์...);
water works 5, all true (ประตูระบายน้ำมีนบุรี, ...หนองจอก, three gates that had been cut to their canal's name);
named by town 6, all true (ศูนย์ราชการจังหวัดบุรีรัมย์, สระบุรี, พังงา, ระนอง, หนองบัวลำภู; โรงไฟฟ้าบางปะกง).
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import ORG_HEADS, VENUE_HEADS
from briefing.thai.scan import NAME_STOPS, area_word, chunk_at, cut_at_stop, dictionary, is_verb, words
from briefing.thai.wordlists import word_set, word_tuple

Span = tuple[int, int]

_WHERE = re.compile(area_word(bangkok_glued=True))
"""What places a venue: its district, subdistrict, province, village number or Bangkok district (after a space:
the loop checks, a leading [ \t] in the pattern makes every space a start and the scan twice as slow)."""
_CUED = re.compile(
    r"(?:(?:^|(?<=[\s(]))(?:ณ|ที่)|บริเวณ|ไปยัง|เยี่ยมชม|ตรวจเยี่ยม)[ \t]?(?:บริเวณ[ \t]?)?([\u0e01-\u0e4e0-9๐-๙]{4,40})$"
)
"""A venue cue, then the one chunk (no space) that ends where the area starts."""
_ADMIN_INSIDE = ("อำเภอ", "ตำบล", "จังหวัด", "เขต", "แขวง", "หมู่")
_NOT_NAME_STARTS = word_tuple("place_words.toml", "venue_visits.not_name_starts")
"""First words of what follows a cue when it is no venue: an activity (การ..., โครงการ...), an area word
(พื้นที่, ริม, หน้า: where about a venue, not its name), people (พี่น้อง..., ประชาชน)."""


def _name_like(name: str) -> bool:
    """A proper name, not a phrase or a kind (ศาลาประชาคม, ศาลาอเนกประสงค์: two dictionary words, any village's
    hall): newmm finds a piece no dictionary holds or a lone letter in it, or three pieces or more."""
    dic = dictionary()
    if name in dic:
        return False
    ws = words(name)
    return any(w not in dic or len(w) == 1 for w in ws) or len(ws) >= 3


_ABOUT = word_set("place_words.toml", "venue_visits.about")


def _inner_venue(name: str) -> bool:
    """A venue head inside the name after its first word (ลาน|อนุสาวรีย์ท้าวสุรนารี, พัทธสีมา|วัดหลักสี่...,
    ชุมชนริม|แม่น้ำเจ้าพระยา), or a word saying where about something it is (ลาน|หน้า|ศูนย์ปฏิบัติธรรม...): the
    venue the other rules find there is the place, not the longer phrase."""
    return any(name.find(h, 2) > 0 for h in VENUE_HEADS if len(h) >= 3) or any(w in _ABOUT for w in words(name)[1:])


def placed_venues(text: str) -> list[Span]:
    """บริเวณสนามฟุตบอลหญ้าเทียมบางกลาง อำเภอเมืองระนอง, ณ สถานีเพาะเลี้ยงนกน้ำบางพระ จังหวัดชลบุรี: the
    chunk between a venue cue and the area that places it is a venue. Not when it starts with a verb, a stop
    word, an organisation's head (a body named as the venue keeps its body type: the golds disagree) or one of
    venue_visits.not_name_starts; not when a stop word or an area word is inside it (พื้นที่อำเภอเบตง,
    ศูนย์อพยพ...ในพื้นที่); not a registered area alone; not a common word or two (ศาลาประชาคม)."""
    from briefing.thai import admin

    out: list[Span] = []
    for m in _WHERE.finditer(text):
        end = m.start()
        while end > 0 and end > m.start() - 3 and text[end - 1] in " \t":
            end -= 1
        if end == m.start() or end < 5 or not ("\u0e01" <= text[end - 1] <= "\u0e4e" or text[end - 1].isdigit()):
            continue
        cued = _CUED.search(text, max(0, end - 60), end)
        if cued is None:
            continue
        start, name = cued.start(1), cued.group(1)
        if name.startswith(_NOT_NAME_STARTS) or any(a in name for a in _ADMIN_INSIDE):
            continue
        ws = words(name)
        if not ws or ws[0] in NAME_STOPS or is_verb(ws[0]) or cut_at_stop(name, 0) < len(name):
            continue
        if any(name.startswith(h) and len(h) >= len(ws[0]) for h in ORG_HEADS) or _inner_venue(name):
            continue  # โรงพยาบาล..., สำนักงาน...: a body; ศาลาประชาคม... is no ศาล (court)
        area_end, area = admin.longest_name(text, start, ("province", "district", "subdistrict"))
        if area is not None and area_end >= end - 1:
            continue  # ที่ บางพลี อำเภอ...: an area's own name, not a venue
        if not _name_like(name):
            continue
        out.append((start, end))
    return out


_WORKS = re.compile(r"(?:ประตูระบายน้ำ|สถานีสูบน้ำ|แก้มลิง)(?=[\u0e01-\u0e4e])")
_WORKS_KINDS = word_tuple("place_words.toml", "venue_visits.works_kinds")
"""What follows a sluice gate, pumping station or retention area when none is named (ประตูระบายน้ำดังกล่าว,
สถานีสูบน้ำโครงการ..., แก้มลิงเป็นพื้นที่...)."""
_PROJECT = word_tuple("place_words.toml", "venue_visits.project")
_WORKS_NUMBER = re.compile(r"[ \t]?[0-9๐-๙]{1,2}(?![0-9๐-๙.,:/])")


def water_works(text: str) -> list[Span]:
    """ประตูระบายน้ำพลเทพ, สถานีสูบน้ำชลหารพิจิตร 3, แก้มลิงแหลมทอง: a named sluice gate, pumping station or
    retention area (the Royal Irrigation Department's works, named like dams: a distinctive head, a name) is a
    place wherever it stands; counted on 1,500 random thaigov-v2 releases, 38 such heads glued to a word no
    rule tagged, most of them named works. The name is the chunk cut at a stop word, with the number after it
    (ชลหารพิจิตร 3); not a kind or a phrase (venue_visits.works_kinds), a stop word or verb first, nor a work
    named inside a project's name (โครงการ..., ก่อสร้าง...)."""
    out: list[Span] = []
    if "ประตูระบายน้ำ" not in text and "สถานีสูบน้ำ" not in text and "แก้มลิง" not in text:
        return out
    for m in _WORKS.finditer(text):
        c = chunk_at(text, m.start())
        if c is None or c.start != m.start() or text[max(0, m.start() - 12):m.start()].rstrip().endswith(_PROJECT):
            continue  # โครงการประตูระบายน้ำลำน้ำพุง-น้ำก่ำ: a project's name, not the work
        head = m.group(0)
        tail = c.text[len(head):]
        ws = words(tail)
        if not ws or ws[0] in NAME_STOPS or is_verb(ws[0]) or tail.startswith(_WORKS_KINDS):
            continue
        cut = cut_at_stop(c.text, len(head))
        if cut - len(head) < 2:
            continue  # (a name may be a dictionary word: ประตูระบายน้ำพลเทพ, แก้มลิงแหลมทอง)
        end = c.start + cut
        number = _WORKS_NUMBER.match(text, end) if end == c.end else None
        if number:
            end = number.end()  # สถานีสูบน้ำชลหารพิจิตร 3
        out.append((m.start(), end))
    return out


_TOWN_NAMED = re.compile(r"(?:ศูนย์ราชการ(?:จังหวัด|จ\.)|โรงไฟฟ้า)(?=[\u0e01-\u0e4e])")


def named_by_town(text: str) -> list[Span]:
    """ศูนย์ราชการจังหวัดหนองบัวลำภู, โรงไฟฟ้าบางปะกง: a provincial government centre or a power plant named
    by its province or district (the register's name, whole) is a place wherever it stands; counted on 1,500
    random thaigov-v2 releases, such centres and plants were left untagged in 16 of their 25 mentions. A plant
    glued to a kind (โรงไฟฟ้าพลังงานน้ำ, โรงไฟฟ้าชีวมวล) names no town and is left."""
    from briefing.thai import admin

    out: list[Span] = []
    if "ศูนย์ราชการ" not in text and "โรงไฟฟ้า" not in text:
        return out
    for m in _TOWN_NAMED.finditer(text):
        levels: tuple[admin.Level, ...] = ("province",) if m.group(0).startswith("ศูนย์") else ("province", "district")
        end, area = admin.longest_name(text, m.end(), levels)
        if area is None:
            continue
        c = chunk_at(text, m.end())
        rest = text[end:c.end] if c is not None and c.start == m.end() else ""
        if rest and words(rest)[0] not in NAME_STOPS and not rest.startswith(("ของ", "ซึ่ง", "และ", "ที่", "ใน")):
            continue  # โรงไฟฟ้าบางปะกงชุด...: the area's name runs on into another word
        out.append((m.start(), end))
    return out


def find(text: str) -> list[Span]:
    """Every span of this module's kinds in `text`."""
    return placed_venues(text) + water_works(text) + named_by_town(text)
