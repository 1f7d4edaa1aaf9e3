"""Mine briefing/data/committees.toml: committee names the corpus releases close themselves.

    python bench/committee_names.py [--write]

Reads every release of the corpus archive (/work/shared/corpus/thaigov-v2.tar.xz) less the dev set and every
held-out set (bench/heldout*, bench/measure/heldout*: matched by source URL), finds the committee names each closes with its short
form in brackets or a meeting number (organisations.closed_committees), and keeps the names two or more
releases close. Prints the count and a sample; with --write it rewrites briefing/data/committees.toml, one
block per name citing the first release (in archive order) that closes it.
"""

from __future__ import annotations

import collections
import random
import re
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from briefing.errors import BriefingError
from briefing.sources.corpus import parse_release
from briefing.thai.normalise import normalised
from briefing.thai.organisations import closed_committees

CORPUS = Path("/work/shared/corpus/thaigov-v2.tar.xz")
DEV = Path("/work/shared/eval/dev")
URL = re.compile(r"ที่มา\s*:\s*(\S+)")
OUT = ROOT / "briefing" / "data" / "committees.toml"
NOT_NAMES = frozenset({
    # a sentence closed_committees cannot tell from a name: 'the member NOCs need time to prepare ...'
    "คณะกรรมการโอลิมปิกชาติสมาชิกต้องการเวลาในการเตรียมทีมและเก็บตัวฝึกซ้อมเพื่อเข้าร่วมการแข่งขันกีฬาโอลิมปิกเกมส์",
})
HEADER = """\
# Names of committees and working groups (คณะกรรมการ, คณะอนุกรรมการ, คณะกรรมาธิการ, คณะทำงาน) as the releases
# themselves close them: the name, then its short form in brackets or a meeting number
# (คณะกรรมการนโยบายการบริหารจัดการการทำงานของคนต่างด้าว (คบต.), ... ครั้งที่ 1/2567). Read by
# briefing.thai.organisations: a committee found at a mention whose name is listed here runs to the end of
# the listed name, even past a verb or a space that would end another name (คณะกรรมการป้องกัน ปราบปราม
# และแก้ไขปัญหา...). A listed name never makes a committee where the other rules found none.
#
# Schema: [[committee]] th (the name as written in normalised release text, single spaces). No English.
#
# Selection: mined by bench/committee_names.py from the thaigov-v2 corpus archive, less the dev set and
# every held-out set (bench/heldout*); kept when two or more releases close the name, less the runs
# bench/committee_names.py lists as no names (NOT_NAMES). Each block cites the first release that closes it
# and the number of releases that do.
"""


def main(argv: list[str]) -> int:
    excluded: set[str] = set()
    for p in [*DEV.glob("*.txt"), *HERE.glob("heldout*/h*.txt"), *HERE.glob("measure/heldout*/h*.txt")]:
        excluded.update(URL.findall(p.read_text(encoding="utf-8", errors="replace")))
    names: dict[str, list[str]] = collections.defaultdict(list)
    with tarfile.open(CORPUS) as tar:
        for member in tar:
            if not (member.isfile() and member.name.endswith(".txt")):
                continue
            handle = tar.extractfile(member)
            assert handle is not None
            text = handle.read().decode("utf-8", errors="replace")
            if len(text) < 400 or set(URL.findall(text)) & excluded:
                continue
            try:
                release = parse_release(text, member.name.rsplit("/", 1)[-1])
            except BriefingError as error:  # a page not in the release format
                print("skipped:", error, file=sys.stderr)
                continue
            for field in (release.title, release.body):
                for _, name in closed_committees(normalised(field).text):
                    names[name].append(release.source or member.name)
    kept = {name: urls for name, urls in names.items() if len(set(urls)) >= 2 and name not in NOT_NAMES}
    print(f"{len(names)} names closed, {len(kept)} closed by two or more releases")
    for name in random.Random(1).sample(sorted(kept), min(30, len(kept))):
        print(" ", len(set(kept[name])), name)
    if "--write" in argv:
        blocks = [HEADER]
        for name in sorted(kept):
            urls = kept[name]
            blocks.append(
                f"\n# Source: {urls[0]} (closed by its short form or a meeting number; {len(set(urls))} releases)\n"
                f'[[committee]]\nth = "{name}"\n'
            )
        OUT.write_text("".join(blocks), encoding="utf-8")
        print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
