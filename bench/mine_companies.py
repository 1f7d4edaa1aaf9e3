"""Mine company names and the words that end them from the release archive: briefing/data/mined_companies.tsv.

A company's registered name is written บริษัท NAME จำกัด (มหาชน) in the archive; the same company is often named bare
elsewhere (a list of firms signing an MOU: "เซ็นทรัล รีเทล คอร์ปอเรชั่น ไมเนอร์ อินเตอร์เนชั่นแนล ..."). This keeps
NAMEs written so in >= MIN_RELEASES releases, and the last words (TAILS: กรุ๊ป, คอร์ปอเรชั่น, โฮลดิ้งส์ ...) that end
>= MIN_TAIL_NAMES distinct multi-word names. Cheap: one regex over raw text. The releases of every annotated set
(bench/mine_exclude_sources.txt) and their re-posted copies (bench/mining.py) are left out.

    python bench/mine_companies.py [DB] [EXCLUDE] [--sample N]
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mining import ARCHIVE as DB
from mining import EXCLUDE, archive_releases

OUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "mined_companies.tsv"
MIN_RELEASES = 2
MIN_TAIL_NAMES = 3
NAME = re.compile(r"บริษัท[ \t]?([\u0e01-\u0e4e][\u0e01-\u0e4e .&\-]{2,60}?)[ \t]?(?:\([^()]{2,30}\)[ \t]?)?จำกัด")
LATIN = re.compile(r"บริษัท[ \t]?([A-Z][A-Za-z0-9&\-]*(?:[ \t](?:[A-Z][A-Za-z0-9&\-]*|&|of|and))*)")
LEGAL_EN = re.compile(r"(?:[ \t](?:Co|Ltd|Limited|LTD|LIMITED|Inc|Corp|PCL|Pte|LLC|S|Sdn|Bhd|BHD|SDN|AG|Company|COMPANY|of|and|&))+$")
MIN_LATIN_RELEASES = 3
_NOT_LATIN_WORDS = """
Startup Start Up Data Tech Technology Semiconductor EV PCB Global AI Fund Center Centre Terminal Receiving LNG Smart Energy
Digital Group Holding Holdings International Thailand Thai Asia Company Corporation Industry Industries Service Services
TikTok Tiktok Booking
"""
NOT_LATIN = frozenset(_NOT_LATIN_WORDS.split())
"""Words that make no company's name alone: a Latin name made only of them (Data Center, Start Up, Global Data) is a
kind of business, not a company. TikTok and Booking are named far more often as a platform or a word (โพสต์คลิป TikTok,
การจองห้องพัก (Booking)) than as a firm."""
THAI_WORD = re.compile(r"^[\u0e01-\u0e4e][\u0e01-\u0e4e.&\-]*$")
_NOT_TAIL_WORDS = """
ประเทศไทย เอเชีย สยาม ไทยแลนด์ กรุงไทย ประกันภัย ประกันชีวิต ทิพยประกันภัย วิสาหกิจเพื่อสังคม อุตสาหกรรม ดิจิทัล
เทคโนโลยี เซ็นเตอร์ ปาร์ค รีสอร์ท ฟาร์ม แลนด์ กรีน พลัส เอ็กซ์ เอกซ์ ทีวี ฟิล์ม สตูดิโอ เซลล์ เซลส์ มีเดีย รับเบอร์
สตาร์ช ออลล์ แปซิฟิค แปซิฟิก โกลบอล เฟอร์รี่ เบเกอรี่ พลาสติก ปิโตรเลียม อิเล็กทรอนิกส์ ออโต้ มอเตอร์ มอเตอร์ส
เพาเวอร์ พาวเวอร์ แมนพาวเวอร์ สตีล เซอร์วิส ฟู้ด เทอร์มินัล เทอร์มินอล ซัพพลาย โลจิสติกส์ มาร์เก็ตติ้ง คอมมูนิเคชั่น
เน็ตเวิร์ค โซลูชั่น โซลูชั่นส์ อินโนเวชั่น คอมเพล็กซ์ อินดัสเตรียล เอสเตท มารีน ทรานสปอร์ต ฟุตแวร์ กู๊ดส์ ออโตโมบิล
เอวิเอชั่น ซิสเทม บริวเวอรี่ อัลไลแอนซ์ คอร์ป ขนส่ง
"""
NOT_TAILS = frozenset(_NOT_TAIL_WORDS.split())
"""Last words of company names that are also ordinary words, places or parts of common English loans in Thai prose
(ซอฟต์พาวเวอร์, สตรีทฟู้ด, ซัพพลายเชน, ดิจิทัล มาร์เก็ตติ้ง): not used to close a bare company's name."""
BAD_START = ("ใน", "ที่", "ซึ่ง", "และ", "ของ", "ได้", "จะ", "ไม่", "มี", "เป็น", "ให้", "โดย", "การ", "ต้อง", "จาก")


