"""What was done (`action_of`): the headline's verb and its object phrase, then its next clause.

The verb (`verbs.verbs_of`; a saying comes first when what is said is a noun phrase, `main_verbs`) and
its object phrase (`object_phrase.object_of`), then the headline's next clause after 'and' when both
fit ('endorses the ministry and cuts the litres diesel excise tax'; 'orders MOC and MOI to help ...'
when the command names who carries it out). A verb of telling or inviting names who is told and what
to do ('presses the private sector to adapt', 'invites the public to shop for ...', `_told`); after
'warns' or praise the next clause is the hearer's, not a second action.

What does not read as English is left out rather than written (a gist a reader cannot parse is worse
than a shorter one): a second clause with a word the glossary cannot read (`first_gap`), one opening
with a preposition or whose object comes after another verb's clause; a purpose clause of the object
with such a word; a name behind an unread word or a prepositional verb is not the verb's object
('offers blessings to Her Majesty the Queen'); the object may stop before an unread word at a sure cut;
a final gate (`_gated`) drops a bare modifier ending a phrase, a clause of a vague noun alone, or the
clause it cannot mend, so a shorter true gist is given rather than word salad.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import replace

from briefing.model import Analysis
from briefing.summary.case import case_action, case_verb
from briefing.summary.check import word_count
from briefing.summary.english import glossary, join_words, longest_keys
from briefing.summary.facts import english_name, safe_english
from briefing.summary.grammar import BARE, GOVERNS, repeats, with_article
from briefing.summary.object_phrase import CAUSATIVE, FUNDS, clean_cut, first_gap, not_its_object, object_of
from briefing.summary.verbs import Verb, find_verb, verbs_of
from briefing.summary.words import agents, base_form, headwords, is_content, light_verbs, third_person, words

_VISIT_THE_FAIR = re.compile(r"\bvisit the fair (?=the (?:[a-z]+ ){0,3}(?:festival|fair|expo|exhibition|market)\b)")
"""'เที่ยวงาน' (visit the fair) before the event's own noun: the noun says which fair ('to visit the festival')."""
_EVENT = re.compile(r"\b(?:Dialogue|Meeting|Forum|Conference|Summit|Festival|Expo|Fair|Workshop|Seminar|"
                    r"Symposium|Ceremony|Exhibition|Week|Awards?|Congress|Assembly|Session|Talks)\b")
_MEETING_VERBS = {"holds a meeting on", "holds talks on", "holds", "opens", "presides over"}
_MEETING_ON = {"holds a meeting on": "holds a meeting of", "attends a meeting on": "attends a meeting of"}
"""A meeting verb before a body that meets ('คณะกรรมการ'): of it, not on it."""


def _topics(title: str) -> list[tuple[int, int, str]]:
    """The glossary's topics in the headline, longest Thai keys first, with their positions."""
    topics = glossary().get("topics", {})
    hits: list[tuple[int, int, str]] = []
    for key in longest_keys(topics):
        for m in re.finditer(re.escape(key), title):
            if not any(m.start() < e and s < m.end() for s, e, _ in hits):
                hits.append((m.start(), m.end(), topics[key]))
    return [(start, end, word) for start, end, word in hits]


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
    # 'increases the confidence to let bank', 'builds income to let country': a causative 'ให้' whose next clause was
    # not read lets someone do nothing; the clause stops before it ('to let the public improve transport' stays)
    action = re.sub(rf" {CAUSATIVE} (?:the |a )?[a-z]+(?: [a-z]+)?(?= and |$)", "", action)
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


_TALKS_WITH = re.compile(
    r"\bholds talks on ((?:the )?(?:(?!(?:MOU|MOA|FTA|BCG|ESG|SMEs?|GDP|AI|EV|OTOP|IT|PM)\b)[A-Z]{2,}\b|(?:[A-Za-z-]+ ){0,3}(?:ambassadors?|envoys?|ministers?|Minister|"
    r"President|presidents?|chair|chairperson|chairman|delegations?|representatives|executives|officials|leaders|"
    r"governors?|secretary-general|director-general|club|association|federation|council|government|company|"
    r"companies|team)\b))")
"""'หารือ ออท.เปรู', 'หารือนายกฯ เยอรมนี', 'หารือสมาพันธ์...': talks are held WITH a party (a post, a body, an acronym),
ON a topic; an acronym names a body unless it is a thing ('MOU', 'BCG', 'SMEs')."""


_MEETING_OF = re.compile(r"\b(holds|attends) a meeting on ((?:the )?(?:[A-Za-z-]+ ){0,3}(?:committee|subcommittee|board|"
                         r"council|commission|panel|working group)\b)")
"""'ประชุมคณะกรรมการนโยบาย...': a body meets; a meeting OF the policy committee, not ON it (a body named by the object's
last noun, which `_action_of`'s first-word test misses: 'the policy committee', 'the plan board')."""
_MEETING_WITH = re.compile(r"\b(holds) a meeting on ((?:the |all )?(?:[A-Za-z-]+ ){0,3}(?:executives|officials|agencies|"
                           r"partners|heads|representatives|governors|leaders)\b)")
"""'ประชุมผู้บริหารระดับสูง', 'ประชุมภาคีเครือข่าย': a meeting WITH people, not on them."""


_TRAINS_COURSE = re.compile(r"\btrain(s?) ((?:the |a )?(?:[\w-]+ ){0,4}course)\b")
"""'เปิดอบรมหลักสูตร...' (175 archive headlines with 'อบรมหลักสูตร'): a course is run, not trained ('BOI trains the course
to build Thai investors', 'MOAC trains the high-level agricultural course')."""


_TACKLES_PEOPLE = re.compile(r"\btackles ((?:the )?(?:public|people|farmers|residents|citizens|fishermen|communities)(?: in need)?)"
                             r"(?= in | and |$)")
