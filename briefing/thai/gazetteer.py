"""Known names: the curated TOML glossaries plus PyThaiNLP's bundled corpora, loaded once.

Entity finding is pattern rules anchored on titles and head words, checked against what we know.
Everything known lives here, behind one cached `gazetteer()`, so the data is read once per process
and the scanners share one longest-match regex instead of tokenising the text again.
"""

from __future__ import annotations

import bisect
import csv
import functools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

ORG_HEADS: tuple[str, ...] = (
    "กระทรวง", "กรม", "สำนักงาน", "สำนัก", "สถาบัน", "ธนาคาร", "มหาวิทยาลัย", "บริษัท", "องค์การ",
    "องค์กร", "คณะกรรมการ", "คณะกรรมาธิการ", "คณะอนุกรรมการ", "คณะทำงาน", "กองบัญชาการ", "กองทัพ", "กอง", "สถานีตำรวจ",
    "ตำรวจภูธร", "ศูนย์", "โรงพยาบาล", "พรรค", "สภา", "ศาล", "การไฟฟ้า", "การประปา", "การท่องเที่ยว",
    "การรถไฟ", "การท่าเรือ", "การเคหะ", "การนิคมอุตสาหกรรม", "การยาสูบ", "การกีฬา", "สมาคม", "มูลนิธิ",
    "สหกรณ์", "กองทุน", "วิทยาลัย", "โรงเรียน", "ราชวิทยาลัย", "สหภาพ", "หอการค้า", "สหพันธ์",
    "ทบวง", "เทศบาล", "องค์การบริหารส่วน", "ที่ทำการ", "ตลาดหลักทรัพย์", "ธนาคารแห่งประเทศไทย",
    "สถานเอกอัครราชทูต", "สถานกงสุลใหญ่", "วิสาหกิจชุมชน", "ชมรม", "สหกรณ์การเกษตร", "สหกรณ์ออมทรัพย์",
    # army units (Royal Thai Army designations): named by a branch and a number
    "มณฑลทหารบก", "กองพัน", "กองร้อย", "กรมทหาร", "กองพล", "กองบิน", "กองเรือ", "กองกำลัง",
)
"""Words an organisation's name starts with; the wiki check and the stop words end the span."""

VENUE_HEADS: tuple[str, ...] = (
    "โรงแรม", "ห้องประชุม", "ห้องโถง", "ห้อง", "ตึก", "อาคาร", "ทำเนียบรัฐบาล", "ศูนย์ประชุม",
    "ศูนย์การประชุม", "ศูนย์นิทรรศการ", "ท่าเรือ", "ท่าอากาศยาน", "สนามบิน", "ด่านศุลกากร", "ด่านพรมแดน",
    "ด่านชายแดน", "ด่าน", "ถนน", "วัด", "พิพิธภัณฑ์", "สวนสาธารณะ", "สวน", "อนุสาวรีย์", "สะพาน", "แม่น้ำ", "ลุ่มแม่น้ำ",
    "บึง", "เกาะ", "อุทยานแห่งชาติ", "หาด", "ท้องสนามหลวง", "สนามหลวง", "ลาน", "สนามกีฬา", "สถานีรถไฟฟ้า", "สถานีรถไฟ",
    "ศาลากลางจังหวัด", "ทำเนียบ", "ภูมิภาค", "พระที่นั่ง", "พระบรมมหาราชวัง", "หอประชุม", "ตลาด",
    "นิคมอุตสาหกรรม", "เขตเศรษฐกิจพิเศษ", "ชายแดน", "เขื่อน", "จุดผ่านแดน", "ศาลาว่าการ",
    # natural features and settlements, named after the head (Royal Institute gazetteer usage)
    "ถ้ำ", "น้ำตก", "น้ำพุร้อน", "ลำน้ำ", "ลุ่มน้ำ", "หมู่บ้าน", "ดอย", "ภูเขา", "คลอง", "ทะเลสาบ", "อ่าว", "ช่องแคบ",
    "วงเวียน", "มณฑล", "ค่าย", "ที่ว่าการอำเภอ", "ปราสาท", "พระธาตุ", "จุดชมวิว",
    # prisons and juvenile centres (Department of Corrections, Department of Juvenile Observation and
    # Protection naming), shrines
    "ทัณฑสถาน", "เรือนจำ", "สถานพินิจและคุ้มครองเด็กและเยาวชน", "ศาลเจ้า",
    # shopping centres, palaces, city-pillar shrines, memorials
    "ศูนย์การค้า", "พระราชวัง", "ศาลเจ้าพ่อหลักเมือง", "ศาลหลักเมือง", "อนุสรณ์สถาน",
    # the Fine Arts Department's historical parks, named after the head (อุทยานประวัติศาสตร์สุโขทัย)
    "อุทยานประวัติศาสตร์", "เมืองโบราณ", "แหล่งโบราณคดี",
)
"""Words a named venue or geographic feature starts with."""

