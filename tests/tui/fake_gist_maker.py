"""A stand-in for `python -m briefing.gist_server` speaking its protocol (a ready line, then one
JSON reply per id read), for the gist maker's failure cases: it saves nothing, and can die on an id
(`--die`), answer another id (`--wrong`), be slow (`--slow`), and log its starts and requests (`--log`)."""

import argparse
import json
import sys
import time

parser = argparse.ArgumentParser()
parser.add_argument("--die", type=int, action="append", default=[])
parser.add_argument("--wrong", type=int, action="append", default=[])
parser.add_argument("--slow", type=float, default=0.0)
parser.add_argument("--log")
args, _ = parser.parse_known_args()


def log(text: str) -> None:
    if args.log:
        with open(args.log, "a", encoding="utf-8") as handle:
            handle.write(text + "\n")


log("start")
time.sleep(args.slow)
print("ready", flush=True)
for line in sys.stdin:
    release_id = int(line)
    log(str(release_id))
    if release_id in args.die:
        sys.exit(9)
    time.sleep(args.slow)
    answered = release_id + 1 if release_id in args.wrong else release_id
    print(json.dumps({"id": answered, "gist": f"gist {release_id}"}), flush=True)
