"""Search and filters over the whole archive: what the list, `briefing search` and `briefing list` show.

A view is a query (optional) and filters. Without a query the releases come newest first; with one,
SQLite FTS5 ranks them by bm25 (title words count five times body words), ties by date. The index holds
each release's title and body as words (see `search_text`: Thai cut by PyThaiNLP's newmm, so ข้าว does
not match ข้าวโพด), the words inside its long words (ขอนแก่น in มหาวิทยาลัยขอนแก่น, at half weight), and
the English forms the analysis gave its people, agencies and places (filled as releases are analysed). An
English word or phrase of a query is also searched as the Thai forms our glossaries pair with it
(search_glossary: "durian" as ทุเรียน, "Ministry of Finance" as กระทรวงการคลัง), and the result says so.
Some matches rank before the others (`first_query`): for a given name alone, the releases naming the known
person's full name; for a query of two to four parts, those where the parts stand near each other. A
query the index cannot serve (a fragment of a word, punctuation) falls back to a scan of the text, and the
result says so.

Textual-free and PyThaiNLP-free until a query or an index update needs the word cutter.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal, NamedTuple

from briefing.categories import english_category
from briefing.model import EntityType, ListEntry, Release
from briefing.store import Store
from briefing.view import View

if TYPE_CHECKING:
    import multiprocessing.context
    import multiprocessing.pool

    from briefing.search_glossary import Expansion

Method = Literal["list", "index", "scan"]

INDEX_BATCH = 256
"""Releases per word-cutting job and per index transaction."""
POOL_THRESHOLD = 2 * INDEX_BATCH
"""Fewer releases than this to index are cut in this process (a pool costs ~1 s to start)."""
ENTITY_KEYS = 200
"""At most this many entities match one filter value (a name fragment naming hundreds is no filter)."""
TITLE_WEIGHT = 5.0
PARTS_WEIGHT = 0.5
"""A word found only inside a longer word (ขอนแก่น in มหาวิทยาลัยขอนแก่น) counts half a body word."""
_TEXT_WEIGHTS = f"{TITLE_WEIGHT}, 1.0, {PARTS_WEIGHT}"


@dataclass(slots=True)
class Results:
    """One page of a view, with how many releases match it in all."""

    entries: list[ListEntry]
    total: int
    method: Method
    note: str | None = None
    """Said to the user: why a scan was used, or how many releases are not indexed yet."""
    terms: list[str] = field(default_factory=list)
    """The query's words as they appear in the text, for highlighting (the Thai forms of its English too)."""
    expansions: list[Expansion] = field(default_factory=list)
    """The English words of the query that were also searched as Thai, and as what (shown to the user)."""

    @property
    def expanded(self) -> str:
        """The expansions for the user: 'durian = ทุเรียน; Bangkok = กรุงเทพมหานคร, กรุงเทพฯ, กทม.' ('' when none)."""
        if not self.expansions:
            return ""
        from briefing.search_glossary import describe

        return describe(self.expansions)


# The query

_QUOTE = re.compile(r'"')
_NOT_WORD = re.compile(r"[^\w\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+")
"""What the index does not keep: punctuation (Thai vowel and tone marks are part of words, not \\w)."""


def query_terms(query: str) -> list[str]:
    """The query's whitespace-separated terms (a Thai term is cut into words later)."""
    return [term for term in query.split() if term.strip()]


def fts_query(query: str, expand: bool = True) -> str | None:
    """The FTS5 expression for `query`: each term a phrase of its words (Thai cut as in the index),
    all required, an English term or run of terms OR'ed with the Thai forms our glossaries pair with it
    (see `expanded_query`). None when no term has a word the index holds (punctuation only)."""
    return expanded_query(query, expand)[0]


def _words(text: str) -> list[str]:
    """`text`'s words as the index holds them (Thai cut by newmm, punctuation dropped)."""
    from briefing.search_text import segment

    return _NOT_WORD.sub(" ", segment(text)).split()


def _phrase(words: list[str]) -> str:
    """`words` (not none) as one FTS5 phrase."""
    return '"' + _QUOTE.sub('""', " ".join(words)) + '"'


_DOTTED = re.compile(r"([\u0e01-\u0e4e]+)\.")


def _searchable_abbreviation(form: str) -> bool:
    """False for a dotted Thai abbreviation the index cannot tell from others: the index drops the dot, and a
    short one is a piece of longer ones (กค. of the Ministry of Finance is the กค of กคช., cut กค|ช; สกท. is
    cut สก|ท). Each dotted part has to be one word of three letters or more (กทม., ตลท., สปป.ลาว)."""
    return all(len(part) >= 3 and len(_words(part)) == 1 for part in _DOTTED.findall(form))


def _thai_alternatives(forms: tuple[str, ...], english: list[list[str]]) -> list[tuple[str, list[str]]]:
    """(form, its words) for the Thai forms worth searching: abbreviations the index can tell apart, and no
    form that holds another's words in a row (กระทรวงการคลังฯ, ประเทศญี่ปุ่น: กระทรวงการคลัง and ญี่ปุ่น find
    them already), nor one the English words already are; at most search_glossary.MAX_ALTERNATIVES."""
    from briefing.search_glossary import MAX_ALTERNATIVES

    found = [(form, words) for form in forms if _searchable_abbreviation(form)
             for words in [_words(form)] if words and words not in english]

    def holds(longer: list[str], shorter: list[str]) -> bool:
        return len(longer) > len(shorter) and any(longer[i:i + len(shorter)] == shorter
                                                  for i in range(len(longer) - len(shorter) + 1))

    kept = [(form, words) for form, words in found if not any(holds(words, other) for _, other in found)]
    unique: list[tuple[str, list[str]]] = []
    for form, words in kept:
        if all(words != other for _, other in unique):
            unique.append((form, words))
    return unique[:MAX_ALTERNATIVES]


