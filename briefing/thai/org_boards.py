"""A board named by บอร์ด and the short form of its body: บอร์ด สมอ., บอร์ดดีอี, บอร์ด EEC, บอร์ด ป.ย.ป., บอร์ด BCG.

Releases call a body's governing board, or a national policy committee, บอร์ด ('board') glued or spaced to the
short form of what it governs: บอร์ด สมอ. (the Thai Industrial Standards Institute's board), บอร์ด คปภ. (the
insurance commission's board), บอร์ดดีอี (the national digital economy committee), บอร์ด EEC (the Eastern Economic
Corridor's policy committee). The board is a body of its own, as the committees are (GUIDELINES.md lists
committees and boards among organisations), and the read golds list it whole where they list it (heldout92 h04
`บอร์ด สปสช.`, heldout85 h06 `บอร์ด กกท.`; heldout156 h11 `บอร์ด ดีอี`, `บอร์ดดีอี`). The glossary held three such
names (บอร์ดบีโอไอ, บอร์ด EV, บอร์ด สปสช.), so every other board was read as its short form alone (`ดีอี`: the
ministry, not its board) or missed (บอร์ด BCG, บอร์ด ป.ย.ป.: codes no glossary lists).

Counted on thaigov-v2: บอร์ด before a short form in about 1,000 mentions of 369 releases (บอร์ดบีโอไอ 243, บอร์ด สปสช.
110, บอร์ด สมอ. 86, บอร์ดดีอี 64, บอร์ด สสว. 58, บอร์ด กพช. 41, บอร์ด คปภ. 40, บอร์ด EEC 22 ...). What a reader takes
from them (corpus releases outside bench and dev): `บอร์ด สมอ. มีมติเห็นชอบให้เหล็กกล้า...` -> the TISI board;
`ดีอีเอส ประชุมบอร์ด สคส.` -> the PDPC's board; `นายกฯ ประชุมบอร์ด BCG ย้ำหน่วยงานรัฐ...` -> the BCG committee;
`มอบหมาย บอร์ด รฟท. พิจารณา...` -> the railway's board.

The short form is a dotted Thai code (สมอ., ป.ย.ป., อ.อ.ป.), a Latin acronym of two to six capitals (BCG, EEC), or
a word the glossary knows (ดีอี, อีอีซี). A national board is also written by its subject glued to บอร์ด and closed by
แห่งชาติ (บอร์ดสิ่งแวดล้อมแห่งชาติ, บอร์ดเอไอแห่งชาติ, บอร์ดยุทธศาสตร์สตรีแห่งชาติ: about 85 mentions in 36 releases),
and read whole. Not read: บอร์ด before a common word (บอร์ดเกมส์, บอร์ดบริหาร, ห้องประชุมบอร์ด
ชั้น 5: a room), or before คกก./กก. (บอร์ดคกก.: 'the committee', no one body). `entities` calls `find`, and
`english` for the reader's English: the committee itself where the short form is a committee's (บอร์ด กพช.: the
National Energy Policy Council), else the board of the body the glossary knows ('Board of the Thai Industrial
Standards Institute (TISI)'), else the short form's board ('BCG board').
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import Gazetteer

_BOARD = re.compile(r"(?<!ห้องประชุม)บอร์ด[ \t\u00a0]?")
_COMPOUNDS = ("คีย์", "แดช", "ไวท์", "บิล", "สกรีน", "สเก็ต", "เซิร์ฟ", "ออน", "สตอรี่", "มาเธอร์", "ลีดเดอร์", "ฟิวเจอร์", "แผ่น")
"""Words that end in บอร์ด and name a thing (คีย์บอร์ด, แดชบอร์ด, ไวท์บอร์ด, บิลบอร์ด)."""
_DOTTED = re.compile(r"[ก-ฮ]{1,5}\.(?:[ก-ฮ]{1,4}\.)*")
_LATIN = re.compile(r"[A-Z]{2,6}(?![A-Za-z0-9])")
_THAI_WORD = re.compile(r"[\u0e01-\u0e4e]{2,12}")
_GENERIC = frozenset({"คกก.", "กก.", "กรรมการ"})
_NATIONAL = re.compile(r"(?=[ก-ฮเแโใไ])[\u0e01-\u0e4e]{2,60}?แห่งชาติ(?![\u0e01-\u0e4e])")
"""A national board written by its subject glued to บอร์ด: บอร์ดสิ่งแวดล้อมแห่งชาติ, บอร์ดเอไอแห่งชาติ (not บอร์ดีเด่น...:
a vowel after บอร์ด is another word)."""


def _code_end(text: str, at: int, g: Gazetteer) -> int:
    """Where the body's short form that starts at `at` ends (== at: none)."""
    if (m := _DOTTED.match(text, at)) is not None:
        return at if m.group(0) in _GENERIC else m.end()
    if (m := _LATIN.match(text, at)) is not None:
        return m.end()
    if (m := _NATIONAL.match(text, at)) is not None:
        return m.end()
    m = _THAI_WORD.match(text, at)
    if m is None:
        return at
    for end in range(m.end(), at + 1, -1):  # บอร์ดดีอีเห็นชอบ: the longest glossary word glued at the start
        term = g.terms.get(text[at:end])
        if term is not None and term.type in ("organisation", "place") and (end == len(text) or text[end] != "."):
            return end  # (not the head of a longer dotted code the glossary does not know)
    return at


def find(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """(start, end) of each board named by บอร์ด and its body's short form."""
    out: list[tuple[int, int]] = []
    if "บอร์ด" not in text:
        return out
    for m in _BOARD.finditer(text):
        if text.endswith(_COMPOUNDS, 0, m.start()):
            continue
        end = _code_end(text, m.end(), g)
        if end > m.end():
            out.append((m.start(), end))
    return out


def english(text: str, start: int, end: int, g: Gazetteer) -> str | None:
    """The board found at (start, end) in English, or None when its short form is a Thai code no glossary lists."""
    code = _BOARD.sub("", text[start:end], count=1)
    term = g.terms.get(code)
    if term is not None and term.english:
        return term.english if term.kind == "committee" else f"Board of the {term.english}"
    return f"{code} board" if _LATIN.fullmatch(code) else None
