"""Benchmark tidbcloud against httpx, requests and aiohttp with digest auth, and
against its own Rust core without Python, side by side in one run, on two
servers: the embedded mock, and Apache httpd with mod_auth_digest.

    python benches/run.py [--repeat 5] [--calls 4000] [--clusters 10000]
                          [--big 100000] [--servers mock,apache]

Every workload runs in a fresh process, so its peak memory is its own; every
figure is the median of --repeat runs. Prints the tables and the targets, and
writes them to benches/results.json and benches/results.md, and the throughput
chart to benches/throughput.png. Needs benches/requirements.txt, and Apache
httpd (installed with the system package manager when missing and allowed).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import timeit

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import chart  # noqa: E402
import servers  # noqa: E402

SYNC_CLIENTS = ("tidbcloud", "httpx", "requests")
ASYNC_CLIENTS = ("tidbcloud", "aiohttp", "httpx")
CURVE = (1, 8, 64, 256)
RUST = "Rust core"
RUST_LOCAL = "Rust core, current-thread"


def workload(server, kind: str, client: str, n: int, conc: int, target: str) -> dict:
    before = server.requests()
    cmd = [sys.executable, os.path.join(HERE, "workloads.py"), kind, client, server.url,
           server.public_key, server.private_key, str(n), str(conc), target]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{client} {kind} against {server.name} failed:\n{done.stderr[-3000:]}")
    out = json.loads(done.stdout)
    # Each process first answers the digest challenge: 2 exchanges, then the timed part.
    out["exchanges"] = server.requests() - before - 2
    return out


def core_loop(server, mode: str, n: int, conc: int = 1) -> float:
    exe = os.path.join(ROOT, "target", "release", "examples", "core_loop")
    out = subprocess.run([exe, server.url, server.public_key, server.private_key, mode, str(n),
                          str(conc)], capture_output=True, text=True, check=True).stdout
    return float(out)


def import_time(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                check=True).stdout)


def progress(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


class Bench:
    def __init__(self, args) -> None:
        self.args = args
        self.results: dict = {}  # server -> benchmark -> client -> figures

    def put(self, server, bench: str, client: str, figures: dict) -> None:
        self.results.setdefault(server.name, {}).setdefault(bench, {})[client] = figures

    def interleaved(self, server, bench: str, entries: dict) -> None:
        """Run each entry (client -> one-run function) once per round, for
        --repeat rounds, so that a change in the machine's load over the
        minutes of a run falls on every client alike; keep the medians."""
        runs: dict = {client: [] for client in entries}
        for _ in range(self.args.repeat):
            for client, run in entries.items():
                runs[client].append(run())
        for client, rs in runs.items():
            self.put(server, bench, client, summarize(rs))

    def server(self, server) -> None:
        a, cluster = self.args, server.cluster

        def ours_and_peers(kind, clients, n_of, conc, target):
            return {c: (lambda c=c: workload(server, kind, c, n_of(c), conc, target))
                    for c in clients}

        def rust(mode, n, conc=1):
            return lambda: {"seconds": core_loop(server, mode, n, conc), "items": n}

        progress(f"{server.name}: sync gets")
        entries = ours_and_peers("sync", SYNC_CLIENTS, lambda c: a.calls, 1, cluster)
        entries[RUST] = rust(f"clusters:{cluster}", a.calls)
        entries[RUST_LOCAL] = rust(f"local:{cluster}", a.calls)
        self.interleaved(server, "sync", entries)
        for conc in CURVE:
            progress(f"{server.name}: async gets at concurrency {conc}")
            # httpx's async client is some 30 times slower: fewer calls keep its runs short.
            entries = ours_and_peers(
                "async", ASYNC_CLIENTS,
                lambda c, conc=conc: max(conc, a.calls // 5) if c == "httpx" else a.calls,
                conc, cluster)
            entries[RUST] = rust(f"fanout:{cluster}", a.calls, conc)
            self.interleaved(server, f"async c={conc}", entries)
        for label, project in ((f"pager {a.clusters}", server.small_project),
                               (f"pager {a.big}", "-")):
            progress(f"{server.name}: {label}")
            self.interleaved(server, label, ours_and_peers(
                "pager", ("tidbcloud", "httpx"), lambda c: 0, 1, project))

    def report(self, docs: dict) -> dict:
        a = self.args
        imports = {m: statistics.median(import_time(m) for _ in range(max(a.repeat, 5))) * 1000
                   for m in ("tidbcloud", "httpx", "requests", "aiohttp")}
        return {
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()} "
                       f"{platform.release()}, Python {platform.python_version()}",
            "repeat": a.repeat, "calls": a.calls, "clusters": a.clusters, "big": a.big,
            "results": self.results, "import_ms": imports,
            "conversion": conversion(docs, a.repeat),
            "targets": targets(self.results, a.clusters, a.big),
        }


def summarize(runs: list[dict]) -> dict:
    """The median of a client's runs; the worst memory figures."""
    secs = statistics.median(r["seconds"] for r in runs)
    items = runs[0]["items"]
    assert all(r["items"] == items for r in runs), runs
    out = {"seconds": secs, "per_second": items / secs, "items": items}
    if "max_rss_kib" in runs[0]:
        out.update({
            "peak_mib": max(r["max_rss_kib"] for r in runs) / 1024,
            "growth_mib": max(r["max_rss_kib"] - r["rss_before_kib"] for r in runs) / 1024,
            "exchanges_per_item": statistics.median(r["exchanges"] for r in runs) / items,
        })
    return out


