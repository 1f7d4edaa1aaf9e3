"""Organisations, places and people in releases written in English (about 3% of the corpus: the site's
English news, cabinet synopses, statements).

The Thai recognisers find what an English release shares with Thai ones (glossary names, titled foreign
names, "X Ministry" and "Ministry of X"); what is only English is here: the cabinet, a government named
by its country, a ministry whose name is a list (Ministry of Higher Education, Science, Research and
Innovation), committees "on" a subject or "of" a body, bodies named "for" a purpose, companies with their
legal form or in a list, the Prime Minister's Office, chambers of commerce, airlines, boards and
administrations; waters, reserves, temples, rooms, hotels with their city, towns with their country,
provinces and districts by their official English names (geothai); and a person named after an English
position with no title (Deputy Government Spokesperson Ratchada Thanadirek). `find_entities` calls these
only for a field that is mostly Latin letters, so Thai releases are untouched.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from briefing.thai import admin
from briefing.thai.wordlists import word_set

_WORD = r"[A-Z][A-Za-z’'\-]*"
_HEADS = (
    r"(?:Ministry|Office|Department|Bureau|Embassy|Consulate(?:-General)?|Council|Commission|Agency|Authority|"
    r"Institute|Organi[sz]ation|Federation|Association|Court|Bank|University|Secretariat|Fund|Board)"
)

_CABINET = re.compile(r"(?<![A-Za-z])(?:Secretariat[ \t]+of[ \t]+the[ \t]+Cabinet|[Cc]abinet(?:[ \t]+Secretariat)?)(?![A-Za-z])")
"""The cabinet (ครม.) is the body of most English synopses ("The cabinet approved ...")."""

_STOP = (
    r"(?:Regulation|Regulations|Announcement|Notification|Order|Act|Agreement|Memorandum|Meeting|Policy|Plan|"
    r"Project|Programme|Program|Courses?|Decree|Rules|Measures|Zoning|Province|City|District|Day|Week|Year|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Professor|President|Prime|Minister|General|Mr|Ms|Mrs|Dr|Should|Both|The|This|It|He|She|They|"
    r"On|For|To|In|And|Of|At|By|Regarding|Concerning)(?![A-Za-z])"
)
_NAME_WORD = r"(?:People’s|People's|(?!" + _STOP + r")[A-Z][a-z][A-Za-z\-]*)"
"""A word of a body's name: capitalised, not a document, a plan, a place kind or a month (the run stops there:
"Ministry of Finance Regulation on ...", "Commission on May 5")."""
_OTHER_HEAD = r"(?!(?:" + _HEADS[3:-1] + r"|Directorate|Division|Cent(?:er|re)|Government|Police|Army|Navy)(?![A-Za-z]))"

_GOVERNMENT_OF = re.compile(
    r"(?<![A-Za-z])(?:Royal[ \t]+)?Government[ \t]+of[ \t]+(?:the[ \t]+)?(?:People’s|People's|Lao|" + _NAME_WORD + r")"
    r"(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?(?:People’s|People's|PDR|" + _NAME_WORD + r"))*"
)
"""Government of Lao PDR, Government of the Republic of Kazakhstan; not "the Government of Prime
Minister Gen. Prayut" (a period of office)."""

_NATIONAL_GOVERNMENT = re.compile(
    r"(?<![A-Za-z])(?:Royal[ \t]+Thai|Thai|Lao|Malaysian|Israeli|[A-Z][a-z]+(?:ese|ian|ean|ish|can))[ \t]+(?:Government|Embassy)(?![A-Za-z])"
    r"|(?<![A-Za-z\-–])(?:Royal[ \t]+Thai|Thai|Lao|Malaysian|Israeli|[A-Z][a-z]+(?:ese|ian|ean|ish|can)|US|U\.S\.|UK)[ \t]+government(?![A-Za-z])"
    r"|(?<![A-Za-z])(?:US|U\.S\.|UK)[ \t]+Government(?![A-Za-z])"
    r"|(?<![A-Za-z])Royal[ \t]+Thai[ \t]+(?:Air[ \t]+Force|Army|Navy|Armed[ \t]+Forces)(?![A-Za-z])"
)
"""The Thai Government, the Japanese Government, the Cambodian Government acting; the Royal Thai Embassy,
the Russian Embassy; the Royal Thai Air Force. Also written with a small g and for the US and the UK (`the Cambodian
government is exploiting...`, `the US government`: heldout122 h18 and heldout90 h01 list `US government`, `UK
government`; about 85 mentions in 60 thaigov-v2 English releases), not after a hyphen (`the Thai-Cambodian government
agreement`: two countries' governments, no one body)."""

_HOUSES = re.compile(r"(?<![A-Za-z])(?:Senate|Parliament|National[ \t]+Assembly)(?![A-Za-z])")
"""The houses of parliament, named alone (the President of the Senate)."""

_LIST = (
    r"(?:,[ \t]+" + _OTHER_HEAD + _NAME_WORD + r"(?=,|[ \t]+and[ \t]))+,?[ \t]+and[ \t]+" + _OTHER_HEAD + _NAME_WORD
    + r"(?:[ \t]+" + _NAME_WORD + r")?"
)
"""The list inside a name: ", Science, Research and Innovation", ", Wildlife and Plant Conservation" (single
words between the commas, closed by "and"); a comma elsewhere ends the name (Ministry of Public Health,
National Security Council are two)."""
_RUN = (
    _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"|[ \t]+of[ \t]+(?:the[ \t]+)?" + _NAME_WORD
    + r"|[ \t]+(?:and|for[ \t]+the|for)[ \t]+" + _OTHER_HEAD + _NAME_WORD + r"|" + _LIST + r")*"
)

