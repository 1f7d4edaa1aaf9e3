"""Places named only by what stands around them (issue 11, places round nine).

Kinds the head-word and register scans miss on unseen releases, each found by counting the words after
place cues (ณ, ที่, ไป, จาก, ถึง, บริเวณ...) that no rule tagged on random thaigov-v2 releases:
a police station gone to, a named community placed by its district or province, a temple's landing,
a village on a route. Each function gives spans in the text; places.find_venues adds them.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from briefing.thai.scan import (
    NAME_STOPS,
    area_word,
    chunk_at,
    cut_at_stop,
    dictionary,
    finditer_if,
    is_verb,
    words,
)
from briefing.thai.wordlists import word_set, word_tuple

Span = tuple[int, int]

_GONE_TO = (
    r"(?:(?:^|[\s(])(?:ณ|ที่)|(?:เดินทาง|นำตัว|ส่งตัว|พาตัว|ควบคุมตัว|คุมตัว|นำ|พา)?(?:ไป|มา|กลับ)(?:ที่|ยัง)?"
    r"|แจ้งความ(?:ที่|ยัง)?|ร้องทุกข์(?:ที่|ยัง)?|เข้ามอบตัว(?:ที่|ยัง)?|มอบตัว(?:ที่|ยัง)?)[ \t]?"
)
_POLICE_STATION = re.compile(_GONE_TO + r"(สถานีตำรวจ(?:ภูธร|นครบาล|ท่องเที่ยว|น้ำ|รถไฟ)?)(?=[\u0e01-\u0e4e])")
_STATION_KINDS = word_set("place_words.toml", "place_cues.station_kinds")
"""First words after สถานีตำรวจ... when no station is named (สถานีตำรวจในพื้นที่, สถานีตำรวจท้องที่)."""


def police_stations(text: str) -> list[Span]:
    """นำตัวไปที่สถานีตำรวจภูธรสุวรรณภูมิ, เดินทางไปสถานีตำรวจภูธรปากคลองรังสิต: a police station gone to
    (or named after ณ/ที่) is where the people went, a place as well as the police body; the organisation
    scan takes only ตำรวจภูธร... there. The name ends before a stop word or a verb."""
    out: list[Span] = []
    if "สถานีตำรวจ" not in text:
        return out  # the pattern's alternation of verbs is slow to scan for nothing
    for m in _POLICE_STATION.finditer(text):
        start = m.end(1)
        named = _name_after(text, start, _STATION_KINDS)
        if named is not None and named[0] - start >= 2:
            out.append((m.start(1), named[0]))
    return out


def _name_after(text: str, start: int, kinds: Container[str], *, number_ends: bool = False) -> tuple[int, int] | None:
    """The name written right after a head word that ends at `start` (สถานีตำรวจภูธร|สุวรรณภูมิ, ซอย|รามคำแหง 39),
    as (where it ends, where its chunk ends). It ends before a stop word, one of `kinds` or a verb after its
    first word (with `number_ends`, before a number too). None when no name follows: the chunk does not
    start at `start`, or its first word is a kind, a stop word or a verb (สถานีตำรวจในพื้นที่, ซอยนี้)."""
    c = chunk_at(text, start)
    if c is None or c.start != start:
        return None
    ws = words(c.text)
    if not ws or ws[0] in kinds or ws[0] in NAME_STOPS or is_verb(ws[0]):
        return None
    end = start
    for i, w in enumerate(ws):
        if w in NAME_STOPS or w in kinds or (i and is_verb(w)) or (number_ends and w[:1].isdigit()):
            break
        end += len(w)
    return end, c.end


_COMMUNITY = re.compile(r"(?<!พัฒนา)(?<!พัฒนา )ชุมชน(?=[\u0e01-\u0e4e])")
_COMMUNITY_WHERE = re.compile(r"(?:[ \t]{0,2}\([^()\n]{1,30}\))?[ \t]{1,3}(?:"
                              + area_word(r"ซอย[\u0e01-\u0e4e]{2,}[ \t]?[0-9๐-๙]", r"ถนน[\u0e01-\u0e4e]{3,}") + ")")
"""ชุมชนสะพานใหม่ ซอยพหลโยธิน 52 เขตสายไหม: a soi or road after the name places it as a district does."""
_NAME_STARTS = word_tuple("place_words.toml", "place_cues.name_starts")
"""Words a community's own name starts with (ชุมชนบ้านทุ่งต้อม, ชุมชนวัดศรีสุพรรณ, ชุมชนคลองคอต่อ, ชุมชนท่าแร่)."""
_COMMUNITY_KINDS = word_set("place_words.toml", "place_cues.community_kinds")
"""Words that make ชุมชน... a kind of community (ชุมชนคุณธรรม..., ชุมชนท่องเที่ยว..., ชุมชนเสี่ยง...)."""


def _name_like(name: str, ws: Sequence[str], dic: Container[str]) -> bool:
    """A proper name, not a common phrase: it starts like a place (บ้าน..., วัด..., หัว...), or newmm finds a
    piece no dictionary holds or a lone letter in it (รัช|ฏ|ภัณฑ์, สุข|ศิ|ริ), or it is three pieces or more."""
    if name in dic:
        return False
    return name.startswith(_NAME_STARTS) or any(w not in dic or len(w) == 1 for w in ws) or len(ws) >= 3


