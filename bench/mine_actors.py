"""Mine briefing/data/mined_actors.tsv: bodies the archive names acting, written bare, that the rules miss.

    python bench/mine_actors.py [--store PATH] [--cache FILE | --from-cache FILE] [--show N] [--write]

The head-word rules of organisations.py take a name after a weak head (ศูนย์, กอง, สภา, กองทุน, โรงเรียน ...) only
where the glossary, a Wikipedia title, a post before it (ผู้อำนวยการ|ศูนย์...) or a bracket tells where it ends.
A body the release names acting, with no post and no bracket ("โดยศูนย์โรคหลอดเลือดสมอง ได้จัด...", "ร่วมกับ
ศูนย์ไกล่เกลี่ยข้อพิพาท", "กองทุนเอสเอ็มอี ได้..."), is then not taken. The archive names such bodies again and again;
each time the name is one spaced chunk that starts with a head word (at the chunk's start or glued after a word
names follow: orgnames._name_start) and ends at a space or a punctuation mark, and it acts:

    after   โดย / ร่วมกับ / กับ  (glued or spaced)
    before  ได้ เปิดเผย ร่วมกับ จัด ลงนาม แถลง มอบ ประกาศ เตรียม ขอ เร่ง ชี้แจง รายงาน ... (the next chunk)

A chunk is kept when:
  - orgnames.valid_name accepts it (the test bench/org_names.py uses: no clause words, no second body, no kind);
  - >= MIN_ACT distinct releases write it acting so (or with the verb glued on: GLUED_ACT) or headed by a post
    glued before it (ผู้อำนวยการ|กอง...: POSTS), and >= MIN_DELIM write it as a whole chunk;
  - it is rarely a class: a quantifier or a "the ... concerned" follows it (ทุก, ต่าง ๆ, ทั่ว, N แห่ง, อื่น, ในสังกัด,
    ที่เกี่ยวข้อง ...) in < MAX_CLASS of the releases writing it whole;
  - what follows the head is no kind (organisations._generic and the generic tails: ธนาคาร|พาณิชย์, โรงพยาบาล|สนาม),
    no dictionary word, no glossary term, no org_names.toml name, and not a known name with a verb run on
    (กระทรวงการคลัง|เสนอ);
  - the rules miss it: the extractor (without this list), run on up to SAMPLES of the archive's own lines holding
    it, finds no organisation overlapping it on >= MISSED of them (a name the rules always take adds nothing);
  - it is not on NOT_BODIES (read by hand, with reasons).
Every release of an annotated set is left out (bench/mining.py, archive_releases: by source URL and as re-posted
copies). Prints the kept names with their counts; --write rewrites the data file.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import pickle
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from mining import ARCHIVE, archive_releases

from briefing.model import Release
from briefing.thai import analyze, mined_actors, orgnames
from briefing.thai.gazetteer import gazetteer
from briefing.thai.organisations import _GENERIC_TAILS, _generic, known_org_end
from briefing.thai.scan import NAME_STOPS, dictionary, is_verb, words

OUT = ROOT / "briefing" / "data" / "mined_actors.tsv"
MIN_ACT = 2
MIN_STRONG = 3
MIN_DELIM = 4
MAX_CLASS = 0.1
SAMPLES = 6
MISSED = 1

CHUNK = re.compile(r"[^\s,()“”\"'‘’:;!?/\[\]]+")
ACT_BEFORE = ("โดย", "ร่วมกับ", "กับ")
ACT_AFTER = ("ได้", "เปิดเผย", "ร่วมกับ", "จัด", "ลงนาม", "แถลง", "มอบ", "ประกาศ", "เตรียม", "ขอ", "เร่ง", "ชี้แจง",
             "รายงาน", "ดำเนิน", "เสนอ", "สนับสนุน", "เชิญ", "เป็นหน่วยงาน", "ยืนยัน", "เผย", "ย้ำ")
GLUED_ACT = ("ได้", "เปิดเผย", "ร่วมกับ", "ลงนาม", "แถลง", "จัดงาน", "จัดกิจกรรม")
"""Verbs a name acts with that releases also glue to it (กองทุนเอสเอ็มอีได้...): counted for the name before them,
which must still be written as a whole chunk elsewhere (MIN_DELIM)."""
CLASS_AFTER = re.compile(r"(?:ทุก|ต่าง|ทั่ว|หลาย|[0-9๐-๙,]+[ ]?แห่ง|แต่ละ|อื่น|ในสังกัด|ที่เกี่ยวข้อง|เหล่านี้|ดังกล่าว|ของรัฐ|เอกชน)")
CLASS_BEFORE = ("ทุก", "หลาย", "แต่ละ", "บาง")
POSTS = ("ผู้อำนวยการ", "อธิบดี", "หัวหน้า", "ประธาน", "นายก", "เลขาธิการ", "ผู้บัญชาการ", "ผู้จัดการ", "ผู้ว่าการ",
         "คณบดี", "อธิการบดี", "ผอ.", "ผู้บังคับการ", "ผู้แทน", "เจ้าหน้าที่", "ประธานกรรมการ")
"""A post glued before a name (ผู้อำนวยการ|ศูนย์...): one body with a head, not a kind."""
CLAUSE_WORDS = frozenset({"จะ", "ที่", "ใน", "ได้", "เป็น", "กว่า", "ทั้ง", "ใด", "รายใด", "ก็", "ต่อไป", "กับ", "หรือ",
                          "ของ", "พร้อม", "ทุก", "ซึ่ง", "นี้", "ให้", "ต่าง", "ชั้นนำ", "ยักษ์ใหญ่", "เครือข่าย"})
"""Words that make a chunk a clause or a description (ธนาคาร|จะ|โอนเงิน..., บริษัท|ราย|ใด, บริษัท|ชั้นนำ...), not a name."""

NOT_HEADS = ("องค์กร", "บริษัท", "ธนาคาร", "สหกรณ์", "คณะ", "ศาล")
"""Heads whose bare chunks the first run showed to be mostly kinds (องค์กรภาคประชาสังคม, บริษัทประกันภัย, ธนาคาร
ตัวแทนจำหน่าย, สหกรณ์โคนม), a faculty named with its university after a space (คณะแพทยศาสตร์ | มหาวิทยาลัย...), or a
shrine (ศาลหลักเมือง): banks, companies and courts are the glossary's and the company rules' (read 5 Dec 2026)."""

NOT_BODIES: dict[str, str] = {
    **dict.fromkeys(("ศูนย์ประชาสัมพันธ์", "กองกฎหมาย", "กองคลัง", "สำนักกฎหมาย", "กองการศึกษา", "สำนักตรวจสอบ",
                     "สำนักอำนวยการ", "สำนักแผนงาน", "สำนักวิเคราะห์", "กองสาธารณสุข", "กองวิศวกรรม", "กองบังคับการ",
                     "กองกำกับการ", "ศูนย์วิจัย", "สภามหาวิทยาลัย", "สภาเทศบาล", "สภานักเรียน", "สำนักงานขนส่ง",
                     "สำนักงานพลังงานจังหวัด", "ที่ทำการปกครองจังหวัด", "สำนักการศึกษา", "สำนักตรวจราชการ",
                     "สำนักความปลอดภัย", "สำนักสิ่งแวดล้อม", "กองสิ่งแวดล้อม", "สำนักงานเขตสุขภาพ", "สำนักงานพัฒนาชุมชน",
                     "สำนักงานพัฒนาชุมชนจังหวัด", "สถานีตำรวจภูธร", "สำนักงานเขตพื้นที่การศึกษา", "สำนักงานประชาสัมพันธ์",
                     "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา", "สำนักงานเจ้าท่าภูมิภาคสาขา", "สำนักประชาสัมพันธ์เขต",
                     "ศูนย์ป้องกันและบรรเทาสาธารณภัยเขต", "ศูนย์บริหารการทะเบียนภาค", "สำนักงานบริหารกองทุน",
                     "กองการสื่อสาร", "สำนักบริการวิชาการ", "ศูนย์บรรเทาสาธารณภัย", "สภาอุตสาหกรรมจังหวัด",
                     "ศูนย์บริหารจัดการด่านตรวจประมงเขต", "กองทุนฟื้นฟูสมรรถภาพระดับจังหวัด"),
                    "a unit every body or every province has, named with its owner or area after it: no one body"),
    **dict.fromkeys(("สถาบันเกษตรกร", "โรงพยาบาลแม่ข่าย", "โรงพยาบาลสนาม", "โรงเรียนแพทย์", "ตลาดกลางกุ้ง", "ศูนย์พักพิง",
                     "ศูนย์พักพิงชั่วคราว", "ศูนย์ดิจิทัลชุมชน", "ศูนย์พัฒนาเด็กเล็ก", "ศูนย์ข้าวชุมชน", "ศูนย์จัดการดินปุ๋ยชุมชน",
                     "ศูนย์ดูแลผู้สูงอายุ", "ศูนย์เมล็ดพันธุ์ข้าว", "ศูนย์พักคอยผู้ป่วยยาเสพติด", "กองทุนระดับโลก",
                     "กองทุนร่วมลงทุน", "กองทุนประกันชีวิต", "กองทุนสวัสดิการชุมชน", "กองทุนสิ่งแวดล้อม", "สมาคมกีฬา",
                     "สมาคมผู้ผลิต", "สมาคมแม่บ้าน", "องค์การระหว่างประเทศ", "องค์การศาสนา", "องค์การการศึกษา",
                     "องค์การศึกษา", "องค์การแรงงาน", "องค์การปกครองส่วนท้องถิ่น", "องค์การทางศาสนาพุทธ",
                     "สภาองค์การบริหารส่วนจังหวัด", "สภาองค์การบริหารส่วนตำบล", "ศูนย์ประสานงานประจำจังหวัด",
                     "ศูนย์บัญชาการเหตุการณ์", "กลุ่มเด็กและเยาวชนดีเด่นแห่งชาติ", "สถาบันเกษตรกรดีเด่นแห่งชาติ",
                     "สภาสถาบันอุดมศึกษา", "พรรคร่วม", "พรรคคอมมิวนิสต์", "ศูนย์ฝึกและอบรมเด็กและเยาวชน",
                     "ศูนย์ฟื้นฟูสภาพทางสังคม", "กองทุนพัฒนาเด็กชนบท", "ชมรมกำนันผู้ใหญ่บ้าน", "ศูนย์บริการประชาชน",
                     "ศูนย์เทคโนโลยีสารสนเทศ", "ศูนย์รับแจ้งเหตุฉุกเฉิน", "ศูนย์บริการคนพิการ", "สถานเอกอัครราชทูตไทย",
                     "สถานเอกอัครราชทูตต่างประเทศประจำประเทศไทย", "กองทุนบัตรทอง", "กองทุนสุขภาพ", "มหาวิทยาลัยไทย",
                     "ศูนย์ศึกษาและพัฒนาชุมชน", "สถาบันทางการเงิน", "สมาคมคนพิการ", "โรงพยาบาลใกล้บ้าน",
                     "โรงพยาบาลใหญ่", "โรงเรียนขยายโอกาส"),
                    "a kind of body, a class or a scheme (every province's, a party coalition, an award's winners)"),
    **dict.fromkeys(("กรมป้องกันและบรรเทา",), "a name cut short (กรมป้องกันและบรรเทาสาธารณภัย)"),
    **dict.fromkeys(("สำนักงานจัดหางาน", "สำนักงานที่ดิน"), "an office type: the C6 rules (places.sent_to) decide"),
    **dict.fromkeys(("ศูนย์รังสิต",), "a venue (a mall)"),
    **dict.fromkeys(("กระทรวงแถลงข่าว", "กระทรวงและหน่วยงาน", "สภามหาวิทยาลัยและกรรมการสภามหาวิทยาลัยมีวาระการดำรงตำแหน่งคราวละสองปี"),
                    "a clause or a list (the ministry holds a press conference; ministries and agencies)"),
    **dict.fromkeys(("มูลนิธิสมเด็จพระเจ้าบรมวงศ์เธอ", "ศูนย์รับบริจาคกระทรวง"),
                    "the start of a longer name the releases write in full (มูลนิธิสมเด็จพระเจ้าบรมวงศ์เธอ กรมพระยาชัยนาท"
                    "นเรนทร, ศูนย์รับบริจาคกระทรวงการพัฒนาสังคมฯ): listed, it would cut that name (session 17)"),
    **dict.fromkeys(("โรงเรียนตำรวจตระเวนชายแดน",), "a class of schools (the BPP's, ~200 of them: CONVENTIONS.md C7)"),
    **dict.fromkeys(("สำนักอำนวยการกองอาสารักษาดินแดน", "กรมสนธิสัญญาและกฎหมายกระทรวงการต่างประเทศ",
                     "กรมการปกครองกระทรวงมหาดไทย", "ศูนย์บรรเทาสาธารณภัยกองทัพบก"),
                    "a unit glued to the body above it: two bodies, each listed (tests/test_organisations_round4.py, round6)"),
}
"""Names the counts keep that name no one body (read by hand, 5 Dec 2026, from the first run's 492)."""


def scan(rows: list) -> dict[str, dict[str, set[int]]]:
    """name -> {'delim', 'act', 'post', 'glued', 'class'}: the releases writing it as a whole chunk, acting (spaced),
    headed by a post, acting with the verb glued on, and as a class."""
    found: dict[str, dict[str, set[int]]] = collections.defaultdict(lambda: collections.defaultdict(set))
    for ri, r in enumerate(rows):
        for line in (r.title + "\n" + r.body).split("\n"):
            chunks = [(m.start(), m.end(), m.group(0)) for m in CHUNK.finditer(line)]
            for ci, (a, b, ch) in enumerate(chunks):
                st = orgnames._name_start(ch, 0, len(ch))
                if st is None:
                    continue
                name = ch[st:]
                for verb in GLUED_ACT:  # กองทุนเอสเอ็มอี|ได้...: the name with its verb glued on
                    i = name.find(verb, 3)
                    if i > 0 and orgnames.valid_name(name[:i]):
                        found[name[:i]]["glued"].add(ri)
                if not orgnames.valid_name(name):
                    continue
                entry = found[name]
                entry["delim"].add(ri)
                spaced = ci + 1 < len(chunks) and not line[b:chunks[ci + 1][0]].strip()
                nxt = chunks[ci + 1][2] if spaced else ""
                prev = ch[:st] if st else (chunks[ci - 1][2] if ci else "")
                if prev.endswith(ACT_BEFORE) or nxt.startswith(ACT_AFTER):
                    entry["act"].add(ri)
                if prev.endswith(POSTS):
                    entry["post"].add(ri)
                if CLASS_AFTER.match(nxt) or prev.endswith(CLASS_BEFORE):
                    entry["class"].add(ri)
    return found


def kind_or_known(name: str, strong: bool = False) -> str:
    """Why `name` is a kind, a clause, a known name or a run-on ('' when none of them). `strong`: the archive has
    it acting or headed in MIN_STRONG releases or more, so one plain word after the head (สถาบัน|สิริกิติ์) is a name."""
    m = orgnames._head_regex().match(name)
    head = m.group(0) if m else ""
    tail = name[len(head):]
    ws = words(tail)
    if ws and ws[0] in _GENERIC_TAILS:
        return "kind"
    if _generic(tail, head) and not strong:
        return "kind"
    if CLAUSE_WORDS.intersection(ws):
        return "clause"
    if name in dictionary():
        return "word"
    g = gazetteer()
    if name in g.terms or name in orgnames.mined_names():
        return "known"
    k = known_org_end(name, 0, g)
    if 0 < k < len(name):
        rest = words(name[k:])
        if rest and (rest[0] in NAME_STOPS or is_verb(rest[0])):
            return "run-on"
    return ""


def missed(name: str, rows: list, releases: set[int]) -> tuple[int, int]:
    """(missed, tried): on up to SAMPLES archive lines writing `name`, how often no organisation overlaps it, or the
    rules cut it in pieces: none covers it whole and one that starts inside it reaches its end (ศูนย์ดำรงธรรม |
    กระทรวงมหาดไทย). Before session 17 any overlap counted as found, so the list never held a name the rules found
    with the wrong boundary. A name whose end no organisation reaches (กรมประมง|ก่อน) is a run-on: found."""
    tried = miss = 0
    for ri in sorted(releases):
        r = rows[ri]
        for line in (r.title + "\n" + r.body).split("\n"):
            i = line.find(name)
            if i < 0:
                continue
            lo = max(0, i - 150)
            window = line[lo:i + len(name) + 150]
            j = i - lo
            a = analyze(Release(title="", body=window))
            orgs = [e for e in a.entities if e.type == "organisation" and e.field == "body"
                    and e.start < j + len(name) and e.end > j]
            cut = not any(e.start <= j and e.end >= j + len(name) for e in orgs) \
                and any(j < e.start and e.end >= j + len(name) for e in orgs)
            hit = bool(orgs) and not cut
            tried += 1
            miss += not hit
            break
        if tried >= SAMPLES:
            break
    return miss, tried


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", default=ARCHIVE)
    ap.add_argument("--cache")
    ap.add_argument("--from-cache")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()
    # the rules as they are without this list: a name the list itself adds is not "found by the rules"
    mined_actors.names = lambda: frozenset()  # type: ignore[assignment]
    orgnames._tails.cache_clear()
    orgnames._tails_regex.cache_clear()
    rows = [r for r in archive_releases(a.store) if r.language in ("th", "")]
    if a.from_cache:
        with open(a.from_cache, "rb") as f:
            found = pickle.load(f)
    else:
        found = {k: dict(v) for k, v in scan(rows).items()}
        if a.cache:
            with open(a.cache, "wb") as f:
                pickle.dump(found, f)
    kept = []
    dropped: collections.Counter[str] = collections.Counter()
    for name, e in found.items():
        one = e.get("act", set()) | e.get("post", set()) | e.get("glued", set())
        act, delim, cls = len(one), len(e.get("delim", ())), len(e.get("class", ()))
        if act < MIN_ACT or delim < MIN_DELIM:
            continue
        if cls / delim >= MAX_CLASS:
            dropped["class"] += 1
            continue
        why = kind_or_known(name, act >= MIN_STRONG)
        if why:
            dropped[why] += 1
            continue
        if name in NOT_BODIES or name.startswith(NOT_HEADS):
            dropped["not a body (by hand)"] += 1
            continue
        miss, tried = missed(name, rows, one | e["delim"])
        if not tried or miss < MISSED:
            dropped["found by the rules"] += 1
            continue
        first = rows[min(one)].source
        kept.append((name, act, delim, miss, tried, first))
    kept.sort(key=lambda k: (-k[1], k[0]))
    print(f"{len(kept)} kept; dropped: " + ", ".join(f"{v} {k}" for k, v in dropped.most_common()), file=sys.stderr)
    for k in kept[: a.show or len(kept)]:
        print(*k, sep="\t")
    if a.write:
        head = f"""# Bodies the archive names acting, written as one spaced chunk from a head word, that the head-word rules miss
# ("โดยศูนย์โรคหลอดเลือดสมอง ได้จัด...", "ร่วมกับศูนย์ไกล่เกลี่ยข้อพิพาท"). Read by briefing.thai.orgnames (find_mined):
# a listed name written in full, on word boundaries, is an organisation.
# Source: PyThaiNLP thaigov-v2-corpus (public domain), https://github.com/PyThaiNLP/thaigov-v2-corpus, mined by
# `python bench/mine_actors.py --write` on {datetime.date.today().isoformat()} over the archive store
# (62,904 releases; the releases of every annotated set and their re-posts left out: bench/mine_exclude_sources.txt).
# Kept: acting (after โดย/ร่วมกับ/กับ or before ได้/เปิดเผย/ร่วมกับ/จัด/ลงนาม ..., spaced or glued) or headed by a post
# glued before it (ผู้อำนวยการ/อธิบดี/หัวหน้า ...) in >= {MIN_ACT} distinct releases,
# written as a whole chunk in >= {MIN_DELIM}; a class (ทุก/ต่าง ๆ/N แห่ง/ที่เกี่ยวข้อง ... around it) in < {MAX_CLASS:.0%} of
# those; no kind, dictionary word, glossary term, org_names.toml name or known name with a verb run on; missed by
# the rules on >= {MISSED} of up to {SAMPLES} archive lines holding it; no head of NOT_HEADS, not on NOT_BODIES (read by hand).
# act/delim: release counts (acting or headed / whole chunk); missed/tried: the rules' misses on the sampled lines; first: a release naming it acting.
name\tact\tdelim\tmissed\ttried\tfirst
"""
        OUT.write_text(head + "".join("\t".join(map(str, k)) + "\n" for k in kept), encoding="utf-8")
        print(f"wrote {OUT} ({len(kept)} names)", file=sys.stderr)


if __name__ == "__main__":
    main()
