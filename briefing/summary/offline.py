"""The offline brief: a gist and a short English brief built from the Analysis, no network.

The brief is 3 to 5 sentences (issue 10): the gist as a sentence with where and when; who (people
with their roles); what each key figure measures ('a budget of 528.969 million baht', '94,415
registrations'); what comes next ('completion in 2026'). Templates, the glossary (glossary.toml) and
briefing/data/measures.toml make the English; the facts are the Analysis' own (`facts.py`); the
gist's subject, verb and topic come from the headline (`headline.py`). Lists of names (every
organisation, the English phrases the release writes) are the side panel's and the export's, not
the prose's. Every part carries no Thai script and states numbers only from figures and dates, so
`check.check_against` holds for the result.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from briefing.model import Analysis, Brief, Entity, Release
from briefing.summary.action import CHANGES, action_of
from briefing.summary.actor import actor_of, winner_of
from briefing.summary.check import numbers_in, word_count
from briefing.summary.condition import condition_start, ready_before, without_condition
from briefing.summary.denial import denials, denied_action, reads_denied
from briefing.summary.english import iso_to_english, join_words, ordinals_to_words
from briefing.summary.facts import (
    KeyFigure,
    Person,
    abbreviation,
    distinct_names,
    english_phrases,
    is_bare,
    key_figures,
    measure_words,
    next_event,
    people_of,
    short_role,
)
from briefing.summary.grammar import plural
from briefing.summary.headline import (
    GIST_WORDS,
    category_english,
    compared,
    english_headline,
    headline_view,
    is_digest,
    lead_figure,
    partner_of,
    place_of,
)
from briefing.summary.message_title import message_action
from briefing.summary.verbs import verbs_of
from briefing.summary.warning import reads_warned, warned_action, warner_end, warning_start
from briefing.summary.words import agents, base_form, headwords

OFFLINE_VERSION = "61"
"""Bump when the offline brief's output changes, so cached briefs are remade."""

BRIEF_WORDS = 120
MAX_FIGURES = 4
"""At most this many figures in the brief's figure sentence, beyond those it must show."""

__all__ = ["BRIEF_WORDS", "GIST_WORDS", "OFFLINE_VERSION", "make_brief"]


@dataclass(slots=True)
class Facts:
    """The pieces of a brief, each already in English."""

    actor: str
    action: str
    when: str | None
    places: list[str]
    people: list[Person]
    figures: list[KeyFigure]
    required_figures: int
    organisations: list[str]
    phrases: list[str]
    place: str | None = None
    """Where, as the headline names it (the gist's place); `places` are the brief's."""
    partner: str | None = None
    """With whom, as the headline names a place after 'กับ' ('...กับประเทศญี่ปุ่น': 'Japan'); the gist's only."""
    lead: KeyFigure | None = None
    """The key figure (`headline.lead_figure`)."""
    ahead: list[str] = field(default_factory=list)
    headline_values: frozenset[float] = frozenset()
    """The values of the figures and plain numbers the headline gives ('16 จว.', an abbreviation no unit list has): a
    count it gives is news even where the body's is not."""
    """What happens next: dates after the release's own, each with what the release says happens
    then when it says ('opening in 2026', 'registration until 6 May 2025', 'on 3 May 2025')."""


@dataclass(slots=True)
class Selection:
    """Which optional pieces a rendering of the brief includes."""

    when: bool = False
    places: int = 0
    people: int = 0
    figures: int = 0
    organisations: int = 0
    phrases: int = 0
    ahead: int = 0
    short_roles: bool = False
    no_roles: bool = False
    short_opening: bool = False
    measures: bool = True


_CHAIRS = ("Prime Minister", "Acting Prime Minister", "Deputy Prime Minister")
"""Who chairs a Cabinet meeting (the Prime Minister, or a deputy standing in)."""


def _long_before(iso: str, page: dt.date | None) -> bool:
    """Is the date `iso` more than a month before the page's date?"""
    try:
        return page is not None and (page - dt.date.fromisoformat(iso)).days > 31
    except ValueError:
        return False


def _when(iso: str) -> str:
    """'on 18 January 2025', 'in January 2025' or 'in 2025', as much as the date gives."""
    return ("on " if len(iso.split("-")) >= 3 else "in ") + iso_to_english(iso)