def targets(results: dict, small: int, big: int) -> list[dict]:
    """Each goal of the benchmark, as measured: a ratio, its floor and whether it holds."""
    out = []

    def goal(server, what, value, floor, ceiling=None):
        ok = value >= floor if ceiling is None else value < ceiling
        out.append({"server": server, "goal": what, "value": value,
                    "bound": f">= {floor}" if ceiling is None else f"< {ceiling}", "met": ok})

    for name, r in results.items():
        c64, sync = r["async c=64"], r["sync"]
        ours = c64["tidbcloud"]["per_second"]
        goal(name, "async c=64 vs aiohttp", ours / c64["aiohttp"]["per_second"], 3.0)
        goal(name, "async c=64 vs Rust core", ours / c64[RUST]["per_second"], 0.9)
        ours = sync["tidbcloud"]["per_second"]
        goal(name, "sync vs httpx", ours / sync["httpx"]["per_second"], 5.0)
        goal(name, "sync vs Rust core", ours / sync[RUST]["per_second"], 1.0)
        p, pb = r[f"pager {small}"], r[f"pager {big}"]
        goal(name, f"pager {small} vs httpx", p["httpx"]["seconds"] / p["tidbcloud"]["seconds"],
             2.0)
        goal(name, f"pager {big}: peak memory growth, MiB", pb["tidbcloud"]["growth_mib"], 0, 50)
        per_item = (pb["tidbcloud"]["seconds"] / big) / (p["tidbcloud"]["seconds"] / small)
        goal(name, f"pager {big}: time per item vs {small}", per_item, 0, 1.25)
    return out


PEERS = ("httpx", "requests", "aiohttp")


def summary(rep: dict) -> str:
    """One line per workload and server: every client's rate side by side."""
    lines = ["| workload | server | tidbcloud | httpx | requests | aiohttp | Rust core "
             "| vs best peer | vs Rust core |", "|---|---|---|---|---|---|---|---|---|"]
    for name, r in rep["results"].items():
        for bench, clients in r.items():
            rate = {c: f["per_second"] for c, f in clients.items()}
            ours = rate["tidbcloud"]
            peer = max((rate[p] for p in PEERS if p in rate), default=None)
            rust = rate.get(RUST)
            cells = [f"{rate[c]:,.0f}" if c in rate else "-"
                     for c in ("tidbcloud", *PEERS, RUST)]
            unit = "items/s" if bench.startswith("pager") else "calls/s"
            lines.append(f"| {bench} ({unit}) | {name} | " + " | ".join(cells) + " | "
                         + (f"{ours / peer:.2f}x" if peer else "-") + " | "
                         + (f"{ours / rust:.2f}x" if rust else "-") + " |")
    return "\n".join(lines)


