"""The one-line gist's parts: actor, action, object, place and key figure, from the headline.

- headline (`headline_view`): the headline, or when it names no action with an object (a bare heading,
  'การตรวจราชการ ณ จังหวัดสระแก้ว') the first body sentence that does, read the same way.
- actor (`actor_of`): the person, body or position the headline names nearest before its verb, in
  English (a department before its ministry, not the ministry); who said it first when the action is
  reported ('รมว.นฤมล เผย ผอ.ใหญ่ FAO พร้อมสนับสนุน...': 'Minister Narumon Pinyosinwat: FAO supports');
  else an [agent] noun before the verb ('รัฐบาล'); else the issuing agency (the body's first
  organisation), with the headline's opening topic when it has one ('Cabinet: IGNITE THAILAND loans
  project').
- action (`verbs_of`, `action_of`): the headline's verb (glossary.toml [verbs] phrases, headwords.toml
  [verb] words; a light verb yields to the verb after it, sayings come last unless what is said is a
  noun phrase) and its object phrase (`object_of`: nouns and modifiers of headwords.toml put in English
  order; a figure or a subject noun after a space ends it), then the headline's next clause after 'and'
  when both fit ('endorses the ministry and cuts the litres diesel excise tax'; 'orders MOC and MOI to
  help ...' when the command names who carries it out).
- what does not read as English is left out rather than written (a gist a reader cannot parse is worse
  than a shorter one): a second clause with a word the glossary cannot read (`first_gap`), one opening
  with a preposition or whose object comes after another verb's clause; a purpose clause of the object
  with such a word; a group of modifiers with no noun ('explain urgent'); a noun said again ('the page
  fake page'); 'in area' before a place. A modifier ending in a preposition ('ไร้' free of, 'เลียบ'
  along) governs the words after it, and a count of the noun's parts qualifies it ('a 4-lane road').
  Also (issue 10, session 4): a noun before another is singular or its adjective ('face mask prices',
  'provincial officials'); an acronym is said once; a dash lists nouns; a negated verb ('ไม่นิ่งนอนใจ')
  and a short opening cry ('เริ่มแล้ววันนี้ !!!') are no action; a name behind an unread word or a
  prepositional verb is not the verb's object ('offers blessings to Her Majesty the Queen'); an order
  names who carries it out ('orders MOC to ...'); a quoted Thai title with a Latin name is reduced to
  it ('the panel discussion on PDPA'); the object may stop before an unread word at a sure cut; a
  causative 'ให้' lets the second noun do the next clause ('amends the law to let ... run ...'); after
  'warns' the next clause is what the public is told, not a second action. Word senses come from the
  words around them (headwords.toml [senses], words.sense_of) and Latin names written with a space are
  one word (words.spaced).
  Also (issue 10, session 4b, from random releases): two bodies joined by '-' or 'และ' before the verb act
  together ('MSDHS and MOPH join forces to open the platform'); 'ทุก'+noun is 'all <plural>', 'ทั่วประเทศ'
  follows its plural noun; a verb of telling or inviting names who is told and what to do ('presses the
  private sector to adapt', 'invites the public to shop for ...'); after praise the next clause is the
  praised one's; a quoted Thai slogan of two phrases is not glossed; verbs glued after 'การ' or a negation
  are no action; a final gate (`_gated`) drops a bare modifier ending a phrase, a clause of a vague noun
  alone, or the clause it cannot mend, so a shorter true gist is given rather than word salad.
- where (`place_of`): the first place the headline names after its verb, else the meeting of a body
  ('ในที่ประชุมอาเซียน': 'the ASEAN meeting').
- key figure (`lead_figure`): the headline's, else the largest sum of money of the first paragraphs; a
  fee or a fine never first.
An English headline (the site's "Government News" items) is used as it is.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, replace

from briefing.model import Analysis, Entity, Release
from briefing.summary.check import THAI, check_numbers, word_count
from briefing.summary.english import glossary, join_words, longest_keys, no_thai
from briefing.summary.facts import (
    READABLE,
    KeyFigure,
    Person,
    abbreviation,
    distinct_names,
    english_name,
    safe_english,
    short_org,
)
from briefing.summary.words import (
    Word,
    agents,
    base_form,
    headwords,
    is_content,
    light_verbs,
    third_person,
    words,
)

GIST_WORDS = 20
OBJECT_WORDS = 8
"""At most this many English words of the headline's object phrase go into the gist."""

_EVENT = re.compile(r"\b(?:Dialogue|Meeting|Forum|Conference|Summit|Festival|Expo|Fair|Workshop|Seminar|"
                    r"Symposium|Ceremony|Exhibition|Week|Awards?|Congress|Assembly|Session|Talks)\b")
_BARE = re.compile(r" (?:on|about|over|for|with|to|of|in)$")
_MEETING_VERBS = {"holds a meeting on", "holds talks on", "holds", "opens", "presides over"}


_OPENER_CHARS = 20
"""A '!' this near the headline's start closes a short cry that opens it ('เริ่มแล้ววันนี้ !!!', 'ดีเดย์!!'):
its verbs are no action of the release; a longer clause ending in '!' is the news itself."""


@dataclass(slots=True, frozen=True)
class Verb:
    """The headline's main verb: its English (third person, with any preposition) and its span."""

    english: str
    start: int
    end: int


def _spans(analysis: Analysis, kinds: tuple[str, ...] = ("person", "organisation", "place")) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in analysis.entities + analysis.references
            if e.field == "title" and e.type in kinds]


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def verbs_of(analysis: Analysis) -> list[Verb]:
    """The headline's verbs in order, outside names ('กรมส่งเสริมการเกษตร' holds no verb): phrases of
    glossary.toml [verbs] ('ประชุม' -> 'holds a meeting on'), winning over a word of headwords.toml
    [verb] at the same place, then the sayings ('เผย', 'ย้ำ': they usually introduce a reported action,
    so they come last)."""
    return list(_verbs(analysis.title, tuple(_spans(analysis))))


@functools.lru_cache(maxsize=512)
def _verbs(title: str, names_given: tuple[tuple[int, int], ...]) -> tuple[Verb, ...]:
    names = list(names_given)
    table = glossary()
    sayings = table.get("sayings", {})
    ws = words(title)
    starts = {w.start for w in ws}
    ends = {w.end for w in ws}
    # 'การเสียชีวิตของตัวประกัน': after the nominaliser 'การ'/'ความ' a verb is a noun (the death of), no action
    nominal: set[int] = set()
    for prev, w in itertools.pairwise(ws):
        # 'การออกจำหน่าย': the whole run of verbs glued after 'การ' is one noun (the sale), none of them an action;
        # 'กรณี ปิดเว็บไซต์', 'เรื่องการ...': after 'case'/'matter' a verb says what the case is about
        if (prev.end == w.start and (prev.text in ("การ", "ความ") or prev.start in nominal and prev.part == "verb"
                                     and w.part == "verb")) \
                or (prev.text in _TOPIC_NOUNS and not title[prev.end:w.start].strip() and w.part == "verb"):
            nominal.add(w.start)
    # 'ไม่นิ่งนอนใจ': a verb after a negation says the opposite of its English; the gist names no such action
    negated: set[int] = set()
    scope = False
    for prev, w in itertools.pairwise(ws):
        # 'กองทัพไม่มีนโยบายติดต่อ ปชช.': a negation holds to the end of its clause (the next space), so a
        # verb glued after it ('ติดต่อ', contact) is not done either; the gist names no such action
        if prev.text in _NEGATIONS and not prev.english:
            scope = True
        if prev.end != w.start:
            scope = False
        if scope and w.part == "verb":
            negated.add(w.start)
    names = names + [(s, s + 1) for s in nominal | negated]
    for m in _ROYAL.finditer(title):
        # 'นายกฯ เผยพระบาทสมเด็จพระเจ้าอยู่หัวทรงห่วงใย...', 'ในหลวงพระราชทานรถ...': what the King does or
        # gives, up to the clause's end, is no act of the headline's actor
        space = re.search(r"\s", title[m.start():])
        names.append((m.start(), m.start() + space.start() if space else len(title)))
    bang = title.find("!")
    if 0 <= bang <= _OPENER_CHARS:
        names.append((0, bang))  # 'เริ่มแล้ววันนี้ !!!', 'โรงแรมขนาดเล็ก เฮ !': an exclamation opens, the action follows
    found: dict[str, list[tuple[int, int, int, str, int]]] = {"verbs": [], "sayings": []}
    for kind in ("verbs", "sayings"):
        for key, phrase in table.get(kind, {}).items():
            for m in re.finditer(re.escape(key), title):
                if m.start() in starts and m.end() in ends and not _inside(m.start(), m.end(), names):
                    found[kind].append((m.start(), -len(key), 0, phrase, m.end()))
    found["verbs"] += [(w.start, -len(w.text), 1, third_person(w.english), w.end) for w in ws
                       if w.part == "verb" and w.english and w.text not in sayings
                       and not _inside(w.start, w.end, names)]
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


_INVITING = {"ชวน", "เชิญชวน"}
_TOPIC_NOUNS = {"กรณี", "เรื่อง", "ประเด็น"}
"""'The case of', 'the matter of': a verb right after one is what it is about, not an action."""
_ROYAL = re.compile(r"ในหลวง|พระบาทสมเด็จ|สมเด็จพระ|พระเจ้าอยู่หัว|พระราชินี|ทรง(?!ตัว|คุณ)|พระราชทาน")
"""A royal subject or a royal verb ('ทรงห่วงใย'): the clause it opens is the royal's, not the actor's."""


def find_verb(analysis: Analysis) -> Verb | None:
    """The headline's main verb: the first action it names, else the first saying."""
    verbs = verbs_of(analysis)
    return verbs[0] if verbs else None


_ARTICLE = re.compile(r"^the ", re.IGNORECASE)
_POSTPOSITIVE = re.compile(r"(?:in|of|for|with|on|to|at) \S+ \S+", re.IGNORECASE)
_PLACE_NOUNS = {"province", "district", "sub-district", "city", "village", "country"}


_DEMONSTRATIVES = {"นี้", "นั้น", "ดังกล่าว"}
_TIME_NOUNS = {"year", "month", "day", "week"}
_FRONT = {"draft"}
"""Heads that stay in front in English too: 'ร่างกฎกระทรวง' is a draft ministerial regulation."""


_GOVERNS = re.compile(r"(?:^|\s)(?:of|along|without|from|near|across|through|towards?|under|between|among|against|by|"
                      r"beyond|within|outside|inside)$")
"""A modifier whose English ends so ('free of', 'along') needs the words after it as its complement."""


_COMPLEMENT_HEADS = {"progress": "in", "results": "of", "readiness": "for", "case": "of"}
"""Heads that take what qualifies them after a preposition in English."""