_PRE_WORD = (
    r"(?!(?:Minister|Prime|Deputy|Secretary|Director|General|Governor|President|Chairman|Spokesperson|Ambassador|"
    r"Permanent|Acting|Vice|Head|Chief|The|A|An|This|That|Its|Both|At|In|On|By|With|From|To|For|Of|And)(?![A-Za-z]))"
    r"(?!(?!United)[A-Z][a-z]+ed[ \t])"  # Approved Ministry of ...: a synopsis's verb
    r"[A-Z][a-z][A-Za-z\-–]*[ \t]+"
)
_HEADED = re.compile(r"(?<![A-Za-z’'\-–])(?:" + _PRE_WORD + r"){0,3}" + _HEADS + r"[ \t]+of[ \t]+(?:the[ \t]+)?" + _RUN)
"""Ministry of Higher Education, Science, Research and Innovation; Office of National Economic and Social
Development Council; Vidyasirimedhi Institute of Science and Technology: up to three name words, a head, "of", then capitalised words joined by spaces, small words and a list;
after "and" not another head (Ministry of Finance and Bank of Thailand are two). A possessive ends
the name (Ministry of Labor’s Department of ...), and so does a person named after it (cut by the caller)."""

_COMMITTEE_OF = re.compile(
    r"(?<![A-Za-z’'\-–])(?:" + _PRE_WORD + r"){0,3}Committee[ \t]+of[ \t]+(?:the[ \t]+)?" + _RUN
)
"""A committee 'of' its body: Medical Committee of the Civil Service Commission, Standing Committee of the
National People’s Congress, Joint Committee of the Parliament, International Committee of the Red Cross."""

_NAME_AFTER_BODY = re.compile(
    r"(?:Congress|Commission|Council|Parliament|Assembly|Senate|Cross|Nations)[ \t]+([A-Z][a-z]+[ \t]+[A-Z][a-z]+(?:-[a-z]+)?)"
)
"""A person's two-word name right after a body's last word, which no title marks (Zhao Leji)."""

# A word here has at most 101 letters (the corpus's longest Latin word has 80): unbounded, 4,000 "Phang-" in a row
# were read from each capital to the end (quadratic).
_COMMITTEE = re.compile(
    r"(?<![A-Za-z’'])(?:(?:[A-Z][A-Za-z\-]{0,100}(?:’s|'s)?)[ \t]+){0,5}(?:Committee|Commission|Subcommittee|Sub-committee)[ \t]+(?:on|for)[ \t]+"
    r"(?:the[ \t]+)?" + _RUN
)
"""Senate’s Committee on Political Development and Public Participation; National Committee for ..."""

_CHAMBER = re.compile(
    r"(?<![A-Za-z’'])(?:[A-Z][A-Za-z\-]{0,100}[ \t]+){1,4}(?:Chamber[ \t]+of[ \t]+Commerce(?:[ \t]+and[ \t]+Industry)?|Airlines|Airways)(?![A-Za-z])"
)
"""Luxembourg Chamber of Commerce, Thai Chamber of Commerce and Industry, Cargolux Airlines."""

_PM_OFFICE = re.compile(
    r"(?<![A-Za-z])Prime[ \t]+Minister(?:’s|'s)[ \t]+Office(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?![A-Za-z]))?"
)
"""The Prime Minister’s Office (สำนักนายกรัฐมนตรี, ~100 in the English releases, most in "Minister Attached to
the Prime Minister’s Office"), and a foreign one: the Prime Minister's Office of Japan (not "Office of Japan")."""

_FOR_WORD = r"(?:COVID-19|Covid-19|(?!" + _STOP + r"|Gen\.?(?![A-Za-z]))[A-Z][A-Za-z\-–]*)"
_FOR_HEADED = re.compile(
    r"(?<![A-Za-z’'\-])(?:(?!(?:The|A|An|This|That|As|At|In|On|By|Of|And|For)[ \t])[A-Z][A-Za-z\-]*[ \t]+){0,3}"
    r"(?:Organi[sz]ation|Cent(?:er|re)|Institute|Council|Agency|Foundation|Association|Federation|Office|Bureau|(?<!European[ \t])Union)"
    r"[ \t]+for[ \t]+(?:the[ \t]+)?" + _FOR_WORD + r"(?:[ \t]+(?:(?:and|of|for|the|of[ \t]+the|and[ \t]+the)[ \t]+)?" + _FOR_WORD + r")*"
)
"""A body named for its purpose: Organisation for Economic Co-operation and Development, Ad Hoc Center for
Thailand-Cambodia Border Situation, Center for COVID-19 Situation Administration, International Organization
for Migration (~200 in the English releases; partnerships, forums and funds "for" something are left out:
they are as often agreements, events and budget lines)."""

_COMPANY = re.compile(
    r"(?<![A-Za-z0-9’'&.\-])((?:[A-Z0-9](?:[A-Za-z0-9&\-’']|\.(?=[A-Za-z]))*)"
    r"(?:[ \t]+(?:of[ \t]+|&[ \t]+)?[A-Z0-9](?:[A-Za-z0-9&\-’']|\.(?=[A-Za-z]))*){0,5})[ \t]+"
    r"(?:Public[ \t]+)?(?:Company[ \t]+Limited|Co\.,?[ \t]*Ltd\.?|Co\.|Corporation|Inc\.|PLC|Plc|Pcl\.?|PCL)(?![A-Za-z])"
    r"|(?<![A-Za-z0-9’'&.\-])([A-Z][A-Za-z&\-]*(?:[ \t]+[A-Z][A-Za-z&\-]*){0,3}),[ \t]*Co\.,?[ \t]*Ltd\.?"
)
"""A company named with its legal suffix: PTT Public Company Limited, Minebea Mitsumi Inc., Transport Co., Ltd.,
Banpu Plc, Toyota Motor Corporation (~110 in the English releases); Thailand Post, Co., Ltd. (a comma before)."""
_COMPANY_CUT = word_set("english_words.toml", "english.company_cut")
"""Words before a company's name that are not part of it (an agreement, a position, another body joined by and)."""

