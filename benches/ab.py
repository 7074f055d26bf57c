"""Two builds of tidbcloud side by side: the same workloads with each one's
client against each one's own mock, the builds taking turns round by round
(in an order that changes each round) so that a change in the machine's load
falls on both alike. Prints each workload's median for A and B and B/A.

    python benches/ab.py --a OLD_VENV/bin/python --b NEW_VENV/bin/python

Each PYTHON must have its tidbcloud installed (an old wheel in one virtual
environment, the new one in another). Use it to show that a change that
should not move performance did not.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess

from servers import SMALL_PROJECT, MockServer

HERE = os.path.dirname(os.path.abspath(__file__))


def run(python: str, mock: MockServer, kind: str, n: int, conc: int, target: str) -> float:
    """Items a second of one workload, in a fresh process of `python`."""
    cmd = [python, os.path.join(HERE, "workloads.py"), kind, "tidbcloud", mock.url,
           mock.public_key, mock.private_key, str(n), str(conc), target]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{python} {kind} failed:\n{done.stderr[-3000:]}")
    out = json.loads(done.stdout)
    return out["items"] / out["seconds"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--a", required=True, help="python with the old build")
    ap.add_argument("--b", required=True, help="python with the new build")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--calls", type=int, default=2000)
    ap.add_argument("--clusters", type=int, default=5000)
    args = ap.parse_args()
    sides = {"A": args.a, "B": args.b}
    results: dict[str, dict[str, list[float]]] = {}
    rng = random.Random(20)
    for r in range(args.rounds):
        order = list(sides)
        rng.shuffle(order)
        for side in order:
            python = sides[side]
            mock = MockServer(args.clusters, args.clusters, python=python)
            try:
                work = {
                    "sync get (calls/s)": ("sync", args.calls, 1, mock.cluster),
                    "async get c=64 (calls/s)": ("async", args.calls * 2, 64, mock.cluster),
                    f"pager {args.clusters} (items/s)": ("pager", 0, 1, SMALL_PROJECT),
                }
                for name, (kind, n, conc, target) in work.items():
                    rate = run(python, mock, kind, n, conc, target)
                    results.setdefault(name, {}).setdefault(side, []).append(rate)
            finally:
                mock.close()
        print(f"round {r + 1}/{args.rounds} done", flush=True)
    print(f"\n| workload | A ({args.a}) | B ({args.b}) | B/A |\n|---|---|---|---|")
    for name, by_side in results.items():
        a, b = statistics.median(by_side["A"]), statistics.median(by_side["B"])
        print(f"| {name} | {a:,.0f} | {b:,.0f} | {b / a:.2f} |")
    print(f"\nmedians of {args.rounds} rounds; each round starts a fresh mock per side")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
