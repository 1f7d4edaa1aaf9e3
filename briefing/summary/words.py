"""Headline words: the headline cut into words, each word's part and English (headwords.toml).

The gist is built from these: the headline's verb, the object phrase that follows it (nouns and their
modifiers, English order), and the words left unglossed are dropped rather than romanised. Words are
cut with PyThaiNLP's newmm over the analyzer's word list (briefing.thai.scan.WordSet: PyThaiNLP's Trie
would take 0.7 s to build) plus every key of headwords.toml and glossary.toml, so a glossed compound
("แก้ไขปัญหา", "คุณภาพชีวิต") stays one word.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Literal

from briefing.summary.english import glossary

if TYPE_CHECKING:
    from briefing.thai.scan import WordSet

Part = Literal["verb", "noun", "modifier", "function"]
THAI_LETTER = re.compile("[\u0e01-\u0e4e]")


@dataclass(slots=True, frozen=True)
class Word:
    """One word of a headline with its span, and its part and English when the glossary has it."""

    text: str
    start: int
    end: int
    part: Part | None = None
    english: str | None = None


def _headwords_toml() -> dict:
    """headwords.toml parsed: a new dict each call, read from the user's cache dir when these bytes were parsed before
    (briefing.thai.built, as the analyzer's data_toml). Four tables read it and tomllib takes ~0.03 s a parse of its
    170 KB: a reader's first gist of each launch spent ~0.12 s on it."""
    from briefing.thai import built

    data = resources.files("briefing.summary").joinpath("headwords.toml").read_bytes()
    return built.cached("toml", built.key_of("toml", data), lambda: tomllib.loads(data.decode("utf-8")))


@functools.lru_cache(maxsize=1)
def headwords() -> dict[str, tuple[Part, str]]:
    """headwords.toml as {Thai word: (part, English)}."""
    table: dict[str, tuple[Part, str]] = {}
    for part, entries in _headwords_toml().items():
        if part in ("verb", "noun", "modifier", "function"):
            for word, english in entries.items():
                table.setdefault(word, (part, str(english)))  # type: ignore[arg-type]
    return table


@functools.lru_cache(maxsize=1)
def senses() -> dict[str, list[tuple[str, frozenset[str]]]]:
    """headwords.toml [senses]: words whose English depends on the headline around them, as {Thai
    word: [(English, cue words), ...]} in the file's order; the word's own entry is the default sense."""
    table = _headwords_toml().get("senses", {})
    return {word: [(str(english), frozenset(cues)) for english, cues in entries.items()]
            for word, entries in table.items()}


SENSE_WINDOW = 30
"""A sense's cue words count within this many characters either side of the word (its own clause,
roughly): 'แก้กฎหมาย' amends a law, but 'แก้ปัญหา... ตามกฎหมาย' further on does not."""


def sense_of(word: str, english: str, title: str, start: int, end: int) -> str:
    """The English of `word` (at start:end of `title`) in the sense the words around it call for: 'รร.'
    is 'hotels' beside 'จอง' (booking) or 'นักท่องเที่ยว', else its default ('school'). A cue written with
    '+' is glued to the word on that side: 'สร้าง+' stands right before it ('สร้างงาน' creates jobs, where
    'งาน' alone is an event), '+รายได้' right after it ('สร้างรายได้' generates income)."""
    rest = title[max(start - SENSE_WINDOW, 0):start] + " " + title[end:end + SENSE_WINDOW]
    for meaning, cues in senses().get(word, ()):
        if any(_cued(cue, rest, title, start, end) for cue in cues):
            return meaning
    return english


def _cued(cue: str, rest: str, title: str, start: int, end: int) -> bool:
    if cue.endswith("+"):
        return title[:start].endswith(cue[:-1])
    if cue.startswith("+"):
        return title.startswith(cue[1:], end)
    return cue in rest


@functools.lru_cache(maxsize=1)
def spaced() -> dict[str, tuple[Part, str]]:
    """headwords.toml keys written with a space ('โมโต จีพี' MotoGP): a Latin name transliterated word by
    word, which the word cutter would split at the space into fragments that mean something else."""
    return {k: v for k, v in headwords().items() if " " in k}


@functools.lru_cache(maxsize=1)
def agents() -> dict[str, str]:
    """headwords.toml [agent]: nouns that may be a headline's subject, with their English."""
    return {k: str(v) for k, v in _headwords_toml().get("agent", {}).items()}


@functools.lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    """headwords.toml [light]: verbs that yield to the verb glued after them."""
    return frozenset(_headwords_toml().get("light", {}))


@functools.lru_cache(maxsize=1)
def _trie() -> object:
    """The analyzer's word list plus every glossary key, in the analyzer's fast trie shape. The word list's prefixes
    are the analyzer's (scan.word_set: read from the user's cache dir, or searched in the sorted words until built),
    the keys' are made here: making the prefixes of all 70,000 words was ~0.2 s of every launch's first gist."""
    from briefing.thai.scan import WordSet, dictionary, stems_of, word_set

    keys = set(headwords())
    for table in glossary().values():
        keys.update(k for k in table if THAI_LETTER.search(k) and " " not in k)
    return WordSet(dictionary() | keys, _Stems(word_set(), stems_of(frozenset(keys))))


class _Stems:
    """stems_of(the word list | keys): a word list's prefixes or the keys' (a prefix of a word of either)."""

    __slots__ = ("_keys", "_words")

    def __init__(self, words: WordSet, keys: frozenset[str]) -> None:
        self._words = words
        self._keys = keys

    def __contains__(self, piece: object) -> bool:
        return piece in self._keys or piece in self._words.stems


@functools.lru_cache(maxsize=4096)
def _cut(text: str) -> tuple[str, ...]:
    from pythainlp.tokenize import word_tokenize

    pieces = list(word_tokenize(text, custom_dict=_trie(), engine="newmm", keep_whitespace=True))  # type: ignore[arg-type]
    return tuple(_mend(_glue_latin(pieces)))


_LATIN_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.]*")


