"""Who acted (`actor_of`): the person, body or position the headline names nearest before its verb.

A department before its ministry is the actor, not the ministry; two bodies joined by '-' or 'และ'
act together; when the action is reported ('รมว.นฤมล เผย ผอ.ใหญ่ FAO พร้อมสนับสนุน...') the gist
says who said it first ('Minister Narumon Pinyosinwat: FAO supports'); else an [agent] noun before
the verb ('รัฐบาล'); else the issuing agency (the body's first organisation), with the headline's
opening topic when it has one ('Cabinet: IGNITE THAILAND loans project').
"""

from __future__ import annotations

import functools
import re

from briefing.model import Analysis, Entity
from briefing.summary.action import CHANGES, SPEECH
from briefing.summary.check import word_count
from briefing.summary.english import glossary
from briefing.summary.facts import READABLE, Person, distinct_names, english_name, safe_english, short_org
from briefing.summary.grammar import group_english
from briefing.summary.object_phrase import object_of
from briefing.summary.verbs import Verb, verbs_of
from briefing.summary.words import agents, is_content, words

_DEMONSTRATIVES = {"นี้", "นั้น", "ดังกล่าว"}


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
        # 'เลขาธิการนายกรัฐมนตรี' (the Prime Minister's own Secretary-General): 'PM's Secretary-General Prommin
        # Lertsuridej'; the name alone said nothing of who he was, and 'Prime Minister' (as read before) was false
        head = _PM_AIDE.sub(r"PM's \1", head)
        if head and word_count(head) <= 3:
            return f"{head} {name}"
    return name


_WITH = re.compile(r"(?:กับ|คู่กับ)\s*[“\"'‘]?\s*$")
"""'กับ' (with), 'ร่วมกับ' (together with) right before a name: the name is a partner, not who acted (the one before
'ร่วมกับ' did, with it)."""


_PM_AIDE = re.compile(r"^((?:Deputy )?Secretary-General) to the Prime Minister$")
"""The Prime Minister's own Secretary-General, said short before a name ('PM's Secretary-General Prommin Lertsuridej')."""


def _title_role(title: str, people: list[Person], limit: int,
                bodies: list[tuple[int, int]] | None = None) -> tuple[int, int, str] | None:
    """A position the headline names before `limit` ('นายกฯ ติดตาม...', 'รมช.ศธ. เผย...'), not inside the name of one of
    `bodies` ('สำนักเลขาธิการนายกรัฐมนตรี' is the Secretariat): its span and the person the release gives that
    position, or the position alone."""
    positions = glossary().get("roles", {})
    head = title[:limit]
    found = [(m.start(), m.end(), k) for k in positions for m in re.finditer(re.escape(k), head)
             if not any(s <= m.start() and m.end() <= e and e - s > len(k) for s, e in bodies or [])]
    found = [f for f in found if not any(o[0] <= f[0] and f[1] <= o[1] and o[1] - o[0] > f[1] - f[0]
                                         for o in found)]  # 'รัฐมนตรี' inside 'นายกรัฐมนตรี' is not a position
    # 'เป็นประธาน' presides, 'นั่งประธาน' chairs (22 archive headlines: '“ชัยวุฒิ” นั่งประธานรับฟัง...' read 'Chairperson
    # listens', details/40622): no position
    found = [f for f in found if not head[:f[0]].endswith(("เป็น", "นั่ง"))]
    # 'คณะรัฐมนตรีมีมติอนุมัติ...' (details/37011): the Cabinet, not a minister ('Minister resolves on the project')
    found = [f for f in found if not (head[:f[0]].endswith("คณะ") and head[f[0]:].startswith("รัฐมนตรี"))]
    # '“อนุทิน” ร่วมกับเอกอัครราชทูต...', 'ลงพื้นที่ร่วมกับรองนายกรัฐมนตรี': a post after 'with' is a partner's
    found = [f for f in found if not _WITH.search(head[max(f[0] - 12, 0):f[0]])]
    # 'รมต.สำนักนายก ฯ แถลง...' (details/52033): the minister of the Prime Minister's office, not the Prime Minister
    found = [f for f in found if not re.search(r"(?:รมต\.|รัฐมนตรี(?:ประจำ)?)\s*สำนัก$", head[:f[0]])]
    if not found:
        return None
    start, _, key = max(found, key=lambda f: (f[0], f[1] - f[0]))  # the position nearest before the verb
    position = positions[key]
    aide = _AIDE.search(head[:start])
    if aide:
        # 'ที่ปรึกษา รมว.ทส. ร่วมประชุม...': the minister's adviser acted, not the minister (nor the person
        # the release gives that post): 'Adviser to the Minister'
        english = ("Assistant " if aide.group(1) else "") + _AIDES[aide.group(2)]
        return aide.start(), start + len(key), f"{english} to the {position}"
    if spouse := re.search(r"(ภริยา|ภรรยา|คู่สมรส)\s*$", head[:start]):
        # 'ภริยานายกรัฐมนตรี หารือ ผู้ประสานงาน UN': the Prime Minister's wife held the talks (11 corpus headlines
        # open so; read 'Prime Minister holds talks on regular UN coordinators')
        return spouse.start(), start + len(key), f"the {position}'s {'spouse' if spouse.group(1) == 'คู่สมรส' else 'wife'}"
    end = start + len(key)
    prefix = re.search(r"(ผู้ช่วย|รอง)\.?\s*$", head[:start])  # 'ผู้ช่วย รมว.': an Assistant Minister
    if prefix and not position.startswith(("Assistant", "Deputy")):
        # (the span still ends where the position does: 'ผู้ช่วย รมว.ทส.' ended inside 'รมว.', so the ministry after it,
        # 'ทส.', stood nearer the verb than the post and acted: 'MNRE tackles dust', gists11 g01)
        start = prefix.start()
        position = ("Assistant " if prefix.group(1) == "ผู้ช่วย" else "Deputy ") + position
    for person in people:
        if person.role and re.split(r",| and (?=[A-Z])| of | for ", person.role, maxsplit=1)[0].strip() == position \
                and not _foreign(person.role):
            # ('Prime Minister, People's Republic of China' holds a post of that name abroad: 'คำกล่าวของนายกรัฐมนตรี
            # ในการประชุม...' is Thailand's Prime Minister, not 'Prime Minister Li Khoechiang')
            return start, end, _person_label(person.name, person.role)
    return start, end, position


