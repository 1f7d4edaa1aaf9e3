"""A foreign state, province or territory written รัฐ + its name: รัฐกลันตัน, รัฐพิหาร, รัฐซาราวัก, รัฐดูไบ.

Releases name the states of federations (Malaysia, India, the United States, the Emirates, Myanmar's states) with รัฐ
glued to the name, as they name a province with จังหวัด. รัฐ is no venue head (ภาครัฐ, รัฐบาล, รัฐสภา, รัฐช่วยออม:
the state as the government), so the name was read only when the glossary knew the whole form (รัฐแคลิฟอร์เนีย), and
was lost otherwise (รัฐกลันตัน ประเทศมาเลเซีย gave only the country). The corpus writes some 200 such names
(รัฐกาตาร์ 30, รัฐแคลิฟอร์เนีย 30, รัฐพิหาร 15, รัฐกลันตัน 12, รัฐอุตตรประเทศ 11 releases ...).

A span is taken where รัฐ starts a word (after a non-Thai character or a lead word: ของ, ใน, ที่, ณ, เยือน, การ of
ผู้ว่าการ ...), not after สห or สาธารณ (สหรัฐ, สาธารณรัฐ...), and the name after it is
- a place the glossary knows, ending where the Thai run ends (ของรัฐดูไบ ซึ่ง: Dubai, the emirate), not ไทย (รัฐไทย,
  the Thai state); or
- a run of Thai letters of one or two words, none of them a verb or a stop word, followed by a space and a country
  (รัฐกลันตัน ประเทศมาเลเซีย, รัฐซาราวัก มาเลเซีย): the state is named with the country it belongs to.
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import Gazetteer
from briefing.thai.scan import NAME_STOPS, THAI_RUN, is_thai, is_verb, words

_STATE = re.compile(r"รัฐ(?=[\u0e01-\u0e2e])")
_LEADS = ("ของ", "ใน", "ที่", "ณ", "เยือน", "การ", "จาก", "และ", "กับ", "สู่", "ไป", "มา", "ยัง", "แห่ง", "ทั้ง", "เมือง")
_NOT_NAMES = ("บาล", "มนตรี", "สภา", "วิสาหกิจ", "ธรรมนูญ", "ประศาสน", "ศาสตร", "กิจ", "สวัสดิการ", "ช่วย", "สนับสนุน",
              "สมทบ", "จ่าย", "หนุน", "พิธี", "พาณิชย์", "ประหาร", "บุรุษ", "ไทย", "ประเทศไทย", "อิสลาม", "ชายฝั่ง", "สมาชิก",
              "ภาคี", "ต่าง", "ทุก", "ที่", "และ", "จะ", "พร้อม", "พึง", "ชดเชย", "อธิปไตย", "เดียว")
_THAILAND = frozenset({"ไทย", "ประเทศไทย", "ราชอาณาจักรไทย"})


def _starts_word(text: str, at: int) -> bool:
    if text.endswith(("สาธารณ", "สห"), 0, at):  # สาธารณรัฐ..., สหรัฐ: a republic's or the US's name, not a state
        return False
    return at == 0 or not is_thai(text[at - 1]) or text.endswith(_LEADS, max(0, at - 6), at)


def find(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """(start, end) of every foreign state written รัฐ + its name."""
    if "รัฐ" not in text:
        return []
    assert g.regex is not None
    out: list[tuple[int, int]] = []
    for m in _STATE.finditer(text):
        start, at = m.start(), m.end()
        if not _starts_word(text, start) or text.startswith(_NOT_NAMES, at):
            continue
        run = THAI_RUN.match(text, at)
        if run is None:
            continue
        known = g.regex.match(text, at)
        if known and known.group(0) and known.end() == run.end():
            term = g.terms[known.group(0)]
            if term.type == "place" and known.group(0) not in _THAILAND:
                out.append((start, run.end()))
            continue
        name = run.group(0)
        if not 3 <= len(name) <= 16 or not text.startswith(" ", run.end()):
            continue
        country = g.regex.match(text, run.end() + 1)
        if not country or not country.group(0) or g.terms[country.group(0)].kind != "country":
            continue
        if country.group(0) in _THAILAND:
            continue
        ws = words(name)
        if not 1 <= len(ws) <= 2 or any(w in NAME_STOPS or is_verb(w) for w in ws):
            continue
        out.append((start, run.end()))
    return out
