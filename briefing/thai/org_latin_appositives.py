"""A company written in Latin letters with a Thai appositive after it that says what the firm does.

Releases on investment name foreign firms in their own letters and gloss each with what it makes or serves, with no
บริษัท before it and no head word in it: "บริษัทเดนมาร์กชั้นนำเข้าร่วม อาทิ Maersk Line ผู้ให้บริการขนส่งทางเรือ
รายใหญ่ของโลก, Pandora ผู้ผลิตอัญมณี..., Novo Nordisk ผู้นำด้านเภสัชกรรม..." (details/97852), "บีโอไอผนึก ZF
ผู้ผลิตชิ้นส่วนยานยนต์ยักษ์ใหญ่จากเยอรมนี", "เช่น Verizon ผู้ให้บริการ 5G ยักษ์ใหญ่ Pfizer ผู้ผลิตวัคซีน". The list
rule (organisations._company_list) needs Latin items only and the head rules need a head word, so the reader saw
none of these. A reader expects each firm, by its Latin name alone (the golds write it so, the gloss outside).

What is read: a run of one to five capitalised Latin words (digits, &, dots and dashes inside words; & between
two) right before ผู้ผลิต, ผู้ให้บริการ, ผู้นำด้าน, ผู้พัฒนา, ผู้จัดจำหน่าย, ผู้นำเข้า, ผู้ส่งออก, ผู้ค้าปลีก or
ผู้เชี่ยวชาญด้าน (a space between or none), with บริษัท when it stands right before (the read golds keep it: บริษัท Bayer AG).
Not read:
- a kind of firm or person, not a name (SMEs ผู้ผลิตชุมชน, Service Provider ผู้ให้บริการ..., Young Smart Farmer):
  briefing/data/latin_org_words.toml [latin_appositives] generic;
- a person (Dr. Yoshiki Akahoshi ผู้เชี่ยวชาญด้าน..., นาย/คุณ before the name, Mr./Ms. in it), and before
  ผู้เชี่ยวชาญ a run of two title-case words with nothing else (a first and last name: Krzysztof Tokarz);
- a meeting or a system (ที่ประชุม Pre-Summit ผู้นำด้าน..., Supply Chain ผู้ส่งออก): its last word is in that list
  too (a dashed word by its last part);
- a run glued to Latin before it (the tail of a longer name the Latin finders read: ... Co., Ltd. ผู้ผลิต).

Counted on half of thaigov-v2 (even-numbered files, session 22): 147 Latin runs before such a gloss (with
ผู้ประกอบการ, left out here: mostly SMEs ผู้ประกอบการ...).
"""

from __future__ import annotations

import re

from briefing.thai.wordlists import word_set

_GENERIC = word_set("latin_org_words.toml", "latin_appositives.generic")

_WORD = r"[A-Z][A-Za-z0-9&'’\-]*(?:\.[A-Za-z0-9]+)*\.?"
_RUN = re.compile(
    r"(?<![A-Za-z0-9.\-&'’/])(?P<name>" + _WORD + r"(?:[ \t](?:&[ \t])?" + _WORD + r"){0,4})[ \t]?"
    r"(?P<gloss>ผู้ผลิต|ผู้ให้บริการ|ผู้นำด้าน|ผู้พัฒนา|ผู้จัดจำหน่าย|ผู้นำเข้า|ผู้ส่งออก|ผู้ค้าปลีก|ผู้เชี่ยวชาญด้าน)"
)
_PERSON_BEFORE = re.compile(r"(?:นาย|นาง|นางสาว|น\.ส\.|คุณ|ดร\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|H\.E\.?|Prof\.?)[ \t]*$")
_PERSON_IN = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|H\.E)\b")
_PERSON_NAME = re.compile(r"[A-Z][a-z]+[ \t][A-Z][a-z]+")
_ABBREVIATIONS = ("Inc.", "Ltd.", "Co.", "Corp.", "Plc.", "Bhd.", "Pte.")


def find(text: str) -> list[tuple[int, int]]:
    """(start, end) of each Latin firm's name glossed by what it does right after it."""
    if "ผู้" not in text or re.search(r"[A-Z]", text) is None:
        return []
    out: list[tuple[int, int]] = []
    for m in _RUN.finditer(text):
        name = m.group("name")
        start, end = m.start("name"), m.end("name")
        if name.endswith(".") and not name.endswith(_ABBREVIATIONS) and not re.search(r"\.[A-Za-z]", name.split()[-1]):
            end -= 1  # a sentence's full stop, not the name's
            name = name[:-1]
        words = [w.rstrip(".").split("-")[-1] for w in name.split() if w != "&"]
        if any(w in _GENERIC or w.removesuffix("s") in _GENERIC for w in (words[0], words[-1])):
            continue
        if _PERSON_IN.search(name) or _PERSON_BEFORE.search(text[max(0, start - 12):start]):
            continue
        if m.group("gloss") == "ผู้เชี่ยวชาญด้าน" and _PERSON_NAME.fullmatch(name):
            continue  # Krzysztof Tokarz ผู้เชี่ยวชาญ...: a person's first and last name
        if re.search(r"[A-Za-z0-9][.,]?[ \t]*$", text[max(0, start - 3):start]):
            continue  # ... Co., Ltd. ผู้ผลิต: the tail of a longer Latin name
        if text.endswith("บริษัท", 0, start) or text.endswith(("บริษัท ", "บริษัท\t"), 0, start):
            start = text.rindex("บริษัท", 0, start)  # บริษัท Al Sanabel Al Zahabiya Industrial: the golds keep บริษัท
        out.append((start, end))
    return out
