"""The one-line gist's parts: actor, action, object, place and key figure, from the headline.

- headline (`headline_view`): the headline, or when it names no action with an object (a bare heading,
  'การตรวจราชการ ณ จังหวัดสระแก้ว') the first body sentence that does, read the same way.
- actor (actor.py, `actor_of`): the person, body or position the headline names nearest before its
  verb, in English; who said it first when the action is reported; else an [agent] noun before the
  verb; else the issuing agency, with the headline's opening topic when it has one.
- action (action.py, `action_of`): the headline's verb (verbs.py, `verbs_of`) and its object phrase
  (object_phrase.py, `object_of`: nouns and modifiers of headwords.toml put in English order by
  grammar.py), then the headline's next clause after 'and' when both fit; what does not read as
  English is left out rather than written.
- where (`place_of`): the first place the headline names after its verb, else the meeting of a body
  ('ในที่ประชุมอาเซียน': 'the ASEAN meeting').
- key figure (`lead_figure`): the headline's, else the largest sum of money of the first paragraphs; a
  fee or a fine never first.
An English headline (the site's "Government News" items) is used as it is.

Rules added over the sessions, and where they live: a noun before another is singular or its adjective
('face mask prices', 'provincial officials'), an acronym is said once, 'ทุก'+noun is 'all <plural>' and
'ทั่วประเทศ' follows its plural noun (grammar.py); a dash lists nouns, a modifier ending in a
preposition ('ไร้' free of, 'เลียบ' along) governs the words after it, a count of the noun's parts
qualifies it ('a 4-lane road'), a group of modifiers with no noun ('explain urgent') or a noun said again
('the page fake page') ends the phrase, a quoted Thai title with a Latin name is reduced to it ('the
panel discussion on PDPA') and a quoted slogan of two phrases is not glossed, a causative 'ให้' lets
the second noun do the next clause ('amends the law to let ... run ...') (object_phrase.py); a negated
verb ('ไม่นิ่งนอนใจ'), a short opening cry ('เริ่มแล้ววันนี้ !!!') and verbs glued after 'การ' are no
action (verbs.py); two bodies joined by '-' or 'และ' before the verb act together (actor.py); an order
names who carries it out ('orders MOC to ...'), a verb of telling names who is told and what to do, and
a final gate drops what it cannot mend (action.py). Word senses come from the words around them
(headwords.toml [senses], words.sense_of) and Latin names written with a space are one word
(words.spaced). Session 5 (bench/gists5): a post held for a position ('ที่ปรึกษา รมว.', 'เลขานุการ', 'โฆษก') is
not its holder, and the person named right after a position holds it (actor.py); 'ร่วมประชุม' attends, 'หารือ'
+ a person or body talks with them, an English phrase far after a meeting verb is no event held
(action.py); a place after 'กับ'/'ระหว่าง' is a partner ('with Japan') and a country paired by a dash
('ไทย–กัมพูชา') no where (`place_of`); a body percentage nothing names as a rate is no key figure (offline.py).
Session 6 (bench/gists6): a saying's reported clause opening with a place or an [agent] noun is theirs ('Spokesperson:
Bangkok welcomes'), a post's holder named after the verb or abroad is no actor, a post opening a headline with no
named subject is the actor, a speech headline's speaker speaks or gives a speech (actor.py); 'มอบ' + a post assigns
its holder, 'cooperates with' a party in any clause, verbs after a request are the hearers', a clause repeating the
first verb is dropped (action.py); a country after a post says whose it is, a verb after the relative 'ที่' qualifies
its noun ('hotels joining the project') (object_phrase.py); a verb after 'ผู้' or glued inside a nominal run is no
action (verbs.py); two places joined by a dash are both where, a line's section none, a radio programme's opening
line no action (here).
Session 17 (bench/gists14): a count right after the verb is its object ('announces 7 measures to help ...',
object_phrase.py); a place after 'จาก' (from) and a foreign country that opens a clause with its own verb are no where;
an English speech title says who spoke at what (speech_title.py).
Session 19 (bench/gists17): an English headline too long for a gist is cut to its opening clause, and a synopsis's
'Some of the resolutions are as follows:' dropped (english_title.py); a quoted title left out right after the verb is
its object, given by its head noun ('continues the project'), and 'ให้' after a qualified noun says for whom
(object_phrase.py); a party named after an order does the next clause ('orders the team to monitor', action.py); the
King's motto สืบสาน รักษา ต่อยอด is one verb (glossary.toml).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from briefing.model import Analysis, Entity, Release
from briefing.summary.action import main_verbs
from briefing.summary.case import case_verb
from briefing.summary.check import THAI, check_numbers, word_count
from briefing.summary.english import no_thai, ordinals_to_words
from briefing.summary.english_title import fit_title
from briefing.summary.facts import READABLE, KeyFigure, abbreviation, english_name, safe_english
from briefing.summary.object_phrase import ROUTE, object_of
from briefing.summary.speech_title import speech_gist
from briefing.summary.verbs import verbs_of
from briefing.summary.words import words

GIST_WORDS = 20


def place_of(analysis: Analysis, after: int = 0) -> str | None:
    """Where: the first place the headline names after its verb, in English ('Chiang Mai')."""
    places = sorted((e for e in analysis.entities + analysis.references
                     if e.field == "title" and e.type == "place" and e.start >= after), key=lambda e: e.start)
    if any(not ROUTE.match(e.text) for e in places):
        # 'สร้างถนน ... แยก ทล.4103 - ถนนพุทธภูมิ จังหวัดนครศรีธรรมราช': the roads are what is built, the
        # province where; a road is where only when the headline names nothing else
        places = [e for e in places if not ROUTE.match(e.text)]
    for entity in places:
        if compared(analysis, entity) or partner(analysis, entity):
            continue  # 'กระชับความสัมพันธ์ทางเศรษฐกิจกับประเทศญี่ปุ่น': Japan is the partner, not where
        if _country_pair(analysis.title, entity):
            continue  # 'สนามไทย – ญี่ปุ่น', 'วิกฤตรัสเซีย-ยูเครน': a pair names a venue, a border or a crisis, not where
        if _whose_country(analysis.title, entity):
            continue  # 'เอกอัครราชทูตจีนประจำประเทศไทย', 'ชายแดนไทยและกัมพูชา': whose, not where
        if _FROM.search(analysis.title[max(0, entity.start - 20):entity.start]):
            continue  # 'ต้อนรับแรงงานไทยที่กลับจากอิสราเอล': where they came from, not where it happened
        if _country_acts(analysis.title, entity):
            continue  # '... 72% จีนครองอันดับหนึ่ง': China is who ranks first, not where it happened
        name = safe_english(english_name(entity), analysis)
        if name and READABLE.search(name) and name.lower() not in ("thailand", "thai"):
            name = re.sub(r"\s*\([^()]*\)$", "", name).rstrip(". ")  # a venue named by its body: no acronym
            other = _place_pair(places, entity, analysis.title)
            if other is not None and re.search(r"(?:ช่วง|เส้นทาง|สาย)\s*$", analysis.title[max(0, entity.start - 8):entity.start]):
                return None  # 'ช่วงกรุงเทพฯ - หนองคาย': a line's section names what is built or signed, not where
            if other is not None:
                # 'เยือน ตรัง-พัทลุง', 'ช่วงกรุงเทพฯ - หนองคาย': both ends, as one alone ('in Trang') says half
                second = safe_english(english_name(other), analysis)
                if not second or not READABLE.search(second):
                    continue
                second = re.sub(r"\s*\([^()]*\)$", "", second).rstrip(". ")
                return f"{name.removesuffix(' Province')} and {second}"
            return name
    # 'ในที่ประชุมอาเซียน', 'ณ การประชุม APEC': the meeting of a body is where it happened
    for m in _AT_MEETING.finditer(analysis.title, after):
        body = next((e for e in analysis.entities + analysis.references if e.field == "title"
                     and e.type == "organisation" and e.start == m.end()), None)
        label = abbreviation(safe_english(english_name(body), analysis) or "") if body else None
        if label and READABLE.search(label):
            return f"the {label} meeting"
    return None

# 'รองเพียงประเทศออสเตรีย' (second only to Austria), 'รองจากโรงแรมในโปรตุเกส' (after hotels in Portugal),
# 'มากกว่าญี่ปุ่น', 'เทียบกับเวียดนาม': a place a figure is compared with is not where the release happened
_COMPARED = re.compile(r"(?:รอง(?:เพียง|แค่)?(?:จาก)?|มากกว่า|น้อยกว่า|สูงกว่า|ต่ำกว่า|(?:เมื่อ)?เทียบกับ|เทียบเท่า|ยกเว้น)"
                       r"\s*(?:[\u0e01-\u0e4e]{0,10}ใน)?(?:ประเทศ|จังหวัด|จ\.)?\s*$")
"""Words before a place that make it no where: a comparison ('รองจากโปรตุเกส') or an exception ('ทุกภาค ยกเว้นภาคใต้', every
region but the South: bench/gists22 g03 read 'expects the level PM2.5 week in Southern Thailand')."""


@functools.cache
def _countries() -> frozenset[str]:
    """Thai names of countries (briefing/data/countries.toml: full names and short forms), and 'ไทย'."""
    from briefing.thai.gazetteer import data_toml

    data = data_toml("countries.toml")
    names = {"ไทย"}
    for block in data.get("country", []):
        names.add(block["th"])
        names.update(block.get("aliases", []))
    return frozenset(names)


_PAIR_BEFORE = re.compile(r"(?:^|[^\u0e00-\u0e7f]|ประเทศ)?([\u0e00-\u0e7f]+)\s*[-–]\s*$")
_PAIR_AFTER = re.compile(r"\s*[-–]\s*(?:ประเทศ)?([\u0e00-\u0e7f]+)")


def _country_pair(title: str, entity: Entity) -> bool:
    """True when the place is one of two countries joined by a dash ('ไทย-ลาว', 'สนามไทย – ญี่ปุ่น',
    'วิกฤตรัสเซีย-ยูเครน'): the pair qualifies a noun (relations, a border, a crisis, a venue), it is no where."""
    countries = _countries()
    if entity.text not in countries and not any(entity.text.endswith(c) for c in countries):
        return False
    before = _PAIR_BEFORE.search(title[max(0, entity.start - 30):entity.start])
    after = _PAIR_AFTER.match(title, entity.end)
    return any(m is not None and any(m.group(1).endswith(c) or m.group(1).startswith(c) for c in countries)
               for m in (before, after))


_POST_OF_COUNTRY = re.compile(r"(?:เอกอัครราชทูต\S{0,25}|ออท\.|ทูต|อุปทูต|กงสุล(?:ใหญ่)?|นายกรัฐมนตรี|นายกฯ|ประธานาธิบดี|รัฐมนตรี\S{0,30}|"
                              r"รมต\.\S{0,30}|รมว\.\S{0,30}|ผู้แทน\S{0,20}|(?:คณะ)?ผู้แทน)\s*ฯ?\s*(?:แห่ง|ของ)?\s*(?:ประเทศ)?$")
"""A post a country right after says whose it is ('เอกอัครราชทูตจีนประจำประเทศไทย', 'รมต.ป้องกันความสงบ สปป.ลาว',
'นายกรัฐมนตรีมาเลเซีย'): that country's ambassador or minister, not where it happened."""
_AND_THAILAND = re.compile(r"ไทย(?:\s*และ\s*)?(?:ประเทศ)?$")


