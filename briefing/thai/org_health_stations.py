"""A subdistrict health-promoting hospital named by its abbreviation: รพ.สต.ตากแดด, รพ.สต.บ้านวังลูกช้าง.

A รพ.สต. (โรงพยาบาลส่งเสริมสุขภาพตำบล) is a public clinic, named by its subdistrict or village, and flood and
health releases name the ones hit, closed or serving (`มีสถานพยาบาลได้รับผลกระทบ 1 แห่ง คือ รพ.สต.ตากแดด อ.วังสะพุง`,
`ปิดให้บริการ 1 แห่ง คือ รพ.สต.บ้านวังลูกช้าง จ.พิจิตร`): each is a hospital, an organisation (heldout85 h04's gold
lists `รพ.สต.เขายาว`). The head rules leave รพ.สต. alone (`organisations._short_hospitals`: the bare abbreviation is a
kind of facility), so such a name was missed or only its village found, as a place.

The name is the Thai run glued to `รพ.สต.`, whole: village and subdistrict names hold words a cut at verbs would
split (บุญเกิด, ป่ายาง, สามัคคีใหม่, หนองกินเพล), and releases write a space after the name. Not a name: a run that
starts with a stop word, a verb or a kind word (`รพ.สต.ในพื้นที่`, `รพ.สต.ได้รับผลกระทบ`, `รพ.สต.ใกล้บ้าน`,
`รพ.สต.ถ่ายโอน`, `รพ.สต.ทุกแห่ง`, `รพ.สต.อัจฉริยะ`), one that holds a stop word later (`รพ.สต.บ้านเกาะหลีเป๊ะหลังใหม่
ทดแทน...` is cut there), or a province (`รพ.สต.น่าน 10 แห่ง`: the clinics of Nan). Whether the clinic is the venue
(`ที่ รพ.สต.คูคต`) or an actor is decided as for any hospital (entities). `entities` calls `find`.
"""

from __future__ import annotations

import functools
import re

from briefing.thai.scan import NAME_STOPS, THAI_RUN, finditer_if, is_verb, pos_tags, words
from briefing.thai.wordlists import word_set, word_tuple

_STATION = re.compile(r"(?<![\u0e01-\u0e4e])รพ\.สต\.(?=[\u0e01-\u0e4e])")
_MAX_NAME = 20
_NOT_NAME_TAGS = frozenset({"ADVN", "ADVI", "ADVP", "ADVS", "XVMM", "XVBM", "XVAM", "XVAE", "XVBB", "JSBR", "JCRG",
                            "JCMP", "PDMN", "PNTR", "RPRE", "NEG", "EAFF", "EITT"})
"""ORCHID tags of a first word that is the sentence going on, no name: an adverb, auxiliary, conjunction,
pronoun or preposition (รพ.สต.มากถึง 93.3%, รพ.สต.เคยได้รับ, รพ.สต.เอง, รพ.สต.เหมือนเดิม)."""
_PLACE_STARTS = ("บ้าน", "บาง", "เกาะ", "เขา", "ทับ", "เหล่า", "สาม", "ท่า", "หนอง", "ห้วย", "คลอง", "ดอน", "โนน",
                 "โคก", "นา", "วัง", "ป่า", "ทุ่ง", "แม่", "หัว", "ปาก", "ลำ", "บึง", "สระ", "น้ำ")
"""How village and subdistrict names start (บ้าน-, บาง-, เกาะ-, ทับ-): words a tagger calls a verb, a quantifier or a
pronoun elsewhere (เกาะ 'to cling', บาง 'some', เขา 'he'), here the name's first part."""


@functools.cache
def _kinds() -> frozenset[str]:
    return word_set("place_words.toml", "places.hospital_kinds") | word_set("org_words.toml", "organisations.not_station_name")


@functools.cache
def _not_starts() -> tuple[str, ...]:
    return word_tuple("org_words.toml", "organisations.not_station_start")


def _is_province(name: str) -> bool:
    from briefing.thai import admin

    return any(a.level == "province" for a in admin.areas().get(name, ()))


def find(text: str) -> list[tuple[int, int]]:
    """(start, end) of each รพ.สต. written with its name glued after it."""
    out: list[tuple[int, int]] = []
    kinds = _kinds()
    for m in finditer_if(_STATION, text, "รพ.สต."):
        run = THAI_RUN.match(text, m.end())
        if run is None:
            continue
        ws = words(run.group(0))
        if not ws or ws[0] in kinds or run.group(0).startswith(_not_starts()):
            continue
        if not run.group(0).startswith(_PLACE_STARTS) and (
                ws[0] in NAME_STOPS or is_verb(ws[0]) or pos_tags().get(ws[0]) in _NOT_NAME_TAGS):
            continue
        end = m.end()
        for w in ws:
            if w in NAME_STOPS or w in kinds:
                break
            end += len(w)
        name = text[m.end():end]
        if len(name) < 2 or len(name) > _MAX_NAME or _is_province(name):
            continue
        out.append((m.start(), end))
    return out