@functools.cache
def _foreign_names() -> tuple[str, ...]:
    """English names of every country but Thailand (briefing/data/countries.toml: formal and short)."""
    from briefing.thai.gazetteer import data_toml

    data = data_toml("countries.toml")
    names = {n for block in data.get("country", []) for n in (block.get("en"), block.get("short_en")) if n}
    return tuple(sorted(n for n in names if "Thailand" not in n))


def _foreign(role: str) -> bool:
    """Whether a role names a post of another country ('Prime Minister, Japan', 'Prime Minister of Australia')."""
    return any(re.search(rf"\b{re.escape(name)}\b", role) for name in _foreign_names())


@functools.cache
def _bare_positions() -> frozenset[str]:
    """The glossary's positions, alone or as an Assistant's or a Deputy's: a label naming no one."""
    posts = set(glossary().get("roles", {}).values())
    return frozenset(posts | {f"{p} {post}" for p in ("Assistant", "Deputy") for post in posts})


_PLACE_POSTS = {"Governor", "Deputy Governor", "District Chief"}
"""Posts a place right after them says the seat of ('ผู้ว่าฯ หนองคาย': Nong Khai's Governor)."""
POST_WORDS = 6
"""A post with its body in full within this many words ('Minister of Agriculture and Cooperatives'), else by the
body's acronym ('MHESI Minister')."""


def _owner(analysis: Analysis, end: int) -> Entity | None:
    """The body or place the headline names right after a post ending at `end` ('รมว.|เกษตร', 'ผู้ว่าฯ |หนองคาย')."""
    title = analysis.title
    return next((e for e in sorted(analysis.entities + analysis.references, key=lambda e: e.start)
                 if e.field == "title" and e.type in ("organisation", "place") and end <= e.start <= end + 2
                 and not title[end:e.start].strip(" .ฯ")), None)


def _owned(analysis: Analysis, role: tuple[int, int, str], people: list[Person], named: bool) -> tuple[int, int, str]:
    """A post the headline names with its body right after it ('รมว.เกษตร', 'รองปลัด กษ.'), said with that body: the
    holder the release names, when that holder's role is in that body, after the body's acronym ('MOAC Deputy
    Permanent Secretary Aphai Sutthisang'); else the post of that body alone ('Minister of Agriculture and
    Cooperatives'): not the first holder of a post of that name in another body ('Minister Jurin' for 'รมว.เกษตร')."""
    start, end, label = role
    owner = _owner(analysis, end)
    if owner is None:
        return role
    if label in _bare_positions():
        return (start, end, owned) if (owned := _post_of(analysis, owner, label)) else role
    name = safe_english(english_name(owner), analysis)
    if owner.type != "organisation" or not name or not READABLE.search(name):
        return role
    holder = next((p for p in people if p.role and label.endswith(p.name)), None)
    if holder is None or holder.role is None:
        return role
    body = _NO_ACRONYM.sub("", name).strip()
    post = label[:-len(holder.name)].strip()
    if not named and " of " in holder.role and body.removeprefix("Ministry of ") not in holder.role:
        # the release's first holder of a post of that name holds it in another body
        other = next((p for p in people if p.role and body.removeprefix("Ministry of ") in p.role
                      and re.split(r",| and (?=[A-Z])| of | for ", p.role, maxsplit=1)[0].strip() == post), None)
        if other is None:
            return (start, end, _post_of(analysis, owner, post) or post)
        holder, label = other, _person_label(other.name, other.role)
    acronym = re.search(r"\(([A-Z][A-Za-z&-]{1,9})\)$", name)
    again = any(e.field == "title" and e.start > owner.end and e.english == owner.english
                for e in analysis.entities + analysis.references)  # 'รมว.อว. ถวายผ้ากฐิน...กระทรวง อว.': said there
    if acronym and acronym.group(1) not in label and not again:
        return start, end, f"{acronym.group(1)} {label}"
    return start, end, label