def gather(release: Release, analysis: Analysis) -> Facts:
    """Everything the brief may say, in English, before any is chosen to fit the word limits."""
    people = people_of(analysis)
    phrases = english_phrases(analysis)
    view = headline_view(analysis)  # the headline, or the body's first sentence when the headline is bare
    action, verb_pos = action_of(view, phrases)
    phrases = [p for p in phrases if ordinals_to_words(p).lower().removeprefix("the ") not in action.lower()]
    unnamed: list[bool] = []
    actor = actor_of(view, people, verb_pos, unnamed)
    if verb_pos is not None and view.title[verb_pos:].startswith(tuple(CHANGES)) and " " not in action \
            and ": " not in actor and actor not in _subject_nouns():
        # 'ก.อุตฯ เผย MPI เดือน พ.ย. ปี 65 ขยายตัว...', 'จีดีพีไตรมาส 1 ขยายตัว 3.1% สภาพัฒน์คาด...' (details/63173, 96613):
        # the gist names no subject that changes, only who reports it ('Ministry of Industry grows' was false): the
        # verb reads as the issuer's report again ('reports growth in ...')
        action, verb_pos = action_of(view, phrases, changes=False)
    names = [(e.start, e.end) for e in view.entities + view.references if e.field == "title"]
    warned = reads_warned(view.title, verb_pos, action, names)
    denied = reads_denied(view.title, verb_pos, names)
    if warned and any(d.start() < (warning_start(view.title, names) or 0) for d in denials(view.title)):
        # 'รพ.ตราด ยันไม่ได้ปฏิเสธรักษาตามข่าวบิดเบือน แต่ช่วย...': the news it names is what a denial rebuts; what
        # the actor does is read as the denial reads it
        warned = False
    elif warned:
        denied = None
    if warned:
        # 'ดีอีเอส เตือน!! มิจฉาชีพปลอมเพจ ธ.ออมสินปล่อยสินเชื่อ...' read 'Government Savings Bank releases loans': the
        # verb after a warning word is what the public is warned of; the warner warns (warning.py)
        verb_pos = warner_end(view.title, names)
        warner = actor_of(view, people, verb_pos)
        if ": " not in warner or ": " in actor:
            actor = warner  # ('ออมสิน ย้ำประชาชนอย่าหลงเชื่อ...': not 'Government Savings Bank: The public')
        # (what is warned of is read in the headline too when the view is the body's first sentence)
        action = warned_action(f"{view.title} {analysis.title}")
    if denied is not None:
        # 'นายกรัฐมนตรียืนยันไม่มีส่วนเกี่ยวข้อง กับการเรียกรับผลประโยชน์...' read 'Prime Minister ... receives illegal
        # interests': the verb after 'ยืนยันไม่' is what is denied; the actor gives an assurance (denial.py)
        verb_pos = denied.start()
        sayer = actor_of(view, people, verb_pos)
        if ": " not in sayer or ": " in actor:
            actor = sayer
        action = denied_action(denied)
    if (cond := condition_start(view.title)) is not None and verb_pos is not None and not warned and denied is None:
        # '...พร้อมสั่งปิดเว็บ... หาก ตร. พบความผิด' read '... closes the website' (details/52968), 'ถ้าได้รับ SMS ...'
        # 'The government receives SMS ALERTS': what happens only if is not done; the headline is read without its
        # conditional clause, and an act after 'พร้อม' that the condition governs is readiness (condition.py)
        ready = verb_pos < cond and ready_before(view.title, verb_pos, [v.start for v in verbs_of(view)])
        cut = without_condition(view, cond)
        action, verb_pos = action_of(cut, phrases) if cut.title.strip() else ("", None)
        unnamed = []
        actor = actor_of(cut, people, verb_pos, unnamed)
        if ready and verb_pos is not None and action and not action.startswith("is ready"):
            action = "is ready to " + ("be" + action[2:] if action.startswith("is ") else _plural_action(action))
    if any(unnamed) and not warned and denied is None and not action.startswith("wins"):
        # 'ไต้หวัน ประกาศชะลอให้แรงงาน...' read 'Ministry of Labour slows workers' (details/6512): the headline's own
        # subject is one the gist cannot name, and the issuer it falls back on did not do the verb; it reports on it
        action = _reported_on(action)
    won, winner = winner_of(view, verb_pos)
    if won == "place" and action.startswith("wins"):
        actor = winner  # 'กรุงเทพฯ คว้าอันดับ 1': Bangkok wins, not the ministry that reports it
    elif won == "unnamed" and action.startswith("wins") and ": " not in actor:
        # 'วธ. เผยข่าวดี เพลง... จากทีม NEW ERAS คว้ารางวัล': someone the gist cannot name won; the issuer reports it
        # (an actor 'The government: Khao soi menu' names the winner already)
        prize = action.removeprefix("wins").strip()
        action = f"reports {prize}" if prize.startswith(("an award", "the award", "a prize", "the championship")) \
            else "reports a win"
    if action and _plural_subject(actor):
        action = _plural_action(action)  # 'All sectors speed up ...', not 'speeds up'
    if (held := _EVENT_TOPIC.fullmatch(actor)) and action[:1].islower() and " " in action:
        # 'พิธีลงนามบันทึกข้อตกลง...' (a headline that names an event): the event does not sign; the issuer holds
        # it ('Excise Department holds a ceremony to sign ...', not 'Excise Department: Ceremony signs ...')
        infinitive = _plural_action(action).replace("are ", "be ", 1) if action.startswith("is ") else _plural_action(action)
        actor, action = held.group(1), (action if action.startswith("holds ") else
                                         f"holds a {held.group(2).lower()} to {infinitive}")  # not 'holds ... to hold'
    if (message := message_action(analysis.title)) is not None:
        action = message  # 'สาร <who> เนื่องในโอกาสวันครู': a message issued, not 'reports on <who> substance' (message_title.py)
        actor = actor.partition(": ")[0]  # 'Ministry of Defence: Substance' read สาร as the topic (details/76882)
    if is_digest(analysis):
        # a Cabinet digest (headline.DIGEST): who chaired the meeting, not one of its thirty resolutions or an event its
        # body names ('Prime Minister Prayut Chan-o-cha holds East Asia Summit: EAS' for 'สรุปข่าวการประชุมคณะรัฐมนตรี')
        chair = any(actor.startswith(p) for p in _CHAIRS)
        actor, action = (actor, "chairs the Cabinet meeting") if chair else ("The Cabinet", "meets")
    if action.startswith("marks the ") and action.endswith(f" of {actor}"):
        action = "marks its " + action[len("marks the "):-len(f" of {actor}")]  # 'Ministry of Industry marks its founding anniversary'
    said = action.removeprefix("reports on ")
    initials = "".join(w[0] for w in actor.split() if w[:1].isupper())
    if said != action and (said in actor or said in (abbreviation(actor), initials) or actor.endswith(f"({said})")):
        action = ""  # 'Government Housing Bank reports on GHB': a topic that is the actor itself says nothing
    if headline := english_headline(analysis):
        actor, action = headline, ""
        phrases = []  # in an English release every sentence is English: quoting some adds nothing
    if not action and not headline:
        category = category_english(release)
        action = f"issues a release on {category.lower()}" if category and not _COLUMN.search(category) \
            else "issues a release"
    dates = sorted(analysis.dates, key=lambda d: (d.field != "body", d.start))
    full = [d.iso for d in dates if d.iso and len(d.iso.split("-")) == 3 and iso_to_english(d.iso)]
    # When it happened: the first full date of the body ('เมื่อวันที่ 18 มกราคม 2568 ...'), else the page's
    # own date when the text states it; a year or a month alone is more often a target ('opening in
    # 2026') than the event's date, so it is no 'when'. A date more than a month before the page's is
    # history, not the event ('จัดตั้งขึ้นเมื่อวันที่ 1 กรกฎาคม 2546': the brief of a 2024 fund offer said
    # 'on 1 July 2003'; 6 of 248 random releases began with such a date, none the event's).
    page = release.date.isoformat() if release.date else None
    recent = [iso for iso in full if not _long_before(iso, release.date)]
    first_iso = recent[0] if recent else (page if page in full else None)
    when = _when(first_iso) if first_iso else None
    reference = first_iso or page
    ahead = _ahead(analysis, reference) if reference else []
    figures, required = key_figures(analysis)
    # the key figure is one that means something alone: '24 hours' or '1 floor' leads nothing
    lead = lead_figure([f for f in figures if not is_bare(f.figure, f.measure)], analysis)
    if denied is not None or (warned and lead is not None and lead.figure.field == "body") or is_digest(analysis):
        # '... warns the public about scams; 3,920 baht': the scam's own sum, which one line cannot place; after a
        # denial any figure may be what is denied ('gives an assurance; 250 million baht'); a Cabinet digest's figures
        # are each one resolution's of thirty (headline.DIGEST)
        lead = None
    if headline and re.search(r"\d", headline):
        # an English headline that writes its own numbers ('Cabinet approves 14,510.3059 million Baht for ...', 'The
        # cabinet met on November 22, 2022'): a figure from its body after it is one more number, often another's
        lead = None
    figures, required = _lead_first(figures, required, lead)
    verbs = verbs_of(view)
    return Facts(
        actor=actor,
        action=action,
        when=when,
        places=distinct_names(sorted((e for e in analysis.entities if not compared(analysis, e)
                                      and _where_candidate(analysis, e)),
                                     key=lambda e: (e.field != "body", e.start)), "place", analysis, limit=2),
        people=people,
        figures=figures,
        required_figures=required,
        organisations=distinct_names(analysis.entities, "organisation", analysis),
        phrases=phrases,
        # a warning is not given where what it warns of happens ('เตือน! ห้ามนำน้ำมันกัญชาเข้าฮ่องกง' is no warning in Hong Kong)
        place=None if headline or warned or denied is not None else place_of(view, verbs[0].start if verbs else 0),
        partner=None if headline or warned or denied is not None or action.startswith(("gives a speech", "speaks at")) else partner_of(
            view, verbs[0].start if verbs else 0),  # a speech is given to an audience, not 'with Australia'
        lead=lead,
        ahead=ahead[:2],
        headline_values=frozenset({float(f.value) for f in analysis.figures if f.field == "title" and f.value is not None}
                                  | {float(n) for n in re.findall(r"(?<![\d.,])\d{1,4}(?![\d.,])", analysis.title)}),
    )


