"""A venue's or body's name that ends in a royal commemoration (issue 11, session 14): หอประชุมเฉลิมพระเกียรติ
80 พรรษา, สนามกีฬาเฉลิมพระเกียรติ 84 พรรษา, อาคารเฉลิมพระเกียรติ 7 รอบ พระชนมพรรษา, ศูนย์ศึกษาธรรมชาติกองทัพบก
บางปู เฉลิมพระเกียรติ 72 พรรษามหาราชินี, โรงพยาบาลยี่งอเฉลิมพระเกียรติ 80 พรรษา.

Buildings, parks, stadiums, hospitals and centres built for a king's or queen's birthday are named after it, and
the name ends with the age (N พรรษา) or cycles (N รอบ พระชนมพรรษา). The head rules stop at the number's space, so
a reader saw หอประชุมเฉลิมพระเกียรติ 80 (a name cut after its number) or ศูนย์ศึกษาธรรมชาติกองทัพบกบางปู without the
commemoration the read golds keep (heldout46 h02, heldout80 h06). `tail_end` runs a span on through:
- the rest of the commemoration when the span stops inside it (...เฉลิมพระเกียรติ 80| พรรษา, ...เฉลิมพระเกียรติ|
  72 พรรษา);
- a commemoration after the whole name, spaced or glued (...บางปู| เฉลิมพระเกียรติ 72 พรรษามหาราชินี);
and the royal word glued or spaced after พรรษา (มหาราชินี, มหาราช). Only the word เฉลิมพระเกียรติ opens such a
tail: a bare "80 พรรษา" after a name is the celebration (งานเฉลิมพระชนมพรรษา 90 พรรษา is no venue), and an
event's name ends where its rules say.

A name cut at ครบ runs on through the anniversary's years (session 20): ศูนย์ประชุมนานาชาติฉลองสิริราชสมบัติครบ 60 ปี.

A royal temple's designation after its name is part of it too (session 15): วัดศรีโสดา พระอารามหลวง, วัดไตรธรรมาราม
พระอารามหลวง (480 such in thaigov-v2 releases). The temple rules stopped at the space, so a reader saw วัดศรีโสดา, and the
read gold lists the whole (heldout96 h01); the designation alone names no temple.
"""

from __future__ import annotations

import re

_INSIDE = re.compile(r"[ \t]?(?:พรรษา|รอบ(?:[ \t]?พระชนมพรรษา)?)")
"""After a span that ends in เฉลิมพระเกียรติ and a number: the rest of the age or cycles."""
_AFTER_WORD = re.compile(r"[ \t]?[0-9๐-๙]{1,3}[ \t]?(?:พรรษา|รอบ(?:[ \t]?พระชนมพรรษา)?)")
"""After a span that ends in เฉลิมพระเกียรติ: the number and the age or cycles."""
_AFTER_NAME = re.compile(r"[ \t]?เฉลิมพระเกียรติ[ \t]?[0-9๐-๙]{1,3}[ \t]?(?:พรรษา|รอบ(?:[ \t]?พระชนมพรรษา)?)")
"""After a whole name: the commemoration, spaced or glued."""
_ROYAL = re.compile(r"[ \t]?(?:มหาราชินี|มหาราช)(?![\u0e01-\u0e4e])")
_TEMPLE_DESIGNATION = re.compile(r"[ \t]?พระอารามหลวง(?![\u0e01-\u0e4e])")
"""After a temple's name: its royal designation, spaced or glued."""
_YEARS = re.compile(r"[ \t]?(?:รอบ[ \t]?)?[0-9๐-๙]{1,3}[ \t]?ปี(?![\u0e01-\u0e4e])")
"""After a name that ends in ครบ (ฉลองสิริราชสมบัติครบ, ฉลองครบ): the years of the anniversary it was built for
(session 20: ณ ศูนย์ประชุมนานาชาติฉลองสิริราชสมบัติครบ 60 ปี มหาวิทยาลัยสงขลานครินทร์ was cut at ครบ, 15 mentions in
120 corpus releases with a commemorated venue; bench/heldout116 h29)."""
_ENDS_IN_NUMBER = re.compile(r"เฉลิมพระเกียรติ[ \t]?[0-9๐-๙]{1,3}$")


def tail_end(text: str, start: int, end: int) -> int:
    """The end of the name at `start` (ended at `end`) run on through a royal commemoration (module docstring);
    `end` when none follows."""
    if text.startswith("วัด", start) and "พระอารามหลวง" in text[end:end + 14]:
        temple = _TEMPLE_DESIGNATION.match(text, end)
        if temple:
            return temple.end()
    if text.endswith("ครบ", start, end):  # ศูนย์ประชุมนานาชาติฉลองสิริราชสมบัติครบ| 60 ปี: the anniversary's years
        years = _YEARS.match(text, end)
        if years:
            return years.end()
    if "พรรษา" not in text[end:end + 40] and "รอบ" not in text[end:end + 20]:
        return end  # the cheap check: almost no span is followed by one
    name = text[start:end]
    m = None
    if _ENDS_IN_NUMBER.search(name):
        m = _INSIDE.match(text, end)
    elif name.endswith("เฉลิมพระเกียรติ"):
        m = _AFTER_WORD.match(text, end)
    else:
        m = _AFTER_NAME.match(text, end)
    if m is None:
        return end
    royal = _ROYAL.match(text, m.end())
    return royal.end() if royal else m.end()