def _group_english(items: list[str]) -> str:
    """A Thai noun group (head first, then what qualifies it) in English order: 'เทศกาล อาหาร ฮาลาล'
    (festival, food, halal) -> 'halal food festival'. A leading article stays only on a lone word."""
    if len(items) > 1 and items[0].lower() in _COMPLEMENT_HEADS and not _POSTPOSITIVE.match(items[1]):
        # 'ความคืบหน้าสถานการณ์แผ่นดินไหว': 'progress in the earthquake situation', not 'earthquake situation progress'
        return f"{items[0]} {_COMPLEMENT_HEADS[items[0].lower()]} {_with_article(_group_english(items[1:]))}"
    if len(items) > 1 and items[-1] != items[0] and "nationwide" in items[1:]:
        # 'ผู้ว่าฯ ทั่วประเทศ': governors nationwide, not 'the nationwide governor' (one governor, every province?)
        others = [item for item in items if item != "nationwide"]
        return f"{_plural(_group_english(others))} nationwide"
    prep = next((i for i, item in enumerate(items) if _GOVERNS.search(item)), None)
    if prep is not None:
        # 'กิจกรรมกำลังใจไร้กำแพง', 'ถนนเลียบคลองชลประทาน': a modifier ending in a preposition governs
        # the words after it ('morale activities free of walls'); with none after it, it says nothing
        head = _group_english(items[:prep]) if prep else ""
        rest = _group_english(items[prep + 1:]) if items[prep + 1:] else ""
        return " ".join(x for x in (head, items[prep], rest) if x) if rest else head
    out: list[str] = []
    after: list[str] = []
    front = [item for item in items[:1] if item.lower() in _FRONT]
    items = items[len(front):]
    for item in reversed(items):
        if out and out[-1].lower() == item.lower():
            continue
        if _POSTPOSITIVE.match(item):
            after.insert(0, item)  # 'in honour of the King' follows its noun in English too
            continue
        out.append(item)
    out = front + [_as_modifier(w) for w in out[:-1]] + out[-1:] + after
    if len(out) > 1 and out[0].lower() in _TIME_NOUNS:
        out = out[1:]  # 'เทศกาลสงกรานต์ไทยปีนี้': the year is a date, not part of the thing
    if out == ["Thai"]:
        return "Thailand"  # 'สนับสนุนไทยเป็นเจ้าภาพ': the country, not its adjective
    if len(out) > 1:
        out = [_ARTICLE.sub("", w) for w in out]
    plain = " ".join(out).split()
    if len(plain) > STACK_WORDS and not after and all(x.islower() for x in plain):
        # 'the first year stable interest rate home loan promotion': a stack of five nouns and more reads
        # as none; the head and the words nearest it in Thai say what it is ('home loan promotion')
        return " ".join(plain[-3:])
    return re.sub(r" (-[a-z])", r"\1", " ".join(out))  # 'เชิงวิชาการ': 'academic-oriented', one word


STACK_WORDS = 4
"""A noun group of more English words than this, all common nouns and modifiers, keeps its last three."""


_PLURAL_ONLY = re.compile(r"(?:ss|us|is|ics|news|goods|arms|affairs|series|species|means|works|sales|savings|"
                          r"earnings|people|police|media|data|premises|headquarters|[^s]s')$")


_ADJECTIVAL = {"province": "provincial", "nation": "national", "region": "regional", "economy": "economic",
               "agriculture": "agricultural", "culture": "cultural", "environment": "environmental",
               "society": "social", "politics": "political", "medicine": "medical", "tradition": "traditional",
               "history": "historical"}
"""Nouns that English turns into their adjective before another noun ('provincial officials', 'economic zone')."""


def _as_modifier(item: str) -> str:
    """A noun before another in English is singular: 'face masks' + 'prices' -> 'face mask prices',
    'hotels' + 'structure' -> 'hotel structure'. Names, plural-only nouns ('goods', 'news') and
    phrases with a preposition keep their form."""
    if item.lower() in _ADJECTIVAL:
        return _ADJECTIVAL[item.lower()]  # 'ฝ่ายปกครองจังหวัด': provincial administrative officials
    head, _, last = item.rpartition(" ")
    if (not last[:1].islower() or _POSTPOSITIVE.match(item) or " of " in f" {item} " or len(last) < 4
            or not last.endswith("s") or _PLURAL_ONLY.search(last)):
        return item
    if re.search(r"(?:wives|knives)$", last) or last == "lives":
        last = last[:-3] + "fe"  # 'housewives' -> 'housewife'
    elif last.endswith("ves") and not last.endswith("ives"):
        return item  # 'leaves', 'shelves': irregular, left as written
    elif last.endswith("ies"):
        last = last[:-3] + "y"
    elif re.search(r"(?:sses|shes|ches|xes)$", last):
        last = last[:-2]
    else:
        last = last[:-1]
    return f"{head} {last}".strip()


_MASS_NOUNS = {
    "tourism", "investment", "trade", "agriculture", "health", "public health", "safety", "education", "security",
    "cooperation", "development", "production", "management", "energy", "welfare", "justice", "culture",
    "technology", "innovation", "transport", "research", "training", "progress", "funding", "relief", "debt",
    "employment", "prevention", "treatment", "assistance", "support", "infrastructure", "sustainability",
    "food", "water", "land", "rice", "money", "waste", "data", "equipment", "corruption", "crime", "violence",
    "logistics", "commerce", "finance", "public finance", "inflation", "growth", "income", "revenue", "power",
    "rain", "dust", "smoke", "air", "fishing", "fisheries", "livestock", "industry", "the economy", "economy",
    "society", "media", "law", "history", "heritage", "knowledge", "music", "fashion", "nature", "work",
    "transparency", "integrity",
}
"""Nouns the gist writes without 'the' ('supports tourism', but 'supports the halal food festival')."""


_IRREGULAR_PLURALS = {"children", "people", "women", "men", "police", "staff", "personnel", "youth", "livestock"}


def _with_article(text: str) -> str:
    """'halal food festival' -> 'the halal food festival': a headline's object is a particular thing.
    Plurals, mass nouns, names (capitalised) and phrases with an article keep their form."""
    if re.match(r"\d+-[a-z]+ ", text):
        return "a " + text  # 'a 4-lane road': one of its kind, said for the first time
    if text.startswith("together with "):
        return text
    if re.match(r"[a-z]+ing of ", text):
        return "the " + text  # 'the selling of cheap cigarettes': one act, named
    first_group = re.split(r" (?:on|and|to|with|of|for|from|in|at|affected by) ", text, maxsplit=1)[0]
    head = first_group.split()[-1] if first_group.split() else ""
    if re.match(r"[a-z]+ing\b", text) and text.split()[0] not in ("building", "meeting", "training", "housing"):
        return text  # 'working abroad': an activity, no article
    if (not head or text[:1].isupper() or _GOVERNS.match(text.split()[0]) or re.match(r"(?:the|a|an) ", text) or head.endswith("s")
            or head.lower() in _IRREGULAR_PLURALS
            or first_group.lower() in _MASS_NOUNS or head.lower() in _MASS_NOUNS or not head[:1].islower()):
        return text
    return "the " + text