"""'แก้ไขปัญหาให้พี่น้องประชาชน', 'แก้ปัญหาประชาชน' (about 40 archive headlines): people's problems are solved, the people
are not what is tackled ('tackles the public' read as a fight with them); what the problem is goes unsaid."""


def action_of(analysis: Analysis, phrases: list[str], changes: bool = True) -> tuple[str, int | None]:
    """What was done, passed through `_gated`; see `_action_of` (`changes`: whether a verb of change may stand
    without its object, CHANGES)."""
    action, pos = _action_of(analysis, phrases, changes)
    if (case := case_verb(analysis)) is not None:
        action = case_action(action, case[1])
    action = _with_parties(analysis, action)
    action = _TALKS_WITH.sub(r"holds talks with \1", action)
    action = _MEETING_OF.sub(r"\1 a meeting of \2", action)
    action = _MEETING_WITH.sub(r"\1 a meeting with \2", action)
    action = _TRAINS_COURSE.sub(r"run\1 \2", action)
    action = _TACKLES_PEOPLE.sub(r"tackles problems for \1", action)
    # 'เชิญเที่ยวงาน “เทศกาลทุเรียน...”' read 'to visit the fair the festival': the event named is the fair visited
    action = _VISIT_THE_FAIR.sub("visit ", action)
    # 'เตือน ระวัง! คนร้าย...': both verbs warn ('warns the public to warn the public criminals'); one warning is said
    action = re.sub(r"\bwarns the public to warn the public(?: about)?\b", "warns the public about", action)
    clauses = action.split(" and ")
    if len(clauses) > 1 and " " in clauses[0] and clauses[-1].split(" ")[0] == clauses[0].split(" ")[0] \
            and clauses[0].split(" ")[0][:1].islower():
        # 'builds young people and builds jobs for ...': a second clause with the first one's verb adds no act, only
        # a second object ('builds young people and jobs for ...')
        first, last = clauses[0].split(), clauses[-1].split()
        same = next(i for i, (a, b) in enumerate(zip([*first, ""], [*last, " "])) if a != b)
        rest = " ".join(last[same:]).removeprefix("the ") if same < len(last) else ""
        action = " and ".join(clauses[:-1]) + (f" and {with_article(rest)}" if rest else "")
    if SPEECH.match(analysis.title):
        action = _spoken(action)
        if action == "gives a speech" and (occasion := _occasion(analysis.title)):
            action = f"gives a speech on {occasion}"
    gated = _unfinished(_gated(action))
    if gated or not action:
        return gated, pos
    # nothing of the object could stay: the verb alone, as a phrase when it is one ('จับกุม' 'makes arrests', not
    # 'makes': '... Suttipong Juljarern makes; debt of ...', details/75551)
    verb = next((v for v in verbs_of(analysis) if v.start == pos), None)
    phrase = BARE.sub("", verb.english) if verb is not None else ""
    return (phrase if phrase and action.startswith(phrase) and " " in phrase else BARE.sub("", action.split()[0])), pos


_DANGLING = re.compile(r"(?: (?:to|and) [a-z]+)? (?:the|a|an|of|to|for|on|with|in|and)$")


def _unfinished(action: str) -> str:
    """The action without a tail that stops at an article or a preposition ('commits to all government agencies to
    drive the': the object was cut at a word the gist could not read): the tail goes, and then a second clause
    left with its verb alone ('and commits'), so the gist ends on a word that finishes a phrase."""
    if not _DANGLING.search(action):
        return action
    cut = _DANGLING.sub("", action)
    while _DANGLING.search(cut):
        cut = _DANGLING.sub("", cut)
    head, sep, last = cut.rpartition(" and ")
    if sep and " " not in last:
        cut = head  # 'integrates the area and commits': the second clause lost its object
    return cut


_PARTNERING_ON = re.compile(r"\b(joins forces|teams up|cooperates|works together|partners) on ((?:the )?[^ ]+(?: [^ ]+)*)$")


def _with_parties(analysis: Analysis, action: str) -> str:
    """Each clause's 'cooperates on <a party>' as 'cooperates with <a party>' ('ร่วมมือกับเครือข่าย': cooperates
    with the network); `_action_of` mends only the first verb's, and a second clause read 'cooperates on the network'."""
    clauses = action.split(" and ")
    for i, clause in enumerate(clauses):
        m = _PARTNERING_ON.search(clause)
        if m and _a_party(analysis, m.group(2).removeprefix("the ") if m.group(2).startswith("the ") and
                          m.group(2).removeprefix("the ") in _PARTIES else m.group(2)):
            clauses[i] = clause[:m.start()] + f"{m.group(1)} with {m.group(2)}"
    return " and ".join(clauses)


SPEECH = re.compile(r"\s*(?:คำกล่าว|คำปราศรัย|สุนทรพจน์|ปาฐกถา)")
"""A headline that is the text of a speech ('คำกล่าวของนายกรัฐมนตรีในการประชุม...'): the speaker holds nothing."""


def _spoken(action: str) -> str:
    """What a speech headline's speaker did: spoke at the meeting or event the headline names ('ในการประชุม...'
    read as 'holds a meeting on ...', which the speaker seldom does), else gave a speech."""
    for held in ("holds a meeting on ", "holds a meeting of ", "holds ", "attends a meeting on ", "attends ",
                 "presides over ", "opens "):
        if action.startswith(held):
            rest = re.split(r" and (?![A-Z])", action[len(held):])[0]  # 'ASEAN Business and Investment Summit' whole
            if held.startswith(("holds a meeting", "attends a meeting")):
                return f"speaks at a meeting {held.split()[-1]} {rest}"
            return f"speaks at {with_article(rest)}" if rest else "gives a speech"
    return "gives a speech"


