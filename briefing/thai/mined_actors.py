"""Bodies the archive names acting, mined into briefing/data/mined_actors.tsv: `names`.

The head-word rules take a name after a weak head (ศูนย์, กอง, สภา, กองทุน, โรงเรียน ...) only where the glossary, a
Wikipedia title, a post before it (ผู้อำนวยการ|ศูนย์...) or a bracket says where it ends. A body a release names
acting with none of those ("โดยศูนย์โรคหลอดเลือดสมองศิริราช ได้จัด...", "ร่วมกับกองสืบสวนและปราบปราม") was not taken.
bench/mine_actors.py lists the spaced chunks from a head word that the archive writes acting (after โดย/ร่วมกับ, before
ได้/เปิดเผย/จัด/ลงนาม ...) or headed by a post in several releases, that are rarely a class, no kind and no clause, and
that the rules miss on the archive's own lines. orgnames.find_mined finds a listed name where a release writes it
in full, on word boundaries, like the names the corpus closes with a bracket (org_names.toml).
"""

from __future__ import annotations

import functools

from briefing.thai.wordlists import tsv_rows


@functools.cache
def names() -> frozenset[str]:
    """The listed names (the table's first column)."""
    return frozenset(row[0] for row in tsv_rows("mined_actors.tsv"))