def _whose_country(title: str, entity: Entity) -> bool:
    """True when a foreign country in the headline says whose something is, not where it happened: a post's
    ('เอกอัครราชทูตจีน', 'รมต.ป้องกันความสงบ สปป.ลาว'), a pair with Thailand joined by 'และ' or glued ('ชายแดนไทยและกัมพูชา',
    'ตลาดอุตสาหกรรมบันเทิงไทยและจีน', '“จีนไทยใช่อื่นไกล”': the border, the two markets, a slogan). Each made a gist
    false: 'welcomes Chang Chianwe in China' for China's ambassador in Bangkok, 'issues ... measures in Cambodia'
    for losses on the Thai side of the border, 'Cabinet endorses the cooperation memorandum in China'. A possession
    ('ภาคเอกชนชั้นนำของสหรัฐฯ') is left as where: the Prime Minister meets US firms in the US as often as at home."""
    countries = _countries()
    if entity.text == "ไทย" or (entity.text not in countries and not any(entity.text.endswith(c) for c in countries if c != "ไทย")):
        return False
    before = title[max(0, entity.start - 40):entity.start]
    if _POST_OF_COUNTRY.search(before) and not re.search(r"(?:ประจำ|ณ|ที่|ใน|เยือน|ไป)\s*(?:ประเทศ)?$", before):
        return True
    return bool(_AND_THAILAND.search(before) or re.match(r"(?:\s*และ\s*)?(?:ประเทศ)?ไทย", title[entity.end:]))