_COMMUNITY_VISIT = re.compile(r"(?:ลงพื้นที่|เยือน|เยี่ยม|อยู่(?:ใน|ภายใน|ที่)|(?:^|[\s(])(?:ณ|ที่))[ \t]?$")
"""A community visited or named as the venue (ลงพื้นที่ชุมชนสุขศิริ, ที่ชุมชนรัชฏภัณฑ์) needs no district after it."""


def communities(text: str) -> list[Span]:
    """ชุมชนหัวสะพาน อำเภอพุทไธสง, ณ ชุมชนคลองคอต่อ จังหวัดสมุทรปราการ: a community named, then placed by
    its district, subdistrict, province or village number, is a place (as heldout7's ชุมชนกุฎีจีน). The name
    is a word no dictionary holds or starts like a place (บ้าน..., วัด..., คลอง...); not a kind of community
    (ชุมชนคุณธรรม..., ชุมชนท่องเที่ยว...), not the development office (พัฒนาชุมชนอำเภอ...), not a
    registered district or province alone (ชุมชนอู่ทอง อำเภออู่ทอง reads as the office's town)."""
    from briefing.thai import admin

    out: list[Span] = []
    dic = dictionary()
    for m in finditer_if(_COMMUNITY, text, "ชุมชน"):
        start = m.end()
        c = chunk_at(text, start)
        visited = bool(_COMMUNITY_VISIT.search(text, max(0, m.start() - 12), m.start()))
        if c is None or c.start != start or not (visited or _COMMUNITY_WHERE.match(text, c.end)):
            continue
        ws = words(c.text)
        if not ws or ws[0] in _COMMUNITY_KINDS or ws[0] in NAME_STOPS or is_verb(ws[0]):
            continue
        end = start + cut_at_stop(c.text, 0)
        placed = bool(_COMMUNITY_WHERE.match(text, c.end))
        if end != c.end or end - start < 3 or not (_name_like(c.text, ws, dic) or placed and c.text.startswith(_NAME_STARTS)):
            continue  # placed by its district, a name may be a word too (ชุมชนหัวสะพาน อำเภอพุทไธสง)
        area_end, area = admin.longest_name(text, start, ("province", "district"))
        if area is not None and area_end == end:
            continue
        # ชุมชนหมู่บ้านแจ้ซ้อน, ชุมชนบ้านผาบ่อง: the village is the place, as the golds list it (heldout, heldout19)
        out.append((start if c.text.startswith(("หมู่บ้าน", "บ้าน")) else m.start(), end))
    return out


_VILLAGE_ON_ROUTE = re.compile(r"(?:(?:จน)?ถึง|ผ่าน|ไปยัง|เยือน|สู่|(?:อยู่|อาศัย)ที่|(?<![\u0e01-\u0e4e])(?:จาก|ที่))[ \t]?(บ้าน)(?=[ก-ฮเแโใไ])")
_NOT_VILLAGES = word_tuple("place_words.toml", "place_cues.not_villages")
"""What follows บ้าน when it is a house or home (กลับถึงบ้านพัก, จากบ้านเกิด, ที่บ้านญาติ), not a village."""


_ROUTE_STOPS = word_set("place_words.toml", "place_cues.route_stops")


_GLUED_STOPS = ("จะ", "ได้", "ที่", "ซึ่ง", "และ", "ก็", "เพื่อ", "โดย")


def villages_on_route(text: str) -> list[Span]:
    """จนถึงบ้านคลองเคียน, ผ่านบ้านท่านุ่น, เยือนบ้านนาต้นจั่น: a village reached, passed or visited is บ้าน
    and its name (a word no dictionary holds at its start, not a house: บ้านพัก, บ้านเกิด, บ้านญาติ); the
    name ends before a stop word or หมู่."""
    out: list[Span] = []
    dic = dictionary()
    if "บ้าน" not in text:
        return []
    for m in _VILLAGE_ON_ROUTE.finditer(text):
        c = chunk_at(text, m.start(1))
        if c is None or c.start != m.start(1):
            continue
        tail = c.text[4:]
        cut = 0
        for i, w in enumerate(words(tail)):
            if w in NAME_STOPS or w in _ROUTE_STOPS or w.startswith("หมู่") or (i and is_verb(w)):
                break
            cut += len(w)
        name = tail[:cut]
        if name.endswith(_GLUED_STOPS):  # บ้านชากแง้วจะ|ได้...: a name no dictionary holds, cut wrongly
            name = name[:-len(next(e for e in _GLUED_STOPS if name.endswith(e)))]
            cut = len(name)
        ws = words(name)
        if len(name) < 4 or not ws or ws[0] in _NOT_VILLAGES or "บ้าน" + name in dic or name in dic:
            continue
        if ws[0] in dic and len(ws) == 1 or is_verb(ws[0]) or ws[0] in NAME_STOPS:
            continue
        out.append((m.start(1), m.start(1) + 4 + cut))
    return out


_SHOP = re.compile(r"(?:(?<=[\s(])|^)(?:ณ|ที่)[ \t]?(ร้าน(?:อาหาร|กาแฟ)?|ตลาด)(?=[\u0e01-\u0e4e])")
_SHOP_KINDS = word_set("place_words.toml", "place_cues.shop_kinds")
"""Words that make ร้าน... a kind of shop (ร้านค้าชุมชน, ร้านขายยา, ร้านสะดวกซื้อ, ร้านธงฟ้า, a chain)."""
_SHOP_WHERE = re.compile(r"[ \t]{1,3}(?:" + area_word("ย่าน", "ซอย", "ถนน") + ")")


