"""A meeting room or hall glued before a body's name is one place: ห้องประชุมกรมชลประทาน, หอประชุมคุรุสภา.

Releases name a venue by the body whose room or hall it is, written as one word: "ที่ห้องประชุมกรมชลประทาน สามเสน",
"(หอประชุมคุรุสภา)", "ณ ห้องประชุมบุณยเกตุ ชั้น 1 หอประชุมคุรุสภา". The venue rules take such a name after ณ, but
after ที่, in brackets or after a floor the body's name was read alone, as an organisation, and the room was lost:
the reader saw the Teachers' Council acting where the text names the hall it owns. CONVENTIONS.md C3 keeps a glued
name whole and lists it as a place (heldout122 h03 ห้องประชุมกระทรวงแรงงาน, h09 ห้องประชุมกรมการศาสนา), and the
body is not listed for it.

What a reader expects (corpus releases, details/NNNNN in the tests):
- "โดยจัดที่ห้องประชุมกรมชลประทาน สามเสน" -> ห้องประชุมกรมชลประทาน, a place, no organisation;
- "ชั้น 1 หอประชุมคุรุสภา กรุงเทพฯ" -> หอประชุมคุรุสภา, a place;
- not: a room word spaced from the body (ห้องประชุม กรมชลประทาน is a chain the venue rules split), or a body
  already inside a longer span.

This module reads only the text; `entities.find_entities` calls it on the organisation spans it found.
"""

from __future__ import annotations

ROOM_HEADS = ("ห้องประชุม", "หอประชุม")


def room_start(text: str, start: int) -> int | None:
    """Start of a room or hall word glued right before an organisation span at `start` (None: none there)."""
    for head in ROOM_HEADS:
        if text.endswith(head, 0, start):
            return start - len(head)
    return None
