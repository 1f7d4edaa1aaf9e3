"""Places whose edges are glued to the words around them (issue 11, places round eleven).

Counted on 400 random thaigov-v2 releases by listing every registered name (province, district, country)
that no found place covered: a province written with จังหวัด whose last letters newmm joins to the next word
(จังหวัดเชียงราย|ได้ cut เชียง|รายได้), a foreign country named bare as the object of a verb (ประณามกัมพูชา,
ร้องสหรัฐ) and a province after the governor's abbreviation (ผวจ.ตรัง). Each function answers one question
for entities._term_ok about a gazetteer term found at text[start:end].
"""

from __future__ import annotations

import functools
import re

from briefing.thai.scan import dictionary, is_thai, pos_tags, words, words_glued_before
from briefing.thai.wordlists import word_set

_PROVINCE_PREFIX = ("จังหวัด", "จ.")


def prefixed_province_glued(text: str, start: int, end: int, key: str, kind: str) -> bool:
    """จังหวัดเชียงรายได้ให้ความสำคัญ: a province written with its prefix is whole even when newmm cuts its
    end into the next word (เชียง|รายได้): the prefix says a province name follows, and the register's longest
    name was matched. Taken when what follows reads as ordinary words from `end` on (ได้|ให้...), so a longer
    name the register lacks (จังหวัดตาก|ใบ...) is not cut short."""
    if kind != "province" or not key.startswith(_PROVINCE_PREFIX) or end >= len(text) or not is_thai(text[end]):
        return False
    following = words(text[end:end + 12])
    return bool(following) and following[0] in dictionary() and len(following[0]) >= 2


_OBJECT_VERB_NOT = word_set("place_words.toml", "place_glue.object_verb_not")
"""Verbs after which a country reads as a style or origin (ผลิตจีน, ทำแบบญี่ปุ่น) or starts a name (ข้อริเริ่ม
ซาอุดีอาระเบียสีเขียว, the Saudi Green Initiative; สมาคม...รถยนต์นั่งจีน), not a party."""
_OBJECT_CONNECTIVES = word_set("place_words.toml", "place_glue.object_connectives")
_LIST_OPENERS = ("ทั้ง", "เช่น", "อาทิ", "ได้แก่", "รวมถึง", "รวมทั้ง", "ประกอบด้วย", "ไม่ว่าจะเป็น")
"""Words that open a list, glued before its first country (ทั้งจีน เวียดนามและไทย, ไม่ว่าจะเป็นออสเตรเลีย อเมริกา)."""
"""Words glued before a country acting or acted on (หลังกัมพูชาเปิดฉากยิง, ถูกกัมพูชาโจมตี, ประณามกัมพูชา): the
ORCHID tags lack most of these verbs."""


def country_after_verb(text: str, start: int, end: int) -> bool:
    """ประณามกัมพูชา, กดดันกัมพูชา, สอบสวนกัมพูชา, หลังกัมพูชาเปิดฉากยิง: a foreign country named bare right after
    an action verb (or หลัง/ถูก) is a party, not an adjective (นักธุรกิจจีน, ดอลลาร์สหรัฐ, ตรุษจีน stay out:
    a noun precedes them)."""
    before = words_glued_before(text, start, 16)
    if not before:
        return False
    last = before[-1]
    if len(last) <= 2 and len(before) >= 2 and len(before[-2]) <= 2:
        return False  # เน|กา|รา|บรูไน: short pieces are a spelt-out name newmm cannot read (Negara Brunei)
    if text.endswith(_LIST_OPENERS, 0, start) and not _inside_name(text, start, end):
        return True
    if _inside_name(text, start, end):
        return False
    if last in _OBJECT_VERB_NOT or last not in dictionary() or _inside_quote(text, start):
        return False  # เนการาบรูไน ดารุสซาลาม: a spelt-out name, not a verb; “เที่ยวเมืองไทย Amazing...”: a slogan
    return last in _OBJECT_CONNECTIVES or pos_tags().get(last, "").startswith("VACT")


