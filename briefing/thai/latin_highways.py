"""Highways named by their number in English (issue 11, session 18 second round, places).

The English releases (Government News, cabinet synopses) name Thai highways as the Department of Highways writes
them: "Highway 4027", "Highway No. 1093", "National Highway No. 377", "State Highway No. 34". A Thai release's
ทางหลวงหมายเลข 212 is a place (the read golds list road numbers; places._ROAD_CODE finds them), but no rule read the
English: a reader of "Bailey steel bridge on Highway 1338, Kha Yaeng-Pa Miang" saw the section's ends highlighted and
not the road. The thaigov-v2 corpus writes such numbers in 21 releases (about 60 mentions); heldout126 h11
(details/92278) has two.

A name is Highway, optionally after National/State/Asian, optionally No. or No, and a number of 1-4 digits that no
letter, digit or decimal follows; "Highway Division", "Department of Highways" and "highway" in lower case (a kind)
name no road.
"""

from __future__ import annotations

import re

_HIGHWAY = re.compile(
    r"(?<![A-Za-z0-9])(?:(?:National|State|Asian)[ ])?Highway[ ](?:No\.?[ ]?)?[0-9]{1,4}(?![0-9A-Za-z]|[.,][0-9])"
)


def find(text: str) -> list[tuple[int, int]]:
    """Every highway named by its number, as (start, end)."""
    if "Highway" not in text:
        return []
    return [(m.start(), m.end()) for m in _HIGHWAY.finditer(text)]