_OCCASION = "เนื่องในโอกาส"


def _occasion(title: str) -> str | None:
    """The named day or festival a speech is given for: 'คำปราศรัย ... นายกรัฐมนตรี เนื่องในโอกาสวันตรุษจีน...' ->
    'Chinese New Year' (bench/gists19 g15 read only 'gives a speech'). Only a name the glossary gives in capitals
    ('International Women's Day', 'Labour Day', 'New Year's Day'), right after 'เนื่องในโอกาส' (a bare 'วัน' or a
    quote mark between); an occasion said in words ('การจัดกิจกรรม...') is left out."""
    at = title.find(_OCCASION)
    if at < 0:
        return None
    for w in words(title):
        if w.start < at + len(_OCCASION) or w.text in ("วัน", "“", '"', "‘") or not w.text.strip():
            continue
        return w.english if w.part == "noun" and w.english and w.english[:1].isupper() else None
    return None


def _party_at(analysis: Analysis, end: int) -> str | None:
    """The acronym or name of the organisation right after `end` (spaces, 'กับ' between), or None."""
    from briefing.summary.facts import abbreviation

    for e in analysis.entities + analysis.references:
        if e.field == "title" and e.type == "organisation" and e.start >= end \
                and re.fullmatch(r"\s*(?:กับ)?\s*", analysis.title[end:e.start]):
            label = safe_english(english_name(e), analysis)
            return abbreviation(label) if label else None
    return None


_TALKS = {"holds talks on": "holds talks with", "holds phone talks on": "holds phone talks with"}
"""Talks said with the party the headline names after the verb, not on it."""


def _party_next(analysis: Analysis, end: int, obj_start: int) -> bool:
    """True when a person or organisation of the headline follows the verb ending at `end` (after 'กับ') and
    the object (starting at `obj_start`) begins with it."""
    return any(e.field == "title" and e.type in ("person", "organisation") and e.start >= end
               and e.start <= obj_start < e.end + 1 and re.fullmatch(r"\s*(?:กับ)?\s*", analysis.title[end:e.start])
               for e in analysis.entities + analysis.references)


_EVENT_GAP = 12
"""How far (characters) after the verb an English phrase of the headline may start to be what the verb acts on."""


_EVENT_LEAD = 1200
"""How far into the body (characters) the English name of the event a headline holds is first written."""


def _far_in_body(analysis: Analysis, phrase: str) -> bool:
    """True when `phrase` is first written in the body more than _EVENT_LEAD characters in (a phrase not found as
    written, its ordinals spelt out, is not known to be far)."""
    at = re.sub(r"\s+", " ", analysis.body).lower().find(phrase.lower())
    return at > _EVENT_LEAD


def _far_after(squashed_title: str, phrase: str, upto_verb: str) -> bool:
    """True when `phrase` starts more than _EVENT_GAP characters after the verb's end in the headline."""
    at = squashed_title.find(phrase.lower())
    return at >= 0 and at - len(re.sub(r"\s+", " ", upto_verb)) > _EVENT_GAP


CHANGES = frozenset({"ดีขึ้น", "ปรับตัวดีขึ้น", "ปรับตัวเพิ่มขึ้น", "ปรับตัวลดลง", "ขยายตัว", "เติบโต", "ฟื้นตัว",
                     "เพิ่มขึ้น", "ลดลง", "ชะลอตัว"})
"""Verbs of change, which take no object: a subject before them changes ('เศรษฐกิจไทย ดีขึ้น' the Thai economy
improves), and a noun after them is the next clause's subject or the size of the change."""


