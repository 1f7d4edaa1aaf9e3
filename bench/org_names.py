"""Mine briefing/data/org_names.toml: full organisation names the corpus releases close themselves.

    python bench/org_names.py [--store PATH] [--cache FILE] [--wide] [--write] [--sample N]

Reads every release of the corpus (the SQLite store built from /work/shared/corpus/thaigov-v2.tar.xz, table
releases, opened read-only; default /tmp/wt8_store/p/d/briefing/briefing.db) less the ten dev files and every
held-out set (bench/heldout*, bench/measure/heldout*, /tmp/draw/heldout*: matched by source URL, their texts are not read otherwise),
and finds names that start with an organisation head word (สำนักงาน, กรม, ศูนย์, สถาบัน, มูลนิธิ ...) and that
the release closes itself with a bracket right after: a Thai short form ((สสว.)), a Latin acronym ((NIA)) or an
English name ((Thailand Institute of Justice)). A name closed so in three or more distinct releases (the same
exact string) is kept, with the short form most of them give. With --wide (how the data file is written), a
name two releases close is kept too when three or more other releases write it whole, starting a word and
ending plainly (punctuation, or a space then a verb or a word that follows names): the two closings say where
the name ends, the plain uses that it is used as one name (two closings alone were 20-25% junk). Committees are left to bench/committee_names.py.
Prints the counts and a sample; with --write it rewrites briefing/data/org_names.toml, one block per name citing
the first release (in store order) that closes it.
"""

from __future__ import annotations

import collections
import pickle
import random
import re
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from briefing.thai.gazetteer import gazetteer, trie_regex
from briefing.thai.normalise import normalise
from briefing.thai.orgnames import _GLUE as GLUE
from briefing.thai.orgnames import MINED_HEADS, closed_name_ending, closer_spans
from briefing.thai.scan import NAME_FOLLOWERS, NAME_STOPS, is_thai, is_verb, words

