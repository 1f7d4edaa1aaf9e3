"""A long listed name written with one slip: one letter missing, extra or wrong, or two neighbours swapped.

Releases are typed in a hurry, and a glossary name that the exact scan (gazetteer.regex) missed by one letter was
lost, or found by the head rules without its English: กระทรวงการพัฒนาสังคมและความมั่งคงของมนุษย์ (มั่นคง),
สหพันรัฐรัสเซีย (สหพันธรัฐ), มหาวิทยาลัยราชภัฎบุรีรัมย์ (ราชภัฏ), สำนักนยกรัฐมนตรี, กระทวงการคลัง. On 2,851
random corpus releases 58 held such a name: 68 mentions found or given their English, all right. The span keeps
its own text, takes the listed name's English and is matched to it (its canonical form).

Only organisations and places of `_SHORTEST` letters or more: one letter of a short name is as often another word
(จังหวัดตาก/จังหวัดจาก, สถาบันอาหาร/สถาบันอาคาร). No scan of its own: one slip leaves intact either the name's
first half or everything after its middle, so
- the first halves (made longer where one is a word of its own, ประเทศ, โครงการ) and the head words (สำนัก|นยก...)
  join the glossary keys in entities' one longest-match scan: each is the beginning of a key, so the trie gains no
  branch, and where the text has one that no key covers (the name goes on with a slip), the names it opens are
  compared with the text from there, picked by the two letters after it;
- a glossary key inside a long name (รัสเซีย in สหพันธรัฐรัสเซีย), which the scan finds anyway, is looked up with the
  letters before it, and the name compared with the text around it;
- the commonest head words written with one slip (กระทวง, กะทรวง, จังวัด: _SLIPPED_HEADS, ~240 strings)
  join the scan too, and a name they open must follow them written right.
The slip must fall inside the name (its first letter and its last two written right: a change at an edge is a name
cut short or run on) and touch no digit, Latin letter, space, dot or ฯ (เขต 1/เขต 2 are two offices; spaced names
are org_bounds' and organisations._known_across_space's). The span must end on a word boundary, and start on one
unless the name starts with a body's head word (ปลัด|กระทรวง..., which newmm glues): มหาวิทยาลัยสาม|ารถ is no
university, สห|ราชอาณาจักร-ไทย no Thailand. Refused when the written span is itself a listed key or a dictionary word.
(Not when it is a Wikipedia title: on the corpus sample the four such were the same body spelt another way,
มหาวิทยาลัยราชภัฎสกลนคร, คณะกรรมการโอลิมปิกแห่งประเทศไทย.)
"""

from __future__ import annotations

import bisect
import collections
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.thai.gazetteer import (
    _LATIN_START,
    ORG_HEADS,
    VENUE_HEADS,
    Gazetteer,
    Term,
    gazetteer,
    trie_regex,
)
from briefing.thai.scan import dictionary, on_boundary

_SHORTEST = 12
"""The fewest letters a listed name has for a slip in it to be looked for."""

_NOT_SLIPPED = re.compile(r"[\s\u200b\u200c\u200d\u00a0ฯ0-9๐-๙A-Za-z.]")
"""Letters a slip never touches: spaces (zero-width too), ฯ and the dot of short forms, digits, Latin letters."""

@dataclass(frozen=True, slots=True)
class _Index:
    scan: re.Pattern[str]
    """The longest-match regex of the glossary's Thai keys and of the names' anchors: entities' one scan."""
    heads: _Openers
    """An anchor, or a key that starts with one -> the names it may open with a slip inside it, and by a letter the
    names that go on after it with that letter, or with it next: the two letters after it in the text pick them (a
    slip right after it moves the name's next letter by one). Made for each anchor the first time the scan finds it."""
    held: frozenset[str]
    """The glossary keys inside long names."""
    inner: dict[tuple[str, str], tuple[tuple[str, int], ...]]
    """(a glossary key inside a name, the name's letters before it: none, or as few of the last as leave at most
    `_FEW` names to a letter group) -> (the name, where the key starts in it)."""
    misspelt: dict[str, str]
    """A common head word written with one slip (กระทวง, จังวัด) -> the head word."""
    after_head: dict[str, dict[str, tuple[str, ...]]]
    """A common head word -> the names it opens, by their two letters after it."""


def _listed(key: str, term: Term) -> bool:
    """A name looked for with a slip: long, all Thai letters, and not a head word the glossary gives as a kind
    (สถานเอกอัครราชทูต, 'Embassy': misspelt, the head rules miss the name it opens, and the kind alone is no body;
    but ทำเนียบรัฐบาล, Government House)."""
    return (term.type in ("organisation", "place") and len(key) >= _SHORTEST and not _NOT_SLIPPED.search(key)
            and not (key in _HEAD_WORDS and len((term.english or "").split()) < 2))