@dataclass(slots=True)
class _Group:
    """One required part of a query: a term (or a run of English terms) and the Thai forms it is searched as."""

    own: list[list[str]]
    """The words of each of its terms, as the index holds them."""
    thai: list[list[str]] = field(default_factory=list)
    """The words of each Thai form it is also searched as."""
    first: list[list[str]] = field(default_factory=list)
    """The words of the Thai forms ranked first (a person's full name for a given name alone)."""
    first_english: list[list[str]] = field(default_factory=list)
    """Their English (Srettha Thavisin)."""

    def expression(self) -> str:
        english = [_phrase(words) for words in self.own]
        if not self.thai:
            return " ".join(english)
        alternatives = [english[0] if len(english) == 1 else "(" + " AND ".join(english) + ")"] if english else []
        return "(" + " OR ".join(alternatives + [_phrase(words) for words in self.thai]) + ")"


def _groups(query: str, expand: bool) -> tuple[list[_Group], list[Expansion]]:
    """The query's required parts, and the English runs of it also searched in Thai. Where one is, an English
    function word outside them ("price of rubber", "floods in the south") is left out: no Thai release
    writes "of"."""
    from briefing.search_glossary import MAX_TOTAL, expansions, function_word

    terms = query_terms(query)
    found = expansions(terms) if expand else []
    by_start = {item.start: item for item in found}
    groups: list[_Group] = []
    used: list[Expansion] = []
    i = 0
    while i < len(terms):
        item = by_start.get(i)
        end = item.end if item is not None else i + 1
        own = [words for words in (_words(term) for term in terms[i:end]) if words]
        thai = _thai_alternatives(item.thai, own) if item is not None else []
        thai = thai[:max(0, MAX_TOTAL - sum(len(done.thai) for done in used))]
        if thai and item is not None:
            used.append(replace(item, thai=tuple(form for form, _ in thai)))
            groups.append(_Group(own, [words for _, words in thai],
                                 [words for words in map(_words, item.first) if words],
                                 [words for words in map(_words, item.first_english) if words]))
        else:
            groups.extend(_Group([words]) for words in own)
        i = end
    if used:
        function = {tuple(words) for term in terms if function_word(term) for words in [_words(term)] if words}
        groups = [group for group in groups if group.thai or len(group.own) != 1 or tuple(group.own[0]) not in function]
    return groups, used


def expanded_query(query: str, expand: bool = True) -> tuple[str | None, list[Expansion]]:
    """The FTS5 expression for `query` and the English runs of it that are also searched in Thai.

    Each term is a phrase and every term is required, as before; a run of English terms our glossaries pair
    with Thai forms (search_glossary: "durian", "Ministry of Finance", "Chiang Mai") is required as one
    group, `(its terms, each required) OR "Thai form" OR ...`, so a Thai release naming ทุเรียน is found
    by "durian" and every release the English words found before is found still. Thai terms are unchanged.
    `expand` False: the terms alone (the search before; bench/search_english.py compares the two)."""
    groups, used = _groups(query, expand)
    if not used:
        return " ".join(group.expression() for group in groups) or None, []
    return " AND ".join(group.expression() for group in groups) or None, used


NEAR_DISTANCE = 10
"""Words at most between the parts of a query for its releases to rank first ("rubber price": ราคายางพารา,
ราคาผลผลิต เช่น ยางพารา; not ราคา in one paragraph and ยางพารา five paragraphs on)."""
MAX_NEAR_GROUPS = 4
"""Queries of more parts than this rank by bm25 alone (no nearness)."""
MAX_NEAR = 8
"""NEAR clauses at most in one query (each part's forms times the others'; the last forms of the part with the
most are dropped first). Each clause reads its phrases' positions again: on the archive 16 clauses of common
words ("Prime Minister Thailand") took 1.3-1.6 s under load, 8 took 0.66 s, and the 14 two-part reader
queries kept 270 of the 271 first-20 releases whose parts stand within 40 characters."""


def _near(alternatives: list[list[str]]) -> str | None:
    """Any phrase of each list within NEAR_DISTANCE words of one of every other list (`alternatives` each a
    list of FTS5 phrases, the first ones kept when the combinations would be more than MAX_NEAR)."""
    import math

    alternatives = [list(phrases) for phrases in alternatives if phrases]
    if not alternatives:
        return None
    if len(alternatives) == 1:
        return " OR ".join(alternatives[0])
    while math.prod(map(len, alternatives)) > MAX_NEAR:
        max(alternatives, key=len).pop()
    clauses = [""]
    for phrases in alternatives:
        clauses = [f"{clause} {phrase}".strip() for clause in clauses for phrase in phrases]
    return " OR ".join(f"NEAR({clause}, {NEAR_DISTANCE})" for clause in clauses)


