"""The headline's object phrase after its verb, in English word order (`object_of`).

The headline's words after the verb are read one at a time by `_ObjectReader`, in stages: where the
phrase ends (a space closing a clause, a new subject, a figure, a negation), names (people, bodies,
places: a place ends the phrase, the gist says where separately), figures, modifiers that qualify no
noun, then each word by its part: nouns and modifiers join the current noun group, a second verb or a
connecting word starts the next group ('the project to solve problems of macaques'), a Latin name is
kept whole. `first_gap` finds a Thai word the glossary cannot read, which the callers cut the phrase
before (`clean_cut`); `not_its_object` says when what follows the verb belongs to another verb.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from briefing.model import Analysis, Entity
from briefing.summary.check import THAI, check_numbers
from briefing.summary.english import glossary
from briefing.summary.facts import READABLE, abbreviation, english_name, safe_english
from briefing.summary.grammar import (
    BARE,
    GOVERNS,
    group_english,
    ing_form,
    once,
    plural,
    repeats,
    with_article,
)
from briefing.summary.verbs import NEGATIONS, Verb, inside, verbs_of
from briefing.summary.words import Word, agents, is_content, words

OBJECT_WORDS = 8
"""At most this many English words of the headline's object phrase go into the gist."""
_PLACE_NOUNS = {"province", "district", "sub-district", "city", "village", "country"}


def object_of(analysis: Analysis, verb: Verb | None, stop: int | None = None,
              joins: int = 1) -> tuple[str, int, int]:
    """The headline's object phrase after its verb, in English, with its span in the headline.

    Nouns and modifiers (headwords.toml, names the analyzer found, Latin-script words) form noun groups
    put in English order; a connecting word ('ด้าน' on, 'และ' and, 'เพื่อ' to) or a second verb joins
    the next group ('project to solve problems of macaques'; at most `joins` of them); the phrase ends at the space that closes
    the clause, at a place name (the gist says where separately), or at OBJECT_WORDS words. Unglossed
    Thai words, figures and dates are left out rather than romanised."""
    reader = _ObjectReader(analysis, verb, stop, joins)
    for w in words(analysis.title):
        if w.start < reader.begin:
            continue
        if reader.read(w) is _END:
            break
    return reader.phrase()


_NEGATED_QUALITIES = {"ไม่ได้มาตรฐาน": "substandard", "ไม่ปลอดภัย": "unsafe"}
"""Negated qualities glued after a noun that English says in one word before it ('สินค้าไม่ได้มาตรฐาน' substandard
goods: 43 archive headlines hold ไม่ได้มาตรฐาน). 'ไม่เป็นธรรม', 'ไม่เหมาะสม' are not: after a verb and its noun they
often say how ('ใช้แรงงานไม่เป็นธรรม' uses labour unfairly, not 'uses unfair workers')."""

_QUALIFYING_NEGATIONS = frozenset({"ไม่", "ไม่ได้"})
"""Negations that, glued after a noun and before a quality, say which ones ('สินค้าไม่ได้มาตรฐาน')."""

_NEXT = "next"
"""A stage's answer: the word is read (taken or skipped); go on to the next word."""
_END = "end"
_PER_UNITS = frozenset({"ปี", "เดือน", "วัน", "คน", "ราย", "ครั้ง", "ชั่วโมง", "ลิตร", "กก.", "กิโลกรัม", "ไร่", "ตัว", "ตัน"})
"""After '/' these make a rate ('บาท/ปี' per year, 'บาท/ลิตร' per litre; 151 store headlines), not a listed noun."""
"""A stage's answer: the phrase ends before this word."""
_Step = str | None
"""_NEXT, _END, or None: this stage has nothing to say of the word and the next stage reads it."""

_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9&.’'\-]*(?: [A-Za-z0-9][A-Za-z0-9&.’'\-]*)*")


@dataclass(slots=True, frozen=True)
class _Around:
    """What stands before the word being read: the spaces (`gap`) and the word before it."""

    gap: str
    after_noun: bool
    after_unknown: bool  # right after a content word the glossary cannot read
    after_particle: bool  # after 'ได้', 'อย่าง'...: a modifier says how, not what kind
    after_dash: bool
    prev_part: str | None
    prev_text: str
    every: bool  # right after 'ทุก' (every)
    latin_here: bool
    after_abbreviation: bool  # after 'ฯ' and a space, one phrase goes on
    listed: bool  # one more item of a list Thai writes with spaces