_HEAD_WORDS = frozenset((*ORG_HEADS, *VENUE_HEADS))
_HEADS = tuple(sorted((h for h in _HEAD_WORDS if len(h) >= 5), key=len, reverse=True))
_HEADS_BY_PAIR: dict[str, tuple[str, ...]] = {}
"""_HEADS by their first two letters, in _HEADS' order (longest first)."""
for _head in _HEADS:
    _HEADS_BY_PAIR[_head[:2]] = (*_HEADS_BY_PAIR.get(_head[:2], ()), _head)
_FEW = 4
"""A key inside at most this many names is looked up without the letter before it (a slip may be that letter)."""


_BUILD = "6"
"""The version of `_built`'s tables: a change to how they are made changes it, so the user's cache is rebuilt."""


@functools.cache
def _index() -> _Index:
    """The tables, read from the user's cache dir when these glossary keys were seen before (building them takes
    ~0.04 s; what each anchor opens is made when the scan first finds it: see _Openers)."""
    from briefing.thai import built

    g = gazetteer()
    thai_keys = sorted(k for k in g.terms if not _LATIN_START.match(k))
    listed = [k for k in thai_keys if _listed(k, g.terms[k])]
    key = built.key_of("slips", _BUILD, "\n".join(thai_keys), "\n".join(listed))
    head_of, held, inner = built.cached("slips", key, lambda: _built(g, thai_keys, listed))
    misspelt, after_head = built.cached("slips-heads", key, lambda: _head_slips(thai_keys, listed))
    heads = _Openers(head_of, frozenset(thai_keys))
    return _Index(trie_regex([*thai_keys, *head_of, *misspelt]), heads, frozenset(held), inner, misspelt, after_head)


_SLIPPED_HEADS = ("กระทรวง", "สำนักงาน", "สำนัก", "มหาวิทยาลัย", "คณะกรรมการ", "องค์การ", "สถาบัน", "โรงพยาบาล",
                  "จังหวัด", "ประเทศ", "สาธารณรัฐ")
"""The head words of most listed long names, looked for with a slip in them (กระทวงการคลัง, จังวัดชัยนาท): the rest
of the name written right after it."""

_CONFUSED = ("ณน", "ศส", "ษส", "รล", "ตด", "ฎฏ", "ซช", "พภ", "ทธ", "งว", "่้", "ิี", "ุู")
"""Letters typed for one another (the same sound, or keys side by side)."""


def _head_slips(thai_keys: list[str], listed: list[str]) -> tuple[dict[str, str], dict[str, dict[str, tuple[str, ...]]]]:
    """Each of _SLIPPED_HEADS with a letter after its first missing, doubled or swapped with the next, or typed for
    one it is confused with (not a dictionary word nor a key), and the names each head opens."""
    words = dictionary()
    keys = set(thai_keys)
    swaps = {pair[0]: pair[1] for pair in _CONFUSED} | {pair[1]: pair[0] for pair in _CONFUSED}
    misspelt: dict[str, str] = {}
    for head in _SLIPPED_HEADS:
        variants = set()
        for i in range(1, len(head)):
            variants.add(head[:i] + head[i + 1:])
            variants.add(head[:i] + head[i] + head[i:])
            if i + 1 < len(head):
                variants.add(head[:i] + head[i + 1] + head[i] + head[i + 2:])
            if head[i] in swaps:
                variants.add(head[:i] + swaps[head[i]] + head[i + 1:])
        for variant in sorted(variants - {head}):
            if variant not in words and variant not in keys and len(variant) >= 4:
                misspelt.setdefault(variant, head)
    after: dict[str, dict[str, list[str]]] = {}
    for name in listed:
        opener = next((h for h in _SLIPPED_HEADS if name.startswith(h) and len(name) - len(h) >= 3), None)
        if opener is not None:
            after.setdefault(opener, {}).setdefault(name[len(opener):len(opener) + 2], []).append(name)
    return misspelt, {h: {k: tuple(v) for k, v in d.items()} for h, d in after.items()}