def object_of(analysis: Analysis, verb: Verb | None, stop: int | None = None,
              joins: int = 1) -> tuple[str, int, int]:
    """The headline's object phrase after its verb, in English, with its span in the headline.

    Nouns and modifiers (headwords.toml, names the analyzer found, Latin-script words) form noun groups
    put in English order; a connecting word ('ด้าน' on, 'และ' and, 'เพื่อ' to) or a second verb joins
    the next group ('project to solve problems of macaques'; at most `joins` of them); the phrase ends at the space that closes
    the clause, at a place name (the gist says where separately), or at OBJECT_WORDS words. Unglossed
    Thai words, figures and dates are left out rather than romanised."""
    title = analysis.title
    begin = verb.end if verb else 0
    names = [e for e in analysis.entities + analysis.references
             if e.field == "title" and e.type in ("person", "organisation", "place") and e.end > begin
             and (e.type != "organisation" or e.english or verb is None)]  # after a verb, a body with no
    # English name is read word by word ('คณะกรรมาธิการว่าด้วยการป้องกันอาชญากรรม...': the committee on crime prevention)
    numbers = [(f.start, f.end) for f in analysis.figures if f.field == "title"]
    numbers += [(d.start, d.end) for d in analysis.dates if d.field == "title"]
    parts: list[str] = []
    group: list[str] = []
    joiner: str | None = None
    first = last = begin
    count = 0

    modifiers: list[str] = []  # the group's words that came from [modifier] entries

    def flush(final: bool = False) -> None:
        nonlocal group, joiner, modifiers
        if (final or parts) and group and all(item in modifiers for item in group) and group != ["Thai"]:
            group = []  # 'ชี้แจงด่วน', 'ปรับตัวยั่งยืน': a modifier with no noun is no object ('explain urgent')
        if group:
            phrase = _group_english(group)
            if parts and joiner:
                parts.append(joiner)
            parts.append(phrase)
        group, joiner, modifiers = [], None, []

    pos = begin
    last_name: Entity | None = None
    prev_word: Word | None = None
    figure_seen = False
    used_names: set[int] = set()
    latin_runs = [(m.start(), m.end(), m.group(0).strip(" .-"))
                  for m in re.finditer(r"[A-Za-z][A-Za-z0-9&.’'\-]*(?: [A-Za-z0-9][A-Za-z0-9&.’'\-]*)*", title)]
    used_runs: list[tuple[int, int, str]] = []
    verb_joins = 0
    together = False
    gerund = False
    titles = _quoted_titles(title)
    for w in words(title):
        if w.start < begin:
            continue
        if stop is not None and w.end > stop:
            break
        if w.text in _CLOSING and (parts or group) and any(e == w.end for _, e, _ in titles):
            break  # '“โมโต จีพี” สนามที่ 18': what follows a quoted name is said of it, another phrase
        quoted = next((q for q in titles if begin <= q[0] < w.start < q[1]), None)  # a quoted clause holding
        # the verb itself ('"เปิดท่าเรือ..."') is read as the headline's own words
        if quoted is not None and not quoted[2]:
            # '“ชีวิตหลังการใช้ PDPA”': a quoted Thai title the glossary cannot read whole is not read word by
            # word ('the life panel discussion to use PDPA'); its Latin name says what it is about
            if re.match(r"[A-Za-z]", w.text) and (run := next((r for r in latin_runs if r[0] <= w.start < r[1]), None)) \
                    and run not in used_runs:
                used_runs.append(run)
                if latin := safe_english(run[2], analysis):
                    if group or parts:
                        flush(final=True)
                        joiner = "on"
                    group.append(latin)
                    count += len(latin.split())
                    last = run[1]
            pos = w.end
            continue
        gap = title[pos:w.start]
        pos = w.end
        after_noun = not gap and prev_word is not None and prev_word.part == "noun"
        after_unknown = (not gap and prev_word is not None and prev_word.part is None and is_content(prev_word)
                         and not any(s <= prev_word.start < e for s, e in numbers))
        after_particle = prev_word is not None and not prev_word.english and prev_word.text in _ADVERBIAL
        after_dash = prev_word is not None and prev_word.text in ("-", "–", "/") and not gap.strip()
        prev_part = prev_word.part if prev_word is not None else None
        prev_text = prev_word.text if prev_word is not None else ""
        if gerund and (gap or w.part != "verb"):
            gerund = False  # the nominalised run has ended; its nouns follow
        every = prev_word is not None and prev_word.text == "ทุก" and not gap  # 'ทุกจังหวัด': all provinces
        prev_word = w
        latin_here = bool(re.match(r"[A-Za-z0-9“”\"'‘’]", w.text)) or bool(re.search(r"[A-Za-z0-9“”\"'‘’]$", title[:max(w.start - len(gap), 0)]))
        # Thai writes a space after the abbreviation mark: 'ข้อสังเกตสภาฯ แนวทาง...' is one phrase, the next
        # group what it is about ('parliament observations on guidelines to manage kratom')
        after_abbreviation = (title[:max(w.start - len(gap), 0)].endswith("ฯ") and w.part == "noun"
                              and bool(group) and not parts)
        and_before = joiner == "and" and not group and bool(parts)  # 'ห้องผู้ป่วย ICU และ โรงพยาบาลสนาม'
        listed = (count >= 2 and bool(gap) and not gap.strip() and not latin_here
                  and _list_item(title, w, last, and_before) and (bool(group) or and_before) and not any(s <= w.start < e for s, e in numbers)
                  and not any(e.start <= w.start < e.end for e in names)
                  and not (last_name is not None and last == last_name.end))  # a body's name goes on after spaces
        if count >= 2 and gap and gap.strip() == "" and not latin_here and not after_abbreviation and not listed:
            break  # a space between Thai words after a phrase of two words or more closes the clause
        if after_dash and group and w.part == "noun" and w.english and not latin_here:
            flush()  # 'ปฏิทิน-หนังสือเก่า': a dash between Thai nouns lists them ('calendars and old books')
            joiner = "and"
        if listed and group:
            flush()  # 'ด้านสิ่งแวดล้อม สังคม ธรรมาภิบาล': a lone noun after a space is the list's next item
            joiner = "and"
            count += 1
        if after_abbreviation and gap and not gap.strip():
            flush()
            joiner = "on"
        if gap and not gap.strip() and (parts or group) and w.text in agents():
            break  # 'ค้ำเงินกู้ได้ รัฐบาลย้ำ...': a subject noun after a space starts the next clause
        if (figure_seen and gap and not gap.strip() and w.part != "verb"
                and not any(s <= w.start < e for s, e in numbers)):
            break  # 'ขยายตัวร้อยละ 2.8 สศช.พร้อมปรับ...': after a figure a new subject starts another clause
        if w.text in _NEGATIONS and not w.english:
            break  # 'ทีม ไม่มีพรมแดน': a gist that drops the 'not' says the opposite; it ends before it
        name = next((e for e in names if e.start <= w.start < e.end), None)
        if name is not None:
            if id(name) in used_names:
                continue
            used_names.add(id(name))
            if name.type == "person" and (parts or group) and joiner is None and _verb_follows(title, name.end):
                break  # '...SME ด้ามขวาน "เอกนัฏ" นำ...': a person then a verb is the next clause's subject
            if name.type == "place":
                if joiner and joiner.startswith("to ") and not group and _ROUTE.match(name.text) \
                        and (label := safe_english(english_name(name), analysis)) and READABLE.search(label):
                    group.append(label)  # 'ก่อสร้างขยายทางหลวงหมายเลข 3423': the road built is the thing, no where
                    count += len(label.split())
                    last = name.end
                    continue
                if group and group[-1] in _PLACE_NOUNS:
                    group.pop()  # 'จังหวัดเชียงใหม่': the province is in the place's name
                if parts and group in (["area"], ["areas"]):
                    group, joiner = [], None  # 'ในพื้นที่จังหวัดนราธิวาส': 'in area' says nothing the place does not
                if parts or group:
                    break
                continue
            label = safe_english(english_name(name), analysis)
            if name.type == "organisation" and label:
                label = abbreviation(label)  # in the object an acronym reads best ('APEC', 'FTI')
            if label and READABLE.search(label):
                if group and last_name is not None and title[last_name.end:name.start].strip(" ,") == "":
                    flush()  # 'พณ. มท.': two bodies side by side are a list, not one name
                    joiner = "and"
                    count += 1
                group.append(label)
                count += len(label.split())
                first = first if (parts or len(group) > 1) else name.start
                last = name.end
                last_name = name
            continue
        if any(s <= w.start < e for s, e in numbers):
            figure = next((f for f in analysis.figures if f.field == "title" and f.start == w.start), None)
            if (figure is not None and group and figure.unit in _COMPOUND_UNITS and figure.value == int(figure.value)
                    and not title[last:figure.start].strip() and not figure.qualifier):
                # 'ถนน 4 เลน': a count of the noun's own parts qualifies it ('a 4-lane road')
                group.append(f"{int(figure.value)}-{_COMPOUND_UNITS[figure.unit]}")
                last = figure.end
            figure_seen = bool(parts or group or joiner)
            continue
        if w.part in ("noun", "modifier") and w.english and group and _measures_next_figure(title, w, numbers):
            continue  # 'พันธบัตร วงเงิน 3.5 หมื่นล้าน': the word says what the figure measures (the gist's figure says it)
        if (w.part == "modifier" and verb is not None and w.start == verb.end and not (parts or group)
                and title[w.end:w.end + 1] in ("", " ")):
            continue  # 'สั่งด่วน ผู้ว่าฯ': a modifier glued to the verb, then a space, says how it was done
        if w.part == "modifier" and (after_unknown or after_particle):
            continue  # 'แสงแรก': the first what? 'ประเทศได้สูงสุด': after 'ได้' it says how much, of no noun
        if w.part in ("noun", "modifier") and w.english:
            english = w.english
            if re.search(r"\d", english) and check_numbers(english, analysis):
                english = re.sub(r"[-‐]?\d+\b", "", english).strip()  # 'โควิด' alone: 'COVID', no '19'
            if not (parts or group) and verb is not None and _repeats(english, [verb.english]) \
                    and not _repeats(english, [_BARE.sub("", verb.english).split()[0]]):
                continue  # 'เตือนประชาชน...': 'warns the public about' names the public already
            if joiner and joiner.startswith("to ") and not group and _repeats(english, [joiner]):
                continue  # 'เชิดชูเกียรติ': 'to honour', not 'to honour the honour'
            if _repeats(english, [verb.english if verb else "", *parts, *group]):
                break  # 'เพจปลอม... เพจ': a noun said again starts another phrase ('the page fake page' reads as none)
            if every and w.part == "noun":
                english = f"all {_plural(english)}" if not group else f"of all {_plural(english)}"
            if w.part == "modifier":
                modifiers.append(english)
            group.append(english)
            count += len(english.split())
            last = w.end
            first = first if (parts or len(group) > 1) else w.start
        elif w.part == "verb" and w.english and (gerund or (prev_text == "การ" and not gap and not parts
                                                            and [g.lower() for g in group] in _ABOUT_NOUNS)):
            # 'ชี้แจงเรื่องการออกจำหน่ายบุหรี่': the matter of a nominalised act is that act ('explains the selling
            # of cigarettes'), not 'the matter to sell cigarettes'; the run's last verb names it
            group, modifiers = [f"{_gerund(w.english.split()[0])} of"], []
            gerund = True
            continue
        elif w.part == "verb" and w.english:
            if not (parts or group):
                continue  # 'supports the holding of ...': the object starts after
            if w.text in glossary().get("sayings", {}) and gap:
                break  # 'แสดงวิสัยทัศน์ ย้ำไทย...': a saying after a space opens what is said, no purpose clause
            glued = after_noun and group and joins == 0 and not verb_joins  # joins=-1: no verb at all
            if verb_joins >= joins and not glued:
                break  # one purpose clause is enough for a gist ('ผู้ป่วยล้างไต', glued, qualifies its noun)
            flush()
            verb_joins += 1
            joiner = "to " + w.english
            count += len(joiner.split())
        elif w.text == "ให้" and not gap and group and prev_part == "noun" and _noun_next(title, w.end):
            # 'แก้กฎหมายให้อาคารที่พัก ประกอบธุรกิจ...': the law lets the buildings do what the next clause
            # says ('amends the law to let accommodation buildings run ...'; action_of adds that clause)
            flush(final=True)
            joiner = CAUSATIVE
            count += 2
        elif (w.part == "function" and w.english == "with" and not (parts or group) and verb is not None
              and w.start == verb.end and not _BARE.search(verb.english)):
            together = True  # 'พัฒนาร่วมกับกองทัพ': develops together with the armed forces, not 'develops armed forces'
        elif w.part == "function" and w.english and group and _GOVERNS.search(group[-1]):
            continue  # 'ได้รับผลกระทบจากอุทกภัย': 'affected by' has its preposition; 'จาก' adds none
        elif w.part == "function" and w.english and (parts or group):
            flush(final=True)  # 'กู้เงินด่วน กับ...': not 'the urgent with'; before a verb it may stay ('the first to')
            joiner = w.english
            count += 1
        elif (run := next((r for r in latin_runs if r[0] <= w.start < r[1]), None)) and run not in used_runs:
            used_runs.append(run)  # a Latin name of several words stays whole, in its own order
            kept = " ".join(x for x in run[2].split() if not check_numbers(x, analysis))
            latin = safe_english(kept, analysis) if kept else None
            if latin:
                group.append(latin)
                count += len(latin.split())
                last = run[1]
        if count >= OBJECT_WORDS:
            break
    if group:
        flush(final=True)
    for i in range(1, len(parts) - 3, 2):
        if parts[i] == "and" and parts[i + 2] == "and":
            parts[i] = ","  # 'medicines and medical supplies and...': a list reads 'A, B and C'
    for i in range(2, len(parts), 2):
        if parts[i - 1] in ("to travel", "to go", "to return"):
            parts[i - 1] += " to"  # 'เดินทางศรีลังกา': to travel to Sri Lanka
        if parts[i - 1].startswith("to ") and parts[i - 1] != CAUSATIVE and " " not in parts[i] \
                and (i + 1 == len(parts) or parts[i + 1] not in ("and", ",")):
            parts[i] = _with_article(parts[i])  # 'to draw up the system', not 'to draw up system'
    text = _once(" ".join(parts).replace(" , ", ", "))
    if together and text:
        text = f"together with {text}"
    return text, first, last