class _ObjectReader:
    """`object_of`'s reading of the headline, one word at a time: the phrase so far (`parts`, joined by
    their `joiner`s, and the noun `group` being built) and what the words before left behind."""

    def __init__(self, analysis: Analysis, verb: Verb | None, stop: int | None, joins: int) -> None:
        self.analysis = analysis
        self.title = analysis.title
        self.verb = verb
        self.stop = stop
        self.joins = joins
        self.begin = verb.end if verb else 0
        self.names = [e for e in analysis.entities + analysis.references
                      if e.field == "title" and e.type in ("person", "organisation", "place") and e.end > self.begin
                      and (e.type != "organisation" or e.english or verb is None)]  # after a verb, a body with no
        # English name is read word by word ('คณะกรรมาธิการว่าด้วยการป้องกันอาชญากรรม...': the committee on crime prevention)
        self.numbers = [(f.start, f.end) for f in analysis.figures if f.field == "title"]
        self.numbers += [(d.start, d.end) for d in analysis.dates if d.field == "title"]
        self.latin_runs = [(m.start(), m.end(), m.group(0).strip(" .-")) for m in _LATIN_RUN.finditer(self.title)]
        self.titles = _quoted_titles(self.title)
        self.parts: list[str] = []
        self.group: list[str] = []
        self.modifiers: list[str] = []  # the group's words that came from [modifier] entries
        self.joiner: str | None = None
        self.first = self.last = self.begin
        self.count = 0
        self.pos = self.begin
        self.last_name: Entity | None = None
        self.prev_word: Word | None = None
        self.figure_seen = False
        self.used_names: set[int] = set()
        self.used_runs: list[tuple[int, int, str]] = []
        self.verb_joins = 0
        self.together = False
        self.gerund = False
        self.whose_end = -1  # where a country that says whose post it is ends ('the Prime Minister of Japan')
        self.changing = ""  # the preposition of a change ('the exemption from') whose object is not read yet
        self.country_end: int | None = None  # where the last country the phrase names ends
        self.country = ""  # and its English
        self.counted = ""  # the count the phrase opens with ('7 measures'), put before its noun group

    # --- the stages, in the order `read` asks them ------------------------------------------------

    def read(self, w: Word) -> _Step:
        """Read one word of the headline: _END when the phrase ends before it."""
        if self.stop is not None and w.end > self.stop:
            return _END
        if (step := self._read_quoted(w)) is not None:
            return step
        around = self._look_around(w)
        for stage in (self._space_ends_clause, self._list_separators, self._next_clause_starts):
            if (step := stage(w, around)) is not None:
                return step
        name = next((e for e in self.names if e.start <= w.start < e.end), None)
        if name is not None:
            return self._read_name(name)
        if self._in_number(w.start):
            return self._read_counted(w) or self._read_figure(w)
        if self.changing and not self.group and w.part is None and is_content(w):
            return _END  # 'ยกเว้นค่าธรรมเนียม(unread)โรงแรม': exempt from what is not read; not 'the exemption from hotels'
        if self._says_nothing_of_a_noun(w, around):
            return _NEXT
        step = self._read_by_part(w, around)
        if step is not None:
            return step
        return _END if self.count >= OBJECT_WORDS else _NEXT

    def _read_quoted(self, w: Word) -> _Step:
        """A word of a quoted title: the end of a quoted name ends the phrase; a quoted Thai title the
        glossary cannot read whole gives only its Latin name."""
        if w.text in _CLOSING and (self.parts or self.group) and any(q[1] == w.end for q in self.titles):
            return _END  # '“โมโต จีพี” สนามที่ 18': what follows a quoted name is said of it, another phrase
        if w.text in _CLOSING and not (self.parts or self.group) and any(
                q[1] == w.end and q[3] == "" and not self.title[self.begin:q[0]].strip() for q in self.titles):
            # 'สานต่อ “โครงการลดคลอดก่อนกำหนด” สร้างโอกาส...ให้แม่และเด็ก' (bench/gists17 g01): the object is the quoted
            # title the gist leaves out; the nouns after it are the next clause's, and read as the object they said
            # what was not done ('continues the mother new life opportunity and Thai children'): the title's head noun
            # alone, when the glossary reads it ('continues the project'), else no object
            left = next(q for q in self.titles if q[1] == w.end)
            head = next((x for x in words(self.title) if left[0] < x.start and x.end < left[1] and x.text.strip()), None)
            if head is not None and head.part == "noun" and head.english and " " not in head.english:
                self.group.append(head.english)
                self.count += 1
                self.first, self.last = head.start, w.end
            return _END
        quoted = next((q for q in self.titles if self.begin <= q[0] < w.start < q[1]), None)  # a quoted clause holding
        # the verb itself ('"เปิดท่าเรือ..."') is read as the headline's own words
        if quoted is None or quoted[2]:
            return None
        if quoted[3] is not None and not quoted[4] and self._names_inside(quoted):
            return None  # '“วราวุธ”', '"กรมส่งเสริมการปกครองท้องถิ่น-กรมที่ดิน"': names the analysis knows are read as such
        if quoted[3] and quoted[3] not in self.group:
            # '“คนละครึ่ง”': a name the glossary cannot read, romanised; after its head noun ('โครงการ') it
            # qualifies it in English order ('the "Khonlakhrueng" project'); after 'ให้' it is whom the thing goes
            # to ('ส่งกำลังใจให้ “โปรเหมียว”': sends morale to "Promiao", not 'the "Promiao" morale')
            before = [x for x in words(self.title) if x.end <= quoted[0] and x.text.strip()]
            if before and before[-1].text in ("ให้", "แก่") and self.group and not self.title[before[-1].end:quoted[0]].strip():
                self._flush(final=True)
                self.joiner = "to"
            self.group.append(quoted[3])
            self.count += len(quoted[3].split())
            self.last = quoted[1]
        # '“ชีวิตหลังการใช้ PDPA”': a quoted Thai title the glossary cannot read whole is not read word by
        # word ('the life panel discussion to use PDPA'); its Latin name says what it is about
        if re.match(r"[A-Za-z]", w.text) and (run := self._latin_run(w)) and run not in self.used_runs:
            self.used_runs.append(run)
            if latin := safe_english(run[2], self.analysis):
                if self.group or self.parts:
                    self._flush(final=True)
                    self.joiner = "on"
                self.group.append(latin)
                self.count += len(latin.split())
                self.last = run[1]
        self.pos = w.end
        return _NEXT

    def _names_inside(self, quoted: tuple[int, int, bool, str | None, bool]) -> bool:
        return any(quoted[0] < e.end and e.start < quoted[1] for e in self.names)

    def _look_around(self, w: Word) -> _Around:
        """What stands before `w`, then `w` becomes the word before the next."""
        title, prev = self.title, self.prev_word
        gap = title[self.pos:w.start]
        self.pos = w.end
        if self.gerund and (gap or w.part != "verb"):
            self.gerund = False  # the nominalised run has ended; its nouns follow
        self.prev_word = w
        before = title[:max(w.start - len(gap), 0)]
        latin_here = bool(re.match(r"[A-Za-z0-9“”\"'‘’]", w.text)) or bool(re.search(r"[A-Za-z0-9“”\"'‘’]$", before))
        and_before = self.joiner == "and" and not self.group and bool(self.parts)  # 'ห้องผู้ป่วย ICU และ โรงพยาบาลสนาม'
        listed = ((self.count >= 2 or self.count == 1 and _spaced_list_ahead(title, w.start)
                   and not (self.group and self.group[-1].lower().removeprefix("the ") in _APPOSED_HEADS))
                  and bool(gap) and not gap.strip() and not latin_here
                  and _list_item(title, w, self.last, and_before) and (bool(self.group) or and_before)
                  and not self._in_number(w.start)
                  and not any(e.start <= w.start < e.end for e in self.names)
                  and not (self.last_name is not None and self.last == self.last_name.end))  # a body's name goes on after spaces
        return _Around(
            gap=gap,
            after_noun=not gap and prev is not None and prev.part == "noun",
            after_unknown=(not gap and prev is not None and prev.part is None and is_content(prev)
                           and not self._in_number(prev.start)),
            after_particle=prev is not None and not prev.english and prev.text in _ADVERBIAL,
            after_dash=prev is not None and prev.text in ("-", "–", "/") and not gap.strip(),
            prev_part=prev.part if prev is not None else None,
            prev_text=prev.text if prev is not None else "",
            every=prev is not None and prev.text == "ทุก" and not gap,  # 'ทุกจังหวัด': all provinces
            latin_here=latin_here,
            # Thai writes a space after the abbreviation mark: 'ข้อสังเกตสภาฯ แนวทาง...' is one phrase, the next
            # group what it is about ('parliament observations on guidelines to manage kratom')
            after_abbreviation=before.endswith("ฯ") and w.part == "noun" and bool(self.group) and not self.parts,
            listed=listed,
        )

    def _post_then_place(self, w: Word) -> bool:
        """'นายกฯ ญี่ปุ่น': a place right after a post may say whose post it is (`_whose_post` decides)."""
        country = next((e for e in self.names if e.type == "place" and e.start == w.start), None)
        return country is not None and bool(self.group) and self.group[-1].lower().removeprefix("the ") in _posts()

    def _space_ends_clause(self, w: Word, a: _Around) -> _Step:
        if self._post_then_place(w):
            return None  # 'นายกฯ ญี่ปุ่น': the country says whose post it is (`_whose_post`)
        if self.counted and not self.parts and not self.verb_joins and w.part == "verb" and w.english \
                and w.text not in glossary().get("sayings", {}):
            return None  # 'ประกาศ 7 มาตรการ ช่วยผู้ประสบภัย': a verb after the counted noun is their purpose ('to help')
        if (self.count >= 2 and a.gap and a.gap.strip() == "" and not a.latin_here and not a.after_abbreviation
                and not a.listed):
            return _END  # a space between Thai words after a phrase of two words or more closes the clause
        return None

    def _list_separators(self, w: Word, a: _Around) -> _Step:
        """A dash, a space in a list, or a space after 'ฯ' between two noun groups: the next group begins."""
        if a.after_dash and a.prev_text == "/" and w.text in _PER_UNITS:
            return _END  # '110 ล้านบาท/ปี': a rate (per year) belongs to its figure; listed it read 'Thai massage and year'
        if a.after_dash and self.group and w.part == "noun" and w.english and not a.latin_here:
            self._flush()  # 'ปฏิทิน-หนังสือเก่า': a dash between Thai nouns lists them ('calendars and old books')
            self.joiner = "and"
        if a.listed and self.group:
            self._flush()  # 'ด้านสิ่งแวดล้อม สังคม ธรรมาภิบาล': a lone noun after a space is the list's next item
            self.joiner = "and"
            self.count += 1
        if a.after_abbreviation and a.gap and not a.gap.strip() and not self._post_then_place(w):
            # (not 'ต้อนรับนายกฯ มาเลเซีย', details/51879: the country after the abbreviated post says whose post it
            # is; flushed here, 'welcomes the Prime Minister' lost it, and the country ended the phrase)
            self._flush()
            self.joiner = "on"
        return None

    def _next_clause_starts(self, w: Word, a: _Around) -> _Step:
        """A subject noun or a new subject after a figure, or a negation: the phrase ends before it."""
        spaced = bool(a.gap) and not a.gap.strip()
        if spaced and (self.parts or self.group) and w.text in agents():
            return _END  # 'ค้ำเงินกู้ได้ รัฐบาลย้ำ...': a subject noun after a space starts the next clause
        if self.figure_seen and spaced and w.part != "verb" and not self._in_number(w.start):
            return _END  # 'ขยายตัวร้อยละ 2.8 สศช.พร้อมปรับ...': after a figure a new subject starts another clause
        if w.text in NEGATIONS and not w.english:
            if not a.gap and self.group and a.prev_part == "noun" and w.text in _QUALIFYING_NEGATIONS \
                    and self._quality_after(w):
                # 'ทำลายสินค้าไม่ได้มาตรฐาน', 'ใช้แรงงานไม่เป็นธรรม' (details/42359, 63091; gists15 g10): a negation
                # glued to the noun says which ones (goods not up to standard); the noun alone said the opposite
                # ('destroys goods', 'uses workers'). A quality English has one word for qualifies the noun and
                # closes its phrase ('substandard goods'); any other goes with its noun, and a purpose verb left with
                # no object goes with them. Only a negated quality (a modifier) says which ones: a verb after the
                # negation makes the noun its subject ('แผ่นดินไหวไม่กระทบ', the earthquake does not affect; 'นักกอล์ฟ
                # ไม่ไหว', golfers who cannot cope), 'ไม่ให้' says what for ('ดูแลราคาหน้ากากอนามัยไม่ให้แพง'), 'ไม่มี'
                # is without: the noun stays (gists6 g04, gists3 g03, details/63193)
                quality = next((english for thai, english in _NEGATED_QUALITIES.items()
                                if self.title.startswith(thai, w.start)), None)
                if quality is not None:
                    self.group.append(quality)
                    self.modifiers.append(quality)
                else:
                    self.group, self.modifiers, self.joiner = [], [], None
            return _END  # 'ทีม ไม่มีพรมแดน': a gist that drops the 'not' says the opposite; it ends before it
        return None

    def _quality_after(self, w: Word) -> bool:
        """Whether the word right after the negation `w` is a quality the glossary reads as a modifier ('ไม่|ได้มาตรฐาน',
        'ไม่|เป็นธรรม'), not a verb, an auxiliary or a word it cannot read ('ไม่|กระทบ', 'ไม่|ให้', 'ไม่|ไหว')."""
        after = next((x for x in words(self.title) if x.start >= w.end and x.text.strip()), None)
        return after is not None and after.start == w.end and after.part == "modifier"

    def _read_name(self, name: Entity) -> _Step:
        """A person, body or place the analyzer found (read once, at its first word)."""
        if id(name) in self.used_names:
            return _NEXT
        self.used_names.add(id(name))
        if (name.type == "person" and (self.parts or self.group) and self.joiner is None
                and _verb_follows(self.title, name.end)):
            return _END  # '...SME ด้ามขวาน "เอกนัฏ" นำ...': a person then a verb is the next clause's subject
        if name.type == "place":
            return self._read_place(name)
        label = safe_english(english_name(name), self.analysis)
        if name.type == "organisation" and label:
            label = abbreviation(label)  # in the object an acronym reads best ('APEC', 'FTI')
        if label and READABLE.search(label):
            if (self.group and self.last_name is not None
                    and self.title[self.last_name.end:name.start].strip(" ,-–") == ""):
                self._flush()  # 'พณ. มท.', 'อุตุฯ-ปณท': two bodies side by side are a list, not one name
                self.joiner = "and"
                self.count += 1
            self.group.append(label)
            self.count += len(label.split())
            self.first = self.first if (self.parts or len(self.group) > 1) else name.start
            self.last = name.end
            self.last_name = name
        return _NEXT

    def _read_place(self, name: Entity) -> _Step:
        """A place ends the phrase (the gist says where separately), unless it is the road built or one
        more of the countries the phrase lists."""
        if self._lists_another_country(name):
            return _NEXT
        if self._whose_post(name):
            return _NEXT
        if self.joiner and self.joiner.startswith("to ") and not self.group and ROUTE.match(name.text) \
                and (label := safe_english(english_name(name), self.analysis)) and READABLE.search(label):
            self.group.append(label)  # 'ก่อสร้างขยายทางหลวงหมายเลข 3423': the road built is the thing, no where
            self.count += len(label.split())
            self.last = name.end
            return _NEXT
        if self.group and self.group[-1] in _PLACE_NOUNS:
            self.group.pop()  # 'จังหวัดเชียงใหม่': the province is in the place's name
        if self.parts and self.group in (["area"], ["areas"]):
            self.group, self.joiner = [], None  # 'ในพื้นที่จังหวัดนราธิวาส': 'in area' says nothing the place does not
        return _END if self.parts or self.group else _NEXT

    def _read_counted(self, w: Word) -> _Step:
        """'ประกาศ 7 มาตรการ ช่วย...': a count of measures, guidelines or projects right after the verb is the thing
        acted on ('announces 7 measures to help ...'); skipped like any figure, the words after it were read as the
        object ('announces natural disaster victims')."""
        if self.parts or self.group or self.joiner or w.part != "noun" or not w.english or w.text not in _COUNTED:
            return None
        figure = next((f for f in self.analysis.figures if f.field == "title" and f.start < w.start < f.end
                       and f.kind == "count"), None)
        if figure is None or figure.value != int(figure.value) or not 2 <= figure.value <= 99 or figure.qualifier:
            return None
        if self.title[self.begin:figure.start].strip():
            return None  # the count is not the first thing after the verb ('ครบทั้ง 10 ประเด็น')
        self.counted = str(int(figure.value))
        self.group.append(plural(w.english))
        self.count += 2
        self.first, self.last = figure.start, max(w.end, figure.end)
        return _NEXT

    def _read_figure(self, w: Word) -> _Step:
        """A figure or a date is left out (the gist gives its key figure apart), unless it counts the
        noun's own parts."""
        figure = next((f for f in self.analysis.figures if f.field == "title" and f.start == w.start), None)
        if (figure is not None and self.group and figure.unit in _COMPOUND_UNITS and figure.value == int(figure.value)
                and not self.title[self.last:figure.start].strip() and not figure.qualifier):
            # 'ถนน 4 เลน': a count of the noun's own parts qualifies it ('a 4-lane road')
            self.group.append(f"{int(figure.value)}-{_COMPOUND_UNITS[figure.unit]}")
            self.last = figure.end
        self.figure_seen = bool(self.parts or self.group or self.joiner)
        return _NEXT

    def _sum_skipped(self, pos: int) -> bool:
        """Whether a sum of money stands between the verb and `pos`, with nothing else read there ('อนุมัติงบกลางฯ กว่า
        5.2 พันล้านบาท ให้...', 'มอบเงินสนับสนุน 1 ล้านบาทให้...')."""
        return any(f.field == "title" and f.kind == "money" and self.begin <= f.start and f.end <= pos
                   for f in self.analysis.figures)

    def _says_nothing_of_a_noun(self, w: Word, a: _Around) -> bool:
        """A word that says what a figure measures, or a modifier that qualifies no noun: skipped."""
        if w.part in ("noun", "modifier") and w.english and self.group and _measures_next_figure(self.title, w, self.numbers):
            return True  # 'พันธบัตร วงเงิน 3.5 หมื่นล้าน': the word says what the figure measures (the gist's figure says it)
        verb = self.verb
        if (w.part == "modifier" and verb is not None and w.start == verb.end and not (self.parts or self.group)
                and self.title[w.end:w.end + 1] in ("", " ")):
            return True  # 'สั่งด่วน ผู้ว่าฯ': a modifier glued to the verb, then a space, says how it was done
        # 'แสงแรก': the first what? 'ประเทศได้สูงสุด': after 'ได้' it says how much, of no noun
        return w.part == "modifier" and (a.after_unknown or a.after_particle)

    def _read_by_part(self, w: Word, a: _Around) -> _Step:
        """The word by its part of speech; None when the phrase may go on (if it is not long enough yet)."""
        verb = self.verb
        if w.part in ("noun", "modifier") and w.english:
            return self._read_noun(w, w.english, a)
        if w.part == "verb" and w.english and (self.gerund or (a.prev_text == "การ" and not a.gap and not self.parts
                                                               and [g.lower() for g in self.group] in _ABOUT_NOUNS)):
            # 'ชี้แจงเรื่องการออกจำหน่ายบุหรี่': the matter of a nominalised act is that act ('explains the selling
            # of cigarettes'), not 'the matter to sell cigarettes'; the run's last verb names it
            self.group, self.modifiers = [f"{ing_form(w.english.split()[0])} of"], []
            self.gerund = True
            return _NEXT
        if w.part == "verb" and w.english:
            return self._read_verb(w, w.english, a)
        if w.text in ("ให้", "แก่", "ให้แก่", "ให้กับ") and not (self.parts or self.group or self.joiner) \
                and self._sum_skipped(w.start):
            # 'ครม. อนุมัติ 302.5 ล้านบาท ให้กรมธุรกิจพลังงาน เพื่อช่วยเหลือ...': a sum right after the verb, then 'ให้' and
            # a body, gives the body funds; the sum skipped as a figure (the gist gives it apart), the body was read as
            # what the cabinet approves and the body's task as the cabinet's own act ('Cabinet approves DOEB',
            # 'approves DOH and DRR and restores infrastructure'): the funds stand for the sum ('approves funds for DOEB')
            self.group = [FUNDS]
            self.count += 1
            self.first = self.begin
            self._flush(final=True)
            self.joiner = "for"  # (counted once: a space after 'ให้', 'ให้ พม.', must not close the phrase)
        elif w.text == "ให้" and not a.gap and self.group and a.prev_part == "noun" and _noun_next(self.title, w.end):
            # 'แก้กฎหมายให้อาคารที่พัก ประกอบธุรกิจ...': the law lets the buildings do what the next clause
            # says ('amends the law to let accommodation buildings run ...'; action_of adds that clause)
            self._flush(final=True)
            self.joiner = CAUSATIVE
            self.count += 2
        elif w.text == "ให้" and not a.gap and self.group and a.prev_part == "modifier" and _noun_next(self.title, w.end) \
                and not _verb_after_nouns(self.title, w.end):
            # 'สร้างโอกาสชีวิตใหม่ให้แม่และเด็กไทย' (bench/gists17 g01): after a qualified noun, 'ให้' and a noun with no verb
            # after it says for whom ('builds new life opportunities for mothers'); skipped, the noun joined the stack
            # ('builds the mother new life opportunity and Thai')
            self._flush(final=True)
            self.joiner = "for"
            self.count += 1
        elif (w.part == "function" and w.english == "with" and not (self.parts or self.group) and verb is not None
              and w.start == verb.end and not BARE.search(verb.english)):
            self.together = True  # 'พัฒนาร่วมกับกองทัพ': develops together with the armed forces, not 'develops armed forces'
        elif w.part == "function" and w.english and self.group and GOVERNS.search(self.group[-1]):
            return _NEXT  # 'ได้รับผลกระทบจากอุทกภัย': 'affected by' has its preposition; 'จาก' adds none
        elif w.part == "function" and w.english and self.changing and len(self.parts) == 1 and not self.group:
            return _END  # 'ลดค่าธรรมเนียม(figure)ของ...': the change's object was not read; 'approves the reduction' ends
        elif w.part == "function" and w.english and (self.parts or self.group):
            self._flush(final=True)  # 'กู้เงินด่วน กับ...': not 'the urgent with'; before a verb it may stay ('the first to')
            self.joiner = w.english
            if w.text in _TO_WHOM and self.verb is not None and self.verb.english.split()[0] in _GIVING and not self.parts[1:]:
                self.joiner = "to"  # 'มอบถุงยังชีพให้กับผู้ประสบภัย': what is given goes to them ('hands over relief bags to ...')
            self.count += 1
        elif (run := self._latin_run(w)) and run not in self.used_runs:
            self.used_runs.append(run)  # a Latin name of several words stays whole, in its own order
            kept = " ".join(x for x in run[2].split() if not check_numbers(x, self.analysis))
            latin = safe_english(kept, self.analysis) if kept else None
            if latin:
                self.group.append(latin)
                self.count += len(latin.split())
                self.last = run[1]
        return None

    def _read_noun(self, w: Word, english: str, a: _Around) -> _Step:
        """A glossed noun or modifier joins the noun group, unless it repeats what is said."""
        verb = self.verb
        if self.group and self.whose_end == self.last:
            return _END  # 'นายกฯ สิงคโปร์อย่างสมเกียรติ': the post and its country are whole ('honour Prime Minister of ...')
        if re.search(r"\d", english) and check_numbers(english, self.analysis):
            english = re.sub(r"[-‐]?\d+\b", "", english).strip()  # 'โควิด' alone: 'COVID', no '19'
        if not (self.parts or self.group) and verb is not None and repeats(english, [verb.english]) \
                and not repeats(english, [BARE.sub("", verb.english).split()[0]]):
            return _NEXT  # 'เตือนประชาชน...': 'warns the public about' names the public already
        if self.joiner and self.joiner.startswith("to ") and not self.group and repeats(english, [self.joiner]):
            return _NEXT  # 'เชิดชูเกียรติ': 'to honour', not 'to honour the honour'
        if repeats(english, [verb.english if verb else "", *self.parts, *self.group]):
            return _END  # 'เพจปลอม... เพจ': a noun said again starts another phrase ('the page fake page' reads as none)
        if a.every and w.part == "noun":
            english = f"all {plural(english)}" if not self.group else f"of all {plural(english)}"
        if w.part == "modifier":
            self.modifiers.append(english)
        self.group.append(english)
        self.count += len(english.split())
        self.last = w.end
        self.first = self.first if (self.parts or len(self.group) > 1) else w.start
        if english[:1].isupper() and _country(w.text):
            self.country_end, self.country = w.end, english
        return None

    def _read_verb(self, w: Word, english: str, a: _Around) -> _Step:
        """A second verb: a purpose clause of the object ('to solve problems'), at most `joins` of them."""
        if not (self.parts or self.group):
            verb = self.verb
            if w.text in _CHANGES and verb is not None and verb.english.split()[0] in _DECIDES:
                # 'ครม.อนุมัติยกเว้นวีซ่า...', 'เห็นชอบลดค่าไฟ': what is decided is the change; skipped, the board
                # 'approves visas' or 'endorses electricity bills', the opposite of what it did
                noun, self.changing = _CHANGES[w.text].split()
                self.parts = [f"the {noun}"]
                self.joiner = self.changing
                self.count += 3
                self.last = w.end
                return None
            return _NEXT  # 'supports the holding of ...': the object starts after
        if w.text in glossary().get("sayings", {}) and a.gap:
            return _END  # 'แสดงวิสัยทัศน์ ย้ำไทย...': a saying after a space opens what is said, no purpose clause
        if self.changing and len(self.parts) == 1 and not self.group:
            head, _, rest = english.partition(" ")  # 'เลื่อนการเสนอตัว': the postponement of bidding
            self.joiner = f"{self.changing} {ing_form(head)} {rest}".strip()
            self.changing = ""
            self.count += len(self.joiner.split())
            return None
        glued = a.after_noun and self.group and self.joins == 0 and not self.verb_joins  # joins=-1: no verb at all
        if self.verb_joins >= self.joins and not glued:
            return _END  # one purpose clause is enough for a gist ('ผู้ป่วยล้างไต', glued, qualifies its noun)
        self._flush()
        self.verb_joins += 1
        self.joiner = "to " + english
        if a.prev_text == "ที่" and not a.gap:
            # 'ผู้ประกอบการโรงแรมที่ร่วมโครงการ': a relative clause says which ones ('hotel businesses joining the
            # project'); as a purpose ('to join the project') it said what the verb's actor wanted, false after 'warns'
            head, _, rest = english.partition(" ")
            self.joiner = f"{ing_form(head)} {rest}".strip()
        self.count += len(self.joiner.split())
        return None

    def _whose_post(self, name: Entity) -> bool:
        """'ต้อนรับ นายกฯ ญี่ปุ่น', 'หารือเอกอัครราชทูตจีน': a country right after a post says whose post it is
        ('the Prime Minister of Japan'); read as where, the gist said '... the Prime Minister in Japan', false."""
        if not self.group or self.last != name.start - len(self.title[self.last:name.start]) \
                or self.title[self.last:name.start].strip():
            return False
        post = self.group[-1]
        if post.lower().removeprefix("the ") not in _posts():
            return False
        if not (_country(name.text) or _country(name.canonical or "")):
            return False
        label = safe_english(english_name(name), self.analysis)
        if not label or not READABLE.search(label):
            return False
        label = re.sub(r"\s*\([^()]*\)$", "", label)
        self.group[-1] = f"{post} of {label}"
        self.count += 1 + len(label.split())
        self.last = self.whose_end = name.end
        return True

    def _lists_another_country(self, name: Entity) -> bool:
        """'ผนึกกำลังมาเลเซีย อินโดนีเซีย': a country right after the country the phrase ends with (a space, a
        comma or 'และ' between) is one more of the countries listed ('joins forces with Malaysia and
        Indonesia'), not where it happened ('... with Malaysia in Indonesia')."""
        if self.country_end is None or self.country_end != self.last:
            return False
        alone = self.group == [self.country] or (not self.group and self.joiner == "and" and self.parts[-1:] == [self.country])
        if not alone:
            return False  # 'นักท่องเที่ยวรัสเซียและยูเครน': the country qualifies a noun; listing it is for another rule
        if not _LISTED.fullmatch(self.title[self.last:name.start]) or not (_country(name.text) or _country(name.canonical or "")):
            return False
        label = safe_english(english_name(name), self.analysis)
        if not label or not READABLE.search(label):
            return False
        if self.group:
            self._flush()
            self.joiner = "and"  # (after 'และ' the joiner is 'and' already)
        self.group.append(label)
        self.count += len(label.split())
        self.last = self.country_end = name.end
        self.country = label
        return True

    # --- the phrase ---------------------------------------------------------------------------------

    def _flush(self, final: bool = False) -> None:
        """The noun group built so far becomes the phrase's next part, after its joiner."""
        if (final or self.parts) and self.group and all(item in self.modifiers for item in self.group) \
                and self.group != ["Thai"]:
            self.group = []  # 'ชี้แจงด่วน', 'ปรับตัวยั่งยืน': a modifier with no noun is no object ('explain urgent')
        if self.group:
            phrase = group_english(self.group)
            if self.counted and not self.parts:
                phrase = f"{self.counted} {phrase}"  # '3 มาตรการเร่งด่วน': '3 urgent measures'
            if self.parts and self.joiner:
                self.parts.append(self.joiner)
            self.parts.append(phrase)
            self.changing = ""
        self.group, self.joiner, self.modifiers = [], None, []

    def phrase(self) -> tuple[str, int, int]:
        """The phrase read, in English ('A, B and C'; 'to travel to'; 'to draw up the system'), and its span."""
        if self.group:
            self._flush(final=True)
        parts = self.parts
        for i in range(1, len(parts) - 3, 2):
            if parts[i] == "and" and parts[i + 2] == "and":
                parts[i] = ","  # 'medicines and medical supplies and...': a list reads 'A, B and C'
        for i in range(2, len(parts), 2):
            if parts[i - 1] in ("to travel", "to go", "to return"):
                parts[i - 1] += " to"  # 'เดินทางศรีลังกา': to travel to Sri Lanka
            if parts[i - 1].split(" ")[0].endswith("ing") and parts[i][:1].islower() \
                    and (i + 1 == len(parts) or parts[i + 1] not in ("and", ",")):
                parts[i] = with_article(parts[i])  # 'joining the travel project'
            if parts[i - 1].startswith("to ") and parts[i - 1] != CAUSATIVE and " " not in parts[i] \
                    and (i + 1 == len(parts) or parts[i + 1] not in ("and", ",")):
                parts[i] = with_article(parts[i])  # 'to draw up the system', not 'to draw up system'
        text = once(" ".join(parts).replace(" , ", ", "))
        if self.together and text:
            text = f"together with {text}"
        return text, self.first, self.last

    def _in_number(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.numbers)

    def _latin_run(self, w: Word) -> tuple[int, int, str] | None:
        return next((r for r in self.latin_runs if r[0] <= w.start < r[1]), None)