WIKI_NAME_HEADS: tuple[str, ...] = ("เขา", "วัง")
"""Not heads (the pronoun เขา, towns and family names in วัง...), but a hill or palace is named by a Wikipedia
title that starts with them: the wiki extract keeps those titles too (place_named)."""


@dataclass(frozen=True, slots=True)
class Term:
    """One known surface form: what it is, its English form and the full Thai name it stands for."""

    type: str  # person | organisation | place
    english: str | None
    canonical: str | None = None
    kind: str = ""


@dataclass(slots=True)
class Gazetteer:
    terms: dict[str, Term] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    """Position (Thai) -> English, e.g. รองนายกรัฐมนตรี -> Deputy Prime Minister."""
    honorifics: dict[str, str] = field(default_factory=dict)
    """Honorifics, ranks and academic titles (Thai) -> English."""
    person_spelling: dict[str, str] = field(default_factory=dict)
    """Full Thai name 'first family' -> accepted English spelling."""
    glued_officials: dict[str, tuple[str, str]] = field(default_factory=dict)
    """An official's name written without its space (ประวิตรวงษ์สุวรรณ) -> (first, family)."""
    nicknames: dict[str, str] = field(default_factory=dict)
    """Nickname releases use for an official (บิ๊กป้อม) -> full Thai name."""
    first_names: frozenset[str] = frozenset()
    family_names: frozenset[str] = frozenset()
    wiki_cache: frozenset[str] | None = None

    def wiki(self) -> frozenset[str]:
        """Wikipedia titles that start with an organisation or venue head word (spaces removed).

        Loaded on first use: a release whose names are all in the glossary never needs them.
        """
        if self.wiki_cache is None:
            self.wiki_cache = _wiki()
        return self.wiki_cache
    regex: re.Pattern[str] | None = None
    """Longest-match regex over the Thai-script keys of `terms`."""
    latin_max_words: int = 1
    """The longest Latin-script key, in words: Latin keys are looked up by word n-grams instead."""
    title_regex: re.Pattern[str] | None = None
    """Longest-match regex over every key of `titles`."""


def data_toml(name: str) -> dict:
    """One of briefing/data's TOML files, parsed: a new dict on each call, read from the user's cache when the
    file's bytes were parsed before (tomllib takes ~0.17 s over the ~25 files of a first analysis). A missing or
    malformed file raises (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as tomllib.load would."""
    from briefing.thai import built

    data = (DATA_DIR / name).read_bytes()
    return built.cached("toml", built.key_of("toml", data), lambda: tomllib.loads(data.decode("utf-8")))


def _load_toml(name: str) -> dict:
    try:
        return data_toml(name)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}


def _corpus_file(name: str) -> Path | None:
    try:
        import pythainlp

        path = Path(pythainlp.__file__).parent / "corpus" / name
    except ImportError:  # pragma: no cover - pythainlp is a dependency
        return None
    return path if path.exists() else None


def _lines(name: str) -> list[str]:
    path = _corpus_file(name)
    if path is None:
        return []
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def trie_regex(words: Iterable[str]) -> re.Pattern[str]:
    """A regex that matches the longest of `words` at a position, built as a trie (fast to scan).

    The pattern depends only on the set of words (the trie sorts each node's branches), so it and its compiled
    code are kept in the user's cache dir under a hash of the sorted words (briefing.thai.built): a first
    analysis then reads the ~60 regexes of the known-name lists instead of building and compiling them."""
    from briefing.thai import built

    keys = sorted({word for word in words if word})
    return built.regex("trie", built.key_of("trie", *keys), lambda: _trie_pattern(keys),
                       parsed=(lambda parser: _trie_parsed(keys, parser)) if keys else None)


def _trie_pattern(words: list[str]) -> str:
    """The trie of `words` as a regex: at each node its branches in the order of their letters, each a letter and the
    node it leads to, the branches optional where a word ends. Built from the sorted words, not a trie of dicts: the
    words under a node are a slice of them (found by bisection), and a stretch of letters with no branch and no word
    ending is one literal (the tails of long names), so the work goes by branches, not letters (a first analysis with
    an empty cache dir built ~60 of these patterns, 0.14 s, before re parses them). tests/test_entities_gazetteer.py
    holds the node-by-node builder it replaced and checks both give the same pattern."""
    keys = sorted({word for word in words if word})
    return (_trie_node(keys, 0, len(keys), 0) if keys else "") or r"(?!x)x"