_ABOUT_NOUNS = [["matter"], ["matters"], ["case"], ["issue"], ["news"], ["reports"]]
"""A group of one of these before 'การ'+verb is what the act is about ('เรื่องการ...', 'กรณีการ...')."""


def _gerund(verb: str) -> str:
    """'sell' -> 'selling', 'issue' -> 'issuing', 'stop' -> 'stopping', 'die' -> 'dying'."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def _plural(noun: str) -> str:
    """'province' -> 'provinces', 'agency' -> 'agencies'; a plural, a plural-only noun or a name stays."""
    head, _, last = noun.rpartition(" ")
    if not last[:1].islower() or last.endswith("s") or _PLURAL_ONLY.search(last) or last in _MASS_NOUNS:
        return noun
    if re.search(r"[^aeiou]y$", last):
        last = last[:-1] + "ies"
    elif re.search(r"(?:s|sh|ch|x|z)$", last):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}".strip()


def _once(text: str) -> str:
    """A name said twice in one phrase is said once: 'WIPO IGC WIPO meeting' -> 'WIPO IGC meeting' (the
    headline's Latin name and the analyzer's English of the Thai around it both name the body)."""
    seen: set[str] = set()
    out: list[str] = []
    for token in text.split(" "):
        key = token.strip(",.;:()“”\"'")
        if len(key) >= 2 and key[:1].isupper() and key.upper() == key and key in seen:
            continue  # an acronym again
        seen.add(key)
        out.append(token)
    return " ".join(out)


_CLOSING = {"”", "\"", "’"}


def _quoted_titles(title: str) -> list[tuple[int, int, bool]]:
    """The headline's quoted titles ('“ชีวิตหลังการใช้ PDPA”'): their span (quotes included) and whether
    to read them word by word: not when a Latin name is inside and the glossary cannot read every Thai
    word as a noun or a modifier (a verb, an unglossed word): the Latin name then says what it is about."""
    out = []
    for m in re.finditer(r"[“\"‘]([^”\"’“]{1,80})[”\"’]", title):
        inside = [w for w in words(title) if m.start(1) <= w.start and w.end <= m.end(1) and THAI.search(w.text)]
        readable = all(w.part in ("noun", "modifier") and w.english for w in inside if w.text not in ("ฯ", "ๆ"))
        readable = readable or not re.search(r"[A-Za-z]", m.group(1))  # with no Latin name, its words are all there is
        spaced_words = any(title[a.end:b.start].isspace() for a, b in itertools.pairwise(inside))
        if spaced_words and not re.search(r"[A-Za-z]", m.group(1)) and any(w.part != "noun" for w in inside):
            # '“สงกรานต์สุขใจ แรงงานปลอดภัย”': a slogan of two phrases, not nouns alone, is a name, not words
            # to gloss ('happy Songkran risks and workers'); '“พรีเมียร์ ลีก สิงคโปร์”' is names, read on
            readable = False
        out.append((m.start(), m.end(), readable))
    return out


CAUSATIVE = "to let"
"""How the object writes a causative 'ให้' between two nouns ('กฎหมายให้อาคาร': the law to let buildings)."""


def _verb_follows(title: str, pos: int) -> bool:
    """Whether a glossed verb stands right after `pos`, past quotes and spaces."""
    rest = len(title[pos:]) - len(title[pos:].lstrip(" ”\"’"))
    return any(w.start == pos + rest and w.part == "verb" for w in words(title))


def _noun_next(title: str, pos: int) -> bool:
    """Whether a glossed noun follows `pos` at once (no space)."""
    return any(w.start == pos and w.part == "noun" and bool(w.english) for w in words(title))


_NO_GAP = {"ล้าน", "พัน", "หมื่น", "แสน", "ร้อย", "ชาว"}
"""Scale words of a number the analyzer left whole ('1 ล้าน User'), and 'ชาว' before a place's people."""


_COMPOUND_UNITS = {"lanes": "lane", "storeys": "storey", "floors": "storey"}
"""Counts that qualify the noun before them in English as a compound ('a 4-lane road', 'a 5-storey building')."""


_NEGATIONS = {"ไม่", "ไม่มี", "ไม่ใช่", "ไม่ได้", "ไม่ให้", "มิ", "มิได้", "ยังไม่", "ไม่เคย", "ไม่ต้อง", "อย่า"}
"""Words that negate what follows; PyThaiNLP lists most as stopwords, so the object would drop them."""
_ADVERBIAL = {"ได้", "ให้", "อย่าง", "ขึ้น"}
"""Particles after which a modifier says how or how much ('ได้สูงสุด', 'อย่างยั่งยืน'), not what kind."""


_LABEL_NOUNS = {"year", "date", "day", "month", "topic", "title", "round", "issue", "no.", "number", "edition"}
"""Nouns that introduce a date, a number or a title after a space ('ปี 2568', 'หัวข้อ “...”'), never a list item."""


def _list_item(title: str, w: Word, last: int, and_before: bool = False) -> bool:
    """Whether the headline word `w`, after a space, is one more item of the noun list the object ends
    with: a glossed noun (or a noun group of up to three glossed words) standing alone between spaces (Thai writes lists 'สิ่งแวดล้อม สังคม ธรรมาภิบาล'
    with spaces), right after the object's last word, not a subject, not a label before a figure or a
    title ('ปี 2568', 'หัวข้อ “...”'); a verb, a phrase of several words or a new subject after the space
    still starts the next clause. `and_before`: the list's 'และ' (and) stands before the space."""
    if w.part != "noun" or not w.english or w.text in agents() or (title[last:w.start].strip() and not and_before):
        return False
    if w.english.removeprefix("the ")[:1].isupper():
        return False  # 'นรม.' the Prime Minister: a role or a name after a space begins a new subject
    if w.english.lower().removeprefix("the ") in _LABEL_NOUNS or w.english.lower() in _PLACE_NOUNS:
        return False
    end = next((m.start() for m in re.finditer(r"[\s”\"’)]", title) if m.start() > w.start), len(title))
    segment = [x for x in words(title) if w.start <= x.start < end]
    if (len(segment) > 3 or any(x.part not in ("noun", "modifier") or not x.english or x.text in agents()
                                or x.english[:1].isupper() for x in segment)
            or any(a.end != b.start for a, b in itertools.pairwise(segment)) or segment[-1].end != end):
        return False  # 'โรงพยาบาลสนาม': a short noun group of glossed words only, up to the next space
    after = title[end:]
    return after == "" or after[0] in "”\"’)" or (after[0] == " " and bool(re.match(r" +[\u0e01-\u0e4e]", after))
                           and not re.match(r" +(?:จังหวัด|จ\.|อ\.|อำเภอ|ณ|ที่|ใน|ปี|วันที่|ประจำ)", after))


def first_gap(analysis: Analysis, start: int, end: int) -> int | None:
    """Where the first Thai content word the glossary cannot read stands in the headline between
    `start` and `end` (names, figures and dates aside), or None: an object phrase that skipped one
    says less than the Thai and often reads wrong ('the free of morale activities')."""
    taken = _spans(analysis) + [(x.start, x.end) for x in analysis.figures + analysis.dates if x.field == "title"]
    taken += _glossary_spans(analysis.title)
    for w in words(analysis.title):
        if (w.start < start or w.end > end or w.english or not is_content(w) or w.text in _NO_GAP
                or _inside(w.start, w.end, taken)):
            continue
        return w.start
    return None


def _clean_cut(title: str, pos: int) -> bool:
    """Whether the word cutter's cut before the word at `pos` is sure: the word before it and the start
    of this one make no dictionary word ('เส้น|ทางธรรม' may be 'เส้นทาง|ธรรม', a route, not 'line')."""
    from briefing.thai.scan import dictionary

    ws = words(title)
    at = next((i for i, w in enumerate(ws) if w.start == pos), None)
    if not at or ws[at - 1].end != pos:
        return True
    before, word = ws[at - 1].text, ws[at].text
    return not any(before + word[:k] in dictionary() for k in range(1, len(word)))


def _not_its_object(analysis: Analysis, verb: Verb, start: int, obj: str) -> bool:
    """Whether what `object_of` found after `verb` (from `start`) is not the verb's object: a verb that
    takes it through a preposition stands between them ('บันทึกเทปถวายพระพร สมเด็จพระนางเจ้าฯ': the Queen
    is whom blessings are offered to, not what is recorded), or a Thai word the glossary cannot read
    stands before a name ('records Her Majesty the Queen' would say something false; the name is that
    word's complement). A misspelling the cutter broke into pieces ('ร่างกฏ': a piece of one letter) or
    a fragment no dictionary knows ('ห็น') hides no meaning and counts as no word."""
    from briefing.thai.scan import dictionary

    title = analysis.title
    def verbs_only(a: int, b: int) -> bool:  # nothing but glued verbs ('ขยายเวลาออกกฎกระทรวง') and spaces
        return all(w.part == "verb" for w in words(title) if a <= w.start and w.end <= b)

    if any(verb.end <= v.start and v.end <= start and verbs_only(v.end, start) and "และ" not in title[verb.end:v.start]
           and _BARE.search(v.english) and not _BARE.search(verb.english) for v in verbs_of(analysis)):
        return True  # the later verb, right before the noun, governs it through its preposition ('offers blessings to')
    between = [w for w in words(analysis.title) if verb.end <= w.start and w.end <= start]
    if any(len(w.text) == 1 and THAI.match(w.text) for w in between):
        return False
    named = any(e.field == "title" and e.start == start for e in analysis.entities + analysis.references) or any(
        w.start == start and w.english and w.english[:1].isupper() for w in words(analysis.title))
    if not named:
        return False  # 'สร้างแต้มต่อธุรกิจไทย': an unread word before a common noun mostly qualifies it
    skipped = first_gap(analysis, verb.end, start)
    return skipped is not None and any(w.start == skipped and w.text in dictionary() for w in between)


@functools.lru_cache(maxsize=512)
def _glossary_spans(title: str) -> list[tuple[int, int]]:
    """Where glossary.toml's phrases (verbs, sayings, topics, roles) stand in the headline."""
    table = glossary()
    return [(m.start(), m.end()) for kind in ("verbs", "sayings", "topics", "roles")
            for key in table.get(kind, {}) if key in title for m in re.finditer(re.escape(key), title)]


def _repeats(english: str, said: list[str]) -> bool:
    """Whether a glossed word repeats a content word (4 letters or more) the verb or the phrase has said."""
    before = {w.lower().rstrip("s") for text in said for w in re.findall(r"[A-Za-z]{4,}", text)}
    return any(w.lower().rstrip("s") in before for w in re.findall(r"[A-Za-z]{4,}", english))


def _measures_next_figure(title: str, w: Word, numbers: list[tuple[int, int]]) -> bool:
    measures = glossary().get("measures", {})
    return w.text in measures and any(0 <= s - w.end <= 2 and not title[w.end:s].strip() for s, _ in numbers)