def _country_acts(title: str, entity: Entity) -> bool:
    """True when a foreign country opens a clause and a verb is glued to it ('มาเลเซียให้การรับรอง...', ' จีนครองแชมป์',
    'อิสราเอลผนึกไทย'): the country is the clause's subject, and 'in Malaysia' said the actor was there (8 of 60 archive
    headlines with a country before a glued verb, seed 1706, session 17). After a space, the start or a quote only: glued
    to the word before ('บุกจีน', 'ไปเกาหลีใต้ทำงาน') the country is where someone went."""
    countries = _countries()
    if entity.text == "ไทย" or (entity.text not in countries and not any(entity.text.endswith(c) for c in countries if c != "ไทย")):
        return False
    if entity.start > 0 and not re.match(r"[\s“”\"'‘’!%]", title[entity.start - 1]):
        return False
    if re.search(r"(?:ณ|ที่|ใน|เยือน|ไป|สู่|ยัง|ถึง|ประเทศ)\s+$", title[max(0, entity.start - 10):entity.start]):
        return False  # 'ณ ญี่ปุ่น...', 'เยือน ญี่ปุ่นพร้อม...': a preposition or a visit before the space makes it where
    if title.startswith("เป็นเจ้าภาพ", entity.end):
        return False  # 'สปป.ลาวเป็นเจ้าภาพ': the host is where it happened
    return any(w.start == entity.end and w.part == "verb" for w in words(title))


