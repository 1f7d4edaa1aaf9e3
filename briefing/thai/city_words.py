"""A city the glossary knows, written with the word เมือง, นคร or มหานคร glued before it, is named with that word.

The guidelines keep a place's prefix as written (จังหวัดชลบุรี, อ.ด่านช้าง), and the held-out golds list foreign
cities so: เมืองพาราณสี, นครโอซากา, เมืองซานฟรานซิสโก. The glossary finds the bare name (ดูไบ, เจดดาห์), and a
rule kept the city word only after ณ/ที่/เยือน or with the country after it, so "จากเมืองเจดดาห์", "ในเมืองดูไบ",
"(เมืองเซี่ยเหมิน)" gave the bare city: read on 250 archive releases naming a เมือง or นคร, 7 cities lost their word
this way. The English stays the city's (Jeddah, not "Jeddah City").

Not when the city word is part of another word: พ่อเมือง (a governor), เทศบาลเมือง (a local body), อำเภอเมือง (a
district), บ้านเมือง (the country, as in "the nation's").
"""

from __future__ import annotations

import re

_CITY_WORD = re.compile(r"(?:มหานคร|เมือง|นคร)$")
_PART_OF = ("พ่อ", "เทศบาล", "อำเภอ", "อ.", "บ้าน", "ผู้ว่าราชการ", "ท่า")
"""Words that make a compound with เมือง/นคร before a place's name (พ่อเมืองหนองบัวลำภู: the governor of ...)."""


def city_word_start(text: str, start: int) -> int:
    """Where a city named at `start` begins with the city word glued before it (`start` when there is none)."""
    m = _CITY_WORD.search(text, max(0, start - 6), start)
    if m is None:
        return start
    if text.endswith(_PART_OF, 0, m.start()) or text.endswith("มหา", 0, m.start()) and m.group() != "มหานคร":
        return start
    return m.start()
