"""English query words to the Thai forms our glossaries pair them with, so an English query reaches Thai releases.

The archive is Thai; its index holds English only where a release writes it or where an analysis gave a
name its English (a few thousand of 63,000 releases so far). "durian" found 24 releases and ทุเรียน 689. So an
English word or phrase of a query is looked up, in reverse, in every Thai->English table briefing has:

- officials.toml: a person's accepted spelling, whole or by given or family name ("Prayut", "Srettha
  Thavisin"), to the Thai name (and the nicknames releases use: บิ๊กตู่);
- agencies.toml: an agency's English name and abbreviation ("Ministry of Finance", "MOF", and "Finance
  Ministry") to its Thai name and short forms (กระทรวงการคลัง, กค.);
- countries.toml, places.toml, and the register's provinces and districts (geothai): "Japan", "Chiang Mai",
  "EEC", "Hat Yai" to ญี่ปุ่น, เชียงใหม่, ระเบียงเศรษฐกิจพิเศษภาคตะวันออก/อีอีซี, หาดใหญ่;
- titles.toml's positions ("Governor"), and the nouns of the gist's word glossaries (summary/glossary.toml,
  headwords.toml and data/measures.toml, loanwords.toml): "durian", "rubber", "floods", "tourism", "digital
  wallet" (not their headline verbs, nor the nouns search_not_words.toml lists: ยาง is mostly no rubber).

Matching: the query's terms are read left to right and the longest run of consecutive English terms that is
a key wins ("Ministry of Finance" is one group, not Ministry + of + Finance); case is ignored, simple plurals
are read as their singular on both sides (floods = flood), an article before a glossary's English is dropped
("the digital wallet"). A run made of function words only is never a key, nor is a district's or a person's
single name that is an ordinary English word ("Long", the district ลอง). Each group keeps at most
MAX_ALTERNATIVES Thai forms (names first, then the word glossaries, in file order), the whole query at most
MAX_TOTAL (search.expanded_query keeps those after leaving out a form another one finds already, and the
dotted Thai abbreviations the index cannot tell apart). A Thai term is never expanded: a Thai query searches
as it did.

A person's given or family name alone ("Srettha", "Shinawatra") also carries the full names officials.toml
knows by it (`Expansion.first`): the search ranks the releases naming เศรษฐา ทวีสิน before those naming
another เศรษฐา (on the archive, 16 names' first 100 results held 225 releases without the full name, 16 of 20
read about another man or the word อิทธิพล 'influence'; now none but Somkid's, whose full name 3 releases name).

Short forms a reader types (US, UK, UAE, PM, Deputy PM) are searched as their full names (search_aliases.toml,
read here only: the analysis's countries.toml and titles.toml stay as they are), only as written in capitals
(not "us", "pm"), and PM not before a number (PM 2.5).

Data only: nothing here imports the analyzer; the table is built once (~0.9 s) and kept in the user's cache
dir, read from there once per process (~50 ms) when the first English query needs it.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_DATA = _PACKAGE / "data"
_SUMMARY = _PACKAGE / "summary"

MAX_ALTERNATIVES = 8
"""Thai forms one English word or phrase is searched as, at most (a verb the glossary gives 20 Thai verbs),
after the search left out the forms another one finds already (search.expanded_query)."""
MAX_TOTAL = 32
"""Thai forms one query is searched as, at most."""
MAX_CANDIDATES = 3 * MAX_ALTERNATIVES
"""Thai forms `expansions` gives one English word or phrase, before that (Surat Thani Province has 13 spellings,
most of them จังหวัด + a spelling another form finds)."""
MAX_PHRASE = 8
"""Words in the longest English key tried."""

_THAI = re.compile(r"[\u0e01-\u0e4f]")
_LATIN = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[a-z0-9]+")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_PAREN = re.compile(r"\s*\([^)]*\)")
_ARTICLES = frozenset({"the", "a", "an"})
_FUNCTION_WORDS = frozenset({
    "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is", "are",
    "be", "was", "were", "it", "its", "this", "that", "into", "over", "under", "about", "not", "no", "up", "out",
    "s", "all", "more", "new", "us", "we", "our", "you", "your", "he", "she", "they", "them", "his", "her",
    "their", "i", "me", "my", "will", "can", "has", "have", "do", "does", "did", "so", "if", "but", "than",
})
"""A key made only of these is no key: "of" or "the" alone expands to nothing."""


@dataclass(frozen=True, slots=True)
class Expansion:
    """An English run of a query's terms and the Thai forms it is searched as besides itself."""

    start: int
    end: int
    """The run is terms[start:end] of `query_terms(query)`."""
    english: str
    """The run as the user typed it."""
    thai: tuple[str, ...]
    first: tuple[str, ...] = ()
    """Thai forms whose releases rank first: the full names of the people a given or family name alone
    is the name of (Srettha: เศรษฐา ทวีสิน, not the other men named เศรษฐา)."""
    first_english: tuple[str, ...] = ()
    """Their English (Srettha Thavisin), which ranks the releases whose analysis named the person first."""


