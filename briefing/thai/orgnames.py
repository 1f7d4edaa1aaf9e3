"""Organisation names mined from the corpus (briefing/data/org_names.toml): `closed_names` and `find_mined`.

The head-word rules of organisations.py guess where a name ends from stop words, verbs and spaces; a name
whose own words look like a verb or a space (ศูนย์ป้องกันและปราบปรามการทุจริต..., ...กิจการโทรทัศน์ และ...)
is cut short, and one followed by a glued word runs on. Releases often close a name themselves with its short
form or English name in brackets right after it: bench/org_names.py collects those closed names over the
corpus (`closed_names`) and keeps the ones three or more releases close. `find_mined` then finds a listed
name wherever a release writes it (a prefix lookup keyed by the head word); its span is exact, so it wins
over a shorter or a run-on rule guess, and a listed short form counts where the release names its full form.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from briefing.thai import mined_actors
from briefing.thai.gazetteer import ORG_HEADS, data_toml, trie_regex
from briefing.thai.scan import NAME_STOPS, is_thai, is_verb, on_boundary, words
from briefing.thai.wordlists import word_tuple

MINED_HEADS: tuple[str, ...] = tuple(
    sorted(
        {h for h in ORG_HEADS if not h.startswith("คณะ")}  # committees: committees.toml (bench/committee_names.py)
        | {"การ", "ราชบัณฑิตยสภา", "หอสมุด", "หอจดหมายเหตุ", "ทัณฑสถาน", "สำนักข่าว", "สถานี", "ตลาดกลาง", "แพทยสภา",
           "สภากาชาด", "กลุ่ม", "เครือข่าย", "ชมรม", "ศาล", "สหภาพ", "สมาพันธ์", "คณะ", "โครงการ"},
        key=len,
        reverse=True,
    )
)
"""Words a mined name may start with: the organisation heads (ORG_HEADS, committees aside), state enterprises
(การ...แห่งประเทศไทย), and the heads of some bodies the rules leave to the glossary."""

_THAI = r"\u0e01-\u0e4e"
_SHORT = re.compile(
    r"[ ]?\((?:(?P<thai>[\u0e01-\u0e2e][\u0e01-\u0e4e.]{0,12}\.)|(?P<latin>[A-Z][A-Za-z&\-]{0,9}[A-Z][A-Za-z&\-]{0,6})"
    r"|(?P<en>[A-Z][A-Za-z&'\-]+(?: (?:of|for|and|the|on|in|de|[A-Z][A-Za-z&'\-.]*)){1,12}))\)"
)
"""What closes a name: a Thai short form ((สสว.)), a Latin acronym of two capitals or more ((NIA), (ThaiHealth)),
an English name of two words or more, each capitalised or a function word ((National Innovation Agency))."""
_CHUNK_BEFORE = re.compile(rf"[{_THAI}0-9]+$")
_NAME_CHARS = re.compile(rf"[{_THAI}0-9 ]+")
_STOP_STARTS = word_tuple("org_words.toml", "orgnames.stop_starts")
"""Words that start a spaced chunk after a name rather than a further word of it."""
_GLUE = word_tuple("org_words.toml", "orgnames.glue")
"""Words a name may be glued to (ร่วมกับกรมควบคุมโรค (คร.), ผู้อำนวยการสำนักงาน...): a head after anything else
in its chunk is inside another word or another name (สำนักงานคณะกรรมการอาหารและยา (อย.) is not คณะกรรมการ...)."""
_INSIDE = re.compile(
    "ตามที่|แล้ว|ฯ|ๆ|ดังกล่าว|ต่างๆ|ในการประชุม|มีมติ|ได้รับ|ได้มี|ได้จัด|ได้ดำเนิน|ร่วมกับ|ซึ่งเป็น|โดยมี|เพื่อให้|ที่ได้|ที่มี"
    "|จำนวน|ทั้งหมด|ทั่วประเทศ|ทุกแห่ง|ในสังกัด|สังกัด|ประจำปี|ครั้งที่|ระหว่างวันที่|วันที่|กล่าว|เปิดเผย|ในฐานะ|รักษาการ"
    "|พระราชบัญญัติ|พุทธศักราช|ปัจจุบัน|การประชุม|ได้ที่|หลักสูตร|โครงการ|กิจกรรม|ผู้อำนวยการ|อธิบดี|เลขาธิการ|ปลัดกระทรวง(?!\\S)"
)
"""Inside a closed run, signs of a clause or a class rather than one name."""
_STATE = re.compile("(?:แห่งประเทศไทย|แห่งชาติ|นครหลวง|ส่วนภูมิภาค|ฝ่ายผลิตแห่งประเทศไทย)$")
_MAX_CHUNKS = 4
_KINDS = word_tuple("org_words.toml", "orgnames.kinds")
"""A head and a word that make a kind of thing or a concept (medical hub, one-stop service, mutual funds, medical
tourism, financial institutions), or a venue (a mall, a convention centre: a place), not one body."""


@functools.lru_cache(maxsize=1)
def _second_body() -> re.Pattern[str]:
    heads = "|".join(h for h in MINED_HEADS if h != "การ")
    return re.compile(f"(?:และ|หรือ|กับ|ร่วมกับ|โดย|สั่ง|[ ])(?:{heads})")


@functools.lru_cache(maxsize=1)
def _head_regex() -> re.Pattern[str]:
    return trie_regex(MINED_HEADS)


def _name_start(text: str, chunk_start: int, end: int) -> int | None:
    """Where a name starts in the chunk text[chunk_start:end]: at the chunk's start when that is a head,
    else at the first head glued to a word names follow (ร่วมกับ|กรมควบคุมโรค), else None."""
    rx = _head_regex()
    m = rx.match(text, chunk_start)
    if m and m.group(0):
        return chunk_start
    for m in rx.finditer(text, chunk_start, end):
        if not m.group(0):
            continue
        if text[chunk_start:m.start()].endswith(_GLUE):
            return m.start()
        if m.group(0) != "การ":
            break  # the first head only (การ is inside many words: ผู้อำนวย|การ): a later one is inside its name
    return None


def _plain_chunk(chunk: str) -> bool:
    """A spaced chunk that may go on a name: no stop word, post or list start, no second body's head."""
    bare = chunk.removeprefix("และ")
    if chunk.startswith(_STOP_STARTS) or not bare:
        return False
    m = _head_regex().match(bare)
    return not (m and m.group(0) and chunk != bare)  # ...และกรมการปกครอง: a second body


