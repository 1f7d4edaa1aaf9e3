"""Mine briefing/data/english_lower_words.txt: the English words the archive writes in lower case.

    python bench/mine_english_words.py [--store PATH] [--write]

A capitalised word that English also writes in lower case is an ordinary word (Land Bridge, Smart Park, Capacity
Building, Green Hotel: kinds and projects); one it never writes so is a name (Sabrang Tourism Park, Chittagong
Port, Korat Hall). briefing/thai/latin_places.py asks this list which. Read: every release of the archive (the
SQLite store built from /work/shared/corpus/thaigov-v2.tar.xz, table releases, opened read-only) whose letters
are mostly Latin (an English release, ~3% of the archive) and the Latin words of the Thai releases too (English
glosses in brackets: "(Weigh station)", "(Sister city)"), less the releases of every annotated set
(bench/mine_exclude_sources.txt, by source URL) and their re-posted copies (bench/mining.py). A word is kept when it is written in lower case (letters only, 3+
letters; the parts of a hyphenated word too: eco-friendly gives eco; not inside an address, a hashtag or a file
name) in 3 or more releases. The archive's English is small (~1,800 releases), so rarer ordinary words (pocket,
weigh, hospice, rabies) come from an English dictionary too: the lower-case entries of SCOWL's word list as
Debian ships it (package wamerican, /usr/share/dict/american-english; proper nouns are capitalised there:
Chittagong, Japanese), when that file is present. Only words the archive also writes capitalised are written
out (the others are never asked), which keeps the file small. Cheap: regexes over the archive's text, under a
minute.
"""

from __future__ import annotations

import argparse
import collections
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
from mining import ARCHIVE as STORE
from mining import archive_releases

OUT = ROOT / "briefing" / "data" / "english_lower_words.txt"
DICTIONARY = Path("/usr/share/dict/american-english")
_CAPITALISED = re.compile(r"(?<![A-Za-z0-9’'\-])[A-Z][a-z]{2,30}(?![a-z])")
_DICT_WORD = re.compile(r"[a-z]{3,30}")
MIN_RELEASES = 3
_LOWER = re.compile(r"(?<![A-Za-z0-9’'./@#_:])[a-z]{3,30}(?:-[a-z]{1,30})*(?![A-Za-z0-9’'./@#_])")
HEADER = f"""# Ordinary English words (a capitalised word in this list is an ordinary word, not a name; briefing/thai/latin_places.py).
# Source: PyThaiNLP thaigov-v2-corpus (public domain), https://github.com/PyThaiNLP/thaigov-v2-corpus, mined by
# bench/mine_english_words.py: words written in lower case (3+ letters) in {MIN_RELEASES} or more releases, the releases of
# every annotated set left out, less the words of the glossary's Latin place names; and the lower-case entries of SCOWL (Spell Checker Oriented Word Lists, Debian
# package wamerican). Only words the archive also writes capitalised are listed.
# SCOWL: Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell these word
# lists, the associated scripts, the output created from the scripts, and its documentation for any purpose is
# hereby granted without fee, provided that the above copyright notice appears in all copies and that both that
# copyright notice and this permission notice appear in supporting documentation. Kevin Atkinson makes no
# representations about the suitability of this array for any purpose. It is provided "as is" without express or
# implied warranty.
"""


def _place_words() -> set[str]:
    """The words of the glossary's place names in Latin letters (Bangkok, Thailand): a name the archive writes in
    lower case a few times (a slip, an address) stays a name."""
    import sys

    sys.path.insert(0, str(ROOT))
    from briefing.thai.gazetteer import gazetteer

    return {w.lower() for k, t in gazetteer().terms.items() if t.type == "place" for w in re.findall(r"[A-Za-z]+", k)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", default=STORE)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    seen: collections.Counter[str] = collections.Counter()
    capitalised: set[str] = set()
    n = 0
    for _, title, body, _ in archive_releases(args.store):  # the annotated releases and their re-posted copies left out
        text = f"{title or ''}\n{body or ''}"
        n += 1
        found = set()
        for word in _LOWER.findall(text):
            found.update(part for part in word.split("-") if len(part) >= 3)
        seen.update(found)
        capitalised.update(w.lower() for w in _CAPITALISED.findall(text))
    lower = {w for w, c in seen.items() if c >= MIN_RELEASES}
    dictionary: set[str] = set()
    if DICTIONARY.exists():
        dictionary = {w for w in DICTIONARY.read_text(encoding="utf-8").split() if _DICT_WORD.fullmatch(w)}
    kept = sorted(((lower - _place_words()) | dictionary) & capitalised)
    print(f"{n} releases, {len(seen)} lower-case words, {len(lower)} in >= {MIN_RELEASES} releases; "
          f"{len(dictionary)} dictionary words; {len(kept)} of both that the archive also capitalises")
    if args.write:
        OUT.write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8")
        print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
