"""Positions people hold, and their English.

titles.toml is the glossary; the short tables here are the grammar the patterns need even when the
glossary is missing (honorifics and the position words that end a name), not a list of facts.
English roles are composed: position English + the organisation's English from the glossary.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.thai.gazetteer import Gazetteer

BUILTIN_HONORIFICS: dict[str, str] = {
    # courtesy titles (Royal Institute usage)
    "นาย": "Mr.", "นางสาว": "Ms.", "น.ส.": "Ms.", "นาง": "Mrs.", "คุณ": "", "ว่าที่ร้อยตรี": "Acting Sub Lt.",
    "ว่าที่ ร.ต.": "Acting Sub Lt.",
    # academic and professional
    "ดร.": "Dr.", "ศ.": "Prof.", "รศ.": "Assoc. Prof.", "ผศ.": "Asst. Prof.", "ศ. (พิเศษ)": "Prof.",
    "ศ.(พิเศษ)": "Prof.", "ศาสตราจารย์": "Prof.", "รองศาสตราจารย์": "Assoc. Prof.",
    "ผู้ช่วยศาสตราจารย์": "Asst. Prof.", "นพ.": "Dr.", "พญ.": "Dr.", "ทพ.": "Dr.", "ทพญ.": "Dr.",
    "ภก.": "", "ภญ.": "", "นายแพทย์": "Dr.", "แพทย์หญิง": "Dr.", "ทันตแพทย์": "Dr.", "เภสัชกร": "",
    "ศ.ดร.": "Prof. Dr.", "รศ.ดร.": "Assoc. Prof. Dr.", "ผศ.ดร.": "Asst. Prof. Dr.", "ศ.นพ.": "Prof. Dr.",
    "รศ.นพ.": "Assoc. Prof. Dr.", "ผศ.นพ.": "Asst. Prof. Dr.", "ศ.คลินิก": "Clinical Prof.",
    "ม.ล.": "M.L.", "ม.ร.ว.": "M.R.", "ม.จ.": "M.C.", "หม่อมหลวง": "M.L.", "หม่อมราชวงศ์": "M.R.",
    # military and police ranks, abbreviated and in full
    "พล.อ.": "Gen.", "พล.ท.": "Lt. Gen.", "พล.ต.": "Maj. Gen.", "พ.อ.": "Col.", "พ.ท.": "Lt. Col.",
    "พ.ต.": "Maj.", "ร.อ.": "Capt.", "ร.ท.": "Lt.", "ร.ต.": "Sub Lt.", "พล.ร.อ.": "Adm.",
    "พล.ร.ท.": "V. Adm.", "พล.ร.ต.": "R. Adm.", "พล.อ.อ.": "ACM", "พล.อ.ท.": "AM", "พล.อ.ต.": "AVM",
    "พล.ต.อ.": "Pol. Gen.", "พล.ต.ท.": "Pol. Lt. Gen.", "พล.ต.ต.": "Pol. Maj. Gen.",
    "พ.ต.อ.": "Pol. Col.", "พ.ต.ท.": "Pol. Lt. Col.", "พ.ต.ต.": "Pol. Maj.", "ร.ต.อ.": "Pol. Capt.",
    "ร.ต.ท.": "Pol. Lt.", "ร.ต.ต.": "Pol. Sub Lt.", "พลเอก": "Gen.", "พลโท": "Lt. Gen.", "พลตรี": "Maj. Gen.",
    "พันเอก": "Col.", "พันโท": "Lt. Col.", "พันตรี": "Maj.", "ร้อยเอก": "Capt.", "พลเรือเอก": "Adm.",
    "พลอากาศเอก": "ACM", "พลตำรวจเอก": "Pol. Gen.", "พลตำรวจโท": "Pol. Lt. Gen.",
    "พลตำรวจตรี": "Pol. Maj. Gen.", "พันตำรวจเอก": "Pol. Col.", "พันตำรวจโท": "Pol. Lt. Col.",
    "พันตำรวจตรี": "Pol. Maj.", "ร้อยตำรวจเอก": "Pol. Capt.", "พลเรือโท": "V. Adm.", "พลอากาศโท": "AM",
    "H.E.": "H.E.", "Mr.": "Mr.", "Mrs.": "Mrs.", "Ms.": "Ms.", "Dr.": "Dr.", "Prof.": "Prof.",
}

BUILTIN_TITLES: dict[str, str] = {
    "นายกรัฐมนตรี": "Prime Minister", "รองนายกรัฐมนตรี": "Deputy Prime Minister",
    "รัฐมนตรีว่าการ": "Minister", "รัฐมนตรีช่วยว่าการ": "Deputy Minister", "รัฐมนตรีประจำ": "Minister",
    "รัฐมนตรี": "Minister", "ผู้ช่วยรัฐมนตรีประจำ": "Assistant Minister", "ผู้ช่วยรัฐมนตรี": "Assistant Minister",
    "ปลัด": "Permanent Secretary", "รองปลัด": "Deputy Permanent Secretary", "อธิบดี": "Director-General",
    "รองอธิบดี": "Deputy Director-General", "ผู้อำนวยการใหญ่": "President", "ผู้อำนวยการ": "Director",
    "รองผู้อำนวยการ": "Deputy Director", "เลขาธิการ": "Secretary-General", "รองเลขาธิการ": "Deputy Secretary-General",
    "ผู้ว่าการ": "Governor", "รองผู้ว่าการ": "Deputy Governor", "ผู้ว่าราชการจังหวัด": "Governor",
    "รองผู้ว่าราชการจังหวัด": "Vice Governor", "โฆษก": "Spokesperson", "รองโฆษก": "Deputy Spokesperson",
    "ประธานกรรมการ": "Chairman", "ประธาน": "Chairman", "รองประธาน": "Vice Chairman",
    "กรรมการผู้จัดการใหญ่": "President", "กรรมการผู้จัดการ": "Managing Director",
    "ผู้บัญชาการ": "Commissioner", "รองผู้บัญชาการ": "Deputy Commissioner", "นายอำเภอ": "District Chief",
    "เอกอัครราชทูต": "Ambassador", "กงสุลใหญ่": "Consul-General", "ที่ปรึกษา": "Adviser",
    "เลขานุการ": "Secretary", "อธิการบดี": "Rector", "คณบดี": "Dean", "ผู้บัญชาการทหารบก": "Army Commander",
    "ผู้บัญชาการตำรวจแห่งชาติ": "Commissioner-General of the Royal Thai Police",
    "รองผู้บัญชาการตำรวจแห่งชาติ": "Deputy Commissioner-General of the Royal Thai Police",
    "ประธานรัฐสภา": "President of the National Assembly", "สมาชิกสภาผู้แทนราษฎร": "Member of the House of Representatives",
    "ผู้แทนการค้าไทย": "Thai Trade Representative", "ทูต": "Envoy", "รองเลขาธิการนายกรัฐมนตรี": "Deputy Secretary-General to the Prime Minister",
    "เลขาธิการนายกรัฐมนตรี": "Secretary-General to the Prime Minister", "ประธานาธิบดี": "President",
    "Vice Minister": "Vice Minister", "Minister": "Minister", "Ambassador": "Ambassador",
}

_TO_TITLES = ("Adviser", "Advisor", "Secretary", "Assistant", "Spokesperson", "Aide")
_SPACE = re.compile(r"\s+")
_LATIN = re.compile(r"[A-Za-z]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")


def role_english(role: str, g: Gazetteer, org_english: Callable[[str], str | None]) -> str | None:
    """English for a Thai role: each part is a position, optionally followed by an organisation.

    `org_english(text)` gives the English of the organisation `text` starts with, if known.
    """
    parts = split_positions(role, g)
    out: list[str] = []
    for part in parts:
        english = _part_english(part.strip(), g, org_english)
        if english:
            out.append(english)
    return " and ".join(out) if out else None


def split_positions(role: str, g: Gazetteer) -> list[str]:
    """'รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการคลัง' -> two positions; the และ inside
    'กระทรวงการท่องเที่ยวและกีฬา' does not split, since no title follows it."""
    assert g.title_regex is not None
    parts: list[str] = []
    start = 0
    for m in re.finditer(r"\s*(?:และ|,)\s*", role):
        t = g.title_regex.match(role, m.end())
        if t and t.group(0):
            parts.append(role[start:m.start()])
            start = m.end()
    parts.append(role[start:])
    return [p.strip() for p in parts if p.strip()]


def _part_english(
    part: str, g: Gazetteer, org_english: Callable[[str], str | None], depth: int = 0
) -> str | None:
    """One position: the longest title whose remainder is a known organisation (or nothing).

    titles.toml lists both รัฐมนตรีว่าการกระทรวง and รัฐมนตรีว่าการ; only the shorter one leaves
    a remainder (กระทรวงการคลัง) the glossary can name. A remainder that is itself a position
    (ที่ปรึกษา|รัฐมนตรีว่าการกระทรวง...) is an adviser *to* that position.
    """
    if _LATIN.search(part) and not _THAI.search(part):
        return part
    best: tuple[str, str] | None = None
    for k in range(len(part), 1, -1):
        title = g.titles.get(part[:k])
        if title is None:
            continue
        rest = part[k:].strip()
        if not rest:
            return title
        best = best or (title, rest)
        rest = rest.removeprefix("ว่าการ").strip() if title.endswith("Minister") else rest
        org = org_english(rest) or (org_english("กระทรวง" + rest) if title.endswith("Minister") else None)
        if org:  # รมว.มหาดไทย: the ministry by its short name
            return _compose(title, org)
    if best is None:
        return org_english(part)
    title, rest = best
    inner = _part_english(rest, g, org_english, depth + 1) if depth < 2 and _starts_with_title(rest, g) else None
    if inner and inner != title:
        return f"{title} to the {inner}" if title in _TO_TITLES else f"{title}, {inner}"
    org = _last_org(rest, g, org_english)  # คณบดีคณะ... มหาวิทยาลัยมหิดล: the body named last
    return _compose(title, org) if org else title


def _starts_with_title(text: str, g: Gazetteer) -> bool:
    assert g.title_regex is not None
    m = g.title_regex.match(text)
    return bool(m and len(m.group(0)) >= 3)


def _last_org(text: str, g: Gazetteer, org_english: Callable[[str], str | None]) -> str | None:
    """The English of the last glossary organisation named in `text`, if any."""
    assert g.regex is not None
    found = None
    pos = 0
    while True:
        m = g.regex.search(text, pos)
        if not m:
            return found
        if m.group(0):
            found = org_english(m.group(0)) or found
            pos = m.end()
        else:
            pos = m.start() + 1


def _compose(title: str, org: str) -> str:
    name = _SPACE.sub(" ", org)
    if title.endswith("Minister") and name.startswith("Ministry of "):
        return f"{title} of {name[len('Ministry of '):].split(' (')[0]}"
    return f"{title}, {name}"