_MOVERS = ("ผลักดัน", "ดัน", "หนุน", "ยกระดับ", "ขับเคลื่อน", "นำพา", "นำ", "พา", "ปั้น")
_TOWARDS = ("เป็น", "สู่", "ไปสู่", "ขึ้น", "ก้าว", "ให้เป็น", "ให้ก้าว", "ศูนย์กลาง", "ฮับ", "ผู้นำ", "เข้าสู่", "ติด",
            "เติบโต", "ฝ่า", "พ้น", "หลุด", "ผงาด", "รอด")


def thailand_moved(text: str, start: int, end: int) -> bool:
    """ผลักดันไทยเป็นศูนย์กลาง..., ดันไทยสู่ฮับ..., ยกระดับไทยสู่..., นำไทยพ้นภัย: ไทย as what a verb of pushing or leading
    moves somewhere is the country (C8), not an adjective. Counted in the archive (61,955 releases outside every
    annotated set): ดัน/ผลักดัน/หนุน/ยกระดับ+ไทย 435 times, followed by เป็น/สู่/ขึ้น/ก้าว/ศูนย์กลาง/ฮับ in nearly all;
    ขับเคลื่อนไทยไปด้วยกัน (a slogan, ไป not ไปสู่) is left out by the word after it."""
    return text.endswith(_MOVERS, max(0, start - 10), start) and text.startswith(_TOWARDS, end)


_NAME_OPENERS = ("สมาคม", "บริษัท", "มูลนิธิ", "ชมรม", "สหพันธ์", "สภา", "สถาบัน", "ศูนย์", "โครงการ", "หอการค้า")


def _inside_name(text: str, start: int, end: int) -> bool:
    """สมาคมแผ่นวงจรพิมพ์ฮ่องกง: a country closing a body's name written without a space (the verb is part of the
    name); ใช้โปรตุเกสโมเดล: a country naming a model."""
    word_start = start
    while word_start > 0 and is_thai(text[word_start - 1]):
        word_start -= 1
    return any(opener in text[word_start:start] for opener in _NAME_OPENERS) or text.startswith("โมเดล", end)


_OPEN_QUOTES = "“\"‘"
_CLOSE_QUOTES = "”\"’"


def _inside_quote(text: str, start: int) -> bool:
    """Is `start` inside a quotation opened at most 30 letters before it on the same line?"""
    before = text[max(0, start - 30):start]
    opened = max(before.rfind(q) for q in _OPEN_QUOTES)
    if opened < 0 or "\n" in before[opened:]:
        return False
    return not any(q in before[opened + 1:] for q in _CLOSE_QUOTES if q != '"')


_GOVERNOR = re.compile(r"(?:ผวจ\.|ผู้ว่าฯ)[ \t]?$")


def after_governor(text: str, start: int) -> bool:
    """ผวจ.ตรัง กล่าว: a province after the governor's abbreviation is named (as ผู้ว่าฯ ราชบุรี in the golds)."""
    return _GOVERNOR.search(text[max(0, start - 8):start]) is not None


# --- Countries written in a frame or misspelt (issue 11, places round thirteen) ---------------------------------
# Counted on all 62,904 thaigov-v2 releases: formal English country names the glossary missed as written
# (People’s Republic of China with a curly apostrophe 99 times, Socialist Republic of Vietnam 20, Republic of France
# 16, People’s Republic of Bangladesh 16, Republic of Italy 10, Republic of Turkey 7, Kingdom of Hashmeite Jordan,
# Republic of Chaina), and Thai formal names with a typing slip in the frame (สาธารณัฐอินเดีย, ราขอาณาจักรกัมพูชา,
# สหพันรัฐรัสเซีย: about 70).

_FRAME_LATIN = re.compile(
    r"(?<![A-Za-z’'-])(?:(?:Socialist|Democratic|People[’']s|Federal|Islamic|Arab|Hashemite|Independent|Plurinational|"
    r"Bolivarian|Federative|Co-operative|Cooperative|Oriental|Lao)[ ]+){0,3}"
    r"(?:Kingdom|Republic|Federation|Commonwealth|Principality|Sultanate|Grand[ ]Duchy|State|Union)"
    r"[ ]+of[ ]+(?:the[ ]+)?(?:Union[ ]+of[ ]+)?"
)
_FRAME_WORDS = ("Kingdom", "Republic", "Federation", "Commonwealth", "Principality", "Sultanate", "Duchy", "State", "Union")
_LATIN_NAME_WORD = re.compile(r"[A-Z][A-Za-z’'-]*[a-z]")
_NAME_AFTER = frozenset({"His", "Her", "H.E.", "Mr.", "Mrs.", "Ms.", "Dr.", "Madame", "Professor", "Prof.", "President",
                         "Prime", "King", "Queen", "Prince", "Princess", "Gen.", "General", "Ambassador", "Minister"})
