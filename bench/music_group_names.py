#!/usr/bin/env python3
"""Names the corpus writes after วง (band) in two or more releases: the corpus-mined part of
briefing/data/music_groups.toml (the rest comes from the public pages cited there).

Reads an imported corpus store (read-only) and leaves out the dev set and every held-out set by source URL:

    python3 bench/music_group_names.py STORE.db /work/shared/eval/dev bench/heldout* bench/measure/heldout* [more dirs]

(the script reads each excluded text's source URL; nobody sees the texts, the measurement sets' included).

Prints each name with the first release that writes it and the number of releases. Session 6 kept all but
one run of three listed groups (Blackpink BTS NCT, which the recogniser splits).
"""
import collections
import re
import sqlite3
import sys
from pathlib import Path

URL = re.compile(r"ที่มา\s*:\s*(\S+)")
NOT = ("เงิน", "ศ์", "ษ์", "แหวน", "เวียน", "จร", "การ", "กว้าง", "ค์", "ษา", "ที่", "ล้อม")  # วงเงิน, วงศ์, วงแหวน ...
AFTER_BAND = re.compile(
    r"(?:(?<=[\s,(“\"'/])|(?<=จาก)|(?<=ศิลปิน)|(?<=สมาชิก)|(?<=และ)|(?<=ของ)|(?<=โดย)|(?<=กับ)|(?<=ร้องนำ)|(?<=แสดง)|^)"
    r"(?:วงดนตรี|วง|บอยแบนด์|เกิร์ลกรุ๊ป|กลุ่มศิลปิน)[ \t]?"
    r"(?:[\"“”']([^\"“”'\n]{2,40})[\"“”']|([A-Z0-9][\w'&.\-]*(?:[ \t][A-Z0-9][\w'&.\-]*){0,4}))"
)


def main() -> int:
    store, *excluded = sys.argv[1:]
    skip = {u for d in excluded for p in Path(d).glob("*.txt") for u in URL.findall(p.read_text(encoding="utf-8", errors="replace"))}
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    seen: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    for source, body in db.execute("select source, body from releases where body like '%วง%' or body like '%กลุ่มศิลปิน%' order by id"):
        if source in skip:
            continue
        for m in AFTER_BAND.finditer(body):
            name = (m.group(1) or m.group(2)).strip()
            if name.startswith(NOT) or re.match(r"^[\d.\-]+", name):
                continue
            key = "".join(name.casefold().split())
            if source not in [s for s, _ in seen[key]]:
                seen[key].append((source, name))
    for rows in seen.values():
        if len(rows) >= 2:
            print(f"{rows[0][1]}\t{rows[0][0]}\t{len(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
