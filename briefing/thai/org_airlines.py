"""Airlines named after the word สายการบิน: `find`.

สายการบิน ('airline') is no head word of the gazetteer, and most airlines are in no glossary, so "ผู้โดยสารของสายการบิน
ไชน่าแอร์ไลน์ (CHINA AIRLINES)", "เดินทางด้วยสายการบินไทย เที่ยวบิน TG 663", "สายการบินนกแอร์ที่ประสบเหตุ" gave no
organisation. An airline's name says what it is: it ends with an airline word (แอร์ไลน์, แอร์เวย์, แอร์, แอร์เอเชีย,
เจ็ท, สมายล์: ไชน่าแอร์ไลน์, บางกอกแอร์เวย์ส, นกแอร์, ไทยไลอ้อนแอร์, ไทยเวียตเจ็ท, ไทยสมายล์), so the name runs from
สายการบิน to the first such word that ends a word. The flag carrier is written สายการบินไทย alone; that is taken
when a word of its own and glued (not "สายการบินไทยและต่างประเทศ", Thai and foreign airlines, a kind; not "สายการบิน
ไทย ไลอ้อน แอร์", a spaced name with no airline word glued to ไทย). Kinds of airline
(สายการบินต้นทุนต่ำ, สายการบินพาณิชย์, สายการบินต่าง ๆ) end with no airline word and are not taken.
In the archive (62,904 releases) the pattern finds นกแอร์ 30 releases, ไทยแอร์เอเชีย 18, ไทยไลอ้อนแอร์ 10,
ไทยเวียตเจ็ท 10, บางกอกแอร์เวย์ส 8, ไทยสมายล์ 6, กาตาร์แอร์เวย์ 4 ...; สายการบินไทย alone 18.
"""

from __future__ import annotations

import re

from briefing.thai.scan import on_boundary

_AIRLINE = re.compile(
    r"สายการบิน(?:[ ]?[\u0e01-\u0e4e]{0,30}?(?:แอร์ไลน์ส|แอร์ไลน์|แอร์เวย์ส|แอร์เวย์|แอร์เอเชียเอ็กซ์|แอร์เอเชีย|เจ็ทแอร์|แอร์"
    r"|เจ็ท|สมายล์แอร์เวย์|สมายล์)|ไทย(?![\u0e01-\u0e4e])(?![ ]?(?:และ|หรือ|ต่าง|ทั้ง|รวม|อื่น)))"
)
_THAI = re.compile(r"[\u0e01-\u0e4e]")


def find(text: str) -> list[tuple[int, int]]:
    """Spans of airlines named after สายการบิน, ending where a word ends."""
    if "สายการบิน" not in text:
        return []
    out: list[tuple[int, int]] = []
    for m in _AIRLINE.finditer(text):
        start, end = m.span()
        if end < len(text) and _THAI.match(text, end) and not on_boundary(text, start, end, check_left=False):
            continue  # ...แอร์|พอร์ต: the airline word is the start of a longer word
        out.append((start, end))
    return out
