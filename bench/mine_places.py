"""Mine PLACE names from the release archive: names the archive writes after a strong place head (อำเภอ, เขต,
ย่าน, มณฑล, เกาะ, น้ำตก, สถานี, ถนน ...), so a release naming the place bare (เยาวราช, บางซื่อ, ปทุมวัน) is still read.

usage: python bench/mine_places.py [--db DB] [--exclude FILE] [--sample N] [--out briefing/data/mined_places.tsv]

Cheap by design (string scans and regexes over raw text, no analyzer): for every head H in HEADS, a name X is the run
of Thai letters right after H (one optional space) that ENDS at a space, punctuation or line end. A name is kept when
- it is seen so ("H X" then a non-Thai character) in >= MIN_RELEASES distinct releases (briefing/thai/mined_places.py
  reads a name with a head glued before it from 2 releases, and bare only from BARE_RELEASES);
- it is 4-30 characters, not a number, not a province or a country (the gazetteer reads those bare already);
- it is not an ordinary word: no ORCHID tag other than a proper noun (NPRP), not a word of the place/organisation
  head lists, not starting with a head word itself (เขตพื้นที่...);
- the archive mostly uses it as a place: of all its occurrences (as a substring anywhere), at least MIN_SHARE come
  right after one of the heads (estimates how often a bare hit is a place; สะเดา the tree, สยาม the company fail).
  A name a province's name starts with (กำแพง, สิงห์, นครพนมน่าอยู่) is not counted inside the province (จังหวัด
  กำแพงเพชร): before session 17 it was, and the share of such names was inflated by every headed province.
Session 17 tried lower thresholds (MIN_SHARE 0, no 50% bar for subdistricts): 758 more names, most below 10% junk
(เพชร, อ่าง, แบบบูรณาการ, รังสิต...); of 217+206 read-set misses, none would have been caught (the few archive-cued
ones, มหาชัย, หนองหาร, โคราช, ล้านนา, stand glued to a word the bare reading refuses or are mostly adjectives). Kept:
subdistricts from SUBDISTRICT_SHARE (164 more, read bare only with their province named): on 3,000 random releases
the lookup adds 38 spans, 37 with their head glued (ตำบลป่าตอง, แขวงมักกะสัน: the head rules find them already), 1 bare
(ท่าช้าง, right, found by another rule too), and loses 4 (สิงห์ the brand and นครพนมน่าอยู่ the slogan, wrong; สุราษฎร์
and เมืองสิงห์, right); the analyzer's output on 400 of them is unchanged.
Deterministic: the same archive and exclusion list give the same file. Releases whose `source` is in the exclusion
list (every annotated set) are left out. ~6 CPU minutes over 63,000 releases.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mining import ARCHIVE as DB
from mining import EXCLUDE, archive_releases

MIN_RELEASES = 2
BARE_RELEASES = 3
MIN_SHARE = 0.10
SUBDISTRICT_SHARE = 0.30
"""A subdistrict's name is often a common phrase too (บ้านใหม่, ปากน้ำ): it needs a higher headed share (read bare only
where the release names its province, briefing/thai/mined_places.py). Session 17 lowered it from 0.50 (see the
module docstring)."""

HEADS: dict[str, str] = {
    "อำเภอ": "district", "อ.": "district", "เขต": "district", "ตำบล": "subdistrict", "ต.": "subdistrict",
    "แขวง": "subdistrict", "ย่าน": "area", "เมือง": "city", "นคร": "city", "มณฑล": "region",
    "แคว้น": "region", "เกาะ": "island", "ดอย": "mountain", "น้ำตก": "waterfall", "ถ้ำ": "cave", "หาด": "beach",
    "ตลาด": "market", "สถานี": "station", "ด่าน": "checkpoint", "ถนน": "road", "แยก": "junction",
    "สะพาน": "bridge", "คลอง": "water", "แม่น้ำ": "water", "บึง": "water", "อ่าว": "water", "ทะเลสาบ": "water",
    "จังหวัด": "province", "จ.": "province",
}
"""Strong heads and the kind of place they name. A name seen after จังหวัด/กรุง is counted as a place but not
listed when it is a province or a country (those are known already)."""

_ANYWHERE = ("อำเภอ", "ตำบล", "แขวง", "มณฑล", "น้ำตก", "แม่น้ำ", "ทะเลสาบ", "จังหวัด", "ย่าน")
"""Heads that rarely stand inside another word: taken wherever they are. Every other head (เมือง in การเมือง, เขต in
เขตพื้นที่, อ. in พล.อ.) only after a space, a bracket or a word that leads to a place (ที่, ใน, ณ, บริเวณ ...)."""
_LEAD = re.compile(r"(?:^|(?<=[\s(\"“'])|(?<=ที่)|(?<=ใน)|(?<=ณ)|(?<=จาก)|(?<=ไป)|(?<=สู่)|(?<=ถึง)|(?<=และ)|(?<=กับ)|(?<=ของ)|(?<=ริม)|(?<=ตาม)|(?<=พื้นที่)|(?<=บริเวณ)|(?<=ไปยัง)|(?<=มายัง))")
_NAME = r"[ \t]?([\u0e01-\u0e2e\u0e40-\u0e44][\u0e01-\u0e4e]{3,29})(?=[\s,.;:()\"“”'/]|$)(?![ \t]?[0-9๐-๙])"
_HEAD_RX = re.compile(
    "(?:" + "|".join(_ANYWHERE) + "|" + _LEAD.pattern + "(?:" + "|".join(
        sorted((re.escape(h) for h in HEADS if h not in _ANYWHERE and not h.endswith(".")), key=len, reverse=True))
    + r")|(?:^|(?<=[\s(]))(?:อ\.|ต\.|จ\.))" + _NAME
)
_DIGITS = re.compile(r"[๐-๙]")


def releases(db: str, exclude: str, sample: int | None):
    # the annotated releases (bench/mine_exclude_sources.txt) and their re-posted copies left out (bench/mining.py)
    for k, (_, title, body, _) in enumerate(archive_releases(db, exclude)):
        if sample and k % max(1, 63000 // sample):
            continue
        yield f"{title}\n{body}"


def ordinary(name: str, tags: dict[str, str], stops: frozenset[str]) -> bool:
    tag = tags.get(name)
    if tag is not None and tag != "NPRP":
        return True
    return name in stops or name.startswith((*HEADS, "และ", "ของ", "ที่", "ใน", "จาก", "ให้", "การ", "ข้าม"))


_COMPONENTS = frozenset(
    ["บาง", "ท่า", "นา", "หนอง", "ห้วย", "คลอง", "ทุ่ง", "โคก", "ดอน", "วัง", "แม่", "ลาด", "บ้าน", "ปาก", "สาม", "หลัก", "ศรี", "เมือง", "เชียง", "เวียง", "ดิน", "ลำ", "สวน", "ไร่", "เกาะ", "เขา", "ภู", "ดอย", "ถ้ำ", "หาด", "บึง", "บ่อ", "โพธิ์", "ไทร", "ป่า", "นคร", "พระ", "ราช", "กลาง", "ใหม่", "เก่า", "น้ำ", "ทะเล", "สะพาน", "ตลาด", "สี่", "สอง", "หัว"])
"""Words place names are made of (บางซื่อ, หลักสี่, ห้วยขวาง): a name may start with one though it is a common word."""


_NOT_NAME_STARTS = ("ทุก", "ของ", "ใน", "ทางหลวง", "ปฏิรูป", "ขนส่ง", "หลักทรัพย์", "สูบน้ำ", "ตำรวจ", "ทหาร", "คูคลอง",
                    "ย้อน", "ทวีป", "มิตรภาพ", "มิตรไมตรี", "ร่มเกล้า", "อิสรภาพ", "เทศบาล", "นาย", "นำ", "สีแดง",
                    "ชายฝั่ง", "ทรุด", "สวนสมเด็จ", "วิทยุ", "คอนกรีต", "องค์การ", "ใจกลาง", "ศิลปะ", "น่าอยู่", "เสาร์",
                    "โมเดิร์น", "เลียบ", "ซุปเปอร์", "เดินรถ", "อนามัย", "สยามนินจา", "ชายแดน", "ภาคกลาง",
                    "เปียก", "สายดัง", "ปลากรุงเทพ")
"""Starts the 20,000-release sample showed after a head in their ordinary sense (สถานีขนส่งผู้โดยสาร, ตลาดหลักทรัพย์,
สถานีสูบน้ำ, จังหวัดนำร่อง, ถนนมิตรภาพ/the word friendship, พระราชทานพระบรมราชานุญาต... ร่มเกล้า)."""


def common_start(name: str, tags: dict[str, str]) -> bool:
    """Does the name start with a verb or a longer common word (ปฏิรูปที่ดิน, ทางหลวงชนบท, นำการผลิต, ข้ามแม่น้ำชี,
    หลักทรัพย์แห่งประเทศไทย), or hold a connector (กรุงเทพมหานครและปริมณฑล)? Those are a head's ordinary use."""
    from pythainlp.tokenize import word_tokenize

    if any(w in name for w in ("และ", "ในพื้นที่", "แห่งประเทศไทย")) or name.startswith(_NOT_NAME_STARTS):
        return True
    first = word_tokenize(name, engine="newmm")[0]
    if first in _COMPONENTS or first == name:
        return False
    tag = tags.get(first, "")
    return tag.startswith("V") or (len(first) >= 4 and tag not in ("", "NPRP"))