def valid_name(name: str) -> bool:
    """Could `name` (a head word and what follows it up to a bracket) be one organisation's full name?"""
    m = _head_regex().match(name)
    if not m or not m.group(0) or len(name) <= len(m.group(0)) + 2 or len(name) > 160:
        return False
    head = m.group(0)
    if head == "คณะ" and (name.startswith(("คณะกรรม", "คณะอนุกรรม", "คณะทำงาน", "คณะรัฐมนตรี")) or "ศาสตร์" not in name):
        return False  # committees are committees.toml's; a faculty (คณะแพทยศาสตร์...) is a body, คณะผู้แทน... is not
    if head in ("การ", "โครงการ", "กลุ่ม", "เครือข่าย", "สถานี") and not _STATE.search(name):
        return False  # การ...แห่งประเทศไทย: a state body; else a nominalised clause, a programme, a group
    if head == "สภา" and name.startswith(("สภาพ", "สภาว")):
        return False  # สภาพ ('condition'), สภาวะ: a word of its own
    if head == "กรม" and name.startswith(("กรมธรรม", "กรมหลวง", "กรมพระ", "กรมขุน", "กรมหมื่น", "กรมสมเด็จ")):
        return False  # an insurance policy; a royal rank (สมเด็จพระเจ้าบรมวงศ์เธอ กรมพระยา...), not a department
    if head == "ศาล" and name.startswith(("ศาลา", "ศาลเจ้า")):
        return False  # a pavilion, a shrine: venues
    if head.startswith("การ") and not (name.startswith(ORG_HEADS) and (_STATE.search(name) or "แห่ง" in name)):
        return False  # การประชุม...แห่งชาติ, การดำเนินการตาม...แห่งประเทศไทย: an act, not the state enterprises ORG_HEADS name
    if name.startswith(_KINDS):
        return False  # ศูนย์กลาง... (a hub), ศูนย์การค้า (a mall: a venue)
    if _second_body().search(name, len(head)):
        return False  # ธนาคารออมสินและธนาคารเพื่อการเกษตร...: two bodies in a list
    if not _NAME_CHARS.fullmatch(name) or "  " in name or _INSIDE.search(name, len(head)):
        return False
    # สำนักงานสาธารณสุขอำเภอ: every district's office, a class (the rules name one only with its district)
    return not name.endswith(("และ", "เพื่อ", "แห่ง", "ด้าน", "ของ", "ใน", "ที่", "อำเภอ"))


def closed_names(text: str) -> list[tuple[str, str]]:
    """(name, short form) for each organisation name `text` closes with a bracket right after it: the longest
    run of up to four spaced chunks back from the bracket that starts with a head word and holds no clause
    (bench/org_names.py mines briefing/data/org_names.toml with this). The short form is "" after an English
    name in brackets."""
    return [found for m in _SHORT.finditer(text) if (found := _closed_at(text, m)) is not None]