"""Capitalised words that may follow a country without making it part of a longer name (...Kingdom of Bhutan His
Excellency Dasho Tshering Tobgay): a person or a post starts there. Any other capitalised word may go on a
name (Kingdom of Thailand’s Sustainable Financing Framework, Republic of Korea Trade Office)."""


def _osa(a: str, b: str) -> int:
    """Edit distance with adjacent transpositions (Hashmeite/Hashemite is one edit), capped at 3."""
    if abs(len(a) - len(b)) > 2:
        return 3
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) >= 3 and min(prev) >= 2:
            return 3  # every later cell is >= 3: from this row (+0, +1), from the row before (+1 by a transposition)
            # or from its left neighbour (+1, and the row starts at i >= 3); most pairs asked differ early
        prev2, prev = prev, cur
    return min(prev[-1], 3)


@functools.lru_cache(maxsize=1)
def _latin_countries() -> dict[str, tuple[str, str]]:
    """Every Latin form the glossary holds for a country, apostrophes made straight and lower-cased ->
    (its English short name, its formal English name)."""
    from briefing.thai.gazetteer import _load_toml

    out: dict[str, tuple[str, str]] = {}
    for block in _load_toml("countries.toml").get("country", []):
        en = block.get("en")
        if not en:
            continue
        short = block.get("short_en") or en
        for latin in (en, short, *(block.get("en_aliases", []) or [])):
            out.setdefault(latin.replace("’", "'").lower(), (short, en))
    return out


def country_frames(text: str) -> list[tuple[int, int, str]]:
    """(start, end, English) of a country named in an English frame the glossary does not hold as written:
    'People’s Republic of China' (a curly apostrophe), 'Republic of France' (France's formal name is the French
    Republic), 'Kingdom of Hashmeite Jordan' (one slip in a word of the formal name), 'Republic of Chaina' (one
    slip, the frame says a country follows). Not when a capitalised word other than a title goes on after it."""
    if " of " not in text or not any(map(text.__contains__, _FRAME_WORDS)):
        return []
    table = _latin_countries()
    out: list[tuple[int, int, str]] = []
    for m in _FRAME_LATIN.finditer(text):
        names: list[re.Match[str]] = []
        pos = m.end()
        while len(names) < 4:
            w = _LATIN_NAME_WORD.match(text, pos)
            if not w:
                break
            names.append(w)
            if not text.startswith(" ", w.end()):
                break
            pos = w.end() + 1
        found = None
        for k in range(len(names), 0, -1):
            name = text[names[0].start():names[k - 1].end()]
            key = re.sub(r"[’']s$", "", name.replace("’", "'")).lower()
            hit = table.get(key)
            if hit is None and k >= 2:  # Kingdom of Hashmeite Jordan: a slip in a word of the formal name
                rest = table.get(text[names[1].start():names[k - 1].end()].replace("’", "'").lower())
                if rest is not None and any(_osa(names[0].group(0).lower(), w.lower()) == 1 for w in rest[1].split() if len(w) >= 6):
                    hit = rest
            if hit is None and k == 1 and len(key) >= 5:  # Republic of Chaina: one slip in the short name
                near = [v for c, v in table.items() if " " not in c and abs(len(c) - len(key)) <= 1 and _osa(c, key) == 1]
                hit = near[0] if len(near) == 1 else None
            if hit is not None:
                end = names[k - 1].end() - (2 if name.endswith(("’s", "'s")) else 0)
                found = (end, hit[0])
                break
        if found is None:
            continue
        after = text[found[0]:].lstrip(" \t")
        nxt = after.split(None, 1)[0] if after else ""
        if nxt[:1].isupper() and not text[found[0]:found[0] + 1] in "’'" and nxt.rstrip(",;") not in _NAME_AFTER:
            continue
        out.append((m.start(), found[0], found[1]))
    return out