def wordy(name: str, tags: dict[str, str]) -> bool:
    """Is the name a phrase rather than a name: a verb or adverb among its words (เมืองน่าเที่ยว, ตลาดโลกลดลง,
    แยกกักตัวที่บ้าน), more than three words, or the world/Thailand first (ตลาดโลก..., อ่าวไทยตอนบน)?"""
    from pythainlp.tokenize import word_tokenize

    ws = word_tokenize(name, engine="newmm")
    if len(ws) > 3 or name.startswith(("ไทย", "โลก", "ใหม่", "เก่า", "กลาง", "ทุน")):
        return True
    return any(tags.get(w, "").startswith(("V", "ADV", "XV", "J", "P", "RP", "CNIT", "DIAC", "N", "C", "F")) and w not in _COMPONENTS
               and tags.get(w) != "NPRP" and len(w) > 1 for w in ws[1:]) or tags.get(ws[0], "").startswith(("V", "ADV", "XV", "J", "R", "DIAC"))


_TAILS = ("ต่อไป", "นั้น", "นี้", "ดังกล่าว", "เท่านั้น", "ในอนาคต", "เป็นสำคัญ", "มากขึ้น", "หลังเก่า", "ถล่ม", "ลื่น",
          "ยามค่ำคืน", "หลง", "ด้วย", "แล้ว")