def _post_of(analysis: Analysis, owner: Entity, position: str) -> str | None:
    """A post the headline names with its body or seat right after it and nobody the release names holds:
    'รมว.เกษตร' 'Minister of Agriculture and Cooperatives', 'อธิบดีกรมพัฒนาฝีมือแรงงาน' 'DSD Director-General',
    'ผู้ว่าฯ หนองคาย' 'Nong Khai Governor'. Alone the post said whose it was nowhere ('Minister appoints ...',
    'Director-General receives ...', 'Governor reports on ...': gists10 g12, gists11 g06, details/39182)."""
    name = safe_english(english_name(owner), analysis)
    if not name or not READABLE.search(name):
        return None
    if owner.type == "place":
        if position not in _PLACE_POSTS:
            return None  # 'ปลัดอำเภอ...' is a district officer, not a Permanent Secretary of a place
        return f"{_NO_ACRONYM.sub('', name).removesuffix(' Province')} {position}"
    whole = _NO_ACRONYM.sub("", name).strip()
    acronym = re.search(r"\(([A-Z][A-Za-z&-]{1,9})\)$", name)
    if whole.startswith("Ministry of ") and position.endswith("Minister") \
            and word_count(f"{position} {whole[9:]}") <= POST_WORDS:
        return f"{position} {whole[9:]}"  # 'Minister of Agriculture and Cooperatives'
    if word_count(f"{position} of the {whole}") <= POST_WORDS and not whole.startswith("The "):
        return f"{position} of the {whole}"  # 'Director-General of the Marine Department'
    return f"{acronym.group(1)} {position}" if acronym else None


_AIDES = {"ที่ปรึกษา": "Adviser", "ทปษ.": "Adviser", "เลขานุการ": "Secretary", "เลขา": "Secretary", "โฆษก": "Spokesperson"}
"""Posts held FOR a position ('ที่ปรึกษา รมว.', 'เลขานุการ รมว.', 'โฆษก รมว.'): not the position's holder."""
_AIDE = re.compile(r"(ผู้ช่วย)?(" + "|".join(_AIDES) + r")(?:ฯ)?\s*$")


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
_JOINED = re.compile(r"[\s”\"']*(?:[-–,/&]|และ|กับ|ร่วมกับ)[\s“\"']*")
"""What joins two bodies that act together before the verb."""