def _trie_node(words: list[str], lo: int, hi: int, depth: int) -> str:
    """The pattern of the trie node of words[lo:hi], which share their first `depth` letters."""
    ends = len(words[lo]) == depth  # the sorted slice holds the word ending here first
    if ends:
        lo += 1
    if lo == hi:
        return ""
    prefix = words[lo][:depth]
    branches = []
    while lo < hi:
        word = words[lo]
        upto = bisect.bisect_left(words, prefix + chr(ord(word[depth]) + 1), lo, hi)
        last = words[upto - 1]
        common = depth + 1  # the letters every word of the branch shares: a chain of one-branch nodes, no word ends
        limit = min(len(word), len(last))  # inside it (a shorter word would sort first and end the chain)
        while common < limit and word[common] == last[common]:
            common += 1
        branches.append(re.escape(word[depth:common]) + _trie_node(words, lo, upto, common))
        lo = upto
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if ends else body


def _trie_parsed(words: list[str], parser: Any) -> tuple[str, Any]:
    """_trie_pattern(words) and the tree re's parser (the module `parser`, re._parser) makes of it, built with it
    from the words: parsing the ~60 name-list patterns was 0.13 s of a first analysis with an empty cache dir, and
    the tree of a trie is simple. Node by node as _trie_node, and as the parser reads each part: a letter is a
    LITERAL; a non-capturing group is unpacked into what holds it; a group of one-letter branches is one IN of
    their LITERALs, of longer ones a BRANCH of their items; a group made optional is a MAX_REPEAT (0, 1) of its
    items. tests/test_built.py checks that re compiles it to the code it compiles the pattern to."""
    state = parser.State()
    keys = sorted({word for word in words if word})
    text, items = _trie_tree(keys, 0, len(keys), 0, parser, state)
    state.str = text  # as parse() sets it (its error messages quote it)
    return text, parser.SubPattern(state, items)


def _trie_tree(words: list[str], lo: int, hi: int, depth: int, parser: Any, state: Any) -> tuple[str, list]:
    """_trie_node's pattern and the parser's items for it."""
    ends = len(words[lo]) == depth
    if ends:
        lo += 1
    if lo == hi:
        return "", []
    literal = parser.LITERAL
    prefix = words[lo][:depth]
    texts: list[str] = []
    branches: list[list] = []
    while lo < hi:
        word = words[lo]
        upto = bisect.bisect_left(words, prefix + chr(ord(word[depth]) + 1), lo, hi)
        last = words[upto - 1]
        common = depth + 1
        limit = min(len(word), len(last))
        while common < limit and word[common] == last[common]:
            common += 1
        text, items = _trie_tree(words, lo, upto, common, parser, state)
        texts.append(re.escape(word[depth:common]) + text)
        branches.append([(literal, ord(c)) for c in word[depth:common]] + items)
        lo = upto
    if len(branches) == 1:
        body, items = texts[0], branches[0]
    else:
        body = "(?:" + "|".join(texts) + ")"
        if all(len(branch) == 1 for branch in branches):  # one letter each: a set
            items = [(parser.IN, [branch[0] for branch in branches])]
        else:
            items = [(parser.BRANCH, (None, [parser.SubPattern(state, branch) for branch in branches]))]
    if ends:
        return "(?:" + body + ")?", [(parser.MAX_REPEAT, (0, 1, parser.SubPattern(state, items)))]
    return body, items


def with_abbr(english: str, abbr: str | None) -> str:
    return f"{english} ({abbr})" if abbr and abbr not in english else english


def _add(terms: dict[str, Term], key: str, term: Term) -> None:
    key = key.strip()
    if key and key not in terms:
        terms[key] = term


def _agencies(terms: dict[str, Term]) -> None:
    for block in _load_toml("agencies.toml").get("agency", []):
        th, en = block.get("th"), block.get("en")
        if not th or not en:
            continue
        english = with_abbr(en, block.get("abbr"))
        _add(terms, th, Term("organisation", english, None, block.get("kind", "")))
        for alias in block.get("aliases", []) or []:
            _add(terms, alias, Term("organisation", english, th, block.get("kind", "")))
        abbr = block.get("abbr")
        if abbr and len(abbr) >= 2:
            _add(terms, abbr, Term("organisation", english, th, block.get("kind", "")))
        if len(en.split()) >= 2:
            _add(terms, en, Term("organisation", english, th, block.get("kind", "")))