def _action_of(analysis: Analysis, phrases: list[str], changes: bool = True) -> tuple[str, int | None]:
    """What was done: the headline's verb and its object phrase ('supports the halal food festival').

    An English event name the release gives wins as the object when the headline names an event or
    holds a meeting ('holds the second Thai–China Ministerial Dialogue'); otherwise the object is the
    headline's own phrase after its verb (`object_of`), and failing that its glossary topics."""
    title = analysis.title
    if received := _received(analysis):
        return received
    verb = find_verb(analysis)
    # 'กยศ.ชี้แจงกรณีสาว อบต. โดนฟ้องยึดทรัพย์': the verbs of the case explained are not the actor's (case.py)
    case = case_verb(analysis)
    verb = case[0] if case is not None else verb
    squashed_title = re.sub(r"\s+", " ", title).lower()
    event = next((p for p in phrases if p.lower() in squashed_title and word_count(p) >= 2
                  or 3 <= word_count(p) <= 12 and "," not in p and _EVENT.search(p)), None)
    if event and verb is not None and not _EVENT.search(event) and _far_after(squashed_title, event, title[:verb.end]):
        # 'ประชุมคณะอนุกรรมการฯ EUDR ตั้งเป้า... รักษามาตรฐานกลุ่ม Low Risk': an English phrase of the headline far
        # after the verb, naming no event, is not what was held ('holds Low Risk' was false)
        event = None
    if event and verb is not None and verb.english == "holds talks on" and event.lower() not in squashed_title \
            and object_of(analysis, verb)[0]:
        # 'ดร. นลินี ทวีสิน หารือทูตซาอุฯ ชื่นมื่น...' (details/89428): talks are held with the party the headline
        # names; an event the body mentions elsewhere is not what was discussed ('holds Thailand International Mega
        # Fair 2024' was false)
        event = None
    if event and event.lower() not in squashed_title and _far_in_body(analysis, event):
        # 'สรุปข่าวการประชุมคณะรัฐมนตรี' read 'holds East Asia Summit: EAS' (a meeting one of thirty resolutions names): an
        # event the headline does not write, first named deep in the body, is not the one the headline's verb holds
        event = None
    if event and event.split()[0] in ("The", "the"):
        event = "the " + " ".join(event.split()[1:])
    if event and verb is not None and verb.english == "attends a meeting on":
        return f"attends {event}", verb.start  # 'ร่วมประชุม APEC ...': someone else's meeting
    if event and (verb is None or verb.english in _MEETING_VERBS):
        return f"holds {event}", verb.start if verb else None
    obj = ""
    end = 0
    obj_start = 0
    stop: int | None = None
    for candidate in [case[0]] if case is not None else main_verbs(analysis)[:3]:
        if changes and (change := analysis.title[candidate.start:candidate.end]) in CHANGES and candidate.start > 0:
            # 'เศรษฐกิจไทย ดีขึ้น GDP ไตรมาสที่ 2ขยายตัว...' (details/99843): the economy improves, it does not improve
            # the GDP; what follows a verb of change opens the next clause ('Thai economy improves second quarter GDP')
            return third_person(headwords()[change][1]), candidate.start
        obj, obj_start, end = object_of(analysis, candidate)
        if obj and any(candidate.end <= r.start < obj_start for r in appointed_roles(analysis)):
            # 'แต่งตั้ง พล.ต.อ.พัชรวาทฯ เป็นประธานคณะกรรมการ...': the appointee went unread and the object reader
            # went on past the role; 'appoints the committee' said a committee was appointed (details/74443): the
            # gist says a chair was appointed, or only that someone was
            chair = _appointed_as(analysis, candidate, candidate.end, unread=True)
            return (f"{candidate.english} a chair of {chair.removeprefix('as chair of ')}" if chair
                    else BARE.sub("", candidate.english)), candidate.start
        if obj and not_its_object(analysis, candidate, obj_start, obj):
            continue
        gap = first_gap(analysis, obj_start, end) if obj else None
        before_gap = object_of(analysis, candidate, stop=gap)[0] if gap is not None and clean_cut(analysis.title, gap) else ""
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
                joint = f"{BARE.sub('', candidate.english)} to {base_form(BARE.sub('', lead_in.english))} {with_article(obj)}"
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
    if verb and obj and obj.startswith(f"{FUNDS} for ") and " to " not in obj:
        # 'ครม. อนุมัติ 3,786.55 ล้านบาท ให้กรมทางหลวงและกรมทางหลวงชนบท ฟื้นฟูโครงสร้างพื้นฐาน...': the next clause is
        # what the funds are for ('approves funds for DOH and DRR to restore infrastructure'), not the cabinet's act
        more = _second_clause(analysis, verb, end)
        more = re.sub(r"(?: (?:to|for|of|in|on|under|with|from|and|by|the|a|an))+$", "", more or "")
        if more and word_count(f"{verb.english} {obj} to {more}") <= ACTION_WORDS:
            return f"{verb.english} {obj} to {base_form(more)}", verb.start
        return f"{verb.english} {obj}", verb.start
    if verb and obj and (told := _told(analysis, verb)):
        return told, verb.start
    if verb and obj and verb.english in _FEELING:
        obj = re.sub(r" from (?!the |a |an )(?=[a-z])", " over the ", obj).replace(" from ", " over ")
        # 'cares about the public over the weather', not 'from weather'
    if verb and obj and (role := _appointed_as(analysis, verb, end)) \
            and word_count(joint := f"{verb.english} {with_article(obj)} {role}") <= ACTION_WORDS:
        return joint, verb.start  # 'appoints Thanadol Suwannarit as chair of the working group'
    if verb and obj:
        # 'รมว.สุชาติ มอบ ที่ปรึกษา ลุยราชบุรี...', 'มอบ ผู้ตรวจฯ สมาสภ์ ... รุดเยี่ยม...': a post or a person right after
        # 'มอบ' is who is assigned (`_told` reads the plain cases); read 'hands over the minister adviser and builds ...'
        post = _post_next(analysis, verb.end) if verb.english == "hands over" else None
        assigned = verb.english == "hands over" and (post is not None or _names_next(analysis, verb.end, quotes=True))
        if assigned:
            verb = replace(verb, english="assigns")
            if post is not None and post[0].lower().removeprefix("the ") not in obj.lower():
                obj, end = post[0], post[2]  # 'มอบผู้ว่า ฯ เป็นผู้แทน มอบเงิน...': the post read past is who is assigned
        action = f"{verb.english} {with_article(obj)}"
        if verb.english in _MEETING_ON and obj.split()[0].lower() in _BODIES:
            # 'จัดประชุมคณะกรรมการ...': the committee meets; 'ร่วมประชุมคณะกรรมการ...': attends its meeting
            action = f"{_MEETING_ON[verb.english]} {with_article(obj)}"
        elif verb.english in _MEETING_ON and obj.split()[-1].lower() in _BODIES and obj.split()[-1][:1].isupper():
            # 'ร่วมประชุมคณะกรรมการนโยบายเขตพัฒนาพิเศษภาคตะวันออก': a named body's meeting
            action = f"{verb.english.split()[0]} the {obj} meeting"
        # 'สั่งการ/กำชับ พณ. ดูแล...': the command names who carries it out, then what: 'orders MOC to look
        # after ...', not 'orders action on MOC to ...' (which reads as action against MOC)
        action = _ORDERED.sub(r"orders \1 to ", action)
        if verb.english in _TALKS and (_party_next(analysis, verb.end, obj_start) or verb.english.startswith("holds phone")):
            # 'หารือสถานเอกอัครราชทูตอิหร่าน', 'หารือ นายแอนโทนี บลิงเกน': talks with whom the verb names, not on them;
            # a phone call is with someone ('หารือทางโทรศัพท์นายกรัฐมนตรีลาว'), never on a topic the headline names next
            action = _TALKS[verb.english] + action[len(verb.english):].removeprefix(" with")
        # The headline's next clause often says what the first only announces ('ครม. เห็นชอบร่าง
        # กฎกระทรวง... ลดภาษีน้ำมันดีเซล'): it follows after 'and', the first object then without its
        # purpose clause, when both fit.
        # 'สั่งการฝ่ายปกครองจังหวัด สนธิกำลัง...': who is ordered, then what they are to do
        # 'สั่ง ทีม พม. จว.ภาคเหนือ เฝ้าระวังน้ำป่า...' (bench/gists17 g05): a party named after the order, even one the
        # analyzer finds no name in, is who carries out the next clause ('orders the MSDHS team to monitor ...'); joined
        # by 'and' the actor did it ('orders MSDHS team and monitors flash floods'); a capitalised object that is no
        # acronym is no party ('orders Kick Off')
        ordered = assigned or verb.english.startswith("orders") and (_names_next(analysis, verb.end)
                                                         or verb.english == "orders action on"
                                                         or verb.english == "orders" and _a_party(analysis, obj)
                                                         and (not obj[:1].isupper() or obj.split()[0].isupper()))
        more = _second_clause(analysis, verb, end, bare=ordered)  # only a clause after the whole object
        if case is not None:
            more = None  # 'ชี้แจงกรณีบิลค่าไฟ...ก่อนมีมติ ครม.': a later verb is still the case's ('resolves on Cabinet')
        if more and not ordered and verb.english.split()[0] in _TELLING | _APPRAISING:
            more = None  # 'เตือนประชาชน... ตรวจสอบ...': what the public is told to do, not what the actor did
        link = " and "
        if more and ordered:
            verb = replace(verb, english="assigns" if assigned else "orders")  # 'สั่งการ พณ. มท. เร่งช่วยเหลือ...': orders MOC and MOI to help
            link = " to "
            more = base_form(more)
        joins = (-1,) if link == " to " else (1, 0, -1)  # 'orders MOC to help', no purpose clause between
        firsts = [object_of(analysis, verb, stop=stop, joins=j)[::2] for j in joins] if more else []
        for first in firsts:
            both = f"{verb.english} {with_article(BARE.sub('', first[0]))}{link}{more}"
            if _names_in(obj) > _names_in(first[0]) + _names_in(more or ""):
                break  # 'ชวนคนไทยทำงานมาเก๊า': a shorter object would lose a name the next clause has no match for
            if first[0] and word_count(both) <= ACTION_WORDS:
                action = both
                break
        ordered_party = action.removeprefix("orders action on ")
        if ordered_party != action and " to " not in ordered_party \
                and (_names_next(analysis, verb.end) or not obj[:1].isupper()
                     and (_a_party(analysis, obj) or _a_party(analysis, obj.removeprefix("all ")))):
            # 'สั่งการทุกหน่วยงาน', 'กำชับ กรมโรงงานฯ', 'สั่งการตำรวจ' with no clause the gist can read after them
            # (5 of 80 archive headlines with สั่งการ/กำชับ, draw seed 1813): who is told, not what is acted
            # on ('orders action on DIW' read as action against the department): 'gives orders to DIW'; a body or
            # person the analyzer found right after the verb, or a party noun ('Thailand Pass system' is a thing)
            if ordered_party[:1].islower() and not ordered_party.startswith(("the ", "all ", "a ")):
                ordered_party = f"the {ordered_party}"  # 'gives orders to the police'
            action = f"gives orders to {ordered_party}"
        public = re.fullmatch(r"(\w+) (?:the public|people) (?:to|about)", verb.english)
        if public and action.startswith(verb.english + " ") and (_a_party(analysis, obj) or _PEOPLE.search(obj)):
            # 'ชวนเยาวชน', 'เตือนโน๊ต อุดม': who is invited or warned is named ('invites young people', 'warns Udom
            # Taephanit'), not 'invites the public to young people'
            action = f"{public.group(1)} {action[len(verb.english) + 1:]}"
        if _PARTNERING.match(verb.english) and _a_party(analysis, obj) and action.startswith(verb.english + " "):
            # 'บีโอไอจับมือพันธมิตร', 'จับมือ ธ.ก.ส.': one joins forces with a party, on a thing
            action = f"{verb.english[:-3]} with {action[len(verb.english) + 1:]}"
        elif _PARTNERING.match(verb.english) and (party := _party_at(analysis, verb.end)):
            # 'จับมือสำนักงานคณะกรรมการส่งเสริมการศึกษาเอกชน นำร่อง...': the body right after the verb is the partner,
            # whatever the words after it ('joins forces on pilot OPEC to borrow ...' read them as one group)
            action = f"{verb.english[:-3]} with {party}"
        return action, verb.start
    if obj and obj.startswith("founding anniversary"):
        return f"marks the {obj}", None  # 'วันคล้ายวันสถาปนา...' names the day the release marks, no report on it
    if obj:
        return f"reports on {obj}", None
    if verb and word_count(bare := BARE.sub("", verb.english)) >= 2:
        return bare, verb.start  # 'presides over an event on' with no topic: 'presides over an event'
    if verb:
        return BARE.sub("", verb.english), verb.start
    return "", None


