"""Latin names given as examples of a Thai word for bodies: บริษัทชั้นนำ เช่น Amazon, Google และ Microsoft.

A Thai release names the companies, institutions or brands it means by a Thai word for their kind, then เช่น / อาทิ /
ได้แก่ / ประกอบด้วย and the names in their own letters, a comma (or และ) apart: "พิพิธภัณฑ์และสถาบันต่าง ๆ เช่น
Institut Français de la Mode, Conservatoire national des arts et métiers (Le CANM) และ Musée des Arts et Métiers"
(details/81363), "ภาคเอกชน อาทิ Airbnb, Apple Inc., Google, Mastercard, Visa และ Boeing", "บริษัท เช่น Compeq, ZDT,
Unimicron". Most of the names have no head word and are on no list, so the reader saw only the ones a list knew;
the kind word before the list says what they all are. The golds list such names as organisations (bench/heldout142
h05: the luxury groups' brands as companies).

Read only after a word for bodies (บริษัท, องค์กร/องค์การ, สถาบัน, มหาวิทยาลัย, ธนาคาร, ภาคเอกชน, แบรนด์, พิพิธภัณฑ์),
with at most a few Thai words between (ชั้นนำ, ต่าง ๆ, ระหว่างประเทศ), and only a list of two names or more; a list
with an item that names a product, a system or a channel (Application CP ALL Connect, Smart City, Line Group) is
left whole, by the words of briefing/data/latin_org_words.toml [latin_glosses] and [latin_kinds] trailing, and so is
the product or service of a body (ผลิตภัณฑ์ของบริษัท เช่น ..., บริการของธนาคาร เช่น ...).
"""

from __future__ import annotations

import re

from briefing.thai.wordlists import word_set

_NOT_NAME = word_set("latin_org_words.toml", "latin_glosses.not_name") | word_set("latin_org_words.toml", "latin_kinds.trailing")

_KIND = re.compile(
    r"(?:บริษัท|องค์กร|องค์การ|สถาบัน|มหาวิทยาลัย|ธนาคาร|ภาคเอกชน|แบรนด์|พิพิธภัณฑ์)"
    r"(?P<mid>[\u0e01-\u0e4e ๆ]{0,30}?)[ \t]?(?:อาทิเช่น|อาทิ|เช่น|ได้แก่|ประกอบด้วย)[ \t]*(?=[A-Z])"
)
_MID_NOT = re.compile(r"ของ|ผลิตภัณฑ์|สินค้า|บริการ|ระบบ|แอป|เทคโนโลยี|หลักสูตร|โครงการ|รางวัล|ตำแหน่ง|มาตรฐาน|ถนน|ชื่อ(?!ดัง)|ลงทุน|พัฒนา"
                      r"|แต่ละ|ได้รับ|ข้อมูล|ประเภท")
"""Words between the kind and เช่น that make the list a body's things (บริษัทผลิตสินค้า เช่น, สถาบันของรัฐ เช่น ...)."""
_BEFORE_NOT = re.compile(r"(?:ของ|ผลิตภัณฑ์|สินค้า|บริการ|ระบบ|แอป|ภายนอก|ภายใน)[ \t]?$")
_STANDARDS_BEFORE = re.compile(r"มาตรฐาน|รางวัล")
"""ได้รับการรับรองมาตรฐาน ในหลายสถาบันระดับโลก อาทิเช่น USDA Organic, HALAL: the list is of standards or awards."""
_WORD = r"[A-Z0-9\u00c0-\u00de][A-Za-z0-9\u00c0-\u024f&'’.\-]*"
_ITEM = re.compile(_WORD + r"(?:[ \t](?!and[ \t])(?:" + _WORD + r"|&|[a-z\u00df-\u00ff][a-z\u00df-\u024f'’\-]+)){0,6}")
"""A name of up to seven words, lower-case ones inside (Conservatoire national des arts et métiers)."""
_LOWER_TAIL = re.compile(r"(?:[ \t][a-z\u00df-\u00ff][^ \t]*)+$")
_SEP = re.compile(r"[ \t]*,[ \t]*(?:และ[ \t]*|and[ \t]+)?|[ \t]*และ[ \t]*|[ \t]+and[ \t]+")
_BRACKET = re.compile(r"[ \t]?\([ \t]?(?P<a>[A-Z][A-Za-z\u00c0-\u024f .&\-]{0,20}?)[ \t]?\)")
"""(Le CANM): the item's own short form, an organisation too."""
_WORDS = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_THAI_NEXT = re.compile(r"[ \t]?[\u0e01-\u0e4e]")


def _thing(item: str) -> bool:
    return any(w in _NOT_NAME or w.rstrip("s") in _NOT_NAME for w in _WORDS.findall(item))


def find(text: str) -> list[tuple[int, int]]:
    """(start, end) of each Latin name in a list of examples after a Thai word for bodies."""
    if "เช่น" not in text and "อาทิ" not in text and "ได้แก่" not in text and "ประกอบด้วย" not in text:
        return []
    out: list[tuple[int, int]] = []
    for kind in _KIND.finditer(text):
        if _MID_NOT.search(kind.group("mid")) or _BEFORE_NOT.search(text, max(0, kind.start() - 12), kind.start()) \
                or _STANDARDS_BEFORE.search(text, max(0, kind.start() - 30), kind.start()):
            continue
        items: list[tuple[int, int]] = []
        at = kind.end()
        while True:
            m = _ITEM.match(text, at)
            if m is None:
                break
            end = m.end()
            tail = _LOWER_TAIL.search(text, m.start(), end)
            closed = _BRACKET.match(text, end) or _SEP.match(text, end) or _THAI_NEXT.match(text, end)
            if tail is not None and not closed:
                end = tail.start()  # Boeing to meet ...: a lower-case word that does not close an item is the sentence's
            if end < len(text) and text[end] in ".":
                end += 1 if text[m.start():end].endswith(("Inc", "Co", "Ltd", "Corp")) else 0  # Apple Inc.
            items.append((m.start(), end))
            short = _BRACKET.match(text, end)
            if short is not None:
                items.append((short.start("a"), short.end("a")))
                end = short.end()
            sep = _SEP.match(text, end)
            if sep is None or sep.end() == end:
                break
            at = sep.end()
        names = [(a, b) for a, b in items if not re.match(r"[0-9]+(?:[ \t]|$)", text[a:b])]  # 2 Young Designers: a count
        if len(names) < 2 or any(_thing(text[a:b]) for a, b in names):
            continue  # one name is no list; a product or a system among them: not a list of bodies
        out += names
    return out
