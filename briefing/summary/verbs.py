"""The headline's verbs: which words of the headline are actions, in order (`verbs_of`).

Phrases of glossary.toml [verbs] win over single [verb] words of headwords.toml; sayings ('เผย',
'ย้ำ') come last. A verb is no action inside a name, after the nominaliser 'การ' or a topic noun
('กรณี'), after a negation, in a royal's clause or in a short opening cry; a light verb glued to the
next one yields to it, and 'ชวน' (invite) makes the next verb what the public is invited to do.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from briefing.model import Analysis
from briefing.summary.english import glossary
from briefing.summary.words import Word, base_form, light_verbs, third_person, words

_OPENER_CHARS = 20
"""A '!' this near the headline's start closes a short cry that opens it ('เริ่มแล้ววันนี้ !!!', 'ดีเดย์!!'):
its verbs are no action of the release; a longer clause ending in '!' is the news itself."""


@dataclass(slots=True, frozen=True)
class Verb:
    """The headline's main verb: its English (third person, with any preposition) and its span."""

    english: str
    start: int
    end: int


def title_spans(analysis: Analysis, kinds: tuple[str, ...] = ("person", "organisation", "place")) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in analysis.entities + analysis.references
            if e.field == "title" and e.type in kinds]


def inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def verbs_of(analysis: Analysis) -> list[Verb]:
    """The headline's verbs in order, outside names ('กรมส่งเสริมการเกษตร' holds no verb): phrases of
    glossary.toml [verbs] ('ประชุม' -> 'holds a meeting on'), winning over a word of headwords.toml
    [verb] at the same place, then the sayings ('เผย', 'ย้ำ': they usually introduce a reported action,
    so they come last)."""
    return list(_verbs(analysis.title, tuple(title_spans(analysis))))


_AGENT_AUX = frozenset({"เข้า", "ได้", "ที่", "ไม่", "ถูก", "ต้อง", "มี", "จะ", "ประสงค์"})
"""Words that may stand between 'ผู้' and the verb of the same noun: 'ผู้เข้ารับการอุปสมบท' (those entering ordination),
'ผู้ได้รับรางวัล' (award winners), 'ผู้ที่ต้องการความช่วยเหลือ' (those who need help), 'ผู้ถูกเลิกจ้าง' (the laid off).
Cut 'ผู้|เข้า|รับ', the verb after them read as the headline's: 'พิธีปลงผมให้แก่ผู้เข้ารับการอุปสมบท...' 'Ministry of
Defence receives the group', 'นายกฯ แสดงความยินดีกับผู้ได้รับรางวัล...' 'Prime Minister ... receives an award'
(details/64625), 'เราชนะสำหรับ...กลุ่มผู้ที่ต้องการความช่วยเหลือ...' 'Ministry of Finance needs special assistance'."""


