"""Mine briefing/data/mined_orgs.tsv: Thai organisation ABBREVIATIONS the archive pairs with a full name.

    python bench/mine_orgs.py [--store PATH] [--sample N] [--write] [--show N] [--cache FILE | --from-cache FILE]

Reads every release of the archive (the SQLite store built from the thaigov-v2 corpus, table releases, opened
read-only) less the releases whose source is in bench/mine_exclude_sources.txt (every dev, seed, held-out, gists
and measurement release), and collects the pairs a release writes itself:

    FULL NAME (ABBR)      กองกำลังสุรนารี (กกล.สุรนารี), ตำรวจภูธรภาค 9 (ภ.9), สำนักงานปลัดกระทรวง... (สป.)
    ABBR (FULL NAME)      อปท. (องค์กรปกครองส่วนท้องถิ่น)

where FULL starts with an organisation head word (gazetteer.ORG_HEADS and a few unit heads) and ABBR is a Thai
dotted abbreviation, optionally with a number or a second dotted part (ฉก.3, กกล.สุรนารี). An abbreviation is
kept when three or more distinct releases pair it with an organisation (whatever the full name: สป. is every
ministry's permanent secretary's office, an organisation each time) and it is not already a glossary term, a
dictionary word or a month/unit/title form. The full name is given when one name takes at least 80% of the
pairings (English then looked up in the glossary); else it is left empty (an organisation, which one unknown).
The same pass counts, for each abbreviation, the releases that write it at all, and drops those written as
something else far more often than paired (ratio below MIN_SHARE). A pairing counts only when the abbreviation
starts with the full name's first consonant or that of the name after its head (letters_agree).
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from briefing.thai.gazetteer import ORG_HEADS, gazetteer
from briefing.thai.normalise import normalise
from briefing.thai.scan import dictionary

sys.path.insert(0, str(HERE))
from mining import ARCHIVE, archive_releases
from org_names import NOT_NAMES, NOT_PAIRED

from briefing.thai.orgnames import sole_shorts

STORE = ARCHIVE
OUT = ROOT / "briefing" / "data" / "mined_orgs.tsv"
MIN_RELEASES = 3
MIN_SHARE = 0.05
MAJORITY = 0.8

HEADS = tuple(sorted(
    {h for h in ORG_HEADS if h not in ("การท่องเที่ยว", "การกีฬา")}
    | {"หน่วยเฉพาะกิจ", "ชุดเฉพาะกิจ", "กองกำลัง", "ตำรวจภูธรภาค", "กองบังคับการ", "กองบัญชาการ", "หน่วยบัญชาการ",
       "ตำรวจ", "หน่วย", "ฝ่าย", "กลุ่ม", "ส่วน", "เครือข่าย", "สหภาพ", "สมาพันธ์", "ราชบัณฑิตยสภา", "แพทยสภา", "สภากาชาด",
       "ทัณฑสถาน", "เรือนจำ", "ทหาร", "กองเรือ", "กองทัพเรือ", "กองทัพบก", "กองทัพอากาศ", "ศูนย์อำนวยการ",
       "คณะรัฐมนตรี", "รัฐสภา", "วุฒิสภา", "สภาผู้แทนราษฎร", "ตลาดหลักทรัพย์", "ธนาคาร", "การไฟฟ้า", "การประปา"},
    key=len, reverse=True))
"""Words a full name may start with."""
GLUE = ("ของ", "และ", "โดย", "จาก", "กับ", "ที่", "ใน", "แก่", "ให้", "ร่วมกับ", "ทั้ง", "หรือ", "คือ", "เช่น", "ได้แก่", "ต่อ", "ถึง")
NOT_FULL = re.compile(
    "(?:การประชุม|โครงการ|กลุ่มจังหวัด|ส่วนราชการ|หน่วยงาน|ส่วนกลาง|ส่วนภูมิภาค|สภาพ|สภาวะ|ส่วนร่วม|ส่วนใหญ่|ส่วนหนึ่ง|"
    "ส่วนต่าง|ส่วนตัว|ส่วนลด|ฝ่ายค้าน|ฝ่ายบริหาร$|หน่วยความ|ทหารผ่านศึก$|กลุ่มเป้าหมาย|กลุ่มเสี่ยง|กลุ่มผู้|กลุ่มคน|กองทุนหมู่บ้าน$|ศูนย์กลาง)"
)
"""Runs that start like a name but are a word, a class or a meeting."""

_T = "\u0e01-\u0e4e"
ABBR = rf"[\u0e01-\u0e2e][{_T}]{{0,6}}\.(?:[\u0e01-\u0e2e][{_T}]{{0,8}}\.?|[ ]?[0-9]{{1,2}}(?![0-9]))?"
"""A Thai dotted abbreviation: สป., อปท., ภ.9, ฉก.3, บน. 6, กกล.สุรนารี, ศอ.บต."""
FULL_ABBR = re.compile(rf"([{_T}0-9]+(?: [0-9]{{1,2}})?) ?\(({ABBR})\)")
ABBR_FULL = re.compile(rf"(?<![{_T}.])({ABBR}) ?\(([{_T}][{_T} 0-9]{{3,90}})\)")
NOT_ABBR = re.compile(
    r"^(?:[มกพสตธ]\.?[คพยคคย]\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.|ม\.ค\.|"
    r"พ\.ศ\.|ค\.ศ\.|จ\.|อ\.|ต\.|ม\.|ถ\.|ซ\.|น\.|กม\.|ซม\.|มม\.|กก\.|ผศ\.|รศ\.|ศ\.|ดร\.|นพ\.|พญ\.|ทพ\.|ภก\.|น\.ส\.|ร\.ต\.|พ\.ต\.|พ\.อ\.)"
)
"""Dates, units, titles and address parts, never a body."""


NOT_BODIES: dict[str, str] = {
    "บงส.": "a course (หลักสูตรนักบริหารการเงินการคลังภาครัฐระดับสูง), not a body",
    "สอท.": "an embassy (a venue) as often as the cyber police; the glossary leaves it out for that",
    "สท.": "a municipal councillor (สมาชิกสภาเทศบาล), a person, in local news",
    "ปท.": "ประเทศ written short",
    "อส.": "the volunteer defence corps and its members as often as the attorney general; the glossary leaves it out",
    "มรภ.": "the Rajabhat universities as a class (5 มหาวิทยาลัยราชภัฏ (มรภ.)); each is มรภ.+province",
    "สสอ.": "every district's health office, a class (สสอ. 1 แห่ง)",
    "วปส.": "the insurance institute's course far more than the institute (หลักสูตร... (วปส.) รุ่นที่ 12)",
}
"""Abbreviations the mined list gave that are not one body's (read 5 Dec 2026)."""


