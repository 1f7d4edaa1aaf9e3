"""A headline that warns: who warns, and of what, never the scam's or the rumour's own claim as the actor's act.

'ดีอีเอส เตือน!! มิจฉาชีพปลอมเพจ ธ.ออมสินปล่อยสินเชื่อ...' (details of archive id 35939) read 'Government Savings
Bank releases loans': the bank whose page the scammers faked did nothing, and DES, who warns, was gone. In a draw of
40 archive headlines that name a warning, a scam or fake news (seed 7101, outside every bench set) 13 gists were
false or garbled so: 'The government cheats destination money parcels' (ระวัง! มิจฉาชีพหลอก...), 'Comptroller General's
Department falls for state welfare card rights' (...เตือน! ... อย่าหลงเชื่อ...), 'MDES shares drink products' (ข่าวปลอม!
อย่าแชร์! ...), 'OPM bans the cannabis oil in Hong Kong' (เตือน! ห้ามนำน้ำมันกัญชาเข้าฮ่องกง: Hong Kong bans it).
What follows a warning word is what the public is warned of (a scammer's act, a false claim, a rule elsewhere), not
what the warner did. When the gist's verb comes from there, the gist says only that the warner warns, and of what
kind (`warned_action`); who warns is whoever the headline names before the warning word, else the issuer.
A verb before the warning word stands ('ธอส. เปิดศูนย์รับแจ้งเหตุ...จากมิจฉาชีพ': it opens a centre), and so does
a gist that already says 'warns ...' (the warning itself is the verb).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_CUE = re.compile(r"(?<!แจ้ง)(?<!ระบบ)(?<!ระบบแจ้ง)เตือน(?!ภัยล่วงหน้า)|(?<!เฝ้า)ระวัง|มิจฉาชีพ|โจรออนไลน์|แก๊งคอล|คอลเซ็นเตอร์|"
                  r"ข่าวปลอม|ข่าวลวง|ข่าวบิดเบือน|[Ff]ake [Nn]ews|ปลอม|อย่าหลงเชื่อ|อย่าแชร์|หลอก|แอบอ้าง")
"""A word after which the headline tells what to beware of (a plain 'แจ้งเตือน', a notification, is none)."""
_SCAM = re.compile(r"มิจฉาชีพ|โจร|แก๊ง|คอลเซ็นเตอร์|หลอก|แอบอ้าง|(?:เพจ|ลิ[งง]ก์|ลิงค์|บัญชี|เว็บ\S{0,4}|แอป\S{0,6}|"
                   r"SMS|ไลน์|LINE)\s*ปลอม|ปลอม(?:เพจ|ลิ[งง]ก์|ลิงค์|บัญชี|เว็บ|แอป|ตัว)")
_FAKE_NEWS = re.compile(r"ข่าว\S{0,12}ปลอม|ข่าวลวง|ข่าวบิดเบือน|[Ff]ake [Nn]ews|เฟคนิวส์|อย่าแชร์")
"""('ข่าวจากเฟซบุ๊กปลอมเป็นความพยายามบิดเบือน': news from a fake Facebook page is fake news, no scam)"""
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def _masked(title: str, names: Sequence[tuple[int, int]]) -> str:
    """The headline with quotes and names blanked ('กองพันระวังป้องกัน' is a battalion, no warning)."""
    masked = _QUOTED.sub(lambda m: " " * len(m.group(0)), title)
    for start, end in names:
        masked = masked[:start] + " " * (end - start) + masked[end:]
    return masked


def warning_start(title: str, names: Sequence[tuple[int, int]] = ()) -> int | None:
    """Where the headline's first warning word starts (outside quotes and the `names` spans), or None."""
    found = _CUE.search(_masked(title, names))
    return found.start() if found else None


_WARNS = re.compile(r"เตือน|ระวัง|อย่าหลงเชื่อ|อย่าแชร์")


def warner_end(title: str, names: Sequence[tuple[int, int]] = ()) -> int | None:
    """Where the warner's name ends: at the first warning verb ('10 อันดับข่าวปลอม“ดีอี” เตือนเพจ...': DES warns), else
    at the first warning word."""
    found = _WARNS.search(_masked(title, names))
    return found.start() if found else warning_start(title, names)
_SPREADING = ("โพสต์", "แชร์", "ปล่อยข่าว", "หลอก", "ปลอม")
"""The scammer's or the rumour-monger's own verbs: 'ดีอีเอส พบมือโพสต์ข่าวปลอม' read 'MDES posts ... fake news'."""


def warned_action(title: str) -> str:
    """What the warner does, as far as the headline's words say for sure: warns (only when a warning word is there,
    'ดีอีเอส พบข่าวปลอม...' reports fake news) of scams, of fake news, or only a warning."""
    said = "warns the public about" if _WARNS.search(title) else "reports on"
    if _SCAM.search(title):
        return f"{said} scams"
    if _FAKE_NEWS.search(title):
        return f"{said} fake news"
    return "issues a warning"


def reads_warned(title: str, verb_pos: int | None, action: str, names: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the gist's verb (at `verb_pos`) is something the headline warns of, not the warner's act."""
    start = warning_start(title, names)
    if start is None or verb_pos is None:
        return False
    scam = _SCAM.search(title) or _FAKE_NEWS.search(title)
    if scam and title[verb_pos:].startswith(_SPREADING):
        return True  # 'MDES posts trend island fake news', 'OPM spreads rumours fake news'
    if scam and action.startswith("warns ") and not action.startswith("warns the public"):
        return True  # 'เตือนเพจ“กรมพัฒนาฝีมือแรงงาน” รับสมัครงาน...' read 'MDES warns DSD page': the page is fake
    if verb_pos < start:
        return False
    return not action.startswith(("warns", "issues a warning"))
