"""Mine briefing/data/mined_latin_orgs.tsv: Latin acronyms and names the archive pairs with an organisation.

    python bench/mine_latin_orgs.py [--store PATH] [--sample N] [--show N] [--write]

A release often names a body by a Latin acronym alone (AZEC, GIP, EXIM, JETRO), with no head word a rule could
read: a general rule for capital runs would also take GDP, MOU, EEC or BCG, which are no bodies. But the archive
names most bodies in full somewhere, with the acronym in brackets:

    THAI ORGANISATION (ACR)                     ธนาคารเพื่อการส่งออกและนำเข้าแห่งประเทศไทย (EXIM Bank)
    THAI ORGANISATION (English Name: ACR)       ประชาคมปล่อยมลพิษสุทธิเป็นศูนย์แห่งเอเชีย (Asia Zero Emission Community: AZEC)
    English Name With A Body Word (ACR)         Japan External Trade Organization (JETRO)

where the Thai name starts with an organisation head word (mine_orgs.HEADS, the same test mine_orgs.py uses for
Thai abbreviations) and the English one ends with (or is built on) a body word of latin_org_words.toml. GDP is
bracketed after ผลิตภัณฑ์มวลรวม, MOU after บันทึกความเข้าใจ: no head word, never paired.

An acronym is kept when >= MIN_RELEASES distinct releases pair it so and the pairings are >= MIN_SHARE of the
releases that write it at all (a name the archive mostly writes as something else is left out), and the glossary
does not know it already. Every release of an annotated set is left out (bench/mining.py, archive_releases: by source URL and as re-posted copies).
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from mine_orgs import full_of  # the Thai full name a bracket closes (head word test)
from mining import ARCHIVE, archive_releases

from briefing.thai.gazetteer import gazetteer
from briefing.thai.normalise import normalise
from briefing.thai.wordlists import word_set

STORE = ARCHIVE
OUT = ROOT / "briefing" / "data" / "mined_latin_orgs.tsv"
MIN_RELEASES = 3
MIN_SHARE = 0.25
MAJORITY = 0.6
SHORT_RELEASES = 5
SHORT_SHARE = 0.5
"""Three letters name many things: an acronym of three letters or fewer paired in fewer than SHORT_RELEASES releases
must be paired in more than SHORT_SHARE of the releases writing it."""

LATIN_HEADS = word_set("latin_org_words.toml", "latin_orgs.heads") | {
    "Organisation", "Organization", "Network", "Society", "Centre", "Center", "Bank",
    "Agency", "Corporation", "Company", "Ltd", "Ltd.", "Limited", "Inc.", "Co.", "PCL", "Club", "League",
}
"""Body words an English name in the same bracket or before it ends with (or is built on, before of/for/on)."""

_T = "\u0e01-\u0e4e"
ACR = r"[A-Z][A-Za-z0-9&\-]{0,12}[A-Z0-9](?:[ ](?:Bank|Centre|Center|Group|Women|Korea|Thailand))?"
"""An acronym or short Latin name with two or more capitals (AZEC, GIP, EXIM, JETRO, KOTRA, FinTech), or one with a
body word or country after it (EXIM Bank, AHA Centre, UN Women, HRD Korea)."""
ACR_RX = re.compile(rf"^(?:{ACR})$")
BRACKET = re.compile(r"\(([^()\n]{2,140})\)")
SPLIT = re.compile(r"\s*(?::|–|—|\s-\s|,)\s*")
ENGLISH_NAME = re.compile(r"((?:[A-Z][A-Za-z&’'\.\-]*|of|and|the|for|on|in|&)(?:[ \t]+(?:[A-Z][A-Za-z&’'\.\-]*|of|and|the|for|on|in|&)){1,12})[ \t]*$")
WRITTEN = re.compile(r"(?<![A-Za-z0-9&\-])[A-Z][A-Za-z0-9&\-]{0,12}[A-Z0-9](?![A-Za-z0-9&\-])")
NOT_ACR = re.compile(r"^(?:[0-9]|[IVX]+$|COVID|[A-Z]{1,2}[0-9]|M[0-9]|H[0-9]N[0-9]|ASEAN\+)|[0-9]{2,}$")
"""Numbers, roman numerals, virus and model names, a session's number (UNGA76)."""
NOT_PAIRED = re.compile(
    r"Meeting|Session|Forum|Summit|Convention|Exhibition|Conference|Program|Dialogue|Week|Expo|Festival|Award|"
    r"ศูนย์ประชุม|ศูนย์การประชุม|ศูนย์นิทรรศการ|^การประชุม|โครงการ"
)
"""A pairing with an event, a venue or a programme (Belt and Road Forum, Kuala Lumpur Convention Center, ศูนย์ประชุม
สหประชาชาติ) does not vouch for a body."""


