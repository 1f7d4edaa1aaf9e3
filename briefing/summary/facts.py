"""The facts of a brief in English: people with roles, figures with what they measure, names.

Each function takes the Analysis and returns English only: the analyzer's English forms where it
gave them, the glossary for positions and measures, romanisation for the rest, and nothing that
states a number the Analysis lacks (`safe_english`).
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources

from briefing.model import Analysis, Entity, Figure
from briefing.summary.check import THAI, check_numbers, numbers_in, word_count
from briefing.summary.english import glossary, longest_keys, no_thai, ordinals_to_words

_MEASURE_WINDOW = 40
"""How far before a figure (in characters, same sentence) the words saying what it measures may be."""

_HONORIFICS = re.compile(r"^(?:(?:นางสาว|นาง|นาย|H\.E\.|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|\(พิเศษ\)|[\u0e00-\u0e7f]{1,4}\.)\s*)+")
"""Honorifics, ranks and academic titles ('ผศ.ดร.', 'พล.อ.', 'ศ. (พิเศษ)') before a name, left out of the
romanised fallback for a name with no English form."""
_ABBREVIATION = re.compile(r"\(([A-Za-z][A-Za-z0-9&.\- ]{1,13})\)\s*$")
_PAREN_LATIN = re.compile(r"\(([^()\u0e00-\u0e7f\n]{4,160})\)")
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9'’&.\-–]*(?:[ ,:]+(?:[-–] )?[A-Za-z0-9][A-Za-z0-9'’&.\-–]*)+")
_PERSONISH = re.compile(r"\b(?:H\.E\.|Mr|Mrs|Ms|Dr|Prof)\b\.?")
READABLE = re.compile(r"^(?!\S{15,}$)(?!.*[A-Za-z\-']{20,})")
"""A name that is one word of 15 letters or more, or has a word of 20, is a romanised Thai compound no
reader can use; leave it out."""
_LONG_THAI = re.compile("[\u0e00-\u0e7f]{12,}")
"""A Thai run this long romanises to a word of 15 letters or more (see READABLE)."""
_HOME = {"thailand", "thai", "kingdom of thailand"}
"""Every release is about Thailand: as a place it says nothing, so the brief names the others."""
_URLISH = re.compile(r"\bhttps?\b|www\.|[A-Za-z0-9-]\.(?:com|org|net|th|info|io)\b|@", re.IGNORECASE)


@dataclass(slots=True)
class Person:
    """One person as the brief names them: English name, English role if the release gives one."""

    name: str
    role: str | None
    has_role: bool = False
    """The release gives this person a role (even one the brief cannot put in English): the brief
    must name them."""


@dataclass(slots=True)
class KeyFigure:
    """A figure as the brief writes it, with what it measures when the sentence says so."""

    english: str
    measure: str | None
    figure: Figure

    def render(self, with_measure: bool = True) -> str:
        if with_measure and self.measure:
            return f"{self.english} ({self.measure})"
        return self.english

    def phrase(self) -> str:
        """The figure as prose: 'a budget of 528.969 million baht', 'progress of over 75%', a count
        with the noun its measure names ('94,415 cases' counting registrations is '94,415
        registrations'), or the figure alone when nothing says what it measures ('21 companies')."""
        if not self.measure:
            return self.english
        if (self.figure.kind not in ("money", "percent") and self.figure.unit.lower() in GENERIC_COUNTS
                and self.measure not in _ANY_COUNT):
            words = self.english.split()
            if len(words) >= 2 and words[-1].lower() in GENERIC_COUNTS | _GENERIC_SINGULAR:
                return singular(" ".join(words[:-1] + [self.measure]))
        plural = self.measure.endswith("s") and not self.measure.endswith("ss")
        article = "" if self.measure in UNCOUNTABLE or plural else ("an " if self.measure[0] in "aeiou" else "a ")
        return f"{article}{self.measure} of {self.english}"

    @property
    def minor(self) -> bool:
        """A fee, a fine or a rate: never the key figure while a budget or a total is there."""
        return (self.measure or "") in MINOR_MEASURES


UNCOUNTABLE = {"progress", "funding", "spending", "investment", "revenue", "revenue collected", "debt", "tax",
               "loans", "interest", "growth", "inflation", "exports", "imports", "wages", "compensation",
               "assistance", "output", "volume", "losses", "GDP", "registered capital", "economic circulation",
               "damage", "capital", "income", "sales", "trade", "prize money", "pay", "pre-tax pay", "satisfaction"}
"""Measures written without an article ('progress of over 75%', but 'a budget of ...')."""
MINOR_MEASURES = {"fee", "fine", "interest", "interest rate", "price", "prison term", "salary", "wages", "pay"}


def english_name(entity: Entity) -> str:
    if entity.english and not re.search("[\u0e00-\u0e7f]", entity.english):
        return entity.english.strip()
    text = entity.english or entity.canonical or entity.text
    return no_thai(_HONORIFICS.sub("", text.strip()))


_COMPANY = re.compile(r",?\s+(?:Co\.,?\s*Ltd\.?|Company Limited|Public Company Limited|PCL)\s*$", re.IGNORECASE)
GIST_ORG_WORDS = 4
"""An agency's name this short is written out in the gist ('Marine Department'); a longer one is
given by its abbreviation ('Ministry of Digital Economy and Society (MDES)' -> 'MDES')."""


def abbreviation(name: str) -> str:
    """'Asia-Pacific Economic Cooperation (APEC)' -> 'APEC'; a name without one stays whole."""
    m = _ABBREVIATION.search(name)
    return m.group(1) if m else name


def short_org(name: str) -> str:
    """An organisation's name for the one-line gist: written out when it is short, else its
    abbreviation: 'Marine Department (MD)' -> 'Marine Department', 'Ministry of Digital Economy and
    Society (MDES)' -> 'MDES'."""
    m = _ABBREVIATION.search(name)
    whole = name[:m.start()].strip() if m else name
    full = _COMPANY.sub("", whole).strip(" ,")
    if full != whole and re.fullmatch(r"The \w+", full):
        # 'The Transport Co., Ltd.' (บขส.): without 'Co.' the company reads as a common noun ('The Transport
        # reports ...'); it keeps the word that says it is a company
        full += " Co."
    if full and len(full.split()) <= GIST_ORG_WORDS:
        return full
    return m.group(1) if m else name


def short_role(role: str) -> str:
    """The first position of a long role: 'Deputy Prime Minister and Minister of ...' -> 'Deputy Prime
    Minister'. Used only when the full roles do not fit the word limit."""
    head = re.split(r",| and (?=[A-Z])", role, maxsplit=1)[0].strip()
    return head or role


def role_english(role: str, analysis: Analysis) -> str | None:
    """An English role for a Thai one the analyzer left untranslated: each part ('... และ ...') is a
    position from the glossary plus an organisation the release names; what neither covers is
    dropped rather than glossed, and a role with no known position is left out (romanised, a
    position reads as nonsense in English)."""
    positions = glossary().get("roles", {})
    orgs = sorted(((e.text, english_name(e)) for e in analysis.entities if e.type == "organisation"),
                  key=lambda pair: len(pair[0]), reverse=True)
    parts: list[str] = []
    for part in re.split(r"\s*และ\s*", role.strip()):
        part = part.strip()
        position = next((k for k in longest_keys(positions) if part.startswith(k)), None)
        if position is None:
            continue
        english = positions[position]
        rest = part[len(position):].strip()
        org = next((name for text, name in orgs if text and text in rest), None) if rest else None
        if org and org.startswith("Ministry of ") and english.endswith("Minister"):
            english = f"{english} of {re.sub(r' [(][^)]*[)]$', '', org[len('Ministry of '):])}"
        elif org:
            english = f"{english}, {org}"
        parts.append(english)
    return " and ".join(parts) if parts else None


def people_of(analysis: Analysis) -> list[Person]:
    """People in order of first mention, one per person, with the English role when any mention has one."""
    people: dict[str, Person] = {}
    for entity in analysis.entities:
        if entity.type != "person":
            continue
        key = re.sub(r"\s+", "", _HONORIFICS.sub("", entity.canonical or entity.text))
        name = english_name(entity)
        name = safe_english(name, analysis) or _without_numbers(ordinals_to_words(name))
        if not name:
            continue
        role = entity.role_english or (role_english(entity.role, analysis) if entity.role else None)
        role = _fuller_role(analysis, entity, role)
        if role:
            role = safe_english(role, analysis) or _without_numbers(ordinals_to_words(no_thai(role)))
        role = role.strip() if role else None
        if key in people:
            people[key].role = people[key].role or role
            people[key].has_role = people[key].has_role or bool(entity.role or entity.role_english)
            if word_count(name) > word_count(people[key].name):  # an accepted spelling over a run-on one
                people[key].name = name
        else:
            people[key] = Person(name=name, role=role or None, has_role=bool(entity.role or entity.role_english))
    return list(people.values())


def _fuller_role(analysis: Analysis, entity: Entity, role: str | None) -> str | None:
    """The whole position when the text names more of it than the role found: in an English release
    'Prime Minister Paetongtarn' is the Prime Minister, not a 'Minister'; a Thai 'ผู้ช่วยรัฐมนตรี' is an
    Assistant Minister, whatever shorter role was found for the same mention."""
    if not role:
        return role
    positions = glossary().get("roles", {})
    if entity.role:
        key = next((k for k in longest_keys(positions) if entity.role.strip().startswith(k)), None)
        position = positions[key] if key else None
        if position and position.lower() not in role.lower() and position.lower().endswith(role.split(" of ")[0].lower()):
            return position + role[len(role.split(" of ")[0]):]
    text = analysis.body if entity.field == "body" else analysis.title
    before = " ".join(text[max(entity.start - 60, 0):entity.start].split())
    for position in sorted(set(positions.values()), key=len, reverse=True):
        if before.endswith(position) and len(position) > len(role) and position.endswith(role):
            return position
    return role


def safe_english(text: str, analysis: Analysis) -> str | None:
    """`text` fit for the brief: no Thai script, ordinals spelt out, and None when it still states a
    number that is not a figure or date of the Analysis ('Sukhumvit 22 Road', 'Building 1')."""
    text = ordinals_to_words(no_thai(text))
    if not text or (numbers_in(text) and check_numbers(text, analysis)):
        return None
    return text


def _without_numbers(text: str) -> str:
    return " ".join(w for w in text.split() if not re.search(r"\d", w))


def distinct_names(entities: list[Entity], kind: str, analysis: Analysis, limit: int = 5) -> list[str]:
    """Up to `limit` English names of one kind, in order, each once; stopping at `limit` means a
    name nobody will read is never romanised."""
    seen: set[str] = set()
    out: list[str] = []
    for entity in entities:
        if entity.type != kind or len(out) >= limit:
            continue
        if not (entity.english and not THAI.search(entity.english)) and _LONG_THAI.search(entity.text):
            continue  # romanised, a run this long is one unreadable word: skip the model's time too
        name = safe_english(english_name(entity), analysis)
        name = name.rstrip(". ") if name else name
        if kind == "place" and name and name.lower() in _HOME:
            continue
        if name and READABLE.search(name) and name.lower() not in seen:
            seen.add(name.lower())
            out.append(name)
    return out


def _sentence_start(analysis: Analysis, pos: int) -> int:
    for start, end in analysis.sentences:
        if start <= pos <= end:
            return start
    return 0


@functools.lru_cache(maxsize=1)
def measure_words() -> dict[str, dict[str, str]]:
    """briefing/data/measures.toml, read once: [amounts] (added to the glossary's [measures]),
    [counted], [next]; and [bare] units as a table of unit -> unit."""
    text = resources.files("briefing").joinpath("data", "measures.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    tables = {name: dict(data.get(name, {})) for name in ("amounts", "counted", "next")}
    # the glossary's measures include nouns of things counted ('ลงทะเบียน' registrations): those are
    # [counted] here, never the measure of a sum of money ('registrations of 200,000 baht')
    glossed = {k: v for k, v in glossary().get("measures", {}).items() if k not in tables["counted"]}
    tables["amounts"] = {**glossed, **tables["amounts"]}
    tables["bare"] = {unit: unit for unit in data.get("bare", {}).get("units", [])}
    return tables


@functools.lru_cache(maxsize=4)
def _keys(name: str) -> list[str]:
    return longest_keys(measure_words()[name])


_BARE_MEASURES = {"duration", "prison term", "distance", "target"}
"""The measures a bare count ('7 years', '2 points') may take: the others read wrongly of a span or a
tally ('interest of 3 months')."""

_LENGTH, _AREA, _VOLUME = ("distance",), ("area",), ("volume", "output")
_UNIT_MEASURES = {
    **{u: _LENGTH for u in ("km", "metres", "metre", "cm", "mm", "miles", "mile")},
    **{u: _AREA for u in ("rai", "km²", "m²", "square wah", "hectares", "hectare")},
    **{u: _VOLUME for u in ("m³", "litres", "litre", "barrels", "tonnes", "tonne", "kg", "grams")},
}
"""Which measures a measurement may take, by unit: 'ระยะทาง 500 เมตร' is a distance, but 'พื้นที่' before
'5 sites' is a locality, not an area."""

_FIRMS = {"companies", "producers", "SMEs", "shops", "establishments", "traders", "exporters", "importers",
          "juristic persons", "community enterprises", "drug dealers"}
"""Firms counted by 'ราย' (briefing/data/measures.toml [counted], session 22): they count 'cases' only, never 'times'."""
_NOT_MONEY = {"area", "distance", "duration", "projects"}
"""Measures a sum of money never has: a locality or a span named before it ('ในพื้นที่โครงการเท่ากับ 242.91 ล้านบาท'), or a
scheme whose name holds the sum ('โครงการเติมเงิน 10,000 บาท', not 'projects of 10,000 baht'); session 22, archive draw
seed 2222."""
_ANY_COUNT = {"total", "target", "increase", "decrease"}
"""Measures any count or measurement may take ('an increase of 1,800 people', 'a total of 13 routes')."""

GENERIC_COUNTS = {"cases", "people", "times", "items", "persons", "person-trips"}
"""Count units that say only 'how many', which a counted noun before the figure makes precise."""
_GENERIC_SINGULAR = {"case", "person", "time", "item", "person-trip"}


def _window(analysis: Analysis, field: str, pos: int, before_figures: bool = True) -> str:
    """The text just before `pos`: the same sentence, at most _MEASURE_WINDOW characters, and not
    reaching back past another figure (whose measure word it would otherwise borrow)."""
    text = analysis.body if field == "body" else analysis.title
    start = max(pos - _MEASURE_WINDOW, 0)
    if field == "body":
        start = max(start, _sentence_start(analysis, pos))
    if before_figures:
        for other in analysis.figures:
            if other.field == field and start < other.end <= pos:
                start = other.end
    return text[start:pos]


_ONLY_BEFORE = {"ปรับ": re.compile(r"(?:\s|$|[0-9๐-๙]|ไม่เกิน|เป็น|ตั้งแต่|สูงสุด|กว่า|อีก|รายวัน|วันละ|เงิน|ครั้งละ|ทาง)")}
"""Measure words that are one only before these: 'ปรับ' is a fine in 'ปรับไม่เกิน 10,000 บาท', 'ปรับเป็นพินัย', 'ปรับ 5,000
บาท', but the start of another verb in ปรับปรุง (improve), ปรับอัตรา/ปรับเบี้ย (adjust a rate or an allowance),
ปรับอากาศ (air-conditioned), ปรับโครงสร้าง (restructure): read by substring, 'ปรับอัตราค่าโดยสาร... 20 บาท' was 'a fine of
20 baht' (a fare). Census: 6,000 archive bodies with 'ปรับ' before a baht figure, continuations read by hand."""


def _closest(window: str, table: str) -> str | None:
    """The table's word ending closest to the end of `window` (the longer on a tie), in English."""
    words = measure_words()[table]
    best: tuple[int, int, str] | None = None
    for key in _keys(table):
        pos = window.rfind(key)
        if (after := _ONLY_BEFORE.get(key)) is not None:
            while pos >= 0 and not after.match(window, pos + len(key)):
                pos = window.rfind(key, 0, pos)  # 'ปรับปรุง' (improve), 'ปรับอัตรา' (adjust the rate): no fine
        if pos >= 0 and (best is None or (pos + len(key), len(key)) > best[:2]):
            best = (pos + len(key), len(key), words[key])
    return best[2] if best else None


_TO_LEVEL = re.compile(r"(?:เพิ่มขึ้น|ลดลง|ปรับขึ้น|ปรับลด|สูงขึ้น|ลดต่ำลง)\s*(?:มา)?(?:เป็น|อยู่ที่|ที่ระดับ)\s*(?:ร้อยละ)?\s*$")
"""A verb of change then 'to' (เป็น, อยู่ที่) right before a figure: the figure is the new level."""


def measure_of(analysis: Analysis, figure: Figure) -> str | None:
    """What a figure measures, from the measure word closest before it in its sentence, if any:
    'งบประมาณ 528.969 ล้านบาท' a budget, 'ความคืบหน้ากว่าร้อยละ 75' progress, 'ลงทะเบียนแล้ว 94,415 ราย'
    registrations. A sum of money or a percentage takes the [amounts] words (the glossary's measures
    and briefing/data/measures.toml); a count with a generic classifier ('ราย', 'คน') the [counted]
    nouns, which replace its unit (`KeyFigure.phrase`); a bare count ('7 years') the [amounts] words
    too ('a duration of 7 years'). Other counts carry their noun already ('21 companies')."""
    window = _window(analysis, figure.field, figure.start)
    if level := _TO_LEVEL.search(window):
        # 'เพิ่มขึ้นเป็น 1.8–2.3%': the figure is the level reached, not the size of the change; what it measures is
        # named before the verb of change ('ประมาณการ GDP ... เพิ่มขึ้นเป็น': a GDP forecast), else nothing
        window = window[:level.start()]
    unit = (figure.unit or "").lower()
    if figure.kind in ("money", "percent"):
        measure = _closest(window, "amounts")
        if figure.kind == "money" and measure == "projects":
            # the scheme's name, or the tail of a measure before it: the words before 'โครงการ' say what it measures
            measure = _closest(window[:window.rfind("โครงการ")], "amounts")
        if figure.kind == "money" and measure in _NOT_MONEY:
            return None
    elif unit in GENERIC_COUNTS:
        measure = _closest(window, "counted")
        if measure in _FIRMS and unit != "cases":
            measure = None  # 'ยกเว้นภาษีเงินได้นิติบุคคล 2 เท่า' is twice the tax, not '2 juristic persons'
        if measure:
            return measure if measure != unit else None
        measure = _closest(window, "amounts")
        return measure if measure in _ANY_COUNT else None
    elif unit in measure_words()["bare"]:
        measure = _closest(window, "amounts")
        if measure not in _BARE_MEASURES:  # 'พื้นที่ 2 ปี' is no 'area of 2 years'
            return None
    elif unit in _UNIT_MEASURES:
        measure = _closest(window, "amounts")
        if measure not in _UNIT_MEASURES[unit] and measure not in _ANY_COUNT:
            return None
    else:
        measure = _closest(window, "amounts")
        if measure not in _ANY_COUNT:
            return None
    if measure is None:
        return None
    if measure.lower() in unit or unit in measure.lower().split() or measure.lower() in figure.english.lower():
        return None
    return measure


def is_bare(figure: Figure, measure: str | None) -> bool:
    """A count that means nothing alone ('150 years', '2 points', '1 floor'; any count of one: '1 household'
    in the slogan '1 ครัวเรือนดูแล 1 หย่อมบ้าน') and nothing measures."""
    if figure.kind in ("money", "percent") or measure:
        return False
    return (figure.unit or "").lower() in measure_words()["bare"] or figure.kind == "count" and float(figure.value) == 1


def next_event(analysis: Analysis, field: str, pos: int) -> str | None:
    """What a date ahead is for, from the [next] words just before it in its sentence: 'opening',
    'registration', 'the event'; None when nothing says."""
    return _closest(_window(analysis, field, pos, before_figures=False), "next")


def _precision(f: Figure) -> int:
    return len(format(Decimal(repr(float(f.value))).normalize(), "f").replace(".", "").strip("0"))


def _same(a: Figure, b: Figure) -> bool:
    """One figure written twice: the same kind and unit and a value within 0.5% ('over 75%' and
    '75%'; '9.4 หมื่นราย' in the headline and '94,415 ราย' in the body)."""
    return a.kind == b.kind and a.unit == b.unit and math.isclose(float(a.value), float(b.value), rel_tol=0.005)


def distinct_figures(figures: list[Figure]) -> list[Figure]:
    """Each figure once, at its first position, in its most precise wording: 94,415 over the
    headline's rounded 94,000; 'over 75%' (first) over a later '75%'."""
    out: list[Figure] = []
    for f in figures:
        index = next((i for i, g in enumerate(out) if _same(f, g)), None)
        if index is None:
            out.append(f)
        elif _precision(f) > _precision(out[index]):
            out[index] = f
    return out


_RANGE_JOIN = re.compile(r"\s*(?:[-–—]|ถึง|to)\s*")


def ranges(analysis: Analysis, figures: list[Figure]) -> list[Figure]:
    """Two figures of one kind and unit joined by a dash or 'ถึง' as one range ('1.8–2.3%': '1.8% to 2.3%', at the
    first one's value). Read as two, the brief said 'an increase of 1.8% and 2.3%' for a forecast raised to a range
    (details/99843)."""
    out: list[Figure] = []
    for f in figures:
        last = out[-1] if out else None
        if (last is not None and last.field == f.field and last.kind == f.kind and last.unit == f.unit
                and float(last.value) < float(f.value) and " to " not in (last.english or "")
                and _RANGE_JOIN.fullmatch((analysis.body if f.field == "body" else analysis.title)[last.end:f.start])
                and (english := _range_english(last.english or "", f.english or ""))):
            out[-1] = dataclasses.replace(last, end=f.end, english=english)
            continue
        out.append(f)
    return out


def _range_english(low: str, high: str) -> str | None:
    """'1.8%', '2.3%' -> '1.8% to 2.3%'; 'about 800 samples', 'about 1,000 samples' -> 'about 800 to 1,000 samples' (the unit
    and the hedge said once); None when the two are written with different units ('45 cases', '50 patients')."""
    a, b = re.fullmatch(r"(.*\d)(\D*)", low), re.fullmatch(r"(.*\d)(\D*)", high)
    if a is None or b is None or a.group(2) not in _singular_of(b.group(2)):
        return None
    if a.group(2) in ("%", ""):
        return f"{low} to {high}"
    hedge = re.match(r"[a-z ]+(?=\d)", low)
    if hedge and high.startswith(hedge.group(0)):
        high = high[len(hedge.group(0)):]
    return f"{a.group(1)} to {high}"


def _singular_of(unit: str) -> tuple[str, ...]:
    """A unit as written after the range's low end: itself, or its singular after 1 ('1 degree', '5 degrees': 'อุณหภูมิ
    ลดลง 1 - 5 องศา' read 'a decrease of 1 degree', the range's high end lost)."""
    forms = [unit]
    if unit.endswith("ies"):
        forms.append(unit[:-3] + "y")
    elif unit.endswith("es"):
        forms += [unit[:-2], unit[:-1]]
    elif unit.endswith("s"):
        forms.append(unit[:-1])
    return tuple(forms)


KEY_SHOWN = 3
"""How many figures a brief must show: the first this many by position that mean something alone."""


def key_figures(analysis: Analysis) -> tuple[list[KeyFigure], int]:
    """Figures in the order the brief lists them, and how many must be shown.

    One entry per figure (`distinct_figures`). Figures that mean something alone come first, in
    order of position (the title's, then the body's), the first KEY_SHOWN of them required; a bare
    count nothing measures ('150 years', '2 points', `is_bare`) comes after them all, so it never
    crowds out a measured or counted one."""
    ordered = distinct_figures(ranges(analysis, sorted(analysis.figures, key=lambda f: (f.field != "title", f.start))))
    informative: list[KeyFigure] = []
    bare: list[KeyFigure] = []
    for f in ordered:
        english = singular(no_thai(f.english or ""))
        if not english or check_numbers(english, analysis) or _SCIENTIFIC.search(english):
            english = singular(no_thai(_fallback_figure(f)))
        if not english or check_numbers(english, analysis):
            continue
        measure = measure_of(analysis, f)
        (bare if is_bare(f, measure) else informative).append(KeyFigure(english, measure, f))
    required = min(len(informative), KEY_SHOWN) if informative else min(len(bare), 1)
    return informative + bare, required


_SCIENTIFIC = re.compile(r"\d[eE][+-]?\d")
_ONE = re.compile(r"(?<![\d.,])1 ([a-z]+)\b")
_NOT_PLURAL = {"baht", "yuan", "yen", "won", "series", "species", "news", "people", "us", "bus", "gas", "class",
               "press", "status", "campus", "census", "bonus", "plus", "this", "his", "has", "was", "is", "as"}


def singular(text: str) -> str:
    """'1 metres' -> '1 metre', '1 sites' -> '1 site', '1 cities' -> '1 city'; other numbers unchanged."""
    def one(m: re.Match[str]) -> str:
        word = m.group(1)
        if word in _NOT_PLURAL or not word.endswith("s") or word.endswith("ss"):
            return m.group(0)
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif re.search(r"(?:ch|sh|x|ss)es$", word):
            word = word[:-2]
        else:
            word = word[:-1]
        return f"1 {word}"

    return _ONE.sub(one, text)


_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _fallback_figure(figure: Figure) -> str:
    """The figure's value written out in full words and digits, exact, never rounded (the brief
    states only its values): 528969000 THB -> '528.969 million baht', never '5.28969e+08 THB'."""
    number = Decimal(repr(float(figure.value)))
    words = ""
    for scale, name in _SCALES:
        scaled = number / Decimal(repr(scale))
        if abs(number) >= Decimal(repr(scale)) and scaled == scaled.quantize(Decimal("0.001")):
            number, words = scaled, f" {name}"
            break
    value = format(number, ",f")
    value = value.rstrip("0").rstrip(".") if "." in value else value
    if figure.unit == "%":
        return f"{value}{words}%"
    unit = "baht" if figure.unit == "THB" else figure.unit
    return f"{value}{words} {unit}"


def english_phrases(analysis: Analysis) -> list[str]:
    """English names and phrases the release writes itself, parenthesised ones first.

    Ordinals are spelt out, and a phrase with any other number that is not a figure or date of the
    Analysis is left out, so quoting the release never adds a number the facts lack.
    """
    body = analysis.body
    taken = [(e.start, e.end) for e in analysis.entities if e.field == "body" and e.type == "person"]
    names = {(e.english or "").lower() for e in analysis.entities} | {e.text.lower() for e in analysis.entities}
    names |= {(e.role_english or e.role or "").lower() for e in analysis.entities if e.type == "person"}
    names.discard("")
    found: list[tuple[int, int, str]] = []
    for m in _PAREN_LATIN.finditer(body):
        found.append((0, m.start(1), m.group(1)))
    for m in _LATIN_RUN.finditer(body):
        found.append((1, m.start(), m.group(0)))
    out: list[str] = []
    seen: set[str] = set()
    for tier, start, raw in sorted(found):
        phrase = " ".join(raw.split()).strip(" ,:-–.")
        words = phrase.split()
        if len(re.findall(r"[A-Za-z]{2,}", phrase)) < (2 if tier == 0 else 3) or len(words) > 16:
            continue
        if _PERSONISH.search(phrase) or _URLISH.search(phrase):
            continue
        if any(start < e and s < start + len(raw) for s, e in taken):
            continue
        phrase = ordinals_to_words(phrase)
        if numbers_in(phrase) and check_numbers(phrase, analysis):
            continue
        key = phrase.lower()
        if key in seen or any(key in s for s in seen | names):
            continue
        seen.add(key)
        out.append(phrase)
    return out
