"""Organisations written in Latin letters, inside Thai releases and in English ones, found by their head word.

English names its organisations regularly: a capitalised run that ends in a word naming a body (Cargolux
Airlines, Fitch Ratings, Thai Airways, SOVICO Group), or is built on one with "of", "for" or "on" (Luxembourg
Chamber of Commerce, Federation of Thai Industries), or is closed by a company's legal form (Lois Trading Co.,
Hyundai Department Store Co.,Ltd., SunaromahyangCo,Ltd.); a country in brackets belongs to the name (Fitch
Ratings (Thailand)). The run is not an organisation when the word after its head makes it an event, a
programme, a law or a building (ASEAN Foundation Forum, Ministry of Finance Building); a position before the
name or after it is not part of it (Governor of the Bank of Thailand, Bank of Thailand Governor). The words are
data: briefing/data/latin_org_words.toml.

The glossary (gazetteer) and the English-release rules of english.py know many of these names already; this
recogniser is the general case behind them, so a name no list has is still found. The caller runs it on every
field; a field with no Latin capital costs one search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.thai.wordlists import word_set

_HEADS = word_set("latin_org_words.toml", "latin_orgs.heads")
_LEGAL = word_set("latin_org_words.toml", "latin_orgs.legal")
_NOT_AFTER = word_set("latin_org_words.toml", "latin_orgs.not_after")
_POSTS = word_set("latin_org_words.toml", "latin_orgs.posts")
_GENERIC_FIRST = word_set("latin_org_words.toml", "latin_orgs.generic_first")
_BOARD_THINGS = word_set("latin_org_words.toml", "latin_orgs.board_things")
"""Printed Circuit Board, Digital Dash Board: a thing the head word names, not a body."""
_OPENERS = word_set("latin_org_words.toml", "latin_orgs.openers")
_CLOSERS = word_set("latin_org_words.toml", "latin_orgs.closers")
_SOFT_HEADS = word_set("latin_org_words.toml", "latin_orgs.soft_heads")
_VENUE_WORDS = word_set("latin_org_words.toml", "latin_orgs.venue_words")

_CAPITAL = re.compile(r"[A-Z]")
_LEGAL_TOKEN = (
    r"Public[ \t]+Company[ \t]+Limited|Company[ \t]+Limited|Co\.?,?[ \t]?Ltd\.?|Pte\.?[ \t]?Ltd\.?|Sdn\.?[ \t]?Bhd\.?"
)
# A word is at most 60 characters (a bound, so that a long run of letters is read once, not from each capital).
_TOKEN = re.compile(
    r"(?P<legal>" + _LEGAL_TOKEN + r")(?![A-Za-z])"
    r"|(?P<word>[A-Z0-9][A-Za-z0-9&’'\-]{0,60}(?:\.(?:[A-Za-z]{1,3}\.)*)?)"
    r"|(?P<small>of|and|the|for|on|in|&)(?![A-Za-z0-9])"
    r"|(?P<bracket>\([A-Z][A-Za-z]{2,20}(?:[ \t][A-Z][A-Za-z]{1,20}){0,2}\))"
)
_GAP = re.compile(r"[ \t]{1,2}")
_GLUED_LEGAL = re.compile(r"(?<![A-Za-z0-9])[A-Z][a-z]{2,40}[A-Za-z]{0,40}Co\.?,[ \t]?Ltd\.?")
"""SunaromahyangCo,Ltd.: the legal form written onto the name."""
_LETTER = re.compile(r"[A-Za-z]")
_POSSESSIVE = ("’s", "'s")
_ORDINAL = re.compile(r"[0-9]+(?:st|nd|rd|th)")
"""78th World Health Assembly, 33rd Commission on ...: a session of the body, the name starts after it."""
_ON_HEADS = frozenset({"Committee", "Subcommittee", "Commission", "Council", "Group", "Board"})
_NATIONALITY = re.compile(r"Thai|[A-Z][a-z]+(?:ese|ian|ean|ish|can)")
_VERB_ED = re.compile(r"(?!United)[A-Z][a-z]+ed")


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    kind: str  # "word", "legal", "small", "bracket"


def _runs(text: str) -> list[list[_Tok]]:
    """Runs of capitalised words, small joining words, legal forms and bracketed words, in text order."""
    runs: list[list[_Tok]] = []
    pos = 0
    n = len(text)
    while True:
        m = _CAPITAL.search(text, pos)
        if m is None:
            break
        start = m.start()
        if start and (text[start - 1].isascii() and text[start - 1].isalnum() or text[start - 1] in "’'-&"):
            pos = start + 1  # inside a word (JungArtGroup's G, e-Service's S)
            continue
        run: list[_Tok] = []
        at = start
        while at < n:
            t = _TOKEN.match(text, at)
            if t is None or (t.lastgroup == "word" and not _LETTER.search(t.group(0))):
                break
            word = t.group(0)
            kind = t.lastgroup or "word"
            if kind == "word" and word.endswith(".") and word[:-1] not in ("Co", "Inc", "Corp", "Plc", "Pcl", "Bhd", "Pte") and not re.fullmatch(r"(?:[A-Za-z]\.)+", word):
                word = word[:-1]  # a full stop ends the sentence, not the word
            run.append(_Tok(t.start(), t.start() + len(word), word, kind))
            gap = _GAP.match(text, t.start() + len(word))
            if gap is None or len(word) < len(t.group(0)):
                break
            at = gap.end()
        while run and run[-1].kind == "small":
            run.pop()
        if run:
            runs.append(run)
            pos = run[-1].end
        else:
            pos = start + 1
    return runs


def _ends_a_name(tok: _Tok, places: frozenset[str]) -> bool:
    """A word before 'and' that closes a name of its own: a place, a government, a head or a plural head
    (Provincial Employment Offices and Bangkok Employment Office)."""
    return tok.text in places or tok.text == "Government" or _is_head(tok) or tok.text[:-1] in _HEADS


def _possessive(tok: _Tok) -> bool:
    return tok.text.endswith(_POSSESSIVE) and tok.text[:-2] != "People"  # People's Republic: no possessive


def _bare(tok: _Tok) -> str:
    return tok.text[:-2] if _possessive(tok) else tok.text


def _is_head(tok: _Tok) -> bool:
    return tok.kind == "word" and _bare(tok) in _HEADS


def _is_legal(tok: _Tok) -> bool:
    return tok.kind == "legal" or (tok.kind == "word" and tok.text in _LEGAL)


def _stop(tok: _Tok) -> bool:
    return tok.text in _POSTS or tok.text in _OPENERS


def _name_in(run: list[_Tok], places: frozenset[str]) -> list[tuple[int, int]]:
    """The organisations in one run, as (first token, last token) index pairs."""
    out: list[tuple[int, int]] = []
    i = 0
    lo = 0  # where the current name may start
    n = len(run)
    while i < n:
        tok = run[i]
        if tok.kind == "bracket":
            lo = i + 1  # (USOPC) Affiliate Organizations Council: the bracket belongs to what came before
            i += 1
            continue
        if tok.kind == "small":
            if tok.text in ("of", "in", "on", "for") or tok.text in ("and", "&") and (
                i + 1 < n and run[i + 1].text == "the" or i and _ends_a_name(run[i - 1], places)
                or sum(t.kind != "small" for t in run[lo:i]) >= 4
            ):
                lo = i + 1  # Kingdom of Thailand and the China National Space Administration: the name after them
            i += 1
            continue
        if _stop(tok) or tok.text in _NOT_AFTER or (i == lo and _VERB_ED.fullmatch(tok.text)) or _ORDINAL.fullmatch(tok.text):
            lo = i + 1  # a position, a sentence word, an event word, a synopsis's verb (Authorized Ministry of ...)
            i += 1
            continue
        if _possessive(tok) and not _is_head(tok):
            lo = i + 1  # Thailand's Board of Investment: the body after the possessive (Senate's Committee on ...: whole)
            i += 1
            continue
        if not (_is_head(tok) or (_is_legal(tok) and i > lo)):
            i += 1
            continue
        end, j = _name_end(run, i, places, all(t.kind == "small" for t in run[lo:i]))
        if end < 0:
            lo = i = j + 1
            continue
        first = lo
        while first < i and run[first].kind == "small":
            first += 1
        words = [t for t in run[first:end + 1] if t.kind != "small"]
        if _acceptable(run, first, i, end, words):
            out.append((first, end))
        lo = i = max(end + 1, i + 1)
    return out


def _name_end(run: list[_Tok], head: int, places: frozenset[str], alone: bool) -> tuple[int, int]:
    """The last token of the name whose head is at `head` (-1: not a name, the run goes on into an event's or a
    building's name), and where to go on reading. `alone`: the head is the name's first word (Senate's Committee
    on ...: a house's own committee is one name)."""
    n = len(run)
    end = head
    complement = False
    after_place = False
    j = head + 1
    if _possessive(run[head]) and not alone:
        return head, j  # Bangkok Metropolitan Administration's Health Department: the owner ends here
    while j < n:
        nxt = run[j]
        if nxt.kind == "bracket":
            if nxt.text[1:-1] in places or nxt.text == "(Thailand)":
                end = j  # Fitch Ratings (Thailand), Toyota Motor (Thailand) Co., Ltd.
                j += 1
                continue
            break
        if nxt.kind == "small":
            if (nxt.text == "and" and complement and j + 2 < n and run[j + 1].text == "the" and run[j + 2].kind == "word"
                    and run[j + 2].text != "Pacific"):
                break  # Ministry of Energy and the Royal Thai Navy: 'and the' and a capitalised run start a second body
                # (not Asia and the Pacific: one region's name)
            if nxt.text in ("and", "&") and (not complement or any(
                    _is_head(run[k]) for k in range(j + 1, min(n, j + 6)) if run[k].kind != "small")):
                break  # Ministry of Finance and Bank of Thailand: two bodies; Company and ...: no name goes on
            if nxt.text == "in" and not (j + 1 < n and run[j + 1].text in places):
                break  # American Chamber of Commerce in Thailand: 'in' only before a place
            if nxt.text == "on" and _bare(run[head]) not in _ON_HEADS:
                break  # Ministry of Finance on the 6-month ...: 'on' names a subject only after a committee's head
            if nxt.text in ("of", "for", "on", "in"):
                complement = True
            after_place = False
            j += 1
            continue
        if _stop(nxt):
            break
        if nxt.text in _NOT_AFTER:
            return -1, j  # ASEAN Foundation Forum: an event named after the body
        if _possessive(nxt):
            if complement or _is_head(nxt):
                end = j  # Ministry of Commerce's Office of ...: the possessor is one body, what follows another
            break
        if after_place and not (_is_head(nxt) or _is_legal(nxt)):
            break  # National Assembly of Laos Saysomphone ...: a country or a body ends the name, a person follows
        if complement or _is_head(nxt) or _is_legal(nxt) or run[j - 1].kind == "bracket":
            after_place = complement and (nxt.text in places or _is_head(nxt) or nxt.text in _CLOSERS)  # ... People's Congress Zhao Leji
            end = j  # the complement (of Commerce, of People's Republic of China) or a second head (Co., Ltd.)
            j += 1
            continue
        later = _later_head(run, j)
        if later is None:
            break
        end = j = later  # Hyundai Department Store Co.,Ltd.: the name goes on to its legal form
        j += 1
    while end > head and run[end].kind == "small":
        end -= 1
    if end > head + 1 and run[end - 1].text in ("and", "&") and _NATIONALITY.fullmatch(run[end].text):
        end -= 2  # Indian Ministry of Civil Aviation and Indian airlines: the adjective belongs to what follows
    return end, j


def _later_head(run: list[_Tok], j: int) -> int | None:
    """The index of a head or legal form within the next four plain words from `j`, if only plain words
    lead to it."""
    for k in range(j, min(len(run), j + 4)):
        tok = run[k]
        if _is_head(tok) or _is_legal(tok):
            return k
        if tok.kind != "word" or tok.text in _POSTS or tok.text in _OPENERS or tok.text in _NOT_AFTER:
            return None
    return None


def _acceptable(run: list[_Tok], first: int, head: int, end: int, words: list[_Tok]) -> bool:
    """A name, not a kind: two words or more; not a head after generic words only (Head Office, Central Bank,
    Joint Committee), unless a complement names whose it is (Central Bank of Myanmar)."""
    if len(words) < 2:
        return False
    if run[head].text == "Board" and head > first and run[head - 1].text in _BOARD_THINGS:
        return False
    complement = end > head and any(t.kind == "small" for t in run[head:end + 1])
    before = [t for t in run[first:head] if t.kind != "small"]
    if not complement and all(t.text in _GENERIC_FIRST or t.text in _HEADS for t in before) and not _is_legal(run[end]):
        return False
    # Bank Group, Office Limited: heads alone; the Embassy in Bangkok: whose, unsaid
    return bool(before) or _is_legal(run[end]) or (complement and run[head + 1].text != "in")


def _initials(tok: _Tok) -> str:
    """The letters a word gives its acronym: one per hyphened part (Duke-NUS: DN, Zero-Emission: ZE)."""
    return "".join(part[0] for part in tok.text.split("-") if part).upper()


_NEXT_WORDS = re.compile(r"[ \t]+([A-Za-z]+)(?:[ \t]+([A-Za-z]+))?")


def _defined_by_acronym(text: str, run: list[_Tok]) -> list[tuple[int, int]]:
    """Names ending in a soft head (Community, Collaborative, Centre, Network, Team, Force...) whose acronym
    follows in brackets, made of their words' initials: Regionalized Vaccine Manufacturing Collaborative (RVMC),
    Asia Zero Emission Community (AZEC). The bracket is what makes the word a body's head here: without it
    Network or Centre name systems and buildings too. Not a name with an event's, a programme's or a venue's
    word (World Summit on the Information Society (WSIS), Bali International Convention Center (BICC)), nor a
    Community whose first word is an acronym (ASEAN Economic Community (AEC): a pillar of that body)."""
    out: list[tuple[int, int]] = []
    for k in range(1, len(run)):
        bracket, head = run[k], run[k - 1]
        if bracket.kind != "bracket" or head.kind != "word" or head.text not in _SOFT_HEADS or " " in bracket.text:
            continue
        acronym = bracket.text[1:-1].upper()
        after = _NEXT_WORDS.match(text, bracket.end)
        if after and any(w.capitalize() in _NOT_AFTER for w in after.groups() if w):
            continue  # Special Task Force (STF) project, ... Community (AZEC) Leaders Meeting: a project's, an event's name
        built = ""
        i = k - 1
        while i >= 0 and len(built) < len(acronym):
            tok = run[i]
            if tok.kind == "small":
                i -= 1
                continue
            if tok.kind != "word" or (i < k - 1 and (tok.text in _NOT_AFTER or tok.text in _VENUE_WORDS or _stop(tok))):
                break
            built = _initials(tok) + built
            if not acronym.endswith(built):
                break
            if built == acronym:
                if not (head.text == "Community" and tok.text.isupper()):
                    out.append((i, k - 1))
                break
            i -= 1
    return out


def find(text: str, places: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """(start, end) of each organisation named in Latin letters by its head word or legal form. `places`: the
    gazetteer's place names in Latin letters (a country in brackets after a name belongs to it)."""
    if _CAPITAL.search(text) is None:
        return []
    out: list[tuple[int, int]] = []
    for run in _runs(text):
        if "(" in text:
            for a, b in _defined_by_acronym(text, run):
                out.append((run[a].start, run[b].end))
        if not any(_is_head(t) or _is_legal(t) for t in run):
            continue
        for a, b in _name_in(run, places):
            out.append((run[a].start, run[b].end - (2 if _possessive(run[b]) else 0)))
    for m in _GLUED_LEGAL.finditer(text):
        out.append((m.start(), m.end()))
    if "," in text and out:
        out = _across_commas(text, out, places)
    return out


_LIST_AFTER = re.compile(
    r"((?:,[ \t]+[A-Z][a-z]+){1,4}),?[ \t]+and[ \t]+((?:[A-Z][A-Za-z\-]+[ \t]+){0,3}([A-Z][A-Za-z\-]+))(?![A-Za-z0-9\-’'])"
)
_LIST_BEFORE = re.compile(r"(?<![A-Za-z])the[ \t]+([A-Z][a-z]+(?:,[ \t]+[A-Z][a-z]+){0,3}),[ \t]+(?:and[ \t]+)?$")
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")


def _plain(word: str, places: frozenset[str], item: bool = True) -> bool:
    """A list item's word that is no name of its own: not a place, a body's head, a position or a nationality
    (nor, as an item, an event's or a programme's word; before the head it may be: ... Innovation Policy Council)."""
    return not (word in places or word in _HEADS or word in _POSTS or word in _OPENERS
                or item and word in _NOT_AFTER or _NATIONALITY.fullmatch(word))


def _across_commas(text: str, spans: list[tuple[int, int]], places: frozenset[str]) -> list[tuple[int, int]]:
    """A name whose words are a comma list, cut at a comma by the run: the list goes on to the body's head
    (Office of the National Higher Education, Science, Research and Innovation Policy Council: one name, not
    'Office of the National Higher Education'), or the list begins it after 'the' (the Employment, Labour and
    Social Affairs Committee: not 'Labour and Social Affairs Committee'). Only single plain words are list items
    (no place, head, position or nationality), and the list needs its 'and' (a comma alone lists bodies:
    Ministry of Finance, Thai Bankers Association)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        last = text[a:b].split()[-1]
        m = _LIST_AFTER.match(text, b)
        if (m and last not in _HEADS and " of " in text[a:b] and m.group(3) in _HEADS
                and all(_plain(w, places) for w in _WORD.findall(m.group(1)))
                and all(_plain(w, places, False) for w in m.group(2).split()[:-1] if w != "and")):
            b = m.end()
        else:
            m = _LIST_BEFORE.search(text, max(0, a - 80), a)
            first = text[a:b].split()[0]
            if m and first not in _HEADS and all(_plain(w, places) for w in _WORD.findall(m.group(1))):
                a = m.start(1)
        out.append((a, b))
    wide = [s for s in out if s not in spans]
    return [s for s in out if not any(w != s and w[0] <= s[0] and s[1] <= w[1] for w in wide)]


_LIST_ITEM = re.compile(r"[A-Z][A-Za-z0-9&’'\-]*(?:\.[A-Za-z]{1,3})*\.?(?:[ \t](?:&[ \t])?[A-Z0-9][A-Za-z0-9&’'\-]*){0,3}")
_ITEM_BEFORE = re.compile(
    r"(?<![A-Za-z0-9&’'.\-])(" + _LIST_ITEM.pattern + r")(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+|[ \t]*และ[ \t]*)$"
)
_COMPLEMENT_BEFORE = re.compile(r"(?<![A-Za-z])(?:of|for|the|on|in|and|at)[ \t]+$")
_CUT_ITEM = re.compile(r"[ \t]+(?:of|for|the|on|in|de)(?![A-Za-z])")
"""Official of Council of State: an item cut before its complement is no name of its own."""
_LIST_SEP = re.compile(r"[ \t]*,[ \t]*(?:(?:and|และ)[ \t]*)?|[ \t]+and[ \t]+|[ \t]*และ[ \t]*")
_NOT_ALONE = frozenset({"Thailand", "Government", "Ministry", "Department", "Office", "Company", "Group", "The"})


def find_in_lists(text: str, orgs: list[tuple[int, int]], others: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Latin names in a list of organisations, one a comma (or "and"/และ) apart: JungArtGroup between
    Lois Trading Co. and SunaromahyangCo,Ltd.; Asahi Shimbun between AFP and CNN. A list is a list of one kind:
    when two of its items or more are organisations other rules found and none is a person or a place, its
    other capitalised Latin items (of one to four words) are organisations too. `orgs`: the organisations found,
    `others`: the people and places found, as (start, end)."""
    latin = sorted((a, b) for a, b in orgs if _CAPITAL.match(text, a))
    if len(latin) < 2:
        return []
    starts = {a: b for a, b in latin}
    out: list[tuple[int, int]] = []
    pos = 0
    for first, _ in latin:
        if first < pos:
            continue
        items: list[tuple[int, int, bool]] = []
        at = first
        while True:  # AstraZeneca, Sinovac, Pfizer: the items before the first found one
            back = _ITEM_BEFORE.search(text, max(pos, at - 80), at)
            if back is None or back.start(1) in starts or not _CAPITAL.match(text, back.start(1)):
                break
            items.insert(0, (back.start(1), back.end(1), False))
            at = back.start(1)
        at = first
        joint = ""
        while True:
            if at in starts:
                items.append((at, starts[at], True))
            else:
                m = _LIST_ITEM.match(text, at)
                if m is None or (m.end() < len(text) and (text[m.end()].isalnum() or text[m.end()] == "(")):
                    break
                if m.end() == len(text) and "and" not in joint and "และ" not in joint:
                    break  # the text stops inside the list (... Gulf Energy Development Plc, Super|): a cut word
                end = m.end() - (1 if m.group(0).endswith(".") and not text[at:m.end() - 1].count(".") else 0)
                items.append((at, end, False))
            sep = _LIST_SEP.match(text, items[-1][1])
            if sep is None or sep.end() == items[-1][1]:
                break
            joint, at = sep.group(0), sep.end()
        pos = items[-1][1]
        known = sum(k for _, _, k in items)
        if known < 2 or len(items) < 3 or any(s < items[-1][1] and items[0][0] < e for s, e in others):
            continue
        lead = text[max(0, items[0][0] - 40):items[0][0]]
        if _COMPLEMENT_BEFORE.search(lead) or any(e == len(text[:items[0][0]].rstrip(" \t,")) for _, e in others):
            continue  # Dr. MURASE Masahiko, ... for Infrastructure Overseas Projects Division, Policy Bureau, MLIT: a title
        for a, b, k in items:
            if not k and text[a:b] not in _NOT_ALONE and not text[a:b].isdigit() and not _CUT_ITEM.match(text, b):
                out.append((a, b))
    return out