def place_of(analysis: Analysis, after: int = 0) -> str | None:
    """Where: the first place the headline names after its verb, in English ('Chiang Mai')."""
    places = sorted((e for e in analysis.entities + analysis.references
                     if e.field == "title" and e.type == "place" and e.start >= after), key=lambda e: e.start)
    if any(not _ROUTE.match(e.text) for e in places):
        # 'สร้างถนน ... แยก ทล.4103 - ถนนพุทธภูมิ จังหวัดนครศรีธรรมราช': the roads are what is built, the
        # province where; a road is where only when the headline names nothing else
        places = [e for e in places if not _ROUTE.match(e.text)]
    for entity in places:
        if compared(analysis, entity):
            continue
        name = safe_english(english_name(entity), analysis)
        if name and READABLE.search(name) and name.lower() not in ("thailand", "thai"):
            return re.sub(r"\s*\([^()]*\)$", "", name).rstrip(". ")  # a venue named by its body: no acronym
    # 'ในที่ประชุมอาเซียน', 'ณ การประชุม APEC': the meeting of a body is where it happened
    for m in _AT_MEETING.finditer(analysis.title, after):
        body = next((e for e in analysis.entities + analysis.references if e.field == "title"
                     and e.type == "organisation" and e.start == m.end()), None)
        label = abbreviation(safe_english(english_name(body), analysis) or "") if body else None
        if label and READABLE.search(label):
            return f"the {label} meeting"
    return None


_ROUTE = re.compile(r"(?:ถนน|ถ\.|ทางหลวง|ทล\.|ทช\.|ซอย|ซ\.|สะพาน|แยก|ทางแยก|คลอง|ทางด่วน|ทางพิเศษ|เส้นทาง|ถนนสาย)")
"""A route (road, highway, soi, bridge, junction, canal, expressway) by the start of its Thai name."""

# 'รองเพียงประเทศออสเตรีย' (second only to Austria), 'รองจากโรงแรมในโปรตุเกส' (after hotels in Portugal),
# 'มากกว่าญี่ปุ่น', 'เทียบกับเวียดนาม': a place a figure is compared with is not where the release happened
_COMPARED = re.compile(r"(?:รอง(?:เพียง|แค่)?(?:จาก)?|มากกว่า|น้อยกว่า|สูงกว่า|ต่ำกว่า|(?:เมื่อ)?เทียบกับ|เทียบเท่า)"
                       r"\s*(?:[\u0e01-\u0e4e]{0,10}ใน)?(?:ประเทศ)?\s*$")


def compared(analysis: Analysis, entity: Entity) -> bool:
    """True when the place follows 'รองจาก', 'มากกว่า', 'เทียบกับ'... (a comparison, not a where)."""
    text = analysis.title if entity.field == "title" else analysis.body
    if _COMPARED.search(text[max(0, entity.start - 30):entity.start]):
        return True
    # the rest of a compared list: 'รองจากโปรตุเกส (21%) และโคลอมเบีย เม็กซิโก และสเปน'
    before = next((e for e in analysis.entities if e.field == entity.field and e.type == "place"
                   and e.end <= entity.start and _LIST_GAP.fullmatch(text[e.end:entity.start])), None)
    return before is not None and compared(analysis, before)


_LIST_GAP = re.compile(r"\s*(?:\([^()]{0,20}\))?\s*(?:,|และ|หรือ)?\s*")


_AT_MEETING = re.compile(r"(?:ใน|ณ)\s*(?:ที่ประชุม|การประชุม)\s*")


def _topics(title: str) -> list[tuple[int, int, str]]:
    """The glossary's topics in the headline, longest Thai keys first, with their positions."""
    topics = glossary().get("topics", {})
    hits: list[tuple[int, int, str]] = []
    for key in longest_keys(topics):
        for m in re.finditer(re.escape(key), title):
            if not any(m.start() < e and s < m.end() for s, e, _ in hits):
                hits.append((m.start(), m.end(), topics[key]))
    return [(start, end, word) for start, end, word in hits]


def category_english(release: Release) -> str | None:
    if not release.category:
        return None
    try:
        from briefing.categories import english_category  # written by the store helper
    except ImportError:
        return None
    try:
        name = english_category(release.category)
    except Exception:  # noqa: BLE001 - an unknown category just means no category in the gist
        return None
    return no_thai(name) if name else None


def _lookup_person(analysis: Analysis, mention: Entity) -> Entity | None:
    """The named person a short reference (a quoted first name in the headline) stands for."""
    want = re.sub(r"\s+", "", mention.canonical or mention.text)
    for entity in analysis.entities:
        if entity.type == "person" and want and want in re.sub(r"\s+", "", entity.canonical or entity.text):
            return entity
    return None


def _person_label(name: str, role: str | None) -> str:
    """'Deputy Spokesperson Sasikan Watthanachan': a short title before the name when there is one."""
    if role:
        head = re.split(r",| and (?=[A-Z])| of | for ", role, maxsplit=1)[0].strip()
        if head and word_count(head) <= 3:
            return f"{head} {name}"
    return name


def _title_role(title: str, people: list[Person], limit: int) -> tuple[int, int, str] | None:
    """A position the headline names before `limit` ('นายกฯ ติดตาม...', 'รมช.ศธ. เผย...'): its span
    and the person the release gives that position, or the position alone."""
    positions = glossary().get("roles", {})
    head = title[:limit]
    found = [(m.start(), m.end(), k) for k in positions for m in re.finditer(re.escape(k), head)]
    found = [f for f in found if not any(o[0] <= f[0] and f[1] <= o[1] and o[1] - o[0] > f[1] - f[0]
                                         for o in found)]  # 'รัฐมนตรี' inside 'นายกรัฐมนตรี' is not a position
    found = [f for f in found if not head[:f[0]].endswith("เป็น")]  # 'เป็นประธาน' presides: no position
    if not found:
        return None
    start, _, key = max(found, key=lambda f: (f[0], f[1] - f[0]))  # the position nearest before the verb
    position = positions[key]
    prefix = re.search(r"(ผู้ช่วย|รอง)\s*$", head[:start])  # 'ผู้ช่วย รมว.': an Assistant Minister
    if prefix and not position.startswith(("Assistant", "Deputy")):
        start = prefix.start()
        position = ("Assistant " if prefix.group(1) == "ผู้ช่วย" else "Deputy ") + position
    for person in people:
        if person.role and re.split(r",| and (?=[A-Z])| of | for ", person.role, maxsplit=1)[0].strip() == position:
            return start, start + len(key), _person_label(person.name, person.role)
    return start, start + len(key), position


def _mention_label(analysis: Analysis, entity: Entity, people: list[Person]) -> str | None:
    if entity.type == "organisation":
        name = safe_english(english_name(entity), analysis)
        return short_org(name) if name and READABLE.search(name) else None
    named = _lookup_person(analysis, entity) or entity
    name = safe_english(english_name(named), analysis)
    person = next((p for p in people if p.name == name), None)
    return _person_label(name, person.role if person else None) if name else None


SAYER_WORDS = 7
"""'<who said it>: <who acts>' only within this many words (the action and the figure must fit too)."""
_JOINED = re.compile(r"\s*(?:[-–,/&]|และ|กับ|ร่วมกับ)\s*")
"""What joins two bodies that act together before the verb."""


def actor_of(analysis: Analysis, people: list[Person], verb_pos: int | None) -> str:
    """Who did it: the person, body or position the headline names nearest before its verb (a
    position's own ministry, 'รัฐมนตรีว่าการกระทรวงยุติธรรม', belongs to the position), else the
    first person the release gives a role, else the first organisation."""
    limit = verb_pos if verb_pos is not None else 40
    mentions = sorted((e for e in analysis.entities + analysis.references
                       if e.field == "title" and e.type in ("person", "organisation")), key=lambda e: e.start)
    role = _title_role(analysis.title, people, limit)
    candidates: list[tuple[int, str]] = []
    ends: dict[int, int] = {}
    short: dict[str, str] = {}
    previous: Entity | None = None
    for entity in mentions:
        if entity.start >= limit or (role and role[0] <= entity.start <= role[1] + 2):
            continue
        if re.search(r"ในฐานะ\s*\S{0,8}$", analysis.title[max(entity.start - 20, 0):entity.start]):
            continue  # 'วิษณุ ในฐานะ ค.ต.ป.อก.': the body he acts for, not the actor
        after_body = (previous is not None and previous.type == "organisation" and entity.type == "organisation"
                      and previous.end <= entity.start and not analysis.title[previous.end:entity.start].strip())
        previous = entity
        if after_body:
            continue  # 'กรมเจ้าท่า กระทรวงคมนาคม': the department acts, the ministry says whose it is
        if label := _mention_label(analysis, entity, people):
            candidates.append((entity.start, label))
            ends[entity.start] = entity.end
            if found := re.search(r"\(([A-Z][A-Za-z]{1,9})\)$", entity.english or ""):
                short[label] = found.group(1)
    if role:
        candidates.append((role[0], role[2]))
        ends[role[0]] = role[1]
    if candidates:
        pos, label = max(candidates)
        partner = [c for c in candidates if c[0] < pos and c[1] != label and c[1] not in label
                   and _JOINED.fullmatch(analysis.title[ends.get(c[0], c[0]):pos])]
        if partner:
            # 'พม. - สธ. จับมือ...', 'กรมการค้าภายในและกรมปศุสัตว์ ตรวจ...': two bodies joined act together
            # (by their acronyms when both names would crowd the action out)
            one, two = partner[-1][1], label
            if word_count(one) + word_count(two) > SAYER_WORDS:
                one, two = short.get(one, one), short.get(two, two)
            if word_count(one) + word_count(two) <= SAYER_WORDS:
                return f"{one} and {two}"
        # 'รมว.นฤมล เผย ผอ.ใหญ่ FAO พร้อมสนับสนุน...': who said it, then who acts in what was said
        said = [v.start for v in verbs_of(analysis)
                if analysis.title[v.start:v.end] in glossary().get("sayings", {}) and v.start < pos]
        sayers = [c for c in candidates if said and c[0] < said[-1]]
        sayer = max(sayers)[1] if sayers else None
        if sayer and label != sayer and word_count(sayer) + word_count(label) <= SAYER_WORDS:
            return f"{sayer}: {label}"
        return label
    if verb_pos is not None and (subject := _noun_subject(analysis.title, verb_pos)):
        return subject
    # The headline names no subject ('ดีเดย์!! ตรวจคัดกรองแรงงาน...'): the issuing agency, i.e. the first
    # organisation the body's opening names, else the first person the release gives a role. When the
    # headline opens with its topic instead ('โครงการสินเชื่อ IGNITE THAILAND สนับสนุน SMEs'), the gist
    # says whose release it is, then the topic as the subject: 'Cabinet: IGNITE THAILAND loans project'.
    agency = _issuer(analysis, people)
    topic = _opening_topic(analysis, verb_pos) if verb_pos is not None else None
    return f"{agency}: {topic}" if topic else agency