@functools.lru_cache(maxsize=512)
def _verbs(title: str, names_given: tuple[tuple[int, int], ...]) -> tuple[Verb, ...]:
    names = list(names_given)
    table = glossary()
    sayings = table.get("sayings", {})
    ws = words(title)
    starts = {w.start for w in ws}
    ends = {w.end for w in ws}
    # 'การเสียชีวิตของตัวประกัน': after the nominaliser 'การ'/'ความ' a verb is a noun (the death of), no action;
    # after 'ผู้' it names who does it ('ผู้กระทำผิด', offenders; 'ผู้เดินทาง', travellers), no action either
    nominal: set[int] = set()
    for prev, w in itertools.pairwise(ws):
        # 'การออกจำหน่าย': the whole run of verbs glued after 'การ' is one noun (the sale), none of them an action;
        # 'กรณี ปิดเว็บไซต์', 'เรื่องการ...': after 'case'/'matter' a verb says what the case is about
        if (prev.end == w.start and (prev.text in ("การ", "ความ", "ผู้") or prev.start in nominal and prev.part == "verb"
                                     and w.part == "verb" or prev.start in nominal and prev.text in _AGENT_AUX
                                     and w.part == "verb")) \
                or (prev.text in _TOPIC_NOUNS and not title[prev.end:w.start].strip() and w.part == "verb"):
            nominal.add(w.start)
    # 'การคัดเลือกเอกชนเข้าร่วมลงทุน': a nominal run goes on over the nouns glued to it, and a verb glued after
    # them is still inside it (the selection of private firms to join the investment); 'MRTA invests' was false
    run = ""
    for prev, w in itertools.pairwise(ws):
        if prev.end != w.start:
            run = ""
            continue
        if prev.start in nominal and prev.part == "verb" or prev.part == "noun" and prev.text.startswith(("การ", "ความ")):
            run = run or prev.text[:3]
        if run and w.part == "verb" and (prev.part == "noun" or prev.text == "และ" and run == "การ"):
            nominal.add(w.start)  # ('การบริหารจัดการลุ่มน้ำและพัฒนาระบบ...': management ... and development of ...;
            # after 'ความ...และ' the verb is often the sentence's own: 'ผลักดันความร่วมมือ...และคุ้มครอง...')
    for prev, w in itertools.pairwise(ws):  # and the verbs glued after those
        if prev.end == w.start and prev.start in nominal and prev.part == "verb" and w.part == "verb":
            nominal.add(w.start)
    # 'ไม่นิ่งนอนใจ': a verb after a negation says the opposite of its English; the gist names no such action
    negated: set[int] = set()
    scope = False
    for prev, w in itertools.pairwise(ws):
        # 'กองทัพไม่มีนโยบายติดต่อ ปชช.': a negation holds to the end of its clause (the next space), so a
        # verb glued after it ('ติดต่อ', contact) is not done either; the gist names no such action
        if prev.text in NEGATIONS and not prev.english:
            scope = True
        if prev.end != w.start:
            scope = False
        if scope and w.part == "verb":
            negated.add(w.start)
    names = names + [(s, s + 1) for s in nominal | negated]
    names += [(w.start, w.end) for w in ws if w.text in _HAPPENINGS]
    counted = next((w for w in ws if w.text in _HAPPENINGS and _COUNT_NEXT.match(title, w.end)), None)
    said = next((w for w in ws if w.text in sayings), None)
    reported = len(title) - len(title[said.end:].lstrip(_QUOTE_CHARS)) if said is not None else -1
    if counted is not None and said is not None and said.end <= counted.start \
            and not any(start == reported for start, _ in names_given) \
            and not title.startswith(tuple(table.get("roles", {})), reported):  # 'เผย “นายกฯ” ห่วง...': the one named acts
        names.append((said.end, len(title)))  # 'เผย อุทกภัย... เสียชีวิต 16 ราย ... รพ เฝ้าระวัง...': a toll reported,
        # and the verbs after the saying are other people's (the hospitals monitor): the actor reports
    elif counted is not None:
        names.append((counted.start, len(title)))  # 'เสียใจเหตุลอบวางระเบิด ชุด EOD เสียชีวิต 2 นาย ... สั่งดูแลช่วยเหลือและ
        # เร่งตามจับคนร้าย': past a toll the clauses are hard to join right ('looks after criminals'); the gist stops there
    for m in _ROYAL.finditer(title):
        # 'นายกฯ เผยพระบาทสมเด็จพระเจ้าอยู่หัวทรงห่วงใย...', 'ในหลวงพระราชทานรถ...': what the King does or
        # gives, up to the clause's end, is no act of the headline's actor
        space = re.search(r"\s", title[m.start():])
        names.append((m.start(), m.start() + space.start() if space else len(title)))
    bang = title.find("!")
    if 0 <= bang <= _OPENER_CHARS:
        names.append((0, bang))  # 'เริ่มแล้ววันนี้ !!!', 'โรงแรมขนาดเล็ก เฮ !': an exclamation opens, the action follows
    if (slogan := _SLOGAN.match(title)) and (_SUBJECT_OPENING.match(title, slogan.end())
                                            or any(start == slogan.end() for start, _ in names_given)):
        # '“กินอิ่ม นอนหลับ ปลดหนี้ด้วยศาสตร์พระราชาอย่างยั่งยืน” พ่อเมืองกำแพงเพชร เดินหน้า...' (about 100 archive
        # headlines open with a quoted slogan before their subject): the slogan's verbs are no act of the subject after
        # it ('Ministry of Interior eats the King's philosophy', 'Thai textiles wear the governor'); its subject acts
        names.append((0, slogan.end()))
    found: dict[str, list[tuple[int, int, int, str, int]]] = {"verbs": [], "sayings": []}
    for kind in ("verbs", "sayings"):
        for key, phrase in table.get(kind, {}).items():
            for m in re.finditer(re.escape(key), title):
                if m.start() in starts and m.end() in ends and not inside(m.start(), m.end(), names):
                    found[kind].append((m.start(), -len(key), 0, phrase, m.end()))
        if kind == "verbs":
            found[kind] += _set_out(title, ws, starts, names)
    found["verbs"] += [(w.start, -len(w.text), 1, third_person(w.english), w.end) for w in ws
                       if w.part == "verb" and w.english and w.text not in sayings
                       and not inside(w.start, w.end, names)]
    out: list[Verb] = []
    light = light_verbs()
    for kind in ("verbs", "sayings"):
        taken = -1
        chosen: list[Verb] = []
        for pos, _, _, phrase, end in sorted(found[kind]):
            if pos >= taken:
                chosen.append(Verb(english=phrase, start=pos, end=end))
                taken = end
        # 'ร่วมสนับสนุน' (join in supporting), 'ลงพื้นที่เยี่ยมชม': a light verb glued to the next one
        # yields to it; 'ค้านใช้...' keeps 'oppose', whose complement the next verb is
        kept: list[Verb] = []
        for i, v in enumerate(chosen):
            nxt = chosen[i + 1] if i + 1 < len(chosen) and chosen[i + 1].start == v.end else None
            if nxt is not None and title[v.start:v.end] in _INVITING:
                # 'ชวนเลือกซื้อ': the invitation is the news, what people are invited to do its content ('invites
                # the public to buy'), not the actor's own act ('BAAC buys gifts' is false)
                chosen[i + 1] = Verb(english=f"invites the public to {base_form(nxt.english)}", start=v.start, end=nxt.end)
                continue
            if nxt is not None and title[v.start:v.end] in light:
                continue
            kept.append(v)
        out += kept
    return tuple(out)


