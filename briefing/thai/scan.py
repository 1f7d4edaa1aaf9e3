"""Shared helpers for the entity scanners: space-delimited chunks, word boundaries, stop words.

Thai press text separates phrases with spaces, so a "chunk" (text between spaces and punctuation)
is the natural unit for names. Inside a chunk, names end where a function word or a verb begins;
newmm finds those words on the chunk only, which keeps us far below the cost of tokenising the text.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass

from briefing.thai.gazetteer import _lines
from briefing.thai.wordcut import cut  # at import, in built.compiled_patterns: its regex comes from the cache

THAI_CHAR = re.compile(r"[\u0e00-\u0e7f]")
THAI_RUN = re.compile(r"[\u0e01-\u0e4e]+")
"""A run of Thai letters, vowels and marks (no digits, no ฯ-style signs past ๎): where a glued name can go."""
CHUNK = re.compile(r"[^\s,()\[\]“”\"'‘’:;/]+")
SPACE_ONLY = re.compile(r"[ \t\u00a0]+")
_AREA_WORD = r"อำเภอ|อ\.|ตำบล|ต\.|จังหวัด|จ\.|หมู่(?:ที่)?[ \t]?[0-9๐-๙]"


def area_word(*more: str, bangkok_glued: bool = False) -> str:
    """The regex alternation (no group) of the words that place a name written just before them: a district,
    subdistrict or province, whole or short, a village number, a Bangkok district or subdistrict (เขต, แขวง; with
    `bangkok_glued` only when glued to a name), then `more` a rule adds (ซอย..., ถนน..., ย่าน). One definition for the
    venue, community and shop rules (venue_visits, place_cues); no two alternatives match at one position."""
    bangkok = r"(?:เขต|แขวง)(?=[\u0e01-\u0e4e])" if bangkok_glued else r"เขต|แขวง"
    return "|".join((_AREA_WORD, bangkok, *more))


# Words that end a name inside a chunk: function words, reporting verbs and time words. Verbs that
# begin agency names (ส่งเสริม, พัฒนา, ป้องกัน ...) are deliberately absent.
NAME_STOPS: frozenset[str] = frozenset(
    ["ได้", "ได้รับ", "จะ", "ร่วม", "ร่วมกับ", "กับ", "ที่", "ซึ่ง", "โดย", "ให้", "เป็น", "มี", "ยัง", "ก็", "เพื่อ", "ใน", "จาก", "ถึง", "ต่อ", "กล่าว", "กล่าวว่า", "เปิดเผย", "เปิดเผยว่า", "เผย", "แถลง", "ประกาศ", "เตรียม", "จัด", "ดำเนินการ", "พร้อม", "พร้อมด้วย", "ขอ", "ขอให้", "เร่ง", "นำ", "รับ", "ว่า", "คือ", "หรือ", "ตาม", "เกี่ยวกับ", "ทั้ง", "ทุก", "แต่", "อีก", "เช่น", "อาทิ", "ต้อง", "สามารถ", "ควร", "ไม่", "ทำให้", "ส่ง", "ได้แก่", "เมื่อ", "วันนี้", "วันที่", "นี้", "ดังกล่าว", "แล้ว", "ทั่วประเทศ", "ทั้งหมด", "ทั้งนี้", "นั้น", "เข้าร่วม", "เดินทาง", "มอบ", "ลงพื้นที่", "หารือ", "ประชุม", "ชี้แจง", "เน้น", "แนะ", "เตือน", "ย้ำ", "ยืนยัน", "รายงาน", "ระบุ", "ออก", "เปิด", "ปิด", "ลง", "ขึ้น", "เข้า", "อยู่", "ไป", "มา", "ผ่าน", "ยก", "ทำ", "ใช้", "ตั้ง", "สั่ง", "ลงนาม", "พบ", "ชวน", "เชิญ", "ขาน", "ขานรับ", "บูรณาการ", "จับมือ", "ผนึก", "ผนึกกำลัง", "เดินหน้า", "ปรับ", "เสนอ", "อนุมัติ", "เห็นชอบ", "รวม", "รวมถึง", "ของ", "สำหรับ", "ระหว่าง", "ด้วย", "อย่าง", "กว่า", "และ", "หรือไม่", "จึง", "ทั้งสอง", "ฝ่าย", "ภายใต้", "เป็นประธาน", "บน", "ติดตาม", "ตรวจ", "ตรวจสอบ", "ยึด", "จับกุม", "แจ้ง", "ชื่นชม", "ขอบคุณ", "เร่งรัด", "ได้ที่", "นั้น", "ๆ", "ฯลฯ", "โดยตรง", "บริเวณ", "เท่านั้น", "ครบ", "ตั้งแต่", "ทั้งหลาย", "ทุกท่าน"]
)

NAME_FOLLOWERS: frozenset[str] = frozenset(
    ["ได้", "ได้รับ", "จะ", "ร่วม", "กับ", "ที่", "ซึ่ง", "โดย", "ให้", "เป็น", "มี", "ยัง", "ก็", "เพื่อ", "ใน", "จาก", "ถึง", "ต่อ", "กล่าว", "กล่าวว่า", "เปิดเผย", "เปิดเผยว่า", "เผย", "แถลง", "ประกาศ", "พร้อม", "พร้อมด้วย", "ว่า", "คือ", "หรือ", "และ", "ตาม", "ทั้ง", "แต่", "อีก", "เช่น", "ต้อง", "สามารถ", "ไม่", "เมื่อ", "เข้าร่วม", "เดินทาง", "มอบ", "ลงพื้นที่", "หารือ", "ประชุม", "ชี้แจง", "เน้น", "ย้ำ", "ยืนยัน", "รายงาน", "ระบุ", "เป็นประธาน", "ขอ", "ได้แก่", "ซึ่งเป็น", "พร้อมทั้ง", "นำ", "ร่วมกับ", "ลงนาม", "ตรวจ", "ติดตาม", "แสดง", "ชื่นชม", "กำชับ", "สั่งการ", "มอบหมาย", "ทรง", "เสด็จ"]
)
"""Words that follow a name: a chunk starting with one is not a family name."""


PLACE_PRECEDERS: tuple[str, ...] = (
    "ระหว่าง", "กับ", "สู่", "จาก", "ใน", "ที่", "และ", "ยัง", "เยือน", "ถึง", "ไป", "มา", "ณ", "บริเวณ",
    "ริม", "รอบ", "หน้า", "ผ่าน", "พื้นที่", "ทั่ว", "โดย", "เข้า", "ออก", "ภายใน", "ประจำ", "ของ",
)
"""Words a place name may be glued to ("จากอนุสาวรีย์...", "ระหว่างไทย"), unlike a noun it qualifies
("เศรษฐกิจไทย", "คนไทย")."""


def glued_after(text: str, start: int, words_before: tuple[str, ...]) -> bool:
    """Is text[start] glued to a preceding Thai word, and is that word one of `words_before`?"""
    if start == 0 or not is_thai(text[start - 1]):
        return True
    return text[max(0, start - 10):start].endswith(words_before)


def words_glued_before(text: str, start: int, window: int) -> tuple[str, ...]:
    """The words (newmm) of the `window` letters before `start` when a Thai letter is glued to text[start]
    (ประณาม|กัมพูชา), so the last is the word the name at `start` is glued to; () when nothing Thai is."""
    if start == 0 or not is_thai(text[start - 1]):
        return ()
    return words(text[max(0, start - window):start])


_AUX = ("ต้อง", "จะ", "ได้", "ไม่", "ควร", "ยังคง", "กำลัง", "เคย", "มีมติ", "มีอำนาจ", "มีหน้าที่", "ให้",
        "เพื่อให้", "ที่ว่า", "เพื่อพิจารณา", "อาจ")
"""Auxiliaries: newmm glues them to the verb (ต้องหา), and a name never contains one."""


_NOMINALISERS = frozenset({"การ", "ความ"})
_NOT_AFTER_NOMINALISER = frozenset({"ว่า", "ของ", "และ", "หรือ", "ที่", "ซึ่ง", "นี้", "ดังกล่าว", "ฯ", "ต่างๆ", "ต่าง"})
_JOINERS = frozenset({"และ", "หรือ", "เพื่อ", "การ", "ความ", "ด้าน", "ว่าด้วย", "แห่ง", "ผู้", "นัก"})


@dataclass(frozen=True, slots=True)
class Chunk:
    start: int
    end: int
    text: str


def chunk_at(text: str, pos: int, endpos: int | None = None) -> Chunk | None:
    """The chunk that starts at `pos` (or the first one after it); with `endpos`, cut there (a scan
    from each of many heads in one run of 20,000 characters need not read the run to its end)."""
    m = CHUNK.search(text, pos) if endpos is None else CHUNK.search(text, pos, endpos)
    return Chunk(m.start(), m.end(), m.group(0)) if m else None


def next_chunk(text: str, end: int, newline_ok: bool = False) -> Chunk | None:
    """The chunk after `end`, separated from it by spaces only (no newline, no punctuation)."""
    m = SPACE_ONLY.match(text, end)
    if not m:
        return None
    c = chunk_at(text, m.end())
    if c is None or c.start != m.end():
        return None
    return c


def prev_chunk(text: str, start: int) -> Chunk | None:
    """The chunk ending just before `start`, separated by spaces only."""
    i = start
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    if i == start or i == 0:
        return None
    j = i
    while j > 0 and CHUNK.fullmatch(text[j - 1]):
        j -= 1
    return Chunk(j, i, text[j:i]) if j < i else None


@functools.lru_cache(maxsize=1)
def pos_tags() -> dict[str, str]:
    """ORCHID unigram tags (word -> most frequent tag), to tell a verb from a name."""
    import json

    from briefing.thai.gazetteer import _corpus_file

    path = _corpus_file("pos_orchid_unigram.json")
    if path is None:
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return {}


def is_verb(word: str) -> bool:
    return pos_tags().get(word, "").startswith("V")


@functools.lru_cache(maxsize=1)
def dictionary() -> frozenset[str]:
    """PyThaiNLP's Thai word list, for 'is this a word or a name?' checks."""
    return frozenset(_lines("words_th.txt"))