def _built(g: Gazetteer, thai_keys: list[str], listed: list[str]) -> tuple[dict, list[str], dict]:
    """The anchors (each name's first half and its head word) -> the names they begin, `_Index.held` and `.inner`."""
    assert g.regex is not None
    head_of: dict[str, list[str]] = {}
    holders: dict[str, list[tuple[str, int]]] = {}
    words = dictionary()
    for name in listed:
        half = len(name) // 2
        while half < len(name) - 3 and name[:half] in words:
            half += 1  # not ประเทศ|ซาอุดีอาระเบีย, โครงการ|...: a word written on its own is no anchor (the scan stops on it)
        head_of.setdefault(name[:half], []).append(name)
        word = next((h for h in _HEADS_BY_PAIR.get(name[:2], ()) if name.startswith(h)), "")
        if word and len(word) < half:  # สำนัก|นยกรัฐมนตรี: a slip after the head word
            head_of.setdefault(word, []).append(name)
        for at in range(2, len(name) - 3):
            inside = g.regex.match(name, at)
            if inside and len(inside.group(0)) >= 4:
                holders.setdefault(inside.group(0), []).append((name, at))
    inner: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for key, held in holders.items():
        counts = [collections.Counter(n[a - size:a] for n, a in held) for size in range(3)]
        for name, at in held:
            size = next((size for size in range(3) if counts[size][name[at - size:at]] <= _FEW), 3)
            inner.setdefault((key, name[at - size:at]), []).append((name, at))
    return {k: tuple(v) for k, v in head_of.items()}, sorted(holders), {k: tuple(v) for k, v in inner.items()}


class _Openers:
    """`_Index.heads`, an anchor at a time: for an anchor or a glossary key, the names under each of its beginnings
    in `head_of` (shortest beginning first, each in its order) that it may open (`_may_open`), by `_by_next`; made
    the first time `get` is asked, then kept. Made all at once they cost ~0.12 s of a first analysis with an empty
    cache dir (5,300 anchors and keys), and a release's scan finds a few dozen of them.

    The names are those a test of every name under every beginning gives (tests/test_name_slips.py holds that
    comprehension and checks both give the same for every anchor and key), but not every name is tested: 117,000 of
    the 126,000 pairs are an opening far longer than the beginning it is under, mostly a head word (สำนักงาน|...,
    132 names), where only the names that share the opening's letters but its last two (`stem`) or have its last two
    at its end, one letter either side, can pass _may_open's first test. For a big group those few are looked up by
    the group's names sorted and by their letter pairs at each place."""

    __slots__ = ("_groups", "_head_of", "_keys", "_made")

    def __init__(self, head_of: dict[str, tuple[str, ...]], keys: frozenset[str]) -> None:
        self._head_of = head_of
        self._keys = keys
        self._made: dict[str, tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] | None] = {}
        self._groups: dict[str, tuple[list[tuple[str, int]], dict[tuple[int, str], list[int]]]] = {}

    def get(self, opening: str) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] | None:
        """The names `opening` may open (inside, going on), or None when it opens none or is no anchor nor key."""
        if opening in self._made:
            return self._made[opening]
        made = self._opened(opening) if opening in self._head_of or opening in self._keys else None
        self._made[opening] = made
        return made

    def _opened(self, opening: str) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] | None:
        k, stem, last = len(opening), opening[:-2], opening[-2:]
        names: list[str] = []
        for i in range(1, k + 1):
            group = self._head_of.get(opening[:i])
            if group is None:
                continue
            near: Sequence[str] = group
            if i < k - 2 and len(group) > _FEW_TO_TEST:  # else every name starts with the stem, or few to test
                ordered, pairs = self._groups.get(opening[:i]) or self._groups.setdefault(
                    opening[:i], _group_index(group, i))
                picked = {t for at in (k - 3, k - 2, k - 1) for t in pairs.get((at, last), ())}
                j = bisect.bisect_left(ordered, (stem,))
                while j < len(ordered) and ordered[j][0].startswith(stem):
                    picked.add(ordered[j][1])
                    j += 1
                near = [group[t] for t in sorted(picked)]
            names += [n for n in near if n.startswith(opening) or (
                (n.startswith(stem) or last in n[k - 3:k + 1]) and _may_open(opening, n))]  # _may_open's tests, inline first
        return _by_next(opening, list(dict.fromkeys(names))) if names else None


_FEW_TO_TEST = 8
"""A group of `head_of` with at most this many names is tested name by name (quicker than indexing it)."""


def _group_index(group: Sequence[str], start: int) -> tuple[list[tuple[str, int]], dict[tuple[int, str], list[int]]]:
    """A group of names that share their first `start` letters: (name, its place in the group), sorted; and for each
    place from `start` on and the two letters there, the places in the group of the names that have them."""
    pairs: dict[tuple[int, str], list[int]] = {}
    for t, name in enumerate(group):
        for at in range(start, len(name) - 1):
            pairs.setdefault((at, name[at:at + 2]), []).append(t)
    return sorted((name, t) for t, name in enumerate(group)), pairs