def actor_of(analysis: Analysis, people: list[Person], verb_pos: int | None,
             unnamed: list[bool] | None = None) -> str:
    """Who did it: the person, body or position the headline names nearest before its verb (a
    position's own ministry, 'รัฐมนตรีว่าการกระทรวงยุติธรรม', belongs to the position), else the
    first person the release gives a role, else the first organisation. When the issuer is given
    although the headline opens with a subject of its own the gist cannot name, True is put in
    `unnamed` (the issuer did not do the headline's verb: `_unnamed_opening`)."""
    limit = verb_pos if verb_pos is not None else 40
    if (pair := _country_pair_subject(analysis.title)) and pair[0] <= limit:
        return pair[1]
    mentions = sorted((e for e in analysis.entities + analysis.references
                       if e.field == "title" and e.type in ("person", "organisation")), key=lambda e: e.start)
    # 'นายกฯ พร้อมให้การต้อนรับ นายกฯ ญี่ปุ่น คิชิดะ': a holder of the position the headline names after its verb
    # is whom the action is done to (Japan's Prime Minister), not the one who acts
    later = {safe_english(english_name(_lookup_person(analysis, e) or e), analysis) for e in mentions
             if e.type == "person" and e.start >= limit}
    # 'สำนักเลขาธิการนายกรัฐมนตรี รับมอบ...': a post inside a body's name is none (the Secretariat received the gifts)
    # (a body the gist could only spell out, 'สำนักงานปลัด อว.' romanised 'Samnaknganplat A.', leaves the post its reading)
    bodies = [(e.start, e.end) for e in mentions if e.type == "organisation" and e.english and e.english_source != "romanised"]
    role = _title_role(analysis.title, [p for p in people if p.name not in later], limit, bodies)
    if role:
        # 'นายกฯ แพทองธาร พร้อมให้การต้อนรับนายกรัฐมนตรี สปป. ลาว': the person the headline names right after the
        # position holds it, not another holder of a position of that name the release gives (the Lao PM)
        named = next((e for e in mentions if e.type == "person" and role[1] <= e.start <= role[1] + 2), None)
        if named is not None and "(" in analysis.title[role[1]:named.start] \
                and any(e.type == "person" and role[0] - 2 <= e.end <= role[0] for e in mentions):
            # 'ดร.ธิติวัฐ รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง (นายภูมิธรรม เวชยชัย)': the holder is named before the
            # post; the name in brackets after it says whose deputy he is
            named = None
        name = safe_english(english_name(_lookup_person(analysis, named) or named), analysis) if named else None
        holder = next((p for p in people if name and p.name == name), None)
        position = glossary().get("roles", {}).get(analysis.title[role[0]:role[1]].strip())
        if holder is not None and position and holder.name not in role[2]:
            post = _PM_AIDE.sub(r"PM's \1", position)
            role = (role[0], role[1], f"{post} {holder.name}")
        role = _owned(analysis, role, people, named is not None)
    candidates: list[tuple[int, str]] = []
    ends: dict[int, int] = {}
    short: dict[str, str] = {}
    previous: Entity | None = None
    for entity in mentions:
        if entity.start >= limit or (role and role[0] <= entity.start <= role[1] + 2):
            continue
        if re.search(r"ในฐานะ\s*\S{0,8}$", analysis.title[max(entity.start - 20, 0):entity.start]):
            continue  # 'วิษณุ ในฐานะ ค.ต.ป.อก.': the body he acts for, not the actor
        if _WITH.search(analysis.title[max(entity.start - 12, 0):entity.start]) \
                and not (candidates and _JOINED.fullmatch(analysis.title[ends[candidates[-1][0]]:entity.start])):
            # '“พัชรวาท” ถกปัญหา PM 2.5 กับ “เอมินา...”' (gists15 g19): who it was done with is no actor; 'กรมทางหลวงชนบท
            # ร่วมกับกรมการขนส่งทางบก ตรวจ...' (one body right after another) is a pair that acts together (below)
            continue
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
    if candidates and (reported := _reported_subject(analysis, limit)):
        # 'โฆษกรัฐบาลเผย กทม. ขานรับ...', 'กรมการขนส่งทางราง เผยประชาชนเดินทาง...': the clause after the saying
        # has its own subject (a place, an [agent] noun): the action is theirs, not the sayer's
        candidates.append(reported)
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
            if _WITH.search(analysis.title[ends.get(partner[-1][0], partner[-1][0]):pos]):
                # 'กระทรวงยุติธรรม โดยสถาบันอนุญาโตตุลาการ ร่วมกับ สมาคมส่งเสริมการค้าและธุรกิจ... ลงนาม MOU': too long
                # to name both, the one before 'ร่วมกับ' acted, with the other ('Trade and Business Promotion
                # Association casts MOU' left out the institute that signed)
                return one
        # 'รมว.นฤมล เผย ผอ.ใหญ่ FAO พร้อมสนับสนุน...': who said it, then who acts in what was said
        said = [v.start for v in verbs_of(analysis)
                if analysis.title[v.start:v.end] in glossary().get("sayings", {}) and v.start < pos]
        sayers = [c for c in candidates if said and c[0] < said[-1]]
        sayer = max(sayers)[1] if sayers else None
        if sayer and label != sayer and word_count(sayer) + word_count(label) <= SAYER_WORDS:
            return f"{sayer}: {label}"
        return label
    if verb_pos is not None and (subject := _place_subject(analysis, people, verb_pos)):
        return subject
    if verb_pos is not None and (subject := _noun_subject(analysis.title, verb_pos)):
        return subject
    # The headline names no subject ('ดีเดย์!! ตรวจคัดกรองแรงงาน...'): the issuing agency, i.e. the first
    # organisation the body's opening names, else the first person the release gives a role. When the
    # headline opens with its topic instead ('โครงการสินเชื่อ IGNITE THAILAND สนับสนุน SMEs'), the gist
    # says whose release it is, then the topic as the subject: 'Cabinet: IGNITE THAILAND loans project'.
    topic = _opening_topic(analysis, verb_pos) if verb_pos is not None else None
    if topic and _POST_TITLE.fullmatch(topic):
        # 'องคมนตรี เยี่ยมชมโครงการ...': a post opening the headline is who acts ('Privy Councillor visits'); the
        # first body the release names ('EGAT: Privy Councillor visits') is at most a sponsor
        return topic
    if SPEECH.match(analysis.title):
        # 'คำกล่าวถวายพระพรชัยมงคล...': the text of a speech; who gave it is the first person the release gives a
        # role ('พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ผู้กราบบังคมทูล'), not the first body, and 'Address' is no subject
        speaker = next((p for p in people if p.role), None)
        return _person_label(speaker.name, speaker.role) if speaker else "The government"
    agency = _issuer(analysis, people)
    if unnamed is not None and verb_pos is not None and not topic:
        unnamed.append(_unnamed_opening(analysis, verb_pos) and not _names_issuer(analysis, people, verb_pos, agency))
    if topic and set(topic.lower().split()) <= set(agency.lower().split()):
        # 'ศุลกากรจับมือ...' read 'Customs Department: Customs join forces': the topic is the issuer named again
        return agency
    return f"{agency}: {topic}" if topic else agency


_PAIR_OPENING = re.compile(r"[\s“”\"']*ไทย\s*[-–]\s*(?:ประเทศ)?")


@functools.cache
def _country_names() -> dict[str, str]:
    """Thai names and short forms of countries (briefing/data/countries.toml) -> their usual English names."""
    from briefing.thai.gazetteer import data_toml

    data = data_toml("countries.toml")
    names: dict[str, str] = {}
    for block in data.get("country", []):
        english = block.get("short_en") or block["en"]
        for thai in [block["th"], *block.get("aliases", [])]:
            names.setdefault(thai, english)
    return names


def _country_pair_subject(title: str) -> tuple[int, str] | None:
    """'ไทย-มาเลเซียกระชับความร่วมมือ', 'ไทย – FAO กระชับความสัมพันธ์' (194 corpus headlines of 63k open so): the two
    parties act together: where the pair ends and 'Thailand and Malaysia'. Read as a noun group the pair made
    'Malaysia Thailand strengthens', 'Chinese Thailand signs', or the issuing agency acted ('MOAC strengthens')."""
    m = _PAIR_OPENING.match(title)
    if m is None:
        return None
    rest = title[m.end():]
    if latin := re.match(r"[A-Z]{2,}\b", rest):
        return m.end() + latin.end(), f"Thailand and {latin.group(0)}"
    names = _country_names()
    thai = max((k for k in names if rest.startswith(k)), key=len, default=None)
    if thai is None:
        return None
    return m.end() + len(thai), f"Thailand and {names[thai]}"