def _place_pair(places: list[Entity], entity: Entity, title: str) -> Entity | None:
    """The place joined to this one by a dash after it ('ตรัง-พัทลุง', 'ช่วงกรุงเทพฯ - หนองคาย'), or None: the
    visit or the line covers both, and naming one alone as where ('... in Bangkok') says half or something false."""
    return next((other for other in places if other.start >= entity.end
                 and re.fullmatch(r"\s*[-–]\s*", title[entity.end:other.start])), None)


def partner(analysis: Analysis, entity: Entity) -> bool:
    """True when the headline's place follows 'กับ' or 'ระหว่าง' (with, between): a party, not a where."""
    return entity.field == "title" and bool(_PARTNER.search(analysis.title[max(0, entity.start - 60):entity.start]))


def partner_of(analysis: Analysis, after: int = 0) -> str | None:
    """With whom: the first place the headline names after its verb as a party ('...กับประเทศญี่ปุ่น': 'Japan')."""
    for entity in sorted((e for e in analysis.entities + analysis.references
                          if e.field == "title" and e.type == "place" and e.start >= after), key=lambda e: e.start):
        name = safe_english(english_name(entity), analysis) if partner(analysis, entity) else None
        if name and READABLE.search(name) and name.lower() not in ("thailand", "thai") and "Thailand" not in name:
            return re.sub(r"\s*\([^()]*\)$", "", name).rstrip(". ")
    return None


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


_FROM = re.compile(r"(?<!ถ่ายทอดสด)(?<!ถ่ายทอดสด )(?<!รายงานสด)(?<!ถ่ายทอด)จาก\s*(?:ประเทศ|สาธารณรัฐ|ราชอาณาจักร|จังหวัด|จ\.|อำเภอ|อ\.)?\s*$")
"""'กลับจากอิสราเอล', 'วัคซีนจากฮังการี', 'ผู้ผลิตรถยนต์ไฟฟ้าจากจีน': a place after 'from' is where someone or something came
from; read as where, 50 of 60 archive gists of such headlines said the opposite ('welcomes Thai workers in Israel' for
workers back from Israel; seed 1704, session 17). A live broadcast from a place ('ถ่ายทอดสดจากเมืองดูไบ') is from where
it happens."""

