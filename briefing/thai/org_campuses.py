"""A university (or its hospital) written with its campus after it is one organisation: มหาวิทยาลัยเกษตรศาสตร์
วิทยาเขตกำแพงแสน, มหาวิทยาลัยทักษิณ วิทยาเขตพัทลุง, มหาวิทยาลัยธรรมศาสตร์ ศูนย์รังสิต, มหาวิทยาลัยราชภัฏเชียงใหม่
ศูนย์แม่ริม, โรงพยาบาลธรรมศาสตร์ ศูนย์พัทยา.

A campus is the part of the university that acts in the release (its students win, its staff host a visit), and the
reader wants it named as written, as a faculty with its university (org_faculties). The head rules end the name at
the university and read the rest as nothing (วิทยาเขตกำแพงแสน) or as a centre of its own (ศูนย์แม่ริม, ศูนย์พัทยา: a
false body). The read golds that meet a campus list it whole in all 9 entries (heldout130 มหาวิทยาลัยสวนดุสิต
วิทยาเขตสุพรรณบุรี, มหาวิทยาลัยเทคโนโลยีราชมงคลอีสาน วิทยาเขตสกลนคร, มหาวิทยาลัยการกีฬาแห่งชาติ วิทยาเขตสุโขทัย,
heldout142 มทร.ตะวันออก วิทยาเขตอุเทนถวาย ...).

What is read: a university's or hospital's name (มหาวิทยาลัย..., ม./มรภ./มทร. short forms, ...มหาวิทยาลัย, สถาบัน...,
โรงพยาบาล...) as one unspaced run with no stop word in it, then (after one space or none)
- วิทยาเขต and the campus's name: a place as below, or else its unspaced run cut before a stop word or a verb, or
- ศูนย์ and a place (a province, district or subdistrict of admin, or a place of the glossary: รังสิต, แม่ริม,
  พัทยา, ลำปาง): a centre named for a place is a campus,
  a centre named otherwise (ศูนย์การแพทย์, ศูนย์พักคอย) is a unit of its own, left to the head rules.
Counted on half of thaigov-v2 (session 22): about 130 university-วิทยาเขต and 60 university-ศูนย์-place mentions.
"""

from __future__ import annotations

import re

from briefing.thai import admin
from briefing.thai.gazetteer import Gazetteer
from briefing.thai.romanise import romanise_place
from briefing.thai.scan import cut_at_stop, finditer_if

_CAMPUS = re.compile(
    r"(?P<body>(?:มหาวิทยาลัย|มรภ\.|มทร\.|ม\.|สถาบัน|โรงพยาบาล)[\u0e01-\u0e4e.]+|[\u0e01-\u0e4e]+มหาวิทยาลัย)"
    r"[ \t]?(?P<kind>วิทยาเขต|ศูนย์)(?P<name>[\u0e01-\u0e4e]+)"
)


_HEADS = re.compile(r"มหาวิทยาลัย|โรงพยาบาล|ชมรม|สถาบัน|สมาคม|มูลนิธิ")


def find(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """(start, end) of each university or hospital named with its campus."""
    out: list[tuple[int, int]] = []
    for m in finditer_if(_CAMPUS, text, "วิทยาเขต", "ศูนย์"):
        body = m.group("body")
        own = body.removesuffix("มหาวิทยาลัย") if not body.startswith("มหาวิทยาลัย") else body
        if _HEADS.search(own, 1) or (m.group("kind") == "ศูนย์" and _HEADS.match(m.group("name"))):
            continue  # ...ชุมชนโรงพยาบาลศูนย์โรงพยาบาลทั่วไป: a glued list of bodies, not one with its campus
        if cut_at_stop(body, 0, verbs=True) < len(body):
            continue  # มหาวิทยาลัยได้ร่วมกับศูนย์...: a clause, not a name
        start = m.start("body")
        end = _place_end(text, m.start("name"), m.end("name"), g)
        if end is None and m.group("kind") == "วิทยาเขต":
            cut = cut_at_stop(m.group("name"), 0, verbs=True)
            end = m.start("name") + cut if cut >= 2 else None
        elif end is not None and m.group("kind") == "ศูนย์" and end < m.end("name"):
            end = None  # ศูนย์ + a place that does not end the run: a centre named otherwise
        if end is not None:
            out.append((start, end))
    return out


def _place_end(text: str, start: int, run_end: int, g: Gazetteer) -> int | None:
    """Where a place name the campus is named for ends (ศูนย์รังสิต, วิทยาเขตสตูล|จัดงาน), or None: the longest
    province, district or subdistrict (admin) or place of the glossary (พัทยา) at `start`, within the run."""
    end, area = admin.longest_name(text, start, ("province", "district", "subdistrict"))
    if area is not None and end <= run_end:
        return end
    for stop in range(run_end, start + 1, -1):
        term = g.terms.get(text[start:stop])
        if term is not None and term.type == "place":
            return stop
    return None


def english(surface: str, g: Gazetteer) -> tuple[str, bool] | None:
    """A campus's English and whether it is all listed: the university's listed English and the campus named for its
    place, "Rajamangala University of Technology Isan, Surin Campus" (มหาวิทยาลัยเทคโนโลยีราชมงคลอีสาน
    วิทยาเขตสุรินทร์), "Thammasat University, Rangsit Campus" (ศูนย์รังสิต: the university's own English calls its
    centres campuses). The place is DOPA's English (admin) or the glossary's, else romanised. None when the
    university has no listed English: a romanised university with a romanised campus reads as nothing."""
    m = _CAMPUS.fullmatch(surface)
    if m is None:
        return None
    term = g.terms.get(m.group("body"))
    if term is None or term.type != "organisation" or not term.english:
        return None
    name = m.group("name")
    end, area = admin.longest_name(name, 0, ("province", "district", "subdistrict"))
    place = g.terms.get(name)
    if area is not None and end == len(name):
        en, listed = area.en, True
    elif place is not None and place.type == "place" and place.english:
        en, listed = place.english, True
    else:
        en, listed = romanise_place(name), False
    return f"{re.sub(r' [(][A-Za-z&]+[)]$', '', term.english)}, {en} Campus", listed