def mine(db: str, exclude: str, sample: int = 1) -> tuple[dict[str, int], dict[str, int]]:
    releases: dict[str, set[int]] = collections.defaultdict(set)
    latin: dict[str, set[int]] = collections.defaultdict(set)
    for i, (_, title, body, _) in enumerate(archive_releases(db, exclude)):  # re-posted copies left out too
        if i % sample:
            continue
        for m in LATIN.finditer(f"{title}\n{body}"):
            name = LEGAL_EN.sub("", m.group(1))
            if len(name) >= 3 and not all(w in NOT_LATIN for w in name.split()):
                latin[name].add(i)
        for m in NAME.finditer(f"{title}\n{body}"):
            name = " ".join(m.group(1).split())
            if name.startswith(BAD_START) or "ฯ" in name or not all(THAI_WORD.match(w) for w in name.split()):
                continue
            if len(name.split()) > 5:
                continue
            releases[name].add(i)
    names = {n: len(r) for n, r in releases.items() if len(r) >= MIN_RELEASES and len(n) >= 4}
    tails: collections.Counter[str] = collections.Counter()
    for n in releases:
        parts = n.split()
        if len(parts) >= 2 and len(parts[-1]) >= 4:
            tails[parts[-1]] += 1
    names.update({n: len(r) for n, r in latin.items() if len(r) >= MIN_LATIN_RELEASES})
    return names, {t: c for t, c in tails.items() if c >= MIN_TAIL_NAMES}


OPENERS = ("ประกอบด้วย", "ได้แก่", "เช่น", "อาทิ", "รวมถึง", "รวมทั้ง", "ตลอดจน")


def kind_of(name: str, tails: set[str]) -> str:
    """'latin' for a Latin name; 'name' for a Thai name safe to look up bare: one with a tail word or with a word the
    dictionary lacks (ไทยเบฟเวอเรจ, ซีพี ออลล์); 'other' for a name of ordinary words (พลังงานบริสุทธิ์, ขนส่ง), kept only
    so its words count as words of company names."""
    from briefing.thai.scan import dictionary, words

    if name.isascii():
        return "latin"
    d = dictionary()
    if "จำกัด" in name or "บริษัท" in name or name.startswith(OPENERS) or len(name) < 5 or name in d:
        return "other"
    parts = name.split()
    if parts[-1] not in tails and all(w in d for p in parts for w in words(p)):
        return "other"
    return "name"


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sample = int(sys.argv[sys.argv.index("--sample") + 1]) if "--sample" in sys.argv else 1
    if "--sample" in sys.argv:
        args = [a for a in args if a != str(sample)]
    names, tails = mine(args[0] if args else DB, args[1] if len(args) > 1 else EXCLUDE, sample)
    lines = [
        "# Source: PyThaiNLP thaigov-v2-corpus (public domain), https://github.com/PyThaiNLP/thaigov-v2-corpus, mined by",
        "# bench/mine_companies.py; the releases of every annotated set left out.",
        f"# name<TAB>releases: NAME of 'บริษัท NAME จำกัด' seen in >= {MIN_RELEASES} releases, safe to look up bare (kind_of);",
        "# other<TAB>releases: such a NAME of ordinary words, used only for the words company names are made of;",
        f"# latin<TAB>releases: a Latin NAME after บริษัท (its legal words Co., Ltd. ... cut) in >= {MIN_LATIN_RELEASES} releases;",
        f"# tail<TAB>names: a word ending >= {MIN_TAIL_NAMES} distinct multi-word company names;",
        "# more<TAB>names: such a word that is also an ordinary word or place (NOT_TAILS): it continues a name after a tail.",
    ]
    ranked = sorted(tails.items(), key=lambda x: (-x[1], x[0]))
    closing = {t for t, _ in ranked if t not in NOT_TAILS}
    lines += [f"{kind_of(n, closing)}\t{n}\t{c}" for n, c in sorted(names.items(), key=lambda x: (-x[1], x[0]))]
    lines += [f"tail\t{t}\t{c}" for t, c in ranked if t not in NOT_TAILS]
    lines += [f"more\t{t}\t{c}" for t, c in ranked if t in NOT_TAILS]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(names)} names, {len(tails)} tails -> {OUT}")


if __name__ == "__main__":
    main()