def _countries(terms: dict[str, Term]) -> None:
    for block in _load_toml("countries.toml").get("country", []):
        th, en = block.get("th"), block.get("en")
        if not th or not en:
            continue
        short = block.get("short_en") or en
        _add(terms, th, Term("place", en, None, "country"))
        _add(terms, "ประเทศ" + th, Term("place", en, th, "country"))
        for alias in block.get("aliases", []) or []:
            _add(terms, alias, Term("place", short, th, "country"))
            _add(terms, "ประเทศ" + alias, Term("place", short, th, "country"))
        for latin in {en, short, short.upper(), *(block.get("en_aliases", []) or [])}:
            if len(latin) >= 4 or latin in (block.get("en_aliases") or ()) and latin.isupper():  # USA: listed, capitals
                _add(terms, latin, Term("place", short, th, "country"))
    for name in _lines("countries_th.txt"):
        known = terms.get("ประเทศ" + name)  # ไทย: English from ประเทศไทย when the glossary has it
        english = known.english if known else None
        _add(terms, name, Term("place", english, None, "country"))
        _add(terms, "ประเทศ" + name, Term("place", english, name, "country"))


def _places(terms: dict[str, Term]) -> None:
    for block in _load_toml("places.toml").get("place", []):
        th, en = block.get("th"), block.get("en")
        if th and en:
            _add(terms, th, Term("place", en, None, block.get("kind", "")))
            for alias in block.get("aliases", []) or []:
                _add(terms, alias, Term("place", en, th, block.get("kind", "")))
            # English releases name the place in English: its English name (before a ', Bangkok' or a
            # bracketed gloss) and the Latin forms releases use (EEC) are keys too
            latin = en.split(", ")[0].split(" (")[0]
            for key in ([latin] if len(latin) >= 4 else []) + (block.get("en_aliases", []) or []):
                _add(terms, key, Term("place", en, th, block.get("kind", "")))
    path = _corpus_file("thailand_provinces_th.csv")
    if path is None:
        return
    with path.open(encoding="utf-8") as handle:
        for row in csv.reader(handle):
            if len(row) < 3:
                continue
            th, en = row[0].strip(), row[2].strip()
            _add(terms, "จังหวัด" + th, Term("place", f"{en} Province", None, "province"))
            _add(terms, "จ." + th, Term("place", f"{en} Province", "จังหวัด" + th, "province"))
            for spaced in ("จังหวัด ", "จ. "):  # จังหวัด นครศรีธรรมราช: a space after the head, as releases often type it
                _add(terms, spaced + th, Term("place", f"{en} Province", "จังหวัด" + th, "province"))
            _add(terms, th, Term("place", en, "จังหวัด" + th, "province"))
            for latin in (en, f"{en} Province", f"{en} province", en.replace(" ", "").capitalize()):
                english = f"{en} Province" if latin.lower().endswith(" province") else en  # English releases
                _add(terms, latin, Term("place", english, "จังหวัด" + th, "province"))
    bangkok = Term("place", "Bangkok", "กรุงเทพมหานคร", "province")
    for alias in ("กรุงเทพฯ", "กทม.", "กรุงเทพ"):
        _add(terms, alias, bangkok)


def _people(g: Gazetteer) -> None:
    for block in _load_toml("officials.toml").get("person", []):
        th, en = block.get("th"), block.get("en")
        if not th or not en:
            continue
        th = " ".join(th.split())
        g.person_spelling[th] = en
        first, _, family = th.partition(" ")
        if family and " " not in family:
            g.glued_officials.setdefault(first + family, (first, family))
        _add(g.terms, th, Term("person", en, th, "official"))
        spellings = [th]
        for nick in block.get("nicknames", []) or []:
            if len(nick) >= 20:  # another spelling of the full name (a spaced ฯ): matched like it
                _add(g.terms, nick, Term("person", en, th, "official"))
                spellings.append(nick)
            elif len(nick) >= 3:
                g.nicknames.setdefault(nick, th)
        if th.startswith(_ROYAL_NAME_START):
            for spelling in royal_spacings(spellings):
                _add(g.terms, spelling, Term("person", en, th, "official"))
        if len(en.split()) >= 2:  # English releases name officials by their accepted spelling
            _add(g.terms, en, Term("person", en, th, "official"))


