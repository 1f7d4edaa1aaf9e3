"""An organisation with no English form takes the English of the name the release pairs it with in brackets.

A release defines a short form in brackets after a full name (สำนักงานคณะกรรมการกลางอิสลามแห่งประเทศไทย (สกอท.))
or the reverse, and then uses the short form alone. When only one of the pair has an English form (the full name is
listed, the short form is not; or a listed short form after a misspelt full name), the side panel showed the other
with the Thai alone, although the release itself says they are the same body. This gives the one without English the
other's English and source, and then every other mention of the same text in the release the same. It changes no span
and no type.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.model import Entity, Field

_OPEN = re.compile(r"[ \t\u00a0]*\(")
_CLOSE = re.compile(r"[ \t\u00a0]*\)")
_SHORT = re.compile(r"(?:[\u0e01-\u0e4e]{1,5}\.)+(?:[\u0e01-\u0e4e]{1,5})?|[A-Z][A-Za-z&]{1,9}")
"""A short form: Thai letters with dots (สกอท., ป.ย.ป., ศวฮ.จฬ.) or a Latin acronym (GIZ): a name in brackets that
is not one (บริษัท เนสท์เล่ (ไทย) จำกัด (รถสามล้อโยก): what it gave) is no second name of the body."""


def _strength(e: Entity) -> int:
    """No English 0, a romanised guess 1, our translation 2, listed or the release's own 3: a guess yields to the
    listed English of its pair (บริษัทประกันสินเชื่ออุตสาหกรรมขนาดย่อม (บสย.): 'Thai Credit Guarantee Corporation')."""
    if not e.english:
        return 0
    return {"romanised": 1, "translated": 2}.get(e.english_source or "", 3)


def share(entities: Iterable[Entity], texts: dict[Field, str]) -> None:
    """Fill in the English of organisations paired in brackets, in place."""
    orgs = [e for e in entities if e.type == "organisation"]
    by_start = {(e.field, e.start): e for e in orgs}
    for e in orgs:
        text = texts[e.field]
        opened = _OPEN.match(text, e.end)
        inner = by_start.get((e.field, opened.end())) if opened else None
        if inner is None or not _CLOSE.match(text, inner.end):
            continue
        pair = [e, inner]  # NAME (SHORT): the one with the better English gives it to the other
        if not _SHORT.fullmatch(inner.text) or _SHORT.fullmatch(e.text):
            continue
        weak, strong = sorted(pair, key=_strength)
        if _strength(weak) < 2 <= _strength(strong):
            weak.english, weak.english_source = strong.english, strong.english_source
    given = {e.text: e for e in orgs if e.english}
    for e in orgs:
        if not e.english and e.text in given:
            e.english, e.english_source = given[e.text].english, given[e.text].english_source