def _opening_topic(analysis: Analysis, verb_pos: int) -> str | None:
    """The noun phrase a headline opens with right up to its verb, in English, when every Thai word of
    it is glossed (else it would say less than the headline)."""
    latin = re.compile(r"[A-Za-z0-9]")
    head = [w for w in words(analysis.title) if w.end <= verb_pos and (is_content(w) or latin.match(w.text))]
    between = [w for w in words(analysis.title) if head and head[-1].end <= w.start and w.end <= verb_pos]
    if not head or any(w.text not in _DEMONSTRATIVES for w in between) or "!" in analysis.title[:verb_pos]:
        return None  # a demonstrative ('ปีนี้') may close the topic; an exclamation ('ดีเดย์!!') is none
    if any(not w.english and not latin.match(w.text) for w in head) or any(w.part == "verb" for w in head):
        return None
    topic, _, _ = object_of(analysis, None, stop=verb_pos)
    if not topic or word_count(topic) > 6:
        return None
    return topic[:1].upper() + topic[1:]


def _issuer(analysis: Analysis, people: list[Person]) -> str:
    """Whose release it is: the first organisation of the body's opening, else the first person with a
    role, else any name the headline gives, else the government."""
    mentions = sorted((e for e in analysis.entities + analysis.references
                       if e.field == "title" and e.type in ("person", "organisation")), key=lambda e: e.start)
    lead = [e for e in analysis.entities if e.field == "body" and e.type == "organisation" and e.start < 400]
    for entity in sorted(lead, key=lambda e: e.start):
        if label := _mention_label(analysis, entity, people):
            return label
    for person in people:
        if person.role:
            return _person_label(person.name, person.role)
    for entity in mentions:
        if label := _mention_label(analysis, entity, people):
            return label
    if people:
        return people[0].name
    orgs = distinct_names(analysis.entities, "organisation", analysis, limit=1)
    return short_org(orgs[0]) if orgs else "The government"


def _noun_subject(title: str, verb_pos: int) -> str | None:
    """A subject the headline gives as a noun of headwords.toml [agent] right before its verb
    ('...ต่อเนื่องรัฐบาลสั่ง...': 'The government'), or as glossed nouns opening it up to its verb
    ('รัฐบาลรับ...'), in English order."""
    table = agents()
    before = [w for w in words(title) if w.end <= verb_pos and is_content(w)]
    if not before:
        return None
    pos = verb_pos
    for w in reversed(before):  # back over verbs glued to the main one ('รัฐบาลเปิดขาย')
        if title[w.end:pos].strip():
            break
        if w.part == "verb":
            pos = w.start
            continue
        glued = [x for x in before if x.end == w.start]
        if w.text in table and not (glued and glued[-1].part == "noun"):  # not 'เศรษฐกิจไทย': a modifier
            english = table[w.text]
            return english[:1].upper() + english[1:]
        break
    if before[0].text not in table or len(before) > 3:
        return None
    if any(w.part not in ("noun", "modifier") or not w.english for w in before[1:]):
        return None
    if title[:before[0].start].strip(" “”\"'‘’!"):
        return None
    group = _group_english([table[before[0].text]] + [w.english for w in before[1:] if w.english])
    return group[:1].upper() + group[1:] if group else None