LEAD_SENTENCES_WHERE = 3
"""Any place the body's first sentences name may be where it happened (the lead says who, what, where)."""
WHERE_SENTENCES = 6
"""Further on, up to this sentence, a place is where only when a locative word stands right before it."""
_LOCATIVE = re.compile(r"(?:ณ|ที่|บริเวณ|ภายใน|ใน|พื้นที่|\b[Ii]n|\b[Aa]t)\s*$|(?:^|[\s(])(?:ณ|บริเวณ)\s")
"""A locative word right before the place, or ณ/บริเวณ (only ever 'at') a few words before: 'ณ สำนักงานใหญ่ WIPO
เจนีวา'."""


def _where_candidate(analysis: Analysis, entity: Entity) -> bool:
    """Whether the brief may say 'in <entity>': a place the headline names, one in the body's lead, or one
    a little further on placed by ณ/ที่/in before it. A place elsewhere is background: 'elected Pope ...,
    the first from Latin America' made the Pope's funeral 'in Latin America'; 'ได้แก่ ลาว' (a list), 'มาก
    ที่สุดคือ ภาคกลาง' (a comparison) are no venue either."""
    if entity.field == "title":
        return True
    index = next((i for i, (start, end) in enumerate(analysis.sentences) if start <= entity.start < end), None)
    if index is None or index >= WHERE_SENTENCES:
        return False
    before = analysis.body[max(analysis.sentences[index][0], entity.start - 40):entity.start]
    return index < LEAD_SENTENCES_WHERE or bool(_LOCATIVE.search(before))