def shops(text: str) -> list[Span]:
    """ณ ร้านอาหารบ้านระหัดน้ำ ตำบลบางเสาธง, ณ ร้านข้าวแต๋นทวีพรรณ อำเภอเกาะคา, ที่ร้านสเต็กแม่การ์ตูน
    ย่านราษฎร์บูรณะ: a restaurant or shop named as where something happens (after ณ or ที่) is a venue,
    when its name holds a word no dictionary holds or it is placed by its district, road or quarter;
    not a kind of shop (ร้านค้าชุมชน, ร้านขายยา, ร้านสะดวกซื้อ, the ร้านธงฟ้า chain)."""
    out: list[Span] = []
    dic = dictionary()
    for m in finditer_if(_SHOP, text, "ร้าน", "ตลาด"):
        start = m.end(1)
        c = chunk_at(text, start)
        if c is None or c.start != start:
            continue
        ws = words(c.text)
        placed = bool(_SHOP_WHERE.match(text, c.end))
        if not ws or ws[0] in _SHOP_KINDS or ws[0] in NAME_STOPS or is_verb(ws[0]) and not placed:
            continue
        end = start
        for i, w in enumerate(ws):
            if w in NAME_STOPS or (i and is_verb(w) and not placed):
                break
            end += len(w)
        name = words(text[start:end])
        placed = placed and end == c.end
        if end - start < 3 or not (placed or any(w not in dic for w in name)):
            continue
        out.append((m.start(1), end))
    return out


_SOI = re.compile(r"(?<!ข้าว)(?<!ตรอก)(?<!ซอก)(?<!สุด)ซอย(?=[ก-ฮเแโใไ])")
_SOI_NUMBER = re.compile(r"[ \t]?[0-9๐-๙]{1,3}(?:/[0-9๐-๙]{1,3})?(?![0-9๐-๙.,:])")
_SOI_KINDS = word_set("place_words.toml", "place_cues.soi_kinds")
"""What follows ซอย when no soi is named: ซอยย่อย, ซอยเปลี่ยว, ซอยนี้, ซอยซีเมนต์/ซอยล์ซีเมนต์ (soil cement)."""


def sois(text: str) -> list[Span]:
    """ซอยรามคำแหง 39, ซอยแจ้งสนิท 9, ปากซอยสุขุมวิท 64/1, ซอยอารีย์: a soi (a lane) is a place like a
    road, named by its number or by a word no dictionary holds; not ข้าวซอย (a dish), ตรอกซอย/ซอกซอย
    (lanes in general), สุดซอย (an operation's name) or a kind (ซอยย่อย, ซอยนี้)."""
    out: list[Span] = []
    dic = dictionary()
    for m in finditer_if(_SOI, text, "ซอย"):
        start = m.end()
        named = _name_after(text, start, _SOI_KINDS, number_ends=True)
        if named is None or named[0] - start < 3:
            continue
        end, chunk_end = named
        number = _SOI_NUMBER.match(text, end)
        if number:
            out.append((m.start(), number.end()))
        elif end == chunk_end and any(w not in dic for w in words(text[start:end])) and end - start >= 4:
            out.append((m.start(), end))
    return out


_NUMBERED_ROOM = re.compile(
    r"(?:(?<=[\s(])|^)ณ[ \t]*((?:ห้อง|ฮอลล์)[ \t]?[0-9๐-๙]{1,4}(?:[-–][0-9๐-๙]{1,4})?)(?![0-9๐-๙.,])(?=[ \t]+[\u0e01-\u0e4e])"
)


def numbered_rooms(text: str) -> list[Span]:
    """ณ ห้อง 115 กระทรวงเกษตรและสหกรณ์, ณ ฮอลล์ 101-102 ศูนย์นิทรรศการ...: a room or hall named by its number
    after ณ is the venue, written alone as the golds write ห้องประชุม 302 (its building or owner follows as
    its own place)."""
    return [(m.start(1), m.end(1)) for m in finditer_if(_NUMBERED_ROOM, text, "ห้อง", "ฮอลล์")]


_CHAIN = re.compile(
    r"(?:(?P<mark>ช่วง|ตอน|สาย(?!ด่วน|งาน|ตรวจ|ไฟ|พันธุ์)(?:สี[\u0e01-\u0e4e]{2,8}[ \t]?)?|เส้นทาง(?:รถไฟ)?(?:ระหว่าง)?)[ \t]?"
    r"|(?<![\u0e01-\u0e4e]))"
    r"([\u0e01-\u0e4e]{2,30}(?:[ \t]*[-–][ \t]*[\u0e01-\u0e4e]{2,20}){1,8})"
)
_CHAIN_MARKERS = ("ช่วง", "ระหว่าง", "ทางคู่สาย", "สาย", "ตอน")
_DASH = re.compile(r"[ \t]*[-–][ \t]*")
_RAIL = re.compile(r"รถไฟ|สายสี|สถานี|ขบวนรถ|ทางคู่")
_NOT_ENDS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
             "ตุลาคม", "พฤศจิกายน", "ธันวาคม", "เดือน", "ใน", "ปี", "วัน", "เช้า", "เย็น", "บ่าย", "ค่ำ")