def first_query(query: str, expand: bool = True) -> Expression | None:
    """What ranks a release first among the matches of `query` (search ranks these, by bm25, before the
    others), or None when nothing does:

    - a given or family name alone the officials table knows ("Srettha"): the releases naming the person's
      full name (เศรษฐา ทวีสิน; or the analysis's Srettha Thavisin) before the other men named เศรษฐา;
    - a query of two to MAX_NEAR_GROUPS parts besides such names ("rubber price", "ราคา ยางพารา"): the
      releases where the parts (any of their forms) stand within NEAR_DISTANCE words of each other, before
      those that name them paragraphs apart.

    Each is ANDed with the query's own expression, so the first releases are always matches of the query
    (a name alone needs no AND where each full name holds it: เศรษฐา ทวีสิน is a match of เศรษฐา). On the
    archive this costs 1.13x the time of the names' first page and 1.25-1.3x that of two-part queries (common
    words too: "Prime Minister Thailand", "Thailand economy")."""
    groups, used = _groups(query, expand)
    groups = [group for group in groups if group.own or group.thai]
    people = [group for group in groups if group.first]
    others = [group for group in groups if not group.first]
    near = len(others) >= 2 and len(others) <= MAX_NEAR_GROUPS
    if not people and not near:
        return None
    text = [f"({' OR '.join(_phrase(words) for words in group.first_english + group.first)})" for group in people]
    english = [f"({' OR '.join(_phrase(words) for words in group.first_english)})" for group in people
               if group.first_english]
    if near:
        text.append(f"({_near([[_phrase(_flat(group.own))] + [_phrase(words) for words in group.thai] for group in others])})")
        if all(group.own for group in others):
            english.append(f"({_near([[_phrase(_flat(group.own))] for group in others])})")
    main = (" AND ".join(group.expression() for group in groups) if used
            else " ".join(group.expression() for group in groups))
    plain = fts_query(query, expand=False) if used else main
    if len(groups) == 1 and _full_names_hold_the_name(groups[0]):
        # every release naming a full name is a match already: no need to ask FTS5 for the query again
        return Expression(text[0], english[0] if english else "")
    return Expression(f"({main}) AND " + " AND ".join(text),
                      f"({plain}) AND " + " AND ".join(english) if english and plain else "")


def _full_names_hold_the_name(group: _Group) -> bool:
    """Whether each of `group`'s full names (Thai and English) holds one of its own forms' words in a row
    (เศรษฐา ทวีสิน holds เศรษฐา, Srettha Thavisin holds Srettha), as the index compares them (case folded)."""
    forms = [[word.casefold() for word in words] for words in group.own + group.thai]
    for full in group.first + group.first_english:
        full = [word.casefold() for word in full]
        if not any(full[i:i + len(form)] == form for form in forms for i in range(len(full) - len(form) + 1)):
            return False
    return True


def _flat(words: list[list[str]]) -> list[str]:
    return [word for term in words for word in term]


# Filters as SQL over `releases r`

def _squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def categories_matching(store: Store, name: str) -> list[str]:
    """The stored Thai categories named `name`, in Thai or by their English name."""
    wanted = _squeeze(name)
    found = []
    for row in store.query("SELECT DISTINCT category FROM releases WHERE category IS NOT NULL"):
        thai = row[0]
        english = english_category(thai) or ""
        if _squeeze(thai) == wanted or _squeeze(english) == wanted:
            found.append(thai)
    return found


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def entity_keys(store: Store, kind: EntityType, name: str) -> list[str]:
    """Keys of the entities of `kind` one of whose forms is or contains `name` (exact forms first)."""
    name = name.strip()
    # A name one of its aliases is exactly counts as exact too (aliases are joined by '|'): แพทองธาร is
    # the Thai form of a 4-release stray entity and an alias of Paetongtarn Shinawatra (1,900 releases
    # of the archive); exact Thai forms alone gave the filter person:แพทองธาร those 4 releases.
    rows = store.query(
        "SELECT key, max(english = ? COLLATE NOCASE OR thai = ? OR key = ?"
        " OR ('|' || aliases || '|') LIKE ? ESCAPE '\\') AS exact, count(*) AS n"
        " FROM release_entities WHERE type = ? AND (english LIKE ? ESCAPE '\\' OR thai LIKE ? ESCAPE '\\'"
        " OR aliases LIKE ? ESCAPE '\\') GROUP BY key ORDER BY exact DESC, n DESC LIMIT ?",
        (name, name, name.casefold(), _like(f"|{name}|"), kind, _like(name), _like(name), _like(name), ENTITY_KEYS))
    if rows and rows[0]["exact"]:
        return [row["key"] for row in rows if row["exact"]]
    return [row["key"] for row in rows]


def _filters(store: Store, view: View) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []
    if view.since:
        where.append("r.date >= ?")
        params.append(view.since.isoformat())
    if view.until:
        where.append("r.date <= ?")
        params.append(view.until.isoformat())
    if view.category:
        names = categories_matching(store, view.category)
        where.append(f"r.category IN ({','.join('?' * len(names))})" if names else "0")
        params.extend(names)
    for kind, value in (("person", view.person), ("organisation", view.organisation), ("place", view.place)):
        if value:
            keys = entity_keys(store, kind, value)  # type: ignore[arg-type]
            where.append("EXISTS (SELECT 1 FROM release_entities e WHERE e.release_id = r.id AND e.type = ?"
                         f" AND e.key IN ({','.join('?' * len(keys))}))" if keys else "0")
            params.extend([kind, *keys] if keys else [])
    if view.starred:
        where.append("r.starred = 1")
    if view.unread:
        where.append("r.read = 0")
    if view.marked:
        where.append("EXISTS (SELECT 1 FROM marks m WHERE m.release_id = r.id)")
    return where, params