def _may_open(half: str, name: str) -> bool:
    """Can text that starts with `half` (a longer name's first half) be `name` with one slip, or written right?"""
    k = len(half)
    if name.startswith(half):
        return True
    near = name.startswith(half[:-2]) or half[-2:] in name[k - 3:k + 1]  # the slip in its last two letters, or before
    return near and any(_one_slip(half, name[:size]) >= 0 for size in (k - 1, k, k + 1))


def _by_next(opening: str, names: list[str]) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The names `opening` may open, by the letter that follows it in the text: for a name it opens as written, its
    next letter or the one after (a slip right after the opening moves it by one); for one with the slip inside the
    opening, the letter at the opening's end, one before or one after (a letter missing or extra there)."""
    inside: dict[str, list[str]] = {}
    going_on: dict[str, list[str]] = {}
    k = len(opening)
    for name in names:
        into = going_on if name.startswith(opening) else inside
        for letter in dict.fromkeys(name[k:k + 2] if into is going_on else name[k - 1:k + 2]):
            into.setdefault(letter, []).append(name)
    return {a: tuple(v) for a, v in inside.items()}, {a: tuple(v) for a, v in going_on.items()}


def scan_regex() -> re.Pattern[str]:
    """gazetteer().regex with the first halves of the long names added: a match that is no glossary key is such a
    half, for `slipped`; the glossary key at its place, if any, is then gazetteer().regex's match there. A half is a
    key's beginning, so the trie gains no branch and the scan costs what gazetteer().regex's does."""
    return _index().scan


def _one_slip(written: str, name: str) -> int:
    """Where `written` differs from `name` by one slip (the first letter that differs), or -1."""
    n, w = len(name), len(written)
    if abs(n - w) > 1 or written == name:
        return -1
    i = 0
    limit = min(n, w)
    while i < limit and written[i] == name[i]:
        i += 1
    if w == n:
        same = written[i + 1:] == name[i + 1:] or (
            written[i:i + 1] == name[i + 1:i + 2] and written[i + 1:i + 2] == name[i:i + 1] and written[i + 2:] == name[i + 2:]
        )
    elif w == n + 1:
        same = written[i + 1:] == name[i:]
    else:
        same = written[i:] == name[i + 1:]
    return i if same else -1


def _slip_at(written: str, name: str) -> bool:
    """One slip, inside the name (its first letter and last two written right), touching no digit, Latin letter,
    space, ฯ or dot."""
    at = _one_slip(written, name)
    if at < 1 or at > len(name) - 3 or at > len(written) - 3:
        return False
    return not _NOT_SLIPPED.search(written[at:at + 2])


def slipped(text: str, start: int, end: int, g: Gazetteer) -> tuple[int, int, str] | None:
    """(start, end, listed name) of a long listed name written with one slip around the key or first half the
    scan found at text[start:end], or None. A first half: the slip is after it. A glossary key inside a long name
    (รัสเซีย in สหพันธรัฐรัสเซีย) with the name's two letters before it: the slip is before those."""
    index = _index()
    found = text[start:end]
    best: tuple[int, int, str] | None = None
    opened = index.heads.get(found)
    if opened is None:
        names: tuple[str, ...] = ()
    else:
        inside, going_on = opened
        letter = text[end:end + 1]
        names = inside.get(letter, ()) + going_on.get(letter, ()) + going_on.get(text[end + 1:end + 2], ())
    for name in names:
        n, last = len(name), name[-2:]
        at = text.find(last, start + n - 3, start + n + 1)  # the name's last letters end it, at one of three lengths
        while at >= 0:
            if _slip_at(text[start:at + 2], name):
                if best is None or n > len(best[2]):
                    best = (start, at + 2, name)
                break
            at = text.find(last, at + 1, start + n + 1)
    held: tuple[tuple[str, int], ...] = ()
    if found in index.held:
        for size in range(4):
            held = index.inner.get((found, text[start - size:start] if size <= start else "\0"), ())
            if held:
                break
    for name, at in held:
        n = len(name)
        stop = end + n - at - len(found)
        for shift in (0, 1, -1):
            begin = start - at - shift
            if begin >= 0 and text.startswith(name[0], begin) and _slip_at(text[begin:stop], name):
                if best is None or n > len(best[2]):
                    best = (begin, stop, name)
                break
    head = index.misspelt.get(found)
    if head is not None:
        for name in index.after_head.get(head, {}).get(text[end:end + 2], ()):
            if text.startswith(name[len(head):], end) and (best is None or len(name) > len(best[2])):
                best = (start, end + len(name) - len(head), name)  # กระทวง|การคลัง: the slip in the head word
    if best is None:
        return None
    a, b, name = best
    written = text[a:b]
    if written in g.terms or written in dictionary() or not on_boundary(text, a, b, check_left=not name.startswith(ORG_HEADS)):
        return None
    return best