class WordSet:
    """PyThaiNLP's word list in the shape newmm needs from its dictionary trie (`prefixes`, `len`).

    Building PyThaiNLP's own Trie of the 62,000 words node by node takes 0.4-1.2 s, most of a first
    analysis; two frozensets (the words, and every proper prefix of a word so a scan knows when to
    stop) take about 0.1 s and segment identically at the same speed.

    The stems may start as a SortedStems (no set built) with `build` to make the set: `charge` counts the letters
    cut meanwhile, and once they reach `budget` the set is built and used from then on. Either answers alike.
    """

    __slots__ = ("_build", "_left", "stems", "words")

    def __init__(self, vocabulary: frozenset[str], stems: Container[str] | None = None,
                 build: Callable[[], frozenset[str]] | None = None, budget: int = 0) -> None:
        self.words = vocabulary
        self.stems = stems if stems is not None else stems_of(vocabulary)
        self._build = build
        self._left = budget

    def charge(self, letters: int) -> None:
        """Count `letters` cut with searched stems; at the budget, build the stems' set and use it."""
        if self._build is not None:
            self._left -= letters
            if self._left <= 0:
                self.stems, self._build = self._build(), None

    def __len__(self) -> int:
        return len(self.words)

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def __iter__(self) -> Iterator[str]:
        return iter(self.words)

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        """Words of the list that text[start:] begins with, shortest first (as Trie.prefixes)."""
        found = []
        words, stems = self.words, self.stems
        for end in range(start + 1, len(text) + 1):
            piece = text[start:end]
            if piece in words:
                found.append(piece)
            if piece not in stems:
                break
        return found