STORE = Path("/tmp/wt8_store/p/d/briefing/briefing.db")
DEV = Path("/work/shared/eval/dev")
DRAWS = Path("/tmp/draw")
URL = re.compile(r"ที่มา\s*:\s*(\S+)")
OUT = ROOT / "briefing" / "data" / "org_names.toml"
WIDE = "--wide" in sys.argv
MIN_RELEASES = 1 if WIDE else 3
MIN_USES = 3
MIN_USES_ONE = 6
NOT_NAMES: frozenset[str] = frozenset({
    # classes of bodies, every province's or district's or a kind (GUIDELINES.md: generic words are not listed;
    # องค์กรปกครองส่วนท้องถิ่น is left to the rules, the golds disagree on it)
    "องค์การบริหารส่วนจังหวัด", "องค์การบริหารส่วนตำบล", "เทศบาลนคร", "เทศบาลเมือง", "องค์กรปกครองส่วนท้องถิ่น",
    "องค์กรปกครองท้องถิ่น", "องค์การปกครองส่วนท้องถิ่น", "สภาองค์การบริหารส่วนจังหวัด", "โรงพยาบาลส่งเสริมสุขภาพตำบล",
    "โรงพยาบาลทางเลือก", "องค์กรพัฒนาเอกชน", "องค์กรภาคประชาสังคม", "องค์กรภาคเอกชน", "สำนักงานภูมิภาค",
    "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา", "มหาวิทยาลัยราชภัฏ", "ศูนย์พัฒนาเด็กเล็ก", "ศูนย์พักคอย", "ศูนย์ความเป็นเลิศ",
    "ศูนย์ข้อมูล", "ศูนย์การขนส่งสาธารณะ", "ศูนย์บริการสาธารณสุข", "ศูนย์ลูกค้าสัมพันธ์", "ศูนย์พัฒนาครอบครัวในชุมชน",
    "ศูนย์เรียนรู้การเพิ่มประสิทธิภาพการผลิตสินค้าเกษตร", "ศูนย์เรียนรู้การเพิ่มประสิทธิภาพการผลิตสินค้าการเกษตร",
    "ศูนย์อภิบาลสุขภาพผู้สูงอายุนานาชาติ", "ศูนย์เวชศาสตร์ฟื้นฟูครบวงจร", "ศูนย์บริการศุลกากร", "ธนาคารน้ำใต้ดิน",
    "ธนาคารหน่วยกิต", "ธนาคารเพื่อสังคม", "บริษัทจัดอันดับความน่าเชื่อถือ", "กองทุนร่วมลงทุน", "กองทุนสำรองเลี้ยงชีพ",
    "ชมรมอาสาสมัครสาธารณสุขประจำหมู่บ้าน", "ศูนย์บริการข้อมูลภาครัฐเพื่อประชาชน", "ศูนย์ให้บริการแบบเบ็ดเสร็จ",
    "สหกรณ์ ระดับกลาง", "สหกรณ์ ระดับสูง", "สหกรณ์ที่ข้าราชการเป็นสมาชิก", "ธนาคารเพื่อการพัฒนา", "ธนาคารเพื่อความยั่งยืน",
    "องค์กรไม่แสวงหากำไร", "ศูนย์บริการเบ็ดเสร็จ", "ศูนย์ราชการสะดวก", "ศูนย์สาธารณสุขมูลฐานชุมชน",
    "กองทุนหลักประกันสุขภาพท้องถิ่น", "ศูนย์บริการประชาชน",
    "ธนาคารกลางอาเซียน",  # ...ผู้ว่าการธนาคารกลางอาเซียน: the governors' meeting (AFMGM), the class of central banks
    # a phone number after the name, a sentence, a list whose short form is the last item's, another body's
    # bracket
    "สำนักงานแรงงาน",  # สำนักงานแรงงานไทยในต่างประเทศ: the labour offices abroad, a class
    "ศูนย์สารนิเทศสรรพากร 1161", "ธนาคารให้ความสำคัญกับแนวทางการให้สินเชื่ออย่างรับผิดชอบและเป็นธรรม",
    "ธนาคารกรุงไทย ยึดมั่นในแนวทางการให้สินเชื่ออย่างรับผิดชอบและเป็นธรรม",
    "ชมรมผู้สูงอายุ กลุ่มสตรี และอาสาสมัครพัฒนาสังคมและความมั่นคงของมนุษย์",
    "ศูนย์ช่วยเหลือสังคมตำบล และอาสาสมัครพัฒนาสังคมและความมั่นคงของมนุษย์",
    "กระทรวงสาธารณสุข อาสาสมัครสาธารณสุข กรุงเทพมหานคร", "ศูนย์รับแจ้งเหตุและสั่งการ ทีมปฏิบัติการฉุกเฉิน",
    "สำนักอนามัย กรุงเทพมหานคร และผู้ปฏิบัติการสถาบันการแพทย์ฉุกเฉินแห่งชาติ", "ธนาคารอิสลามแห่งประเทศไทย จำกัด",
    "สถาบันการเงินอื่น ชำระค่าเบี้ยประกันชีวิตคุ้มครองสินเชื่อวงเงินกู้", "กลุ่มอุตสาหกรรมยานยนต์ สภาอุตสาหกรรมแห่งประเทศไทย",
    "กองมาตรฐานความปลอดภัยและบำรุงทาง กรมการขนส่งทางราง", "สำนักงานตำรวจแห่งชาติ กรมสอบสวนคดีพิเศษ",
    "กรมส่งเสริมอุตสาหกรรม คณะผู้บริหาร และเจ้าหน้าที่ดีพร้อม", "กระทรวงแรงงานสั่งกรมสวัสดิการและคุ้มครองแรงงาน",
    "กระทรวงแรงงานโดยกรมพัฒนาฝีมือแรงงาน", "กรมสวัสดิการและคุ้มครองแรงงานและโฆษกกรม",
})
"""Closed runs read (the whole mined list, 4 Dec 2026) and found to be no one organisation's name: classes and
kinds, a sentence closed by a gloss, lists whose bracket names their last item."""