def _singular(word: str) -> str:
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    return word[:-1]


def english_words(text: str) -> tuple[str, ...]:
    """`text` as the words keys are compared by: case folded, possessive 's and brackets dropped, split at
    anything not a letter or digit (Chan-o-cha is chan o cha), each plural read as its singular."""
    text = _POSSESSIVE.sub("", _PAREN.sub("", text.casefold()))
    return tuple(_singular(word) for word in _WORD.findall(text))


def function_word(term: str) -> bool:
    """Whether `term` (a query's term) is an English function word only ("of", "the", "in"): in a query whose
    English reaches Thai releases it is no requirement (search._groups), or "price of rubber" found only
    the releases written in English."""
    words = english_words(term) if _LATIN.search(term) and not _THAI.search(term) else ()
    return bool(words) and all(word in _FUNCTION_WORDS for word in words)


class _Table:
    def __init__(self) -> None:
        self.forms: dict[tuple[str, ...], list[str]] = {}
        """English words -> Thai forms."""
        self.exact: dict[str, list[str]] = {}
        """An abbreviation matched only as written (WHO, SET, THAI: not who, set, thai) -> Thai forms."""
        self.longest = 1
        self.abbreviations: list[tuple[str, list[str]]] = []
        self.people: dict[tuple[str, ...], list[tuple[str, list[str]]]] = {}
        """A given or family name alone -> (English, Thai forms) of each person officials.toml knows by it."""
        self.before_number: list[str] = []
        """Short forms of `exact` not expanded before a number (PM 2.5)."""

    def add(self, english: str, thai: Iterable[str], strip_article: bool = False,
            not_word: frozenset[str] = frozenset()) -> None:
        if not english or _THAI.search(english):
            return
        words = english_words(english)
        if strip_article:
            while words and words[0] in _ARTICLES:
                words = words[1:]
        if not words or all(word in _FUNCTION_WORDS for word in words) or all(w.isdigit() for w in words):
            return
        if len(words) == 1 and (words[0] in not_word or len(words[0]) < 2):
            return
        if len(words) > MAX_PHRASE:
            return
        forms = self.forms.setdefault(words, [])
        for form in thai:
            form = " ".join(form.split())
            if form and _THAI.search(form) and form not in forms:
                forms.append(form)
        if not forms:
            del self.forms[words]
            return
        self.longest = max(self.longest, len(words))


def _toml(path: Path) -> dict:  # type: ignore[type-arg]
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def _ordinary_words() -> frozenset[str]:
    try:
        text = (_DATA / "english_lower_words.txt").read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _people(table: _Table, ordinary: frozenset[str]) -> None:
    for block in _toml(_DATA / "officials.toml").get("person", []):
        th, en = " ".join(str(block.get("th", "")).split()), str(block.get("en", ""))
        if not th or not en:
            continue
        nicknames = [n for n in block.get("nicknames", []) or [] if len(n) >= 3]
        table.add(en, [th, *nicknames])
        thai_parts, english_parts = th.split(" "), en.split()
        if len(thai_parts) == 2 and len(english_parts) == 2:
            # A given or family name alone ("Prayut", "Thavisin"): never one that is an English word.
            table.add(english_parts[0], [thai_parts[0], *nicknames], not_word=ordinary)
            table.add(english_parts[1], [thai_parts[1]], not_word=ordinary)
            for part in english_parts:
                key = english_words(part)
                if key in table.forms:  # (not an English word)
                    table.people.setdefault(key, []).append((en, [th]))


_MINISTRY_OF = re.compile(r"Ministry of (?:the )?(.+)")


def _agencies(table: _Table) -> None:
    for block in _toml(_DATA / "agencies.toml").get("agency", []):
        th, en = block.get("th"), block.get("en")
        if not th or not en:
            continue
        forms = [th, *(block.get("aliases", []) or [])]
        table.add(en, forms)
        abbr = block.get("abbr")
        if abbr and len(abbr) >= 2:
            table.abbreviations.append((abbr, forms))
        ministry = _MINISTRY_OF.fullmatch(en)
        if ministry and block.get("kind") == "ministry":
            table.add(ministry[1] + " Ministry", forms)  # "Finance Ministry", as the press writes it


def _countries(table: _Table) -> None:
    for block in _toml(_DATA / "countries.toml").get("country", []):
        th, en = block.get("th"), block.get("en")
        if not th or not en:
            continue
        forms = [th, *(block.get("aliases", []) or [])]
        for latin in (en, block.get("short_en"), *(block.get("en_aliases", []) or [])):
            if latin:
                table.add(latin, forms)


