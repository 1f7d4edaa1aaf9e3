"""An abbreviated unit glued to the abbreviation of the ministry or province it belongs to is one name.

Releases write a centre, a division or a command with its parent's or its province's short form glued after it:
ศปท.อก. (the Ministry of Industry's anti-corruption centre), ศบค.มท. (the Interior Ministry's COVID-19 centre),
ศอ.ปส.จ.ชบ. (Chon Buri's narcotics-suppression directing centre), กอ.รมน.จว. (a province's ISOC), กยผ.สปอ.
The recognisers stop at the first short form they know or read (ศปท., ศบค., ศอ.ปส.จ.), so the span named the parent
body or a body of every province, and the glued rest was lost: a reader expects the whole short form.

`unit_end` takes the glued chunks of two or three letters and a dot, when nothing Thai follows them. Left alone: a
rank or a title glued after a body (ครม.พล.อ.ประยุทธ์), a one-letter chunk (a degree's วศ.ด., พท.ม.; ศป.ปส.อ./ข.),
a chunk a word or a number continues (ธปท.ฝคง.ว. 951/2564), and a ministry's short form before another (พณ.อก.,
รง.สงป.: two bodies in a list written without a space). Session 24 organisation precision, on 1,700 corpus releases
outside the bench sets: 10 releases' spans made whole (ศปท.อก. x2, ศบค.มท. x3, ศบค.ยธ., ศบค.สธ., ศอ.บต.กษ., กยผ.สปอ.,
ศอ.ปส.จ.ชบ., กอ.รมน.จว.), 2 changed and still no body (ศป.|ปส.อปท., the volunteers' อส.ศธ.), none made wrong.
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import Gazetteer

_CHAIN = re.compile(r"(?:[\u0e01-\u0e2e]{2,3}\.)+(?![\u0e01-\u0e4e0-9๐-๙])")
_TITLES = ("พล.", "นพ.", "พญ.", "ดร.", "ผศ.", "รศ.", "ทพ.", "สพ.", "ภก.", "ผอ.", "รมว.", "รมช.", "ปธ.")
"""Ranks, titles and posts written glued after a body's short form (ครม.พล.อ.ประยุทธ์, ศปท.ผอ.): a person's, not
the body's."""


def unit_end(text: str, start: int, end: int, g: Gazetteer) -> int:
    """The end of the short form at `start` with the parent's or province's short forms glued after `end`; `end`
    when none is."""
    if end - start < 3 or text[end - 1] != "." or text.startswith(_TITLES, end):
        return end
    m = _CHAIN.match(text, end)
    if m is None:
        return end
    known = g.terms.get(text[start:end])
    if known is not None and known.kind == "ministry":
        return end  # พณ.|อก., รง.|สงป.: a list of ministries written glued
    return m.end()
