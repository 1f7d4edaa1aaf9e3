"""The gist of an English speech release: 'Statement by H.E. Mr. Srettha Thavisin, Prime Minister of the Kingdom of
Thailand at the Leaders' Dialogue 6 of the SDG Summit 2023' -> 'Prime Minister Srettha Thavisin speaks at the
Leaders' Dialogue 6 of the SDG Summit 2023' (`speech_gist`).

The site posts the Prime Minister's English statements, remarks, interventions and keynote addresses under a title
that names the kind of speech, the speaker with honorifics and post, and the event. Longer than a gist, such a title
was read as a Thai headline is, word by word: 'Prayut Chan-o-cha holds Prime Minister of the Kingdom of Thailand',
'Prime Minister Srettha Thavisin reports on Srettha Thavisin Statement by His Excellency ...' (25 of 44 archive
releases with such a title, draw seed 1709, session 17). Here the title is taken apart instead: who (the name, then
the post), the kind of speech (a verb), the event after 'at'/'on' (cut to fit at a word that ends a phrase).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_KIND = re.compile(
    r"^\s*(?P<kind>Opening Remarks and Keynote Speech|Opening Remarks|Opening Address|Closing Address|Welcome Address|Closing Remarks|Welcome Remarks|Keynote Address|"
    r"Keynote Speech|Special Address|Special Remarks|Remarks|Statement|Intervention(?: as Delivered)?|Speech|Address)\s+"
    r"(?:(?:by|of|for|delivered by)\s+)?(?P<rest>.+)$", re.IGNORECASE)
"""A speech title: its kind, then who gave it and where."""

_HONORIFICS = re.compile(r"\b(?:H\.\s?E\.|His Excellency|Her Excellency|Mr\.|Ms\.|Mrs\.|Dr\.|General|Gen\.|Pol\.|"
                         r"the Honourable)\s*|\((?:Ret|ret)\.?\)|\bThe (?=Prime Minister)", re.IGNORECASE)
_POST = re.compile(r"\b(?P<post>(?:Deputy )?Prime Minister|Minister of Foreign Affairs|Minister of [A-Z][\w ,&]+?|"
                   r"Minister)(?: of (?:the Kingdom of )?Thailand)?\b")
_EVENT = re.compile(r"\s+(?:(?i:at|on) the (?=\w)|(?i:to) the (?=[A-Z0-9])|(?i:at|on|to) (?=[A-Z‘'“\"]))")
_DATE_TAIL = re.compile(r"(?:,?\s+(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|"
                        r"August|September|October|November|December)\b.*|,?\s+(?:Monday|Tuesday|Wednesday|Thursday|"
                        r"Friday|Saturday|Sunday)\b.*|,\s*\d{1,2}\s+\w+\s+\d{4}.*)$")
_DANGLING = {"of", "the", "to", "and", "for", "on", "in", "at", "a", "an", "with", "under", "by", "from", "&", "-", "–"}
_OPEN_ENDS = {"of", "the", "and", "to", "for", "on", "in", "at", "with", "under"}
"""Words a title the site cut may end on, whose phrase goes on in the body's first line."""
_VERB = {"keynote address": "gives a keynote address", "keynote speech": "gives a keynote speech",
         "opening remarks and keynote speech": "gives a keynote speech", "special address": "gives a special address"}


CUT = 175
"""The site cuts a long title near 200 characters with its prefix, often inside a word (the archive holds 177-180
characters of such titles): a title this long loses its last word."""


_STOP_LINE = re.compile(r"(?:Topic:|on \d|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d{1,2} \w+ \d{4}$)",
                        re.IGNORECASE)


def _whole(title: str, body: str) -> str:
    """The title as the body's first lines give it whole ('... the 50th Anniversary of' + 'ASEAN - Australia Dialogue
    Relations'): the site cuts the title, the release repeats it in full, broken over lines, before a 'Topic:' or a
    date line."""
    stem = title.rsplit(" ", 1)[0] if len(title) >= CUT else title
    lines = [" ".join(line.split()) for line in body.split("\n")[:10]]
    whole, acc = title, ""
    for i, line in enumerate(lines):
        if not line:
            if acc:
                break
            continue
        if _STOP_LINE.match(line) or (i and line == lines[0] and acc):
            break  # the date line, or the title said again
        acc = f"{acc} {line}".strip()
        if len(acc) > 400:
            break
        if len(acc) > len(stem) and acc.startswith(stem):
            whole = acc
    first = next((line for line in lines if line), "")
    if whole == title and title.split()[-1] in _OPEN_ENDS and first and not _STOP_LINE.match(first) \
            and " ".join(first.split()[:3]) not in title and len(first) < 120:
        whole = f"{title} {first}"  # the body goes on where the cut title stops ('... Anniversary of' + 'ASEAN - ...')
    return whole


