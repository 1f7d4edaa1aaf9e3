"""A firm or agency written in Latin letters, found as the one who speaks: the name right before a Thai verb of
saying or forecasting.

Releases on the economy and on tourism quote a foreign or Thai firm, a rating agency or a research house by its
Latin name alone, with no body word before it and no head word in it, as the subject of what it says:
"Krungthai COMPASS ประเมินว่า กนง. มีแนวโน้ม...", "โดย Fitch คาดว่า ปี 2565 ประเทศไทย...", "ด้าน Klook
เผยยอดจองกิจกรรมในไทย...", "ทั้งนี้ StartupBlink ระบุว่า ประเทศไทยได้...", "HiCloud จับมือ Alibaba Cloud ชี้มีส่วนช่วย...".
No list knows most of them and no cue word names their kind, so the reader saw nothing; the read golds list such a
name as an organisation (bench/heldout152 h03: Krungthai CIO, in "Krungthai CIO ชี้ตลาดหุ้น-ทองคำ...").

What is read: a run of one to four capitalised Latin words (of/and/&/de/the/for between two) right before คาดว่า,
คาดการณ์, ระบุว่า, เปิดเผยว่า, รายงานว่า, ชี้(ว่า), ยืนยัน, เผย(ว่า), ประเมินว่า or มองว่า (a closing quote and a
space between may stand). Not read, as the corpus shows these say things too:
- a concept, a product, a programme or an event named in ordinary English words or by a bare acronym (AI ชี้,
  Soft Power เผย, QR Code ยืนยัน, SMEs ยืนยันตัวตน, Workshop ประเมิน): one word of the run at least must be a name,
  a word English does not write in lower case and not all capitals (Fitch, Krungthai, Klook, S&P);
- a run with a digit (SX 2023, COP 28: events), or whose last word makes it an event or a thing (Forum,
  Conference, Camp ...: briefing/data/latin_org_words.toml [latin_orgs] not_after);
- a run after a Thai word for a thing or a person (แอปพลิเคชัน, ระบบ, โครงการ, งาน, เพจ, วัคซีน, เครื่อง, นาย, คุณ ...);
- a run glued to Latin before it (SME D Bank x TikTok Thailand, Comité Colbert: the tail of a longer name);
- a country or a place (Thailand, ... Special Economic Zone ชี้เป็นโอกาส: a place's head word last).

Measured (session 23) as the analyzer's output before and after, counting each name once a release: on the
2023-2025 Thai releases outside the bench sets (the releases the rule was written from) 53 new, 51 right (Krungthai
COMPASS/CIO 34, Fitch 5, Euromonitor, StartupBlink, Klook, Credit Suisse, Arianespace, NatureWorks, Sojern ...;
wrong: Thailand Biennale, an art show, and La Liste, a ranking); on the 2020-2022 releases, read only after it was
written, 29 new, 26 right (Krungthai COMPASS 13, Fitch 8, R&I 2, S&P Global, Alibaba Cloud, LINE MAN Wongnai; wrong:
two vaccines by their maker's name, refused since after วัคซีน, and a microscope, FE-SEM): 26 of 27 now. The rule
rests on a few names written often; of the other names, 18 of 21 were right over both samples (before the วัคซีน
refusal 18 of 23). On the read sets it adds two organisations, both gold (SiteMinder, Krungthai CIO), and no span
that is not.
"""

from __future__ import annotations

import re

from briefing.thai.latin_places import ordinary
from briefing.thai.wordlists import word_set

_NOT_AFTER = word_set("latin_org_words.toml", "latin_orgs.not_after")

_WORD = r"[A-Z][A-Za-z0-9&'’\-]*(?:\.[A-Za-z]{1,4})*"
_SMALL = ("of", "and", "&", "de", "the", "for")
_RUN = re.compile(
    r"(?<![A-Za-z0-9À-ÿ.\-@#/&'’])(?<![A-Za-zÀ-ÿ][ \t])"
    r"(?P<name>" + _WORD + r"(?:[ \t](?:(?:of|and|&|de|the|for)[ \t])?" + _WORD + r"){0,3})"
    r"[”\"’]?[ \t]?(?=คาดว่า|คาดการณ์|ระบุว่า|เปิดเผยว่า|รายงานว่า|ชี้ว่า|ชี้(?!แจง|แนะ|วัด)|ยืนยัน|เผยว่า|เผย(?!แพร่)|ประเมินว่า|มองว่า)"
)
_THING_BEFORE = re.compile(
    r"(?:แอปพลิเคชัน|แอปพลิเคชั่น|แอป|งาน|ระบบ|โครงการ|เพจ|ช่องทาง|ผ่าน|โปรแกรม|หลักสูตร|กิจกรรม|มาตรการ|นโยบาย|รายงาน|"
    r"ผลสำรวจ|การประชุม|ประชุม|เวที|หัวข้อ|แคมเปญ|รถ|ยุค|ค่า|ด้วย|ใช้|และ|หรือ|เรื่อง|เครื่อง|คอนโด|สแกน|วัคซีน|"
    r"นาย|นาง|นางสาว|คุณ|ดร\.)[ \t]*[“\"‘']?$"
)
_PLACES = frozenset({"Thailand"})
_PLACE_LAST = re.compile(
    r"Zone|Airport|Port|Bridge|Station|Hotel|Resort|Park|Temple|River|Island|Beach|Museum|Palace|Stadium|Square|"
    r"Plaza|Mall|Province|Town|City|Village|Estate"
)
"""Bangladesh Special Economic Zone ชี้เป็นโอกาส...: the place visited, whose name the sentence goes on from."""


def _name_word(word: str) -> bool:
    """A word of a name: not an ordinary English word (Soft, Power, Code) and not all capitals (AI, QR, SMEs)."""
    bare = re.sub(r"(?:’s|'s)$", "", word).rstrip("’'")
    return re.fullmatch(r"[A-Z]+s?", bare) is None and not ordinary(bare)


def find(text: str) -> list[tuple[int, int]]:
    """(start, end) of each Latin name that says, forecasts or reports something in a Thai sentence."""
    if re.search(r"[A-Z]", text) is None:
        return []
    out: list[tuple[int, int]] = []
    for m in _RUN.finditer(text):
        name = m.group("name")
        words = name.split()
        if any(re.search(r"[0-9]", w) for w in words) or name in _PLACES:
            continue
        if words[-1].rstrip("’'") in _NOT_AFTER or _PLACE_LAST.fullmatch(words[-1]) or not any(_name_word(w) for w in words if w not in _SMALL):
            continue
        if _THING_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
            continue
        out.append((m.start("name"), m.end("name")))
    return out