_POST_TITLE = re.compile(r"(?:[A-Z][a-z-]+ )*(?:Councillors?|Minister|Governor|Secretary|Secretary-General|Director|"
                         r"Director-General|Spokesperson|Ambassador|President|Chairman|Chairperson|Commander|Chief|"
                         r"Inspector-General|Permanent Secretary)")
"""An opening topic that is a post (capitalised words ending in a title): the actor itself."""


_NO_ACRONYM = re.compile(r"\s*\([^()]*\)$")
_QUOTES = " “”\"'‘’"


def _reported_subject(analysis: Analysis, limit: int) -> tuple[int, str] | None:
    """The subject of the clause a saying reports, when it is a place or an [agent] noun standing right
    before the verb at `limit` ('เผย กทม. ขานรับ', 'เผยประชาชนเดินทาง', 'ย้ำ 3 ปีที่ผ่านมาไทยควบคุม'): its
    start and English. People and bodies are candidates already; these are not, and without them the
    reported action was given to whoever said it ('Spokesperson controls the epidemic')."""
    title = analysis.title
    sayings = glossary().get("sayings", {})
    said = [v for v in verbs_of(analysis) if title[v.start:v.end] in sayings and v.end <= limit]
    if not said:
        return None
    start = said[-1].end
    glued = [w for w in words(title) if start <= w.start and w.end <= limit]
    end = limit
    for w in reversed(glued):  # back over a light verb glued before the main one ('เร่ง')
        if w.end == end and w.part == "verb":
            end = w.start
        else:
            break
    names = [e for e in analysis.entities + analysis.references if e.field == "title"]
    for entity in names:
        if entity.type == "place" and start <= entity.start and entity.end <= end and not _glued(title, entity.start, start) \
                and not title[entity.end:end].strip(_QUOTES) and _opens_clause(analysis, start, entity.start, names):
            name = safe_english(english_name(entity), analysis)
            if name and READABLE.search(name):
                return entity.start, re.sub(r"\s*\([^()]*\)$", "", name)
        if entity.type == "place" and start <= entity.start and entity.end <= end \
                and not title[entity.end:end].strip(_QUOTES) \
                and (pair := re.fullmatch(r"[\s“”\"'‘’]*(\S+?)\s*และ\s*", title[start:entity.start])) \
                and pair.group(1) in agents():
            # 'ยืนยันรัฐบาลและกรุงเทพมหานครทำงานร่วมกัน': the government and Bangkok work together
            name = safe_english(english_name(entity), analysis)
            if name and READABLE.search(name):
                first, second = agents()[pair.group(1)], _NO_ACRONYM.sub("", name)
                return start + pair.start(1), f"{first[:1].upper()}{first[1:]} and {second}"
    if title[limit:].startswith(tuple(CHANGES)) or _people_before(analysis, said[-1], limit):
        # 'โฆษกรัฐบาลเผย ภาวะเศรษฐกิจการคลังไทยเดือน พฤษภาคม 2566 ปรับตัวดีขึ้น' (gists9 g18): what changes is the
        # noun phrase the saying reports, not the sayer ('Spokesperson improves'); every word of it read
        phrase, at, _ = object_of(analysis, said[-1], stop=limit)
        dated = [(x.start, x.end) for x in analysis.dates + analysis.figures if x.field == "title"]
        unread = [w for w in glued if w.end <= end and w.part is None and is_content(w)
                  and not any(a <= w.start < b for a, b in dated)]  # a month of a date ('เดือน พฤษภาคม 2566') says when
        if phrase and word_count(phrase) <= 6 and not unread:
            return at, phrase[:1].upper() + phrase[1:]
    table = agents()
    before = [w for w in glued if w.end <= end and w.text.strip(" ฯ\u200b")]  # 'รัฐบาลฯ ทำงาน'
    if before and title[before[-1].end:end].strip(" ฯ\u200b"):
        before = []  # something else stands between the noun and the verb
    if before and before[-1].text in table and len(before) <= 2:
        english = table[before[-1].text]
        if english.startswith("the ") and english[4:5].isupper():
            return None  # 'นายกฯ', 'ครม.': a post or a body, which the candidates name better ('Prime Minister Prayut')
        # ('เผยไทยเดินหน้าตั้งจุด...': the country, 'Thailand', is no post; it sets up the points, not the spokesperson)
        return before[-1].start, english[:1].upper() + english[1:]
    return None


_PEOPLE_HEAD = re.compile(r"(?:^|\s)(?:investors|farmers|tourists|consumers|businesses|entrepreneurs|workers|students|"
                          r"patients|residents|exporters|operators|travellers|people)$")


def _people_before(analysis: Analysis, saying: Verb, limit: int) -> bool:
    """Whether what a saying reports opens with a glossed noun phrase of people right before the verb at `limit`
    ('เผย นักลงทุนทั้งไทยและต่างประเทศเชื่อมั่น': investors are confident, not the spokesperson)."""
    phrase, _, end = object_of(analysis, saying, stop=limit)
    if any(w.text in _CLAUSE_WORDS for w in words(analysis.title) if saying.end <= w.start < limit):
        return False  # 'ย้ำผู้ประกอบการขนส่งต้องมีบุคลากรจัดการ...': businesses must have staff who manage; a clause, no subject
    return bool(phrase) and _PEOPLE_HEAD.search(phrase) is not None and not analysis.title[end:limit].strip()