_OTHER_HEADED = re.compile(
    r"(?<![A-Za-z’'\-])((?:[A-Z][A-Za-z&\-]*[ \t]+){1,4})(?:Board|Administration|Ratings|Task[ \t]+Force)(?![A-Za-z’'])"
)
"""Bodies whose head the other rules do not know: National Water Resource Board, Bangkok Metropolitan
Administration, Drug Enforcement Administration, Fitch Ratings, Financial Action Task Force."""
_OTHER_NOT_FIRST = word_set("english_words.toml", "english.other_not_first")
"""First words that make the run a kind (Public Administration, Electronic Circuit Board), a part of a longer
name (Situation Administration, of the Center for COVID-19 ...) or a sentence."""

_COMPANY_LIST = re.compile(
    r"(?<![A-Za-z])(?:companies|firms|brands|businesses|corporations|manufacturers|carmakers|automakers|giants)"
    r"(?![A-Za-z])[^.;:\n]{0,40}?,?[ \t]+(?:such[ \t]+as|including|like|namely|i\.e\.|e\.g\.)[,:]?[ \t]+"
)
"""Companies named in a list after the word for them: 'firms, such as Apple, and Microsoft', 'companies,
namely, Wus Printed Circuit (Thailand), Gold Circuit, ...', 'franchise businesses are operating in
Malaysia, i.e., Amazon, Black Canyon, Doi Chang Coffee' (the English of organisations.find_companies)."""
_LIST_WORD = r"[A-Z0-9&](?:[A-Za-z0-9&’'\-]|\.(?=[A-Za-z]))*"
_LIST_NAME = re.compile(r"(?:the[ \t]+)?([A-Z](?:[A-Za-z0-9&’'\-]|\.(?=[A-Za-z]))*(?:[ \t]+(?:" + _LIST_WORD + r"|of)){0,4})")
_LIST_SEP = re.compile(r"\.?[ \t]*(?:\([^()\n]{0,60}\))?[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)")