_SETS_OUT = {"มอบนโยบาย": "sets out policy for", "มอบแนวทาง": "sets out guidelines for"}
"""'มอบนโยบาย' (434 archive headlines) and 'มอบแนวทาง' (49): a leader sets out policy or guidelines for those who carry
them out, named right after ('นายกรัฐมนตรี มอบนโยบาย กอ.รมน.': sets out policy for ISOC; read 'hands over ISOC
policy'). With no one named there only 'มอบ' is the verb, 'sets out', and the policy is its object ('มอบนโยบายแก้ไข
ปัญหาน้ำแล้ง': sets out the policy to solve problems of drought; read 'hands over the policy to ...'). Not glossary.toml
[verbs]: the object reader skips the words of a glossary phrase, and the policy must stay the object there."""
_TO_WHOM = re.compile(r"[\s“”\"‘’']*(?:ให้กับ|ให้แก่|แก่|ให้(?!การ|ความ))?[\s“”\"‘’']*")
_RECIPIENTS = re.compile(r"(?:the )?(?:Permanent Secretary|governors?|district chiefs?|doctors|nurses|executives|officials|"
                         r"officers|agenc(?:y|ies)|team|staff|personnel|volunteers|teachers|administrators|commanders?|"
                         r"departments?|offices?|ministr(?:y|ies)|units?|heads?|leaders|members|soldiers|police)\b")
"""Whom a policy is set out for, by the English of the first word after 'มอบนโยบาย' ('ผู้ว่าฯ', 'ผู้บริหาร', 'หน่วยงาน')."""


def _set_out(title: str, ws: list[Word], starts: set[int], names: list[tuple[int, int]]) -> list[tuple[int, int, int, str, int]]:
    """'มอบนโยบาย'/'มอบแนวทาง' as `_verbs` finds verbs (_SETS_OUT): the whole phrase before whom it is for, else 'มอบ'."""
    found = []
    for key, phrase in _SETS_OUT.items():
        for m in re.finditer(key, title):
            if m.start() not in starts or inside(m.start(), m.end(), names):
                continue
            if _recipient_next(title, m.end(), ws, names):
                found.append((m.start(), -len(key), 0, phrase, m.end()))
            else:
                found.append((m.start(), -len(key), 0, "sets out", m.start() + len("มอบ")))
    return found