def stems_of(vocabulary: frozenset[str]) -> frozenset[str]:
    """Every proper prefix of a word of `vocabulary`."""
    return frozenset(w[:k] for w in vocabulary for k in range(1, len(w)))


class SortedStems:
    """`piece in stems_of(vocabulary)` without the set: the first word after `piece` in sorted order starts with it
    exactly when a longer word does (any string between `piece` and such a word starts with `piece` too). A
    bisection of the 62,000 words instead of a hash look-up: slower a test, but no 0.15-0.25 s of building."""

    __slots__ = ("_sorted",)

    def __init__(self, vocabulary: frozenset[str]) -> None:
        self._sorted = sorted(vocabulary)

    def __contains__(self, piece: object) -> bool:
        if not isinstance(piece, str) or not piece:
            return False  # (a stem has a letter)
        i = bisect_right(self._sorted, piece)
        return i < len(self._sorted) and self._sorted[i].startswith(piece)


STEMS_BUDGET = 300_000
"""Letters cut with SortedStems before the stems' set is built: about what the slower tests cost by then (~0.5 µs
more a letter against the set's ~0.2 s), a few dozen releases."""


@functools.lru_cache(maxsize=1)
def word_set() -> WordSet:
    """PyThaiNLP's word list as newmm's dictionary. Its prefixes (~0.15 s to make) are read from the user's cache
    when this word file was seen before (briefing.thai.built, keyed by the file's bytes). When they are not there (a
    new user, a new PyThaiNLP), the first analyses search the sorted words instead (SortedStems) and the set is built
    and written once STEMS_BUDGET letters were cut: a first analysis with an empty cache dir spent 0.2 s building it."""
    from briefing.thai import built
    from briefing.thai.gazetteer import _corpus_file

    vocabulary = dictionary()
    path = _corpus_file("words_th.txt")
    try:
        key = built.key_of("stems", path.read_bytes()) if path is not None else None
    except OSError:
        key = None
    if key is None:
        return WordSet(vocabulary)
    lines = built.stored("stems", key)
    if isinstance(lines, str):
        return WordSet(vocabulary, frozenset(lines.split("\n")) if lines else frozenset())

    def build() -> frozenset[str]:
        made: list[frozenset[str]] = []

        def make() -> str:  # one string of lines: marshal writes a set of 180,000 strings ten times slower
            made.append(stems_of(vocabulary))
            return "\n".join(made[0])

        written = built.cached("stems", key, make)
        return made[0] if made else frozenset(written.split("\n")) if written else frozenset()

    return WordSet(vocabulary, SortedStems(vocabulary), build, STEMS_BUDGET)