def _company_list(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _COMPANY_LIST.finditer(text):
        pos = m.end()
        while True:
            item = _LIST_NAME.match(text, pos)
            if item is None or item.group(1) in ("Thai", "Thailand") or item.group(1).endswith("’s"):
                break
            out.append(Span(item.start(1), item.end(1)))
            sep = _LIST_SEP.match(text, item.end())
            if sep is None:
                break
            pos = sep.end()
    return out


_LAW_BEFORE = re.compile(
    r"(?:Regulations?|Announcement|Notification|Order|Rules|Decree|Act|[Dd]raft[ \t]+(?:regulation|announcement|notification))"
    r"[ \t]+(?:of|by)[ \t]+(?:the[ \t]+)?$"
)
"""A body named in a law's title is the law, not the body: the Draft Notification of Commercial Ministry
prescribing ..., Regulation of Prime Minister’s Office on ..., Draft announcement of Ministry of Interior on ...
(as organisations.in_law_title for Thai); not "an announcement of World Health Organization (WHO) to declare"."""


def in_law_title(text: str, start: int) -> bool:
    """The body at `start` is the issuer named in a law's or an order's title."""
    return _LAW_BEFORE.search(text, max(0, start - 40), start) is not None


_EVENT_AFTER = re.compile(
    r"(?:[\-–][A-Z][A-Za-z]*)?(?:[ \t]+(?:[A-Z0-9][A-Za-z0-9’'\-]*|of|on|for|and|the)){0,6}?"
    r"[ \t]+(?:Summits?|Meetings?|Week|Retreat|Conference|Forum|Games|Day|Expo|Festival)(?![A-Za-z])"
)
"""What makes a body's acronym part of an event's name: APEC Economic Leaders' Week, ASEAN-Japan
Commemorative Summit, ASEAN Foreign Ministers’ Meeting."""


def inside_event(text: str, end: int) -> bool:
    """The acronym ending at `end` opens the name of a meeting, a summit, a week or games: the event,
    not the body (a body named only there is not one the release names)."""
    return _EVENT_AFTER.match(text, end) is not None


_GENERIC = re.compile(
    r"(?:[Tt]he|This|That|Its|Their)[ \t]+(?:Ministry|Department|Office|Agency|Bureau|Board|Council|Commission|Committee|"
    r"Authority|Institute|Organi[sz]ation|Federation|Association|Bank|University|Fund|Centre|Center)|Public[ \t]+Organi[sz]ation"
)
"""A bare head after an article (The Ministry shall take opinions of ...) points back at a body named
before it; (Public Organization) is the legal form after a name (Hydro Informatics Institute (Public
Organization)), not a body."""
_DANGLING = re.compile(r"(?:[ \t]+(?:for|of|and|the|to|on|in))+$")


def bare_reference(name: str) -> bool:
    """An organisation candidate that only refers back ('The Ministry') or is a legal form."""
    return _GENERIC.fullmatch(name) is not None


_SECOND_BODY = re.compile(
    r"[ \t]+and[ \t]+(?=(?:the[ \t]+)?" + _HEADS + r"[ \t]+of[ \t])"
)


def second_body(name: str) -> int | None:
    """Where a second body joined by 'and' begins in a run taken as one name: 'Department of Highway and
    Department of Rural Roads', 'Ministry of Culture of Kingdom of Thailand and Ministry of Culture of ...':
    the offset of 'and', or None."""
    m = _SECOND_BODY.search(name)
    return m.start() if m else None


def dangling_end(name: str) -> int:
    """Where a name that ends in a small word should end: 'Office of Council of State for' (forwarded to
    Office of Council of State for scrutiny) ends before 'for'."""
    m = _DANGLING.search(name)
    return m.start() if m else len(name)


_SENTENCE_WORDS = word_set("english_words.toml", "english.sentence_words")


@dataclass(slots=True)
class Span:
    start: int
    end: int


_COUNTRY_END = re.compile(r"[ \t]of[ \t](?:the[ \t])?(?:Kingdom|Republic|People’s|People's|State|Federation|Union|Commonwealth)[ \t]")


def _two_bodies(name: str, known: frozenset[str]) -> int | None:
    """Where a run of two bodies joined by "and" should be cut: after a name the glossary knows (Ministry
    of Finance and Thai Credit Guarantee Corporation), after a country's name (Ministry of Foreign Affairs
    of the Kingdom of Thailand and China Media Group), or after a list closed by "and" (..., Research and
    Innovation and Chinese ...)."""
    for m in re.finditer(r"[ \t]and[ \t]", name):
        left = name[:m.start()]
        if left in known or _COUNTRY_END.search(left + " ") or re.search(r",[ \t]\S+[ \t]and[ \t]\S+$", left):
            return m.start()
    return None


def _trim(text: str, start: int, end: int, known: frozenset[str] = frozenset()) -> tuple[int, int]:
    """Drop trailing small words and punctuation, and a leading sentence word (The Ministry ...)."""
    cut = _two_bodies(text[start:end], known)
    if cut is not None:
        end = start + cut
    if re.search(r"[ \t](?:Thai|[A-Z][a-z]+(?:ese|ian))$", text[start:end]) and re.match(r"[ \t]+[a-z]", text[end:]):
        end = text.rfind(" ", start, end)  # Government of the Thai people: the adjective belongs to what follows
    while True:
        m = re.search(r"(?:[ \t,]+(?:and|of|for|the|on|in)?|’s|'s)$", text[start:end])
        if not m or m.start() == 0 or not m.group(0):
            break
        end = start + m.start()
    first = re.match(r"[A-Za-z]+[ \t]+", text[start:end])
    if first and first.group(0).strip() in _SENTENCE_WORDS:
        start += first.end()
    return start, end


def find_orgs(text: str, people: list[tuple[int, int]] | None = None, known: frozenset[str] = frozenset()) -> list[Span]:
    """English-only organisation names in an English text; a name ends before a person found in it
    (Permanent Secretary of the Ministry of Tourism and Sports Natthriya Thaweewong). `known`: the
    glossary's English names, where a run joined by "and" is cut."""
    out: list[Span] = []
    for m in _CABINET.finditer(text):
        out.append(Span(m.start(), m.end()))
    for m in _HOUSES.finditer(text):
        out.append(Span(m.start(), m.end()))
    for m in _PM_OFFICE.finditer(text):
        out.append(Span(m.start(), m.end()))
    for m in _COMPANY.finditer(text):
        if m.group(1) is None:  # Thailand Post, Co., Ltd.: the comma before the legal form
            out.append(Span(m.start(2), m.end()))
            continue
        words = list(re.finditer(r"\S+", m.group(1)))
        cut = max((i for i, w in enumerate(words) if w.group(0) in _COMPANY_CUT or w.group(0).endswith(("’s", "'s"))), default=-1)
        if cut + 1 < len(words) and words[cut + 1].group(0) != "of":
            out.append(Span(m.start(1) + words[cut + 1].start(), m.end()))
    out += _company_list(text)
    for m in _OTHER_HEADED.finditer(text):
        run = m.group(1).split()
        if run[0] in _OTHER_NOT_FIRST or any(w in _SENTENCE_WORDS or _headline_verb(w) for w in run[1:]):
            continue
        out.append(Span(m.start(), m.end()))
    for m in _FOR_HEADED.finditer(text):
        end = m.end()
        verb = next((w for w in re.finditer(r"[A-Z][a-z]+", m.group(0)) if _headline_verb(w.group(0))), None)
        if verb is not None:  # The Ad Hoc Center for ... Situation Convenes Morning Meeting: a headline's verb
            end = m.start() + verb.start()
        start, end = _trim(text, m.start(), end, known)
        if end - start > 3:
            out.append(Span(start, end))
    for pattern in (_GOVERNMENT_OF, _NATIONAL_GOVERNMENT, _HEADED, _COMMITTEE_OF, _COMMITTEE, _CHAMBER):
        for m in pattern.finditer(text):
            start, end = _trim(text, m.start(), m.end(), known)
            tail = _NAME_AFTER_BODY.search(text, start, end)
            if tail and tail.end() == end and not any(w in _NOT_NAME for w in tail.group(1).split()):
                end = tail.start(1) - 1  # ... of the National People's Congress Zhao Leji: the chairman's name
            cut = min((a for a, b in people or () if start < a < end), default=end)
            start, end = _trim(text, start, cut)
            if end - start > 3 and " " in text[start:end]:
                out.append(Span(start, end))
    return out


def find_listed(text: str, names: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Glossary English names with a comma or a bracket in them (Office of the Permanent Secretary,
    Ministry of Interior; Thai Smile Airways Co., Ltd.), which the Latin word runs of the glossary
    lookup never see whole: (start, end, name), the longest at each place, case as written, on word
    boundaries."""
    pattern = _listed_pattern(names)
    if pattern is None:
        return []
    return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]


_PATTERNS: dict[tuple[str, ...], re.Pattern[str] | None] = {}


def _listed_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    if names not in _PATTERNS:
        ordered = sorted(names, key=len, reverse=True)
        _PATTERNS[names] = re.compile(
            r"(?<![A-Za-z0-9])(?:" + "|".join(re.escape(n) for n in ordered) + r")(?![A-Za-z0-9])"
        ) if ordered else None
    return _PATTERNS[names]


_ROLE = re.compile(
    r"(?<![A-Za-z])(?:(?:Deputy|Acting|Vice|Thai|Former)[ \t]+)*"
    r"(?:Government[ \t]+Spokes(?:person|man|woman)|Spokes(?:person|man|woman)|Prime[ \t]+Minister|Minister|"
    r"Permanent[ \t]+Secretary|Secretary[- ]General|Director[- ]General|Governor|Senator|Mayor|Ambassador|Envoy|Adviser|Advisor)"
    r"(?:[ \t]+(?:of|for|to)[ \t]+(?:the[ \t]+)?[A-Z][A-Za-z]*(?:(?:,[ \t]+|[ \t]+(?:and[ \t]+|of[ \t]+|the[ \t]+)*)"
    r"(?!(?:His|Her|Excellency|Senior|General|Gen|Mr|Ms|Mrs|Dr|Professor)(?![A-Za-z]))[A-Z][A-Za-z]*)*)?"
    r"[ \t]+\(?"
    r"|(?<![A-Za-z])(?:(?:Vice|Former)[ \t]+)?(?:President|Chancellor|Premier)[ \t]+"
)
"""A position before a name. President, Chancellor and Premier only right before it (President Emmanuel Macron,
Vice President Han Zheng): after 'President of' comes a body's name (President of the Prince Mahidol Award
Foundation), not a person, so they take no 'of ...' as the ministers do."""
_NAME = re.compile(r"([A-Z][a-z]+)[ \t]+([A-Z][a-z]+(?:-[A-Za-z][a-z]*)*)(?![A-Za-z\-])(?![ \t]+[A-Z][a-z])")
"""Two capitalised words (a Thai first and family name: Ratchada Thanadirek, Parnpree Bahiddha-Nukara),
not followed by a third (a longer capitalised run is a name of something else)."""

_NOT_NAME = word_set("english_words.toml", "english.not_name")
"""Words of positions, bodies, places and dates: two of these after a position are not a person's name."""


_HEADLINE_VERBS = word_set("english_words.toml", "english.headline_verbs")
"""Verbs of English headlines (stems): 'Prime Minister Welcomes Investors', 'Foreign Minister Holds Talks',
'Acting Prime Minister Posts Message on Facebook' give no person. Gathered from the words after a
position in the corpus's English release titles; a stem list, not every word in -s, because first
names end in -s too (Boris, Maris)."""


def _headline_verb(word: str) -> bool:
    """'Welcomes', 'Holds', 'Clarifies', 'Presses': a verb of _HEADLINE_VERBS in the third person."""
    low = word.lower()
    if not low.endswith("s"):
        return False
    stems = {low[:-1], low[:-2] if low.endswith("es") else low[:-1]}
    if low.endswith("ies"):
        stems.add(low[:-3] + "y")
    return bool(stems & _HEADLINE_VERBS)


_SMALL_WORDS = word_set("english_words.toml", "english.small_words")


def _title_case(text: str) -> bool:
    """A field in title case (a headline): three words or more, every one capitalised but the small words
    title case leaves lower-case. One other lower-case word ('... met with South African Ambassador Darkey
    Africa') makes it a sentence, where capitals mark names."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z’'\-]*", text) if w.lower() not in _SMALL_WORDS]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


_NAME_END = re.compile(r"[ \t]*[,.;:()\[\]“”\"]|[ \t]+[-–—][ \t]|[ \t]+[a-z]")
"""What may follow a name in a title-case field: punctuation, a dash between spaces, or a lower-case word."""


_PERSON = re.compile("(?:" + _ROLE.pattern + ")" + _NAME.pattern)
"""The position and the name in one pattern, so that a ministry's name gives back the last two words."""


@dataclass(slots=True)
class Named:
    start: int
    end: int
    first: str
    family: str


_RANK = re.compile(
    r"(?<![A-Za-z.])(?:(?:Pol\.|Police|Lt\.|Maj\.|Col\.|Senior|Acting|Sub)[ \t]+)*"
    r"(?:Gen\.|General|Admiral|Adm\.|Air[ \t]+Chief[ \t]+Marshal|ACM|Professor|Prof\.|Col\.)[ \t]+"
    r"((?:[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*[ \t]+){1,2}[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*)(?![A-Za-z\-])"
)
"""A rank or an academic title before a name the Thai rules do not take in English text: Gen. Prayut
Chan-o-cha, Pol. Gen. Kraibun Suadsong, Senior General Min Aung Hlaing, Professor Klaus Schwab."""


def _titled(text: str) -> list[Named]:
    out: list[Named] = []
    for m in _RANK.finditer(text):
        words = m.group(1).split()
        if any(w in _NOT_NAME for w in words):
            continue
        out.append(Named(m.start(1), m.end(1), words[0], " ".join(words[1:])))
    return out


def _third_word(text: str, start: int, role_start: int, places: frozenset[str]) -> int | None:
    """Where a three-word name begins when the position's run ends in a body or place word and one more
    name word follows it (Vice Minister of Foreign Affairs Nguyen Manh Coung; Ambassador to Thailand Pham
    Vietnam Hung): the two-word pattern took only the last two."""
    m = re.search(r"(?<![A-Za-z])([A-Z][A-Za-z\-]*)[ \t]+([A-Z][a-z]+)[ \t]+$", text[role_start:start])
    if m is None:
        return None
    before, word = m.group(1), m.group(2)
    if word in _NOT_NAME or word in places or not (before in _NOT_NAME or before in places):
        return None
    return role_start + m.start(2)


def find_people(text: str, known: dict[str, str] | None = None, places: frozenset[str] = frozenset()) -> list[Named]:
    """A person named after an English position with no title: 'Deputy Government Spokesperson
    Ratchada Thanadirek disclosed', 'Minister of Foreign Affairs Parnpree Bahiddha-Nukara'; and after a
    rank. `known`: officials' English first name -> family name; a known first name with another word
    after it, and a number or a capital after that, is not taken (a title-case headline's verb).
    `places`: the glossary's place names in Latin letters (for a three-word name, see _third_word).
    A title-case field ('Prime Minister Welcomes Investors') capitalises its verbs and nouns too: there a
    name whose first name is not known is taken only when punctuation or a lower-case word follows it, and
    never one that begins with a headline verb in -s."""
    out = _titled(text)
    taken = [(n.start, n.end) for n in out]
    title_case = _title_case(text)
    for m in _PERSON.finditer(text):
        if m.group(1) in _NOT_NAME or m.group(2) in _NOT_NAME or any(a < m.end(2) and m.start(1) < b for a, b in taken):
            continue
        family = known.get(m.group(1)) if known else None
        if not family and (_headline_verb(m.group(1)) or title_case and not _NAME_END.match(text, m.end(2))):
            continue  # "Foreign Minister Holds Talks": a headline's verb and its object
        if family and family.lower() != m.group(2).lower() and re.match(r"[ \t]+[0-9A-Z]", text[m.end(2):]):
            continue  # "Prime Minister Paetongtarn Marks 90 Days": a headline's verb after a known first name
        third = _third_word(text, m.start(1), m.start(), places)
        if third is not None:
            out.append(Named(third, m.end(2), text[third:m.start(1)].strip(), f"{m.group(1)} {m.group(2)}"))
        else:
            out.append(Named(m.start(1), m.end(2), m.group(1), m.group(2)))
    return out


_FEATURE_WORD = r"(?:(?!(?:At|Of|In|On|For|The|And|To|By)[ \t])[A-Z][A-Za-z’'\-]*)"
_FEATURE = re.compile(
    r"(?<![A-Za-z’'\-])(" + _FEATURE_WORD + r"(?:[ \t]+" + _FEATURE_WORD + r"){0,4})[ \t]+"
    r"(Strait|Sea|Ocean|Gulf|Bay|Canal|Reservoir|Lake|Peninsula|(?:National[ \t]+)?Forest[ \t]+Reserves?|"
    r"Wildlife[ \t]+Sanctuary|Mansion|Waterfall|Beach|Island)(?![A-Za-z])"
    r"|(?<![A-Za-z’'\-])(?:Strait|Straits|Gulf|Bay)[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][a-z]+(?![A-Za-z])"
    r"|(?<![A-Za-z’'\-])Wat(?:[ \t]+[A-Z][a-z][A-Za-z\-]*){1,6}(?:[ \t]+Temple)?(?![A-Za-z])"
)
"""Waters, reserves and temples in English: Strait of Malacca, Malacca Strait, South China Sea, Indian Ocean,
Nam Pi Reservoir, Mae Ramat National Forest Reserve, Phitsanulok Mansion, Phuket Island, Wat Arun (~300
in the English releases). Not when the name goes on (Indian Ocean Rim, Huay Krok Khian Reservoir Project,
Pacific Islands Forum: a body or a project named after it) nor after a word that makes it a slogan or an
event (Our Ocean, World Lake Day, Blue Ocean)."""
_FEATURE_NOT_START = word_set("english_words.toml", "english.feature_not_start")
"""Words that start a sentence, a slogan or an event before a feature's head (The Malacca Strait -> Malacca
Strait; Southern Gulf of Thailand Provincial Cluster, Black Sea Grain Initiative: not taken whole)."""
_FEATURE_GOES_ON = re.compile(r"[ \t]+(?:[A-Z][a-z]|of[ \t]+[A-Z])")

_ROOM_AT = re.compile(
    r"(?<![A-Za-z])at[ \t]+(?:the[ \t]+)?((?:[A-Z][A-Za-z’'\-]*)(?:[ \t]+(?:[A-Z0-9][A-Za-z’'\-]*|and|of)){0,4}),[ \t]+(?:the[ \t]+)?"
    r"(?:Government[ \t]+House|Ministry[ \t]+of|Grand[ \t]+Palace|[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)*[ \t]"
    r"(?:Building|Hall|Palace|Hotel|House|University|Convention[ \t]+Cent(?:er|re)))"
)
"""The room of a venue: 'at Wites Smosorn, Ministry of Foreign Affairs', 'at the Inner Santi Maitri, Government
House', 'at Ballroom III, Sokha Hotel' (a body named there, Department of ..., is the host, not a room)."""
_ROOM_NOT = re.compile(r"(?:Department|Office|Ministry|Bureau|Agency|Secretariat|Committee|Council|Commission)(?![A-Za-z])|.*(?:Cent(?:er|re)|Institute)$")

_HOTEL_IN = re.compile(r"(?<![A-Za-z’'\-])((?:[A-Z][A-Za-z’'\-&]*[ \t]+){1,4}Hotel)[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(?![A-Za-z])")
"""A hotel named with its city: The Athene Hotel Bangkok, Okura Hotel Tokyo (the city is a known place)."""


_TOWN_IN = re.compile(
    r"(?<![A-Za-z])(?:in|at)[ \t]+((?:[A-Z][a-z’'\-]+)(?:[ \t]+[A-Z][a-z’'\-]+){0,2}),[ \t]+(?:the[ \t]+)?([A-Z][A-Za-z’'\-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][A-Za-z’'\-]*){0,5})"
)
"""A town named with its country after 'in' or 'at': in Kumamoto, Japan; in Labuan Bajo, Republic of Indonesia;
in Kazan, the Russian Federation (the country is a known place; the town is the words before the comma)."""


def _towns(text: str, places: frozenset[str]) -> list[Span]:
    out: list[Span] = []
    for m in _TOWN_IN.finditer(text):
        town, country = m.group(1), m.group(2)
        words = country.split()
        if town in places or any(w in _SENTENCE_WORDS for w in town.split()):
            continue
        if not any(" ".join(words[:k]) in places for k in range(len(words), 0, -1)):
            continue
        out.append(Span(m.start(1), m.end(1)))
    return out


def find_places(text: str, places: frozenset[str] = frozenset()) -> list[Span]:
    """Places named in English that the venue heads of places.py leave out: a sea, a strait, a reservoir, a
    forest reserve, a temple (Wat ...), a mansion; a hotel named with its city. `places`: the glossary's place
    names in Latin letters."""
    out: list[Span] = []
    for m in _FEATURE.finditer(text):
        start = m.start()
        words = m.group(0).split()
        while words and words[0] in _FEATURE_NOT_START and len(words) > 2:
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        owner = next((i for i in range(len(words) - 2, -1, -1) if words[i].endswith(("’s", "'s"))), None)
        if owner is not None:  # Nam Nao National Park’s Phu Khiew Wildlife Sanctuary: what the possessive names
            start = text.index(words[owner + 1], start + sum(len(w) + 1 for w in words[:owner]))
            words = words[owner + 1:]
        if not words or words[0] in _FEATURE_NOT_START or _FEATURE_GOES_ON.match(text, m.end()):
            continue
        out.append(Span(start, m.end()))
    out += find_districts(text) + _towns(text, places)
    for m in _ROOM_AT.finditer(text):
        if not _ROOM_NOT.match(m.group(1)):
            pos = m.start(1)
            for part in re.split(r"([ \t]+and[ \t]+)", m.group(1)):  # Ballroom I and Ballroom II: two rooms
                if not part.strip().startswith("and"):
                    out.append(Span(pos, pos + len(part)))
                pos += len(part)
    for m in _HOTEL_IN.finditer(text):
        city = m.group(2)
        if city not in places:
            city = city.split()[0]
            if city not in places:
                continue
        start = m.start(1)
        if text.startswith(("The ", "the "), start):
            start += 4
        out.append(Span(start, m.start(2) + len(city)))
    return out


@functools.lru_cache(maxsize=1)
def _district_names() -> dict[str, frozenset[str]]:
    """DOPA's official English names of districts and subdistricts (geothai), as written there, by level."""
    out: dict[str, set[str]] = {"district": set(), "subdistrict": set()}
    for group in admin.areas().values():
        for area in group:
            if area.level in out and area.en:
                out[area.level].add(area.en)
    return {k: frozenset(v) for k, v in out.items()}


_DISTRICT_WORD = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]*)?"
@functools.lru_cache(maxsize=1)
def _province_keys() -> frozenset[str]:
    """The provinces' official English names (geothai), lower-cased without spaces or hyphens: Phang-nga,
    Phang Nga and Phangnga are one key."""
    return frozenset(
        re.sub(r"[ \t\-]", "", area.en).lower() for group in admin.areas().values() for area in group
        if area.level == "province" and area.en
    )


