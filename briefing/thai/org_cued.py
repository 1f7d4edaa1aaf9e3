"""Bodies the release itself treats as bodies: a name right after a chief's post or after a verb of working with
or organising, that no other rule found (a second pass over what the first left).

The head rules read a name after a head word only with more evidence (a known name, a parent body after it, a
director's post for some heads), and the Latin rules read a capitalised run only with a body word or a known
acronym. Session 15 read the organisations the read sets' golds list and the extractor missed (225, pooled over
bench/heldout*; the measurement sets excluded) and sorted them by the cue the text gives: a post attached to the
name (ผู้อำนวยการX, ประธานX, หัวหน้าX, อธิบดีX), a verb of acting together (ร่วมกับX, ความร่วมมือกับX, จัดโดยX), a
bracketed short form (X (ABC)), or none. The brief's idea, a name of any head word, does not pay: of 939 chunks
after a post that no rule found, 7 are gold names, the rest positions and kinds (นายก|รัฐมนตรี, ประธาน|ในพิธี,
หัวหน้า|ส่วนราชการ, ผู้บริหาร|ระดับสูง). Every gold name after either cue starts with a body's head word that the
head rules refused, so the pass reads only those:

- after a post: หัวหน้าฝ่ายบริหารนิทรรศน์รัตนโกสินทร์ (details/87733: the head rule reads ฝ่าย only before a known
  parent), หัวหน้าศูนย์การศึกษาพิเศษ คณะครุศาสตร์, อธิบดีกรมป้องกันและบรรเทาสาธาธารณภัย (a misspelt name no
  glossary knows), ประธานกรรมการบริหารเครือข่ายองค์กรวิชาการสารเสพติด (heldout98 h06), ผู้อำนวยการกลุ่มสนับสนุน
  กิจการพิเศษ กองกิจการเครือข่ายทางวัฒนธรรม;
- after a verb of acting together: ร่วมกับโรงมหรสพหลวงศาลาเฉลิมกรุง, จัดโดย กรมคุ้มสิทธิและเสรีภาพ, ร่วมกับศูนย์โรค
  หลอดเลือดสมอง คณะแพทยศาสตร์..., ความร่วมมือกับสถาบันราชสุดา, ความร่วมมือกับเทศบาลเมืองฟูกูโอกะ;
- a Latin name after a verb of acting together, which names a partner: ร่วมกับ CP ALL, ร่วมกับ CTRIP, ลงนามความร่วมมือ
  กับ UKEF, ทำงานร่วมกับ UK Export Finance, จัดโดย BGI Genomics.

The name is the chunk (up to a space or punctuation) from the head word, and it must end where the chunk ends: a
name that runs into a verb or a stop word (ประธานกลุ่มทอผ้าไหม|ให้การต้อนรับ, นายกองค์การบริหารส่วนจังหวัด|ทุก
จังหวัด...) is a clause, not a name, and is left. Not read: a side or portfolio after a post (ประธานฝ่ายสงฆ์,
รองอธิบดีฝ่ายบำรุงรักษา, รองคณบดีฝ่ายการศึกษา), a bare head or its short back-reference (ผู้จัดการธนาคาร,
ประธานคณะทำงานฯ), kinds the other rules already refuse (precision.not_one, organisations.class_of_bodies,
organisations.no_one_body) and the generic tails listed in briefing/data/org_words.toml (org_cued.kinds).

`entities.find_entities` calls `find` on each field after the other rules and the release's own short forms, with
every span they kept (a person, a place or a body), so the pass adds and never moves a span.

The largest single class of misses left was Bangkok's administration (the BMA) acting, written with the city's name
(11 of the 212 then missed): เชิญทาง กทม., ขอความร่วมมือ กทม., กรุงเทพมหานคร (กทม.) ได้เปิดสวนสาธารณะ, การสนับสนุน
สถานที่จาก กรุงเทพมหานคร. CONVENTIONS.md C3 lists the city as an organisation 'where the BMA acts', and the rules
typed every mention a place. `bangkok_acts` reads the same two cues for it, a verb of acting together or of asking
before it (ทาง, ขอความร่วมมือ, ร่วมกับ) or the city as the subject of an acting verb after it (ได้..., จัด, เปิด,
ส่ง), and `entities._bangkok_acting` retypes that mention (the others stay places). Not the BMA: a governor's post
(C3), 'in Bangkok', an address after a venue or district, a number before it (a licence plate), the city ranked
(ได้อันดับ) or an event held there (จัดขึ้น).

Measured (session 15, read sets pooled over 530 releases, score.py matching): organisation F1 .931 -> .935 (tp +21,
every new organisation surface form in an org-annotated set a gold one), place precision .953 -> .954. The pass is
small by design: the misses left are mostly lists of brand names, Latin names in English releases and boundaries,
which give no cue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.thai import organisations, precision
from briefing.thai.gazetteer import ORG_HEADS
from briefing.thai.scan import CHUNK, NAME_STOPS, THAI_RUN, cut_at_stop, is_thai, words
from briefing.thai.wordlists import word_tuple

_ACTING = (
    r"ร่วมกับ|ความร่วมมือกับ|ลงนาม(?:ความร่วมมือ|บันทึกความเข้าใจ|บันทึกความร่วมมือ|บันทึกข้อตกลง)?(?:ร่วม)?กับ|"
    r"จัดโดย|จัดขึ้นโดย|สนับสนุนโดย|ได้รับการสนับสนุนจาก"
)
_POSTS = (
    r"ประธานเจ้าหน้าที่บริหาร|ประธานกรรมการบริหาร|ประธานกรรมการ|ประธาน|กรรมการผู้จัดการใหญ่|กรรมการผู้จัดการ|"
    r"ผู้จัดการใหญ่|ผู้จัดการ|ผู้อำนวยการใหญ่|ผู้อำนวยการ|เลขาธิการ|นายก|หัวหน้า|อธิบดี|คณบดี|อธิการบดี|ผู้บังคับการ|"
    r"ผู้บัญชาการ|ผู้ว่าการ"
)
_CUE = re.compile(rf"(?P<act>{_ACTING})|(?P<post>{_POSTS})")
_CUE_WORDS = ("ร่วมกับ", "ความร่วมมือกับ", "กับ", "โดย", "สนับสนุนจาก", "ประธาน", "ผู้จัดการ", "ผู้อำนวยการ", "เลขาธิการ",
              "นายก", "หัวหน้า", "อธิบดี", "คณบดี", "อธิการบดี", "ผู้บังคับการ", "ผู้บัญชาการ", "ผู้ว่าการ")
_HEADS = tuple(sorted((h for h in ORG_HEADS if h != "ที่ทำการ"), key=len, reverse=True)) + ("ฝ่าย", "กลุ่ม", "เครือข่าย", "สโมสร", "โรงมหรสพ")
"""The glossary's head words and the unit words the head rules read only with a known parent (ฝ่าย, กลุ่ม), with a
network, a club and a theatre; not ที่ทำการ (an office as a place to go)."""
_SIDES = ("ฝ่าย", "กลุ่ม")
_NOT_ACTING = ("อยู่", "ใช้", "ใช้ชีวิต")
"""Before ร่วมกับ: living or using something together, not working with a body."""
_KINDS = word_tuple("org_words.toml", "org_cued.kinds")
_KIND_STARTS = word_tuple("org_words.toml", "org_cued.kind_starts")
_JOINERS = frozenset({"และ", "เพื่อ", "ด้าน", "แห่ง"})
_DEPUTY = re.compile(r"(?:รอง|ผู้ช่วย)$")
_LATIN = re.compile(r"[A-Z][A-Za-z0-9&'\-]*(?:\.[A-Za-z]+)*(?:[ \t][A-Z&][A-Za-z0-9&'\-]*)*")
_LATIN_TITLES = ("Mr", "Mrs", "Ms", "Dr", "H.E", "Prof", "Sir", "Madam", "The", "Joint", "MOU", "MoU", "Workshop", "Online", "Onsite")
_SPACE = " \t\u00a0"


def _deputy_before(text: str, pos: int) -> bool:
    """Does รอง or ผู้ช่วย end text[:pos] (_DEPUTY, `$` also before a final newline)? Searched in the last 16
    characters only: a match is at most 8 long (ผู้ช่วย and the newline), so the answer is the same, and a search
    from 0 read the whole text before every post (a third of the analysis time of a long release)."""
    return _DEPUTY.search(text, max(0, pos - 16), pos) is not None


def find(text: str, spans: list[tuple[int, int]], places: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Bodies named after a post or a verb of acting together that no span in `spans` covers (module docstring).
    A place of `places` (also in `spans`) that ends the name is part of it (ประธานเจ้าหน้าที่บริหารสภาศาสนาอิสลาม
    แห่ง|สิงคโปร์|, จัดโดย สถานเอกอัครราชทูตอังกฤษประจำ|ประเทศไทย|): the name is whole in its chunk, and a place
    inside a body's name is no place of the release (CONVENTIONS.md, 'Checked': ประเทศไทย inside a name)."""
    if not any(map(text.__contains__, _CUE_WORDS)):
        return []  # the cheap literal check: a release with none of the cue words has no such name
    out: list[tuple[int, int]] = []
    for m in _CUE.finditer(text):
        start = m.end()
        if text[start:start + 1] in _SPACE:
            start += 1
        if m.group("act") and text.endswith(_NOT_ACTING, 0, m.start()):
            continue  # อยู่ร่วมกับกลุ่มผู้พ้นโทษ 'live with': no partner body
        if m.group("act") and text[start:start + 1].isascii() and text[start:start + 1].isupper():
            span = _latin_partner(text, start)
        elif m.group("post") and m.start() and is_thai(text[m.start() - 1]) and not _deputy_before(text, m.start()):
            continue  # นายกองค์การ..., but not สมาชิกนายก...: a post glued to another word (รองประธาน is read below)
        else:
            span = _thai_body(text, start, deputy=bool(m.group("post")) and _deputy_before(text, m.start()),
                              after_chair=m.group("post") == "ประธาน")
        if span is None or any(a < span[1] and span[0] < b for a, b in out):
            continue
        inside = [(a, b) for a, b in spans if a < span[1] and span[0] < b]
        if inside and not (len(inside) == 1 and inside[0] in places and inside[0][1] == span[1]
                           and inside[0][0] > span[0] and "และ" not in text[span[0]:span[1]]):
            continue
        out.append(span)
    return out