@functools.lru_cache(maxsize=4096)
def word_ends_at(text: str, start: int, end: int) -> bool:
    """Does newmm end a word at `end` in the chunk that holds `start` (วังศุโขทัย|ด้วย...)?"""
    c = chunk_at(text, start)
    if c is None:
        return False
    pos = c.start
    for w in words(c.text):
        pos += len(w)
        if pos == end:
            return True
        if pos > end:
            return False
    return False


_CUT: dict[str, tuple[str, ...]] = {}
"""The chunks cut so far in the release being analysed (forget_cuts empties it): about 40% of the calls of a release
repeat a chunk another finder cut (5 dev files: 384 calls, 229 chunks)."""
_CUT_MAX = 8192


def words(chunk: str) -> tuple[str, ...]:
    """newmm words of one chunk, cut once per release: the same chunks recur across the finders of a release."""
    found = _CUT.get(chunk)
    if found is None:
        vocabulary = word_set()
        vocabulary.charge(len(chunk))
        found = tuple(w for w in cut(chunk, vocabulary) if w.strip())
        if len(_CUT) < _CUT_MAX:
            _CUT[chunk] = found
    return found


def forget_cuts() -> None:
    """Start a release: drop the chunks cut for the last one (they rarely recur across releases, and a benchmark
    that analyses one release many times must not find them cut already)."""
    _CUT.clear()


_NAME_PHRASES = ("ทุกช่วงวัยอย่างยั่งยืน", "ทุกช่วงวัย", "ทุกเพศทุกวัย", "ทุกวัย", "ตามหลักปรัชญาของเศรษฐกิจพอเพียง",
                 "ตามหลักปรัชญาเศรษฐกิจพอเพียง")
"""Phrases with a stop word (ทุก 'every', อย่าง, ตาม) that a body's name holds: 'of all ages' after the people it
serves, 'sustainable', 'by the sufficiency economy philosophy' (ศูนย์อำนวยการขจัดความยากจนและพัฒนาคนทุกช่วงวัย
อย่างยั่งยืนตามหลักปรัชญาของเศรษฐกิจพอเพียง, the poverty centres of every province and district). Session 17
(s17-bounds): the district centre written without its short form was cut before ทุก (ศูนย์อำนวยการปฏิบัติการขจัด
ความยากจนและพัฒนาคน|ทุกช่วงวัย...). อย่างยั่งยืน alone was tried and left out: it made a name of a clause's adverb
(ให้เป็นท่าเรือชั้นนำระดับโลก|อย่างยั่งยืน, นำไปสู่การเป็นกระทรวงคุณธรรม|อย่างยั่งยืน) as often as it finished one
(สถาบันการเรียนรู้การพัฒนาทางเลือกอย่างยั่งยืน)."""