@functools.lru_cache(maxsize=1)
def _joined_districts() -> frozenset[str]:
    """Districts of two words or more, lower-cased with the spaces dropped (Den Chai -> denchai): a release
    that writes the name as one word names the district."""
    return frozenset(re.sub(r"[ \t\-]", "", n).lower() for n in _district_names()["district"] if " " in n)


_CAPS_RUN = re.compile(r"(?<![A-Za-z’'\-])" + _DISTRICT_WORD + r"(?:[ \t]" + _DISTRICT_WORD + r"){0,3}(?![A-Za-z’'\-])")
_LIST_END = re.compile(r"[ \t]+(districts?|sub-?districts?|Districts?|Sub-?districts?)(?![A-Za-z])")
_LIST_ITEM = re.compile(r"(?:^|,[ \t]*|[ \t]+and[ \t]+|,[ \t]+and[ \t]+)(" + _DISTRICT_WORD + r"(?:[ \t]" + _DISTRICT_WORD + r"){0,3})")


def find_districts(text: str) -> list[Span]:
    """Provinces by their official English name however spaced (Phang-nga, Phang Nga: the glossary has
    Phangnga), and districts named bare in English by their official name (DOPA's register): a name of two words or
    more standing alone (Chiang Khong, Ban Phai, Bang Saphan Noi: not after or before another capitalised
    word, where it is part of a longer name: Ban Hua Hin, Pak Tho Intercity Motorway), and every item of a
    list closed by 'districts' or 'sub-districts' (Yaring, Mayo, Mai Kaen and Mae Lan districts), where
    one-word names are safe too. Counted on the 1,849 English releases: ~480 mentions, nearly all districts
    and subdistricts in the lists of cabinet synopses and the ends of routes and lines."""
    names = _district_names()
    out: list[Span] = []
    provinces = _province_keys()
    joined = _joined_districts()
    for m in _CAPS_RUN.finditer(text):
        name = m.group(0)
        key = re.sub(r"[ \t\-]", "", name).lower()
        province = key in provinces
        glued = " " not in name and "-" not in name and key in joined  # Denchai: Den Chai written as one word
        if not province and not glued and ((" " not in name and "-" not in name) or name not in names["district"]):
            continue
        before = text[max(0, m.start() - 20):m.start()]
        if re.search(r"[A-Z][A-Za-z’'\-]*[ \t]$", before) or re.match(r"[ \t]+[A-Z0-9]", text[m.end():]):
            continue
        if re.match(r"[^()\n]{0,40}Section\)", text[m.end():]):
            continue  # MTR Yellow Line (Lat Phrao - Samrong Section): a line's section, named by its ends
        out.append(Span(m.start(), m.end()))
    for end in _LIST_END.finditer(text):
        level = "subdistrict" if "sub" in end.group(1).lower() else "district"
        start = max(0, end.start() - 200)
        head = text[start:end.start()]
        cut = max(head.rfind(x) for x in (".", ";", ":", "(", "\n"))
        head, start = (head[cut + 1:], start + cut + 1) if cut >= 0 else (head, start)
        items = list(_LIST_ITEM.finditer(head))
        if not items or items[-1].end() != len(head):
            continue
        first = len(items) - 1
        while first and items[first - 1].end() == items[first].start():
            first -= 1  # the list is the chain of items that ends at the level word
        for item in items[first:]:
            if item.group(1) in names[level]:
                out.append(Span(start + item.start(1), start + item.end(1)))
    return out