_CLAUSE_WORDS = {"ต้อง", "มี", "ให้", "จะ", "ได้", "ที่", "ซึ่ง", "ควร"}


def _glued(title: str, pos: int, start: int) -> bool:
    """Whether a noun (or 'นาย') is glued before `pos` (past `start`): 'นายอำเภอชะอำ' names the district's chief, the
    place inside it is no subject ('Cha-am District leads the team' was false); after 'ที่ผ่านมา' (past) it is one."""
    if pos <= start:
        return False
    if any(w.start < pos < w.end for w in words(title)):
        return True  # the place starts inside a word ('นาย|อำเภอชะอำ')
    before = next((w for w in words(title) if w.end == pos), None)
    return before is not None and (before.part == "noun" or before.text in ("นาย", "ผู้"))


_TIME_WORDS = {"year", "years", "past", "month", "months", "week", "weeks", "day", "days", "today", "now", "last"}


def _opens_clause(analysis: Analysis, start: int, at: int, names: list[Entity]) -> bool:
    """Whether a place at `at` opens the clause after a saying ending at `start`: only quotes, spaces, figures
    and words of time stand between ('ย้ำ 3 ปีที่ผ่านมาไทยควบคุม...'), no name and no other noun (in
    'ย้ำศูนย์ช่วยเหลือสังคม ต.บ้านกร่าง จ.พิษณุโลก เร่ง...' the province only says where the centre is)."""
    if any(start <= e.start < at for e in names):
        return False
    figures = [(x.start, x.end) for x in analysis.figures + analysis.dates if x.field == "title"]
    for w in words(analysis.title):
        if w.start < start or w.end > at or not w.text.strip(_QUOTES) or not is_content(w):
            continue
        if any(a <= w.start < b for a, b in figures) or (w.english or "").lower() in _TIME_WORDS:
            continue
        return False
    return True


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
    if set(topic.lower().removeprefix("the ").split()) <= _TIME_WORDS | {"tomorrow", "tonight", "yesterday"}:
        return None  # 'วันพรุ่งนี้ เริ่มใช้จ่ายโครงการ...': a time says when, it is no subject ('Tomorrow starts')
    return topic[:1].upper() + topic[1:]


_ISSUERS_OWN = ("ผู้ตรวจ", "ผู้ช่วย", "ผู้ว่า", "ผู้อำนวยการ", "ผู้บริหาร", "ผู้แทน", "ฝ่ายปกครอง", "ปลัด", "อธิบดี",
                "นายอำเภอ", "อำเภอ", "จังหวัด", "เจ้าหน้าที่", "รัฐ", "ส่วนราชการ",
                "หน่วยงาน", "กรม", "กระทรวง", "สำนักงาน")
"""Openings that name the issuer's own officers or offices (an inspector, the district office): the issuer acts."""


def _unnamed_opening(analysis: Analysis, verb_pos: int) -> bool:
    """Whether the headline opens with a subject of its own (a Thai noun run before its verb) that no name, post,
    place or [agent] noun read: 'พระครูแขก-พระครูต้น เป็นหลักชัย นำประชาชน...' (the monks lead, details/34465),
    'ไต้หวัน ประกาศชะลอ...' (Taiwan slows the workers' travel, details/6512). The issuer the gist falls back on did
    not do that verb ('Wang Ngio Tai SAO leads the palace', 'Ministry of Labour slows workers' were false). Not an
    opening that says when ('วันนี้', 'ดีเดย์!!'), nor a verb, quote or figure opening it."""
    if "!" in analysis.title[:verb_pos]:
        return False  # 'ดีเดย์!! ตรวจคัดกรองแรงงาน...': a call, no subject; the issuer screens
    figures = [(x.start, x.end) for x in analysis.figures + analysis.dates if x.field == "title"]
    head = [w for w in words(analysis.title) if w.end <= verb_pos and is_content(w)
            and not any(a <= w.start < b for a, b in figures)]
    if not head or analysis.title[:head[0].start].strip(" \u200b"):
        return False  # (a quote or a mark before it: a slogan, a title of a campaign)
    first, opening = head[0], analysis.title[:verb_pos]
    if re.search(r"[.ฯ]", opening) or opening.lstrip().startswith(_ISSUERS_OWN) \
            or any(k in opening for k in glossary().get("roles", {})) or first.text in agents():
        # 'ก.อุต ฯ จัดเตรียม...' (an abbreviated body), 'ผู้ตรวจ ทาวันฯ ลงพื้นที่...', 'ฝ่ายปกครองอำเภอ... สนธิกำลัง'
        # (the issuer's own inspector or district officers), 'รัฐสั่งปิด...' (an [agent] noun): the issuer stands
        # for them (archive seed 1933: the gist was true before)
        return False
    token = len(opening) - len(opening.lstrip()) + len(opening.split()[0])
    if any(not w.english for w in head if w.end <= token):
        return False  # 'ครูกัลยา ผนึกกำลัง...', 'สุขใจให้ออม...': a nickname or a product name, often the issuer's own
    return first.part in ("noun", "modifier") and (first.english or "").lower() not in _TIME_WORDS | {"tomorrow", "tonight"}