def head_start(chunk: str) -> int:
    """Where the first head word starts in a glued chunk of Thai (-1: none)."""
    best = -1
    for h in HEADS:
        i = chunk.find(h)
        if i >= 0 and (best < 0 or i < best):
            best = i
    return best


def full_of(before: str) -> str | None:
    """The organisation name a bracket closes: the glued chunk before it from its first head word, when that
    starts the chunk or follows a function word (ของ|กระทรวง...); not after a position (รัฐมนตรีว่าการ|กระทรวง...
    (รมว.พม.) is the minister's short form, not the ministry's)."""
    i = head_start(before)
    if i < 0:
        return None
    starts = [j for j in range(i, len(before)) if (j == i or before[:j].endswith(GLUE)) and before.startswith(HEADS, j)]
    i = starts[-1] if starts[-1] > i or i == 0 or before[:i].endswith(GLUE) else -1
    if i < 0:
        return None  # รัฐมนตรีว่าการ|กระทรวง... (รมว.พม.): the minister's short form, not the ministry's
    full = before[i:].strip()
    if NOT_FULL.match(full):
        return None
    return full if len(full) > len(abbr_letters(full)) else None


def letters_agree(abbr: str, full: str) -> bool:
    """Does the abbreviation start with the full name's first consonant, or that of the name after its head
    (สำนักงาน|อัยการสูงสุด (อส.), ตำรวจ|ภูธรภาค 9 (ภ.9), กอง|บิน 6 (บน.6))? Not รมว.พม. for the ministry, nor
    ศบค.มท. (a centre of the ministry) for กระทรวงมหาดไทย."""
    first = abbr_letters(abbr)[:1]
    if not first:
        return False
    if abbr_letters(full)[:1] == first:
        return True
    for h in HEADS:
        if full.startswith(h) and abbr_letters(full[len(h):])[:1] == first:
            return True
    return False


