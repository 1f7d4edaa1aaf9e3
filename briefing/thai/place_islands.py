"""A named island is a place wherever it stands: โรงพยาบาลแห่งเดียวบนเกาะยาวน้อย, ประชาชนบนเกาะหลีเป๊ะ.

The venue rules read a head (เกาะ among them) after ณ, a place preposition or a verb of visiting, and the gazetteer
knows the islands that are districts or famous (เกาะสมุย, เกาะช้าง); an island glued to any other word (บนเกาะยาวน้อย,
นักท่องเที่ยวเกาะพีพี, การพัฒนาเกาะลิบง) was not read. A reader of a release about a hospital, a pier or a ferry on an
island expects the island (bench/heldout148 h05, blind: "เป็นโรงพยาบาลแห่งเดียวบนเกาะยาวน้อย" -> เกาะยาวน้อย).

As place_dams does for dams, only a name the Wikipedia title list knows is taken (gazetteer.wiki(): เกาะ + the island's
name), the longest one that ends on a word boundary, so เกาะ the verb (เกาะติด, เกาะกลุ่ม) and a kind of island
(เกาะกลางถนน, the median; เกาะความร้อน, a heat island; เกาะร้าง, a deserted island) stay out.
"""

from __future__ import annotations

from briefing.thai.gazetteer import Gazetteer
from briefing.thai.place_dams import titled_after_head

_HEAD = "เกาะ"
_KINDS = (
    "กลาง", "ความร้อน", "ร้าง", "ภูเขาไฟ", "ปริ่มน้ำ", "ปะการัง", "น้อย", "สูง", "ต่ำ", "รัก", "มหาสมบัติ", "พิพิธภัณฑ์",
    "ทั้ง", "ญี่ปุ่น", "อังกฤษ", "บริเตน", "ปาก", "สอง", "ผี", "เล็ก", "ใหญ่",
)
"""Titles that are a kind of island, a film or a country's islands, not one island: เกาะกลาง(แม่น้ำ), เกาะความร้อน
(เมือง), เกาะร้าง, เกาะภูเขาไฟ, เกาะน้อย, เกาะรักกลหัวใจ, เกาะทั้งเจ็ดของบอมเบย์, เกาะญี่ปุ่น, เกาะปาก (a verb phrase
in releases), เกาะสอง (Kawthaung, mostly a count: เกาะสองแห่ง), เกาะผี."""
_LONGEST = 30


def find(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """(start, end) of each island the title list names (not หมู่เกาะ..., an archipelago's name read elsewhere)."""
    return titled_after_head(text, g, _HEAD, _KINDS, _LONGEST, boundary=True, not_after="หมู่")