NOT_PAIRED: frozenset[str] = frozenset({
    # classes: every province's, district's or university group's, a kind of body, a hospital's service desk
    "มหาวิทยาลัยราชภัฎ", "มหาวิทยาลัยเทคโนโลยีราชมงคล", "กองกฎหมาย", "กองกลาง", "กองตรวจราชการ", "บริษัทบริหารสินทรัพย์",
    "บริษัทเทคโนโลยี", "ศูนย์พึ่งได้", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัด", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์",
    "สำนักจัดการทรัพยากรป่าไม้", "โรงพยาบาลชุมชน", "โรงเรียนตำรวจตระเวนชายแดน", "ศูนย์จัดการดินปุ๋ยชุมชน",
    # a slogan, a clause, a country, two bodies, a name cut before its number (ศูนย์บริหารสถานการณ์โควิด-19)
    "ธนาคารแห่งความยั่งยืน", "สถาบันเกษตรกรเป็นผู้ให้บริการทางการเกษตรครบวงจร", "สหพันธ์สาธารณรัฐเยอรมนี",
    "สำนักนายกรัฐมนตรี กรุงเทพมหานคร", "ศูนย์บริหารสถานการณ์โควิด",
    # names one release closes (read 5 Dec 2026): classes and kinds ...
    "กองทรัสต์เพื่อการลงทุนในอสังหาริมทรัพย์", "ธนาคารกลาง", "ธนาคารของรัฐ", "ธนาคารพาณิชย์", "บริษัทประกันภัย",
    "ศูนย์การเรียนรู้", "ศูนย์ฝึกอบรม", "ศูนย์ลูกค้าสัมพันธ์บัตรสวัสดิการแห่งรัฐ", "ศูนย์วัฒนธรรมอาเซียน",
    "ศูนย์ไปรษณีย์สุวรรณภูมิ", "สถานีตำรวจภูธร", "สถานเอกอัครราชทูตไทย", "สำนักกฎหมาย", "สำนักงานพาณิชย์จังหวัด",
    "สำนักงานยุติธรรมจังหวัด", "สำนักงานเขตกรุงเทพมหานคร", "สำนักงานเขตพื้นที่การศึกษา", "สำนักนโยบายและแผน",
    "องค์กรระหว่างประเทศ", "องค์กรวิชาชีพ", "องค์กรอย่างยั่งยืน", "องค์กรแห่งการเรียนรู้", "องค์กรแห่งความสุข",
    "องค์การระหว่างประเทศ", "เทศบาลตำบล", "โรงพยาบาลทั่วไป", "โรงพยาบาลศูนย์", "โรงพยาบาลสมเด็จพระยุพราช",
    "โรงเรียนแพทย์", "ศูนย์คุ้มครองคนไร้ที่พึ่ง",
    # ... and names cut short (กระทรวงทรัพยากรธรรมชาติ|และสิ่งแวดล้อม, คณะผู้แทน|สหภาพยุโรปประจำประเทศไทย) or two
    # bodies (a BMA office and กรุงเทพมหานคร: the golds name them apart)
    "กระทรวงการอุดมศึกษา", "กระทรวงทรัพยากรธรรมชาติ", "กระทรวงศึกษา", "สภาอุตสาหกรรม", "สหภาพยุโรปประจำประเทศไทย",
    "สำนักงานป้องกันและบรรเทาสาธารณภัย", "กรมส่งเสริมการปกครองท้องถิ่น กรุงเทพมหานคร", "สำนักอนามัย กรุงเทพมหานคร",
    "สำนักการระบายน้ำ กรุงเทพมหานคร",
})
"""Names two releases close and others write whole, read (4-5 Dec 2026) and found to be no one organisation's name."""

