"""A province's central venue written glued to the province is one place (issue 11, session 18 second round, places).

Thai names a province's central stadium, mosque or detention centre by its kind, กลาง ('central') and the province:
สนามกีฬากลางจังหวัดนนทบุรี (the Nonthaburi Provincial Stadium), มัสยิดกลางจังหวัดปัตตานี (the Central Mosque of Pattani),
สถานกักขังกลางจังหวัดปทุมธานี. Like ศาลากลางจังหวัดระยอง (the provincial hall, a venue head of its own), the province is
part of the name: there is one central stadium per province. The extractor cut the venue before จังหวัด, so a reader saw
สนามกีฬากลาง ('the central stadium', of nowhere) and the province as two places; the stadium is found whole only where
a Wikipedia title holds it (Suphan Buri). In the thaigov-v2 corpus ~40 releases write such a name (สนามกีฬากลาง 23,
มัสยิดกลาง 9, สถานกักขังกลาง 10, which is not found as a venue at all and is left alone); the stadiums and mosques were
nearly all cut; heldout126 h05 (details/83979) is one.

The join is made only where the province follows with no space (a chain written with spaces, "ลานกลาง จังหวัด...",
stays split as C3 asks) and the venue is not a region (ภาคกลาง, ภูมิภาคกลาง).
"""

from __future__ import annotations

_PROVINCE = ("จังหวัด", "จ.")
_REGIONS = ("ภาค", "ภูมิภาค")


def joins(text: str, start: int, end: int, next_start: int) -> bool:
    """Whether the place at start:end (a venue ending in กลาง) and the place starting at next_start (the province,
    glued to it) are one name."""
    name = text[start:end]
    return (next_start == end and name.endswith("กลาง") and len(name) > len("กลาง") + 2
            and not name.startswith(_REGIONS) and text.startswith(_PROVINCE, next_start))
