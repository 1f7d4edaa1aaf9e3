"""The units, classifiers and currencies of briefing/data/units.toml, loaded once.

Data rather than code so a user can add a classifier without reading Python; this module only
turns the file into lookup tables and compiled patterns for `figures`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.thai.gazetteer import data_toml


@dataclass(frozen=True, slots=True)
class Unit:
    """What a unit word means: its kind, English forms, and the currency code for money."""

    kind: str
    singular: str
    plural: str
    code: str | None = None
    whole_word: bool = False
    multiplier: float = 1.0
    """For abbreviations that carry a scale: ลบ. is ล้านบาท (1e6 baht)."""

    def english(self, value: float) -> str:
        return self.singular if value == 1 and self.kind != "money" else self.plural


@dataclass(frozen=True, slots=True)
class Units:
    thai: dict[str, Unit]
    latin: dict[str, Unit]
    prefixes: dict[str, Unit]
    nouns: dict[str, tuple[str, frozenset[str]]]
    """Thai noun -> (English plural, plurals of the generic classifiers it refines)."""
    thai_re: re.Pattern[str]
    latin_re: re.Pattern[str]
    latin_gap_re: re.Pattern[str]
    """A count noun after one to three lowercase words ("5,382 water management centers")."""
    prefix_re: re.Pattern[str]
    noun_re: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def load_units() -> Units:
    """Read units.toml (cached): maps from each written form to its Unit, and patterns for them."""
    data = data_toml("units.toml")
    thai: dict[str, Unit] = {}
    latin: dict[str, Unit] = {}
    prefixes: dict[str, Unit] = {}
    for block in data.get("currency", []):
        unit = Unit("money", block["english"], block["english"], block["code"],
                    multiplier=float(block.get("multiplier", 1.0)))
        for form in block.get("thai", []):
            thai.setdefault(form, unit)
        for form in block.get("latin", []):
            latin.setdefault(form.lower(), unit)
        for form in block.get("prefix", []):
            prefixes.setdefault(form.lower(), unit)
    for block in data.get("unit", []):
        unit = Unit(block["kind"], block["singular"], block["plural"],
                    whole_word=bool(block.get("whole_word", False)),
                    multiplier=float(block.get("multiplier", 1.0)))
        for form in block.get("thai", []):
            thai.setdefault(form, unit)
        for form in block.get("latin", []):
            latin.setdefault(form.lower(), unit)
    for word in data.get("english", {}).get("counts", []):
        latin.setdefault(word.lower(), Unit("count", word, word))
    nouns = {form: (block["plural"], frozenset(block.get("counts", ["sites"])))
             for block in data.get("noun", []) for form in block["thai"]}
    return Units(
        thai=thai,
        latin=latin,
        prefixes=prefixes,
        nouns=nouns,
        thai_re=re.compile(_alternation(list(thai))),
        latin_re=re.compile(rf"(?:{_alternation(list(latin))})(?![A-Za-z])", re.IGNORECASE),
        latin_gap_re=re.compile(
            r"(?:(?!(?:of|the|and|to|in|for|from|per|at|by|on|with|or|than|is|are|was|were|a|an)\s)"
            rf"[a-z][a-z&;'-]*\s+){{1,3}}(?P<unit>{_alternation([w for w, u in latin.items() if u.kind == 'count'])})"
            r"(?![A-Za-z])"),
        prefix_re=re.compile(rf"(?<![A-Za-z])(?:{_alternation(list(prefixes))})\s?$", re.IGNORECASE),
        noun_re=re.compile(rf"(?P<noun>{_alternation(list(nouns))})\s*(?:รายใหม่|ใหม่|สะสม|จำนวน|รวม|ทั้งหมด|วันนี้|เพิ่ม|แล้ว|"
                           r"ทั้งสิ้น|อีก|กว่า|ประมาณ|ราว|มากกว่า)?\s*$"),
    )