def route_chains(text: str) -> list[Span]:
    """ช่วงหมอชิต-สะพานใหม่-คูคต, สายบ้านไผ่-มหาสารคาม-ร้อยเอ็ด-มุกดาหาร-นครพนม, มอเตอร์เวย์สายบางปะอิน-
    นครราชสีมา: the ends and stops of a line or road named by them are places. An end the register (a
    province, a district, or a subdistrict no dictionary word spells) or the glossary knows is one anywhere; in a release about trains every end of a
    chain that holds one known place is a station, common word or not (หมอชิต, สะพานใหม่). A chain with no
    line word before it (กรุงเทพ - เด่นชัย - กรุงเทพ, a train's route; บางบาล-บางไทร) gives its known ends when
    it holds two."""
    if "-" not in text and "–" not in text:
        return []  # no chain without a dash
    from briefing.thai import admin
    from briefing.thai.gazetteer import gazetteer

    g = gazetteer()
    dic = dictionary()
    rail: bool | None = None
    out: list[Span] = []

    def is_known(name: str) -> bool:
        term = g.terms.get(name)
        return term is not None and term.type == "place" or any(
            a.level != "subdistrict" or name not in dic for a in admin.areas().get(name, ()))

    for m in _CHAIN.finditer(text):
        ends: list[tuple[int, int, bool]] = []
        marked = m.group("mark") is not None
        pos = m.start(2)
        for i, part in enumerate(_DASH.split(m.group(2))):
            if i == 0:  # สายสีชมพู ช่วงแคราย-มีนบุรี, เส้นทางรถไฟทางคู่สายเด่นชัย-...: the end follows the last marker
                cut = max((part.rfind(w) + len(w) for w in _CHAIN_MARKERS if part.rfind(w) >= 0), default=0)
                part = part[cut:] if len(part) - cut >= 2 else part
                if not is_known(part):  # คลองระบายน้ำหลากบางบาล-บางไทร: the chain's first end closes the run
                    part = next((part[k:] for k in range(1, len(part) - 2)
                                 if (k >= 6 or part[:k] in NAME_STOPS or part[:k] == "สาขา") and is_known(part[k:])), part)
                    # (not หนอง|สามพราน nor ขุน|ห้วยไคร้: a short word before a name is part of it, unless it
                    # is a function word: คันนายาว และพระโขนง-บางนา-สวนหลวง)
            at = text.index(part, pos)
            pos = at + len(part)
            end = at + len(part) if is_known(part) else at + cut_at_stop(part, 0)  # ครุใน: a name, not ครุ|ใน
            ends.append((at, end, is_known(text[at:end])))
            if end < at + len(part):
                break  # ...-ร้อยเอ็ด|ที่มี...: the chain ends with the name
        names = [text[a:b] for a, b, _ in ends]
        if len(ends) < 2 or any(b - a < 2 for a, b, _ in ends) or any(n.startswith(_NOT_ENDS) for n in names):
            continue
        if sum(k for _, _, k in ends) < (1 if marked else 2):
            continue  # unmarked (กรุงเทพ - เด่นชัย - กรุงเทพ, a train's route), two known ends at least
        if rail is None:
            rail = bool(_RAIL.search(text))
        for (a, b, known), name in zip(ends, names):
            first = words(name)[0]
            if known or marked and rail and not is_verb(first) and first not in NAME_STOPS:
                out.append((a, b))
    return out


def find(text: str) -> list[Span]:
    """Every span of this module's kinds in `text`."""
    return (police_stations(text) + communities(text) + villages_on_route(text) + shops(text) + sois(text) + numbered_rooms(text) + route_chains(text)
            + heritage_sites(text) + town_checkpoints(text) + town_pairs(text) + headquarters_buildings(text)
            + kind_community_villages(text) + village_route_ends(text) + town_quarters(text) + open_fields(text)
            + province_groups(text))


_FIELD_AT = re.compile(r"(?:บริเวณ|(?<![\u0e01-\u0e4e])(?:ณ|ที่)|ไปยัง|เยี่ยมชม|ตรวจเยี่ยม)[ \t]?((?:ทุ่ง|ภู)(?!มิ|ริ|ษา|ฏาน|เก็ต))(?=[\u0e01-\u0e4e])")
_FIELD_KINDS = word_tuple("place_words.toml", "place_cues.field_kinds")
"""What follows ทุ่ง/ภู when it is a kind of field or hill, not a named one (ทุ่งนา, ทุ่งรับน้ำ, ภูเขา)."""


def open_fields(text: str) -> list[Span]:
    """ณ ทุ่งกุลาร้องไห้, บริเวณทุ่งศรีเมือง, ที่ ทุ่งอาราฟะห์, บริเวณภูทับเบิก: a named plain (ทุ่ง) or hill (ภู)
    where something happens is a place (blind misses in heldout14's ทุ่งกุลาร้องไห้ and heldout6's ภูพญาพ่อ
    kind). After ณ, ที่, บริเวณ, ไปยัง or a visit only; not a kind (ทุ่งนา, ทุ่งหญ้า, ทุ่งรับน้ำ: a dictionary
    word or place_cues.field_kinds), nor ภูมิ/ภูริ/ภูษา/ภูฏาน/ภูเก็ต (words, a country, a province). The name is
    one chunk cut at a stop word, และ (ทุ่งเจ้าเจ็ดและทุ่ง...) or the area or gate after it (ทุ่งโพธิ์พระยา|จังหวัด...)."""
    out: list[Span] = []
    if "ทุ่ง" not in text and "ภู" not in text:
        return out
    dic = dictionary()
    for m in _FIELD_AT.finditer(text):
        start = m.start(1)
        c = chunk_at(text, start)
        if c is None or c.start != start or c.text.startswith(_FIELD_KINDS, len(m.group(1))):
            continue
        cut = cut_at_stop(c.text, len(m.group(1)))
        for w in ("และ", "จังหวัด", "อำเภอ", "ตำบล", "ประตู"):
            joined = c.text.find(w, len(m.group(1)) + 2)
            cut = min(cut, joined) if joined > 0 else cut
        name = c.text[:cut]
        tail = name[len(m.group(1)):]
        ws = words(tail)
        if len(tail) < 3 or len(tail) > 16 or not ws or name in dic or ws[0] in NAME_STOPS or tail in dic and m.group(1) == "ภู":
            continue
        out.append((start, start + cut))
    return out