@functools.lru_cache(maxsize=1)
def _posts() -> frozenset[str]:
    """Posts a country may follow to say whose they are: the glossary's roles in English, lower case, and
    the envoys and heads of state no role lists."""
    roles = {str(v).lower().removeprefix("the ") for v in glossary().get("roles", {}).values()}
    return frozenset(roles | {"ambassador", "ambassadors", "embassy", "president", "prime minister", "king",
                              "queen", "foreign minister", "consul", "consul-general", "envoy", "delegation"})


_LISTED = re.compile(r"[\s,]*(?:และ)?\s*")
"""What stands between two items of a list of names: spaces, a comma, 'และ' (and)."""


def _country(thai: str) -> bool:
    """Whether a Thai word or name is a country's (the gazetteer's kind), e.g. 'มาเลเซีย'."""
    from briefing.thai.gazetteer import gazetteer

    term = gazetteer().terms.get(thai)
    return term is not None and term.type == "place" and term.kind == "country"


_CHANGES = {"ยกเว้น": "exemption from", "ลด": "reduction of", "ปรับลด": "reduction of", "ลดหย่อน": "reduction of",
            "ยกเลิก": "cancellation of", "งด": "suspension of", "ระงับ": "suspension of", "เลื่อน": "postponement of",
            "เพิกถอน": "revocation of", "แก้ไข": "amendment of"}