def in_name_phrase(text: str, pos: int) -> bool:
    """Is `pos` inside one of the _NAME_PHRASES written in `text` (the ช่วง of ...พัฒนาคนทุกช่วงวัย)?"""
    return any(text.startswith(p, i) for p in _NAME_PHRASES for i in range(max(0, pos - len(p) + 1), pos + 1)
               if text.startswith(p[:1], i))


def cut_at_stop(chunk: str, start: int, allow: frozenset[str] = frozenset(), verbs: bool = False) -> int:
    """Offset in `chunk` where the name that begins at `start` ends: before the first stop word.

    With `verbs`, also before a verb that follows two or more words of the name
    (คณะกรรมการกีฬามวย|แก้ไขระเบียบ): agency names start with a verb (ส่งเสริม..., บริหาร...), they
    rarely have one after their nouns.
    """
    pos = start
    previous = ""
    phrase_end = start
    for i, word in enumerate(words(chunk[start:])):
        if i and pos >= phrase_end and chunk.startswith(_NAME_PHRASES, pos):
            phrase_end = pos + next(len(p) for p in _NAME_PHRASES if chunk.startswith(p, pos))
        if pos < phrase_end:  # ศูนย์อำนวยการปฏิบัติการขจัดความยากจนและพัฒนาคน|ทุกช่วงวัย...: 'of all ages', a target group
            pos += len(word)
            previous = word
            continue
        if previous in _NOMINALISERS and i and word not in _NOT_AFTER_NOMINALISER:
            pass  # ...ขับเคลื่อนการ|จัดการศึกษา: a bare การ takes the next word as its verb, stop word or not
        elif (word in NAME_STOPS and word not in allow) or (word.startswith(_AUX) and word not in allow):
            break
        if verbs and i >= 2 and is_verb(word) and not is_verb(previous) and previous not in _JOINERS:
            break
        pos += len(word)
        previous = word
    return pos


def finditer_if(rx: re.Pattern[str], text: str, *needed: str) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)`, or nothing when the text holds none of `needed`: each match of `rx` contains one
    of them. A pattern that opens with a lookbehind, `^` or an optional word gives re no literal to skip to,
    so its scan tries the whole pattern at every position of the text; a substring test is a fast scan in C,
    and most releases hold none of a rare head word (วิสาหกิจชุมชน, สำนักงานใหญ่, เรือนจำ)."""
    return rx.finditer(text) if any(map(text.__contains__, needed)) else iter(())  # (map: no generator frame)


def is_thai(char: str) -> bool:
    """Does `char` (or the string it starts) begin with a letter of the Thai block (THAI_CHAR)? A comparison, not a
    regex match: it is called about a thousand times a release."""
    return "\u0e00" <= char[:1] <= "\u0e7f"


def on_boundary(text: str, start: int, end: int, check_left: bool = True) -> bool:
    """True when text[start:end] starts and ends on newmm word boundaries in its context.

    newmm glues a preposition to a following noun (ในประเทศ|ไทย), so long names check the end only. Each side is
    read from the cut of the whole run between spaces that holds it, which `words` makes once per release: the
    candidates of a release fall in the same runs again and again (a window cut around each one was a sixth of
    the analysis time).
    """
    left = start == 0 or not is_thai(text[start - 1]) or not check_left
    right = end >= len(text) or not is_thai(text[end])
    return (left or _run_boundary(text, start)) and (right or _run_boundary(text, end))


_RUN_START = re.compile(r"(?s:.*)\s")
_RUN_END = re.compile(r"\S*")


def _run_boundary(text: str, pos: int) -> bool:
    """Does newmm end a word at `pos` in the run of text between spaces that holds it? The run keeps its dots
    and digits: the word list has dotted short forms (โดย|กสร.), which a run of Thai letters alone would cut."""
    # the run's ends by regex, not a step a character in Python (a run of Thai is often 100+ letters): \s is
    # str.isspace (both Py_UNICODE_ISSPACE), _RUN_START's greedy .* backs up from pos to the last space before it
    start = _RUN_START.match(text, 0, pos)
    a = start.end() if start else 0
    b = _RUN_END.match(text, pos).end()  # type: ignore[union-attr]  # \S* matches at any pos <= len(text)
    if a == pos or b == pos:
        return True
    at = a
    for word in words(text[a:b]):
        at += len(word)
        if at >= pos:
            return at == pos
    return False