_QUARTER = re.compile(r"(?<![อสห])ย่าน(?=[\u0e01-\u0e4e])")
_QUARTER_KINDS = word_tuple("place_words.toml", "place_cues.quarter_kinds")
"""What follows ย่าน when it is a kind of quarter, not a named one (ย่านธุรกิจ, ย่านชุมชน, ย่านที่อยู่อาศัย)."""


def town_quarters(text: str) -> list[Span]:
    """ย่านบางลำพู, ย่านปทุมวัน, ย่านหลักสี่, ย่านกระดีจีน: a quarter of a town named by ย่าน and a registered
    district or subdistrict or a proper name is a place (as heldout31's ย่านรังสิต); not อย่า/หย่า ('don't',
    'divorce', หย่านม 'wean') nor สามย่าน (a place of its own), not a kind of quarter (ย่านธุรกิจ..., ย่านชุมชน...).
    The name is one chunk cut at a stop word; not a province or a region ('around' it: ย่านสมุทรสาคร), nor a
    road or station (found as one: ถนนรัชดาภิเษก). Where the bare name is found (เยาวราช) the merger keeps it."""
    out: list[Span] = []
    if "ย่าน" not in text:
        return out
    from briefing.thai import admin
    from briefing.thai.gazetteer import gazetteer

    g = gazetteer()
    dic = dictionary()
    for m in _QUARTER.finditer(text):
        start = m.end()
        c = chunk_at(text, start)
        if c is None or c.start != start or c.text.startswith(_QUARTER_KINDS):
            continue
        end = start + cut_at_stop(c.text, 0)
        name = text[start:end]
        ws = words(name)
        if len(name) < 3 or not ws or ws[0] in NAME_STOPS or is_verb(ws[0]) and name not in admin.areas():
            continue
        term = g.terms.get(name)
        if term is not None and term.kind in ("country", "region") or any(a.level == "province" for a in admin.areas().get(name, ())):
            continue  # ย่านสมุทรสาคร, ภูมิภาคย่านมหาสมุทรแปซิฟิก: 'around' a province or region, named bare already
        if name.startswith(("ถนน", "สถานี", "ซอย", "นวัต")):
            continue  # ย่านถนนรัชดาภิเษก, ย่านสถานีหนองคาย: the road or station is the place, found as one already
        if name in admin.areas() or term is not None and term.type == "place" or _name_like(name, ws, dic) and not any(
            w in dic and len(w) > 3 and not w.startswith(("บาง", "สะพาน")) for w in ws[:1]
        ):
            out.append((m.start(), end))
    return out


_VILLAGE_DASH = re.compile(r"[-–][ \t]*(บ้าน)(?=[ก-ฮเแโใไ])")
_BEFORE_DASH = re.compile(r"(?:(?P<mark>ตอน|ช่วง|สาย(?:ทาง)?|ถนน|ระหว่าง)[ \t]?)?(?P<a>[\u0e01-\u0e4e]{2,24})[ \t]*$")


def _village_name_end(text: str, start: int) -> int | None:
    """The end of บ้าน + a name starting at `start` (cut at a stop word or หมู่), or None for a house or a word."""
    c = chunk_at(text, start)
    if c is None or c.start != start:
        return None
    cut = cut_at_stop(c.text[4:], 0)
    village = c.text.find("หมู่", 6)
    cut = min(cut, village - 4) if village > 0 else cut
    name = c.text[4:4 + cut]
    ws = words(name)
    if len(name) < 2 or not ws or name.startswith(_HOUSE_WORDS) or "บ้าน" + name in dictionary() or ws[0] in NAME_STOPS:
        return None
    return start + 4 + cut


def village_route_ends(text: str) -> list[Span]:
    """ตอน บ้านทรายแดง - บ้านบางนอน, สาย บ้านหัวสะแก - บ้านหัวไผ่, ตอนบ้านป่าคลอก - บ้านพารา, สายอำเภอพนัสนิคม
    - บ้านเกาะโพธิ์: a road's or a line's section named by its ends; a village at one end (บ้าน + a name) is a
    place when the other end is a village too, or the section is marked (ตอน, ช่วง, สาย, ถนน, ระหว่าง).
    _route_ends takes ends the register knows; villages it cannot know (as heldout's แจ้ซ้อน-บ้านป่าเหมี่ยง)."""
    out: list[Span] = []
    if "บ้าน" not in text or "-" not in text and "–" not in text:
        return out
    for m in _VILLAGE_DASH.finditer(text):
        b_end = _village_name_end(text, m.start(1))
        if b_end is None:
            continue
        lo = max(0, m.start() - 40)
        before = _BEFORE_DASH.search(text, lo, m.start())
        a = before.group("a") if before else ""
        if before is not None and "บ้าน" in a:
            at = before.start("a") + a.rfind("บ้าน")
            a_end = _village_name_end(text, at)
            if a_end is not None and a_end == before.end("a"):
                out.append((at, a_end))
                out.append((m.start(1), b_end))
                continue
        if before and before.group("mark") or a.startswith(("ตอน", "ช่วง", "สาย", "ระหว่าง")) or "เส้นทาง" in a:
            out.append((m.start(1), b_end))
    return out


