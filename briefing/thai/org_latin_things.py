"""A Latin name in brackets after a Thai phrase for a thing (a system, an agreement, a list, a rule) names the thing,
not a body: ระบบคลังหน่วยกิตแห่งชาติ (Credit Bank), ความตกลงการค้าเสรีไทย–สหภาพยุโรป (Thailand –EU FTA), บัญชีสินค้าที่
ผลิตโดยแรงงานเด็กของกระทรวงแรงงานสหรัฐฯ (TVPRA List), ระเบียบว่าด้วยสินค้าที่ไม่เกี่ยวข้องกับการตัดไม้ทำลายป่า (European
Union Deforestation Regulation: EUDR).

A Thai release glosses a phrase with its English in brackets; the English is the name of what the phrase names. When
the phrase is a thing, a head word inside the English (Bank, Union, Committee) or a body named inside the Thai phrase
(สหภาพยุโรป, กระทรวงแรงงานสหรัฐฯ) made the bracket an organisation (latin_orgs, org_latin_glosses), and the reader
listed a system, a trade agreement or a regulation among the bodies. The read golds list none of these (session 24:
the Latin organisations the read sets' golds do not have, sorted by kind; even-numbered sets heldout12, 94, 120, 150,
152).

The phrase is the Thai run glued before the bracket: its first head decides. A thing word (briefing/data/
latin_org_words.toml [latin_things] heads) that starts the run or follows a verb or a function word, before any body
head word, makes the bracket the thing's; a body head first (ศูนย์ปฏิบัติการฉุกเฉิน... (PHEOC), สำนักงานคณะกรรมการ
นโยบาย... (...)) keeps it the body's. The English has the last word: an acronym alone (โครงการเอดส์แห่งสหประชาชาติ
(UNAIDS), รางวัลที่ประเทศไทยและองค์การอาหารและเกษตรแห่งสหประชาชาติ (FAO)) or a name with a body's head word in it
(บันทึกข้อตกลง...การจัดตั้งสถาบัน... (Institute of Sufficiency Economy Development Zone : ISEDZ), มาตรฐาน... (International
Association of Insurance Supervisors: IAIS)) stays a body; so does a name the glossary knows
(โครงการพัฒนาแห่งสหประชาชาติ (United Nations Development Programme: UNDP)).
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import ORG_HEADS
from briefing.thai.scan import NAME_STOPS, is_verb, words
from briefing.thai.wordlists import word_set

_THINGS = word_set("latin_org_words.toml", "latin_things.heads")
_KEEP = (word_set("latin_org_words.toml", "latin_orgs.heads") | word_set("latin_org_words.toml", "latin_orgs.legal")
         | word_set("latin_org_words.toml", "latin_things.bodies"))
"""English words that make the bracket a body's name whatever the Thai before it (International Association of
Insurance Supervisors, Task Force on Climate-related Financial Disclosures, after มาตรฐาน...)."""
_BODIES = tuple(ORG_HEADS) + ("สมาพันธ์", "สมัชชา", "หน่วยงาน")
_BEFORE = frozenset({"เรื่อง", "การ", "ตาม"})
"""Words a phrase for a thing starts after (a verb or a function word too): a thing word after a noun modifies it
(คณะอนุกรรมการด้านซอฟต์แวร์และวิศวกรรม|ระบบ (ISO/IEC JTC1/SC7): software and SYSTEMS engineering, a committee)."""
_EN_THINGS = word_set("latin_org_words.toml", "latin_things.english")
"""With a body named after the thing word (บัญชีสินค้า...ของกระทรวงแรงงานสหรัฐฯ, ฐานข้อมูลข่าวปลอมของศูนย์ต่อต้านข่าวปลอม
ประเทศไทย), the bracket may gloss either: it is the thing's when its English names a thing too (TVPRA List, Thai–EU
FTA), the body's otherwise (Anti Fake News Center Thailand)."""
_OPEN = re.compile(r"\([ \t]?$")
_FIRST = re.compile(r"[^():;\n]*?(?=[ \t]*(?:[):;]|[ \t][-–][ \t]))")
"""The bracket's first piece: (European Union Deforestation Regulation: EUDR) gives European Union Deforestation Regulation."""
_RUN = re.compile(r"[\u0e00-\u0e7f0-9–\-]{2,80}[ \t]?$")


def glosses_thing(text: str, start: int) -> bool:
    """Is the Latin name at `start` the first thing in a bracket that follows a Thai phrase for a thing?"""
    opened = _OPEN.search(text, max(0, start - 2), start)
    if opened is None:
        return False
    run = _RUN.search(text, max(0, opened.start() - 80), opened.start())
    if run is None:
        return False
    phrase = run.group(0).rstrip(" \t")
    said = words(phrase)
    at = 0
    for i, word in enumerate(said):
        at = phrase.find(word, at)
        if phrase.startswith(_BODIES, at):
            return False  # องค์|การพัฒนาพลังงาน... (NEDO): read on the letters, not the cut words
        if word in _THINGS and (i == 0 or is_verb(said[i - 1]) or said[i - 1] in NAME_STOPS or said[i - 1] in _BEFORE):
            first = _FIRST.match(text, start)
            english = [w for w in re.split(r"[ \t\-–/]+", first.group(0)) if w] if first else []
            if not english or len(english) == 1 and english[0].isupper() or any(w in _KEEP or w.rstrip("s") in _KEEP for w in english):
                return False
            body_after = any(phrase.startswith(_BODIES, k) for k in range(at + len(word), len(phrase)))
            return not body_after or any(w in _EN_THINGS or w.rstrip("s") in _EN_THINGS for w in english)
    return False
