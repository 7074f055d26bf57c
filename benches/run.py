"""Benchmark tidbcloud against httpx and requests with digest auth, and against
its own Rust core without Python, side by side in one run.

    python benches/run.py [--repeat 5] [--calls 2000] [--clusters 10000]

The mock server runs in a process of its own with no rate limit; every workload
runs in a fresh process, so its peak memory is its own. Prints a table of
medians and ratios and writes the same to benches/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


class Mock:
    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, os.path.join(HERE, "mock_process.py")],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        info = json.loads(self.proc.stdout.readline())
        self.url, self.pub, self.priv = info["url"], info["public_key"], info["private_key"]

    def ask(self, line: str) -> str:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def count(self) -> int:
        return int(self.ask("count"))

    def close(self) -> None:
        self.ask("quit")
        self.proc.wait(timeout=30)


def workload(mock: Mock, name: str, client: str, n: int, arg: str | None) -> dict:
    before = mock.count()
    cmd = [sys.executable, os.path.join(HERE, "workloads.py"), name, client, mock.url,
           mock.pub, mock.priv, str(n)] + ([arg] if arg else [])
    out = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
    # Each process answers the first digest challenge once: 2 exchanges, then N calls.
    out["exchanges_per_call"] = (mock.count() - before - 2) / n
    return out


def core_loop(mock: Mock, mode: str, n: int, concurrency: int = 1) -> float:
    exe = os.path.join(ROOT, "target", "release", "examples", "core_loop")
    out = subprocess.run([exe, mock.url, mock.pub, mock.priv, mode, str(n), str(concurrency)],
                         capture_output=True, text=True, check=True).stdout
    return float(out)


def import_time(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                check=True).stdout)


def median(runs: list[float]) -> float:
    return statistics.median(runs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--calls", type=int, default=2000)
    ap.add_argument("--clusters", type=int, default=10_000)
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--out", default=os.path.join(HERE, "results.json"))
    args = ap.parse_args()

    print("building the pure-Rust loop (cargo build --release --example core_loop) ...",
          file=sys.stderr)
    subprocess.run(["cargo", "build", "--quiet", "--release", "--example", "core_loop"],
                   cwd=ROOT, check=True)
    mock = Mock()
    try:
        cluster = mock.ask(f"seed {args.clusters}")
        n, rows = args.calls, []

        def measure(label, unit, name, clients, arg=None, rust=None, count=n):
            results = {}
            for client in clients:
                runs = [workload(mock, name, client, count, arg) for _ in range(args.repeat)]
                secs = median([r["seconds"] for r in runs])
                results[client] = {
                    "value": count / secs if unit == "calls/s" else secs,
                    "max_rss_mib": max(r["max_rss_kib"] for r in runs) / 1024,
                    "exchanges_per_call": median([r["exchanges_per_call"] for r in runs]),
                }
            if rust:
                secs = median([rust() for _ in range(args.repeat)])
                results["rust core"] = {"value": count / secs if unit == "calls/s" else secs}
            rows.append({"benchmark": label, "unit": unit, "results": results})

        measure("sync regions.get, sequential", "calls/s", "sync:regions",
                ["ours", "httpx", "requests"], rust=lambda: core_loop(mock, "regions", n))
        measure("sync clusters.get, sequential", "calls/s", "sync:clusters",
                ["ours", "httpx", "requests"], arg=cluster,
                rust=lambda: core_loop(mock, f"clusters:{cluster}", n))
        measure(f"async clusters.get, {n} at concurrency {args.concurrency}", "calls/s",
                "async:clusters", ["ours", "httpx"], arg=cluster,
                rust=lambda: core_loop(mock, f"fanout:{cluster}", n, args.concurrency))
        measure(f"iterate {args.clusters} clusters, page size 100", "s", "pager:",
                ["ours", "httpx"], count=args.clusters)
        imports = {m: median([import_time(m) for _ in range(max(args.repeat, 5))])
                   for m in ("tidbcloud", "httpx", "requests")}
        rows.append({"benchmark": "import time", "unit": "ms",
                     "results": {("ours" if m == "tidbcloud" else m): {"value": v * 1000}
                                 for m, v in imports.items()}})
    finally:
        mock.close()

    report = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()} "
                   f"{platform.release()}, Python {platform.python_version()}",
        "repeat": args.repeat,
        "rows": rows,
    }
    with open(args.out, "w") as f:
        json.dump(report, f, indent=2)
    print(render(report))
    return 0


def fmt(v: float | None, unit: str) -> str:
    if v is None:
        return "-"
    return f"{v:,.0f}" if unit == "calls/s" else f"{v:.3f}" if unit == "s" else f"{v:.1f}"


def ratio(a: float | None, b: float | None, unit: str) -> str:
    if a is None or b is None:
        return "-"
    # Higher is better for throughput; lower is better for seconds and ms.
    return f"{a / b:.2f}x" if unit == "calls/s" else f"{b / a:.2f}x"


def render(report: dict) -> str:
    head = ("| benchmark | unit | tidbcloud | httpx | requests | Rust core | vs httpx | "
            "vs requests | vs Rust core | peak MiB (ours / httpx / requests) | "
            "exchanges per call (ours / httpx / requests) |")
    lines = [f"machine: {report['machine']}; medians of {report['repeat']} runs", "",
             head, "|---" * 11 + "|"]
    for row in report["rows"]:
        r, unit = row["results"], row["unit"]
        val = {k: r.get(k, {}).get("value") for k in ("ours", "httpx", "requests", "rust core")}
        mem = " / ".join(f"{r[k]['max_rss_mib']:.0f}" if "max_rss_mib" in r.get(k, {}) else "-"
                         for k in ("ours", "httpx", "requests"))
        ex = " / ".join(f"{r[k]['exchanges_per_call']:.2f}"
                        if "exchanges_per_call" in r.get(k, {}) else "-"
                        for k in ("ours", "httpx", "requests"))
        vs_rust = ratio(val["ours"], val["rust core"], unit)
        lines.append(
            f"| {row['benchmark']} | {unit} | {fmt(val['ours'], unit)} | "
            f"{fmt(val['httpx'], unit)} | {fmt(val['requests'], unit)} | "
            f"{fmt(val['rust core'], unit)} | {ratio(val['ours'], val['httpx'], unit)} | "
            f"{ratio(val['ours'], val['requests'], unit)} | {vs_rust} | {mem} | {ex} |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