"""A verb right after a decision that changes its object (exempts, cuts, cancels, amends): read as the noun of that change,
ending in a preposition that governs the object ('approves an exemption from visas', not 'approves visas')."""
_DECIDES = {"approves", "endorses", "resolves"}
"""The verbs of deciding ('อนุมัติ', 'เห็นชอบ', 'เคาะ', 'มีมติ') after which such a change is what was decided."""

_ABOUT_NOUNS = [["matter"], ["matters"], ["case"], ["issue"], ["news"], ["reports"]]
"""A group of one of these before 'การ'+verb is what the act is about ('เรื่องการ...', 'กรณีการ...')."""


_CLOSING = {"”", "\"", "’"}


NAME_CHARS = 24
"""A quoted Thai title this short (in characters, spaces left out) that the glossary cannot read as nouns is a
name ('“คนละครึ่ง”', '“คุณสู้ เราช่วย”'): the gist gives it romanised in quotes; a longer one is a slogan or a
saying, left out."""
NAME_WORDS = 3
"""A romanised name of more words is a slogan or a compound the model cut into syllables ('Khayan Suesat Otthon Miwinai',
'Wan Na Mi Not Rom Ha Rat'): no reader holds it in one line; left out."""


def _quoted_titles(title: str) -> list[tuple[int, int, bool, str | None, bool]]:
    """The headline's quoted titles ('“ชีวิตหลังการใช้ PDPA”'): their span (quotes included), whether
    to read them word by word, the romanised name to give instead ('' to give nothing) and whether they are
    a slogan. Not word by word when a Latin name is inside and the glossary cannot read every Thai word as
    a noun or a modifier (a verb, an unglossed word): the Latin name then says what it is about. A Thai
    title with a word the glossary cannot read at all is a name ('“คนละครึ่ง”', '“เกษตรกรแฮปปี้”'): given
    romanised when short ('the "Kasetkon Haeppi" campaign', not 'the farmer campaign'), else left out."""
    out: list[tuple[int, int, bool, str | None, bool]] = []
    for m in re.finditer(r"[“\"‘]([^”\"’“]{1,80})[”\"’]", title):
        quoted = [w for w in words(title) if m.start(1) <= w.start and w.end <= m.end(1) and THAI.search(w.text)]
        readable = all(w.part in ("noun", "modifier") and w.english for w in quoted if w.text not in ("ฯ", "ๆ"))
        latin = bool(re.search(r"[A-Za-z]", m.group(1)))
        readable = readable or not latin  # with no Latin name, its words are all there is
        spaced_words = any(title[a.end:b.start].isspace() for a, b in itertools.pairwise(quoted))
        slogan = spaced_words and not latin and any(w.part != "noun" for w in quoted)
        if slogan:
            # '“สงกรานต์สุขใจ แรงงานปลอดภัย”': a slogan of two phrases, not nouns alone, is a name, not words
            # to gloss ('happy Songkran risks and workers'); '“พรีเมียร์ ลีก สิงคโปร์”' is names, read on
            readable = False
        name = None  # read as before: word by word when readable, else its Latin name only
        glossed = _glossary_spans(title)  # 'ผู้เพาะเลี้ยงสัตว์น้ำ': a phrase of glossary.toml is read whole
        unread = any(not w.english and is_content(w) and not inside(w.start, w.end, glossed) for w in quoted if w.text not in ("ฯ", "ๆ"))
        unread = unread or bool(quoted) and quoted[0].part == "function"  # '“คนละครึ่ง”' (each | half): no noun phrase
        if unread and not latin and "." not in m.group(1) and not re.match(r"\s*\(?\s*[A-Za-z]", title[m.end():]):
            # ('“ฮักไทย ฮักภูเก็ต” (HUG THAIS PHUKET)': the English name that follows says it better; '“ยุว อสม.”': an
            # abbreviation romanises to no word, 'Asomo', and is read as before)
            readable, name = False, ""
            thai = re.sub(r"\s+", "", m.group(1))
            if len(thai) <= NAME_CHARS and not re.search(r"[0-9๐-๙]", thai):
                name = _romanised_name(m.group(1)) or ""
        out.append((m.start(), m.end(), readable, name, slogan))
    return out


