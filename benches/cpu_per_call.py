"""Where the time goes: CPU seconds per call spent by each client's process and
by the server's processes, for sequential and concurrent gets, on both servers.
On a machine with C cores no client can do more than C / (client + server CPU
per call) calls a second, whatever it does with its share.

    python benches/cpu_per_call.py [--calls 6000] [--servers mock,apache]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import servers  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


def process_cpu(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except OSError:
            pass
    return total / TICK


def server_pids(server) -> list[int]:
    """The server's processes: the mock's, or every httpd of Apache's group."""
    if server.name == "mock":
        return [server.proc.pid]
    group = os.getpgid(server.proc.pid)
    pids = []
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                if os.getpgid(int(p)) == group:
                    pids.append(int(p))
            except OSError:
                pass
    return pids


def measure(server, label: str, cmd: list[str], n: int) -> str:
    pids = server_pids(server)
    before, s0, t = resource.getrusage(resource.RUSAGE_CHILDREN), process_cpu(pids), \
        time.perf_counter()
    subprocess.run(cmd, capture_output=True, check=True)
    wall = time.perf_counter() - t
    after, s1 = resource.getrusage(resource.RUSAGE_CHILDREN), process_cpu(pids)
    client = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    server_cpu = s1 - s0
    ceiling = (os.cpu_count() or 1) / ((client + server_cpu) / n)
    return (f"| {server.name} | {label} | {wall / n * 1e6:.0f} | {client / n * 1e6:.0f} | "
            f"{server_cpu / n * 1e6:.0f} | {ceiling:,.0f} | {n / wall:,.0f} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=6000)
    ap.add_argument("--servers", default="mock,apache")
    args = ap.parse_args()
    subprocess.run(["cargo", "build", "--quiet", "--release", "--example", "core_loop"],
                   cwd=ROOT, check=True)
    exe = os.path.join(ROOT, "target", "release", "examples", "core_loop")
    work = os.path.join(HERE, "workloads.py")
    mock = servers.MockServer(100, 100)
    apache = servers.Apache(mock.documents(), 100, 100) \
        if "apache" in args.servers.split(",") else None
    print("CPU per call includes each process's start (imports, runtime), a few us here.\n")
    print("| server | workload | wall us/call | client CPU us/call | server CPU us/call "
          "| ceiling calls/s | measured calls/s |")
    print("|---|---|---|---|---|---|---|")
    try:
        for server in (mock, apache):
            if server is None or server.name not in args.servers.split(","):
                continue
            keys = [server.url, server.public_key, server.private_key]
            n = args.calls
            for label, cmd, calls in (
                ("sync, Rust core (current-thread)", [exe, *keys, f"local:{server.cluster}",
                                                      str(n), "1"], n),
                ("sync, tidbcloud", [sys.executable, work, "sync", "tidbcloud", *keys, str(n),
                                     "1", server.cluster], n),
                ("sync, httpx", [sys.executable, work, "sync", "httpx", *keys, str(n // 3), "1",
                                 server.cluster], n // 3),
                ("async c=64, Rust core", [exe, *keys, f"fanout:{server.cluster}", str(n),
                                           "64"], n),
                ("async c=64, tidbcloud", [sys.executable, work, "async", "tidbcloud", *keys,
                                           str(n), "64", server.cluster], n),
                ("async c=64, aiohttp", [sys.executable, work, "async", "aiohttp", *keys,
                                         str(n // 2), "64", server.cluster], n // 2),
            ):
                print(measure(server, label, cmd, calls), flush=True)
    finally:
        mock.close()
        if apache is not None:
            apache.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