def _glue_latin(pieces: list[str]) -> list[str]:
    """newmm cuts '5G' into '5|G' and 'PM2.5' into 'PM|2.5': digits and Latin letters written together
    are one name ('promotes G in industry' lost the 5)."""
    out: list[str] = []
    for piece in pieces:
        last = out[-1] if out else ""
        if (last and _LATIN_RUN.fullmatch(last) and _LATIN_RUN.fullmatch(piece) and last[-1].isalnum()
                and last[-1].isdigit() != piece[0].isdigit()):
            out[-1] = last + piece
            continue
        out.append(piece)
    return out


def _mend(pieces: list[str]) -> list[str]:
    """A fragment (no word, or two letters the glossary lacks), glued to the next piece, is moved back into a glossed word when
    the rest of that piece is still a word: 'เส|นอกรอบ|เจรจา' (a fragment and 'off-round') is
    'เสนอ|กรอบ|เจรจา' (propose a negotiating framework). newmm breaks such ties either way."""
    from briefing.thai.scan import dictionary

    words_ = dictionary()
    table = headwords()
    out = list(pieces)
    for i in range(len(out) - 1):
        piece, after = out[i], out[i + 1]
        if (not THAI_LETTER.search(piece) or piece in table or not THAI_LETTER.search(after)
                or (piece in words_ and len(piece) > 2)):
            continue  # a piece of two letters the glossary lacks is mostly a fragment, dictionary or not ('เส')
        for k in range(1, len(after)):
            if piece + after[:k] in table and (after[k:] in words_ or after[k:] in table):
                out[i], out[i + 1] = piece + after[:k], after[k:]
                break
    for i in range(len(out) - 1):
        # 'ปรับ|ตัวรับ', 'ผู้เดิน|ทางผ่าน': newmm's tie left an unglossed piece; when a few of its letters
        # close the glossed word before it and the rest is glossed too ('ปรับตัว|รับ' adapt to,
        # 'ผู้เดินทาง|ผ่าน' travellers through), both halves are read instead of neither
        piece, after = out[i], out[i + 1]
        if after in table or not THAI_LETTER.search(piece) or not THAI_LETTER.search(after):
            continue
        for k in range(1, min(4, len(after) - 1)):
            if piece + after[:k] in table and after[k:] in table:
                out[i], out[i + 1] = piece + after[:k], after[k:]
                break
    return _nominaliser(out, table)