def _lead_first(figures: list[KeyFigure], required: int,
                lead: KeyFigure | None) -> tuple[list[KeyFigure], int]:
    """The brief's figures with the key figure first and the largest sum of money (a budget, a total;
    not a fee or a fine) next, both always shown; then the others in their order. The figures that had
    to be shown still are."""
    money = [f for f in figures if f.figure.kind == "money" and not f.minor]
    top = max(money, key=lambda f: (f.figure.unit == "THB", float(f.figure.value)), default=None)
    if lead is not None and top is not None and lead.minor:
        lead = top  # a fee, a fine or a rate never outranks a budget or a total
    if lead is not None and is_bare(lead.figure, lead.measure) and any(not is_bare(f.figure, f.measure) for f in figures):
        lead = None  # '24 hours' alone says nothing: the brief leads with a figure that does
    first = [f for f in (lead, top) if f is not None]
    first = [f for i, f in enumerate(first) if f not in first[:i]]
    must = figures[:required]
    shown = len(first) + sum(1 for f in must if f not in first)
    rest = [f for f in figures if f not in first and f not in must]
    rest.sort(key=lambda f: is_bare(f.figure, f.measure))  # '1 village' after '21 agencies', never before
    ordered = first + [f for f in must if f not in first] + rest
    return ordered, shown


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


_PARTICLES = {"up", "out", "off", "down", "on", "in", "over", "back", "forward", "to", "for", "with", "from", "as",
              "into", "about", "at", "by"}
_IDIOMS = {"forces", "part", "hands"}
"""Objects that belong to their verb ('joins forces', 'takes part'): no topic without it."""


def _reported_on(action: str) -> str:
    """What the issuer does when the headline's subject is another's: 'leads the palace in X' -> 'reports on the
    palace in X' (the verb's object, said without the verb); nothing that reads as an object after the verb (a
    particle, 'sets out the plan') -> '' (the gist then says the issuer issues a release)."""
    verb, _, rest = action.partition(" ")
    if not rest or action.startswith("reports ") or rest.split()[0].lower() in _PARTICLES | _IDIOMS \
            or not verb.endswith("s"):
        return "" if not action.startswith("reports ") else action
    # ('backs the competition and hands over products': a second act is the subject's too; only the first object)
    rest = rest.split(" and ")[0]
    if " " in rest and rest.split(" ", 1)[0] in _verb_words():
        rest = rest.split(" ", 1)[1]  # 'helps increase the confidence ...': 'reports on the confidence ...', not 'on increase'
    return f"reports on {rest}"


@functools.lru_cache(maxsize=1)
def _subject_nouns() -> frozenset[str]:
    """The [agent] nouns as the gist writes them as a subject ('The government', 'Thailand')."""
    return frozenset(e[:1].upper() + e[1:] for e in agents().values())


_COLUMN = re.compile(r"\b(?:News|Programme|Digest|Highlights|Statements|Speeches|Synopsis|Summary|Answers?|Clarifie[sd]|"
                     r"Message|Other|Missions|Retirees|Briefing|Update|Questions?|Mr|Ms)\b")
"""A category that names a section, a column or a programme of the site, not a subject: 'ถามให้ชัด รัฐจะเคลียร์'
('Ask Clearly, the Government Clarifies') read 'issues a release on ask clearly, the government clarifies', 'ข่าวคณะ
โฆษก' 'a release on spokesperson's office news'; such a release 'issues a release' (a subject area, 'Economy',
'Society', stays: 'issues a release on economy')."""

_EVENT_TOPIC = re.compile(r"(.+): (Ceremony|Fair|Seminar|Exhibition|Festival)")
"""An opening topic that is an event: what the headline says of it is what was done at it."""


def _plural_action(action: str) -> str:
    """The action of a plural subject: its first verb in the base form, and a later clause's too when
    that clause opens with a glossary verb ('MDES and depa join Ericsson and promote ...'); 'and' also
    joins nouns ('orders MOC and MOI to ...'), which stay as they are."""
    verbs = _verb_words()
    first, *rest = action.split(" and ")
    later = [_plural(c) if base_form(c).split(" ", 1)[0] in verbs and base_form(c) != c else c for c in rest]
    return " and ".join([_plural(first), *later])


def _plural(clause: str) -> str:
    """A clause's verb for a plural subject: the base form, but 'are' for 'is' ('Tourists are confident in',
    not 'be confident in')."""
    verb = base_form(clause)
    return "are" + verb[2:] if verb == "be" or verb.startswith("be ") else verb


@functools.lru_cache(maxsize=1)
def _verb_words() -> frozenset[str]:
    """The first words of the glossary's verbs, in the base form ('join', 'promote', 'hold')."""
    return frozenset(english.split(" ", 1)[0] for part, english in headwords().values() if part == "verb" and english)