@functools.lru_cache(maxsize=1)
def _thai_frames() -> tuple[re.Pattern[str], dict[str, tuple[tuple[str, str], ...]]]:
    """A regex over the short Thai names whose country has a longer formal name ending in it (เกาหลี of
    สาธารณรัฐเกาหลี), and per short name its (frame, formal name) pairs (สาธารณรัฐ, สาธารณรัฐเกาหลี)."""
    from briefing.thai.gazetteer import _load_toml, trie_regex

    frames: dict[str, list[tuple[str, str]]] = {}
    for block in _load_toml("countries.toml").get("country", []):
        th = block.get("th", "")
        for alias in block.get("aliases", []) or []:
            if th.endswith(alias) and len(th) - len(alias) >= 6:
                frames.setdefault(alias, []).append((th[: -len(alias)], th))
    return trie_regex(frames), {k: tuple(v) for k, v in frames.items()}


def misspelt_countries(text: str) -> list[tuple[int, int, str]]:
    """(start, end, the formal Thai name) of a formal country name with a slip in its frame: สาธารณัฐอินเดีย,
    ราขอาณาจักรกัมพูชา, สหพันรัฐรัสเซีย (one or two edits in a frame of eight letters or more, one in a shorter
    one), สาธารณสิงคโปร์ (the frame's รัฐ dropped). The short name must follow the frame glued, as the formal
    name is written, and the slipped frame must start with the frame's first letter."""
    if not any(w in text for w in ("รัฐ", "อาณา", "สาธาร", "สหพัน")):
        return []
    regex, frames = _thai_frames()
    out: list[tuple[int, int, str]] = []
    for m in regex.finditer(text):
        alias = m.group(0)
        if not alias or alias not in frames:
            continue
        at = m.start()
        if any(text.endswith(frame, 0, at) for frame, _ in frames[alias]):
            continue  # written right
        best: tuple[int, int, str] | None = None
        for frame, formal in frames[alias]:
            dropped = frame.replace("รัฐ", "", 1)
            for size in range(len(frame) - 3, len(frame) + 3):
                slip = text[at - size:at] if size <= at else ""
                if len(slip) != size or not slip.startswith(frame[0]) or not all(is_thai(ch) for ch in slip):
                    continue
                d = 1 if slip == dropped and dropped != frame else _osa(slip, frame)
                if d == 0 or d > (2 if len(frame) >= 8 else 1):
                    continue
                if best is None or d < best[0] or (d == best[0] and size > at - best[1]):
                    best = (d, at - size, formal)
        if best is not None:
            out.append((best[1], m.end(), best[2]))
    return out


_LATIN_RUN = re.compile(r"(?<![A-Za-z’'.-])[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?![A-Za-z’'-])")
_PROVINCE_AFTER = re.compile(r"[ ]+[Pp]rovinces?(?![A-Za-z])")
_LIST_JOINT = re.compile(r"[ ]*(?:,[ ]*(?:and[ ]+)?|[ ]+and[ ]+)")
_LIST_JOINT_BEFORE = re.compile(r"(?:,[ ]*(?:and[ ]+)?|[ ]+and[ ]+)$")


@functools.lru_cache(maxsize=1)
def _latin_provinces() -> dict[str, str]:
    """The provinces' official English names (PyThaiNLP's list, as the glossary loads them), by their key
    (lower-cased, no spaces or hyphens: Samut Prakan -> samutprakan) -> the name."""
    from briefing.thai.gazetteer import gazetteer
    from briefing.thai.places import _latin_key

    out: dict[str, str] = {}
    for key, term in gazetteer().terms.items():
        if term.kind == "province" and term.type == "place" and key.isascii() and term.english and not key.lower().endswith(" province"):
            name = term.english.removesuffix(" Province")
            out[_latin_key(name)] = name
    return out


