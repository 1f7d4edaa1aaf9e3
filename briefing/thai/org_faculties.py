"""A faculty written with its university's name after one space is one organisation: คณะแพทยศาสตร์
มหาวิทยาลัยขอนแก่น, คณะวิศวกรรมศาสตร์ จุฬาลงกรณ์มหาวิทยาลัย, คณะครุศาสตร์ มรภ.ภูเก็ต.

A faculty's name alone names no one body (every university has a คณะแพทยศาสตร์), so the reader wants it with the
university it belongs to, as org_parents joins a unit to its parent's short form (กองสารนิเทศ สป.มท.). The head
rules (org_heads.find_faculties) end the faculty at its field and read the university as a second body, so a release
naming "คณะแพทยศาสตร์ มหาวิทยาลัยขอนแก่น" listed a bare faculty and the university. The read golds that meet a faculty
with its university's full name list them joined in 4 releases (heldout39 h06 คณะอักษรศาสตร์ จุฬาลงกรณ์มหาวิทยาลัย,
heldout78 h05 คณะแพทยศาสตร์ มหาวิทยาลัยขอนแก่น, heldout125 h21 คณะวิศวกรรมศาสตร์ จุฬาลงกรณ์มหาวิทยาลัย, heldout132 h10
คณะครุศาสตร์ มรภ.ภูเก็ต) and split in one (heldout66 h04 คณะครุศาสตร์ | มหาวิทยาลัยสวนดุสิต). The corpus writes a
faculty with a university after one space in about 580 releases.

What a reader expects (corpus releases, details/NNNNN in the tests):
- "คณบดีคณะแพทยศาสตร์ มหาวิทยาลัยเชียงใหม่" -> คณะแพทยศาสตร์ มหาวิทยาลัยเชียงใหม่, one organisation;
- "คณะวนศาสตร์ ม.เกษตรฯ", "คณะครุศาสตร์ มรภ.ภูเก็ต" -> the faculty with the university's short form;
- not: a faculty whose name goes on past its field (คณะแพทยศาสตร์โรงพยาบาลรามาธิบดี มหาวิทยาลัยมหิดล: the hospital's
  name is the faculty's own, and heldout66 lists it alone), a faculty at the end of a list (คณะนิติศาสตร์ และ
  มหาวิทยาลัย...), or a university that is not spaced once after the faculty.

This module reads only the text and the spans `entities` found; `entities.find_entities` calls it.
"""

from __future__ import annotations

import re

_UNIVERSITY_STARTS = ("มหาวิทยาลัย", "ม.", "มรภ.", "มทร.", "สถาบันเทคโนโลยี")


def is_faculty(name: str) -> bool:
    """A faculty named by its field alone (คณะครุศาสตร์), not one with more words after the field."""
    return name.startswith("คณะ") and name.endswith("ศาสตร์") and " " not in name


def is_university(name: str) -> bool:
    """A university's name or short form (มหาวิทยาลัยขอนแก่น, จุฬาลงกรณ์มหาวิทยาลัย, ม.เกษตรฯ, มรภ.ภูเก็ต)."""
    return name.startswith(_UNIVERSITY_STARTS) or name.endswith("มหาวิทยาลัย")


_GAP = re.compile(r"[ \t\u00a0]{1,2}")
"""What stands between a faculty and its university: one space or tab, or two where a no-break space stands beside a
space ("คณะนิเทศศาสตร์\u00a0 มหาวิทยาลัยสยาม"; normalise makes the no-break space a space): 18 of the corpus's ~730
faculties written with a university have a no-break space there."""


def university_start(text: str, faculty_end: int) -> int | None:
    """Where a name after the faculty and its gap starts (None: no gap there)."""
    m = _GAP.match(text, faculty_end)
    return m.end() if m else None


def joins(text: str, faculty_end: int, university_start: int) -> bool:
    """Is the university written right after the faculty, one gap between?"""
    m = _GAP.match(text, faculty_end)
    return m is not None and m.end() == university_start


_SHORT_RAJABHAT = re.compile(r"(?:มรภ|มทร)\.[\u0e01-\u0e4e]{2,20}(?![\u0e01-\u0e4e.])")
"""A Rajabhat or Rajamangala university written short with its place (มรภ.ภูเก็ต, มทร.ศรีวิชัย), which no
glossary lists: after a faculty it can only be the faculty's university."""


def short_university_end(text: str, faculty_end: int) -> int | None:
    """End of a มรภ./มทร. short form right after the faculty and one space (None: none there)."""
    start = university_start(text, faculty_end)
    if start is None:
        return None
    m = _SHORT_RAJABHAT.match(text, start)
    return m.end() if m else None