def _plural_subject(actor: str) -> bool:
    """Whether the gist's subject is a plural common noun ('OPM: All sectors', 'Farmers'): its last word
    lower case and plural. A name ends capitalised ('Ministry of Foreign Affairs'), so it never is."""
    subject = actor.rpartition(": ")[2].split()
    while len(subject) > 1 and subject[-1] in _TRAILING_ADVERBS:
        subject = subject[:-1]  # 'Thai subjects nationwide join', not 'joins' (details/69326)
    last = subject[-1] if subject else ""
    if len(subject) == 1 and not last.isupper():
        last = last.lower()  # 'Farmers': a lone word is capitalised; an acronym ('MSDHS', 'MDES') is a name
    if any(re.fullmatch(r"[A-Z]{2,}[a-z]?", before.split()[-1] if before.split() else "")
           or re.match(r"(?:[A-Z]{2,}\b|(?:The )?(?:Ministry|Department|Office|Bureau|Agency|Authority|Bank|Council) )", after)
           for before, after in _joins(" ".join(subject))):
        return True  # 'MSDHS and Ministry of Public Health': two bodies acting together (actor.actor_of);
        # 'Ministry of Agriculture and Cooperatives' is one name
    if any(re.match(r"(?:The )?(?:Ministry|Department|Office|Bureau|Agency|Authority|Bank|Council) ", before)
           and re.fullmatch(r"[A-Z][\w-]*(?: [A-Z][\w-]*)* (?:University|Institute|Foundation|Association|Bank|Company)", after)
           for before, after in _joins(" ".join(subject))):
        return True  # 'Ministry of Culture and Thammasat University encourage' (actor.actor_of's pair of 'วธ.- มธ.')
    if re.fullmatch(r"(?:The [a-z]+|Thailand) and [A-Z][\w -]*", " ".join(subject)):
        return True  # 'The government and Bangkok work together' (actor._reported_subject), 'Thailand and Laos join'
    if any(before[-1:].isalpha() and before.split()[-1][:1].isupper() and _TITLED.match(after)
           for before, after in _joins(" ".join(subject))):
        return True  # 'Minister Varawut Silpa-archa and Adviser Kanchana Sinlapa-acha join', not 'joins'
    return bool(re.fullmatch(r"[a-z]+[^su]s", last)) or last in ("people", "police")


_TRAILING_ADVERBS = frozenset({"nationwide", "worldwide", "abroad", "overseas", "everywhere"})
"""Adverbs the glossary puts after a subject noun ('ทั่วประเทศ' nationwide): the noun before says the number."""

_TITLED = re.compile(r"(?:Minister|Deputy|Adviser|Assistant|Prime|Permanent|Director|Governor|Spokesperson|"
                     r"Secretary|President|Inspector|Chair|Mr|Ms|Mrs|Dr)\b")
"""How a person's label in an actor pair begins (actor.actor_of: 'Minister X and Adviser Y')."""


def _joins(subject: str) -> list[tuple[str, str]]:
    parts = subject.split(" and ")
    return [(" and ".join(parts[:i]), " and ".join(parts[i:])) for i in range(1, len(parts))]


SMALL_COUNT = 10
"""A count or quantity under this from the body (not the headline) is left out of the gist."""


_GENERIC_COUNTERS = {"cases", "sites", "items", "times", "persons"}
"""How the glossary reads Thai's generic counters (ราย, แห่ง, รายการ, ครั้ง): 'how many', of nothing named."""

_AREA_COUNTERS = {"provinces", "province", "districts", "district", "sub-districts", "sub-district", "countries",
                  "country", "regions", "region"}
"""Counts of places (จังหวัด, อำเภอ, ตำบล, ประเทศ, ภาค): from the body, where something happened, never what."""

_UNLISTED_NOUN = re.compile(r"items? \(([\u0e00-\u0e7f.]+)\)$")
"""The unit `thai.figures` gives a count of a noun its unit list lacks ('5 ด้าน': 'items (ด้าน)')."""


_NOT_COUNTED = frozenset({"time", "public", "period", "date", "day", "year", "month", "week", "rank"})
"""Glosses that say no count of things after a number ('266 เวลา 19.30 น.' is a time of day, '50 อันดับ' a place in a ranking)."""
_COLLECTIVE = ("staff", "personnel", "people", "police", "cattle", "livestock")
"""Nouns that count without a plural ending ('45 staff')."""


_COUNTED_BY = {"รูป": "monks", "ลูก": "", "ตัว": "", "ใบ": "", "กอง": "", "หัว": "", "ต้น": "", "ฉบับ": ""}
"""Classifiers whose word alone means something else: after a number รูป counts monks ('30 รูป', never '30 images'),
ลูก balls, fruit or storms ('EM ball อีก 3,000 ลูก' read '3,000 childs'), ตัว animals or things, ใบ cards and
certificates: the thing counted is the noun before, so no English count is given ('')."""