def closer_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every bracket that could close a name (bench/org_names.py keeps the text before each)."""
    return [m.span() for m in _SHORT.finditer(text)]


def closed_name_ending(text: str) -> tuple[str, str] | None:
    """The name closed by the bracket that ends `text`, if any."""
    m = _SHORT.search(text, max(0, len(text) - 140))
    while m is not None and m.end() != len(text):
        m = _SHORT.search(text, m.start() + 1)
    return _closed_at(text, m) if m is not None else None


def _closed_at(text: str, m: re.Match[str]) -> tuple[str, str] | None:
    end = m.start()
    if not _CHUNK_BEFORE.search(text, max(0, end - 2), end):
        return None  # (a run ending at `end`, or before a newline there, has its last letters within two of it)
    chunks: list[tuple[int, int]] = []  # (start, end) of the chunks before the bracket, nearest first
    pos = end
    while len(chunks) < _MAX_CHUNKS:
        c = _CHUNK_BEFORE.search(text, max(0, pos - 200), pos)
        if c is None:
            break
        chunks.append((c.start(), pos))
        if c.start() < 2 or text[c.start() - 1] != " " or text[c.start() - 2] in " \n":
            break
        pos = c.start() - 1
    for k in range(len(chunks), 0, -1):
        first_start, first_end = chunks[k - 1]
        if any(not _plain_chunk(text[a:b]) for a, b in chunks[:k - 1]):
            continue
        start = _name_start(text, first_start, first_end)
        if start is not None and valid_name(text[start:end]):
            return text[start:end], m.group("thai") or m.group("latin") or ""
    return None


@dataclass(frozen=True, slots=True)
class MinedName:
    name: str
    short: str
    releases: int


@functools.lru_cache(maxsize=1)
def mined_names() -> dict[str, MinedName]:
    """briefing/data/org_names.toml: name -> entry."""
    rows = data_toml("org_names.toml").get("org", [])
    return {r["th"]: MinedName(name=r["th"], short=r.get("short", ""), releases=int(r.get("releases", 0))) for r in rows}


@functools.lru_cache(maxsize=1)
def _tails() -> dict[str, list[str]]:
    """Head word -> the rest of each listed name that starts with it."""
    by_head: dict[str, list[str]] = {}
    rx = _head_regex()
    for name in (*mined_names(), *mined_actors.names()):  # closed by a bracket; named acting (mined_actors.py)
        m = rx.match(name)
        if m and m.group(0):
            by_head.setdefault(m.group(0), []).append(name[len(m.group(0)):])
    return by_head


@functools.cache
def _tails_regex(head: str) -> re.Pattern[str] | None:
    """A longest-match regex over the listed names that start with `head` (a prefix lookup: the text is scanned
    for heads once, then only the names of the head found are tried there), None for a head no name starts with.
    Made at the head's first use: a release holds a few of the ~50 heads, and a first analysis with an empty cache
    dir built all their regexes (0.1 s of CPU on the bundled seed)."""
    tails = _tails().get(head)
    return trie_regex(tails) if tails is not None else None


_LATIN_NEXT = re.compile(r"[A-Za-z0-9\-]")
_LATIN_AFTER = re.compile(r" [A-Z][A-Za-z]")
_NUMBER_AFTER = re.compile(r"[ ]?[0-9๐-๙]")
_NUMBER_BEFORE = re.compile(r"[0-9๐-๙][ ]?$")


class _Span(Protocol):
    start: int
    end: int


_ZONE_AFTER = re.compile(r"ที่[ ]?[0-9๐-๙]")
_RUN_ON_STARTS = word_tuple("org_words.toml", "orgnames.run_on_starts")
"""Words that, right after a listed name, start what is said of it (มูลนิธิ...|ที่มารวมตัวกัน), not more of it."""


def _starts_ok(text: str, start: int, end: int) -> bool:
    """Does a listed name start a word here: after a non-Thai character, a word names are glued to
    (ร่วมกับ|กรมควบคุมโรค) or on a newmm boundary?"""
    return start == 0 or not is_thai(text[start - 1]) or text.endswith(_GLUE, 0, start) or on_boundary(text, start, end)


def _ends_ok(text: str, start: int, end: int) -> bool:
    return end >= len(text) or not is_thai(text[end]) or on_boundary(text, start, end, check_left=False)


def find_mined(text: str) -> list[tuple[int, int]]:
    """Spans of the listed names `text` writes in full, on word boundaries (a prefix lookup: the text is
    scanned once for head words, then only the names of the head found are tried there)."""
    out: list[tuple[int, int]] = []
    end = 0
    for m in _head_regex().finditer(text):
        head = m.group(0)
        if not head or m.start() < end:
            continue
        tails = _tails_regex(head)
        t = tails.match(text, m.end()) if tails is not None else None
        if t is None or not t.group(0) or not _ends_ok(text, m.start(), t.end()) or not _starts_ok(text, m.start(), t.end()):
            continue
        out.append((m.start(), t.end()))
        end = t.end()
    return out


def _runs_on(text: str, end: int, limit: int) -> bool:
    """Is text[end:limit], what a rule's span has after a listed name, said of the name rather than part of it?"""
    rest = text[end:limit]
    if not rest or not is_thai(rest[0]) or _ZONE_AFTER.match(rest):
        return False  # ...บำรุงรักษาทางน้ำ|ที่ 3: the office's number, part of its name
    first = words(rest)[0]
    return rest.startswith(_RUN_ON_STARTS) or first in NAME_STOPS or is_verb(first)