NOT_BODIES: dict[str, str] = {
    **dict.fromkeys(("PCB", "O&M", "CA", "CARE", "ITC", "AS", "CFO", "ISP", "CG&CSR", "SGL", "AHQ", "ALS", "BLS", "DSA",
                     "HIE", "CARF", "IESG", "CNCP", "DMC", "MSERT", "SEhRT", "WPPT", "RTC", "ROYAL", "NESAT", "SCP",
                     "TSOC", "CIF", "SSC", "BoT", "JIC", "CDC", "TGA", "NEA", "SDC", "OSA", "IBC", "PBF", "CMC", "KX"),
                    "paired with different things: a product, a term, a post or a one-off bracket (read 5 Dec 2026)"),
    **dict.fromkeys(("NGO", "CSO", "LPA", "CoE", "MNE Group", "OSS", "OSCC"), "a class of bodies, not one body"),
    **dict.fromkeys(("MBK Center", "HDC", "DXC", "GECC"), "a venue or a data system more than a body"),
    **dict.fromkeys(("APG", "ICO", "PCC", "OCA", "TBC"),
                    "bare, mostly something else in new releases: ASEAN Power Grid, Initial Coin Offering, Primary Care "
                    "Cluster, the Overlapping Claims Area, 'to be confirmed' (read 5 Dec 2026 on 120 releases)"),
    **dict.fromkeys(("MIT", "MIC", "AIT"),
                    "bare, mostly something else in new releases: Made In Thailand, a care level (MIC), an Advanced "
                    "Integration and Test centre (read 5 Dec 2026 on a second 120 releases)"),
    **dict.fromkeys(("JC", "HLC", "JSC", "EWG", "HWG", "JWG", "GA"), "a generic committee name, paired with many bodies"),
}
"""Acronyms the list gave that are not one body's, read by hand (each with why)."""


def english_body(name: str) -> bool:
    """Does an English name end with a body word or build on one (Japan External Trade Organization, Bank of ...)?"""
    words = name.replace(",", " ").split()
    if len(words) < 2:
        return False
    if words[-1] in LATIN_HEADS:
        return True
    return any(w in LATIN_HEADS and i + 1 < len(words) and words[i + 1] in ("of", "for", "on") for i, w in enumerate(words))


def thai_before(text: str, start: int) -> str:
    """The Thai run before a bracket, up to 90 characters, cut at a line break or a bracket."""
    chunk = text[max(0, start - 90):start]
    chunk = re.split(r"[\n()“”\"]", chunk)[-1]
    return chunk.rstrip()


def pairs_in(text: str) -> dict[str, str]:
    """{acronym: what it is paired with} for the bracketed acronyms this release pairs with a body."""
    out: dict[str, str] = {}
    for m in BRACKET.finditer(text):
        parts = [p.strip() for p in SPLIT.split(m.group(1).strip()) if p.strip()]
        if not parts:
            continue
        acr = next((p for p in reversed(parts) if ACR_RX.match(p)), None)
        if acr is None or NOT_ACR.search(acr):
            continue
        english = " ".join(p for p in parts if p != acr)
        before = thai_before(text, m.start())
        full = None
        if before and re.search(rf"[{_T}]$", before):
            full = full_of(before.split(" ")[-1]) or full_of(" ".join(before.split(" ")[-3:]))
        if full is not None and len(full) < 8:
            full = None  # a bare head word (องค์กร (CFO)) names no body
        if full is None and english and english_body(english):
            full = english
        if full is None:
            em = ENGLISH_NAME.search(before)
            if em and english_body(em.group(1)):
                full = em.group(1)
        if full and not NOT_PAIRED.search(full):
            out.setdefault(acr, full)
    return out


