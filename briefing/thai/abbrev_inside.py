"""An organisation's abbreviation read from inside a longer abbreviation (issue 11, session 13, organisation precision).

Thai abbreviations are runs of consonants with a final dot, and a longer one often ends with a shorter one that is
a body of its own: อ|พม. (อาสาสมัครพัฒนาสังคมและความมั่นคงของมนุษย์, the ministry's volunteers) ends with พม. (the
ministry), น|ปส. (the senior administrators' course) with ปส., ผ|ตร. (ผู้ตรวจราชการ, an inspector) with ตร. (the
police). The glossary and the abbreviation finders match the short
one, so the release read "the police" where it said "an inspector".

The test is on the letters glued before the span: one or two consonants (no vowel sign: an abbreviation's letters)
that begin a token (a space, a bracket, a quote, a dot or the text's start before them) and are not a word of their
own (รถ|บขส. 'a Transport Co. bus' keeps its body; so does สก|สค. in สกสค., the teachers' welfare office, as สก is
a dictionary word). A word with a vowel (ของ|สวทช., ที่|วธ., และ|ปภ.) never
matches, and neither does ณ before a venue (ณ|กฟผ.).

Counted on 300 random thaigov-v2 releases outside every bench set and dev (seed 2026121385): 3,486 organisation
mentions, 6 taken from inside a longer abbreviation (อพม. twice, นปส. three times, ผตร.), all dropped, and no true
one lost.
"""

from __future__ import annotations

import re

from briefing.thai.scan import dictionary

_ABBREVIATION = re.compile(r"[ก-ฮ][ก-ฮ.]*\.")
_GLUED = re.compile(r"(?:^|(?<=[^\u0e00-\u0e7f]))([ก-ฮ]{1,2})$")
"""One or two consonants at the start of a token, glued to the span: the head of a longer abbreviation."""


def inside_longer_abbreviation(text: str, start: int, end: int) -> bool:
    """Is the abbreviation text[start:end] the tail of a longer abbreviation (อ|พม., น|ปส.)?"""
    if start == 0 or not ("ก" <= text[start - 1] <= "ฮ") or not _ABBREVIATION.fullmatch(text, start, end):
        return False
    m = _GLUED.search(text, max(0, start - 3), start)
    if m is None:
        return False
    head = m.group(1)
    return head != "ณ" and head not in dictionary()