def _short_ok(text: str, i: int, end: int) -> bool:
    """Is text[i:end], a listed short form, a word of its own here (not inside a Latin name, not a date's month)?"""
    if text[i:end].isascii():
        # WHO inside WHOLE, EU in (EU-FTA), UN WOMEN, FIVB Women’s World Championship: part of a longer Latin name
        return not (_LATIN_NEXT.match(text[i - 1:i] + " ") or _LATIN_NEXT.match(text[end:end + 1] + " ") or _LATIN_AFTER.match(text, end))
    # 1 ก.พ. 2567: a short form that is also a month's, in a date
    return on_boundary(text, i, end) and not _NUMBER_AFTER.match(text, end) and not _NUMBER_BEFORE.search(text, max(0, i - 3), i)
    # (_NUMBER_BEFORE ends at i, or before a newline there: a match starts at i - 3 or later; searched from 0, the
    # whole text before was tried position by position, once per short form)


_SOLE_SHORT = re.compile(r"[\u0e01-\u0e2e][\u0e01-\u0e2e.]*\.[\u0e01-\u0e2e.]*|[A-Z][A-Z&]{3,9}")
"""A short form that may stand alone: Thai with three consonants or more and a dot (สสปน., ศอ.บต.), or four Latin
capitals or more (GISTDA, UNHCR): shorter ones are other bodies' too (อส., ทช., CA)."""


@functools.lru_cache(maxsize=1)
def _sole_shorts() -> re.Pattern[str]:
    """The listed short forms that name one body: given by one listed name only, no word, no glossary term (the
    glossary's aliases are found as glossary terms), and not one of the rules' non-bodies."""
    from briefing.thai.gazetteer import gazetteer
    from briefing.thai.scan import dictionary

    owners: dict[str, set[str]] = {}
    for entry in mined_names().values():
        if entry.short and entry.releases >= 3:  # two releases are too weak a pairing to find a short form alone
            owners.setdefault(entry.short, set()).add(entry.name)
    terms = gazetteer().terms
    sole = [
        short for short, names in owners.items()
        if len(names) == 1 and _SOLE_SHORT.fullmatch(short) and len(re.sub(r"[^\u0e01-\u0e2eA-Z]", "", short)) >= 3
        and short not in terms and short not in dictionary() and short not in _NOT_SOLE
    ]
    return trie_regex(sole)


_NOT_SOLE = frozenset({"NGOs", "CSOs", "SFIs", "MOU", "SMEs", "NCDs", "WPPT", "สอท.", "วปส."})
"""Short forms the list pairs wrongly or that name two bodies (สอท.: an embassy, the cyber police; WPPT: a treaty; วปส.: mostly the institute's course, หลักสูตร วปส. รุ่นที่ 10)."""


def sole_shorts(text: str) -> list[tuple[int, int]]:
    """Listed short forms the text writes without their full names, where the corpus pairs them with one body only."""
    rx = _sole_shorts()
    out: list[tuple[int, int]] = []
    for m in rx.finditer(text):
        if m.group(0) and _short_ok(text, m.start(), m.end()):
            out.append(m.span())
    return out


def settle(text: str, found: Sequence[_Span]) -> list[tuple[int, int]]:
    """Fit the rule-found organisations `found` (changed in place) to the listed names `text` writes, and
    return the spans to add: each listed name found (it wins over a shorter guess, the longest span being
    kept), its short form wherever the text also writes it, and the short forms the corpus pairs with one body
    only. A rule's span that starts at a listed name and runs on past it into what is said of it
    (มูลนิธิ...|ที่มารวมตัวกัน) is cut back to the name."""
    mined = find_mined(text)
    for a, b in mined:
        for o in found:
            if o.start == a and o.end > b and _runs_on(text, b, o.end):
                o.end = b
    names = mined_names()
    out = list(mined)
    taken = set(mined)
    shorts = {entry.short for a, b in mined if (entry := names.get(text[a:b])) is not None and entry.short}
    for short in shorts:
        pos = 0
        while (i := text.find(short, pos)) >= 0:
            pos = i + len(short)
            if (i, pos) not in taken and _short_ok(text, i, pos):
                out.append((i, pos))
                taken.add((i, pos))
    return out + [span for span in sole_shorts(text) if span not in taken]
