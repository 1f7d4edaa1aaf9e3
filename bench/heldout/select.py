#!/usr/bin/env python3
"""Draw the held-out releases: 8 random 2024-2025 files of 4-15 KB, varied categories.

Excludes any release whose text or source URL matches a dev eval file, the app's seeds and the
test samples. Prints the chosen paths; the seed makes the draw reproducible.

    python3 bench/heldout/select.py /work/corpus/thaigov-v2/data /work/shared/eval/dev [SEED N [EXCLUDE_DIR...]]

bench/heldout: the default seed and N=8. bench/heldout2: seed 20251126, N=4, EXCLUDE_DIR bench/heldout.
Each EXCLUDE_DIR's *.txt are read by the script for their text and source URL only; to leave out every held-out
set pass `bench/heldout* bench/measure/heldout*` (the measurement sets live under bench/measure/ since session
23, so bench/heldout* alone no longer names them; bench/mine_exclude_sources.txt lists all their sources too).
The corpus may also be given as the archive itself (thaigov-v2.tar.xz), read in place; with an
OUT_DIR after `--write` the chosen texts are written there as h01.txt... (bench/heldout3: seed
20261204, N=6, EXCLUDE_DIR bench/heldout bench/heldout2, --write bench/heldout3).

With `--english` the draw is of releases written in English (at least 60% of the body's letters
Latin: about 1,850 of the corpus, the site's English news, cabinet synopses and statements), any
year, 1.5-15 KB, categories not varied (nearly all are "Government News" or "Cabinet Meeting
Synopsis"); bench/heldout17 was drawn this way.
"""
import random
import re
import sys
import tarfile
from pathlib import Path

URL = re.compile(r"ที่มา\s*:\s*(\S+)")
LATIN = re.compile(r"[A-Za-z]")
THAI = re.compile(r"[\u0e00-\u0e7f]")


def english(text: str) -> bool:
    """At least 60% of the body's letters are Latin (the title's Thai prefix and the source line left out)."""
    body = text.split("\n\n", 1)[-1].rsplit("ที่มา", 1)[0]
    latin, thai = len(LATIN.findall(body)), len(THAI.findall(body))
    return latin + thai > 0 and latin / (latin + thai) >= 0.6


def _directory(data: Path, lang_en: bool = False) -> dict[str, str]:
    if lang_en:
        return {
            str(p): p.read_text(encoding="utf-8", errors="replace")
            for p in data.rglob("*.txt") if 1500 <= p.stat().st_size <= 15000
        }
    return {
        str(p): p.read_text(encoding="utf-8", errors="replace")
        for y in ("2024", "2025") for p in (data / y).rglob("*.txt") if 4000 <= p.stat().st_size <= 15000
    }


def _archive(path: Path, lang_en: bool = False) -> dict[str, str]:
    """The same draw from the corpus archive, read in place (file names as in the archive)."""
    out: dict[str, str] = {}
    with tarfile.open(path) as tar:
        for m in tar:
            if not (m.isfile() and m.name.endswith(".txt")):
                continue
            if lang_en and 1500 <= m.size <= 15000 or not lang_en and ("/2024/" in m.name or "/2025/" in m.name) and 4000 <= m.size <= 15000:
                handle = tar.extractfile(m)
                if handle is not None:
                    out[m.name] = handle.read().decode("utf-8", errors="replace")
    return out


def main() -> int:
    args = sys.argv[1:]
    out = None
    lang_en = "--english" in args
    args = [a for a in args if a != "--english"]
    if "--write" in args:
        out = Path(args[args.index("--write") + 1])
        args = args[:args.index("--write")]
    sys.argv[1:] = args
    data, dev = Path(sys.argv[1]), Path(sys.argv[2])
    repo = Path(__file__).resolve().parents[2]
    excluded_text, excluded_url = set(), set()
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20251125
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 8
    taken = [*(repo / "seeds").glob("*.txt"), *(repo / "tests" / "data").rglob("*.txt")]
    taken += [p for d in sys.argv[5:] for p in Path(d).glob("*.txt")]
    for p in [*dev.glob("*.txt"), *taken]:
        t = p.read_text(encoding="utf-8", errors="replace")
        excluded_text.add(t.strip())
        excluded_url.update(URL.findall(t))
    texts = _archive(data, lang_en) if data.name.endswith(".tar.xz") else _directory(data, lang_en)
    if lang_en:
        texts = {p: t for p, t in texts.items() if english(t)}
    files = sorted(texts)
    rng = random.Random(seed)
    rng.shuffle(files)
    chosen, cats = [], set()
    for p in files:
        cat = Path(p).name.split("_")[0].strip()
        if cat in cats and not lang_en:
            continue
        t = texts[p]
        if t.strip() in excluded_text or set(URL.findall(t)) & excluded_url:
            continue
        chosen.append(p)
        cats.add(cat)
        if len(chosen) == count:
            break
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        for i, p in enumerate(chosen, 1):
            (out / f"h{i:02d}.txt").write_text(texts[p], encoding="utf-8")
    for p in chosen:
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