def abbr_letters(s: str) -> str:
    return re.sub(r"[^\u0e01-\u0e2e]", "", s)


def releases(store: str, sample: int) -> list[tuple[str, str]]:
    # every annotated release (bench/mine_exclude_sources.txt) and its re-posted copies left out; refuses to run
    # without the list
    rows = [(r.source, r.title, r.body) for r in archive_releases(store)]
    if sample:
        rows = rows[:: max(1, len(rows) // sample)][:sample]
    return [(src, normalise(f"{title}\n\n{body}")) for src, title, body in rows]


WRITTEN = re.compile(rf"(?<![{_T}.])({ABBR})(?![{_T}0-9])")
written: collections.Counter[str] = collections.Counter()
"""In how many releases each abbreviation is written at all, as a word of its own."""


def mine(docs: list[tuple[str, str]]) -> tuple[dict[str, collections.Counter[str]], dict[str, str]]:
    pairs: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    first: dict[str, str] = {}
    for src, text in docs:
        seen: dict[str, str] = {}
        for m in FULL_ABBR.finditer(text):
            full = full_of(m.group(1))
            if full:
                seen.setdefault(m.group(2).replace(" ", ""), full)
        for m in ABBR_FULL.finditer(text):
            inner = m.group(2).strip()
            if head_start(inner) == 0 and full_of(inner) == inner:
                seen.setdefault(m.group(1).replace(" ", ""), inner)
        for a in set(WRITTEN.findall(text)):
            written[a.replace(" ", "")] += 1
        for abbr, full in seen.items():
            if NOT_ABBR.match(abbr) or not letters_agree(abbr, full):
                continue
            pairs[abbr][full] += 1
            first.setdefault(abbr, src)
    return pairs, first


def numbered_stems(pairs: dict[str, collections.Counter[str]], first: dict[str, str]) -> dict[str, collections.Counter[str]]:
    """Pool numbered units by their stem: ภ.1 ... ภ.9 (ตำรวจภูธรภาค 1 ... 9), บน.1 ... บน.7, สวพ.6: "ภ.#" pairs
    with "ตำรวจภูธรภาค #" in as many releases as all its numbers together. A number the full name does not carry
    (กองบิน 5 (บน.6), a release's slip) does not count."""
    out = {a: c for a, c in pairs.items() if not re.search(r"[0-9]$", a)}
    for a, c in pairs.items():
        m = re.fullmatch(r"(.+?\.)([0-9]+)", a)
        if not m:
            continue
        stem = m.group(1) + "#"
        for full, k in c.items():
            if re.search(rf"(?<![0-9]){m.group(2)}$", full):
                out.setdefault(stem, collections.Counter())[re.sub(r"[0-9]+$", "#", full)] += k
                first.setdefault(stem, first[a])
    return out


def main() -> None:
    sample = int(sys.argv[sys.argv.index("--sample") + 1]) if "--sample" in sys.argv else 0
    store = sys.argv[sys.argv.index("--store") + 1] if "--store" in sys.argv else STORE
    if "--from-cache" in sys.argv:  # re-select from a run's pairs without reading the archive again
        import pickle

        with open(sys.argv[sys.argv.index("--from-cache") + 1], "rb") as handle:
            cached, first, counts, n_docs = pickle.load(handle)
        pairs = {a: collections.Counter(c) for a, c in cached.items()}
        written.update(counts)
        docs: list[tuple[str, str]] = [("", "")] * n_docs
    else:
        docs = releases(store, sample)
        pairs, first = mine(docs)
    g = gazetteer()
    words = dictionary()
    pairs = numbered_stems(pairs, first)
    cands = {a: c for a, c in pairs.items() if sum(c.values()) >= MIN_RELEASES}
    known = {a for a in cands if a in g.terms or a.replace(".", "") in words or a.rstrip(".") in g.terms
             or sole_shorts(a) == [(0, len(a))]}  # org_names.toml's short forms already stand alone
    classes = NOT_NAMES | NOT_PAIRED  # every district's, every tambon's: kinds of bodies, not names
    cands = {a: c for a, c in cands.items() if a not in known and a not in NOT_BODIES
             and c.most_common(1)[0][0] not in classes}
    used = written
    rows = []
    for a, c in sorted(cands.items(), key=lambda kv: -sum(kv[1].values())):
        n = sum(c.values())
        if a.endswith("#"):  # a numbered stem: written as any of its numbers
            used[a] = sum(v for k, v in written.items() if re.fullmatch(re.escape(a[:-1]) + "[0-9]+", k))
        share = n / max(used[a], n)
        if share < MIN_SHARE:
            continue
        top, k = c.most_common(1)[0]
        full = top if k / n >= MAJORITY else ""
        term = g.terms.get(full) if full else None
        english = term.english if term is not None and term.type == "organisation" and term.english else ""
        rows.append((a, full, english, n, used[a], first[a], c))
    if "--show" in sys.argv:
        for a, full, english, n, u, _, c in rows[: int(sys.argv[sys.argv.index("--show") + 1])]:
            print(f"{a}\t{n}/{u}\t{full or '-'}\t{english}\t{c.most_common(3)}")
    print(f"{len(docs)} releases, {len(pairs)} abbreviations paired, {len(cands)} new with >= {MIN_RELEASES}, kept {len(rows)}",
          file=sys.stderr)
    if "--cache" in sys.argv:
        import pickle

        with open(sys.argv[sys.argv.index("--cache") + 1], "wb") as handle:
            pickle.dump((dict(pairs), first, dict(written), len(docs)), handle)
    if "--write" in sys.argv:
        lines = [
            "# Thai organisation abbreviations the releases pair with a full name: 'FULL (ABBR)' or 'ABBR (FULL)', FULL",
            "# starting with an organisation head word. Read by briefing.thai.mined_orgs: a listed abbreviation written as",
            "# a word of its own is an organisation, even where the release never gives its full name.",
            "# Source: PyThaiNLP thaigov-v2-corpus (public domain), https://github.com/PyThaiNLP/thaigov-v2-corpus, mined by",
            "# bench/mine_orgs.py; the releases of every annotated set left out (bench/mine_exclude_sources.txt).",
            f"# Kept: paired with an organisation in >= {MIN_RELEASES} distinct releases, paired in >= {MIN_SHARE:.0%} of the",
            "# releases that write it at all; not a glossary term, dictionary word, date, unit or title, nor a short",
            "# form org_names.toml already finds alone (orgnames.sole_shorts), nor a class of bodies or one read as no",
            "# body (NOT_BODIES in the miner); not before a year (พศ. 2563). full: the full",
            f"# name when one takes >= {MAJORITY:.0%} of the pairings (else empty: an organisation, which one varies);",
            "# english: the glossary's English for that full name. paired/written: release counts. first: a release pairing it.",
            "abbr\tfull\tenglish\tpaired\twritten\tfirst",
        ]
        lines += [f"{a}\t{full}\t{english}\t{n}\t{u}\t{src}" for a, full, english, n, u, src, _ in rows]
        OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {OUT} ({len(rows)} rows)", file=sys.stderr)


if __name__ == "__main__":
    main()