def speech_gist(title: str, limit: int, keep: Callable[[str], bool] = lambda word: True, body: str = "") -> str | None:
    """'<post> <name> speaks at <event>' for an English speech title, within `limit` words; None when the title is no
    speech title or names no speaker. Words of the event `keep` refuses (a number the release does not state) are
    left out before it is cut to fit; a title the site cut is completed from the body's first lines."""
    title = " ".join(title.split())
    if not _KIND.match(title):
        return None
    whole = _whole(title, body) if body else title
    if whole == title and len(title) >= CUT:
        whole = title.rsplit(" ", 1)[0]  # '... on noncommunicable diseas': the site's cut
    m = _KIND.match(whole)
    if m is None:
        return None
    kind, rest = m.group("kind").lower(), m.group("rest")
    at = _EVENT.search(rest)
    who, event = (rest[:at.start()], rest[at.end():]) if at else (rest, "")
    who = re.split(r',?\s+as\s+|\s*[“"]', who, maxsplit=1)[0]  # '..., as Regional Coordinator for the ASEAN Group'
    who = " ".join(_HONORIFICS.sub(" ", who).split()).strip(" ,")
    post_m = _POST.search(who)
    post = post_m.group("post") if post_m else ""
    sides = [who[:post_m.start()], who[post_m.end():]] if post_m else [who]
    sides = [" ".join(x.replace("(", " ").replace(")", " ").split()).strip(" ,") for x in sides]
    # the name before the post ('Srettha Thavisin, Prime Minister ...') or after it ('the Prime Minister (H.E. Mr.
    # Srettha Thavisin)'); 'Prime Minister 38th ASEAN Summit Tuesday...', ', APEC Hosting in ...' name no one
    name = next((x for x in sides if re.fullmatch(r"(?:[A-Z][\w’'.-]*\s?){1,4}", x)), "")
    speaker = " ".join(x for x in (post, name) if x)
    if not speaker:
        return None
    verb = _VERB.get(kind, "speaks")
    event = _DATE_TAIL.sub("", event).strip(" ,.")
    event = " ".join(w for w in re.sub(r"\b(?:H\.\s?E\.|His Excellency|Her Excellency)\s*", "", event).split() if keep(w))
    said = f"{speaker} {'gives a statement' if kind == 'statement' else verb}"
    quoted = re.search(r"[“\"]([^”\"]{3,80})[”\"]?\s*$", rest)
    if at is None and quoted and all(keep(w) for w in quoted.group(1).split()) \
            and len(said.split()) + 1 + len(quoted.group(1).split()) <= limit:
        return f"{said} on “{quoted.group(1).strip()}”"  # 'Statement of the Prime Minister “THAILAND MUST OPEN ...”'
    if not event or at is None:
        return said
    prep = at.group(0).split()[0].lower()  # 'at the summit', 'on the occasion of ...', 'to the nation'
    head = f"{speaker} {verb} {prep} the" if at.group(0).endswith("the ") else f"{speaker} {verb} {prep}"
    words = event.split()
    while len(head.split()) + len(words) > limit and " of the " in f" {' '.join(words[:len(words) // 2 + 2])} ":
        # 'Leaders' Plenary of the Special Summit to Commemorate ...': too long, the part names the whole it belongs to
        at_of = next(i for i in range(len(words) - 1) if words[i] == "of" and words[i + 1] == "the")
        words = words[at_of + 2:]
    while words and len(head.split()) + len(words) > limit:
        words.pop()
    while words and words[-1].lower().strip(",") in _DANGLING:
        words.pop()
    if not words:
        return f"{speaker} {verb}"
    return f"{head} {' '.join(words).rstrip(',')}"
