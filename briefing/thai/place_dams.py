"""A named dam is a place wherever it stands: ระบายน้ำลงเขื่อนภูมิพล, ปริมาณน้ำเขื่อนสิริกิติ์, ท้ายเขื่อนเจ้าพระยา.

The venue rules read a venue head (เขื่อน among them) after ณ, a place preposition or a verb of visiting, so a dam
glued to a verb or a noun of water (ลงเขื่อนภูมิพล, ปริมาณน้ำเขื่อนอุบลรัตน์, เติมน้ำเขื่อน...) was not read: the reader
saw nothing where the release names the country's largest reservoirs. Water reports name them that way all the time
(เขื่อนภูมิพล in 68 corpus releases, เขื่อนสิริกิติ์, เขื่อนอุบลรัตน์, เขื่อนป่าสักชลสิทธิ์ ...), and the read golds list every
named dam as a place (เขื่อนเจ้าพระยา, เขื่อนลำตะคอง, เขื่อนกิ่วคอหมา, เขื่อนกิ่วลม).

What a reader expects:
- "เพื่อเร่งระบายน้ำลงเขื่อนภูมิพล ซึ่งขณะนี้ยังมีศักยภาพ" (bench/heldout136 h03, details/88893) -> เขื่อนภูมิพล;
- "ปริมาณน้ำเขื่อนสิริกิติ์ มีน้ำ..." -> เขื่อนสิริกิติ์;
- not: a kind of dam (เขื่อนดิน, เขื่อนหินทิ้ง, เขื่อนคอนกรีต, เขื่อนป้องกันตลิ่ง, เขื่อนกั้นน้ำ), nor เขื่อนแตก (a dam
  bursts), nor a dam word with no name (เขื่อนต่าง ๆ, เขื่อนขนาดใหญ่, เขื่อนหลัก).
Only a name the Wikipedia title list knows is taken (gazetteer.wiki(): เขื่อน + the dam's name, spaces removed), the
longest one, so a dam the list lacks is left to the cued venue rules as before.
"""

from __future__ import annotations

from briefing.thai.gazetteer import Gazetteer
from briefing.thai.scan import on_boundary

_HEAD = "เขื่อน"
_KINDS = ("ดิน", "หิน", "ไม้", "คอนกรีต", "แตก")
"""Wikipedia titles that are kinds of dam or an event, not a dam's name: เขื่อนดิน, เขื่อนหินทิ้ง, เขื่อนไม้, เขื่อนแตก."""
_LONGEST = 40


def find(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """(start, end) of each dam the title list names."""
    return titled_after_head(text, g, _HEAD, _KINDS, _LONGEST)


def titled_after_head(text: str, g: Gazetteer, head: str, kinds: tuple[str, ...], longest: int,
                      boundary: bool = False, not_after: str = "") -> list[tuple[int, int]]:
    """(start, end) of each name the Wikipedia title list holds that starts with `head` (เขื่อน, เกาะ), the longest
    of at most `longest` letters; not where a kind word follows the head, nor right after `not_after` (หมู่|เกาะ);
    with `boundary`, only a name that starts and ends on a word boundary (place_islands: เกาะ the verb)."""
    out: list[tuple[int, int]] = []
    at = text.find(head)
    if at < 0:
        return out
    titles = g.wiki()
    while at >= 0:
        tail = at + len(head)
        end = 0
        if not text.startswith(kinds, tail) and not (not_after and text.endswith(not_after, 0, at)):
            for e in range(min(len(text), at + longest), tail + 1, -1):
                if text[at:e] in titles and (not boundary or on_boundary(text, at, e)):
                    end = e
                    break
        if end:
            out.append((at, end))
            at = text.find(head, end)
        else:
            at = text.find(head, tail)
    return out
