#!/usr/bin/env python3
"""Draw bench/heldout33: six event releases whose text lists performers (issue 11, music groups).

Candidates come from the imported corpus store (read-only): Thai releases that name artists (ศิลปิน) and a
band or singer (วง / วงดนตรี / นักร้อง) at an event (คอนเสิร์ต, เทศกาล, สงกรานต์, เคาท์ดาวน์ / เคานต์ดาวน์), whose
body has a list of at least three comma-separated names (each up to 40 characters) beginning within 150
characters after ศิลปิน / นักร้อง / วงดนตรี / ร่วมแสดง / ขนทัพ, and is 1,500-12,000 characters long; a release whose
first such list is the same as an already chosen one's (a round-up repeating a line-up) is skipped. They are shuffled by id with a fixed seed; a release is
skipped if its source URL or text matches a dev file, a seed, a test sample or any file of the EXCLUDE dirs.
The chosen texts are read from the corpus archive (the store's `file` column) and written as h01.txt...

    python3 bench/heldout33/select.py DB ARCHIVE DEV SEED N OUT EXCLUDE_DIR...
"""
import random
import re
import sqlite3
import sys
import tarfile
from pathlib import Path

URL = re.compile(r"ที่มา\s*:\s*(\S+)")
LIST = re.compile(r"(?:ศิลปิน|นักร้อง|วงดนตรี|ร่วมแสดง|ขนทัพ)[^\n,]{0,150},[^\n,]{1,40},[^\n,]{1,40},")


def main() -> int:
    db, archive, dev, seed, count, out, *excl = sys.argv[1:]
    repo = Path(__file__).resolve().parents[2]
    taken = [*Path(dev).glob("*.txt"), *(repo / "briefing" / "seeds").glob("*.txt"),
             *(repo / "tests" / "data").rglob("*.txt"), *(p for d in excl for p in Path(d).glob("*.txt"))]
    ex_url, ex_text = set(), set()
    for p in taken:
        t = p.read_text(encoding="utf-8", errors="replace")
        ex_text.add(t.strip())
        ex_url.update(URL.findall(t))
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = con.execute(
        "select id, source, body, file from releases where language = 'th' and body like '%ศิลปิน%'"
        " and (body like '%วง%' or body like '%นักร้อง%') and (body like '%คอนเสิร์ต%' or body like '%เทศกาล%'"
        " or body like '%สงกรานต์%' or body like '%เคาท์ดาวน์%' or body like '%เคานต์ดาวน์%')"
        " and length(body) between 1500 and 12000 order by id").fetchall()
    rows = [r for r in rows if LIST.search(r[2])]
    random.Random(int(seed)).shuffle(rows)
    chosen, lists = [], set()
    for _id, source, body, file in rows:
        first = LIST.search(body)
        assert first is not None
        if source in ex_url or first.group() in lists:  # the same line-up repeated in a round-up: one is enough
            continue
        lists.add(first.group())
        chosen.append(file.split(":", 1)[1])
        if len(chosen) == int(count):
            break
    texts: dict[str, str] = {}
    with tarfile.open(archive) as tar:
        for m in tar:
            if m.name in chosen:
                h = tar.extractfile(m)
                assert h is not None
                texts[m.name] = h.read().decode("utf-8", errors="replace")
                if len(texts) == len(chosen):
                    break
    outdir = Path(out)
    outdir.mkdir(parents=True, exist_ok=True)
    n = 0
    for name in chosen:
        t = texts[name]
        if t.strip() in ex_text or set(URL.findall(t)) & ex_url:
            continue
        n += 1
        (outdir / f"h{n:02d}.txt").write_text(t, encoding="utf-8")
        print(name, URL.findall(t))
    print(len(rows), "candidates", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