def _recipient_next(title: str, pos: int, ws: list[Word], names: list[tuple[int, int]]) -> bool:
    """Whether whom a policy is set out for is named at `pos`, after any 'ให้'/'แก่' (to): a name, or a word for people
    or a body."""
    m = _TO_WHOM.match(title, pos)
    if m is None:
        return False
    # 'มอบนโยบายให้กรมหม่อนไหม...', '... แก่กระทรวงการคลัง'; after 'ให้ อสม.' (a word the gist cannot read) whom it is for
    # goes unsaid and the policy stays the object, as the gist cannot name them
    nxt = next((w for w in ws if w.start == m.end()), None)
    return any(start == m.end() for start, _ in names) or (
        nxt is not None and nxt.part == "noun" and bool(_RECIPIENTS.match(nxt.english or "")))


_INVITING = {"ชวน", "เชิญชวน", "เชิญ", "ขอเชิญ"}
"""Verbs of inviting that make the verb glued after them what the public is invited to do. 'เชิญ' alone reads 'invite'
and the gist then took a later noun as who was invited: 'โฆษก มท. เชิญเที่ยวงาน “เทศกาลทุเรียน...” ... ชิม ช้อป
สินค้าโอทอป' read 'invites OTOP product goods' (bench/gists20 g03; 'เชิญร่วมงาน' 20 corpus headlines, 'เชิญเที่ยว' 17,
'เชิญชม' 15, 'เชิญเข้าร่วม' 5)."""
_SLOGAN = re.compile(r"\s*[“\"‘]([^”\"’]{6,100})[”\"’]\s*")
"""A quoted phrase opening the headline: a slogan or a campaign's name when a subject follows (a quoted name before its
post, '“ศุภมาส” รมว.อว.', has no verb to lose)."""
_SUBJECT_OPENING = re.compile(r"(?:พ่อเมือง|จังหวัด|จ\.|ผู้ว่า|นายก|รองนายก|รมว|รมช|รมต|ปลัด|อธิบดี|กระทรวง|กรม|ชาว)")
"""How a headline's subject may begin right after a slogan when no name the analysis found stands there."""
_HAPPENINGS = {"เสียชีวิต", "บาดเจ็บ", "สูญหาย", "ถล่ม", "ตาย", "จมน้ำ", "ติดเชื้อ", "ป่วย"}
"""What happens to people or things, counted in the headline, not what its actor does: 'ปลัดกระทรวงสาธารณสุข เผย
อุทกภัย-ดินโคลนถล่ม “เชียงใหม่-เชียงราย” เสียชีวิต 16 ราย' read 'Permanent Secretary Opas ... dies the hospital'. The
actor's act is then the saying (reports) or the next verb; the deaths stay among the figures."""
_COUNT_NEXT = re.compile(r"[ \t]?[0-9๐-๙]")
_QUOTE_CHARS = " \t\n“”\"‘’'"
_TOPIC_NOUNS = {"กรณี", "เรื่อง", "ประเด็น"}
"""'The case of', 'the matter of': a verb right after one is what it is about, not an action."""
_ROYAL = re.compile(r"ในหลวง|พระบาทสมเด็จ|สมเด็จพระ|พระเจ้าอยู่หัว|พระราชินี|ทรง(?!ตัว|คุณ)|พระราชทาน")
"""A royal subject or a royal verb ('ทรงห่วงใย'): the clause it opens is the royal's, not the actor's."""


def find_verb(analysis: Analysis) -> Verb | None:
    """The headline's main verb: the first action it names, else the first saying."""
    verbs = verbs_of(analysis)
    return verbs[0] if verbs else None


NEGATIONS = {"ไม่", "ไม่มี", "ไม่ใช่", "ไม่ได้", "ไม่ให้", "มิ", "มิได้", "ยังไม่", "ไม่เคย", "ไม่ต้อง", "อย่า"}
"""Words that negate what follows; PyThaiNLP lists most as stopwords, so the object would drop them."""