_KIND_COMMUNITY = re.compile(r"(?<!วิสาหกิจ)(?<!กลุ่ม)ชุมชน(?:" + "|".join(
    sorted(map(re.escape, word_tuple("place_words.toml", "place_cues.village_community_kinds")), key=len, reverse=True)
) + r")ฯ?[ \t]?(บ้าน)(?=[ก-ฮเแโใไ])")
_HOUSE_WORDS = word_tuple("place_words.toml", "place_cues.house_words")
"""Words after บ้าน when it is a house or home, not a village, even after a community's kind: บ้านพัก, บ้านเกิด."""


def kind_community_villages(text: str) -> list[Span]:
    """ชุมชนคุณธรรมบ้านค่าย จังหวัดพระนครศรีอยุธยา, ชุมชนท่องเที่ยวบ้านช้างตากลาง จ.สุรินทร์, ชุมชนคุณธรรมฯ
    บ้านศรีดอนชัย: a kind of community (moral, tourism, cultural-network) then a village's name; the village is
    the place, as heldout19's gold lists บ้านค่าย. communities() skips these (the word after ชุมชน is a kind).
    Not after วิสาหกิจ/กลุ่ม (an enterprise or group is an actor whose name holds the village). The name is one
    chunk cut at a stop word or หมู่, no house word (บ้านพัก, บ้านเกิด) nor a word บ้าน... (บ้านเรือน)."""
    out: list[Span] = []
    if "ชุมชน" not in text:
        return out
    dic = dictionary()
    for m in _KIND_COMMUNITY.finditer(text):
        if re.search(r"(?:โดย|ของ)[ \t]?$", text[max(0, m.start() - 6):m.start()]):
            continue  # โดย ชุมชนคุณธรรมบ้านสันทางหลวง: the community acts (heldout46 lists no such actor)
        start = m.start(1)
        c = chunk_at(text, start)
        if c is None or c.start != start:
            continue
        cut = cut_at_stop(c.text[4:], 0)
        village = c.text.find("หมู่", 6)
        cut = min(cut, village - 4) if village > 0 else cut
        name = c.text[4:4 + cut]
        ws = words(name)
        if len(ws) > 1 and ws[-1] in ("แห่ง", "นั้น", "นี้"):
            cut -= len(ws[-1])  # ชุมชนคุณธรรมบ้านโนนกอกแห่งนี้: 'this', not the name
            name, ws = name[:cut], ws[:-1]
        if len(name) < 2 or not ws or name.startswith(_HOUSE_WORDS) or "บ้าน" + name in dic or ws[0] in NAME_STOPS:
            continue  # a village's name may be a word or start with a verb (บ้านค่าย, บ้านเกาะคา)
        out.append((start, start + 4 + cut))
    return out


_HERITAGE = re.compile(r"(?<!เทศกาล)(?<!งาน)(?<!ศูนย์)(?<!คณะกรรมการ)(?<!อนุสัญญา)(?:เมืองมรดกโลก|(?<!เมือง)มรดกโลก|โบราณสถาน)(?=[\u0e01-\u0e4e])")
_HERITAGE_KINDS = word_set("place_words.toml", "place_cues.heritage_kinds")
_HERITAGE_NOT_STARTS = ("ที่", "ตาม", "หลัง", "ยาม", "อัน", "ประเภท", "ทาง", "สมัย", "จะ")
_HERITAGE_ENDS = ("ราชอาณาจักร", "สาธารณรัฐ", "ประเทศ", "จังหวัด", "อำเภอ", "ตำบล", "จ.", "อ.")
"""What follows มรดกโลก/โบราณสถาน when no site is named (มรดกโลกทางวัฒนธรรม, โบราณสถานต่างๆ, ...ยามค่ำคืน)."""


def _province_tail(name: str) -> bool:
    """อยุธยา, a province's short name: the end of a registered province's name (พระนครศรีอยุธยา)."""
    from briefing.thai import admin

    return len(name) >= 4 and any(a.level == "province" and th != name and th.endswith(name)
                                  for th, found in admin.areas().items() for a in found)