def _nominaliser(pieces: list[str], table: dict[str, tuple[Part, str]]) -> list[str]:
    """'แนว|ทางการ|แก้ไขปัญหา' is 'แนวทาง|การ|แก้ไขปัญหา' (guidelines | to solve problems): before a verb 'การ' makes
    it a noun, and newmm's tie glued it to the word before ('ทางการ' official, 'งานการ', 'กรรมการ' committee), so the
    glossed word it came from was cut apart ('the official line to solve problems of debt guarantors'). Re-cut when
    the piece before and the piece's head make a glossed word and a glossed verb follows: 271 in 20,000 archive
    headlines holding 'การ' (แนวทาง 172, ทิศทาง 15, ช่องทาง 13, อุตสาหกรรม 11, กิจกรรม 9, รายงาน 8)."""
    out = list(pieces)
    i = 1
    while i < len(out) - 1:
        prev, piece, after = out[i - 1], out[i], out[i + 1]
        nxt = table.get(after)
        if (piece.endswith("การ") and piece != "การ" and THAI_LETTER.search(prev)
                and (prev + piece[:-3]) in table and nxt is not None and nxt[0] == "verb"):
            out[i - 1:i + 1] = [prev + piece[:-3], "การ"]
        i += 1
    return out


def words(title: str) -> list[Word]:
    """The headline's words in order, spaces left out, each with its glossary part if any."""
    return list(_words(title))