_ROLE_ONE = "(?:" + _ROLE.pattern + ")"
_RANKS_BEFORE_NAME = r"(?:(?:(?:Pol|Col|Gen|Lt|Maj|Capt|Adm|Dr|Mr|Mrs|Ms|Prof)\.|H\.E\.|Professor|General|Police)[ \t]*)*"
_ROLE_BEFORE = re.compile(rf"{_ROLE_ONE}(?:and[ \t]+{_ROLE_ONE})*(?P<ranks>{_RANKS_BEFORE_NAME})$")
"""A position written right before a name, ranks and titles between: 'Prime Minister Paetongtarn Shinawatra',
'Deputy Prime Minister and Minister of Commerce Phumtham Wechayachai', 'Minister of Justice Pol.Col. Tawee Sodsong'."""
_ROLE_LOWER = r"(?:chair(?:man|woman|person)?|president|director|head|founder|co-founder|member|officer|executive|chief|deputy|vice|managing|general|secretary)"
_ROLE_AFTER = re.compile(
    r"[ \t]*,\s+((?:the[ \t]+)?(?:Deputy|Vice|Acting|Prime|Minister|Ambassador|Chair(?:man|woman|person)?|President|CEO|Director"
    r"|Head|Chief|Secretary|Permanent|Governor|Founder|Co-[Ff]ounder|Executive|Managing|Senior|Board|Member|Government"
    r"|Spokes(?:person|man|woman)|Consul|Counsellor|Commissioner|Mayor|Adviser|Advisor|Special|Representative|Chancellor"
    r"|Dean|Rector|Commander|Manager|Partner|Assistant|General|" + _ROLE_LOWER + r")(?![A-Za-z\-])"
    r"(?:[ \t]+(?!(?:Mr|Mrs|Ms|Dr|Prof|H)\.|(?:At|In|On|During|With|From|By)(?![A-Za-z]))(?:[A-Z0-9][A-Za-z0-9’'\-&]*|of|the|and|for|to|&|" + _ROLE_LOWER + r")(?![A-Za-z\-]))*)"
)
"""A position given after a name and a comma: 'Mr. Wang Chuanfu, chairman and CEO of BYD Company.', 'H.E. Mr. Han
Zhiqiang, Ambassador of People’s Republic of China to Thailand, paid ...': capitalised words and the small words
of a position's name, up to the first other word or punctuation."""
_DANGLING_ROLE = re.compile(r"(?:[ \t]+(?:of|the|and|for|to|&|Gen|Pol|Lt|Col|Maj|Adm|Capt|ACM))+$")