def _romanised_name(thai: str) -> str | None:
    """A quoted Thai name romanised and quoted ('"Khunsu Raochuai"'), or None when a part cannot be read."""
    from briefing.thai.romanise import romanise

    kind = next((k for k in _STORMS if thai.startswith(k) and len(thai) > len(k) + 1), None)
    if kind is not None:
        # '“พายุวิภา”', '“พายุยาอาส”' (a storm's name: 191 archive headlines name a storm): the kind in English, then the
        # name, not the kind romanised into it ('Soldiers develop "Phayuwipha"')
        name = romanise(thai[len(kind):])
        return f'{_STORMS[kind]} {name}' if name and READABLE.search(name) and " " not in name else None
    parts = thai.split()
    latin = romanise(thai)
    if not latin or not len(parts) <= len(latin.split()) <= NAME_WORDS or not READABLE.search(latin):
        return None
    return f'"{latin}"'


_STORMS = {"พายุโซนร้อน": "Tropical Storm", "พายุไต้ฝุ่น": "Typhoon", "พายุไซโคลน": "Cyclone", "พายุ": "Storm"}
"""The kinds a storm's name follows (longest first), in the Thai Meteorological Department's English."""


_TO_WHOM = {"ให้แก่", "ให้กับ", "แก่"}
_GIVING = {"hands", "gives", "donates", "distributes", "delivers", "presents", "sends", "passes", "grants", "awards"}
"""Verbs of giving (by their first English word): after them 'ให้แก่'/'ให้กับ'/'แก่' says to whom, not 'for' whom."""
CAUSATIVE = "to let"
FUNDS = "funds"
"""What a sum given to a body is called in the object ('approves funds for DOEB'); its task is their purpose."""
"""How the object writes a causative 'ให้' between two nouns ('กฎหมายให้อาคาร': the law to let buildings)."""