_ROYAL_NAME_START = ("พระบาทสมเด็จ", "สมเด็จพระ")
_MOST_BREAKS = 5


def royal_spacings(spellings: list[str]) -> list[str]:
    """Every spacing of a royal name's parts that its listed spellings space somewhere: releases space the
    parts of a long royal name freely (พระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร, glued
    whole, or spaced before มหาราช instead of after it), so each spelling with the same letters is the name."""
    out: list[str] = []
    by_letters: dict[str, set[int]] = {}
    for spelling in spellings:
        letters, breaks = "", set()
        for part in spelling.split():
            if letters:
                breaks.add(len(letters))
            letters += part
        by_letters.setdefault(letters, set()).update(breaks)
    for letters, breaks in by_letters.items():
        points = sorted(breaks)
        if len(points) > _MOST_BREAKS:
            continue
        for mask in range(1 << len(points)):
            cut = [p for i, p in enumerate(points) if mask >> i & 1]
            out.append(" ".join(letters[a:b] for a, b in zip([0, *cut], [*cut, len(letters)], strict=True)))
    return out


def _titles(g: Gazetteer) -> None:
    data = _load_toml("titles.toml")
    for block in data.get("title", []):
        th, en = block.get("th"), block.get("en")
        if th and en:
            g.titles.setdefault(th, en)
            for abbr in block.get("abbr_th", []) or []:
                g.titles.setdefault(abbr, en)
    for block in data.get("honorific", []):
        th, en = block.get("th"), block.get("en")
        if th and en:
            g.honorifics.setdefault(th, en)
            for variant in block.get("abbr_th", []) or []:
                g.honorifics.setdefault(variant, en)  # ดาโตะ beside ดาโต๊ะ: other Thai spellings


def _wiki() -> frozenset[str]:
    """Wikipedia titles that start with a head word, from a small cached extract when there is one.

    Filtering the 290,000 titles takes ~0.2 s, a large part of the first analysis; the extract (a
    few hundred KB in the user's cache dir, keyed by the source file and the head words) is rebuilt
    whenever either changes, and is only an optimisation: any error falls back to reading the source.
    """
    path = _corpus_file("wikipedia_titles_th.txt")
    if path is None:
        return frozenset()
    heads = ORG_HEADS + VENUE_HEADS + WIKI_NAME_HEADS
    cache = _wiki_cache_path(path, heads)
    if cache is not None:
        try:
            return frozenset(cache.read_text(encoding="utf-8").splitlines())
        except OSError:
            pass
    # one regex pass over the whole text finds the lines that start with a head (~4x faster than testing each
    # of the 290,000 lines against the ~130 heads with str.startswith)
    starts = re.compile("^(?:" + _trie_pattern(sorted(set(heads))) + ")[^\n]*", re.MULTILINE)
    titles = frozenset(starts.findall(path.read_text(encoding="utf-8")))
    if cache is not None:
        from briefing.paths import write_cache_file

        write_cache_file(cache, "\n".join(sorted(titles)))
    return titles


def _wiki_cache_path(source: Path, heads: tuple[str, ...]) -> Path | None:
    import hashlib

    try:
        from briefing.paths import cache_dir

        stat = source.stat()
        key = hashlib.sha1(f"{source}|{stat.st_size}|{stat.st_mtime_ns}|{'|'.join(heads)}".encode()).hexdigest()
        return cache_dir() / f"wiki-heads-{key[:16]}.txt"
    except (OSError, ImportError):
        return None


_LATIN_START = re.compile(r"[A-Za-z0-9]")


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Everything we know, loaded once per process."""
    from briefing.thai import roles  # built-in position words complete titles.toml

    g = Gazetteer()
    _people(g)
    _agencies(g.terms)
    _countries(g.terms)
    _places(g.terms)
    _titles(g)
    for th, en in roles.BUILTIN_TITLES.items():
        g.titles.setdefault(th, en)
    for th, en in roles.BUILTIN_HONORIFICS.items():
        g.honorifics.setdefault(th, en)
    g.first_names = frozenset(_lines("person_names_male_th.txt") + _lines("person_names_female_th.txt"))
    g.family_names = frozenset(_lines("family_names_th.txt"))
    thai_keys = [k for k in g.terms if not _LATIN_START.match(k)]
    g.regex = trie_regex(thai_keys)
    g.latin_max_words = max((len(k.split()) for k in g.terms if _LATIN_START.match(k)), default=1)
    g.title_regex = trie_regex(g.titles)
    return g
