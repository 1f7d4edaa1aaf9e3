"""A place the release names with its head word is the same place where it is written bare (session 16).

A release names a province, a river or a region once with its head (`จังหวัดน่าน`, `แม่น้ำโขง`, `ภูมิภาคเอเชีย`,
`สี่แยกปทุมวัน`, `จุดชมวิวภูพญาพ่อ`) and elsewhere, most often in the headline, bare and glued to the words around it:
`ติดตามสถานการณ์น้ำท่วมน่าน`, `ประชุมแก้ยาเสพติดริมโขง`, `สวยที่สุดเป็นอันดับ 2 ของเอเชีย`, `หน้าหอศิลป์ ปทุมวัน`,
`ท่องเที่ยวเชิงนิเวศ ภูพญาพ่อ - น้ำตกเชิงทอง`. A bare province name out of context is too often a common word (เลย,
ตาก, แพร่) or a word inside another name for the per-position rules to take it, so the headline's name went missing
while the body's headed one was found (read golds heldout101 h02 น่าน, 55 h03 โขง, 69 h02 เอเชีย, 80 h06 เชียงใหม่,
11 h04 ปทุมวัน, 6 h02 ภูพญาพ่อ list the bare forms as places). Within one release the headed mention says which
sense the bare one has: this pass is release-level, not a rule at a position.

`bare_mentions` takes the places already found, keeps those written as one of a few heads of administrative areas,
waters, regions and landmarks with a name after it, and returns the other mentions of that name standing alone: on
word boundaries, outside every span already found, not written as a people's adjective (ชาวน่าน, คนเชียงใหม่) or
inside a longer word run. Names that are also common words (เลย, ตาก, แพร่, เมือง...) and ไทย (whose bare use is most
often the adjective, bench/heldout/CONVENTIONS.md C8) are left to the other rules.

Measured (session 16, 560 read-set releases): 5 new spans in 4 releases, all gold places, and 2 of 2 right on 1,300
random corpus releases. Any glue before the bare name (not only a space or a place-taking word) took 54 spans, 37 of
them no gold place (mostly the tails of festival, product, temple or programme names; 17 right). Adding the heads
อำเภอ, ตำบล, อ., ต., เกาะ, ดอย, ประเทศ, เขต, กรุง, นคร and เมือง gave 6 more spans, 3 wrong (สาขาที่ 46 ลาดกระบัง,
ช้าง แม่แตง, a unit named after ท่าใหม่): not kept.
"""

from __future__ import annotations

import re

from briefing.thai.scan import is_thai, on_boundary

HEADS = ("จังหวัด", "จ.", "แม่น้ำ", "ภูมิภาค", "สี่แยก", "จุดชมวิว")
"""Heads whose name, written bare, is still the same place. Not อำเภอ/ตำบล (อำเภอเมือง..., ตำบลบ้าน...: the bare
rest is a common word or a village), nor venue heads (a bare hotel or temple name is a brand or a person's name)."""

_NOT_BARE = frozenset({
    "เลย", "ตาก", "แพร่", "เมือง", "ไทย", "น้ำ", "ยม", "ปิง", "วัง", "มูล", "ชี", "ตรัง", "พัง", "สตูล", "ระนอง",
})
"""Names that are also common words or verbs ('at all', 'to dry', 'to spread'), rivers named by one syllable that
is part of many words, and ไทย (C8)."""

_PEOPLE_BEFORE = re.compile(r"(?:ชาว|คน|สาว|หนุ่ม|ชาย|หญิง)[ \t]*$")
"""ชาวน่าน, คนเชียงใหม่: the people of the place, an adjective (the read golds split on it; not taken)."""

_GLUE_BEFORE = re.compile(r"(?:^|[\s(\-–,/:]|ของ|ริม|ใน|ที่|สู่|จาก|ยัง|เยือน|ทั่ว|ณ)$")
"""What a bare name may follow: a space (a name standing alone), or a word that takes a place (ของเอเชีย, ริมโขง,
ในน่าน). Not a quote: a quoted bare name opens a programme's name (“จันทบุรีโมเดล”, "น่านเมืองเก่ามีชีวิต ..."). Glued after any other word the name is most often the tail of a longer name the release gives
no head for (เทศกาลเมืองครามสกลนคร, ผ้ามุกนครพนม, วัดพระธาตุชัยภูมิ, กว๊านพะเยา, เขื่อนเจ้าพระยา): on 560 read-set
releases such tails were half of what a bare name glued to a noun gave, and no rule tells them from น้ำท่วมน่าน."""

_ITEM_NUMBER = re.compile(r"\d[.)][ \t]*$")

_MIN = 3


def _bare_name(surface: str) -> str | None:
    for head in HEADS:
        if surface.startswith(head):
            rest = surface[len(head):].strip()
            if len(rest) >= _MIN and rest not in _NOT_BARE and " " not in rest and not rest.startswith(("เมือง", "แห่ง")):
                return rest
    return None


def bare_mentions(texts: dict[str, str], places: list[tuple[str, int, int]],
                  taken: dict[str, list[tuple[int, int]]]) -> list[tuple[str, int, int]]:
    """(field, start, end) of bare mentions of the headed places found (module docstring). `places` are the found
    places as (field, start, end); `taken` every found span per field, which a bare mention may not overlap."""
    names = {n for f, a, b in places if (n := _bare_name(texts[f][a:b])) is not None}
    out: list[tuple[str, int, int]] = []
    for field, text in texts.items():
        spans = list(taken.get(field, []))
        for name in sorted(names, key=len, reverse=True):
            pos = text.find(name)
            while pos >= 0:
                end = pos + len(name)
                if not any(a < end and pos < b for a, b in spans) and _stands_alone(text, pos, end):
                    out.append((field, pos, end))
                    spans.append((pos, end))
                pos = text.find(name, end)
    return out


def _stands_alone(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 8):start]
    if _PEOPLE_BEFORE.search(before) or before.endswith(HEADS) or not _GLUE_BEFORE.search(before):
        return False
    if text.startswith("ฯ", end) or text.startswith(("โมเดล", " โมเดล", "Model", " Model"), end):
        return False  # ด่านหนองคายฯ: a longer name cut short; สกลนครโมเดล: a programme
    if _ITEM_NUMBER.search(before):
        return False  # 3. เอเชีย คลีน: a numbered item opens a name of its own (an industrial estate)
    if end < len(text) and text[end] == "." or (start and text[start - 1] == "."):
        return False  # จ.น่าน handled as the headed form; ม.เชียงใหม่: a university's short form
    if not is_thai(text[start]):
        return True
    return on_boundary(text, start, end)