def _places(table: _Table, ordinary: frozenset[str]) -> None:
    for block in _toml(_DATA / "places.toml").get("place", []):
        th, en = block.get("th"), block.get("en")
        if not th or not en:
            continue
        forms = [th, *(block.get("aliases", []) or [])]
        latin = en.split(", ")[0].split(" (")[0]
        table.add(latin, forms, not_word=ordinary)
        if latin.endswith(" Province"):  # another spelling of a province: "Surat Thani" too
            table.add(latin.removesuffix(" Province"), forms)
        for latin in block.get("en_aliases", []) or []:
            table.add(latin, forms)
    try:
        import geothai
    except ImportError:
        return
    bangkok = ["กรุงเทพมหานคร", "กรุงเทพฯ", "กทม."]
    for province in geothai.provinces():
        forms = bangkok if province.code == "10" else [province.name_th]
        table.add(province.name_en, forms)
        table.add(province.name_en + " Province", forms)
    for district in geothai._districts():  # the register's 928 districts ("Hat Yai", "Mae Sai")
        name = district.name_th.removeprefix("เขต") if district.province_code == "10" else district.name_th
        table.add(district.name_en, [name], not_word=ordinary)
        table.add(district.name_en + " District", [name])


def _titles(table: _Table) -> None:
    for block in _toml(_DATA / "titles.toml").get("title", []):
        th, en = block.get("th"), block.get("en")
        if th and en:
            table.add(en, [th, *(block.get("abbr_th", []) or [])])


_GLOSSARY_TABLES = (
    (_SUMMARY / "glossary.toml", ("topics", "measures", "roles")),
    (_SUMMARY / "headwords.toml", ("noun", "modifier")),
    (_DATA / "measures.toml", ("amounts", "counted", "bare", "next")),
    (_DATA / "loanwords.toml", ("words",)),
)
"""The gist's word glossaries, Thai word -> English: what releases are about (nouns, topics, measures,
positions). Its verbs are left out: a headline verb is glossed by its headline sense (จี้ 'press' is to urge,
กด 'press' a button, ออก 'issue' to go out, จ่อ 'plan' is poised to), and a reader searches for topics and
names; so are [function], [light] and [agent] words. search_not_words.toml lists the nouns left out."""
_NOT_WORDS = _DATA / "search_not_words.toml"


def _glossaries(table: _Table) -> None:
    not_words = _toml(_NOT_WORDS).get("words", {})
    for path, names in _GLOSSARY_TABLES:
        data = _toml(path)
        for name in names:
            entries = data.get(name, {})
            if not isinstance(entries, dict):
                continue
            for th, en in entries.items():
                if isinstance(en, str) and th not in not_words:
                    table.add(en, [th], strip_article=True)
                    numbered = _NUMBERED.fullmatch(en)
                    if numbered:  # "COVID-19": "COVID" alone too
                        table.add(numbered[1], [th])


_NUMBERED = re.compile(r"([A-Z]{3,})-\d+")


def _abbreviations(table: _Table, ordinary: frozenset[str]) -> None:
    """Agencies' Latin abbreviations, after every table: one that is an English word (SET, WHO, DOT), one or
    two letters (UN, CU), or a word of a name the table holds (THAI, Thai Airways', is the Thai of Thai Hotels
    Association) counts only as written; the others in any case (boi, eec)."""
    name_words = {word for key in table.forms if len(key) > 1 for word in key}
    for abbr, forms in table.abbreviations:
        folded = abbr.casefold()
        if folded in ordinary or len(abbr) <= 2 or folded in name_words or _singular(folded) in name_words:
            entry = table.exact.setdefault(abbr, [])
            entry.extend(form for form in forms if form not in entry and _THAI.search(form))
        else:
            table.add(abbr, forms)
    table.abbreviations = []


_ALIASES = _DATA / "search_aliases.toml"


def _aliases(table: _Table) -> None:
    """search_aliases.toml: short forms (US, PM) searched as what the full name is, only as written."""
    data = _toml(_ALIASES)
    for short, full in (data.get("alias", {}) or {}).items():
        forms = table.forms.get(english_words(str(full)))
        if forms:
            table.exact.setdefault(short.replace(".", ""), list(forms))
    for phrase, full in (data.get("phrase", {}) or {}).items():
        forms = table.forms.get(english_words(str(full)))
        if forms:
            table.add(phrase, forms)
    table.before_number = [str(form) for form in (data.get("before_a_number", {}) or {}).get("forms", [])]


def build() -> _Table:
    """The table from the data files (~0.9 s: tomllib reads ~20,000 lines); `table` keeps a cached copy."""
    ordinary = _ordinary_words()
    found = _Table()
    _people(found, ordinary)
    _agencies(found)
    _countries(found)
    _places(found, ordinary)
    _titles(found)
    _glossaries(found)
    _abbreviations(found, ordinary)
    _aliases(found)
    return found