def _counted_as(lead: KeyFigure, noun: str) -> KeyFigure | None:
    """A count of a noun the unit list lacks, as that many of the noun in English when headwords.toml reads it
    as a noun of one or two words ('10 สถาบัน': '10 institutes'), else None."""
    part, english = ("noun", _COUNTED_BY[noun]) if noun in _COUNTED_BY else headwords().get(noun, (None, ""))
    number = re.match(r"(?:[a-z]+ )*[\d,.]+(?: (?:thousand|million|billion))?", lead.english)
    if part != "noun" or not english or not re.fullmatch(r"[a-z]+(?: [a-z]+)?", english) or number is None \
            or english.startswith("the ") or english.split()[-1] in _NOT_COUNTED:
        # ('904 ประชาชน' is no '904 the public'; '266 เวลา', a year cut short before 'เวลา 19.30 น.', no '266 times')
        return None
    counted = english if lead.figure.value == 1 or english.endswith(_COLLECTIVE) \
        else english + "es" if english.endswith("ss") else plural(english)  # ('10 กิจการ': '10 businesses')
    return KeyFigure(f"{number.group(0)} {counted}", None, lead.figure)

_RATE_MEASURES = {"growth", "debt", "target", "increase", "decrease", "rate", "interest rate", "interest", "share",
                  "inflation", "progress", "satisfaction", "unemployment", "reduction", "discount", "occupancy"}
"""What a percentage of the body measures when the gist may give it ('growth of 2.8%', 'a rate of 18.5%')."""


def render_gist(facts: Facts, limit: int = GIST_WORDS) -> str:
    """'<actor> <does what> [in <place>]; <key figure with what it measures>' within `limit` words,
    shortening until it fits."""
    lead = facts.lead
    if lead is not None and lead.figure.field == "body" and lead.figure.kind in ("count", "quantity") \
            and lead.figure.value < SMALL_COUNT:
        lead = None  # '1 agency', '3 officers' from the body: a reader of one line cannot place it
    if lead is not None and lead.figure.field == "body" and lead.figure.kind == "percent" \
            and (lead.measure or "") not in _RATE_MEASURES:
        # 'Minister hands over ... in Sam-ao; 5%', 'a budget of about 20%', 'an area of 100%': a percentage from the
        # body that nothing names as a rate says nothing in one line, or something false; the gist drops it
        lead = None
    if lead is not None and lead.figure.field == "body" and not lead.measure \
            and (lead.figure.unit or "").lower() in _GENERIC_COUNTERS:
        # 'attends TQA Winner Conference seminar; over 800,000 cases', 'receives the student set; 31 sites': a count
        # from the body in a counter that names nothing (ราย, แห่ง, รายการ, ครั้ง) and that nothing says the measure of
        # is a number a reader of one line cannot place; the gist leaves it (the brief still gives it)
        lead = None
    if lead is not None and lead.figure.field == "body" and not lead.measure and lead.figure.kind == "count" \
            and (lead.figure.unit or "").lower() in _AREA_COUNTERS \
            and lead.figure.value not in facts.headline_values:
        # 'MOJ Minister ... holds talks ...; over 16 countries', '... Buddhist chanting ceremony ...; 76 provinces',
        # '... tackles PM2.5 ...; 17 provinces' (11 of 200 drawn archive gists ended so, seed 1501): how many
        # provinces or countries the body lists is where, not what happened, and one line cannot say which; the
        # gist leaves it (the brief still gives it); a count the headline gives ('29 จังหวัดสีแดงเข้ม') stays
        lead = None
    if lead is not None and (unlisted := _UNLISTED_NOUN.match(lead.figure.unit or "")):
        # 'DLPW negotiates employee employers; 250 items (Lukchang)', '... is confident in vaccines; 3 items (Yiho)'
        # (details/37329, 9700): a count of a noun the unit list lacks keeps the Thai noun, which the gist could only
        # spell out, not English (7 of 300 random releases ended so): the noun in the headword list's English
        # ('250 employees', '3 brands'), else no figure
        lead = _counted_as(lead, unlisted.group(1))
    if lead is not None and lead.figure.field == "title" and lead.figure.kind == "count" \
            and lead.figure.value == int(lead.figure.value) \
            and re.search(rf"(?<![\d,.]){int(lead.figure.value)} ", facts.action):
        # 'opens 14 New Year gift projects; 14 projects': the headline's count is what the action names
        # (object_phrase._read_counted); said twice it reads as two things
        lead = None
    if lead is not None and lead.english.lower() in f"{facts.actor} {facts.action}".lower():
        lead = None  # 'Govt expects tourism revenue of 2.38 trillion Baht in 2023; 2.38 trillion baht': said already
    candidates: list[str] = []
    # 'MOTS Assistant Minister Chakkraphon Tangsutthitham' (actor.actor_of: a holder after the acronym of the body the
    # headline names with the post) says whose post only where the words allow: each reading is tried with it, then
    # without it, before a piece is dropped (with it the action was crowded out: '...Tangsutthitham: at least 4 billion baht')
    actors = [facts.actor, _BODY_BEFORE_HOLDER.sub("", facts.actor)] if _BODY_BEFORE_HOLDER.match(facts.actor) \
        else [facts.actor]
    for shape in ("where-lead-phrase", "where-lead", "core-lead-phrase", "core-lead", "where", "core"):
        for actor in actors:
            core = f"{actor} {facts.action}".strip()
            where = f"{core} in {facts.place}" if facts.place and facts.place not in core else core
            if where == core and facts.partner and facts.partner not in core:
                where = f"{core} with {facts.partner}"  # 'กระชับความสัมพันธ์...กับประเทศญี่ปุ่น': with Japan, not in it
            clause = where if shape.startswith("where") else core
            if shape.endswith("lead-phrase") and lead:
                candidates.append(f"{clause}; {lead.phrase()}")
            elif shape.endswith("lead") and lead:
                candidates.append(f"{clause}; {lead.english}")
            elif shape in ("where", "core"):
                candidates.append(clause)
    if lead:
        candidates.append(f"{actors[-1]}: {lead.english}")
    candidates.append(actors[-1])
    for text in candidates:
        if word_count(text) <= limit:
            return _first_upper(text)
    return _first_upper(" ".join(facts.actor.split()[:limit]))