_PARTNER = re.compile(r"(?:กับ|ระหว่าง|ระหว่าง\S{0,40}และ)\s*(?:ประเทศ|รัฐบาล|จังหวัด|เครือรัฐ|สาธารณรัฐ|ราชอาณาจักร)?\s*$")
"""'ร่วมมือกับประเทศ...', 'ระหว่างไทย...': a place after 'with' or 'between' is a party, not where it happened."""

_AT_MEETING = re.compile(r"(?:ใน|ณ)\s*(?:ที่ประชุม|การประชุม)\s*")


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


def english_headline(analysis: Analysis) -> str | None:
    """The headline itself when the release is in English (the site's "Government News" items), if
    it fits a gist and states no number the Analysis lacks."""
    title = " ".join(analysis.title.split()).rstrip(". ")
    if title and not THAI.search(title) and (speech := speech_gist(title, GIST_WORDS,
                                                                  lambda w: not check_numbers(w, analysis),
                                                                  analysis.body)):
        title = speech  # 'Statement by H.E. Mr. ..., Prime Minister ... at ...': who spoke where (speech_title.py)
    elif title and not THAI.search(title):
        title = fit_title(title, GIST_WORDS, word_count, lambda w: bool(check_numbers(w, analysis)))  # a long one cut to its opening clause (english_title.py)
    if not title or THAI.search(title) or word_count(title) > GIST_WORDS:  # the figure goes when it does not fit
        return None
    if check_numbers(title, analysis):  # 'France 24': a number that is no figure is left out
        # an ordinal that is no figure is spelt out, not dropped: 'ranked at 11th as world's best places' read 'ranked
        # at as world's best places', 'host 22nd Chief Ministers and Governors Forum' lost which forum
        spelt = (ordinals_to_words(w) for w in title.split())
        title = " ".join(w for w in spelt if not check_numbers(w, analysis))
    return safe_english(title, analysis)


LEAD_SENTENCES = 4
"""A headline with no object ('การตรวจราชการ ณ จังหวัดสระแก้ว') is read from the first of this many body
sentences that has one."""


def _has_object(analysis: Analysis) -> bool:
    if case_verb(analysis) is not None:
        return True  # 'กยศ.ชี้แจงกรณีสาว อบต. โดนฟ้อง...': the headline says what was done, explain a case (case.py)
    verbs = main_verbs(analysis)
    return any(object_of(analysis, v)[0] for v in verbs[:3]) if verbs else bool(object_of(analysis, None)[0])


def headline_view(analysis: Analysis) -> Analysis:
    """What the gist reads as the headline: the headline itself, or, when it names no action with an
    object (a bare heading: 'การตรวจราชการ ณ จังหวัดสระแก้ว', 'ความคืบหน้าสถานการณ์...'), the first
    sentence of the body's opening that does, as an Analysis whose title is that sentence (its names,
    figures and dates moved with it), so its subject, verb and object are read the same way."""
    if english_headline(analysis) or (_has_object(analysis) and not is_digest(analysis)):
        return analysis
    for start, end in analysis.sentences[:LEAD_SENTENCES]:
        text = analysis.body[start:end]
        if len(text.strip()) < 30 or not THAI.search(text) or not verbs_of_text(text) or _PROGRAMME.search(text):
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


DIGEST = re.compile(r"^\s*สรุป(?:ข่าว|ผล)?การประชุมคณะรัฐมนตรี")
"""The weekly digest of a Cabinet meeting ('สรุปข่าวการประชุมคณะรัฐมนตรี 7 พฤษภาคม 2567': 227 archive releases), a list of
thirty-odd resolutions: read 'Cabinet sums up Cabinet meeting; 20 baht' (a sum from one resolution taken as the key
figure). Its body opens with who chaired the meeting where ('นายเศรษฐา ทวีสิน นายกรัฐมนตรี เป็นประธานการประชุม
คณะรัฐมนตรี ณ ... ทำเนียบรัฐบาล'), which the gist says instead, with no figure."""


def is_digest(analysis: Analysis) -> bool:
    return DIGEST.match(analysis.title) is not None


