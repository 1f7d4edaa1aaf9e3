"""Search latency over the full archive: 50 representative queries, p50 and p95, against a text scan.

    python bench/search.py STORE      (a store made by `bench/import.py --keep STORE`, or any full store)

Queries: Thai words (places, agencies, topics, festivals), English names and acronyms (found through the
English text of releases, and through the analyses' English forms for releases analysed), two-word
queries. Each is timed as the app's first page needs it (20 results with the total count) and as
`briefing search --limit 20` (no count), five runs each, the best taken. The baseline is the scan a
LIKE query makes (what search fell back to before the index), timed on ten of the queries in the
same run. Goal: p95 <= 20 ms. Prints the first results of a few queries to judge them by eye.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.search import View, _filters, _scan, query_terms, search
from briefing.store import Store

QUERIES = [
    # Thai words: places, agencies, topics, festivals (the issue's own examples first)
    "ข้าว", "ภูเก็ต", "กระทรวงการคลัง", "ฝุ่น PM 2.5", "ดีป้า", "สงกรานต์", "ยางพารา", "ทุเรียน", "น้ำท่วม",
    "ภัยแล้ง", "โควิด", "วัคซีน", "ท่องเที่ยว", "เชียงใหม่", "ขอนแก่น", "ประมง", "ค่าแรงขั้นต่ำ",
    "รถไฟความเร็วสูง", "ดิจิทัล", "ผู้สูงอายุ", "ยาเสพติด", "อีอีซี", "เงินเฟ้อ", "ส่งออก", "คณะรัฐมนตรี",
    "สาธารณสุข", "พลังงาน", "กระทรวงมหาดไทย", "บีโอไอ", "นายกรัฐมนตรี",
    # English names and acronyms
    "Paetongtarn", "Prayut", "Srettha", "Anutin", "BOI", "depa", "Phuket", "EEC", "ASEAN", "Bangkok",
    "Japan", "COVID", "APEC", "OECD", "Thailand",
    # two words
    "ข้าว ส่งออก", "ภูเก็ต ท่องเที่ยว", "วัคซีน โควิด", "ASEAN Summit", "Ministry Finance",
]
assert len(QUERIES) == 50


def best_of(fn, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p * (len(values) - 1)))]


def main() -> None:
    if len(sys.argv) != 2 or not Path(sys.argv[1]).exists():
        raise SystemExit(__doc__)
    with Store(Path(sys.argv[1])) as store:
        print(f"{store.count()} releases, {store.search_pending_count()} not indexed")
        search(store, View(query="ทดสอบ"), limit=1)  # load the word cutter and warm the cache
        page: list[float] = []
        cli: list[float] = []
        methods: dict[str, int] = {}
        for query in QUERIES:
            view = View(query=query)
            page.append(best_of(lambda view=view: search(store, view, limit=20)) * 1000)
            cli.append(best_of(lambda view=view: search(store, view, limit=20, count=False)) * 1000)
            result = search(store, view, limit=3)
            methods[result.method] = methods.get(result.method, 0) + 1
            print(f"{query:>18}  {page[-1]:6.1f} ms  {result.total:6d} hits  {result.method}  "
                  + " | ".join(entry.title[:30] for entry in result.entries))
        scans = []
        where, params = _filters(store, View())
        for query in QUERIES[:10]:
            scans.append(best_of(lambda q=query: _scan(store, query_terms(q), where, params, 20, 0, False), 1) * 1000)
        print(f"methods: {methods}")
        print(f"first page with count (the app): p50 {statistics.median(page):.1f} ms, p95 {pct(page, .95):.1f} ms,"
              f" max {max(page):.1f} ms")
        print(f"20 results, no count (the CLI): p50 {statistics.median(cli):.1f} ms, p95 {pct(cli, .95):.1f} ms")
        print(f"baseline LIKE scan, 10 queries: p50 {statistics.median(scans):.0f} ms;"
              f" index p50 is {statistics.median(scans) / statistics.median(cli):.0f}x faster (goal p95 <= 20 ms)")


if __name__ == "__main__":
    main()
