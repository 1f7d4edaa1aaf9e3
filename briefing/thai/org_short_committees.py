"""Committees written with the short head คกก. (คณะกรรมการ): คกก.โรคติดต่อแห่งชาติ, คกก.อำนวยการฯ,
คกก. นโยบายโครงการเติมเงิน 10,000 บาท ผ่าน Digital Wallet.

Headlines and running text shorten คณะกรรมการ to คกก. (446 thaigov-v2 releases; 290 mentions stand alone, the rest
head a name: คกก.โรคติดต่อฯ 31, คกก.มาตรฐานสินค้าเกษตร 20, คกก.สิ่งแวดล้อมแห่งชาติ 13 ...). The head rules know only
the long head, so a name after คกก. was never found; the read golds list it (heldout95 คกก.อำนวยการศูนย์ราชการสะดวก,
heldout85 คกก.นโยบายเครื่องดื่มแอลกอฮอล์ฯ, heldout91 คกก.โรคจากการประกอบอาชีพฯ, heldout48 คกก.นโยบายบริหารทุนหมุนเวียน,
heldout100 คกก.อำนวยการฯ). The name is read by the head rules themselves: the text after คกก. is read with the long
head in front of it, and the committee they find is mapped back onto the short form as written.

Not taken: คกก. alone (`เป็น คกก.`, `ประธาน คกก.ฯ`, a project's bracket `แผนฟื้นฟูการเกษตร (คกก.)`) and a name of one
verb only (the head rules' own refusal). `entities` calls `find`.
"""

from __future__ import annotations

import re

from briefing.thai import organisations
from briefing.thai.gazetteer import ORG_HEADS, Gazetteer
from briefing.thai.scan import NAME_STOPS, is_verb, words

_SHORT = re.compile("คกก\\.[ \t]?(?=[\u0e01-\u0e4e])")
_HEAD = "คณะกรรมการ"
_WINDOW = 300
_CLOSED = re.compile("[\u0e01-\u0e2e\u0e30-\u0e4e]{1,30}ฯ")
_FOLLOWS_SUBJECT = frozenset(("เพื่อ", "ดังกล่าว", "นี้", "นั้น", "จะ", "ได้", "ที่", "ซึ่ง", "ก็", "และ", "หรือ", "ทั้ง", "เป็น", "มี", "ไม่"))
_CLAUSE_VERBS = frozenset(("เน้นย้ำ", "เกี่ยวข้อง", "ไฟเขียว", "เคาะ", "ถก", "สั่ง", "สั่งการ", "มีมติ"))
_NAME_LINKS = frozenset(("ผ่าน", "ต่อ", "ตาม", "ถึง", "เพื่อ", "ให้", "เป็น", "ใช้", "รวม", "ใน", "จาก", "สำหรับ", "ระหว่าง", "ภายใต้", "และ", "หรือ"))
_ABBREV_DOT = re.compile("[\u0e01-\u0e2e]{1,3}\\.")


def find(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """(start, end) of each committee written คกก.NAME, the name as the head rules read it after คณะกรรมการ."""
    out: list[tuple[int, int]] = []
    if "คกก." not in text:
        return out
    for m in _SHORT.finditer(text):
        after = m.end()
        if text.startswith(("ฯ", "คณะ", "ชุด"), after):
            continue  # คกก.ฯ: the committee named before; คกก. คณะนั้น ๆ, คกก.ชุดใหม่: which committee, no name
        window = _HEAD + text[after:after + _WINDOW]
        ends = [o.end for o in organisations.find_headed(window, g) if o.start == 0 and o.end > len(_HEAD) + 1]
        if not ends:
            continue
        end = after + max(ends) - len(_HEAD)
        cut = text.find("ฯ", after, end)
        if cut > 0:
            end = cut + 1  # คกก. ส่งเสริมคุณธรรมฯ| เห็นชอบ...: a name cut with ฯ ends there
        elif (closed := _CLOSED.match(text, end)) is not None and not any(h in closed.group(0) for h in ORG_HEADS):
            end = closed.end()  # คกก.โรค|จากการประกอบอาชีพฯ: the head rules stop at จาก; the ฯ closes the name
            # (not across another body: คกก.รักษาเสถียรภาพราคายาง|กระทรวงเกษตรฯ)
        end = _clause_cut(text, after, end)
        if after > m.start() + 4 and not _spaced_name(text[after:end]):
            continue
        if text[end:end + 1] == "." and _ABBREV_DOT.fullmatch(text[after:end + 1]):
            end += 1  # คกก.ศก.: a short name keeps its own dot
        out.append((m.start(), end))
    return out


def _spaced_name(name: str) -> bool:
    """คกก. นโยบายสมุนไพรแห่งชาติ: written apart from its head, the words are a name unless they open with a word that
    follows a subject (คกก. ดังกล่าว..., คกก. จะ...) or a purpose (ตั้ง คกก. เพื่อยกระดับรถโดยสารสาธารณะ: a committee
    described, as the head rules leave คณะกรรมการเพื่อ... unnamed) or are two words closed by a verb (ที่ คกก. นโยบายเสนอแนะ,
    คกก. บริหาร กำหนด: the committee doing something; a longer name may end with its duty, คกก. ระดับชาติเพื่อขับเคลื่อน
    การดำเนินการ)."""
    ws = words(name.rstrip("ฯ"))
    return bool(ws) and ws[0] not in _FOLLOWS_SUBJECT and not ws[0].startswith("ดังกล่าว") and (name.endswith("ฯ") or len(ws) > 2 or not is_verb(ws[-1]))


def _clause_cut(text: str, start: int, end: int) -> int:
    """คกก.ซอฟต์พาวเวอร์| เกี่ยวข้องหลายกระทรวง, คกก.สิ่งแวดล้อมแห่งชาติ| เห็นชอบต่อรายงาน...: in a headline the name ends at
    a space before a verb that follows a subject (not a word that links a name's spaced parts: คกก.บริหารกองทุน...
    ในพระราชูปถัมภ์, คกก. นโยบายโครงการเติมเงิน 10,000 บาท ผ่าน Digital Wallet)."""
    pos = text.find(" ", start, end)
    while pos > 0:
        ws = words(text[pos + 1:end])
        if ws and (ws[0] in _CLAUSE_VERBS or ws[0] in NAME_STOPS and is_verb(ws[0]) and ws[0] not in _NAME_LINKS):
            return pos
        pos = text.find(" ", pos + 1, end)
    return end
