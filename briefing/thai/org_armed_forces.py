"""The armed forces written bare: กองทัพ as a word of its own, the body that acts or is acted on.

Releases write the Thai armed forces as the bare head กองทัพ ("กองทัพสานต่อนโยบาย", "บูรณาการทำงานกับกองทัพ",
"ซึ่งกองทัพและทุกภาคส่วน", "รมว.กห. กำชับกองทัพ สนับสนุน..."; about 525 thaigov-v2 releases). กองทัพ is a head word, so
the head rules read it only with a name after it (กองทัพบก, กองทัพภาคที่ 2, กองทัพกัมพูชา) and the bare body was never
found. The read golds list it (heldout73 h05, heldout120 h06 and h26, heldout125 h19: 4 files of 5 that write it
bare; the fifth, heldout8 h03, is 'ผู้บริหารกองทัพ นำโดย พลอากาศเอก...').

Taken: กองทัพ on newmm word boundaries, followed by nothing Thai (a space, a mark, a line end) or by a word that follows
a name (a word that starts with a verb, organisations.verbish: สานต่อ, เร่งขยาย; และ/กับ/ที่/ได้/จะ..., NAME_FOLLOWERS). Not taken: กองทัพ followed by a noun, which names another army
or is a figure of speech (กองทัพศิลปิน, กองทัพมด, กองทัพนักท่องเที่ยว), nor one followed by จาก or ของ (กองทัพจาก
ประเทศอื่น, กองทัพของทั้งสองประเทศ: armies as a class, C7),
nor inside a longer name (the head rules' span wins where they read one). `entities` calls `find`.
"""

from __future__ import annotations

import re

from briefing.thai.organisations import verbish
from briefing.thai.scan import NAME_FOLLOWERS, is_thai, on_boundary, words

_WORD = "กองทัพ"
_RX = re.compile(_WORD)
_NOT_FOLLOWERS = frozenset({"จาก", "ของ"})
_FOLLOWERS = (NAME_FOLLOWERS | frozenset({"ทุก", "ทั้ง", "และ", "หรือ", "แล้ว", "นี้", "ต่างๆ", "ด้วย", "อย่าง"})) - _NOT_FOLLOWERS
"""After the bare body: the words NAME_FOLLOWERS lists, and a few more (กองทัพทุกเหล่า, กองทัพทั้งหมด, กองทัพ
และตำรวจ)."""
_NOT_AFTER = ("ไทย", "บก", "เรือ", "อากาศ", "ภาค", "น้อย", "ประชาชน", "ธรรม", "มด")
"""Names and figures of speech glued after กองทัพ that newmm may cut so that a follower seems to start them."""
_SPACED = (" ", "\t")
_WINDOW = 30


def find(text: str) -> list[tuple[int, int]]:
    """(start, end) of each bare กองทัพ that acts or is acted on."""
    out: list[tuple[int, int]] = []
    if _WORD not in text:
        return out
    for m in _RX.finditer(text):
        start, end = m.span()
        if text.startswith(_NOT_AFTER, end) or not on_boundary(text, start, end):
            continue
        if text.startswith(_SPACED, end, end + 1) and text.startswith(_NOT_AFTER, end + 1):
            continue  # ของกองทัพ อากาศไทย: กองทัพอากาศ written with a space inside
        if end < len(text) and is_thai(text[end]):
            after = words(text[end:end + _WINDOW].split(None, 1)[0])
            if not after or after[0] in _NOT_FOLLOWERS or not (after[0] in _FOLLOWERS or verbish(after[0])):
                continue
        out.append((start, end))
    return out