def _verb_after_nouns(title: str, pos: int) -> bool:
    """Whether a glossed verb follows the nouns after `pos` before the next space (the causative's clause)."""
    end = title.find(" ", pos)
    return any(pos <= w.start and (end < 0 or w.end <= end) and w.part == "verb" for w in words(title))


def _verb_follows(title: str, pos: int) -> bool:
    """Whether a glossed verb stands right after `pos`, past quotes and spaces."""
    rest = len(title[pos:]) - len(title[pos:].lstrip(" ”\"’"))
    return any(w.start == pos + rest and w.part == "verb" for w in words(title))


def _noun_next(title: str, pos: int) -> bool:
    """Whether a glossed noun follows `pos` at once (no space)."""
    return any(w.start == pos and w.part == "noun" and bool(w.english) for w in words(title))


_NO_GAP = {"ล้าน", "พัน", "หมื่น", "แสน", "ร้อย", "ชาว"}
"""Scale words of a number the analyzer left whole ('1 ล้าน User'), and 'ชาว' before a place's people."""


_COMPOUND_UNITS = {"lanes": "lane", "storeys": "storey", "floors": "storey"}
"""Counts that qualify the noun before them in English as a compound ('a 4-lane road', 'a 5-storey building')."""
_ADVERBIAL = {"ได้", "ให้", "อย่าง", "ขึ้น"}
"""Particles after which a modifier says how or how much ('ได้สูงสุด', 'อย่างยั่งยืน'), not what kind."""