def _thai_body(text: str, start: int, deputy: bool, after_chair: bool) -> tuple[int, int] | None:
    """The body's name from a head word at `start`, whole in its chunk, or None."""
    head = next((h for h in _HEADS if text.startswith(h, start)), None)
    if head is None:
        return None
    if head in _SIDES and (deputy or after_chair):
        return None  # รองอธิบดีฝ่ายบำรุงรักษา, ประธานฝ่ายสงฆ์: a deputy's portfolio, one side of a ceremony
    chunk = CHUNK.match(text, start)
    thai = THAI_RUN.match(text, start)
    if chunk is None or thai is None or thai.end() != chunk.end():
        return None  # digits, ฯ or Latin glued on (คณะทำงานฯ, กองทุนฯ): a back-reference or a code, not read here
    end = chunk.end()
    name = text[start:end]
    rest = name[len(head):]
    tail = words(rest)
    if len(tail) < 2 or len(name) > 80:
        return None  # ผู้จัดการธนาคาร, ประธานมูลนิธิ: a post's bare head word is its kind
    if tail[0] in NAME_STOPS or tail[-1] in _JOINERS:
        return None  # มหาวิทยาลัย|และห้องปฏิบัติการต่างประเทศ, ฝ่ายยุทธการและการข่าว|และ: two kinds, a name cut short
    if start + cut_at_stop(name, len(head), _JOINERS, verbs=True) != end:
        return None  # ประธานกลุ่มทอผ้าไหม|ให้การต้อนรับ: the name runs into a clause
    if rest in _KINDS or rest.startswith(_KIND_STARTS) or precision.not_one(text, start, end, "organisation") \
            or organisations.class_of_bodies(text, start, end) or organisations.no_one_body(text, start, end):
        return None
    return start, end


