"""The gazetteer: glossary and PyThaiNLP lists loaded once, English forms without Thai script."""

from __future__ import annotations

import re

from briefing.thai.entities import find_entities
from briefing.thai.gazetteer import gazetteer, trie_regex

THAI = re.compile(r"[\u0e00-\u0e7f]")


def test_no_thai_script_in_english_of_ministries_provinces_countries() -> None:
    g = gazetteer()
    checked = 0
    for key, term in g.terms.items():
        if term.kind in ("ministry", "province", "country") and term.english:
            assert not THAI.search(term.english), (key, term.english)
            checked += 1
    assert checked > 200


def test_every_province_is_known_with_and_without_prefix() -> None:
    g = gazetteer()
    assert g.terms["จังหวัดเชียงใหม่"].english == "Chiang Mai Province"
    assert g.terms["จ.เชียงใหม่"].canonical == "จังหวัดเชียงใหม่"
    assert g.terms["กรุงเทพฯ"].english == "Bangkok"


def test_country_found_in_text_has_latin_english() -> None:
    # 2024/.../ข่าวรอง นรม: "investors from China and Singapore"
    entities, _ = find_entities("", "นักลงทุนจากประเทศจีน และประเทศสิงคโปร์ สนใจลงทุนในไทย")
    places = [e for e in entities if e.type == "place"]
    assert {e.text for e in places} >= {"ประเทศจีน", "ประเทศสิงคโปร์"}
    for e in places:
        assert e.english and not THAI.search(e.english)


def test_trie_regex_prefers_the_longest_word() -> None:
    rx = trie_regex(["กรม", "กรมป่าไม้", "กรมป่า"])
    assert rx.match("กรมป่าไม้ได้").group(0) == "กรมป่าไม้"
    assert rx.match("กรมป่าชายเลน").group(0) == "กรมป่า"
    assert trie_regex([]).search("อะไรก็ได้") is None