_LABEL_NOUNS = {"year", "date", "day", "month", "topic", "title", "round", "issue", "no.", "number", "edition"}
"""Nouns that introduce a date, a number or a title after a space ('ปี 2568', 'หัวข้อ “...”'), never a list item."""


_APPOSED_HEADS = {"project", "situation", "matter", "issue", "programme", "scheme", "campaign", "event", "activity"}
"""Nouns a spaced list after them names the parts of ('โครงการ สัมมนาสัญจร', 'สถานการณ์ ไฟป่า หมอกควัน และฝุ่น'):
the project IS the seminar, the situation OF the fires; no list item of their own."""
_SPACED_LIST = re.compile(r"[\u0e01-\u0e4e]+(?: [\u0e01-\u0e4e]+)+ และ ?[\u0e01-\u0e4e]")


def _spaced_list_ahead(title: str, pos: int) -> bool:
    """Whether the words from `pos` on are the rest of a list Thai writes with spaces and closes with 'และ': after a
    lone noun a space then starts the list's next item, not a clause ('สั่งเตรียมพร้อมโรงพยาบาล เตียงผู้ป่วย ยา
    เวชภัณฑ์ และบุคลากร': hospitals, patient beds, medicines, medical supplies and staff; read as one noun group it
    was 'patient bed hospital', details/49858's kind)."""
    return bool(_SPACED_LIST.match(title, pos))


def _list_item(title: str, w: Word, last: int, and_before: bool = False) -> bool:
    """Whether the headline word `w`, after a space, is one more item of the noun list the object ends
    with: a glossed noun (or a noun group of up to three glossed words) standing alone between spaces (Thai writes lists 'สิ่งแวดล้อม สังคม ธรรมาภิบาล'
    with spaces), right after the object's last word, not a subject, not a label before a figure or a
    title ('ปี 2568', 'หัวข้อ “...”'); a verb, a phrase of several words or a new subject after the space
    still starts the next clause. `and_before`: the list's 'และ' (and) stands before the space."""
    if w.part != "noun" or not w.english or w.text in agents() or (title[last:w.start].strip() and not and_before):
        return False
    if w.english.removeprefix("the ")[:1].isupper():
        return False  # 'นรม.' the Prime Minister: a role or a name after a space begins a new subject
    if w.english.lower().removeprefix("the ") in _LABEL_NOUNS or w.english.lower() in _PLACE_NOUNS:
        return False
    end = next((m.start() for m in re.finditer(r"[\s”\"’)]", title) if m.start() > w.start), len(title))
    segment = [x for x in words(title) if w.start <= x.start < end]
    if (len(segment) > 3 or any(x.part not in ("noun", "modifier") or not x.english or x.text in agents()
                                or x.english[:1].isupper() for x in segment)
            or any(a.end != b.start for a, b in itertools.pairwise(segment)) or segment[-1].end != end):
        return False  # 'โรงพยาบาลสนาม': a short noun group of glossed words only, up to the next space
    after = title[end:]
    return after == "" or after[0] in "”\"’)" or (after[0] == " " and bool(re.match(r" +[\u0e01-\u0e4e]", after))
                           and not re.match(r" +(?:จังหวัด|จ\.|อ\.|อำเภอ|ณ|ที่|ใน|ปี|วันที่|ประจำ)", after))