def misspelt_latin_provinces(text: str) -> list[tuple[int, int, str]]:
    """(start, end, English) of a province written in Latin letters with one slip (Mukdaharn, Yasothorn,
    Samut Prakarn; two in a name of twelve letters or more: Prachuab Kirikhan), where the text says a province:
    ' province' follows, or it stands in a comma list beside a province written right. Not a name the district
    register holds (Thon Buri is a Bangkok district, not a slip of Chon Buri) nor one after a title (Mr. Pichit)."""
    from briefing.thai.gazetteer import gazetteer
    from briefing.thai.places import _latin_area_names, _latin_key

    if "rovince" not in text and len(text.encode()) > 1.5 * len(text):
        return []  # a Thai release (Thai letters take three bytes) with no province word: no English list of provinces
    provinces = _latin_provinces()
    areas = _latin_area_names()
    terms = gazetteer().terms
    out: list[tuple[int, int, str]] = []
    for m in _LATIN_RUN.finditer(text):
        name = m.group(0)
        key = _latin_key(name)
        if len(key) < 6 or key in provinces or name in terms or key in areas["district"] or key in areas["subdistrict"]:
            continue
        if text.endswith(("Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Mr.", "Gen. "), 0, m.start()):
            continue
        after = _PROVINCE_AFTER.match(text, m.end())
        listed = False
        if after is None:
            joint = _LIST_JOINT.match(text, m.end())
            nxt = _LATIN_RUN.match(text, joint.end()) if joint else None
            before = _LIST_JOINT_BEFORE.search(text, max(0, m.start() - 7), m.start())
            prev = re.search(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}$", text[max(0, m.start() - 40):before.start()]) if before else None
            listed = any(r is not None and _latin_key(r.group(0)) in provinces for r in (nxt, prev))
        if after is None and not listed:
            continue  # asked first: the context is cheaper than the near names
        near = [p for k, p in provinces.items() if abs(len(k) - len(key)) <= 2 and (d := _osa(k, key)) and (d == 1 or (d == 2 and len(k) >= 12))]
        if len(near) != 1:
            continue
        out.append((m.start(), m.end(), near[0]))
    return out


_CARE_AT = re.compile(
    r"(?:ผ่าตัด|ศัลยกรรม|ฉีดวัคซีน|รับวัคซีน|ตรวจ(?:หาเชื้อ|เชื้อ|ร่างกาย|รักษา|คัดกรอง|วินิจฉัย)|รับบริการ|พบแพทย์|คลอด(?:บุตร)?|"
    r"เสียชีวิต|กักกัน(?:ตัว)?|ชันสูตร|รักษา(?:ตัว|พยาบาล)?(?:อยู่|ต่อ(?:เนื่อง)?)|ดูแลรักษา(?:ต่อ)?|นอนพัก(?:รักษาตัว)?)"
    r"(?:อยู่)?ที่[ \t]?$"
)
_HOSPITALS = ("โรงพยาบาล", "รพ.")


def treated_at(text: str, start: int) -> bool:
    """A named hospital right after a verb of care and ที่ (ผ่าตัดศัลยกรรมที่โรงพยาบาลปัตตานี, ฉีดวัคซีนที่
    โรงพยาบาลศิริราช, รักษาต่อที่โรงพยาบาลสนาม...): where it was done, a venue, not the hospital acting.
    places._VISIT already takes รักษาที่/เข้ารับการรักษาที่; these are the other verbs counted before
    ที่โรงพยาบาล in thaigov-v2 (about 300)."""
    return text.startswith(_HOSPITALS, start) and bool(_CARE_AT.search(text, max(0, start - 24), start))


_ASIA_BEFORE = ("ใน", "ของ", "ทั่ว", "และ", "ระหว่าง", "สู่", "เยือน", "กับ", "จาก")
_ASIA_AFTER = re.compile(r"(?:อาคเนย์)?(?=[\s,.;:)”\"’]|$|และ|กับ|ที่|ของ|ใน|เป็น|ยัง|จะ|มี|ได้|ซึ่ง|ตะวันออกกลาง|แปซิฟิก|"
    r"ครั้ง|เพื่อ|เมื่อ|โดย|แล้ว|อีก|ทั้ง|ด้วย|นั้น|นี้|ต่อ|หรือ|รวม|อย่าง|มาก|เช่น|อาทิ|ตลอด)")