_BODY_BEFORE_HOLDER = re.compile(r"^[A-Z]{2}[A-Za-z&-]{0,8} (?=(?:Assistant |Deputy )?(?:Minister|Permanent Secretary|"
                                r"Director-General|Secretary-General|Director|Governor|Spokesperson|Inspector-General|"
                                r"Chief Inspector-General|Commander|Chairperson|Adviser|Secretary) [A-Z])")
"""An acronym before a post and its holder's name ('MOAC Minister Thamanat Prompow')."""


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


_ROLE_ABBREVIATION = re.compile(r"\s*\([^()]*\)\s*$")


def _person(person: Person, short: bool) -> str:
    """'Suchart Chomklin (Minister of Labour)'; an abbreviation ending the role is left out, since
    parentheses do not nest ('Permanent Secretary, Ministry of Interior (MOI)')."""
    if not person.role:
        return person.name
    role = short_role(person.role) if short else person.role
    role = _ROLE_ABBREVIATION.sub("", role) or role
    return f"{person.name} ({role})"


def _has_date(text: str) -> bool:
    return any(n.kind == "date" for n in numbers_in(text))


def _date_phrase(iso: str) -> str:
    """'on 3 May 2025', 'in May 2025', 'in 2026', 'from 8 November 2024 to 17 November 2024'."""
    if "/" in iso:
        start, end = (iso_to_english(part) for part in iso.split("/", 1))
        return f"from {start} to {end}" if start and end and start != end else (_when(iso.split("/")[0]) if start else "")
    return _when(iso) if iso_to_english(iso) else ""


def _ahead(analysis: Analysis, reference: str) -> list[str]:
    """Dates after `reference` (the event's date, else the page's), earliest first, each with what
    happens then when the words before it say ('opening in 2026'). A year or a month alone counts
    only when it is after the reference's own year or month and the release gives no day in it; a
    day inside a range given, or given twice, counts once."""
    dates = sorted((d for d in analysis.dates if d.iso), key=lambda d: (d.iso, d.field != "body", d.start))
    starts = [d.iso.split("/", 1)[0] for d in dates]
    out: list[str] = []
    seen: set[str] = set()
    ranges = [d.iso.split("/", 1) for d in dates if "/" in d.iso]
    for d, start in zip(dates, starts):
        if start <= reference[:len(start)] or start in seen:
            continue  # not ahead, or the same day again (a range from a day already given)
        if "/" not in d.iso and any(a < start <= b for a, b in ranges):
            continue  # a day inside a range the release gives ('21 March' in '17 to 23 March')
        if any(other != start and other.startswith(start) for other in starts):
            continue  # '2021' when the release also gives a day in 2021
        when = _date_phrase(d.iso)
        if not when:
            continue
        text = analysis.body if d.field == "body" else analysis.title
        if _PAST.search(text[max(d.start - 20, 0):d.start]):
            continue  # 'เมื่อวันที่ 23 มีนาคม': a date said as past is no date ahead, whatever the reference
        event = next_event(analysis, d.field, d.start) or _named_before(text, d.start) or _event_after(text, d.end)
        if not event:
            continue  # a bare date ('Next: 19 January 2025') names nothing a reader can act on
        seen.add(start)
        if event and event.endswith("year") and when.startswith("in "):
            when = when[3:]  # 'fiscal year 2021', not 'fiscal year in 2021'
        elif event == "deadline" and when.startswith(("in ", "on ")):
            event, when = "", "by " + when[3:]  # 'ภายในปี 2050' is 'by 2050', 'ถึงวันที่ 30 ธันวาคม' 'by 30 December'
        if event and out and out[-1].startswith(event + " "):
            event = ""  # 'taking effect on 1 June 2025 and 31 May 2026', the event said once
        out.append(f"{event} {when}" if event else when.removeprefix("on "))
    return out


_PAST = re.compile(r"(?:เมื่อ|ที่ผ่านมา|ผ่านมาเมื่อ)\s*(?:วัน\S{0,8}ที่|\()?\s*$")
_NAME_BEFORE = re.compile(r"[“\"]([A-Za-z][^”\"]{2,40})[”\"]|([A-Z][A-Za-z0-9&\-]*(?: [A-Z0-9][A-Za-z0-9&\-]*)+)")


def _named_before(text: str, pos: int) -> str | None:
    """The event a date ahead belongs to when no event word says it: an English name in the same clause
    just before it ('“SUBCON Thailand 2024” ระหว่างวันที่ 15 - 18 พฤษภาคม')."""
    window = text[max(pos - 50, 0):pos]
    window = window[max(window.rfind("\n"), 0):]
    found = [m.group(1) or m.group(2) for m in _NAME_BEFORE.finditer(window)]
    name = re.sub(r"(?:\s+\d+)+$", "", found[-1]).strip() if found else None  # its year is the date's
    return name if name and not re.search(r"\d", name) else None