HEADER = """\
# Full names of organisations as the releases themselves close them: a name that starts with an organisation
# head word (สำนักงาน, กรม, ศูนย์, สถาบัน, มูลนิธิ, สมาคม, มหาวิทยาลัย, โรงพยาบาล, ธนาคาร, องค์การ, บริษัท ...
# จำกัด ...) followed right away by a bracket: its Thai short form ((สสว.)), a Latin acronym ((NIA)) or its English
# name. Read by briefing.thai.orgnames: a listed name found in a release is an organisation, and its span wins
# over a shorter or run-on rule guess; a listed short form counts where the release also names the full form.
#
# Schema: [[org]] th (the name as written in normalised release text, single spaces), short (the short form
# most releases give, optional), releases (how many distinct releases close it), uses (for a name two releases
# close: how many other releases write it whole, ending plainly). No English: the official English names stay
# in agencies.toml.
#
# Selection: mined by bench/org_names.py --wide from the thaigov-v2 corpus (its SQLite store), less the ten dev
# files and every held-out set (by source URL); kept when three or more distinct releases close the exact name,
# or two close it and three or more others write it whole followed by punctuation or by a verb or a word that
# follows names (a short form only kept then when it has three letters or more and no better-attested name's);
# less the runs bench/org_names.py lists as no names (NOT_NAMES, NOT_PAIRED: fragments, programmes, events,
# classes). Each block cites the first release that closes it.
"""


def excluded_urls() -> set[str]:
    urls: set[str] = set()
    for p in [*DEV.glob("*.txt"), *HERE.glob("heldout*/h*.txt"), *HERE.glob("measure/heldout*/h*.txt"),
              *DRAWS.glob("heldout*/*.txt")]:
        for line in p.read_text(encoding="utf-8", errors="replace").splitlines()[-3:]:
            urls.update(URL.findall(line))  # the source line only
    return urls


def snippets(store: Path, cache: Path | None) -> list[tuple[str, str]]:
    """(source, the text before and including each bracket that may close a name), over the corpus less the
    excluded releases; cached in `cache` when given (reading 63,000 releases takes minutes)."""
    if cache is not None and cache.exists():
        with cache.open("rb") as handle:
            return pickle.load(handle)
    excluded = excluded_urls()
    out: list[tuple[str, str]] = []
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    for source, title, body in db.execute("SELECT source, title, body FROM releases ORDER BY id"):
        if source in excluded:
            continue
        for field in (title or "", body or ""):
            text = normalise(field)
            out.extend((source, text[max(0, a - 1000):b]) for a, b in closer_spans(text))
    if cache is not None:
        with cache.open("wb") as handle:
            pickle.dump(out, handle)
    return out


def mine(store: Path, cache: Path | None) -> tuple[dict[str, set[str]], dict[str, collections.Counter[str]], dict[str, str]]:
    releases: dict[str, set[str]] = collections.defaultdict(set)
    shorts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    first: dict[str, str] = {}
    for source, snippet in snippets(store, cache):
        found = closed_name_ending(snippet)
        if found is None:
            continue
        name, short = found
        releases[name].add(source)
        first.setdefault(name, source)
        if short:
            shorts[name][short] += 1
    return releases, shorts, first


def _letters(short: str) -> str:
    return re.sub(r"[^\u0e01-\u0e2e]", "", short)


def short_fits(name: str, short: str) -> bool:
    """Are a Thai short form's consonants found in order in the name (กรมการขนส่งทางบก: ขบ.)? A Latin one is
    taken as the releases give it."""
    if short.isascii():
        return True
    pos = 0
    for ch in _letters(short):
        pos = name.find(ch, pos) + 1
        if pos == 0:
            return False
    return True