@functools.lru_cache(maxsize=1024)
def _words(title: str) -> tuple[Word, ...]:
    table = headwords()
    topics = glossary().get("topics", {})
    verbs = glossary().get("verbs", {})
    # a compound written with a space ('โมโต จีพี') is one word; the cutter reads the text around it
    whole = sorted(((m.start(), m.end(), key) for key in spaced() for m in re.finditer(re.escape(key), title)),
                   key=lambda x: (x[0], -x[1]))
    out: list[Word] = []
    pos = 0
    chunks: list[tuple[int, str, bool]] = []  # (offset, text, glossed whole)
    for start, end, key in whole:
        if start < pos:
            continue
        chunks += [(pos, title[pos:start], False), (start, key, True)]
        pos = end
    chunks.append((pos, title[pos:], False))
    for offset, text, compound in chunks:
        if compound:
            part, english = table[text]
            out.append(Word(text=text, start=offset, end=offset + len(text), part=part, english=english))
            continue
        cursor = 0
        for piece in _cut(text) if text else ():
            found = text.find(piece, cursor)
            if found < 0:
                continue
            cursor = found + len(piece)
            if not piece.strip():
                continue
            start = offset + found
            entry = table.get(piece)
            if entry is None and piece in topics and THAI_LETTER.search(piece):
                entry = ("noun", topics[piece].removeprefix("the "))  # 'ปัญญาประดิษฐ์': a glossary topic is a noun
            if entry is None and piece in verbs and THAI_LETTER.search(piece):
                # 'หารือ', 'เฝ้าระวัง': a glossary.toml [verbs] phrase is a verb inside the object too, so the verb
                # before it takes no object of its ('leads the team to travel', not '... travel peace guidelines')
                entry = ("verb", base_form(verbs[piece]))
            if entry is None and len(piece) >= 4 and (country := _countries().get(piece)):
                # 'หารือ ทูตสวีเดน' (details of bench/gists19 g10): a country the analysis did not name is still the
                # country; left unread, 'holds talks with the envoy' lost Sweden
                entry = ("noun", country)
            meaning = sense_of(piece, entry[1], title, start, start + len(piece)) if entry else None
            out.append(Word(text=piece, start=start, end=start + len(piece), part=entry[0] if entry else None,
                            english=meaning))
    return tuple(_ordinals(title, _anniversaries(title, _honorific(title, out))))


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Thai names of countries (briefing/data/countries.toml, its sources cited there) -> their usual English names."""
    from briefing.thai.gazetteer import data_toml

    names: dict[str, str] = {}
    for block in data_toml("countries.toml").get("country", []):
        for thai in [block["th"], *block.get("aliases", [])]:
            if THAI_LETTER.search(thai):
                names.setdefault(thai, block.get("short_en") or block["en"])
    return names


_STEP_INTO = frozenset({"ก้าว", "เข้า", "สู่", "ก้าวสู่", "เข้าสู่", "ก้าวเข้า", "ก้าวเข้าสู่", "ย่างเข้า", "ย่างเข้าสู่"})
"""Words of stepping into a year ('ก้าวสู่ปีที่ 46', 'ก้าวเข้าปีที่ 4'), said whole by the year they lead to."""


def _anniversaries(title: str, ws: list[Word]) -> list[Word]:
    """'ครบรอบ 82 ปี', 'ครบรอบปีที่ 65' (the 82nd, 65th anniversary) and 'ก้าวสู่ปีที่ 46' (its 46th year): one noun,
    the ordinal spelt out. Word by word the number was dropped and the step read as a noun: 'ร่วมยินดี นสพ.แนวหน้า
    ก้าวสู่ปีที่ 46' (details/94618) read 'congratulates the step towards year', 'จัดงานสถาปนาครบรอบ 82 ปี'
    (details/46130) lost which anniversary. About 490 store headlines step into a year; ครบรอบ N ปี is in ~1,300."""
    from briefing.summary.english import ordinal_word

    def number(k: int) -> int:
        digits = ws[k].text.translate(_THAI_DIGITS) if k < len(ws) else ""
        return int(digits) if digits.isdigit() else 0

    def is_(k: int, text: str) -> bool:
        return k < len(ws) and ws[k].text == text

    out: list[Word] = []
    i = 0
    while i < len(ws):
        w = ws[i]
        if w.text == "ครบรอบ":
            # 'ครบรอบ|82|ปี' or 'ครบรอบ|ปี|ที่|65'
            if (n := number(i + 1)) and is_(i + 2, "ปี"):
                end, kind = i + 3, "anniversary"
            elif is_(i + 1, "ปี") and is_(i + 2, "ที่") and (n := number(i + 3)):
                end, kind = i + 4, "anniversary"
            else:
                end = 0
        else:
            j = i
            while j < len(ws) and ws[j].text in _STEP_INTO:
                j += 1
            n = number(j + 2) if j > i and is_(j, "ปี") and is_(j + 1, "ที่") else 0
            end, kind = (j + 3, "year") if n else (0, "")
        if end and (spelt := ordinal_word(n)):
            out.append(Word(text=title[w.start:ws[end - 1].end], start=w.start, end=ws[end - 1].end, part="noun",
                            english=f"{spelt} {kind}"))
            i = end
            continue
        out.append(w)
        i += 1
    return out


_ORDINAL_NOUNS = frozenset({"ไตรมาส", "ฉบับ", "รุ่น", "รอบ", "ชุด", "เฟส", "ปี", "อันดับ", "ตอน"})
"""Nouns a 'ที่ N' after them makes ordinal ('ไตรมาสที่ 2' the second quarter, 'ปีที่ 3' the third year)."""
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def _ordinals(title: str, ws: list[Word]) -> list[Word]:
    """'ไตรมาส|ที่|2', 'การประชุม|ครั้ง|ที่|5': 'ที่ N' after a noun of order is an ordinal modifier ('second'),
    which English puts before its noun ('second quarter GDP'). Left unread, 'ที่' and the digit were dropped
    ('Thai economy improves quarter GDP' for 'GDP ไตรมาสที่ 2', details/99843). Only after a glossed noun: 'ครั้งที่ 1',
    'ระยะที่ 3' count the whole event or phase named before them, which the gist cannot bound ('eats the first field' for
    'กินลั่นทุ่ง ครั้งที่ 1', details/63756). Only 1 to 20, as ordinals_to_words spells them."""
    from briefing.summary.english import ORDINAL_WORDS

    out: list[Word] = []
    i = 0
    while i < len(ws):
        w = ws[i]
        digits = ws[i + 1].text.translate(_THAI_DIGITS) if i + 1 < len(ws) else ""
        prev = out[-1] if out else None
        if (w.text == "ที่" and prev is not None and prev.text in _ORDINAL_NOUNS and prev.english
                and not title[prev.end:w.start].strip()
                and digits.isdigit() and 0 < int(digits) < len(ORDINAL_WORDS)):
            start, end = w.start, ws[i + 1].end
            out.append(Word(text=title[start:end], start=start, end=end,
                            part="modifier", english=ORDINAL_WORDS[int(digits)]))
            i += 2
            continue
        if (w.text == "คน" and prev is not None and _named_post(prev) and i + 2 < len(ws) and ws[i + 1].text == "ที่"
                and ws[i + 2].text.translate(_THAI_DIGITS).isdigit()):
            # 'นายกรัฐมนตรีคนที่ 32', 'จุฬาราชมนตรี คนที่ 19': the Nth holder of a post, read 'people' (คน) before
            # ('receives ... as people Prime Minister'); the count is left out with its 'คน' (not after 'หมอ',
            # doctors: 'อสม. หมอคนที่ 1', the first doctor, a slogan)
            start, end = w.start, ws[i + 2].end
            out.append(Word(text=title[start:end], start=start, end=end, part="function", english=""))
            i += 3
            continue
        out.append(w)
        i += 1
    return out


def _named_post(word: Word) -> bool:
    """A post, office or ministry named with a capital ('the Prime Minister', 'the Chularatchamontri', 'Interior')."""
    english = (word.english or "").removeprefix("the ")
    return word.part == "noun" and english[:1].isupper()


_ROYAL_BEFORE = ("สมเด็จ", "ทรง", "เสด็จ")
_PREPOSITIONS = ("ที่", "ใน", "จาก", "และ", "กับ", "ของ", "แห่ง")
_MONK_NOUNS = ("นักเทศน์", "วิทยากร", "นักพัฒนา", "อาจารย์", "ธรรมทูต", "นวกะ")
"""Words after which a glued 'พระ' still names monks ('พระนักเทศน์': preaching monks)."""


def _honorific(title: str, ws: list[Word]) -> list[Word]:
    """'พระ' glued inside a royal or sacred name ('สมเด็จ|พระ|นเรศวร', 'พระ|บูร|พ', 'พระ|มหา|เจดีย์'): an honorific,
    no monk. Read as 'monk' it made 'carries in procession the monk His Majesty royal statue', 'plants great monk
    area trees'; unread, the name is a gap like any other unread name. 'พระ' alone, before a count ('พระ 99 รูป') or
    before a word for people ('พระนักเทศน์') stays a monk."""
    out = list(ws)
    for i, w in enumerate(out):
        if w.text != "พระ" or w.part != "noun":
            continue
        prev = out[i - 1] if i else None
        nxt = out[i + 1] if i + 1 < len(out) else None
        after_royal = prev is not None and prev.end == w.start and prev.text.endswith(_ROYAL_BEFORE)
        glued = nxt is not None and nxt.start == w.end and THAI_LETTER.search(nxt.text) is not None \
            and nxt.part != "function" and nxt.text not in stopwords() \
            and not nxt.text.startswith(_PREPOSITIONS)  # 'กราบนมัสการพระ|ที่วัด...': the monks at the temple
        people = glued and nxt is not None and nxt.part == "noun" and (nxt.text in agents() or nxt.text in _MONK_NOUNS)
        if after_royal or (glued and not people):
            out[i] = Word(text=w.text, start=w.start, end=w.end, part=None, english=None)
    return out


@functools.lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    from pythainlp.corpus import thai_stopwords

    return frozenset(thai_stopwords())


def is_content(word: Word) -> bool:
    """A Thai word that says something: not a function word (PyThaiNLP's stopwords), not punctuation."""
    return bool(THAI_LETTER.search(word.text)) and word.text not in stopwords() and len(word.text) > 1


LY_VERBS = frozenset({"apply", "supply", "rely", "fly", "reply", "multiply", "comply", "ally", "rally", "bully"})
"""Verbs ending in '-ly' that are no adverb: 'apply for' -> 'applies for' (read as an adverb, 'apply fors': 2 of 450
archive gists, seeds 1601 and 1602, details/60073 and 50370)."""


def third_person(verb: str) -> str:
    """'support' -> 'supports', 'press ahead with' -> 'presses ahead with', 'be pleased with' ->
    'is pleased with', 'carry out' -> 'carries out'."""
    head, _, rest = verb.partition(" ")
    if head.endswith("ly") and head not in LY_VERBS:
        return f"{head} {third_person(rest)}" if rest else head  # 'gradually release' -> 'gradually releases'
    irregular = {"be": "is", "have": "has", "do": "does", "go": "goes"}
    if head in irregular:
        head = irregular[head]
    elif re.search(r"[^aeiou]y$", head):
        head = head[:-1] + "ies"
    elif re.search(r"(?:s|sh|ch|x|z|o)$", head):
        head += "es"
    else:
        head += "s"
    return f"{head} {rest}".strip()


def base_form(phrase: str) -> str:
    """The verb a phrase opens with back in its base form: 'helps the victims' -> 'help the victims',
    'carries out' -> 'carry out', 'is' -> 'be' (the inverse of third_person)."""
    head, _, rest = phrase.partition(" ")
    if head.endswith("ly") and head not in LY_VERBS and rest:
        return f"{head} {base_form(rest)}"  # 'humbly follows' -> 'humbly follow': the verb after the adverb
    irregular = {"is": "be", "has": "have", "does": "do", "goes": "go", "focuses": "focus"}  # not 'focuse'
    if head in irregular:
        head = irregular[head]
    elif re.search(r"[^aeiou]ies$", head):
        head = head[:-3] + "y"
    elif re.search(r"(?:sses|shes|ches|xes|zzes|oes)$", head):
        head = head[:-2]  # 'buzzes' -> 'buzz'; 'seizes' -> 'seize' below, not 'seiz'
    elif head.endswith("s") and not head.endswith("ss"):
        head = head[:-1]
    return f"{head} {rest}".strip()