_ENTRY_COLUMNS = ("r.id, r.title, r.date, r.category, r.gist, r.read, r.starred,"
                  " (SELECT count(*) FROM marks m WHERE m.release_id = r.id) AS marks")


def _entry(row: sqlite3.Row) -> ListEntry:
    date = None
    if row["date"]:
        try:
            date = dt.date.fromisoformat(row["date"])
        except ValueError:
            date = None
    return ListEntry(id=row["id"], title=row["title"], date=date, category=row["category"],
                     gist=row["gist"] or None, read=bool(row["read"]), starred=bool(row["starred"]),
                     marks=row["marks"])


# Running a view

def search(store: Store, view: View, limit: int | None = 50, offset: int = 0, count: bool = True,
           expand: bool = True) -> Results:
    """One page of the view: ranked search results when it has a query, else the newest releases. `expand`:
    English words of the query are searched as the Thai forms our glossaries pair them with too."""
    where, params = _filters(store, view)
    terms = query_terms(view.query)
    if not terms:
        return _listing(store, where, params, limit, offset, count)
    expression, expanded = expanded_query(view.query, expand)
    if expression is not None:
        # The English table holds English only: the Thai forms of an expansion never match there, so it is
        # asked the plain query (the same releases, without the cost of the Thai phrases' look-ups).
        match = Expression(expression, (fts_query(view.query, expand=False) if expanded else None) or expression)
        first = first_query(view.query, expand)
        if where or limit is None:
            results = _ranked(store, match, where, params, limit, offset, count, first)
        else:
            results = _ranked_top(store, match, limit, offset, count, first)
        if results.total or results.entries or (where and _ranked_top(store, match, 1, 0, False).entries):
            # (the words match, the filters leave none: an empty view, not a scan of every release that
            # then said 'no whole-word match')
            results.terms = terms + [form for item in expanded for form in item.thai]
            results.expansions = expanded
            pending = store.search_pending_count()
            if pending:
                results.note = f"{pending} releases are not in the search index yet"
            return results
    results = _scan(store, terms, where, params, limit, offset, count)
    results.terms = terms
    results.note = ("no whole-word match: showing releases that contain the text anywhere (a slower scan"
                    " of every release)")
    return results


def count(store: Store, view: View) -> int:
    return search(store, view, limit=0).total


def _where_sql(where: list[str]) -> str:
    return (" WHERE " + " AND ".join(where)) if where else ""


def _listing(store: Store, where: list[str], params: list[object], limit: int | None, offset: int,
             count: bool) -> Results:
    sql = f"SELECT {_ENTRY_COLUMNS} FROM releases r{_where_sql(where)} ORDER BY r.date DESC, r.id DESC LIMIT ? OFFSET ?"
    entries = [_entry(row) for row in store.query(sql, (*params, -1 if limit is None else limit, offset))]
    total = -1
    if count:
        total = int(store.query(f"SELECT count(*) FROM releases r{_where_sql(where)}", tuple(params))[0][0])
    return Results(entries=entries, total=total, method="list")


class Expression(NamedTuple):
    """A query's FTS5 expression for each table: search_text (Thai and English words) and search_english
    ('' where it can match nothing there)."""

    text: str
    english: str


def _hits(expression: Expression, tier: int = 0) -> tuple[str, list[object]]:
    """SQL of (id, score, tier) for each release `expression` matches in either table, and its parameters."""
    parts = [(f"SELECT rowid AS id, bm25(search_text, {_TEXT_WEIGHTS}) AS score, {tier} AS tier FROM search_text"
              " WHERE search_text MATCH ?")]
    params: list[object] = [expression.text]
    if expression.english:
        parts.append(f"SELECT rowid AS id, bm25(search_english) AS score, {tier} AS tier FROM search_english"
                     " WHERE search_english MATCH ?")
        params.append(expression.english)
    return " UNION ALL ".join(parts), params


TIER_SCORE = 1e9
"""What a release not matched by the first tier adds to its bm25 (bm25 scores are negative and small: -40 is
a strong match), so the first tier's releases come first in one ORDER BY."""


def _ranked(store: Store, expression: Expression, where: list[str], params: list[object], limit: int | None,
            offset: int, count: bool, first: Expression | None = None) -> Results:
    hits, hit_params = _hits(expression, 1 if first is not None else 0)
    if first is not None:
        first_hits, first_params = _hits(first, 0)
        hits, hit_params = f"{first_hits} UNION ALL {hits}", [*first_params, *hit_params]
    sql = (f"WITH hits AS ({hits}), best AS (SELECT id, min(tier * {TIER_SCORE} + score) AS score FROM hits"
           f" GROUP BY id) SELECT {_ENTRY_COLUMNS}, b.score FROM best b JOIN releases r ON r.id = b.id"
           f"{_where_sql(where)} ORDER BY b.score, r.date DESC, r.id DESC LIMIT ? OFFSET ?")
    rows = store.query(sql, (*hit_params, *params, -1 if limit is None else limit, offset))
    entries = [_entry(row) for row in rows]
    total = -1
    if count:
        plain, plain_params = _hits(expression)
        total = int(store.query(
            f"WITH hits AS (SELECT id FROM ({plain})) SELECT count(DISTINCT h.id) FROM hits h"
            f" JOIN releases r ON r.id = h.id{_where_sql(where)}", (*plain_params, *params))[0][0])
    return Results(entries=entries, total=total, method="index")


