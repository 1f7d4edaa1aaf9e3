"""Bodies named by a pair of countries joined by a dash (issue 11, session 14): สมาคมการค้าไทย-ยุโรป,
สถาบันไทย-เยอรมัน, สภาธุรกิจไทย-เวียดนาม, มูลนิธิการศึกษาไทย – อเมริกัน, ศูนย์เยาวชนไทย-ญี่ปุ่น,
สมาคมมิตรภาพไทย-กัมพูชา.

The head rules stop a name at the dash, so a reader saw the body cut after its first country (สมาคมการค้าไทย,
สมาคมมิตรภาพไทย) and the second country listed as a place of the release (ยุโรป, กัมพูชา), or, when nothing but
the head stands before the first country (สถาบันไทย-, สภาธุรกิจไทย-), no body at all and two places. A reader
expects the association, institute or council by its whole name, the pair of countries included, as the chamber
rule (bare_orgs.find_foreign_chambers: หอการค้าไทย-จีน) and the joint committee rule
(org_committees.find_joint_committees: คณะกรรมการร่วมไทย-ลาว) already give it for their heads.

What is read: an unspaced Thai run that holds one of the heads below, ends in a country (ไทย or any country of
the gazetteer, or a nationality adjective: อเมริกัน, อิตาเลียน), then a dash or en dash (spaced or not) and a
second country or region (ยุโรป) or adjective. Left alone: heads that name two bodies of two countries when
followed by a pair (รัฐบาลไทย-กัมพูชา, กองทัพไทย-กัมพูชา: not in the list), a second part that is no country
(ศูนย์วัฒนธรรมแห่งประเทศไทย - มีนบุรี, a branch; หอการค้าไทย-เซ็นทรัลเวิลด์, a venue), and chambers of
commerce (bare_orgs reads them).

Corpus counts (thaigov-v2, glued or spaced dash after such a head): สถาบันไทย-เยอรมัน 53, สมาคมการค้าไทย-ยุโรป 15,
สภาธุรกิจไทย-X 20 or so, สมาคมมิตรภาพไทย-กัมพูชา 6, มูลนิธิการศึกษาไทย – อเมริกัน 4.

A bridge, road or stadium named the same way is a place read the same way (`find_venues`): สะพานมิตรภาพไทย - ลาว
(about 250 mentions; the reader saw it whole when glued, สะพานมิตรภาพไทย and เมียนมา when the pair was spaced),
ถนนมิตรภาพไทย-จีน (heldout59 h05 lists it; the reader saw ถนนมิตรภาพ, ไทย and จีน), สนามกีฬาไทย - ญี่ปุ่น. The
bridge's number after it (แห่งที่ 2) is left to the place rules (they end the name before it).
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import Gazetteer
from briefing.thai.org_committees import place_at
from briefing.thai.scan import finditer_if, is_thai, is_verb, on_boundary, words

_HEADS = ("สมาคม", "สถาบัน", "สภาธุรกิจ", "มูลนิธิ", "ศูนย์", "ชมรม", "สมาพันธ์", "สหพันธ์", "องค์การ", "องค์กร",
          "โรงเรียน", "วิทยาลัย", "มหาวิทยาลัย", "สำนักงาน", "สภา")
"""Heads of associations, institutes, councils, foundations and centres that take a country pair as their name."""
_COMMITTEE_HEADS = ("คณะกรรมการ", "คณะอนุกรรมการ", "คณะทำงาน")
"""Committees and working groups named by a pair (session 21): คณะกรรมการศูนย์เฉพาะกิจบริหารสถานการณ์ชายแดนไทย–กัมพูชา
(about 100 releases of 2025 name the border centre's committee so), คณะกรรมการการค้าและเศรษฐกิจไทย - ญี่ปุ่น,
คณะทำงานวิชาการด้านการเกษตรไทย-รัสเซีย, คณะกรรมการบริหารมูลนิธิการศึกษาไทย – อเมริกัน. The committee rules stop
the name at the dash (คณะกรรมการศูนย์เฉพาะกิจบริหารสถานการณ์ชายแดนไทย); joint committees (คณะกรรมการร่วมไทย-ลาว) were
already read whole by org_committees. Their names run longer than an association's: up to _MAX_COMMITTEE letters
before the first country."""
_MAX_COMMITTEE = 75
_VENUE_HEADS = ("สะพาน", "ถนน", "สนามกีฬา", "ด่านศุลกากร")
"""Bridges, roads, stadiums and customs checkpoints named by a country pair. Not จุดผ่านแดน (การยกระดับจุดผ่านแดน
ไทย - กัมพูชา: the crossings, a class) or อาคาร (อาคาร...ในรูปแบบสถาปัตยกรรมจีน - โปรตุเกส: a style)."""
_NOT_IN_VENUE = ("ระหว่าง", "ข้าม", "แนว", "รูปแบบ")
"""A road or bridge between or across the two countries is every such road (ถนนข้ามพรมแดนไทย-มาเลเซีย,
ถนนระหว่างประเทศไทย - สปป.ลาว), not one named by the pair; and a venue's name holds no verb (ถนนมาถึงบริเวณ
ชายแดนไทย-มาเลเซีย: the road reaches the border)."""
_NATIONALITIES = ("อเมริกัน", "อิตาเลียน", "อังกฤษ", "ฝรั่งเศส", "เยอรมัน", "ยุโรป")
"""Adjectives (and Europe) written for the second country: มูลนิธิการศึกษาไทย – อเมริกัน, หอการค้าไทย-อิตาเลียน."""
_DASH = re.compile(r"[ \t]?[-–][ \t]?")
_RUN = re.compile("[\u0e01-\u0e4e]+$")
_CLASS_BEFORE = ("ระหว่าง",)
"""A head right after ระหว่าง names bodies of both countries as a class (ความร่วมมือระหว่างสถาบันอุดมศึกษาไทย-จีน),
not one body."""
_NOT_IN_NAME = frozenset({"ที่", "ทุก", "ซึ่ง", "ได้", "มี", "จาก", "ตาม", "ข้าม"})
"""Words of a clause, not of a name: องค์การระหว่างประเทศทุกคณะที่ลงพื้นที่ชายแดนไทย - กัมพูชา (every body that
visited the border), ศูนย์ตรวจที่สนามไทย – ญี่ปุ่น (a test centre AT the stadium), ด่านกักกันสัตว์ตามแนวชายแดน
ไทย - ลาว, ถนนข้ามพรมแดนไทย - มาเลเซีย (every such station or road along the border)."""
_MAX_NAME = 45


def _country_before(text: str, end: int, g: Gazetteer, run_start: int) -> int:
    """The start of the country (or adjective) that ends at `end`, inside the Thai run from `run_start`; `end`
    when none does. The longest such country wins (ประเทศไทย before ไทย)."""
    for start in range(max(run_start, end - 30), end - 1):
        name = text[start:end]
        term = g.terms.get(name)
        if term is not None and term.type == "place" and term.kind == "country" or name in _NATIONALITIES:
            return start
    return end


def _country_after(text: str, pos: int, g: Gazetteer) -> int:
    end = place_at(text, pos, g, ("country", "region"))
    if end > pos:
        return end
    return pos + next((len(a) for a in _NATIONALITIES if text.startswith(a, pos)), 0)


def _head_start(text: str, run_start: int, first: int, heads: tuple[str, ...] = _HEADS) -> int:
    """Where the body's head starts in the Thai run before its first country (-1: no head, or the words between
    are a clause's). The head must start a newmm word (รัฐสภา, สภาวะ hold no head สภา) and the words after it name
    a body: no clause word, no และ right after the head (สถาบันและหน่วยงาน...: a list of kinds), no ของ before
    the country (...ในภาคอุตสาหกรรมของไทย - จีน, 'of Thailand')."""
    ws = words(text[run_start:first])
    at = 0
    for i, w in enumerate(ws):
        if w.startswith(heads) and text.startswith(heads, run_start + at):
            name = ws[i:]
            longest = _MAX_COMMITTEE if w.startswith(_COMMITTEE_HEADS) else _MAX_NAME
            if (text[run_start:run_start + at].endswith(_CLASS_BEFORE) or first - run_start - at > longest
                    or _NOT_IN_NAME.intersection(name) or name[1:2] == ("และ",) or name[-1:] == ("ของ",)):
                return -1
            return run_start + at
        at += len(w)
    return -1


def find(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """(start, end) of each body named by a head, its words and a dashed country pair (module docstring)."""
    return _find(text, g, _COMMITTEE_HEADS + _HEADS)


def find_venues(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """(start, end) of each bridge, road or stadium named by a dashed country pair."""
    return [(a, b) for a, b in _find(text, g, _VENUE_HEADS)
            if not any(w in text[a:b] for w in _NOT_IN_VENUE) and not any(is_verb(w) for w in words(text[a:b]))]


def _find(text: str, g: Gazetteer, heads: tuple[str, ...]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in finditer_if(_DASH, text, "-", "–"):
        left = m.start()
        if not is_thai(text[left - 1:left]) or not any(h in text[max(0, left - 80):left] for h in heads):
            continue  # (cheap tests first: most dashes of a release join dates, numbers or Latin words)
        run = _RUN.search(text, max(0, left - 80), left)
        if run is None:
            continue
        first = _country_before(text, left, g, run.start())
        if first == left:
            continue
        second = _country_after(text, m.end(), g)
        if second == m.end():
            continue
        start = _head_start(text, run.start(), first, heads)
        if start < 0:
            continue
        if on_boundary(text, start, second, check_left=False):
            out.append((start, second))
    return out