_CALL_ON = re.compile(r"ให้(?!การ|ความ|สัมภาษณ์|โอวาท|นโยบาย)\s*(\S.{0,100}?)\s*(?:พร้อม(?:ด้วย)?)?\s*(?:และ)?\s*(?:คณะ)?\s*เข้าพบ")
"""'<host> ให้ <visitor> (และคณะ) เข้าพบ': the host lets the visitor call on them, i.e. receives them."""


def _received(analysis: Analysis) -> tuple[str, int] | None:
    """'รมว.สุริยะ ให้ประธาน JETRO Bangkok และคณะของJCC เข้าพบ' (83 corpus headlines of 63k): the host receives the
    visitor. Read as 'เข้าพบ' (call on) with whoever stands before it as the actor, the gist named the visitor as
    the one acting ('Wachira Rueangmalai leads the association committee') or said nothing ('issues a release')."""
    m = _CALL_ON.search(analysis.title)
    if m is None or not analysis.title[:m.start()].strip():
        return None
    host = Verb(english="receives", start=m.start(), end=m.start(1))
    visitor, _, _ = object_of(analysis, host, stop=m.end(1))
    return (f"receives {with_article(visitor)}" if visitor else "receives visitors"), m.start()


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


def _told(analysis: Analysis, verb: Verb, past_travel: bool = True) -> str | None:
    """'<verb> <who> to <do what>' for a verb of telling whose object is who is told and whose next verb,
    glued or after a space, says what they are to do ('กำชับหน่วยงานเกี่ยวข้องอำนวยความสะดวกผู้เดินทาง':
    orders agencies to facilitate travellers); None when either part has a word the glossary cannot read
    or another subject comes between (then the plainer forms are used)."""
    head, *more = verb.english.split()
    inviting = head == "invites" and " ".join(more) in ("the public to", "people to")  # 'ชวนเด็กๆ สัมผัส...'
    post = _post_next(analysis, verb.end) if verb.english in ("hands over", "sends") else None
    # 'นายกรัฐมนตรีมอบ สธ. หารือ...' (details/39741): a body right after 'มอบ' with what it is to do next is assigned it
    # ('assigns MOPH to hold talks on ...', was 'hands over MOPH to hold talks'); `_told_rest` wants that next verb
    sending = verb.english in ("hands over", "sends") and (_names_next(analysis, verb.end, quotes=True) or post is not None
                                                           or verb.english == "hands over"
                                                           and _names_next(analysis, verb.end, kinds=("organisation",)))
    partnering = bool(_PARTNERING.match(verb.english))  # 'กรุงไทย ผนึก “CPP” พัฒนาแพลตฟอร์ม'
    # 'ส่งเสริมเกษตรกรเลี้ยงจิ้งหรีด...' (details/39442): people promoted to do something are encouraged to do it
    # ('promotes farmers to raise crickets'; 'promotes young people' said that the young were promoted)
    encouraging = head in ("promotes", "supports") and not more
    if inviting or sending or partnering:
        more = []
    if (head not in _TOLD and not (inviting or sending or partnering or encouraging)) \
            or more[:1] not in ([], ["on"], ["action"], ["upon"]):
        return None  # 'presses ahead with the project' tells no one anything
    hearer, start, end = object_of(analysis, verb, joins=-1)
    if encouraging and not ((people := _PEOPLE.match(hearer)) and people.end() == len(hearer)):
        return None  # 'ส่งเสริมการท่องเที่ยว': a thing promoted is promoted
    if post is not None:
        # 'มอบ รองเลขาฯ จักรพล พร้อมคณะ เดินทาง...', 'มอบ 'ที่ปรึกษา' เยี่ยม...': who is sent is the person the post
        # names, else the post ('the adviser'); read as an object it was 'hands over Secretary-General deputy'
        hearer, start, end = post
        end += len(analysis.title[end:]) - len(_WITH_TEAM.sub("", analysis.title[end:], count=1))
    if not hearer or word_count(hearer) > 4 or first_gap(analysis, start, end) is not None:
        return None
    nxt = next((v for v in verbs_of(analysis) if v.start >= end), None)
    if past_travel and nxt is not None and base_form(BARE.sub("", nxt.english)) in ("travel", "go"):
        # 'เดินทางติดตามนโยบาย': to follow up on the policy; the travel only says how (else 'to travel' it is)
        later = next((v for v in verbs_of(analysis) if v.start == nxt.end), None)
        if later is not None:
            result = _told_rest(analysis, verb, head, inviting, sending, partnering, hearer, end, later, nxt.start)
            return result or _told(analysis, verb, past_travel=False)
    told = _told_rest(analysis, verb, head, inviting, sending, partnering, hearer, end, nxt)
    if encouraging and told is not None:
        told = "encourages" + told[len(BARE.sub("", verb.english)):]
    return told