def _best(store: Store, expression: Expression, wanted: int) -> dict[int, float]:
    """The best `wanted` releases of each FTS table by bm25 (FTS5 ranks inside its own scan), merged."""
    best: dict[int, float] = {}
    for table, weights, match in (("search_text", _TEXT_WEIGHTS, expression.text),
                                  ("search_english", "1.0", expression.english)):
        if not match:
            continue
        rows = store.query(f"SELECT rowid, bm25({table}, {weights}) AS score FROM {table} WHERE {table} MATCH ?"
                           " ORDER BY score LIMIT ?", (match, wanted))
        for row in rows:
            best[row[0]] = min(best.get(row[0], 0.0), row[1])
    return best


def _ranked_top(store: Store, expression: Expression, limit: int, offset: int, count: bool,
                first: Expression | None = None) -> Results:
    """`_ranked` without filters, fast: each FTS table gives its best `offset + limit` by bm25 (FTS5
    computes the ranking inside its own scan, with no join per match), merged here, ties newest first.
    A common word (นายกรัฐมนตรี: 15,000 releases) takes ~15 ms instead of ~200 ms. With `first`: its
    releases first; when they are fewer than `offset + limit` (so all of them are known), the others after."""
    wanted = offset + limit
    tiers = [_best(store, first, wanted)] if first is not None else []
    if not tiers or len(tiers[0]) < wanted:
        rest = _best(store, expression, wanted + (len(tiers[0]) if tiers else 0))
        tiers.append({key: score for key, score in rest.items() if not tiers or key not in tiers[0]})
    entries: list[ListEntry] = []
    ids = [key for tier in tiers for key in tier]
    if ids:
        marks = ",".join("?" * len(ids))
        found = {row["id"]: row for row in store.query(
            f"SELECT {_ENTRY_COLUMNS} FROM releases r WHERE r.id IN ({marks})", tuple(ids))}
        order: list[int] = []
        for tier in tiers:
            scores = tier
            order.extend(sorted((i for i in tier if i in found),
                                key=lambda i: (scores[i], _negated(found[i]["date"] or ""), -i)))
        entries = [_entry(found[i]) for i in order[offset:offset + limit]]
    total = -1
    if count:
        plain, plain_params = _hits(expression)
        total = int(store.query(f"SELECT count(*) FROM (SELECT id FROM ({plain}) GROUP BY id)",
                                tuple(plain_params))[0][0])
    return Results(entries=entries, total=total, method="index")


def _negated(date: str) -> tuple[int, ...]:
    """A sort key putting later ISO dates first."""
    return tuple(-ord(ch) for ch in date)


def _scan(store: Store, terms: list[str], where: list[str], params: list[object], limit: int | None,
          offset: int, count: bool) -> Results:
    clauses = list(where)
    values = list(params)
    for term in terms:
        clauses.append("(r.title LIKE ? ESCAPE '\\' OR r.body LIKE ? ESCAPE '\\')")
        values.extend([_like(term), _like(term)])
    sql = (f"SELECT {_ENTRY_COLUMNS} FROM releases r{_where_sql(clauses)}"
           " ORDER BY r.date DESC, r.id DESC LIMIT ? OFFSET ?")
    entries = [_entry(row) for row in store.query(sql, (*values, -1 if limit is None else limit, offset))]
    total = -1
    if count:
        total = int(store.query(f"SELECT count(*) FROM releases r{_where_sql(clauses)}", tuple(values))[0][0])
    return Results(entries=entries, total=total, method="scan")


# Entities

@dataclass(frozen=True, slots=True)
class EntitySummary:
    """One entity across the archive: its forms and how many releases name it."""

    type: EntityType
    key: str
    english: str
    thai: str
    aliases: tuple[str, ...]
    releases: int


TOP_ENTITY_FORMS_SQL = (
    "SELECT e.type, e.key, e.english, e.thai, e.aliases, count(*) AS n FROM release_entities e NOT INDEXED"
    " WHERE e.type IN ({kinds}) AND (e.type, e.key) IN"
    " (SELECT type, key FROM release_entities WHERE type IN ({kinds}){name} GROUP BY type, key"
    "  ORDER BY count(*) DESC, key LIMIT ?)"
    " GROUP BY e.type, e.key, e.english, e.thai, e.aliases")
"""The forms of the `limit` entities most releases name, read in one pass over the index. The entities screen
asked for each entity's forms apart (300 queries, one per entity, through its key): 3.5 to 7 seconds on the
archive before the list showed. NOT INDEXED: the rows of the top entities are a third of the index, read in
order by one scan (about a second) rather than row by row through an index."""
ENTITY_FORMS = 20
"""An entity's forms kept, most used first."""