def first_gap(analysis: Analysis, start: int, end: int) -> int | None:
    """Where the first Thai content word the glossary cannot read stands in the headline between
    `start` and `end` (names, figures and dates aside), or None: an object phrase that skipped one
    says less than the Thai and often reads wrong ('the free of morale activities')."""
    taken = [(e.start, e.end) for e in analysis.entities + analysis.references if e.field == "title"
             and e.type in ("person", "organisation", "place") and not _read_around_a_hole(e)]
    taken += [(x.start, x.end) for x in analysis.figures + analysis.dates if x.field == "title"]
    taken += _glossary_spans(analysis.title)
    taken += [(q[0], q[1]) for q in _quoted_titles(analysis.title) if q[3]]  # a quoted name is given romanised
    for w in words(analysis.title):
        if (w.start < start or w.end > end or w.english or not is_content(w) or w.text in _NO_GAP
                or inside(w.start, w.end, taken)):
            continue
        return w.start
    return None


def _read_around_a_hole(e: Entity) -> bool:
    """Whether a body with no English name, which the object reader reads word by word after a verb, holds a word
    the glossary cannot read with glossed words after it: those words then read as the whole name ('คณะอนุกรรมการ
    สรรหาปราชญ์เกษตรของแผ่นดิน', the subcommittee selecting the agricultural sages of the land, read 'the
    subcommittee to recruit agriculture of land', ปราชญ์ unread; details/65967), so the word is a gap like any other.
    An unread word that ends the name is its proper part and leaves the rest true ('รพ.เวชการุณย์รัศมิ์': the hospital;
    'คณะกรรมการ กกท.': the committee)."""
    if e.type != "organisation" or e.english:
        return False
    inner = [w for w in words(e.text) if is_content(w)]
    hole = next((i for i, w in enumerate(inner) if not w.english and w.text not in _NO_GAP), None)
    return hole is not None and any(w.english and w.part in ("noun", "verb") for w in inner[hole + 1:])


def clean_cut(title: str, pos: int) -> bool:
    """Whether the word cutter's cut before the word at `pos` is sure: the word before it and the start
    of this one make no dictionary word ('เส้น|ทางธรรม' may be 'เส้นทาง|ธรรม', a route, not 'line')."""
    from briefing.thai.scan import dictionary

    ws = words(title)
    at = next((i for i, w in enumerate(ws) if w.start == pos), None)
    if not at or ws[at - 1].end != pos:
        return True
    before, word = ws[at - 1].text, ws[at].text
    return not any(before + word[:k] in dictionary() for k in range(1, len(word)))


def not_its_object(analysis: Analysis, verb: Verb, start: int, obj: str) -> bool:
    """Whether what `object_of` found after `verb` (from `start`) is not the verb's object: a verb that
    takes it through a preposition stands between them ('บันทึกเทปถวายพระพร สมเด็จพระนางเจ้าฯ': the Queen
    is whom blessings are offered to, not what is recorded), or a Thai word the glossary cannot read
    stands before a name ('records Her Majesty the Queen' would say something false; the name is that
    word's complement). A misspelling the cutter broke into pieces ('ร่างกฏ': a piece of one letter) or
    a fragment no dictionary knows ('ห็น') hides no meaning and counts as no word."""
    from briefing.thai.scan import dictionary

    title = analysis.title
    def verbs_only(a: int, b: int) -> bool:  # nothing but glued verbs ('ขยายเวลาออกกฎกระทรวง') and spaces
        return all(w.part == "verb" for w in words(title) if a <= w.start and w.end <= b)

    if any(verb.end <= v.start and v.end <= start and verbs_only(v.end, start) and "และ" not in title[verb.end:v.start]
           and BARE.search(v.english) and not BARE.search(verb.english) for v in verbs_of(analysis)):
        return True  # the later verb, right before the noun, governs it through its preposition ('offers blessings to')
    if any(verb.end <= v.start <= start <= v.end and v.english.split()[:2] == ["sets", "out"]
           and "และ" not in title[verb.end:v.start] for v in verbs_of(analysis)):
        return True  # 'ลงพื้นที่ขอนแก่น มอบนโยบายผู้ว่าฯ': the policy, or whom it is for, is what 'มอบนโยบาย' sets out, not visited
    between = [w for w in words(analysis.title) if verb.end <= w.start and w.end <= start]
    if any(len(w.text) == 1 and THAI.match(w.text) for w in between):
        return False
    named = any(e.field == "title" and e.start == start for e in analysis.entities + analysis.references) or any(
        w.start == start and w.english and w.english[:1].isupper() for w in words(analysis.title))
    if not named:
        return False  # 'สร้างแต้มต่อธุรกิจไทย': an unread word before a common noun mostly qualifies it
    skipped = first_gap(analysis, verb.end, start)
    return skipped is not None and any(w.start == skipped and w.text in dictionary() for w in between)


@functools.lru_cache(maxsize=512)
def _glossary_spans(title: str) -> list[tuple[int, int]]:
    """Where glossary.toml's phrases (verbs, sayings, topics, roles) stand in the headline."""
    table = glossary()
    return [(m.start(), m.end()) for kind in ("verbs", "sayings", "topics", "roles")
            for key in table.get(kind, {}) if key in title for m in re.finditer(re.escape(key), title)]


def _measures_next_figure(title: str, w: Word, numbers: list[tuple[int, int]]) -> bool:
    measures = glossary().get("measures", {})
    return w.text in measures and any(0 <= s - w.end <= 2 and not title[w.end:s].strip() for s, _ in numbers)


_COUNTED = frozenset({
    "มาตรการ", "แนวทาง", "โครงการ", "ข้อเสนอ", "ข้อสั่งการ", "ยุทธศาสตร์", "กลยุทธ์", "แผน", "แผนงาน", "นโยบาย",
    "ภารกิจ", "ประเด็น", "ข้อ", "ข้อเรียกร้อง", "ข้อแนะนำ", "เป้าหมาย", "กิจกรรม",
})
"""Nouns a headline counts right after its verb as the thing acted on ('เคาะ 5 มาตรการ', 'ออก 8 ข้อสั่งการ')."""

ROUTE = re.compile(r"(?:ถนน|ถ\.|ทางหลวง|ทล\.|ทช\.|ซอย|ซ\.|สะพาน|แยก|ทางแยก|คลอง|ทางด่วน|ทางพิเศษ|เส้นทาง|ถนนสาย)")
"""A route (road, highway, soi, bridge, junction, canal, expressway) by the start of its Thai name."""
