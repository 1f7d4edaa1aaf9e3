"""Universities written short as ม. and their name: ม.เกษมบัณฑิต, ม.ธุรกิจบัณฑิตย์, ม.สงขลานครินทร์.

Releases shorten มหาวิทยาลัย to ม. in lists of partners (จากทีมวิทยากรจาก ม.ศิลปากร, ม.เกษมบัณฑิต, สำนักงาน กสทช.).
The glossary knows a few short forms as aliases (ม.ศิลปากร), so the reader saw ม.ศิลปากร and missed its neighbour.
ม. is also หมู่ ('village no.', ม.5) and เมตร ('metre', 10 ม.), and the word after it can be anything (ม.ปลาย, 'upper
secondary'; ม.ขึ้นไป): so the name after ม. is read as a university only when มหาวิทยาลัย + that name is a body the
glossary or a Wikipedia title knows (835 Wikipedia titles start with มหาวิทยาลัย), the longest such name ending on a
word boundary (ม.ธรรมศาสตร์|ครบรอบ). Not a station named after one (สถานี ม.เกษตรศาสตร์). A group of universities (ม.ราชภัฏ, ม.เทคโนโลยีราชมงคล alone) is no one body.
The span is the short form; its canonical name is the full one.
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import Gazetteer
from briefing.thai.scan import on_boundary

_SHORT = re.compile(r"(?<![\u0e01-\u0e4e.A-Za-z0-9])ม\.[ \t]?(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
_RUN = re.compile(r"[\u0e01-\u0e4e]{2,40}")
_HEAD = "มหาวิทยาลัย"
_GROUPS = frozenset({"ราชภัฏ", "ราชภัฎ", "เทคโนโลยีราชมงคล", "เอกชน", "รัฐ", "สงฆ์", "เปิด"})
"""Names after ม. that are a kind of university, not one."""


def find(text: str, g: Gazetteer) -> list[tuple[int, int, str, str | None]]:
    """(start, end, full Thai name, English or None) of each university written ม.X."""
    if "ม." not in text:
        return []
    out: list[tuple[int, int, str, str | None]] = []
    wiki: frozenset[str] | None = None
    for m in _SHORT.finditer(text):
        run = _RUN.match(text, m.end())
        if run is None or text[:m.start()].rstrip(" \t").endswith("สถานี"):  # สถานี ม.เกษตรศาสตร์: a station named after it
            continue
        if wiki is None:
            wiki = g.wiki()
        name = run.group(0)
        for k in range(len(name), 2, -1):
            part = name[:k]
            full = _HEAD + part
            term = g.terms.get(full)
            if part in _GROUPS:
                break
            known = term is not None and term.type == "organisation"
            if not (known or full in wiki):
                continue
            end = m.end() + k
            if k < len(name) and not on_boundary(text, m.end(), end, check_left=False):
                continue
            out.append((m.start(), end, (term.canonical or full) if term else full, term.english if term else None))
            break
    return out