def _names_issuer(analysis: Analysis, people: list[Person], verb_pos: int, agency: str) -> bool:
    """Whether the headline's opening is the issuer named in a short form the extractor did not take as a name
    ('มหาดไทยลงนาม MOU...' for กระทรวงมหาดไทย, 'คกก.โรคติดต่อแห่งชาติ เห็นชอบ...', 'ท่าอากาศยานสุวรรณภูมิพร้อม...' for
    the airports' company): a word of it of three letters or more is inside the issuer's Thai name."""
    thai = [re.sub(r"\s+", "", e.text) for e in analysis.entities if e.type == "organisation"
            and _mention_label(analysis, e, people) == agency]
    if not thai:
        return True  # the issuer is a person ('ลุงป้อม เตือน...' is the Deputy Prime Minister the release names)
    head = [w.text for w in words(analysis.title) if w.end <= verb_pos and is_content(w) and len(w.text) >= 3]
    return any(w in t for w in head for t in thai)


OPENING_CHARS = 400
"""The body's opening, where the issuing agency is named."""


def _first_paragraph_end(body: str, least: int = 60) -> int:
    """Where the body's first paragraph of at least `least` characters ends (a dateline alone is none)."""
    end = -1
    while (end := body.find("\n", end + 1)) >= 0:
        if len(body[:end].strip()) >= least:
            return end
    return len(body)


_SPOKESPERSONS_OFFICE = re.compile(r"โฆษก\S{0,6}\s*$")
"""A body named as a spokesperson's post ('โฆษกประจำ|สำนักนายกรัฐมนตรี'): whose spokesperson, not who acted."""
_SAYS_THAT = re.compile(r"(?:เปิดเผย|กล่าว|แถลง|ระบุ|รายงาน|แจ้ง|ชี้แจง)\s*ว่า\s*(?:ล่าสุด|ขณะนี้|ปัจจุบัน)?\s*$")
"""A saying that hands over to what is reported: the body right after it is the reported clause's subject."""


def _issuer(analysis: Analysis, people: list[Person]) -> str:
    """Whose release it is: the first organisation of the body's first paragraph, else a person with a role
    named there, else the first organisation of the opening (OPENING_CHARS), else the first person with a role,
    else any name the headline gives, else the government."""
    mentions = sorted((e for e in analysis.entities + analysis.references
                       if e.field == "title" and e.type in ("person", "organisation")), key=lambda e: e.start)
    lead = sorted((e for e in analysis.entities if e.field == "body" and e.type in ("organisation", "person")
                   and e.start < OPENING_CHARS), key=lambda e: e.start)
    paragraph = _first_paragraph_end(analysis.body)
    for entity in lead:
        if entity.type == "organisation" and entity.start < paragraph and (label := _mention_label(analysis, entity, people)):
            if _SPOKESPERSONS_OFFICE.search(analysis.body[max(entity.start - 25, 0):entity.start]):
                # 'นายจิรายุ ห่วงทรัพย์ โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า สำนักงานสภาพัฒนาการเศรษฐกิจฯ (สศช.) รายงาน...'
                # (details/99843): the office is the spokesperson's title; the body the report names right after the
                # saying did what is reported ('NESDC', not 'OPM: Thai economy improves')
                reported = next((e for e in lead if e.type == "organisation" and entity.end < e.start < paragraph
                                 and _SAYS_THAT.search(analysis.body[max(e.start - 30, entity.end):e.start])), None)
                if reported is not None and (named := _mention_label(analysis, reported, people)):
                    return named
            return label
    # The opening paragraph names no body: one it names with a role reports it ('รศ.ทวิดา กมลเวชช รองผู้ว่าราชการ
    # กรุงเทพมหานคร รายงาน...'), not a body the next paragraph names in passing ('แยกตลาด อตก.': a junction).
    for entity in lead:
        if entity.type == "person" and entity.start < paragraph:
            named = safe_english(english_name(_lookup_person(analysis, entity) or entity), analysis)
            person = next((p for p in people if p.name == named and p.role), None)
            if person is not None:
                return _person_label(person.name, person.role)
    for entity in lead:
        if entity.type == "organisation" and (label := _mention_label(analysis, entity, people)):
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
        if title[w.end:pos].strip(" ฯ\u200b"):  # ('ที่ประชุมฯ รับรอง': the abbreviation mark ends the noun)
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
    group = group_english([table[before[0].text]] + [w.english for w in before[1:] if w.english])
    return group[:1].upper() + group[1:] if group else None



_GOVERNOR_NICKNAME = re.compile(r"พ่อเมือง\s*ฯ?\s*")
"""'พ่อเมือง' (the city's father): the headlines' name for a provincial governor, before the province or its nickname."""
_OPENING_MARKS = re.compile(r"[\s“”\"'‘’]*")