def main() -> None:
    sample = int(sys.argv[sys.argv.index("--sample") + 1]) if "--sample" in sys.argv else 0
    store = sys.argv[sys.argv.index("--store") + 1] if "--store" in sys.argv else STORE
    rows = [(r.source, r.title, r.body) for r in archive_releases(store)]  # annotated releases and their copies left out
    if sample:
        rows = rows[:: max(1, len(rows) // sample)][:sample]
    paired: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    written: collections.Counter[str] = collections.Counter()
    first: dict[str, str] = {}
    for source, title, body in rows:
        text = normalise(f"{title}\n\n{body}")
        if not re.search("[A-Z]", text):
            continue
        for acr, full in pairs_in(text).items():
            paired[acr][full] += 1
            first.setdefault(acr, source)
        for w in set(WRITTEN.findall(text)):
            written[w] += 1
    g = gazetteer()
    rows_out = []
    for acr, c in sorted(paired.items(), key=lambda kv: -sum(kv[1].values())):
        n = sum(c.values())
        if n < MIN_RELEASES or acr in g.terms or acr in NOT_BODIES:
            continue
        used = max(written[acr.split(" ")[0]] if " " not in acr else n, n)
        if n / used < MIN_SHARE:
            continue
        if len(acr) <= 3 and n < SHORT_RELEASES and n / used <= SHORT_SHARE:
            continue  # CVM (Chain Volume Measures, 3 of 6 releases pair it with a vocational centre), ILC, SAG
        top, k = c.most_common(1)[0]
        full = top if k / n >= MAJORITY and re.search(f"[{_T}]", top) else ""
        rows_out.append((acr, full, n, used, first[acr], c))
    if "--show" in sys.argv:
        for acr, full, n, used, _, c in rows_out[: int(sys.argv[sys.argv.index("--show") + 1])]:
            print(f"{acr}\t{n}/{used}\t{full or '-'}\t{c.most_common(3)}")
    print(f"{len(rows)} releases, {len(paired)} acronyms paired, kept {len(rows_out)}", file=sys.stderr)
    if "--write" in sys.argv:
        lines = [
            "# Latin acronyms and short Latin names the releases pair with an organisation: 'THAI BODY (ACR)', 'THAI BODY",
            "# (English Name: ACR)' or 'English Name With A Body Word (ACR)'. Read by briefing.thai.mined_latin_orgs: a listed",
            "# acronym written as a word of its own is an organisation, even where the release never names it in full.",
            "# Source: PyThaiNLP thaigov-v2-corpus (public domain), https://github.com/PyThaiNLP/thaigov-v2-corpus, mined by",
            "# bench/mine_latin_orgs.py; the releases of every annotated set left out (bench/mine_exclude_sources.txt).",
            f"# Kept: paired with a body in >= {MIN_RELEASES} distinct releases and in >= {MIN_SHARE:.0%} of the releases that",
            f"# write it at all (one of <= 3 letters paired in < {SHORT_RELEASES} releases: in > {SHORT_SHARE:.0%}); not a glossary",
            "# term; not on NOT_BODIES (read by hand, with reasons). full: the Thai name when one takes",
            f"# >= {MAJORITY:.0%} of the pairings (else empty). paired/written: release counts. first: a release pairing it.",
            "acr\tfull\tpaired\twritten\tfirst",
        ]
        lines += [f"{a}\t{full}\t{n}\t{u}\t{src}" for a, full, n, u, src, _ in rows_out]
        OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {OUT} ({len(rows_out)} rows)", file=sys.stderr)


if __name__ == "__main__":
    main()