def heritage_sites(text: str) -> list[Span]:
    """เมืองมรดกโลกศรีเทพ, มรดกโลกภูพระบาท, โบราณสถานเขาคลังนอก: a world-heritage town or site, or an
    ancient monument, named glued after its word is one place, the word with the name (as heldout28 lists
    เมืองมรดกโลกอยุธยา, มรดกโลกศรีเทพ). The name is a registered area, a place the gazetteer knows, or a
    proper name (_name_like); a kind (มรดกโลกทางวัฒนธรรม, โบราณสถานต่างๆ) or a festival (เทศกาลมรดกโลก
    บ้านเชียง, an event) is not. Counted in thaigov-v2: ~1,050 มรดกโลก+word and ~860 โบราณสถาน+word, most of
    them kinds; the historical-park heads (อุทยานประวัติศาสตร์...) have their own rule in places.py."""
    if "มรดกโลก" not in text and "โบราณสถาน" not in text:
        return []
    from briefing.thai import admin
    from briefing.thai.gazetteer import gazetteer

    g = gazetteer()
    assert g.regex is not None
    out: list[Span] = []
    dic = dictionary()
    for m in _HERITAGE.finditer(text):
        start = m.end()
        c = chunk_at(text, start)
        if c is None or c.start != start:
            continue
        ws = words(c.text)
        if not ws or ws[0] in _HERITAGE_KINDS or ws[0] in NAME_STOPS or is_verb(ws[0]) or ws[0].startswith(_HERITAGE_NOT_STARTS) \
                or c.text.startswith(("อุทยานประวัติศาสตร์", "เมืองโบราณ", "แหล่งโบราณคดี")):
            continue
        end = start
        for w in ws:
            if end > start and (w in _HERITAGE_KINDS or w in NAME_STOPS or w.startswith(_HERITAGE_ENDS) or is_verb(w) and end - start >= 4):
                break
            end += len(w)
        name = text[start:end]
        area_end, area = admin.longest_name(text, start, ("province", "district", "subdistrict"))
        known = g.regex.match(text, start)
        if area is not None and area_end >= end - 1:
            if area.level == "province" and m.group(0) == "โบราณสถาน":
                continue  # โบราณสถานจังหวัด..., ท่วมขังโบราณสถานน่าน พะเยา: monuments of a province, none named
            end = max(end, area_end)
        elif known and known.group(0) and g.terms[known.group(0)].type == "place" and known.end() >= end - 1:
            end = max(end, known.end())
        elif len(name) < 4 or not (_name_like(name, words(name), dic) or _province_tail(name)):
            continue
        out.append((m.start(), end))
    return out


_ROUTE_BEFORE = re.compile(r"(?:ตอน|ช่วง|สายทาง|สาย)[ \t]?$")
"""ตอนสะพานแม่ริด - ห้วยงู: a road section named by its ends, which route_chains reads."""
_PAIR_STOPS = word_set("place_words.toml", "place_cues.pair_stops")


_GLUED_CHECKPOINT = re.compile(r"(?<=[\u0e01-\u0e4e])(?<!บ้าน)(?<!วัด)(?<!ตำบล)(?<!อำเภอ)(?<!โรงเรียน)ด่าน(?=[\u0e01-\u0e4e])|(?:(?<=[\s(])|^)ด่าน(?=[\u0e01-\u0e4e])")


def town_checkpoints(text: str) -> list[Span]:
    """ถนนเชื่อมด่านสะเดาแห่งใหม่, ส่งออกทางด่านปาดังเบซาร์: ด่าน and the registered district or subdistrict it
    stands at is one place, the checkpoint (heldout24 and heldout28 list ด่านสะเดา, ด่านปาดังเบซาร์); the
    name ends on a word boundary (ด่านสะเดา|แห่งใหม่). Not a district whose own name starts with ด่าน
    (ด่านซ้าย, ด่านขุนทด, ด่านช้าง are towns) and not a kind of post (ด่านหน้า, ด่านตรวจ, ด่านควบคุมโรค...)."""
    if "ด่าน" not in text:
        return []
    from briefing.thai import admin

    out: list[Span] = []
    for m in _GLUED_CHECKPOINT.finditer(text):
        own_end, own = admin.longest_name(text, m.start(), ("province", "district", "subdistrict"))
        if own is not None and own_end > m.end():
            continue  # ด่านซ้าย, ด่านขุนทด: the district itself
        at = m.end()
        end, area = admin.longest_name(text, at, ("district", "subdistrict"))
        if area is None or end - at < 3 or area.level == "subdistrict" and text[at:end] in dictionary():
            continue  # ด่านถาวร, ด่านใหม่, ด่านอากาศ: a word that is also some subdistrict's name
        c = chunk_at(text, at)
        if c is None or c.start != at:
            continue
        if end != c.end:
            rest = words(text[end:c.end])
            if not rest or not (rest[0] in NAME_STOPS or rest[0] in _PAIR_STOPS or is_verb(rest[0])):
                continue  # ด่านบูกิต|กายูฮิตัม: the area's name is only the start of a longer name
        out.append((m.start(), end))
    return out


_TOWN_PAIR = re.compile(r"(?<![-–])(?<![-–][ \t])(?:สะพาน|ด่าน)([\u0e01-\u0e4e]{2,20}(?:-[\u0e01-\u0e4e]{1,10})?)[ \t]?[–-][ \t]?([\u0e01-\u0e4e]{3,20})")


def town_pairs(text: str) -> list[Span]:
    """สะพานสุไหงโก-ลก – รันเตาปันยัง, ด่านสุไหงโก-ลก – บูเก๊ะตา: a bridge or checkpoint between two border
    towns names both towns; a hyphenated district (สุไหงโก-ลก) stays whole. The first must be a registered
    district or subdistrict (the other is often across the border; สะพานมิตรภาพ... - ... names a bridge);
    the second name ends before a stop (รันเตาปันยัง|แห่งที่ 2). Not a road section (ตอนสะพาน... - ...),
    which route_chains reads."""
    if "-" not in text and "–" not in text or "สะพาน" not in text and "ด่าน" not in text:
        return []
    from briefing.thai import admin

    out: list[Span] = []
    for m in _TOWN_PAIR.finditer(text):
        first = m.group(1)
        a_end, a = admin.longest_name(text, m.start(1), ("province", "district", "subdistrict"))
        c = chunk_at(text, m.start(2))
        if c is None or c.start != m.start(2):
            continue
        end2 = m.start(2)
        for w in words(c.text):
            if w in _PAIR_STOPS:
                break
            end2 += len(w)
        first_known = a is not None and a_end == m.end(1)
        route = _ROUTE_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if not first_known or route or end2 - m.start(2) < 3 or len(first) < 3 or first in dictionary():
            continue
        out += [(m.start(1), m.end(1)), (m.start(2), end2)]
    return out