def runs_on(name: str, known: set[str]) -> bool:
    """Is `name` a known shorter name and then what is said of it or a second body (กรมศุลกากร|มีสถิติ...,
    กระทรวงแรงงาน|โดยกรมพัฒนาฝีมือแรงงาน, สำนักงานตำรวจแห่งชาติ |กรมสอบสวนคดีพิเศษ)?"""
    for cut in range(len(name) - 1, 3, -1):
        if name[:cut] not in known:
            continue
        rest = name[cut:].lstrip()
        if not rest or rest.startswith(CONNECTORS):
            continue  # องค์การตลาด|เพื่อเกษตรกร, กองทุนหมู่บ้าน|และชุมชนเมือง: the name goes on
        first = words(rest)[0]
        spaced = name[cut] == " "
        if (spaced and rest.startswith(MINED_HEADS)) or first in NAME_STOPS or is_verb(first) or rest.startswith(RUN_ON):
            return True
    return False


_FOLLOW_PUNCT = re.compile(r"[\n(),.:;\"'“”‘’/]")


def clear_end(text: str, end: int) -> bool:
    """Does a name that ends at `end` stop there plainly: the text's end, punctuation or a bracket, or a space
    then a verb or a word that follows names (กรม...| ได้จัด, กรม...| ร่วมกับ)? A glued Thai word, a digit or a
    Latin word after it may be more of a longer name, so it does not count."""
    if end >= len(text) or _FOLLOW_PUNCT.match(text, end):
        return True
    if text[end] != " " or end + 1 >= len(text) or not "\u0e01" <= text[end + 1] <= "\u0e4e":
        return False
    chunk = re.match(r"[\u0e01-\u0e4e]+", text[end + 1:end + 40])
    first = words(chunk.group(0))[0] if chunk else ""
    return first in NAME_FOLLOWERS or is_verb(first)


def strong_short(short: str, taken: set[str]) -> bool:
    """A short form distinctive enough to keep on a name two releases close: three letters or more (กก., กม. are
    also units), and no better-attested name's (สสว. is the office's, not the fund's)."""
    return len(re.sub(r"[^\u0e01-\u0e2eA-Z]", "", short)) >= 3 and short not in taken


def whole_uses(store: Path, names: set[str], closing: dict[str, set[str]]) -> dict[str, set[str]]:
    """For each of `names`, the releases (less the excluded ones and those that close it with a bracket) that
    write it whole, starting a word (after a non-Thai character or a word names are glued to) and ending
    plainly (clear_end)."""
    rx = trie_regex(sorted(names))
    excluded = excluded_urls()
    out: dict[str, set[str]] = collections.defaultdict(set)
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    for source, title, body in db.execute("SELECT source, title, body FROM releases ORDER BY id"):
        if source in excluded:
            continue
        for field in (title or "", body or ""):
            text = normalise(field)
            for m in rx.finditer(text):
                name = m.group(0)
                if not name or source in closing[name] or source in out[name]:
                    continue
                a, b = m.span()
                if (a == 0 or not is_thai(text[a - 1]) or text.endswith(GLUE, 0, a)) and clear_end(text, b):
                    out[name].add(source)
    return out


CONNECTORS = ("เพื่อ", "และ", "แห่ง", "ด้าน", "ว่าด้วย", "ประจำ", "จำกัด")
RUN_ON = ("ไป", "ใน", "ให้", "โดย", "สั่ง", "อัปเดต", "ประกาศ", "เปิดรับ", "นำ", "คณะผู้บริหาร", "และโฆษก")