_PROGRAMME = re.compile(r"ขอเชิญ(?:ท่านผู้ฟัง)?(?:รับ)?ฟัง|ขอเชิญรับชม")
"""A radio or TV programme's opening line ('ต่อจากนี้ไป ขอเชิญรับฟังไทยคู่ฟ้า ครับ'): it invites the listener, it
is no action of the release ('... listens to Thai Khu Fah' was false)."""


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


_THIRTY_BAHT_AFTER = re.compile(r"\s*(?:รักษา|พลัส|\+|บัตรประชาชน|ของประชาชน)")
_THIRTY_BAHT_BEFORE = re.compile(r"(?:นโยบาย|บัตรทอง|ยกระดับ|สิทธิ|โครงการ|เดินหน้า|ขับเคลื่อน|หนุน|สนับสนุน)\s*[“\"']?\s*$")


def _scheme_name(f: KeyFigure, analysis: Analysis) -> bool:
    """Whether a figure is the name of the universal health coverage scheme, '30 บาท' ('30 บาทรักษาทุกที่', 'นโยบาย
    30 บาทพลัส', 'บัตรทอง 30 บาท'), not an amount: as the key figure it read '...; 30 baht' (bench/gists11 g13; 6 of
    40 store headlines with '30 บาท' drawn, against two true amounts: 'ราคา 30 บาท', 'วันละ 30 บาท')."""
    if f.figure.kind != "money" or f.figure.value != 30 or not f.figure.text.rstrip().endswith("บาท"):
        return False
    text = analysis.title if f.figure.field == "title" else analysis.body
    return bool(_THIRTY_BAHT_AFTER.match(text, f.figure.end)
                or _THIRTY_BAHT_BEFORE.search(text[max(f.figure.start - 20, 0):f.figure.start]))


_ORDINAL_BEFORE = re.compile(r"(?:เขต\S{0,12}|มาตรการ|ครั้ง|ฉบับ|รุ่น|ลำดับ|ภาค|ชั้น|หมู่|ระยะ|งวด|อันดับ|กลุ่ม|ประเภท|แห่ง|"
                             r"ด่าน|ชุด|รอบ|ขั้น|หน่วย|ศูนย์|ภารกิจ|ข้อ)\s*(?<!พื้น)ที่\s*$|(?:ข้อ|เลขที่|หมายเลข|รุ่น)\s*$")
"""A noun that a number after it names ('เขตตรวจราชการที่', 'มาตรการที่', 'ครั้งที่', 'รุ่น'), not 'อยู่ที่ 7,133 ราย'
(stands at) or 'พื้นที่ 18 จังหวัด' (an area of), which count (bench/gists5 g01)."""


def _ordinal(f: KeyFigure, analysis: Analysis) -> bool:
    """Whether a count is an ordinal or a number that names ('เขตตรวจราชการที่ 10 15 และ 16 ผู้ตรวจราชการ...': region
    16, read '16 inspectors'; 'รุ่นที่ 33', 'ข้อ 5'): the number after 'ที่' and the like names which one, it counts
    nothing. (The last of a list 'ที่ 10 15 และ 16' is reached through the list; 'พื้นที่ 18 จังหวัด', 'เจ้าหน้าที่ 5
    คน' count.)"""
    if f.figure.kind != "count":
        return False
    text = analysis.title if f.figure.field == "title" else analysis.body
    before = re.sub(r"(?:\d+\s*(?:,|และ)?\s*)+$", "", text[max(f.figure.start - 40, 0):f.figure.start])
    return bool(_ORDINAL_BEFORE.search(before))


def lead_figure(figures: list[KeyFigure], analysis: Analysis | None = None) -> KeyFigure | None:
    """The key figure: one the headline gives if any (the headline's writer chose it; a sum of money,
    else a percentage, a count, a quantity), else the largest sum of money of the body's first
    paragraphs, else the first figure by the same order. A fee, a fine or a rate (`KeyFigure.minor`)
    never outranks a budget or a total; a count under ten comes after the rest."""
    if analysis is not None:
        figures = [f for f in figures if not _scheme_name(f, analysis) and not _ordinal(f, analysis)]
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