_HQ_BUILDING = re.compile(r"(?:(?<=[\s(])|^)ณ[ \t]*((?:อาคาร|ตึก)(?:สำนักงานใหญ่|ที่ทำการ))[ \t]{1,3}(?=[\u0e01-\u0e4e])")


def headquarters_buildings(text: str) -> list[Span]:
    """ณ อาคารสำนักงานใหญ่ ธนาคารอิสลามแห่งประเทศไทย: the head-office building then its owner is one venue,
    the whole span (heldout28 lists it so, as places.find_headquarters takes ณ สำนักงานใหญ่ + owner); the
    owner is a body the gazetteer knows or a name after an organisation head word."""
    if "ณ" not in text or "อาคาร" not in text and "ตึก" not in text:
        return []
    from briefing.thai import organisations
    from briefing.thai.gazetteer import ORG_HEADS, gazetteer

    g = gazetteer()
    assert g.regex is not None
    out: list[Span] = []
    for m in _HQ_BUILDING.finditer(text):
        at = m.end()
        known = g.regex.match(text, at)
        if known and known.group(0) and g.terms[known.group(0)].type == "organisation":
            owner = known.end()
        else:
            head = next((h for h in sorted(ORG_HEADS, key=len, reverse=True) if text.startswith(h, at)), "")
            owner = organisations.org_name_end(text, at, head, g, strong=True) if head else at
        if owner - at >= 4:
            out.append((m.start(1), owner))
    return out


def english(surface: str, text: str, pos: int) -> str | None:
    """The English of a span this round's kinds give, from the register or the glossary where they know its
    name: ด่านสะเดา -> 'Sadao Checkpoint', สุไหงโก-ลก -> 'Su-ngai Kolok', มรดกโลกภูพระบาท -> 'Phu Phrabat
    World Heritage Site', อาคารสำนักงานใหญ่ + owner -> "<owner>'s Head Office Building"; None otherwise (the
    caller romanises)."""
    from briefing.thai import admin
    from briefing.thai.gazetteer import gazetteer

    def known(name: str) -> str | None:
        term = gazetteer().terms.get(name)
        if term is not None and term.english:
            return term.english.removesuffix(" Province")
        return admin.english(name, text, pos)

    if surface.startswith("ด่าน"):
        name = known(surface[len("ด่าน"):])
        return f"{name} Checkpoint" if name else None
    for head, pattern in (("เมืองมรดกโลก", "{} World Heritage Town"), ("มรดกโลก", "{} World Heritage Site")):
        if surface.startswith(head):
            name = known(surface[len(head):])
            return pattern.format(name) if name else None
    hq = re.match(r"(?:อาคาร|ตึก)(?:สำนักงานใหญ่|ที่ทำการ)[ \t]+(.+)$", surface)
    if hq:
        owner = known(hq.group(1))
        return f"{owner} Head Office Building" if owner else None
    return admin.english(surface, text, pos) if "-" in surface else None  # สุไหงโก-ลก, a hyphenated town


_PROVINCE_GROUP = re.compile(r"กลุ่มจังหวัด(?=ภาค)")
_GROUP_PART = re.compile(r"[ \t]?(?:ตอนบน|ตอนล่าง|ตอนกลาง)(?![\u0e01-\u0e4e])")
_GROUP_NUMBER = re.compile(
    r"[ \t]?[0-9๐-๙](?![0-9๐-๙.,])(?:[-–][0-9๐-๙](?![0-9๐-๙.,]))?"
    r"(?![ \t]?(?:จังหวัด|แห่ง|คน|ราย|โครงการ|กลุ่ม|ล้าน|พัน|หมื่น|แสน|ปี|เดือน|วัน|อำเภอ|ครั้ง))"
)


def province_groups(text: str) -> list[Span]:
    """กลุ่มจังหวัดภาคเหนือตอนบน 2, กลุ่มจังหวัดภาคใต้ฝั่งอันดามัน: a group of provinces named by its region (the
    Interior ministry's 18 groups, numbered where a region has two) is one place; the rules took the region alone
    (a miss and a false hit: heldout49 lists กลุ่มจังหวัดภาคเหนือตอนบน). Counted on 15,000 unseen releases: 'กลุ่ม
    จังหวัด' + a region ~200 times. Only a registered region that ends a word (ภาคใต้|ชายแดน... is a longer name the
    register lacks: left alone); the group's number is kept unless a count follows (ภาคใต้ 2 จังหวัด)."""
    out: list[Span] = []
    if "กลุ่มจังหวัด" not in text:
        return out
    from briefing.thai.gazetteer import gazetteer

    g = gazetteer()
    assert g.regex is not None
    for m in _PROVINCE_GROUP.finditer(text):
        known = g.regex.match(text, m.end())
        if not known or not known.group(0):
            continue
        term = g.terms[known.group(0)]
        if term.type != "place" or term.kind != "region":
            continue
        end = known.end()
        if end < len(text) and "\u0e01" <= text[end] <= "\u0e4e":
            following = words(text[end:end + 16])
            if not following or not (following[0] in NAME_STOPS or is_verb(following[0])):
                continue
        part = _GROUP_PART.match(text, end)  # กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือ ตอนบน 1: the part written after a space
        if part:
            end = part.end()
        number = _GROUP_NUMBER.match(text, end)
        out.append((m.start(), number.end() if number else end))
    return out
