"""English grammar for the gist's phrases: noun groups in English order, plurals, articles, gerunds.

The gist glosses Thai headline words one by one (summary/words.py); these turn the glosses into
English: a Thai noun group, head first, becomes 'halal food festival' (`group_english`), a noun before
another is singular or its adjective ('face mask prices', 'provincial officials'), a particular thing
takes 'the' and a mass noun or a plural does not (`with_article`), an acronym is said once (`once`).
Pure string functions: nothing here reads a release.
"""

from __future__ import annotations

import re

BARE = re.compile(r" (?:on|about|over|for|with|to|of|in)$")


_ARTICLE = re.compile(r"^the ", re.IGNORECASE)
_POSTPOSITIVE = re.compile(r"(?:in|of|for|with|on|to|at) \S+ \S+", re.IGNORECASE)
_TIME_NOUNS = {"year", "month", "day", "week"}
_FRONT = {"draft"}
"""Heads that stay in front in English too: 'ร่างกฎกระทรวง' is a draft ministerial regulation."""


GOVERNS = re.compile(r"(?:^|\s)(?:of|along|without|from|near|across|through|towards?|under|between|among|against|by|"
                      r"beyond|within|outside|inside)$")
"""A modifier whose English ends so ('free of', 'along') needs the words after it as its complement."""


_COMPLEMENT_HEADS = {"progress": "in", "results": "of", "readiness": "for", "case": "of", "founding anniversary": "of"}
"""Heads that take what qualifies them after a preposition in English."""


def group_english(items: list[str]) -> str:
    """A Thai noun group (head first, then what qualifies it) in English order: 'เทศกาล อาหาร ฮาลาล'
    (festival, food, halal) -> 'halal food festival'. A leading article stays only on a lone word."""
    if len(items) > 1 and items[0].lower() in _COMPLEMENT_HEADS and not _POSTPOSITIVE.match(items[1]):
        # 'ความคืบหน้าสถานการณ์แผ่นดินไหว': 'progress in the earthquake situation', not 'earthquake situation progress'
        return f"{items[0]} {_COMPLEMENT_HEADS[items[0].lower()]} {with_article(group_english(items[1:]))}"
    if len(items) > 1 and items[-1] != items[0] and "nationwide" in items[1:]:
        # 'ผู้ว่าฯ ทั่วประเทศ': governors nationwide, not 'the nationwide governor' (one governor, every province?)
        others = [item for item in items if item != "nationwide"]
        return f"{plural(group_english(others))} nationwide"
    prep = next((i for i, item in enumerate(items) if GOVERNS.search(item)), None)
    if prep is not None:
        # 'กิจกรรมกำลังใจไร้กำแพง', 'ถนนเลียบคลองชลประทาน': a modifier ending in a preposition governs
        # the words after it ('morale activities free of walls'); with none after it, it says nothing
        head = group_english(items[:prep]) if prep else ""
        rest = group_english(items[prep + 1:]) if items[prep + 1:] else ""
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
    if len(out) > 1 and out[-2].lower().endswith(f" {out[-1].lower()}"):
        out = out[:-1]  # 'แอปเป๋าตัง': 'the Pao Tang app' names its head already ('Pao Tang app app')
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
    elif re.search(r"(?:sses|shes|ches|xes|(?:bus|virus|campus|bonus|census|status)es)$", last):
        last = last[:-2]  # 'รถบัส' + 'ไฟไหม้': 'bus fire', not 'buse fire' (details/88644)
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
    # session 16: heads of the compounds headwords.toml reads whole ('cracks down on human trafficking')
    "trafficking", "aviation", "civil aviation", "farmland", "legislation", "manpower",
}
"""Nouns the gist writes without 'the' ('supports tourism', but 'supports the halal food festival')."""


_IRREGULAR_PLURALS = {"children", "people", "women", "men", "police", "staff", "personnel", "youth", "livestock"}


def with_article(text: str) -> str:
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
    if re.match(r"[a-z]+ing\b", text) and text.split()[0] not in ("building", "meeting", "training", "housing", "founding") \
            and not text.startswith("working group"):  # 'the working group' is a body (details/89105)
        return text  # 'working abroad': an activity, no article
    if (not head or text[:1].isupper() or GOVERNS.match(text.split()[0]) or re.match(r"(?:the|a|an|those) ", text) or head.endswith("s")
            or head.lower() in _IRREGULAR_PLURALS
            or first_group.lower() in _MASS_NOUNS or head.lower() in _MASS_NOUNS or not head[:1].islower()):
        return text
    return "the " + text


def ing_form(verb: str) -> str:
    """'sell' -> 'selling', 'issue' -> 'issuing', 'stop' -> 'stopping', 'die' -> 'dying'."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


_IRREGULAR = {"child": "children", "man": "men", "woman": "women", "person": "people", "foot": "feet",
              "tooth": "teeth", "mouse": "mice", "leaf": "leaves", "life": "lives", "knife": "knives", "wife": "wives",
              "shelf": "shelves", "half": "halves", "thief": "thieves", "wolf": "wolves", "calf": "calves"}


def plural(noun: str) -> str:
    """'province' -> 'provinces', 'agency' -> 'agencies'; a plural, a plural-only noun or a name stays."""
    head, _, last = noun.rpartition(" ")
    if not last[:1].islower() or last.endswith("s") or _PLURAL_ONLY.search(last) or last in _MASS_NOUNS \
            or last == "public":  # 'ประชาชนทั่วประเทศ': 'the public nationwide', never 'the publics' (details/69326's kind)
        return noun
    if last in _IRREGULAR:
        last = _IRREGULAR[last]
    elif re.search(r"[^aeiou]y$", last):
        last = last[:-1] + "ies"
    elif re.search(r"(?:s|sh|ch|x|z)$", last):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}".strip()


def once(text: str) -> str:
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


def repeats(english: str, said: list[str]) -> bool:
    """Whether a glossed word repeats a content word (4 letters or more) the verb or the phrase has said."""
    before = {w.lower().rstrip("s") for text in said for w in re.findall(r"[A-Za-z]{4,}", text)}
    return any(w.lower().rstrip("s") in before for w in re.findall(r"[A-Za-z]{4,}", english))