def render(rep: dict) -> str:
    lines = [f"machine: {rep['machine']}; medians of {rep['repeat']} runs", "",
             "## summary", "", summary(rep), ""]
    for name, r in rep["results"].items():
        lines += [f"## {name}", "",
                  "| benchmark | client | calls/s or items/s | seconds | vs tidbcloud "
                  "| peak MiB | growth MiB | exchanges per item |",
                  "|---|---|---|---|---|---|---|---|"]
        for bench, clients in r.items():
            ours = clients["tidbcloud"]["per_second"]
            for client, f in clients.items():
                rel = "1.00x" if client == "tidbcloud" else f"{ours / f['per_second']:.2f}x"
                peak = f"{f['peak_mib']:.0f}" if "peak_mib" in f else "-"
                growth = f"{f['growth_mib']:.1f}" if "growth_mib" in f else "-"
                ex = f"{f['exchanges_per_item']:.2f}" if "exchanges_per_item" in f else "-"
                lines.append(f"| {bench} | {client} | {f['per_second']:,.0f} | "
                             f"{f['seconds']:.3f} | {rel} | {peak} | {growth} | {ex} |")
        lines.append("")
    lines += ["## conversion of one answer to Python objects", "",
              "| body | bytes | via serde_json::Value, us | direct, us | check on the I/O "
              "thread, us | json.loads, us | Value / direct |", "|---|---|---|---|---|---|---|"]
    for c in rep["conversion"]:
        lines.append(f"| {c['body']} | {c['bytes']:,} | {c['value_us']:.1f} | "
                     f"{c['direct_us']:.1f} | {c['check_us']:.1f} | {c['json_loads_us']:.1f} | "
                     f"{c['value_us'] / c['direct_us']:.2f}x |")
    lines += ["", "## import time", "", "| module | ms |", "|---|---|"]
    lines += [f"| {m} | {v:.1f} |" for m, v in rep["import_ms"].items()]
    lines += ["", "## targets", "", "| server | goal | measured | bound | met |",
              "|---|---|---|---|---|"]
    lines += [f"| {t['server']} | {t['goal']} | {t['value']:.2f} | {t['bound']} | "
              f"{'yes' if t['met'] else 'NO'} |" for t in rep["targets"]]
    return "\n".join(lines)


def conversion(docs: dict, repeat: int) -> list[dict]:
    """Each path from bytes to Python objects, timed in the core, for a cluster
    and for a page of 100, beside the standard library's json.loads."""
    from tidbcloud import _core

    out = []
    page = json.dumps({"clusters": docs["clusters"][:100], "nextPageToken": "t",
                       "totalSize": len(docs["clusters"])}).encode()
    for body, data, rounds in (("one cluster", json.dumps(docs["cluster"]).encode(), 20_000),
                               ("a page of 100 clusters", page, 200)):
        runs = [_core._conversion_timing(data, rounds) for _ in range(max(repeat, 5))]
        loads = [timeit.timeit(lambda d=data: json.loads(d), number=rounds)
                 for _ in range(max(repeat, 5))]
        us = {k: statistics.median(r[k] for r in runs) / rounds * 1e6 for k in runs[0]}
        out.append({"body": body, "bytes": len(data), "value_us": us["value"],
                    "direct_us": us["direct"], "check_us": us["check"],
                    "json_loads_us": statistics.median(loads) / rounds * 1e6})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--calls", type=int, default=4000)
    ap.add_argument("--clusters", type=int, default=10_000)
    ap.add_argument("--big", type=int, default=100_000)
    ap.add_argument("--servers", default="mock,apache")
    ap.add_argument("--out", default=os.path.join(HERE, "results.json"))
    ap.add_argument("--chart", default=os.path.join(HERE, "throughput.png"))
    args = ap.parse_args()
    wanted = args.servers.split(",")

    progress("building the pure-Rust loop (cargo build --release --example core_loop)")
    subprocess.run(["cargo", "build", "--quiet", "--release", "--example", "core_loop"],
                   cwd=ROOT, check=True)
    bench = Bench(args)
    progress(f"seeding the mock with {args.big:,} clusters")
    mock = servers.MockServer(args.clusters, args.big)
    apache = None
    try:
        docs = mock.documents()
        if "apache" in wanted:
            progress("starting Apache httpd with the mock's documents")
            apache = servers.Apache(docs, args.clusters, args.big)
        for server in (mock, apache):
            if server is not None and server.name in wanted:
                bench.server(server)
    finally:
        mock.close()
        if apache is not None:
            apache.close()
    progress("timing conversions and imports")
    rep = bench.report(docs)
    with open(args.out, "w") as f:
        json.dump(rep, f, indent=2)
    chart.draw(rep, CURVE, (*ASYNC_CLIENTS, RUST), args.chart)
    print(render(rep))
    with open(os.path.splitext(args.out)[0] + ".md", "w") as f:
        f.write(render(rep) + "\n")
    print(f"\nwrote {os.path.relpath(args.out)}, its .md twin and {os.path.relpath(args.chart)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