def main(argv: list[str]) -> int:
    store = Path(argv[argv.index("--store") + 1]) if "--store" in argv else STORE
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    releases, shorts, first = mine(store, cache)
    kept = {n: r for n, r in releases.items() if len(r) >= MIN_RELEASES and n not in NOT_NAMES}
    glossary = {k for k, t in gazetteer().terms.items() if t.type == "organisation"}
    strong = {n for n, r in kept.items() if len(r) >= 3}  # a weaker name must not cut a better-attested one
    ran_on = sorted(n for n in kept if runs_on(n, strong | glossary))
    print(f"{len(ran_on)} dropped as a shorter name run on:", *ran_on, sep="\n  ")
    kept = {n: r for n, r in kept.items() if n not in ran_on}
    # a department glued to its ministry, closed by the MINISTRY's short form (กรมสนธิสัญญาและกฎหมายกระทรวง
    # การต่างประเทศ (กต.)), is two bodies: the bracket closes the second
    ministry_of = {k: t.canonical or k for k, t in gazetteer().terms.items() if t.type == "organisation"}
    glued = sorted(n for n in kept if shorts[n] and (m := ministry_of.get(shorts[n].most_common(1)[0][0], ""))
                   .startswith("กระทรวง") and n != m and n.endswith(m))
    print(f"{len(glued)} dropped as a department glued to its ministry:", *glued, sep="\n  ")
    kept = {n: r for n, r in kept.items() if n not in glued}
    for name in kept:  # a short form whose letters the name lacks belongs to another body named nearby
        shorts[name] = collections.Counter({s: c for s, c in shorts[name].items() if short_fits(name, s)})
    uses: dict[str, set[str]] = {}
    if WIDE:
        # a name two releases close is kept when 3+ other releases also write it whole and plainly ended
        pairs = {n for n, r in kept.items() if len(r) <= 2 and n not in NOT_PAIRED}
        uses = whole_uses(store, pairs, {n: kept[n] for n in pairs})
        dropped = sorted(n for n in pairs if len(uses.get(n, ())) < (MIN_USES if len(kept[n]) == 2 else MIN_USES_ONE))
        print(f"{len(pairs)} names closed by two releases, {len(pairs) - len(dropped)} also written whole in"
              f" {MIN_USES}+ others")
        kept = {n: r for n, r in kept.items() if len(r) >= 3 or (n in pairs and n not in dropped)}
        for name in sorted(pairs - set(dropped)):
            print(f"  PAIR{len(kept[name])} {len(uses[name]):4d} {name}  [{shorts[name].most_common(1)[0][0] if shorts[name] else ''}]")
    print(f"{len(releases)} names closed, {len(kept)} closed by {MIN_RELEASES} or more releases")
    by_head = collections.Counter(next((h for h in MINED_HEADS if n.startswith(h)), "?") for n in kept)
    print(" ", dict(by_head.most_common()))
    n = int(argv[argv.index("--sample") + 1]) if "--sample" in argv else 40
    for name in random.Random(1).sample(sorted(kept), min(n, len(kept))):
        short = shorts[name].most_common(1)[0][0] if shorts[name] else ""
        print(f"  {len(kept[name]):4d} {name}  [{short}]")
    if "--write" in argv:
        blocks = [HEADER]
        for name in sorted(kept):
            short = shorts[name].most_common(1)[0][0] if shorts[name] else ""
            if len(kept[name]) == 1 or len(kept[name]) == 2 and not strong_short(short, {shorts[n].most_common(1)[0][0] for n, r in kept.items()
                                                                 if len(r) >= 3 and shorts[n]}):
                short = ""  # two releases are weak evidence for a short form: only a distinctive one is kept
            also = f", written whole in {len(uses[name])} others" if name in uses and len(kept[name]) <= 2 else ""
            blocks.append(f"\n# Source: {first[name]} (closed by a bracket after it in {len(kept[name])} releases{also})\n")
            blocks.append(f'[[org]]\nth = "{name}"\n')
            if short:
                blocks.append(f'short = "{short}"\n')
            blocks.append(f"releases = {len(kept[name])}\n")
            if also:
                blocks.append(f"uses = {len(uses[name])}\n")
        OUT.write_text("".join(blocks), encoding="utf-8")
        print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