"""เอเชีย bare after ใน/ของ/ทั่ว/และ/ระหว่าง/สู่/เยือน/กับ/จาก (a space between allowed), its word ending there:
ในเอเชีย, 1 ใน 3 ของเอเชีย, ยุโรปและเอเชีย, ระหว่างเอเชียกับยุโรป, เยือนเอเชีย. As a glossary alias it gave 25 false
of 55 (ไทยแอร์เอเชีย, ดีทรอยต์แห่งเอเชีย, กรอบความร่วมมือเอเชีย, ระดับเอเชีย, เอเชียนเกมส์): none of those has one of
these words before it and a word end after it."""


_ASIA_SPELLINGS = ("เอเชีย", "เอเซีย")
"""เอเซีย is the older spelling releases still write (in 138 thaigov-v2 releases: "ในตลาดญี่ปุ่นและเอเซีย",
"ประเทศในเอเซีย"); the same frame makes it the region."""


def asia_in_frame(text: str) -> list[tuple[int, int]]:
    """(start, end) of bare เอเชีย / เอเซีย (or with อาคเนย์) in a frame that makes it the region: see _ASIA_BEFORE."""
    out: list[tuple[int, int]] = []
    for spelling in _ASIA_SPELLINGS:
        at = text.find(spelling)
        while at >= 0:
            before = at - 1 if text.endswith(" ", 0, at) else at
            after = _ASIA_AFTER.match(text, at + 6)
            if after is not None and text.endswith(_ASIA_BEFORE, 0, before):
                out.append((at, after.end()))
            at = text.find(spelling, at + 6)
    return sorted(out)


_PROVINCE_WORD = re.compile(r"(?:จังหวัด|จ\.)([ ]?)(?=[\u0e01-\u0e4e])")


@functools.lru_cache(maxsize=1)
def _provinces_by_letter() -> dict[str, tuple[tuple[str, str], ...]]:
    """The provinces' Thai names of five letters or more (PyThaiNLP's list, as the glossary loads them), by
    their first letter -> (name, English)."""
    from briefing.thai.gazetteer import gazetteer

    out: dict[str, list[tuple[str, str]]] = {}
    for key, term in gazetteer().terms.items():
        if key.startswith("จังหวัด") and term.kind == "province" and term.english and len(key) - 7 >= 5 and " " not in key and "ฯ" not in key:
            name = key[7:]
            out.setdefault(name[0], []).append((name, term.english))
    return {k: tuple(v) for k, v in out.items()}


def misspelt_provinces(text: str) -> list[tuple[int, int, str]]:
    """(start, end, English) of จังหวัด/จ. + a province name with one slip (จังหวัดหนองบัวลำพู, จ.เพชรบรูณ์,
    จังหวัดสมทุรสงคราม): the prefix says a province follows. The slip must start with the name's first letter and
    end where a word starts (of two lengths one slip away, the one followed by the longer dictionary word:
    จังหวัดลำพู|และ, not ลำพูแ|ละ); after a space, only a slip that ends the run (not จังหวัด พลังงาน...)."""
    if "จังหวัด" not in text and "จ." not in text:
        return []
    from briefing.thai.gazetteer import gazetteer

    g = gazetteer()
    assert g.regex is not None
    table = _provinces_by_letter()
    out: list[tuple[int, int, str]] = []
    for m in _PROVINCE_WORD.finditer(text):
        known = g.regex.match(text, m.start())
        if known and known.group(0) and g.terms[known.group(0)].kind == "province":
            continue
        pos = m.end()
        best: tuple[int, int, str] | None = None  # (score, end, English)
        for name, english in table.get(text[pos], ()):
            for size in (len(name) - 1, len(name), len(name) + 1):
                slip = text[pos:pos + size]
                if len(slip) != size or not all(is_thai(ch) for ch in slip) or _osa(slip, name) != 1 or slip in dictionary():
                    continue
                end = pos + size
                if end < len(text) and is_thai(text[end]):
                    if m.group(1):
                        continue
                    following = words(text[end:end + 12])
                    score = len(following[0]) if following and following[0] in dictionary() else -1
                    if score < 0:
                        continue
                else:
                    score = 99
                if best is None or score > best[0]:
                    best = (score, end, english)
        if best is not None:
            out.append((m.start(), best[1], best[2]))
    return out
