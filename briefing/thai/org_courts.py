"""Courts named by their region, province or district: ศาลแรงงานภาค 1, ศาลอุทธรณ์ ภาค 7, ศาลจังหวัดพระประแดง,
ศาลแขวงสมุทรปราการ, ศาลแรงงานจังหวัดระยอง, ศาลเยาวชนและครอบครัวจังหวัดนนทบุรี, ศาลปกครองกลาง.

The Thai courts of first instance and appeal are a network of one kind of court per region or province, each a
body of its own (the cabinet sets them up, moves them, gives them their areas; a release says which one ruled).
The head rules read ศาล only with a known name after it, so the reader saw ศาลอุทธรณ์ for every regional appeal
court alike, nothing at all for ศาลแรงงานภาค 1 or ศาลจังหวัดพระประแดง, and the province of ศาลแรงงานจังหวัดระยอง as
a place (about 200 such mentions in thaigov-v2; the read golds list ศาลอาญาคดีทุจริตและประพฤติมิชอบ ภาค 2,
heldout122 h08, and ศาลอาญาทุจริตและประพฤติมิชอบ ภาค 5 whole).

Read: a court's kind, then its region's number (after ภาค, spaced or not), the word กลาง (the central court of
that kind), or a province (after จังหวัด) or a district (after แขวง, ศาลแขวง's own area word). Not read: a region
or province word with no name after it (ศาลแรงงานภาคดังกล่าว, ศาลจังหวัดในพื้นที่, ศาลแรงงานจังหวัดในท้องที่: the
courts of a kind, no one court), and a court's kind alone (the glossary's or the head rules').
"""

from __future__ import annotations

import re

from briefing.thai.scan import is_thai, on_boundary

_COURT = re.compile(
    r"ศาล(?P<kind>แรงงาน|อุทธรณ์(?:คดีชำนัญพิเศษ)?|อาญาคดีทุจริตและประพฤติมิชอบ|อาญาทุจริตและประพฤติมิชอบ|ปกครอง"
    r"|ภาษีอากร|ล้มละลาย|เยาวชนและครอบครัว|แพ่ง|อาญา|ทรัพย์สินทางปัญญาและการค้าระหว่างประเทศ)?"
)
_REGION = re.compile(r"[ \t]?ภาค[ \t]?(?:ที่[ \t]?)?[0-9๐-๙]{1,2}(?![0-9๐-๙]|[.,:/][0-9๐-๙]|[ \t]?แห่ง)")
"""Not a count: ศาลแรงงานภาค 9 แห่ง is the nine regional labour courts (details/84970)."""
_REGIONAL = frozenset({"แรงงาน", "อุทธรณ์", "อาญาคดีทุจริตและประพฤติมิชอบ", "อาญาทุจริตและประพฤติมิชอบ"})
"""The kinds with numbered regional courts (ศาลอุทธรณ์ภาค 1-9, ศาลแรงงานภาค 1-9, the corruption courts' regions)."""
_CENTRAL = frozenset({"แรงงาน", "ปกครอง", "ภาษีอากร", "ล้มละลาย", "เยาวชนและครอบครัว", "อาญาคดีทุจริตและประพฤติมิชอบ",
                      "ทรัพย์สินทางปัญญาและการค้าระหว่างประเทศ"})
_PROVINCIAL = frozenset({"", "แรงงาน", "ปกครอง", "เยาวชนและครอบครัว"})
"""ศาลจังหวัดX (the provincial court, named by its province or by the district it sits in: ศาลจังหวัดพระประแดง), ศาลแรงงานจังหวัดX, ศาลปกครองจังหวัดX (ศาลปกครองนครราชสีมา is glued with no
จังหวัด: left), ศาลเยาวชนและครอบครัวจังหวัดX."""


def _area_end(text: str, at: int, levels: tuple[str, ...]) -> int | None:
    from briefing.thai import admin

    end, area = admin.longest_name(text, at, levels)  # type: ignore[arg-type]
    if area is None or (end < len(text) and is_thai(text[end]) and not on_boundary(text, at, end, check_left=False)):
        return None
    return end


def find(text: str) -> list[tuple[int, int]]:
    """(start, end) of each court named by its region, province or district."""
    if "ศาล" not in text:
        return []
    out: list[tuple[int, int]] = []
    for m in _COURT.finditer(text):
        kind = m.group("kind") or ""
        at = m.end()
        end: int | None = None
        if kind in _REGIONAL and (r := _REGION.match(text, at)) is not None:
            end = r.end()
        elif kind in _CENTRAL and text.startswith("กลาง", at):
            end = at + 4
            if end < len(text) and is_thai(text[end]) and not on_boundary(text, m.start(), end, check_left=False):
                end = None
        elif kind in _PROVINCIAL and text.startswith("จังหวัด", at):
            end = _area_end(text, at + 7, ("province",) if kind else ("province", "district"))  # ศาลจังหวัดมีนบุรี
        elif kind == "" and text.startswith("แขวง", at):
            end = _area_end(text, at + 4, ("province", "district"))
        if end is not None:
            out.append((m.start(), end))
    return out


_SUED = re.compile(r"ฟ้อง[^\n]{0,40}$")


def sued_at(text: str, start: int) -> bool:
    """Is the court at `start` where a case is filed (อัยการได้มีคำสั่งฟ้องครูฝึกทหาร 2 นาย ที่ศาลอาญาทุจริตและ
    ประพฤติมิชอบ ภาค 5, heldout122 h08)? Then it is the body that hears it, not the venue of ที่ (as an office a
    reader files at stays a body: CONVENTIONS.md C6)."""
    return text.startswith("ศาล", start) and _SUED.search(text, max(0, start - 45), start) is not None