def top_entities(store: Store, kinds: Iterable[EntityType] = ("person", "organisation"), limit: int = 200,
                 name: str = "") -> list[EntitySummary]:
    """Entities ranked by the number of releases naming them; `name` keeps those with a form containing it."""
    from briefing.entity_index import is_alias_of

    kinds = list(kinds)
    marks = ",".join("?" * len(kinds))
    params: list[object] = [*kinds, *kinds]
    name_sql = ""
    if name.strip():
        name_sql = " AND (english LIKE ? ESCAPE '\\' OR thai LIKE ? ESCAPE '\\' OR aliases LIKE ? ESCAPE '\\')"
        params.extend([_like(name.strip())] * 3)
    rows = store.query(TOP_ENTITY_FORMS_SQL.format(kinds=marks, name=name_sql), (*params, limit))
    grouped: dict[tuple[str, str], list[sqlite3.Row]] = {}
    for row in rows:
        grouped.setdefault((row["type"], row["key"]), []).append(row)
    out: list[EntitySummary] = []
    for (kind, key), all_forms in grouped.items():
        releases = sum(form["n"] for form in all_forms)  # a release names an entity once (the primary key)
        # Most used first, ties in the order of the names (as the grouping gave them one entity at a time).
        forms = sorted(all_forms, key=lambda f: (-f["n"], f["english"], f["thai"], f["aliases"]))[:ENTITY_FORMS]
        english = next((f["english"] for f in forms if f["english"]), "")
        thai = " ".join(forms[0]["thai"].split())
        aliases: set[str] = set()
        for form in forms:
            aliases.add(" ".join(form["thai"].split()))
            # is_alias_of again: an index written before the merge rule may hold such an alias still.
            # Spaces made one: a release's double space showed the same name twice on the entities screen.
            aliases.update(" ".join(a.split()) for a in form["aliases"].split("|") if a and is_alias_of(a, english))
        aliases.discard(thai)
        out.append(EntitySummary(type=kind, key=key, english=english, thai=thai,  # type: ignore[arg-type]
                                 aliases=tuple(sorted(aliases)), releases=releases))
    out.sort(key=lambda entity: (-entity.releases, entity.key))
    return out


