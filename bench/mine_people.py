"""Mine full names (given name + family name) the archive shows with a title, for briefing/data/mined_people.tsv.

A release often names a person without any title: a second mention in full, a name in a list after one title
that covers the list, a name at the start of a caption line. The same name, in other releases, stands after
นาย/นาง/นางสาว, a rank or an academic title, which vouches that the two words are a person's name. This script
counts, over the thaigov-v2 archive (the releases of every annotated set left out), the releases in which each
"first family" pair follows a title, and keeps the pairs seen in enough releases whose parts are not ordinary
words. It is a regex scan (no analyzer): ~1-2 CPU minutes over 63,000 releases.

usage: python bench/mine_people.py [--db PATH] [--exclude FILE] [--sample N] [--out PATH]
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mining import ARCHIVE as DB
from mining import EXCLUDE, archive_releases

from briefing.thai.gazetteer import ORG_HEADS
from briefing.thai.people import _ARABIC_LEADS, _BIN
from briefing.thai.scan import NAME_FOLLOWERS, NAME_STOPS, dictionary, words

MIN_RELEASES = 3
"""A pair must follow a title in at least this many releases (one release's typo or a one-off guest never counts)."""
MIN_TITLED_SHARE = 0.5
"""...and in at least this share of the releases where the two words stand side by side (the bare pair is mostly a
name, not a phrase that a title sometimes precedes)."""

HEADER = """# Full names (given name, family name) that the archive shows after a title (นาย/นาง/นางสาว, a rank, an
# academic or medical title), recognised where a release names the person bare (issue 11, session 8).
# Source: PyThaiNLP thaigov-v2-corpus (public domain), https://github.com/PyThaiNLP/thaigov-v2-corpus, mined by
# bench/mine_people.py; the releases of every annotated set left out (bench/mine_exclude_sources.txt).
# Kept: pairs not in officials.toml (already recognised bare) after a title in >= {min_rel} releases, titled in >= {share:.0%} of the releases where the pair
# stands, neither part a title, a position word or a function word, the family name not an ordinary word
# (PyThaiNLP's word list) unless PyThaiNLP lists it as a family name.
# Columns: first<TAB>family<TAB>releases with a title
"""


def honorifics() -> list[str]:
    data = tomllib.loads((ROOT / "briefing/data/titles.toml").read_text(encoding="utf-8"))
    out: set[str] = set()
    for block in data.get("honorific", []):
        if block.get("th"):
            out.add(block["th"])
        out.update(block.get("abbr_th", []) or [])
    return sorted((h for h in out if h and "\u0e00" <= h[0] <= "\u0e7f" and h not in ("คุณ", "ท่าน")), key=len, reverse=True)


def titles() -> list[str]:
    data = tomllib.loads((ROOT / "briefing/data/titles.toml").read_text(encoding="utf-8"))
    out: set[str] = set()
    for block in data.get("title", []):
        if block.get("th"):
            out.add(block["th"])
        out.update(block.get("abbr_th", []) or [])
    return sorted((t for t in out if len(t) >= 3), key=len, reverse=True)


_VERB_STARTS = ("กล่าว", "เปิดเผย", "ระบุ", "ชี้แจง", "เน้น", "แถลง", "ย้ำ", "ได้", "เป็น", "จะ", "ยัง", "ให้", "มอบ", "ตอบ",
                "สรุป", "ขอ", "ลง", "ร่วม", "เดินทาง", "พร้อม", "ยืนยัน", "เผย", "ชี้", "แนะ", "สั่ง", "ฝาก", "ตรวจ", "และ", "หรือ",
                "กับ", "ซึ่ง", "โดย")
LEAD_WORDS = _ARABIC_LEADS | _BIN
BODY_HEADS = (*ORG_HEADS, "สมาคม", "เหล่ากาชาด", "สภา", "สโมสร", "ชมรม")
_PRE = ("และ", "โดย", "โดยมี", "ของ", "กับ", "ให้", "แก่", "จาก", "ถึง", "ว่า", "นำโดย", "พร้อมด้วย", "ได้แก่", "อาทิ")
THAI = "\u0e01-\u0e2e\u0e30-\u0e4e"
"""Thai letters, vowels and marks, without ฯ (นายกฯ is the Prime Minister, not a man named ก)."""
START = "\u0e01-\u0e2e\u0e40-\u0e44"
"""A name begins with a consonant or a leading vowel (อ.นายายอาม: า cannot begin a name)."""


def build_regex(hons: list[str]) -> re.Pattern[str]:
    h = "|".join(re.escape(x) for x in hons)
    return re.compile(
        rf"(?<![{THAI}.])((?:(?:{h})[ \t]?){{1,4}}(?:หญิง[ \t]?)?)([{START}][{THAI}]{{1,19}})[ \t]([{START}][{THAI}]{{1,24}})(?![{THAI}])"
    )


def pair_regex() -> re.Pattern[str]:
    """Two Thai words side by side, overlapping (A B C gives A B and B C)."""
    return re.compile(rf"(?<![{THAI}])([{THAI}]{{2,20}})[ \t](?=([{THAI}]{{2,25}})(?![{THAI}]))")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default=DB)
    ap.add_argument("--exclude", default=EXCLUDE)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--out", default=str(ROOT / "briefing/data/mined_people.tsv"))
    a = ap.parse_args()
    hons = honorifics()
    rx = build_regex(hons)
    title_words = titles()
    title_rx = re.compile("|".join(re.escape(t) for t in title_words if len(t) >= 4))
    titled: Counter[tuple[str, str]] = Counter()
    texts: list[str] = []
    n = 0
    for _, title, body, _ in archive_releases(a.db, a.exclude, language="th"):  # re-posted copies left out too
        n += 1
        if a.sample and n > a.sample:
            break
        text = f"{title}\n{body}"
        texts.append(text)
        seen = {(m.group(2), m.group(3)) for m in rx.finditer(text)
                if not title_rx.match(m.group(1).split()[-1] + m.group(2))}  # นายกเทศมนตรี: a position
        titled.update(seen)
    dic = dictionary()
    family_list = set((Path(__import__("pythainlp").__file__).parent / "corpus" / "family_names_th.txt")
                      .read_text(encoding="utf-8").split())
    officials = {" ".join(b["th"].split()) for b in tomllib.loads((ROOT / "briefing/data/officials.toml").read_text(encoding="utf-8")).get("person", []) if b.get("th")}
    hon_set = set(hons)
    long_titles = tuple(t for t in title_words if len(t) >= 4)
    bad_start = tuple(title_words) + tuple(hons) + ("จังหวัด", "อำเภอ", "ตำบล", "กระทรวง", "กรม", "สำนัก", "ประเทศ")

    def ok(first: str, family: str) -> bool:
        if f"{first} {family}" in officials:
            return False  # officials.toml names them bare already, with their accepted English
        if first in hon_set or family in hon_set or first.startswith(bad_start) or family.startswith(bad_start):
            return False
        if first in NAME_STOPS or family in NAME_STOPS or first in NAME_FOLLOWERS or family in NAME_FOLLOWERS:
            return False
        if family in dic and family not in family_list:
            return False
        if family in LEAD_WORDS:
            return False  # มุฮัมมัด อับดุล (ฮัย): the first parts of a longer Arabic or Malay name
        if family.endswith(("ว่า", "ถึง")) or first == "หญิง" or first.startswith(("เจ้าคณะ", "เจ้าอาวาส")):
            return False  # นางนลินี ทิ้งท้ายว่า (what she said), พลตรีหญิง ทักษดา (a woman's rank), a monk's post
        if first.startswith("ก") and first[1:].startswith(BODY_HEADS):
            return False  # นายกสมาคมแม่บ้านมหาดไทย, นายกเหล่ากาชาดจังหวัด: the president of a body
        if any(family.startswith(long_titles, k) for k in range(2, len(family) - 3)):
            return False  # จันทร์โอชานายกรัฐมนตรี: the position glued to the family name
        head = words(family)
        if family.startswith(_VERB_STARTS) or (head and (head[0] in NAME_STOPS or head[0] in NAME_FOLLOWERS)
                                               and (family in family_list or all(w in dic for w in head))):
            return False  # นายจุติ กล่าวเพิ่มเติมว่า: the short name, then what he said (but นายอมร มีมะโน: no phrase)
        return not (first.startswith(_PRE) and first not in dic)

    cands = {p: c for p, c in titled.items() if c >= MIN_RELEASES and ok(*p)}
    # how often does each candidate pair stand side by side at all (titled or not)?
    stands: Counter[tuple[str, str]] = Counter()
    prx = pair_regex()
    for text in texts:
        stands.update({p for m in prx.finditer(text) if (p := (m.group(1), m.group(2))) in cands})
    kept = sorted(((p, c) for p, c in cands.items() if c >= MIN_TITLED_SHARE * stands[p]), key=lambda x: (-x[1], x[0]))
    with open(a.out, "w", encoding="utf-8") as out:
        out.write(HEADER.format(min_rel=MIN_RELEASES, share=MIN_TITLED_SHARE))
        out.writelines(f"{first}\t{family}\t{c}\n" for (first, family), c in kept)
    print(f"{n} releases, {len(titled)} titled pairs, {len(cands)} candidates, {len(kept)} kept -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