_EVENT_AFTER = 25
"""'วันที่ 10 – 12 กุมภาพันธ์ 2564 เป็นช่วงเทศกาลตรุษจีน': the event word may follow the date this closely."""


def _event_after(text: str, pos: int) -> str | None:
    """The [next] event word that follows a date closely in its clause ('Chinese New Year')."""
    after = re.split(r"[\n.]", text[pos:pos + _EVENT_AFTER], maxsplit=1)[0]
    table = measure_words()["next"]
    # a named event ('ตรุษจีน' Chinese New Year) before a generic one ('เทศกาล' the festival) beside it
    hits = [(not table[key][:1].isupper(), after.find(key), -len(key), table[key]) for key in table if key in after]
    event = min(hits)[3] if hits else None
    return None if event in ("deadline", "start", "end") else event  # those read only before a date


def _same_day(a: str, b: str) -> bool:
    """Two ISO dates name the same day; '--04-26' (a day without its year) matches any year's."""
    if a.startswith("--") or b.startswith("--"):
        return a[-5:] == b[-5:]
    return a == b


def _opening(facts: Facts, sel: Selection) -> str:
    """Sentence 1: the gist as a sentence, with where and when."""
    first = f"{facts.actor} {facts.action}".strip()
    if sel.short_opening and facts.action:
        first = f"{facts.actor} issues a release"
    place = next((p for p in [facts.place, *facts.places] if p and p not in first), None)
    if sel.places and place:
        first += f" in {place}"
    if sel.when and facts.when and not _has_date(first):  # an English headline may carry its date already
        first += f" {facts.when}"
    return _sentence(first)


def render_brief(facts: Facts, sel: Selection) -> str:
    """The brief, 3 to 5 sentences: what happened (who did what, where and when); who (the people
    the release gives a role, else the agencies with the actor); what the key figures measure; what
    happens next. Lists of names (all organisations, English phrases) are the side panel's."""
    parts = [_opening(facts, sel)]
    with_role = [p for p in facts.people if p.has_role]
    if with_role:
        named = [p.name if sel.no_roles else _person(p, sel.short_roles) for p in with_role]
        parts.append(_sentence("The release names " + join_words(named)))
    elif without_role := [p.name for p in facts.people if p.name not in parts[0]][:2]:
        parts.append(_sentence("The release names " + join_words(without_role)))
    elif sel.organisations:
        others = [o for o in facts.organisations if o not in parts[0] and abbreviation(o) not in parts[0]]
        if others:
            parts.append(_sentence("It involves " + join_words([f"the {o}" for o in others[: sel.organisations]])))
    figures = facts.figures[: max(sel.figures, facts.required_figures)]
    if figures:
        said = [f.phrase() if sel.measures else f.english for f in figures]
        parts.append(_sentence("It reports " + join_words(said)))
    else:
        parts.append("It gives no figures.")
    said = [n.iso for n in numbers_in(parts[0]) if n.kind == "date" and n.iso]
    ahead = [a for a in facts.ahead if not any(_same_day(n.iso, d) for n in numbers_in(a) if n.iso for d in said)]
    if sel.ahead and ahead:
        parts.append(_sentence("Next: " + join_words(ahead[: sel.ahead])))
    elif len(parts) < 3:
        parts.append("It names no date ahead.")
    return " ".join(parts)


def fit_brief(facts: Facts, limit: int = BRIEF_WORDS) -> str:
    """Start from what must be said (the opening, people with roles, the required figures), then add
    optional pieces in order of use to a reader while the brief stays within `limit` words."""
    sel = Selection(people=sum(1 for p in facts.people if p.has_role))
    for shrink in ("short_roles", "measures", "short_opening", "no_roles"):
        if word_count(render_brief(facts, sel)) <= limit:
            break
        setattr(sel, shrink, shrink != "measures")
    figures = [f for f in facts.figures if not is_bare(f.figure, f.measure)]
    most = max(min(len(figures), MAX_FIGURES), 2 if not figures else 0)
    steps: list[tuple[str, int]] = [("when", 1), ("places", 1), ("ahead", 1)]
    steps += [("figures", n) for n in range(facts.required_figures + 1, min(len(facts.figures), most) + 1)]
    steps += [("ahead", 2), ("organisations", 1), ("organisations", 2)]
    for name, value in steps:
        if name == "places" and not (facts.place or facts.places):
            continue
        if name == "organisations" and value > len(facts.organisations):
            continue
        if name == "when" and not facts.when or name == "ahead" and value > len(facts.ahead):
            continue
        previous = getattr(sel, name)
        setattr(sel, name, value)
        if word_count(render_brief(facts, sel)) > limit:
            setattr(sel, name, previous)
    text = render_brief(facts, sel)
    if word_count(text) > limit:  # only when the required facts alone are too long
        text = " ".join(text.split()[:limit])
    return text


def make_brief(release: Release, analysis: Analysis, max_words: int = BRIEF_WORDS) -> Brief:
    """The offline Brief of a release from its Analysis: English only, every number a figure or date."""
    facts = gather(release, analysis)
    return Brief(gist=render_gist(facts), brief=fit_brief(facts, max_words), backend="offline")


