"""The gist of a message release: 'สาร นายเศรษฐา ทวีสิน นายกรัฐมนตรี เนื่องในโอกาสวันครู ...' -> 'Prime Minister
Srettha Thavisin issues a message on Teachers' Day' (`message_action`).

The site posts the messages the Prime Minister, a minister or a commander issues for a day (Teachers' Day, World
Water Day, a founding anniversary, Ramadan) under a title that opens with สาร (a message) or สารอวยพร (a greeting),
then who, then 'เนื่องใน(โอกาส)' and the occasion. No verb follows, so the gist read สาร as its headword 'substance'
and the title as a topic: 'Prime Minister Srettha Thavisin reports on Srettha Thavisin substance' (all 20 archive
titles that open so, session 18; gists15 g16, details/38360, 50567, 81595). Here the title says what was done: a
message issued, and on which day when the occasion is a day the glossary reads whole; else the day is left out
(a word-by-word day is worse than none).
"""

from __future__ import annotations

import re

from briefing.summary.words import headwords

_MESSAGE = re.compile(r"^[\W\u200b]*สาร(?P<greeting>อวยพร)?(?=\s|นาย|นาง|พล|ผู้|รอง|รัฐมนตรี|ประธาน|อธิบดี|ปลัด|"
                      r"เลขาธิการ|จาก|ของ)")
"""A title that opens with สาร (a message; สารอวยพร a greeting) and then who: 'สารคดี' (a documentary),
'สารเคมี' (chemicals) go on with letters no name starts with."""

_OCCASION = re.compile(r"เนื่องใน(?:โอกาส)?\s*(?P<occasion>.+)$")
_OCCASION_END = re.compile(r"\s*(?:ครั้งที่|ประจำปี|ประจำ|พุทธศักราช|พ\.ศ\.|ปี\s*\d|วันที่|ครบรอบ|[\d๐-๙]).*$")
"""Where the occasion's name ends: its edition, year or date."""


def message_action(title: str) -> str | None:
    """'issues a message on Teachers' Day' for a message title (only 'issues a message' when the occasion is not one
    day the glossary reads whole, 'issues a greeting' for สารอวยพร); None for any other title."""
    m = _MESSAGE.match(title)
    if m is None:
        return None
    said = "issues a greeting" if m.group("greeting") else "issues a message"
    on = _OCCASION.search(title)
    if on is None:
        return said
    occasion = _OCCASION_END.sub("", on.group("occasion"))
    days = [d.strip(" \"“”'‘’") for d in re.split(r"\s*(?:และ|,)\s*", occasion)]
    english = [headwords().get(d, (None, ""))[1] for d in days]
    if not days or not all(e.endswith("Day") and e[:1].isupper() for e in english):
        return said  # 'ต้อนรับเดือนรอมฎอน', 'วันคล้ายวันสถาปนา...': no day read whole, none said
    return f"{said} on {' and '.join(english)}"