def _title_latin(analysis: Analysis, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Latin-script words in the headline that name no organisation or person and are not already a
    glossary topic (`taken`): topics as written ('Digital GDP', 'ODOS')."""
    taken = taken + [(e.start, e.end) for e in analysis.entities + analysis.references if e.field == "title"]
    out = []
    for m in re.finditer(r"[A-Za-z][A-Za-z0-9&.’'\-]*(?: [A-Za-z][A-Za-z0-9&.’'\-]*)*", analysis.title):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        text = safe_english(m.group(0).strip(".-"), analysis)
        if text:
            out.append((m.start(), m.end(), text))
    return out


def english_headline(analysis: Analysis) -> str | None:
    """The headline itself when the release is in English (the site's "Government News" items), if
    it fits a gist and states no number the Analysis lacks."""
    title = " ".join(analysis.title.split()).rstrip(". ")
    if not title or THAI.search(title) or word_count(title) > GIST_WORDS:  # the figure goes when it does not fit
        return None
    if check_numbers(title, analysis):  # 'France 24': a number that is no figure is left out
        title = " ".join(w for w in title.split() if not check_numbers(w, analysis))
    return safe_english(title, analysis)


@functools.lru_cache(maxsize=1)
def _modifiers_only() -> frozenset[str]:
    """English words headwords.toml gives only as modifiers (no noun or verb reads so): 'strict', 'main'."""
    table = headwords()
    others = {english for part, english in table.values() if part != "modifier"}
    return frozenset(english for part, english in table.values()
                     if part == "modifier" and " " not in english and english.islower() and english not in others)


_POSTPOSITIVE_MODIFIERS = {"nationwide", "abroad", "ahead", "again", "along", "overseas", "together", "online",
                           "worldwide", "first", "more", "less", "alone", "all", "both"}
"""Modifiers English puts after a noun or a verb ('governors nationwide', 'working abroad')."""


_NOMINAL_ADJECTIVES = {"public", "poor", "elderly", "young", "disabled", "sick", "injured", "unemployed",
                       "vulnerable", "needy", "homeless", "deceased", "wounded", "latest", "best", "underprivileged"}
"""Modifiers that English uses as nouns after 'the' ('warns the public', 'helps the elderly')."""


_VAGUE = "matters?|events?|works?|activities|activity|areas?|issues?|cases?|parts?|things?|points?|stuff"
"""Nouns too vague to be a second clause's whole object ('and upgrades the event')."""


def _gated(action: str) -> str:
    """The action with no noun phrase that ends in a bare modifier ('controls the waterborne safety strict':
    Thai put 'เข้ม' after the verb as an adverb; 'focuses on the main' where the noun was a figure's): the
    modifier goes when what is left still ends in a noun, else the clause goes, else only the verb stays. A
    gist that is shorter and true reads better than one a reader cannot parse."""
    bad = _modifiers_only() - _POSTPOSITIVE_MODIFIERS
    action = re.sub(r" in (?:the )?areas?(?= and |$)", "", action)  # 'listens to problems in area': says nothing
    clauses = action.split(" and ")
    kept: list[str] = []
    for i, clause in enumerate(clauses):
        segments = re.split(r"( to [a-z]+(?: up| out| over| on| in)? )", clause)
        out: list[str] = []
        dropped = False
        for j, seg in enumerate(segments):
            if dropped:
                continue
            if j % 2:
                out.append(seg)
                continue
            ws = seg.split()
            nominal = len(ws) >= 2 and ws[-2] == "the" and ws[-1] in _NOMINAL_ADJECTIVES  # 'the public'
            if ws and ws[-1] in bad and not nominal and (i > 0 or j > 0 or len(ws) > 2):
                rest = ws[:-1]
                if rest and rest[-1][:1].isupper():
                    out.append(seg)  # 'President deputy': what qualifies a name changes who it is; left as read
                    continue
                if rest and rest[-1] not in ("the", "a", "an", "on", "of", "for", "to", "in", "with", "about", "over"):
                    out.append(" ".join(rest))
                    continue
                dropped = True
                if out:
                    out.pop()  # the purpose verb before the dropped phrase goes with it
                continue
            out.append(seg)
        text = "".join(out).strip()
        if dropped and not out:
            text = ""
        if i > 0 and re.fullmatch(rf"(?:[a-z]+(?: up| out| over| on| in)? )?(?:the |a )?(?:{_VAGUE})", text):
            text = ""  # '... seminar and matter', '... and upgrades the event': a clause of a vague noun says nothing
        if text:
            kept.append(text)
        elif i == 0:
            kept.append("")
    if kept and not kept[0]:
        rest = [k for k in kept[1:] if k]
        return " and ".join(rest) if rest else ""
    return " and ".join(k for k in kept if k)


def action_of(analysis: Analysis, phrases: list[str]) -> tuple[str, int | None]:
    """What was done, passed through `_gated`; see `_action_of`."""
    action, pos = _action_of(analysis, phrases)
    gated = _gated(action)
    return (gated, pos) if gated else (_BARE.sub("", action.split()[0]) if action else "", pos)


def _action_of(analysis: Analysis, phrases: list[str]) -> tuple[str, int | None]:
    """What was done: the headline's verb and its object phrase ('supports the halal food festival').

    An English event name the release gives wins as the object when the headline names an event or
    holds a meeting ('holds the second Thai–China Ministerial Dialogue'); otherwise the object is the
    headline's own phrase after its verb (`object_of`), and failing that its glossary topics."""
    title = analysis.title
    verb = find_verb(analysis)
    squashed_title = re.sub(r"\s+", " ", title).lower()
    event = next((p for p in phrases if p.lower() in squashed_title and word_count(p) >= 2
                  or 3 <= word_count(p) <= 12 and "," not in p and _EVENT.search(p)), None)
    if event and event.split()[0] in ("The", "the"):
        event = "the " + " ".join(event.split()[1:])
    if event and (verb is None or verb.english in _MEETING_VERBS):
        return f"holds {event}", verb.start if verb else None
    obj = ""
    end = 0
    stop: int | None = None
    for candidate in _main_verbs(analysis)[:3]:
        obj, obj_start, end = object_of(analysis, candidate)
        if obj and _not_its_object(analysis, candidate, obj_start, obj):
            continue
        gap = first_gap(analysis, obj_start, end) if obj else None
        before_gap = object_of(analysis, candidate, stop=gap)[0] if gap is not None and _clean_cut(analysis.title, gap) else ""
        for shorter in (0, -1):
            if gap is None:
                break
            # 'โครงการแก้ไขปัญหา<unglossed>...': a purpose clause with a word the glossary cannot read is
            # left out; the nouns of the object are kept whatever they lack
            cut, _, cut_end = object_of(analysis, candidate, joins=shorter)
            if cut and cut_end <= gap:
                obj, stop = cut, gap
                break
        if gap is not None and word_count(before_gap) > word_count(obj):
            # 'โครงการแก้ไขปัญหาลิงแสมพระนครคีรี': Thai puts what qualifies a noun after it, so the words before
            # an unread one are whole; the object may stop there when that says more than the object's
            # nouns alone ('the project to solve problems of macaques', not 'the project')
            obj, stop = before_gap, gap
        if obj:
            verb = candidate
            lead_in = _lead_in(analysis, candidate, obj_start)
            if lead_in is not None:
                joint = f"{_BARE.sub('', candidate.english)} to {base_form(_BARE.sub('', lead_in.english))} {_with_article(obj)}"
                if word_count(joint) <= ACTION_WORDS:
                    # 'จับมือ เปิด แพลตฟอร์ม': the object is the next verb's ('join forces to open the platform')
                    return joint, candidate.start
            break
    if not obj and verb is None:
        obj, _, _ = object_of(analysis, None)  # a headline with no verb is a noun phrase: its topic
    if not obj:
        glossed = _topics(title)
        hits = glossed + _title_latin(analysis, [(s, e) for s, e, _ in glossed])
        topics: list[str] = []
        for _, _, word in sorted(hits):
            if not any(word.lower() in t.lower() or t.lower() in word.lower() for t in topics):
                topics.append(word)
        obj = join_words(topics[:3])
    if verb and obj and f" {CAUSATIVE} " in f" {obj} ":
        # 'แก้กฎหมายให้อาคารที่พักอื่น ประกอบธุรกิจโรงแรมขนาดเล็กได้': the next clause is what the law lets
        # them do ('amends the law to let accommodation buildings run small hotels'); with none the
        # object stops before 'to let' (letting them do what is not said)
        more = _second_clause(analysis, verb, end)
        head, _, let = obj.partition(f" {CAUSATIVE} ")
        if more and word_count(f"{verb.english} {obj} {more}") <= ACTION_WORDS:
            head = head if re.match(r"(?:the|a|an) |[A-Z]", head) or head.endswith("s") else f"the {head}"
            return f"{verb.english} {head} {CAUSATIVE} {let} {base_form(more)}", verb.start  # 'the law', one
        obj = head
    if verb and obj and (told := _told(analysis, verb)):
        return told, verb.start
    if verb and obj:
        action = f"{verb.english} {_with_article(obj)}"
        if verb.english == "holds a meeting on" and obj.split()[0].lower() in _BODIES:
            action = f"holds a meeting of {_with_article(obj)}"  # 'จัดประชุมคณะกรรมการ...': the committee meets
        # 'สั่งการ/กำชับ พณ. ดูแล...': the command names who carries it out, then what: 'orders MOC to look
        # after ...', not 'orders action on MOC to ...' (which reads as action against MOC)
        action = _ORDERED.sub(r"orders \1 to ", action)
        # The headline's next clause often says what the first only announces ('ครม. เห็นชอบร่าง
        # กฎกระทรวง... ลดภาษีน้ำมันดีเซล'): it follows after 'and', the first object then without its
        # purpose clause, when both fit.
        # 'สั่งการฝ่ายปกครองจังหวัด สนธิกำลัง...': who is ordered, then what they are to do
        ordered = verb.english.startswith("orders") and (_names_next(analysis, verb.end)
                                                         or verb.english == "orders action on")
        more = _second_clause(analysis, verb, end, bare=ordered)  # only a clause after the whole object
        if more and not ordered and verb.english.split()[0] in _TELLING | _APPRAISING:
            more = None  # 'เตือนประชาชน... ตรวจสอบ...': what the public is told to do, not what the actor did
        link = " and "
        if more and ordered:
            verb = replace(verb, english="orders")  # 'สั่งการ พณ. มท. เร่งช่วยเหลือ...': orders MOC and MOI to help
            link = " to "
            more = base_form(more)
        joins = (-1,) if link == " to " else (1, 0, -1)  # 'orders MOC to help', no purpose clause between
        firsts = [object_of(analysis, verb, stop=stop, joins=j)[::2] for j in joins] if more else []
        for first in firsts:
            both = f"{verb.english} {_with_article(_BARE.sub('', first[0]))}{link}{more}"
            if _names_in(obj) > _names_in(first[0]) + _names_in(more or ""):
                break  # 'ชวนคนไทยทำงานมาเก๊า': a shorter object would lose a name the next clause has no match for
            if first[0] and word_count(both) <= ACTION_WORDS:
                action = both
                break
        public = re.fullmatch(r"(\w+) (?:the public|people) (?:to|about)", verb.english)
        if public and action.startswith(verb.english + " ") and (_a_party(analysis, obj) or _PEOPLE.search(obj)):
            # 'ชวนเยาวชน', 'เตือนโน๊ต อุดม': who is invited or warned is named ('invites young people', 'warns Udom
            # Taephanit'), not 'invites the public to young people'
            action = f"{public.group(1)} {action[len(verb.english) + 1:]}"
        if _PARTNERING.match(verb.english) and _a_party(analysis, obj) and action.startswith(verb.english + " "):
            # 'บีโอไอจับมือพันธมิตร', 'จับมือ ธ.ก.ส.': one joins forces with a party, on a thing
            action = f"{verb.english[:-3]} with {action[len(verb.english) + 1:]}"
        return action, verb.start
    if obj:
        return f"reports on {obj}", None
    if verb and word_count(bare := _BARE.sub("", verb.english)) >= 2:
        return bare, verb.start  # 'presides over an event on' with no topic: 'presides over an event'
    if verb:
        return _BARE.sub("", verb.english), verb.start
    return "", None


_BODIES = {"committee", "board", "council", "subcommittee", "commission", "working", "panel", "cabinet"}
"""Bodies that meet: 'holds a meeting of the committee', not 'on' it."""

_TELLING = {"warns", "urges", "invites", "asks", "advises", "calls", "encourages", "persuades"}
"""Verbs whose next clause says what the hearers are to do ('warns the public ... check'), so it is not
the actor's own second action."""

_APPRAISING = {"praises", "thanks", "congratulates", "commends", "admires", "honours", "criticises"}
"""Verbs whose next clause says what the one praised did ('ชื่นชมกระทรวงมหาดไทย... มุ่งมั่นขับเคลื่อน...'),
not the actor's own second action."""

_TOLD = {"presses", "urges", "asks", "orders", "instructs", "encourages", "calls", "assigns", "tasks", "advises"}
"""Verbs that name who is told, then what they are to do: 'จี้เอกชนเร่งปรับตัว' presses the private sector
to adapt."""


def _told(analysis: Analysis, verb: Verb) -> str | None:
    """'<verb> <who> to <do what>' for a verb of telling whose object is who is told and whose next verb,
    glued or after a space, says what they are to do ('กำชับหน่วยงานเกี่ยวข้องอำนวยความสะดวกผู้เดินทาง':
    orders agencies to facilitate travellers); None when either part has a word the glossary cannot read
    or another subject comes between (then the plainer forms are used)."""
    head, *more = verb.english.split()
    inviting = head == "invites" and " ".join(more) in ("the public to", "people to")  # 'ชวนเด็กๆ สัมผัส...'
    sending = verb.english in ("hands over", "sends") and _names_next(analysis, verb.end, quotes=True)
    partnering = bool(_PARTNERING.match(verb.english))  # 'กรุงไทย ผนึก “CPP” พัฒนาแพลตฟอร์ม'
    if inviting or sending or partnering:
        more = []
    if (head not in _TOLD and not (inviting or sending or partnering)) or more[:1] not in ([], ["on"], ["action"], ["upon"]):
        return None  # 'presses ahead with the project' tells no one anything
    hearer, start, end = object_of(analysis, verb, joins=-1)
    if not hearer or word_count(hearer) > 4 or first_gap(analysis, start, end) is not None:
        return None
    title = analysis.title
    light = light_verbs()
    nxt = next((v for v in verbs_of(analysis) if v.start >= end), None)
    if nxt is None or title[nxt.start:nxt.end] in glossary().get("sayings", {}):
        return None
    between = [w for w in words(title) if end <= w.start and w.end <= nxt.start]
    if any(w.text not in light and is_content(w) for w in between) or len(title[end:nxt.start]) > 12:
        return None  # only a light verb ('เร่ง') may stand between who is told and what they are to do
    obj, first, last = object_of(analysis, nxt, joins=0)
    if any(w.part == "verb" and nxt.end <= w.start < first for w in words(title)):
        obj = ""  # 'ปรับตัวรับการค้า': a verb between leaves the object to it ('to adapt', not 'adapt trade')
    gap = first_gap(analysis, nxt.end, last) if obj else None
    if gap is not None:
        obj = object_of(analysis, nxt, stop=gap, joins=0)[0] if _clean_cut(title, gap) else ""
    do = base_form(nxt.english) if obj else _BARE.sub("", base_form(nxt.english))
    if not obj and do != base_form(nxt.english):
        return None  # 'to look after' with nothing after it reads unfinished
    if obj and _repeats(obj, [do]):
        obj = ""  # 'สัมผัสประสบการณ์': 'to experience', not 'to experience the experience'
        if do != base_form(nxt.english):
            return None
    told_verb = "orders" if head == "orders" else "invites" if inviting else _BARE.sub("", verb.english)
    if sending:
        told_verb = "assigns" if head == "hands" else "sends"  # 'มอบ “ธนกร” ลงพื้นที่': assigns Thanakorn to visit
    if partnering:
        if not _a_party(analysis, hearer):
            return None
        told_verb = f"{verb.english[:-3]} with"  # 'joins forces with CPP to develop the platform'
    if told_verb.endswith((" the public", " people")):
        return None
    action = f"{told_verb} {_with_article(hearer)} to {do}"
    if obj:
        action += f" {_with_article(obj)}"
    return action if word_count(action) <= ACTION_WORDS else None


_EMPTY_VERBS = {"does", "do", "makes", "make", "has", "have", "is", "be", "gets", "get"}
"""Verbs too general to open the gist's second clause: what they do depends on words the gist leaves out."""

_ORDERED = re.compile(r"^orders action on ((?:the )?[A-Z][^ ]*(?: (?:and )?[A-Z][^ ]*)*) to ")

ACTION_WORDS = 13
"""An action of two clauses ('screens workers in factories and fears a COVID-19 outbreak') is kept only
within this many words (the gist has the actor and the key figure to fit too)."""
SECOND_WORDS = 6
"""The second clause's object has at most this many words."""


def _lead_in(analysis: Analysis, verb: Verb, obj_start: int) -> Verb | None:
    """The verb after a space between a verb ending in a preposition ('จับมือ' joins forces on) and the
    object (`object_of` skips it): the object is that verb's, and the first verb says how it was done."""
    if not _BARE.search(verb.english) or verb.english in _MEETING_VERBS:
        return None
    title = analysis.title
    for v in verbs_of(analysis):
        if verb.end <= v.start and v.end <= obj_start and title[verb.end:v.start].isspace() \
                and title[v.start:v.end] not in glossary().get("sayings", {}):
            return v
    return None


_PEOPLE = re.compile(r"^(?:the )?(?:[a-z-]+ )*(?:people|children|youth|students|farmers|workers|residents|tourists|"
                     r"volunteers|parents|teachers|entrepreneurs|consumers|employers|women|men|elderly|citizens)(?: |$)")
_PARTNERING = re.compile(r"^(?:joins forces|teams up|cooperates|works together|partners) on$")
_PARTIES = {"partners", "partner", "network", "networks", "agencies", "private sector", "alliance", "allies"}


def _a_party(analysis: Analysis, obj: str) -> bool:
    """Whether an object is someone to work with: a name (capitalised), an [agent] noun or a partner word."""
    first = re.split(r" (?:and|to|on|in|for|with) ", obj, maxsplit=1)[0]
    return first[:1].isupper() or first in _PARTIES or first in set(agents().values()) \
        or first.removeprefix("the ") in {a.removeprefix("the ") for a in agents().values()}


def _main_verbs(analysis: Analysis) -> list[Verb]:
    """The verbs to try for the gist's action, in order: `verbs_of`, except that a saying the headline
    opens with comes first when what it says is a noun phrase running over the first action
    ('ขบ. ยืนยันร่างกฎกระทรวงว่าด้วยรถยนต์รับจ้าง...': it confirms a draft regulation, 'รับจ้าง' is part of
    the regulation's name), not a clause with its own subject ('... เผย ครม. อนุมัติ ...')."""
    verbs = verbs_of(analysis)
    sayings = set(glossary().get("sayings", {}).values())
    actions = [v for v in verbs if v.english not in sayings or analysis.title[v.start:v.end] not in
               glossary().get("sayings", {})]
    said = [v for v in verbs if v not in actions]
    if not said or not actions or said[0].start > actions[0].start:
        return verbs
    saying = said[0]
    if _subject_between(analysis, saying.end, actions[0].start):
        return verbs
    said_first = any(saying.end <= w.start < actions[0].start and w.part in ("noun", "modifier")
                     for w in words(analysis.title))  # 'เผยลงทุน...': the action is what was said
    obj, _, last = object_of(analysis, saying)
    nominal = re.match(r"\s*(?:ความ|การ)", analysis.title[saying.end:]) is not None
    if said_first and obj and (last >= actions[0].start or nominal):
        # 'นายกฯ ย้ำความโปร่งใส สุจริต... พัฒนา...': what is stressed is a noun ('transparency'), the point
        return [saying, *[v for v in verbs if v is not saying]]
    return verbs


def _subject_between(analysis: Analysis, start: int, end: int) -> bool:
    """Whether a person, an organisation, a position or an [agent] noun stands between two verbs."""
    if any(start <= e.start < end for e in analysis.entities + analysis.references
           if e.field == "title" and e.type in ("person", "organisation")):
        return True
    table = agents()
    if any(w.text in table for w in words(analysis.title) if start <= w.start < end):
        return True
    return any(k in analysis.title[start:end] for k in glossary().get("roles", {}))


_CLAUSE_START = re.compile(r"(?:^|[\s\"“”'‘’!,]|พร้อม(?:ทั้ง)?|และ|รวมทั้ง|ทั้งยัง|ก่อน|หลัง)$")


def _names_in(text: str) -> int:
    """How many names (capitalised words) an English phrase carries: what a gist should not drop."""
    return sum(1 for w in text.split() if w[:1].isupper())


def _names_next(analysis: Analysis, pos: int, quotes: bool = False, kinds: tuple[str, ...] = ("person", "organisation")) -> bool:
    """Whether a person or an organisation follows `pos` at once (the one a command is given to); with
    `quotes`, only a person, past opening quotes ('มอบ “ธนกร”')."""
    skip = " “\"‘'" if quotes else " "
    kinds = ("person",) if quotes else kinds
    return any(e.field == "title" and e.type in kinds
               and 0 <= e.start - pos and not analysis.title[pos:e.start].strip(skip)
               for e in analysis.entities + analysis.references)


def _verb_run_start(title: str, start: int) -> int:
    """Where the run of verbs glued before `start` begins ('ร่วมจัดทำ', 'เร่งสอบ': the light verb's start)."""
    ws = words(title)
    light = light_verbs()
    pos = start
    for w in reversed([w for w in ws if w.end <= start]):
        if w.end != pos or not (w.part == "verb" or w.text in light):
            break
        pos = w.start
    return pos


def _verb_after_space(title: str, start: int, end: int) -> bool:
    """Whether a verb stands after a space between `start` and `end` (a verb glued to the one before,
    'เร่งช่วยเหลือ', is one action; after a space it starts another clause)."""
    pos = start
    for w in words(title):
        if w.start < start or w.end > end or not re.search(r"[\u0e01-\u0e4eA-Za-z0-9]", w.text):
            continue
        if w.part == "verb" and title[pos:w.start] and not re.search(r"[\u0e01-\u0e4eA-Za-z0-9]", title[pos:w.start]):
            return True  # after a space or a dash ('เสริมเงินทุน-ปราบ...')
        pos = w.end
    return False


def _second_clause(analysis: Analysis, verb: Verb, after: int, bare: bool = False) -> str | None:
    """The headline's next clause after the object (`after`), as '<verb> <object>': 'ครม. เห็นชอบร่าง
    กฎกระทรวง... ลดภาษีสรรพสามิตน้ำมันดีเซล' -> '... and cuts the excise tax on diesel'. Only a verb
    that opens a clause (after a space, or 'พร้อม' and so on) and has its own object; no saying."""
    sayings = glossary().get("sayings", {})
    title = analysis.title
    for v in verbs_of(analysis):
        if v.start < max(after, verb.end) or title[v.start:v.end] in sayings or title[v.start:v.end] in light_verbs():
            continue  # a light verb left alone ('ร่วม มูลค่า...') says little
        if v.english.split()[0] in _EMPTY_VERBS:
            continue  # 'ทำ 22 อุตสาหกรรม...': 'does competition' says nothing a reader can use
        if not _CLAUSE_START.search(title[:_verb_run_start(title, v.start)]):
            continue  # 'เพื่อนเสียชีวิต': a verb glued to a noun qualifies it, it opens no clause
        if _subject_between(analysis, max(after, verb.end), v.start):
            return None  # another subject: another story
        obj, first, last = object_of(analysis, v, joins=0)
        if any(v.end <= x.start < first for x in analysis.figures + analysis.dates if x.field == "title"):
            return None  # 'เริ่ม 9 ธ.ค. นี้ ขณะที่ ...': a date stands first, what follows is another clause
        if first_gap(analysis, v.end, last) is not None:
            return None  # a clause with a word the glossary cannot read garbles more than it says
        if _verb_after_space(title, v.end, first):
            return None  # 'จ่อยกระดับ ชี้ จ้างงาน...': another verb's clause before the object ('plans employment')
        obj = _BARE.sub("", " ".join(obj.split()[:SECOND_WORDS]))
        if obj and _GOVERNS.match(obj.split()[0]):
            return None  # 'แยก ทล.4103 เลียบคลอง': 'separates along the canal' is no clause a reader can parse
        if not obj and bare:
            return _BARE.sub("", v.english)  # 'orders OCPB to explain': what is ordered needs no object
        return f"{v.english} {_with_article(obj)}" if obj else None
    return None


LEAD_SENTENCES = 4
"""A headline with no object ('การตรวจราชการ ณ จังหวัดสระแก้ว') is read from the first of this many body
sentences that has one."""


def _has_object(analysis: Analysis) -> bool:
    verbs = _main_verbs(analysis)
    return any(object_of(analysis, v)[0] for v in verbs[:3]) if verbs else bool(object_of(analysis, None)[0])


def headline_view(analysis: Analysis) -> Analysis:
    """What the gist reads as the headline: the headline itself, or, when it names no action with an
    object (a bare heading: 'การตรวจราชการ ณ จังหวัดสระแก้ว', 'ความคืบหน้าสถานการณ์...'), the first
    sentence of the body's opening that does, as an Analysis whose title is that sentence (its names,
    figures and dates moved with it), so its subject, verb and object are read the same way."""
    if english_headline(analysis) or _has_object(analysis):
        return analysis
    for start, end in analysis.sentences[:LEAD_SENTENCES]:
        text = analysis.body[start:end]
        if len(text.strip()) < 30 or not THAI.search(text) or not verbs_of_text(text):
            continue

        def moved(items: list, start: int = start, end: int = end) -> list:  # type: ignore[type-arg]
            return [replace(x, field="title", start=x.start - start, end=x.end - start) for x in items
                    if x.field == "body" and start <= x.start and x.end <= end]

        lead = Analysis(title=text, body=analysis.body, entities=moved(analysis.entities) + [
            e for e in analysis.entities if e.field == "body"], references=moved(analysis.references),
            figures=moved(analysis.figures), dates=moved(analysis.dates), sentences=analysis.sentences,
            version=analysis.version)
        if verbs_of(lead) and _has_object(lead):
            return lead
    return analysis


def verbs_of_text(text: str) -> bool:
    """Whether a text has a glossed verb at all (a quick test before building a view of it)."""
    return any(w.part == "verb" for w in words(text[:300]))


_LEAD_KIND = {"money": 0, "percent": 1, "count": 2, "quantity": 3}
_LEAD_PARAGRAPHS = 3
_LEAD_CHARS = 800
"""The key figure, when the headline gives none, is the largest sum of money in this many paragraphs of
the body (after the date and headline lines): what the release leads with."""


def _lead_end(analysis: Analysis) -> int:
    """Where the body's first paragraphs end: the end of the third line of 80 characters or more, and
    no sooner than _LEAD_CHARS (some releases break every clause onto its own short line)."""
    pos, seen = 0, 0
    for line in analysis.body.split("\n"):
        pos += len(line) + 1
        if len(line.strip()) >= 80:
            seen += 1
            if seen == _LEAD_PARAGRAPHS:
                break
    return max(pos, _LEAD_CHARS)


def lead_figure(figures: list[KeyFigure], analysis: Analysis | None = None) -> KeyFigure | None:
    """The key figure: one the headline gives if any (the headline's writer chose it; a sum of money,
    else a percentage, a count, a quantity), else the largest sum of money of the body's first
    paragraphs, else the first figure by the same order. A fee, a fine or a rate (`KeyFigure.minor`)
    never outranks a budget or a total; a count under ten comes after the rest."""
    if not figures:
        return None

    def rank(f: KeyFigure) -> tuple[bool, bool, bool, int, int]:
        small = f.figure.kind in ("count", "quantity") and f.figure.value < 10
        return f.figure.field != "title", f.minor, small, _LEAD_KIND.get(f.figure.kind, 4), f.figure.start

    titled = [f for f in figures if f.figure.field == "title"]
    if titled:
        return min(titled, key=rank)
    if analysis is not None:
        end = _lead_end(analysis)
        money = [f for f in figures if f.figure.kind == "money" and f.figure.field == "body" and f.figure.start < end
                 and not f.minor]
        if money:
            return max(money, key=lambda f: (f.figure.unit == "THB", float(f.figure.value)))
    return min(figures, key=rank)