def _told_rest(analysis: Analysis, verb: Verb, head: str, inviting: bool, sending: bool, partnering: bool,
               hearer: str, end: int, nxt: Verb | None, first_verb: int | None = None) -> str | None:
    """`_told` from the verb of what the hearer is to do (`nxt`; the travel before it starts at `first_verb`) on."""
    title = analysis.title
    light = light_verbs()
    if nxt is None or title[nxt.start:nxt.end] in glossary().get("sayings", {}):
        return None
    upto = nxt.start if first_verb is None else first_verb
    between = [w for w in words(title) if end <= w.start and w.end <= upto]
    if any(w.text not in light and is_content(w) for w in between) or len(title[end:upto]) > 12:
        return None  # only a light verb ('เร่ง') may stand between who is told and what they are to do
    obj, first, last = object_of(analysis, nxt, joins=0)
    if any(w.part == "verb" and nxt.end <= w.start < first for w in words(title)):
        obj = ""  # 'ปรับตัวรับการค้า': a verb between leaves the object to it ('to adapt', not 'adapt trade')
    gap = first_gap(analysis, nxt.end, last) if obj else None
    if gap is not None:
        obj = object_of(analysis, nxt, stop=gap, joins=0)[0] if clean_cut(title, gap) else ""
    do = base_form(nxt.english) if obj else BARE.sub("", base_form(nxt.english))
    if not obj and do != base_form(nxt.english):
        return None  # 'to look after' with nothing after it reads unfinished
    if obj and repeats(obj, [do]):
        obj = ""  # 'สัมผัสประสบการณ์': 'to experience', not 'to experience the experience'
        if do != base_form(nxt.english):
            return None
    told_verb = "orders" if head == "orders" else "invites" if inviting else BARE.sub("", verb.english)
    if sending:
        told_verb = "assigns" if head == "hands" else "sends"  # 'มอบ “ธนกร” ลงพื้นที่': assigns Thanakorn to visit
    if partnering:
        if not _a_party(analysis, hearer):
            return None
        told_verb = f"{verb.english[:-3]} with"  # 'joins forces with CPP to develop the platform'
    if told_verb.endswith((" the public", " people")):
        return None
    action = f"{told_verb} {with_article(hearer)} to {do}"
    if obj:
        action += f" {with_article(obj)}"
    return action if word_count(action) <= ACTION_WORDS else None