_NAME_PAIR = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+)[ \t]+([A-Z][a-z]+(?:-[A-Za-z][a-z]*)*)(?![A-Za-z])")


def _named_in(text: str, start: int, end: int, known: dict[str, str]) -> int | None:
    """The end of the last officials' name (known: first -> family) inside text[start:end], if any."""
    last = None
    for m in _NAME_PAIR.finditer(text, start, end):
        if known.get(m.group(1), "").lower() == m.group(2).lower():
            last = m.end()
    return last


def person_role(text: str, start: int, end: int, since: int = 0, known: dict[str, str] | None = None) -> str | None:
    """The position an English sentence gives a person named at text[start:end]: before the name (after `since`,
    the end of the person named before, and after any official's name `known` gives), else after it behind a comma."""
    window = max(since, start - 200)
    while (m := _ROLE_BEFORE.search(text, window, start)) is not None:
        cut = text.rfind(",", m.start(), start) + 1 or (_named_in(text, m.start(), start, known) if known else None)
        if not cut:
            break
        window = cut  # '..., Minister of Justice Tawee', '... Interior Anutin Charnvirakul and Minister of X Y': not the names before
    if m is not None:
        return re.sub(r"[ \t]+", " ", text[m.start():m.start("ranks")]).strip(" \t(")
    m = _ROLE_AFTER.match(text, end)
    if m is None:
        return None
    raw = re.sub(r"[ \t]+", " ", m.group(1)).strip()
    if re.search(r"(?<![A-Za-z])(?:Gen|Pol|Lt|Col|Maj|Adm|Capt|ACM)$", raw) and text.startswith(".", m.end(1)):
        return None  # 'Noonpackdee, Chief of Staff of the Royal Thai Army Gen. Thongchai Rodyoi': the next person's post
    role = _DANGLING_ROLE.sub("", raw)
    tail = role.split()[-2:]
    if len(tail) == 2 and all(w[:1].isupper() and not w.isupper() and w not in _NOT_NAME and w.strip("’'s") not in _NOT_NAME for w in tail):
        return None  # 'Rodyoi, Permanent Secretary to the Ministry of Interior Unsit Sampuntharat,': the next person listed
    return role or None
