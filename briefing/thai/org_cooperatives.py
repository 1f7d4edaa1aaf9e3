"""A cooperative written with spaced parts before จำกัด: สหกรณ์นมไทย - เดนมาร์ค จำกัด, สหกรณ์ปฏิรูปที่ดินเพื่อการเกษตรที่ยั่งยืน
อ.สันทราย จำกัด, สหกรณ์การเกษตรเพื่อการตลาดลูกค้า ธ.ก.ส.มหาสารคาม จำกัด.

A registered cooperative's name runs from สหกรณ์ to จำกัด ('limited'), and releases write its parts spaced: the
district or province it serves (อ.สันทราย, ปากช่อง), the bank whose clients it serves (ธ.ก.ส.), a hyphen between two
countries (ไทย - เดนมาร์ค), or a space before จำกัด. The head rules end a name at its first space, so such a name was
missed, or only its district was found, as a place (heldout142 h10: `สหกรณ์ปฏิรูปที่ดินเพื่อการเกษตรที่ยั่งยืน อ.สันทราย
จำกัด` gave the place อ.สันทราย).

The name is สหกรณ์ glued to its first word, then up to four spaced parts, then จำกัด. Not when a part is another
body's head (ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร 4. ธนาคารกรุงเทพ จำกัด: a list of banks) or a clause (สหกรณ์การเกษตร
(ธ.ก.ส.) ร่วมมือกับบริษัท ... จำกัด), nor after เกษตรและ (the ministry's and the bank's names end with สหกรณ์). `entities`
calls `find`; a name the head rules found whole is found again, the same span.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from briefing.thai.gazetteer import ORG_HEADS, VENUE_HEADS
from briefing.thai.scan import NAME_STOPS, cut_at_stop, is_verb, words

_COOPERATIVE = re.compile(
    r"(?<!เกษตรและ)(?<!เกษตรและ[ \t])สหกรณ์(?=[\u0e01-\u0e4e])"
    r"(?P<name>[^\s()“”\"]{1,60}?(?:[ \t]{1,2}(?:-[ \t]{1,2})?[^\s()“”\"]{1,30}?){0,4}?)[ \t]{0,2}จำกัด(?![\u0e01-\u0e4e])"
)
_NAME_LINKS = frozenset({"เพื่อ", "ที่", "ใน", "ของ", "และ", "ด้วย"})
"""Words inside cooperatives' names (ปฏิรูปที่ดินเพื่อการเกษตรที่ยั่งยืน, การเกษตรในเขตปฏิรูปที่ดิน)."""
_NOT_PART = frozenset({"แห่ง", "ประกอบด้วย", "ได้แก่", "ราย", "คน"})
_DISTRICT = re.compile(r"(?:อ|จ|ต)\.[\u0e01-\u0e4e]")


@functools.cache
def _heads() -> tuple[str, ...]:
    return tuple(h for h in (*ORG_HEADS, *VENUE_HEADS) if h != "สหกรณ์") + ("บริษัท",)


def _part_ok(part: str, first: bool, last: bool) -> bool:
    if part == "-" or _DISTRICT.match(part) or re.fullmatch(r"[\u0e01-\u0e4e]{1,4}\.(?:[\u0e01-\u0e4e]{1,4}\.)*[\u0e01-\u0e4e]*", part):
        return True  # ไทย - เดนมาร์ค, อ.สันทราย, ธ.ก.ส.มหาสารคาม, คทช.
    if first:  # glued to สหกรณ์: its words may hold เพื่อ, ที่, ใน (ปฏิรูปที่ดินเพื่อการเกษตรที่ยั่งยืน, การเกษตรในเขต...)
        lead = words(part)[0]
        nested = part.replace("เกษตรและสหกรณ์", "")  # ออมทรัพย์กระทรวงเกษตรและสหกรณ์: the ministry's name inside
        return ("สหกรณ์" not in nested and lead not in NAME_STOPS and not is_verb(lead)
                and cut_at_stop(part, 0, allow=_NAME_LINKS) >= len(part))  # ...แห่งแรกที่เข้าร่วมเป็นสมาชิก...
    if part.startswith(_heads()) or "สหกรณ์" in part or part in _NOT_PART:
        return False  # ...สหกรณ์การเกษตร 4. ธนาคารกรุงเทพ จำกัด: another body
    if re.search(r"[0-9๐-๙]", part) and not (last and re.fullmatch(r"[\u0e01-\u0e4e]*[0-9๐-๙]{1,3}", part)):
        return False  # 4., 4 แห่ง: the next item of a list or a count (จุฬาภรณ์พัฒนา 9 จำกัด: a number ends the name)
    return cut_at_stop(part, 0, verbs=True) >= len(part)


def find(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cooperative named from สหกรณ์ to จำกัด with spaced parts."""
    out: list[tuple[int, int]] = []
    if "สหกรณ์" not in text:
        return out
    pos = 0
    while (m := _COOPERATIVE.search(text, pos)) is not None:
        parts = m.group("name").split()
        if all(_part_ok(p, i == 0, i == len(parts) - 1) for i, p in enumerate(parts)):
            out.append((m.start(), m.end()))
            pos = m.end()
        else:
            pos = m.start() + 1  # มีสหกรณ์อิสลาม 4 แห่ง ประกอบด้วย สหกรณ์นูรุล...: a name may start inside the refused run
    return out


_KINDS = {"การเกษตร": "Agricultural", "ออมทรัพย์": "Savings and Credit", "เครดิตยูเนี่ยน": "Credit Union", "โคนม": "Dairy",
          "นิคม": "Land Settlement", "ประมง": "Fisheries", "ร้านค้า": "Consumer", "บริการ": "Service"}
"""The registered kinds of cooperative and their English, as the Cooperative Promotion Department's English pages
name them (agricultural, land settlement, fisheries, consumer, service, savings/thrift and credit, credit union
cooperatives; dairy cooperatives are agricultural ones named for their trade, 'Nong Pho Ratchaburi Dairy
Cooperative'); written from knowledge, not re-fetched, 2026-12."""
_NAMED = re.compile(r"สหกรณ์(?P<kind>" + "|".join(_KINDS) + r")(?P<name>[^\s].*?)?(?:[ \t]{0,2}(?P<ltd>จำกัด))?")


def english(surface: str, owner: Callable[[str], str | None]) -> str | None:
    """A cooperative of a registered kind named for its owner or place, in English: สหกรณ์ออมทรัพย์กระทรวงมหาดไทย จำกัด -> 'Ministry of Interior Savings and Credit Cooperative Limited',
    สหกรณ์การเกษตรปากช่อง จำกัด -> 'Pak Chong Agricultural Cooperative Limited' (the district's DOPA English),
    สหกรณ์โคนมท่าหลวง จำกัด -> 'Tha Luang Dairy Cooperative Limited'. 19 of 562 organisation mentions with no English
    in 600 random releases (session 23) were cooperatives. None for a bare kind (สหกรณ์เครดิตยูเนี่ยน: a class), for
    a name in spaced parts (เพื่อการตลาดลูกค้า ธ.ก.ส.มหาสารคาม) and for a name `owner` does not know: romanised, a
    name of words reads as nothing (สาธารณสุขลำพูน, 'Satharansuk Lamphun')."""
    m = _NAMED.fullmatch(surface)
    if m is None or not m.group("name") or re.search(r"\s", m.group("name")):
        return None
    known = owner(m.group("name"))
    if known is None:
        return None
    return " ".join([known, _KINDS[m.group("kind")], "Cooperative"] + (["Limited"] if m.group("ltd") else []))