_POST = re.compile(r"[\s“\"‘']*((?:ผู้ช่วย|รอง)?(?:เลขาฯ|เลขานุการ|เลขาธิการ|ที่ปรึกษา|โฆษก|ผู้ตรวจราชการ|ผู้ตรวจ|"
                   r"ปลัดกระทรวง|ปลัด|อธิบดี|ผู้ว่าราชการจังหวัด|ผู้ว่า|รมช\.|รัฐมนตรีช่วยว่าการ|ผู้อำนวยการ|นายอำเภอ)ฯ?"
                   r"|ผู้ช่วยรัฐมนตรี|ผู้ช่วยฯ)[\s”\"’']*")
"""A post named right after 'มอบ' (assigns): who is sent, with the person who holds it when one follows."""
_POSTS = {"เลขา": "Secretary", "เลขานุการ": "Secretary", "ผู้ช่วย": "Assistant", "ผู้ตรวจ": "Inspector", "ผู้ว่า": "Governor",
          "รองปลัด": "Deputy Permanent Secretary", "รองผู้ว่า": "Deputy Governor", "ผู้ตรวจราชการ": "Inspector-General"}
"""English for the posts of `_POST` that glossary.toml [roles] has no entry for, as they are shortened after 'มอบ'."""
_WITH_TEAM = re.compile(r"^\s*พร้อม(?:ด้วย)?คณะ\s*")


def _post_next(analysis: Analysis, pos: int) -> tuple[str, int, int] | None:
    """Who a post right after `pos` names ('รองเลขาฯ จักรพล': the person; 'ที่ปรึกษา': 'the adviser'), with its span."""
    title = analysis.title
    m = _POST.match(title, pos)
    if not m:
        return None
    person = next((e for e in analysis.entities + analysis.references if e.field == "title" and e.type == "person"
                   and e.start == m.end()), None)
    if person is not None:
        name = safe_english(english_name(person), analysis)
        return (name, m.start(1), person.end) if name else None
    key = m.group(1).removesuffix("ฯ")
    english = glossary().get("roles", {}).get(key) or glossary().get("roles", {}).get(f"{key}ฯ") or _POSTS.get(key)
    if not english:
        return None
    if " " not in english and "-" not in english:
        english = english.lower()  # 'the adviser'; a title of two words keeps its capitals ('the Permanent Secretary')
    return f"the {english}", m.start(1), m.end(1)


_REQUEST = re.compile(r"ขอให้|ขอความร่วมมือ|ขอร้อง|วอน")
"""A request ('ขอให้', 'ขอความร่วมมือ'): the verbs after it are what the hearers are asked to do."""

_FEELING = {"cares about", "worries about", "is concerned about", "is worried about"}
"""Verbs of concern, after which 'จาก' says what the concern is over ('ห่วงใยประชาชนจากสภาพอากาศ')."""

_EMPTY_VERBS = {"does", "do", "makes", "make", "has", "have", "is", "be", "gets", "get"}
"""Verbs too general to open the gist's second clause: what they do depends on words the gist leaves out."""

_ORDERED = re.compile(r"^orders action on ((?:the )?[A-Z][^ ]*(?: (?:and )?[A-Z][^ ]*)*|all [a-z]+) to ")

ACTION_WORDS = 13
"""An action of two clauses ('screens workers in factories and fears a COVID-19 outbreak') is kept only
within this many words (the gist has the actor and the key figure to fit too)."""
SECOND_WORDS = 6
"""The second clause's object has at most this many words."""


def _lead_in(analysis: Analysis, verb: Verb, obj_start: int) -> Verb | None:
    """The verb after a space between a verb ending in a preposition ('จับมือ' joins forces on) and the
    object (`object_of` skips it): the object is that verb's, and the first verb says how it was done."""
    if not BARE.search(verb.english) or verb.english in _MEETING_VERBS:
        return None
    title = analysis.title
    for v in verbs_of(analysis):
        if verb.end <= v.start and v.end <= obj_start and title[verb.end:v.start].isspace() \
                and title[v.start:v.end] not in glossary().get("sayings", {}):
            return v
    return None


_PEOPLE = re.compile(r"^(?:the )?(?:[a-z-]+ )*(?:people|children|youth|students|farmers|workers|residents|tourists|"
                     r"volunteers|parents|teachers|entrepreneurs|consumers|employers|women|men|elderly|citizens|"
                     r"businesses|operators|owners|vendors|traders|merchants|companies|drivers|officials|officers|"
                     r"staff|employees|members|patients|migrants|fishermen|growers|producers|sellers|investors|"
                     r"travellers|passengers|motorists|users|households|communities|hotels|shops)(?: |$)")
_PARTNERING = re.compile(r"^(?:joins forces|teams up|cooperates|works together|partners) on$")
_PARTIES = {"partners", "partner", "network", "networks", "agencies", "private sector", "alliance", "allies"}