def _latin_partner(text: str, start: int) -> tuple[int, int] | None:
    """A Latin name at `start` after a verb of acting together: a partner body (ร่วมกับ CTRIP), or None."""
    m = _LATIN.match(text, start)
    if m is None:
        return None
    name = m.group(0).rstrip(" .-'")
    if len(name) < 2 or name.split(" ")[0].rstrip(".") in _LATIN_TITLES:
        return None  # ร่วมกับ Mr. ..., ร่วมกับ Joint Promotion: a person, an activity
    end = start + len(name)
    if re.search(r"[A-Z]{2,}s$", name):
        return None  # ร่วมกับ SFIs, SMEs: a class of bodies, not one
    if text[end:end + 1].isalnum() or re.match(r"[ \t]?[0-9]", text[end:end + 2]):
        return None  # a name glued on or a number after it (a model, a code)
    return start, end


_BANGKOK = ("กรุงเทพมหานคร", "กทม.")
_BMA_BEFORE = re.compile(
    r"(?:(?:^|(?<![\u0e01-\u0e4e])|(?<=เชิญ)|(?<=แจ้ง)|(?<=ที่)|(?<=ให้)|(?<=กับ)|(?<=จาก)|(?<=โดย))ทาง"
    r"|ขอความร่วมมือ(?:จาก|กับ)?|ร่วมกับ|ความร่วมมือกับ|ประสานงานกับ|สนับสนุน[\u0e01-\u0e4e]{0,15}จาก"
    r"|(?:สั่งการ|สั่งกำชับ|กำชับ|มอบหมาย)(?:ให้)?)[ \t\u00a0]*$"
)
"""What the BMA is named after when it acts or is asked to act: เชิญทาง กทม., แจ้งทางกรุงเทพมหานคร, ขอความร่วมมือ กทม.,
การสนับสนุนสถานที่จาก กรุงเทพมหานคร, and ordered to act: กำชับให้ กทม. ใช้ 9 มาตรการ, ได้กำชับ กทม. และ... (details/92667),
สั่งกำชับให้กรุงเทพมหานครดำเนินการ (session 17); not เส้นทาง|กรุงเทพมหานคร (a route) nor เดินทาง|..."""
_BMA_AFTER = re.compile(
    r"[ \t\u00a0]*(?:\([ \t\u00a0]*กทม\.[ \t\u00a0]*\)[ \t\u00a0]*)?"
    r"(?:ได้(?!รับ|ที่|แก่|คะแนน|อันดับ|ถึง)|จัด(?!ขึ้น|โดย)|เปิด|ส่ง|ดำเนินการ|ประกาศ|เตรียม|มอบ|สั่ง|ร่วมกับ|นำร่อง)"
)
"""What the BMA does as a subject: กรุงเทพมหานคร (กทม.) ได้เปิด..., ที่ผ่านมา กทม. ได้นำร่อง...; not ได้รับ
('Bangkok was hit'), ได้คะแนน/ได้อันดับ (the city ranked), จัดขึ้น/จัดโดย (an event held there), มี ('Bangkok has')."""
_IN_BRACKET = re.compile(r"กรุงเทพมหานคร[ \t\u00a0]*\([ \t\u00a0]*$")
_BMA_NOT_AFTER = re.compile(
    r"(?:ผู้ว่า[\u0e01-\u0e4eฯ.]*|ผว\.|ปลัด|(?:ใน|ภายใน|ทั่ว|พื้นที่|เฉพาะ)(?:ของ)?|ชุมชน|(?:เขต|แขวง|ถนน)[\u0e01-\u0e4e]*|[0-9๐-๙])[ \t\u00a0]*$"
)
_BMA_GLUED_OK = ("และ", "โดย", "ซึ่ง", "ว่า", "ขณะที่", "ในส่วนของ", "จับมือ", "ร่วม")
"""A Thai word the BMA may be glued after when it is the subject (กระทรวงคมนาคมและ|กรุงเทพมหานครได้บูรณาการ); glued
after another word it ends a longer name (ศูนย์คุ้มครองคนไร้ที่พึ่ง|กรุงเทพมหานคร ได้ลงพื้นที่: the centre acts)."""
"""Before the place, not the body: a governor's or permanent secretary's post (C3), 'in', 'only', an address
(เขตสาทร กรุงเทพมหานคร ได้จ้าง...: the company in the address acts), a number (a licence plate, 50 เขต กทม.), a
community in it (ในชุมชน กทม.)."""


def bangkok_acts(text: str, start: int, end: int) -> bool:
    """Is this mention of Bangkok (กรุงเทพมหานคร, กทม.) the city's administration acting or asked to act, a body,
    rather than the place (CONVENTIONS.md C3: 'an organisation where the BMA acts')? A governor's post
    (ผู้ว่าราชการกรุงเทพมหานคร) is no such cue: the post is the place's (C3)."""
    if text[start:end] not in _BANGKOK:
        return False
    bracket = _IN_BRACKET.search(text, max(0, start - 20), start) if text[start:end] == "กทม." else None
    if bracket is not None:  # กรุงเทพมหานคร (กทม.): the short form shares the full name's cues
        close = text.find(")", end, end + 3)
        return bangkok_acts(text, bracket.start(), bracket.start() + len("กรุงเทพมหานคร")) if close >= 0 else False
    if _BMA_BEFORE.search(text, max(0, start - 30), start):
        return True
    if start and is_thai(text[start - 1]) and not text.endswith(_BMA_GLUED_OK, 0, start):
        return False
    return not _BMA_NOT_AFTER.search(text, max(0, start - 30), start) and bool(_BMA_AFTER.match(text, end))