def _place_subject(analysis: Analysis, people: list[Person], verb_pos: int) -> str | None:
    """A province, or its governor, as the subject when the headline names no person or body before its verb.

    'พ่อเมืองนครพนม ลงพื้นที่ อ.วังยาง ติดตาม...' (339 archive headlines say พ่อเมือง): the governor acts, 'Nakhon
    Phanom Governor' (with a nickname the place reader does not know, 'พ่อเมืองแม่กลอง', the governor the release
    names: 'Samut Songkhram Governor'); read as words before the verb the gist gave the issuer ('Ministry of Interior
    follows up', 'Department of Corrections leads the team', 14 of 50 drawn) or the nickname ('Drum mother governor').
    '“พิษณุโลก” ฉีดวัคซีน HPV...', 'จังหวัดนครพนมจับมือ อปท.', 'ท่าอากาศยานดอนเมือง (ทดม.) เตรียมความพร้อม...': a place
    opening the headline right before the verb acts ('Phitsanulok vaccinates'); the issuer was named instead,
    often wrongly ('Ministry of Public Health vaccinates', 'Royal Thai Air Force prepares')."""
    title = analysis.title
    places = sorted((e for e in analysis.entities + analysis.references
                     if e.field == "title" and e.type == "place" and e.end <= verb_pos), key=lambda e: e.start)
    for m in _GOVERNOR_NICKNAME.finditer(title, 0, verb_pos):
        if re.search(r"\d\s*$", title[:m.start()]):
            return None  # '3 พ่อเมืองลุ่มน้ำบางปะกง': three governors, whom one post does not name
        seat = next((e for e in places if e.start == m.end()), None)
        if seat is not None and (post := _post_of(analysis, seat, "Governor")):
            return post
        governor = next((p for p in people if p.role and p.role.startswith(("Provincial Governor", "Governor"))), None)
        if governor is None or governor.role is None:
            return "The provincial governor"
        province = governor.role.partition(", ")[2].removesuffix(" Province")
        return f"{province} Governor" if province and READABLE.search(province) and word_count(province) <= 4 \
            else _person_label(governor.name, governor.role)
    opening = _OPENING_MARKS.match(title)
    first = next((e for e in places if e.start == opening.end()), None) if opening else None
    if first is None or title[first.end:verb_pos].strip(" “”\"'‘’") and not re.fullmatch(r"\s*\([^()]*\)\s*", title[first.end:verb_pos]):
        return None  # the place says where something else stands ('ศูนย์ฯ ต.บ้านกร่าง จ.พิษณุโลก'), or names no subject
    name = safe_english(english_name(first), analysis)
    if not name or not READABLE.search(name) or name.lower() in ("thailand", "thai") or _country_names().get(first.text):
        return None  # a country opening the headline is a topic ('ไทย ขยายตัว') more often than one who acts
    return re.sub(r"\s*\([^()]*\)$", "", name)



_WINS = ("คว้า", "ครองแชมป์", "ชนะเลิศ")
"""Verbs of winning: the winner is whoever stands right before the verb, seldom who issued the release."""
_OPENING_CRY = re.compile(r"(?:[^!]{0,20}!+)?[\s“”\"'‘’]*")
_PRAISE = ("ชื่นชม", "ยินดี", "แสดงความยินดี")


def winner_of(analysis: Analysis, verb_pos: int | None) -> tuple[str, str]:
    """Who won, for a headline whose verb at `verb_pos` is one of winning ('คว้ารางวัล'): ('place', its English)
    when a place opens the headline right before the verb ('“กรุงเทพฯ” คว้าอันดับ 1': Bangkok); ('unnamed', '')
    when the headline names no person or body before the verb, or a saying, praise or a quoted title stands
    between the last one and the verb ('วธ. เผยข่าวดี เพลง “ไฉไล” จากทีม NEW ERAS คว้ารางวัล', 'นักเรียน
    อัสสัมชัญคว้า...'): the one who won is not the actor; ('named', '') otherwise ('ออมสินปลื้ม คว้ารางวัล');
    ('', '') when the verb is no win. 7 of 100 random corpus headlines with 'คว้า' gave the win to the issuer
    ('Ministry of Culture wins an award for the song clip', 'Provincial Governor wins the textile')."""
    title = analysis.title
    if verb_pos is None or not title.startswith(_WINS, verb_pos):
        return "", ""
    names = sorted((e for e in analysis.entities + analysis.references if e.field == "title" and e.end <= verb_pos
                    and e.type in ("person", "organisation", "place")), key=lambda e: e.end)
    for e in names:
        if e.type == "place" and not title[e.end:verb_pos].strip(_QUOTES) and _OPENING_CRY.fullmatch(title[:e.start]):
            name = safe_english(english_name(e), analysis)
            if name and READABLE.search(name):
                return "place", _NO_ACRONYM.sub("", name)
    end = len(title[:verb_pos].rstrip(_QUOTES + "!"))
    last = next((w for w in reversed(words(title)) if w.end <= end and w.text.strip(_QUOTES)), None)
    if last is not None and last.end == end and last.text in agents():
        return "named", ""  # 'หนังผีไทยคว้ารางวัล': 'Thailand wins', as `_noun_subject` reads it
    bodies = [e for e in names if e.type != "place"]
    if not bodies:
        return "unnamed", ""
    between = title[bodies[-1].end:verb_pos]
    sayings = glossary().get("sayings", {})
    if any(k in between for k in (*sayings, *_PRAISE)) or re.search(r"[“\"‘'][^”\"’']+[”\"’']", between):
        return "unnamed", ""
    return "named", ""