_SOURCES = (Path(__file__), _DATA / "officials.toml", _DATA / "agencies.toml", _DATA / "countries.toml",
            _DATA / "places.toml", _DATA / "titles.toml", _DATA / "english_lower_words.txt", _NOT_WORDS, _ALIASES,
            *(path for path, _ in _GLOSSARY_TABLES))


def _cache_path() -> Path | None:
    import hashlib
    from importlib.util import find_spec

    try:
        from briefing.paths import cache_dir

        spec = find_spec("geothai")
        sources = [*_SOURCES, *([Path(spec.origin)] if spec is not None and spec.origin else [])]
        stats = "|".join(f"{path}:{path.stat().st_size}:{path.stat().st_mtime_ns}" for path in sources)
        key = hashlib.sha1(stats.encode()).hexdigest()
        return cache_dir() / f"search-glossary-{key[:16]}.json"
    except (OSError, ImportError):
        return None


@functools.lru_cache(maxsize=1)
def table() -> _Table:
    """English words (as `english_words` gives them) -> Thai forms, names first; read once per process, from a
    copy in the user's cache dir (keyed by the data files, this module and geothai's version; ~20 ms) when
    there is one. The copy is only an optimisation: any error falls back to reading the data."""
    import json

    cache = _cache_path()
    if cache is not None:
        try:
            data = json.loads(cache.read_text(encoding="utf-8"))
            found = _Table()
            found.forms = {tuple(key.split(" ")): forms for key, forms in data["forms"].items()}
            found.exact = data["exact"]
            found.longest = int(data["longest"])
            found.people = {tuple(key.split(" ")): [(en, list(th)) for en, th in people]
                            for key, people in data["people"].items()}
            found.before_number = list(data["before_number"])
            return found
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass
    found = build()
    if cache is not None:
        from briefing.paths import write_cache_file

        write_cache_file(cache, json.dumps({"forms": {" ".join(key): forms for key, forms in found.forms.items()},
                                            "exact": found.exact, "longest": found.longest,
                                            "people": {" ".join(key): people for key, people in found.people.items()},
                                            "before_number": found.before_number}, ensure_ascii=False))
        try:
            for old in cache.parent.glob("search-glossary-*.json"):  # copies of older data: never read again
                if old != cache:
                    old.unlink(missing_ok=True)
        except OSError:
            pass
    return found


_EDGE_PUNCTUATION = "\"'()[]{},.;:!?"


def expansions(terms: list[str]) -> list[Expansion]:
    """The runs of `terms` (a query's whitespace-separated terms) an English key covers, longest first from
    the left, with their Thai forms (at most MAX_CANDIDATES; the search keeps MAX_ALTERNATIVES of them). Terms
    holding Thai script are never part of a run."""
    words = [english_words(term) if _LATIN.search(term) and not _THAI.search(term) else () for term in terms]
    if not any(words):
        return []
    known = table()
    out: list[Expansion] = []
    i = 0
    while i < len(terms):
        found = None
        short = terms[i].strip(_EDGE_PUNCTUATION)
        exact = known.exact.get(short) or known.exact.get(short.replace(".", ""))
        if exact and short.replace(".", "") in known.before_number and i + 1 < len(terms) \
                and terms[i + 1][:1].isdigit():
            exact = None  # PM 2.5
        if exact:
            found = Expansion(i, i + 1, terms[i], tuple(exact[:MAX_CANDIDATES]))
        elif words[i]:
            for end in range(min(len(terms), i + known.longest), i, -1):
                run = words[i:end]
                if not all(run):
                    continue
                key = tuple(word for term_words in run for word in term_words)
                forms = known.forms.get(key)
                if forms:
                    people = known.people.get(key, [])
                    found = Expansion(i, end, " ".join(terms[i:end]), tuple(forms[:MAX_CANDIDATES]),
                                      tuple(dict.fromkeys(form for _, thai in people for form in thai)),
                                      tuple(dict.fromkeys(english for english, _ in people)))
                    break
        if found is None:
            i += 1
            continue
        out.append(found)
        i = found.end
    return out


def describe(found: list[Expansion]) -> str:
    """What the English of a query was searched as, for the user: 'durian = ทุเรียน; Japan = ญี่ปุ่น', and the
    full names ranked first: 'Srettha = เศรษฐา (เศรษฐา ทวีสิน first)'."""
    def first(item: Expansion) -> str:
        names = [form for form in item.first if form not in item.thai]
        return f" ({', '.join(names)} first)" if names else ""

    return "; ".join(f"{item.english} = {', '.join(item.thai)}{first(item)}" for item in found)
