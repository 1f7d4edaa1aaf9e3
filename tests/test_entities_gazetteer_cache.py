"""The names entities.py derives from a gazetteer are worked out once per gazetteer, and a gazetteer
never gets another's: a cache keyed by id() alone gave a new gazetteer, made at the address of one the
collector had freed, that one's names."""

from __future__ import annotations

import gc

from briefing.thai.entities import _latin_org_names, _latin_place_names
from briefing.thai.gazetteer import Gazetteer, Term


def test_each_gazetteer_gets_its_own_latin_names_even_at_a_reused_address() -> None:
    for n in range(30):
        g = Gazetteer(terms={f"Office Number {n}": Term(type="organisation", english=f"Office Number {n}"),
                             f"Town {n}": Term(type="place", english=f"Town {n}")})
        assert _latin_org_names(g) == {f"Office Number {n}"}
        assert _latin_place_names(g) == {f"Town {n}"}
        assert _latin_org_names(g) is _latin_org_names(g)  # worked out once
        del g
        gc.collect()