"""Words that end a phrase, not a name (จังหวัดเชียงรายต่อไป, ถนนสายดังกล่าว, ย่านจตุจักรถล่ม)."""


def phrase_around(name: str, provinces: set[str]) -> bool:
    """A province with a word after it (ชลบุรีเป็นสำคัญ, อุดรธานีเพิ่มมากขึ้น) or a name ending in a phrase's end."""
    return name.endswith(_TAILS) or any(name.startswith(p) and name != p for p in provinces if len(p) >= 3)


def known_whole(forms: collections.Counter[str], provinces: set[str], terms: dict) -> bool:
    """Is the head and name together mostly a province, a country or a glossary term (นคร+ราชสีมา, นคร+สวรรค์)?"""
    known = sum(c for f, c in forms.items() if f in provinces or f in terms and f.startswith(("นคร", "เมือง", "จังหวัด", "จ.")))
    return known * 2 > sum(forms.values())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default=DB)
    ap.add_argument("--exclude", default=EXCLUDE)
    ap.add_argument("--sample", type=int)
    ap.add_argument("--out", default=str(ROOT / "briefing/data/mined_places.tsv"))
    a = ap.parse_args()
    from briefing.thai import admin
    from briefing.thai.gazetteer import gazetteer, trie_regex
    from briefing.thai.scan import pos_tags
    from briefing.thai.wordlists import _lists

    texts = list(releases(a.db, a.exclude, a.sample))
    seen: dict[str, set[int]] = collections.defaultdict(set)
    kinds: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    forms: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for i, text in enumerate(texts):
        for m in _HEAD_RX.finditer(text):
            head = m.group(0)[: m.start(1) - m.start()].strip()
            seen[m.group(1)].add(i)
            kinds[m.group(1)][HEADS[head]] += 1
            forms[m.group(1)][head + m.group(1)] += 1
    g = gazetteer()
    tags = pos_tags()
    stops = frozenset(w for f in ("place_words.toml", "org_words.toml") for ws in _lists(f).values() for w in ws)
    provinces = {n for n, areas in admin.areas().items() if any(x.level == "province" for x in areas)}
    cands = {n: r for n, r in seen.items() if len(r) >= MIN_RELEASES and not _DIGITS.search(n)
             and n not in provinces and not (n in g.terms and g.terms[n].type == "place" and n not in admin.areas())
             and not ordinary(n, tags, stops) and not common_start(n, tags)
             and not known_whole(forms[n], provinces, g.terms)}
    # how often each candidate stands after a head, of all its occurrences
    head_alt = "|".join(sorted(map(re.escape, HEADS), key=len, reverse=True))
    total: collections.Counter[str] = collections.Counter()
    headed: collections.Counter[str] = collections.Counter()
    # provinces are in the trie too, so that จังหวัดกำแพงเพชร counts for the province, not as a headed กำแพง (a name
    # a province's name starts with had its share inflated by every จังหวัด/จ. before the province)
    names = sorted(set(cands) | provinces, key=len, reverse=True)
    rx = trie_regex(names) if names else None
    head_end = re.compile(f"(?:{head_alt})[ \\t]?$")
    for text in texts if rx else ():
        for m in rx.finditer(text):
            if m.group(0) not in cands:
                continue
            total[m.group(0)] += 1
            if head_end.search(text, max(0, m.start() - 8), m.start()):
                headed[m.group(0)] += 1
    import os

    for n in os.environ.get("MINE_WHY", "").split():
        print(n, len(seen.get(n, ())), forms.get(n), n in cands, total[n], headed[n], tags.get(n), common_start(n, tags),
              known_whole(forms[n], provinces, g.terms), file=sys.stderr)
    rows = []
    for n in sorted(cands):
        share = headed[n] / total[n] if total[n] else 0.0
        kind = kinds[n].most_common(1)[0][0]
        admin_kind = kind in ("district", "subdistrict")
        if admin_kind and n not in admin.areas() or not admin_kind and (wordy(n, tags) or phrase_around(n, provinces)):
            continue
        if (share < MIN_SHARE or (len(n) <= 4 and share < 0.5) or (kind == "province" and share < 0.5)
                or (kind == "subdistrict" and share < SUBDISTRICT_SHARE)):
            continue
        if kind == "city" and n in g.terms:
            continue
        rows.append((n, kind, len(cands[n]), total[n], share))
    out = Path(a.out)
    with out.open("w", encoding="utf-8") as f:
        f.write("# Source: PyThaiNLP thaigov-v2-corpus (public domain), https://github.com/PyThaiNLP/thaigov-v2-corpus, mined by\n"
                "# bench/mine_places.py; the releases of every annotated set left out.\n"
                f"# A name seen right after a strong place head (อำเภอ, เขต, ย่าน, เมือง, มณฑล, เกาะ, สถานี, ถนน ...) and then a\n"
                f"# space or punctuation in >= {MIN_RELEASES} releases (read bare from {BARE_RELEASES}), 4-30 letters, no province or known country, no ORCHID\n"
                f"# common word, and written after a head in >= {MIN_SHARE:.0%} of all its occurrences in the archive (a subdistrict's\n"
                f"# name in >= {SUBDISTRICT_SHARE:.0%}, a name of 4 letters or a province's kind in >= 50%).\n"
                "# name<TAB>kind (of the head it is most often written after)<TAB>releases with the head<TAB>occurrences<TAB>headed share\n")
        for n, kind, rel, tot, share in rows:
            f.write(f"{n}\t{kind}\t{rel}\t{tot}\t{share:.2f}\n")
    print(f"{len(texts)} releases, {len(seen)} headed names, {len(cands)} candidates, {len(rows)} kept -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
