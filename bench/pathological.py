"""Analysis time of pathological bodies against a normal release, in the same run.

    python bench/pathological.py [--timeout SECONDS] [SHAPE...]

A release is untrusted input fetched over HTTP: one bad page must not freeze the background analysis.
Each shape below is analysed in a child process (so a slow one can be cut off at --timeout, default
300 s) after the bundled 11 KB seed release is timed in a child the same way; printed: seconds, and
the ratio to the normal release. The aim is a ratio proportional to size (a 60 KB body about 15x an
11 KB one), never quadratic. No target is asserted: compare the ratios before and after a change.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent  # this checkout's briefing, in this process and the children
sys.path.insert(0, str(ROOT))
NORMAL = HERE.parent / "seeds" / "ข่าวนายกรัฐมนตรี _3_1acc22bb-17e6-4412-9287-d99d2aa8dece.txt"


def _one_thai_run() -> str:
    """60 KB of real Thai with every space and line break taken out: one chunk."""
    body = NORMAL.read_text(encoding="utf-8")
    run = "".join(body.split())
    while len(run.encode()) < 60_000:
        run += run
    return run.encode()[:60_000].decode(errors="ignore")


SHAPES = {
    "committee-run": lambda: "คณะกรรมการพัฒนา" * 1500,  # one chunk of 22,500 characters, a head every 15
    "phang-hyphens": lambda: "Phang-" * 4000,
    "mr-titles": lambda: "Mr. " * 3000,
    "thai-run-60kb": _one_thai_run,
    "nested-brackets": lambda: "(" * 3000 + "กระทรวงการคลัง" + ")" * 3000,
    "nested-brackets-thai": lambda: "(กรมการปกครอง " * 2000 + ")" * 2000,
    "road-heads": lambda: "ถนน" * 5000,
    "road-heads-spaced": lambda: "ถนน " * 5000,
    "latin-title-case": lambda: " ".join(["Ministry", "Of", "Foreign", "Affairs", "Bangkok", "Office"] * 1500),
    "latin-capital-runs": lambda: "Bank Of Thailand Phang Nga Province " * 1200,
    "thai-org-list": lambda: "กระทรวงการคลังและ" * 1200,
    "latin-one-word": lambda: "A" * 60_000,
    "latin-word-run": lambda: "Bangkok" * 8500,
    "centre-heads": lambda: "ศูนย์" * 4000,
    "division-heads": lambda: "กอง" * 6500,
    "cooperative-heads": lambda: "สหกรณ์" * 3300,
    "district-heads": lambda: "อำเภอเมือง" * 2000,
    "numbers-spaced": lambda: "1 " * 30_000,
}

CHILD = """
import sys, time
from briefing.model import Release
from briefing.thai import analyze
body = sys.stdin.read()
analyze(Release(title="ข่าว", body="ทดสอบ"))  # warm-up: data and models loaded before the clock starts
t = time.perf_counter()
analyze(Release(title="ข่าวรัฐบาล", body=body))
print(time.perf_counter() - t)
"""


def timed(body: str, timeout: float) -> float | None:
    try:
        out = subprocess.run([sys.executable, "-c", CHILD], input=body, capture_output=True, text=True,
                             timeout=timeout, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    except subprocess.TimeoutExpired:
        return None
    return float(out.stdout.strip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("shapes", nargs="*", choices=[*SHAPES, []], metavar="SHAPE")
    args = parser.parse_args()
    from briefing.sources.corpus import parse_release

    normal_body = parse_release(NORMAL.read_text(encoding="utf-8"), name=str(NORMAL)).body
    normal = timed(normal_body, args.timeout)
    assert normal is not None
    print(f"{'normal release':24} {len(normal_body.encode()):>7} B {normal:8.3f} s   1.0x")
    for name in args.shapes or SHAPES:
        body = SHAPES[name]()
        took = timed(body, args.timeout)
        size = f"{len(body.encode()):>7} B"
        if took is None:
            print(f"{name:24} {size} > {args.timeout:.0f} s (cut off)", flush=True)
        else:
            print(f"{name:24} {size} {took:8.3f} s {took / normal:6.1f}x", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
