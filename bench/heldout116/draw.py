# The draw of bench/heldout116 (s17-places): python bench/heldout116/draw.py 2026120517 30 from the worktree root.
# Excludes bench/mine_exclude_sources.txt (which holds every measurement set's source), the ที่มา lines of the
# READ sets under bench/ (the measurement dirs are skipped unread) and dev; 2-7 KB files, Thai, at most 4 per category.
import random, re, sys
from pathlib import Path
sys.path.insert(0, 'bench')
from measurement_sets import *  # noqa
import measurement_sets as ms
URL = re.compile(r"ที่มา\s*:\s*(\S+)")
def key(u): 
    m = re.search(r"details/(\d+)", u); return m.group(1) if m else u
ex = set()
for line in open('bench/mine_exclude_sources.txt', encoding='utf-8'):
    if line.startswith('http'): ex.add(key(line.strip()))
meas = set(ms.MEASURE)
print('meas', sorted(meas)[:3], len(meas), file=sys.stderr)
for d in Path('bench').iterdir():
    if not d.is_dir() or d.name in meas: continue
    for p in d.rglob('*.txt'):
        for m in URL.finditer(p.read_text(encoding='utf-8', errors='replace')): ex.add(key(m.group(1)))
for p in Path('/work/shared/eval/dev').glob('*.txt'):
    for m in URL.finditer(p.read_text(encoding='utf-8')): ex.add(key(m.group(1)))
print('excluded', len(ex), file=sys.stderr)
files = [p for p in Path('/tmp/corpus/thaigov-v2/data').rglob('*.txt') if 2000 <= p.stat().st_size <= 7000]
files.sort()
rnd = random.Random(int(sys.argv[1])); rnd.shuffle(files)
out = []; cats = {}
for p in files:
    t = p.read_text(encoding='utf-8', errors='replace')
    m = URL.search(t)
    if not m or key(m.group(1)) in ex: continue
    thai = len(re.findall(r'[\u0e00-\u0e7f]', t)); lat = len(re.findall(r'[A-Za-z]', t))
    if thai < 2*lat: continue
    cat = p.name.split('_')[0]
    if cats.get(cat, 0) >= 4: continue
    cats[cat] = cats.get(cat, 0) + 1
    out.append((p, key(m.group(1))))
    if len(out) >= int(sys.argv[2]): break
for p, k in out: print(f"{p}\t{k}")