def _a_party(analysis: Analysis, obj: str) -> bool:
    """Whether an object is someone to work with: a name (capitalised), an [agent] noun or a partner word."""
    first = re.split(r" (?:and|to|on|in|for|with) ", obj, maxsplit=1)[0]
    return first[:1].isupper() or first in _PARTIES or first in set(agents().values()) \
        or first.removeprefix("the ") in {a.removeprefix("the ") for a in agents().values()}


def main_verbs(analysis: Analysis) -> list[Verb]:
    """The verbs to try for the gist's action, in order: `verbs_of`, except that a saying the headline
    opens with comes first when what it says is a noun phrase running over the first action
    ('ขบ. ยืนยันร่างกฎกระทรวงว่าด้วยรถยนต์รับจ้าง...': it confirms a draft regulation, 'รับจ้าง' is part of
    the regulation's name), not a clause with its own subject ('... เผย ครม. อนุมัติ ...')."""
    roles = appointed_roles(analysis)
    # an appointee's role is no act of the actor's, nor what follows it ('...เป็นประธานคณะกรรมการแก้ปัญหามลพิษ':
    # the committee tackles the pollution, the Prime Minister who appoints its chair does not; details/74443)
    verbs = [v for v in verbs_of(analysis) if not roles or v.start < roles[0].start]
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
    counted = obj[:1].isdigit()  # 'ประกาศ 7 มาตรการ ช่วย...': what is announced is the measures (object_phrase._read_counted)
    if said_first and obj and (last >= actions[0].start or nominal or counted):
        # 'นายกฯ ย้ำความโปร่งใส สุจริต... พัฒนา...': what is stressed is a noun ('transparency'), the point
        return [saying, *[v for v in verbs if v is not saying]]
    return verbs


_APPOINTING = frozenset({"แต่งตั้ง", "ตั้ง"})
"""Verbs of appointing: 'แต่งตั้ง <someone> เป็น<role>' names the appointee's role after the verb."""


def appointed_roles(analysis: Analysis) -> list[Verb]:
    """The verbs of the headline that say an appointee's role, not what the actor did: 'เป็น...' right after a verb
    of appointing with no other verb between ('นายกฯ แต่งตั้ง พล.ต.อ.พัชรวาทฯ เป็นประธานคณะกรรมการ...': the
    appointee chairs the committee; the gist said 'Prime Minister ... presides over the committee', false;
    'รมว.เกษตร แต่งตั้ง “ธนดล” เป็นประธานคณะทำงาน...' read 'appoints Thandon Suwannarit and presides over working
    group', details/89105)."""
    title = analysis.title
    ordered = sorted(verbs_of(analysis), key=lambda v: v.start)
    return [v for u, v in itertools.pairwise(ordered)
            if title[v.start:v.end].startswith("เป็น") and title[u.start:u.end] in _APPOINTING]


def _appointed_as(analysis: Analysis, verb: Verb, end: int, unread: bool = False) -> str | None:
    """'as chair of <the body>' when the appointing `verb`'s object (ending at `end`) is followed at once by the
    appointee's role 'เป็นประธาน<body>' whose body the glossary reads whole; else None (the gist then names only who
    was appointed: a role it cannot read is left out, never made the actor's act)."""
    title = analysis.title
    if title[verb.start:verb.end] not in _APPOINTING:
        return None
    role = next((v for v in appointed_roles(analysis) if v.start >= end), None)
    if role is None or title[role.start:role.end] != "เป็นประธาน" or (
            not unread and title[end:role.start].strip(" “”\"'‘’")):  # `unread`: the appointee's name stands between
        return None
    body, _, last = object_of(analysis, role, joins=0)
    if not body or first_gap(analysis, role.end, last) is not None:
        return None
    return f"as chair of {with_article(body)}"


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
    roles = appointed_roles(analysis)
    for v in verbs_of(analysis):
        if v in roles and v.start >= max(after, verb.end):
            return None  # 'แต่งตั้ง X เป็นประธาน...': the appointee's role, and what follows is the appointee's story
        if v.start < max(after, verb.end) or title[v.start:v.end] in sayings or title[v.start:v.end] in light_verbs():
            continue  # a light verb left alone ('ร่วม มูลค่า...') says little
        if v.english.split()[0] in _EMPTY_VERBS:
            continue  # 'ทำ 22 อุตสาหกรรม...': 'does competition' says nothing a reader can use
        if not _CLAUSE_START.search(title[:_verb_run_start(title, v.start)]):
            continue  # 'เพื่อนเสียชีวิต': a verb glued to a noun qualifies it, it opens no clause
        if _subject_between(analysis, max(after, verb.end), v.start):
            return None  # another subject: another story
        if _REQUEST.search(title[verb.end:v.start]):
            return None  # 'ขอให้เฝ้าระวัง ใช้อุปกรณ์ป้องกันตนเอง': what the public is asked to do, not the actor's act
        obj, first, last = object_of(analysis, v, joins=0)
        if any(v.end <= x.start < first for x in analysis.figures + analysis.dates if x.field == "title"):
            return None  # 'เริ่ม 9 ธ.ค. นี้ ขณะที่ ...': a date stands first, what follows is another clause
        if first_gap(analysis, v.end, last) is not None:
            return None  # a clause with a word the glossary cannot read garbles more than it says
        if _verb_after_space(title, v.end, first):
            return None  # 'จ่อยกระดับ ชี้ จ้างงาน...': another verb's clause before the object ('plans employment')
        obj = BARE.sub("", " ".join(obj.split()[:SECOND_WORDS]))
        if obj and GOVERNS.match(obj.split()[0]):
            return None  # 'แยก ทล.4103 เลียบคลอง': 'separates along the canal' is no clause a reader can parse
        if not obj and bare:
            return BARE.sub("", v.english)  # 'orders OCPB to explain': what is ordered needs no object
        return f"{v.english} {with_article(obj)}" if obj else None
    return None