def mentions_per_month(store: Store, kind: EntityType, key: str) -> list[tuple[str, int]]:
    """(YYYY-MM, releases) for every month from the archive's first to its last, zeros included."""
    rows = store.query("SELECT substr(r.date, 1, 7) AS month, count(*) AS n FROM release_entities e"
                       " JOIN releases r ON r.id = e.release_id WHERE e.type = ? AND e.key = ? AND r.date != ''"
                       " GROUP BY month", (kind, key))
    counts = {row["month"]: row["n"] for row in rows}
    span = store.query("SELECT min(date), max(date) FROM releases WHERE date != ''")[0]
    if not span[0]:
        return []
    year, month = int(span[0][:4]), int(span[0][5:7])
    last = (int(span[1][:4]), int(span[1][5:7]))
    out = []
    while (year, month) <= last:
        label = f"{year:04d}-{month:02d}"
        out.append((label, counts.get(label, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def entity_names(store: Store, kind: EntityType, prefix: str = "", limit: int = 50) -> list[str]:
    """English and Thai forms of entities of `kind` starting with `prefix`, most named first (completion)."""
    rows = store.query("SELECT english, thai, count(*) AS n FROM release_entities WHERE type = ?"
                       " AND (english LIKE ? ESCAPE '\\' OR thai LIKE ? ESCAPE '\\') GROUP BY english, thai"
                       " ORDER BY n DESC LIMIT ?",
                       (kind, prefix.replace("%", "") + "%", prefix.replace("%", "") + "%", limit))
    names: list[str] = []
    for row in rows:
        for name in (row["english"], row["thai"]):
            if name and name.lower().startswith(prefix.lower()) and name not in names:
                names.append(name)
    return names


class EntityNames:
    """The names `entity_names` gives, every one of a kind read at once and kept, for the filter prompt's
    completion. `entity_names` reads the whole index at each call (a prefix of the English or the Thai form
    can use no index): three seconds a keystroke on the 63,000-release archive. Read once here (off the UI
    thread: `first` may take that long the first time for a kind), each keystroke is a scan of a list in
    memory. Read again when older than `max_age_s`, for names the background analysis added meanwhile."""

    def __init__(self, store: Store, max_age_s: float = 60.0) -> None:
        self.store = store
        self.max_age_s = max_age_s
        self._names: dict[str, tuple[float, list[str]]] = {}
        self._lock = threading.Lock()

    def names(self, kind: EntityType) -> list[str]:
        """English and Thai forms of `kind`, most named first (as `entity_names` orders them)."""
        with self._lock:  # two keystrokes at once read the index once
            read_at, names = self._names.get(kind, (0.0, []))
            if not names or time.monotonic() - read_at > self.max_age_s:
                names = []
                seen: set[str] = set()
                for row in self.store.query("SELECT english, thai, count(*) AS n FROM release_entities"
                                            " WHERE type = ? GROUP BY english, thai ORDER BY n DESC", (kind,)):
                    for name in (row["english"], row["thai"]):
                        if name and name not in seen:
                            seen.add(name)
                            names.append(name)
                self._names[kind] = (time.monotonic(), names)
            return names

    def first(self, kind: EntityType, prefix: str) -> str | None:
        """The most named form of `kind` starting with `prefix` (any case), or None."""
        folded = prefix.casefold()
        return next((name for name in self.names(kind) if name.casefold().startswith(folded)), None)


class Coverage(NamedTuple):
    """How much of the archive the entity index covers."""

    analysed: int
    """Releases analysed by this analyzer version."""
    total: int
    """Releases stored."""
    older: int = 0
    """Releases whose index rows come from an older analyzer version (remade as they are analysed again)."""


def coverage(store: Store) -> Coverage:
    """How much of the archive the entity index covers, at this analyzer version and at older ones."""
    from briefing.thai import ANALYZER_VERSION

    analysed = store.analysed_count(ANALYZER_VERSION)
    return Coverage(analysed, store.count(), store.analysed_count() - analysed)


# Building the index

def segment_batch(batch: list[tuple[int, str, str]]) -> list[tuple[int, str, str, str]]:
    """(id, title, body) -> (id, title as words, body as words, parts of long words); runs in pool workers."""
    from briefing.search_text import parts, segment

    rows = []
    for release_id, title, body in batch:
        title_words, body_words = segment(title), segment(body)
        rows.append((release_id, title_words, body_words, parts(title_words + " " + body_words)))
    return rows


def _pool_context() -> multiprocessing.context.BaseContext:
    import multiprocessing  # here, not at the top: 11 ms the app's first paint does not need

    # spawn, not fork: the parent may hold threads (a progress bar, Textual workers, SQLite's lock).
    return multiprocessing.get_context("spawn")


def _pool(processes: int) -> multiprocessing.pool.Pool:
    """A pool of `processes` spawned workers. The first one starts multiprocessing's resource tracker, which is
    handed sys.stderr's descriptor; inside the app sys.stderr is Textual's print capture, whose fileno() is -1,
    and the pool failed to start ('bad value(s) in fds_to_keep'): the app never indexed a queue too long to
    index in-process (POOL_THRESHOLD) and searched by text scan for good. The process's own stderr stands in
    while the pool starts."""
    import sys

    saved = sys.stderr
    try:
        if sys.__stderr__ is not None and (saved is None or saved.fileno() < 0):
            sys.stderr = sys.__stderr__
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is an OSError and a ValueError
        sys.stderr = sys.__stderr__
    try:
        return _pool_context().Pool(processes)
    finally:
        sys.stderr = saved


def default_processes() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


IndexProgress = Callable[[int, int], None]
"""Called with (indexed so far, to index in all)."""


def update_index(store: Store, progress: IndexProgress | None = None, processes: int | None = None) -> int:
    """Index every queued release (new, or stored before the index existed) and every analysis cached
    before the entity index; returns how many releases were indexed. Safe to interrupt: a batch is one
    transaction and leaves the queue only when indexed."""
    store.index_pending_entities()
    total = store.search_pending_count()
    if total == 0:
        return 0
    if progress:
        progress(0, total)
    processes = processes or default_processes()
    done = 0

    def batches() -> Iterator[list[tuple[int, str, str]]]:
        last = 0
        while True:
            batch = store.search_pending(INDEX_BATCH, after=last)
            if not batch:
                return
            last = batch[-1][0]
            yield batch

    if total < POOL_THRESHOLD or processes <= 1:
        for batch in batches():
            store.add_search_rows(segment_batch(batch))
            done += len(batch)
            if progress:
                progress(done, total)
        return done
    with _pool(processes) as pool:
        for rows in pool.imap_unordered(segment_batch, batches()):
            store.add_search_rows(rows)
            done += len(rows)
            if progress:
                progress(done, total)
    return done


def import_and_index(store: Store, items: Iterable[tuple[str, Release | Exception]],
                     progress: Callable[[str, object, bool | None], None] | None = None,
                     processes: int | None = None) -> tuple[int, int, list[Exception]]:
    """Store releases and index them as they come: the archive is read and stored in this process while
    pool workers cut the words of the releases already stored (both cores busy). Returns
    (new, already stored, bad)."""
    from briefing.errors import BriefingError

    new = skipped = 0
    bad: list[Exception] = []
    processes = processes or default_processes()

    def batches() -> Iterator[list[tuple[int, str, str]]]:
        nonlocal new, skipped
        batch: list[tuple[int, str, str]] = []
        for name, item in items:
            added: bool | None
            if isinstance(item, (BriefingError, Exception)) and not isinstance(item, Release):
                bad.append(item)
                added = None
            else:
                release_id = store.add_release(item)
                added = release_id is not None
                if release_id is None:
                    skipped += 1
                else:
                    new += 1
                    batch.append((release_id, item.title, item.body))
            if progress is not None:
                progress(name, item, added)
            if len(batch) >= INDEX_BATCH:
                yield batch
                batch = []
        if batch:
            yield batch

    stream = batches()
    first = next(stream, None)
    if first is not None:
        if len(first) < INDEX_BATCH or processes <= 1:
            store.add_search_rows(segment_batch(first))
            for batch in stream:
                store.add_search_rows(segment_batch(batch))
        else:
            with _pool(processes) as pool:
                for rows in pool.imap_unordered(segment_batch, _chain(first, stream)):
                    store.add_search_rows(rows)
    update_index(store, processes=processes)  # anything queued before (an interrupted import)
    return new, skipped, bad


def _chain(first: list[tuple[int, str, str]],
           rest: Iterator[list[tuple[int, str, str]]]) -> Iterator[list[tuple[int, str, str]]]:
    yield first
    yield from rest


# The app's filter prompt: `person:Paetongtarn`, `since:2025-01-01`, `starred` ...

FILTER_FIELDS = ("person", "organisation", "place", "category", "since", "until")
FILTER_FLAGS = ("starred", "unread", "marked")


class FilterError(ValueError):
    """A filter the prompt cannot read; the message says what to type instead."""


_FIELDS_RE, _FLAGS_RE = "|".join(FILTER_FIELDS), "|".join(FILTER_FLAGS)
_NEXT_FILTER = re.compile(rf"\s+(?=(?:{_FIELDS_RE}):|(?:{_FLAGS_RE})(?:\s|$))", re.IGNORECASE)
"""Where a second filter starts in the prompt's text: a field name and its colon, or a flag word (a name
may hold spaces, `person:Tawee Sodsong`, so the text is not simply cut at spaces)."""


def add_filters(view: View, text: str) -> View:
    """`view` with every filter in `text` added: `since:2023-03-01 until:2023-03-31 unread` in one
    go, as the prompt's hint lists them (one at a time only, the second was read as part of the first
    value and refused)."""
    for part in _NEXT_FILTER.split(text.strip()) or [""]:
        view = add_filter(view, part)
    return view


def add_filter(view: View, text: str) -> View:
    """`view` with the filter `text` added: `field:value` for a field of FILTER_FIELDS, or a flag."""
    text = text.strip()
    if text.lower() == "starred":
        return replace(view, starred=True)
    if text.lower() == "unread":
        return replace(view, unread=True)
    if text.lower() == "marked":
        return replace(view, marked=True)
    field_name, sep, value = text.partition(":")
    field_name, value = field_name.strip().lower(), value.strip()
    if sep and field_name in FILTER_FIELDS and not value:  # "person:" said "not a filter: 'person:'"
        raise FilterError(f"{field_name}: wants a value after the colon"
                          f" ({'a date as YYYY-MM-DD, YYYY-MM or YYYY' if field_name in ('since', 'until') else 'a name'})")
    if not sep or field_name not in FILTER_FIELDS or not value:
        raise FilterError(f"not a filter: {text!r}; type field:value ({', '.join(FILTER_FIELDS)})"
                          f" or {', '.join(FILTER_FLAGS)}")
    if field_name in ("since", "until"):
        date = date_bound(value, last=field_name == "until")
        if date is None:
            raise FilterError(f"{field_name}: wants a date as YYYY-MM-DD, YYYY-MM or YYYY, not {value!r}")
        return replace(view, since=date) if field_name == "since" else replace(view, until=date)
    return with_entity(view, field_name, value) if field_name != "category" else replace(view, category=value)


_YEAR_MONTH = re.compile(r"(\d{4})(?:-(\d{1,2}))?")
BUDDHIST_ERA = 543
"""Years from 2400 are Buddhist-era years, as Thai releases write them (2568 is 2025)."""


def date_bound(value: str, last: bool = False) -> dt.date | None:
    """The date `since:`/`until:` (and --since/--until) mean: YYYY-MM-DD, or a month or a year, from its
    first day (`last`: to its last); a Buddhist-era year is read as one. None when it is no date. Only a
    full date was taken: "until:2020" was refused, where a user means the end of 2020."""
    value = value.strip()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    match = _YEAR_MONTH.fullmatch(value)
    if not match:
        return None
    year, month = int(match[1]), int(match[2] or (12 if last else 1))
    if year >= 2400:
        year -= BUDDHIST_ERA
    if not 1 <= month <= 12 or year < 1:
        return None
    if not last:
        return dt.date(year, month, 1)
    return dt.date(year + 1, 1, 1) - dt.timedelta(days=1) if month == 12 else dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def with_entity(view: View, kind: str, name: str) -> View:
    """`view` filtered to releases naming an entity of `kind` (person, organisation or place)."""
    if kind == "person":
        return replace(view, person=name)
    if kind == "organisation":
        return replace(view, organisation=name)
    if kind == "place":
        return replace(view, place=name)
    raise FilterError(f"not a kind of entity: {kind!r}")


def filter_suggestion(store: Store, text: str, names: EntityNames | None = None) -> str | None:
    """Completion for the filter prompt: field names, then names from the entity index and categories.
    `names` keeps the index's names between calls (the prompt's; see EntityNames)."""
    if not text:
        return None
    field_name, sep, value = text.partition(":")
    if not sep:
        for name in (*FILTER_FIELDS, *FILTER_FLAGS):
            if name.startswith(text.lower()) and name != text:
                return name + (":" if name in FILTER_FIELDS else "")
        return None
    if field_name in ("person", "organisation", "place") and value:
        kind: EntityType = field_name  # type: ignore[assignment]
        found = (names.first(kind, value) if names is not None
                 else next(iter(entity_names(store, kind, value, limit=1)), None))
        return f"{field_name}:{found}" if found else None
    if field_name == "category":
        for row in store.query("SELECT DISTINCT category FROM releases WHERE category IS NOT NULL"):
            for candidate in (english_category(row[0]), row[0]):
                if candidate and candidate.lower().startswith(value.lower()):
                    return f"category:{candidate}"
    return None
