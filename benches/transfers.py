"""Whole-file transfers: memory and throughput of `imports.upload_file` and
`exports.download` against the bundled mock, next to `requests` doing the
same PUTs of an upload one part at a time.

    .venv/bin/python benches/transfers.py [--mb 200] [--repeat 3]

The mock runs in a process of its own (so its work is not counted), and each
measured transfer in a fresh process, which reports its resident memory
before the transfer (VmRSS) and its peak during it (VmHWM). Each figure is
the median of `--repeat` runs, the contenders taking turns round by round.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PART = 8 << 20


def vm(field: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    return 0


def make_csv(path: str, mb: int) -> None:
    block = "".join(f'{i},"customer {i}",{i % 997}.25\n' for i in range(20_000)).encode()
    with open(path, "wb") as f:
        f.write(b"id,name,amount\n")
        written = 0
        while written < mb << 20:
            f.write(block)
            written += len(block)


def run_one(kind: str, url: str, keys: tuple[str, str], cluster: str, path: str) -> dict:
    """One transfer in this process; what it took and how memory went."""
    import tidbcloud

    client = tidbcloud.TiDBCloud(keys[0], keys[1], base_url=url, rate_limit=None)
    before = vm("VmRSS")
    size = os.path.getsize(path) if kind != "download" else 0
    t = time.perf_counter()
    if kind == "upload":
        client.serverless.imports.upload_file(cluster, path, target_database="app",
                                              target_table="t", part_size=PART, progress=False)
    elif kind == "requests":
        import requests

        parts = -(-size // PART)
        up = client.serverless.imports.start_upload(cluster, file_name="t.csv",
                                                    part_number=parts,
                                                    target_database="app", target_table="t")
        etags = []
        with open(path, "rb") as f, requests.Session() as s:
            for n, part_url in enumerate(up["uploadUrl"], 1):
                r = s.put(part_url, data=f.read(PART))
                r.raise_for_status()
                etags.append({"partNumber": n, "etag": r.headers["ETag"]})
        client.serverless.imports.complete_upload(cluster, upload_id=up["uploadId"], parts=etags)
        # The same whole job as upload_file: the import of the upload.
        client.serverless.imports.create(cluster, import_options={"fileType": "CSV"}, source={
            "type": "LOCAL", "local": {"uploadId": up["uploadId"], "targetDatabase": "app",
                                       "targetTable": "t"}})
    else:
        export = path  # the export's id
        with tempfile.TemporaryDirectory() as d:
            paths = client.serverless.exports.download(cluster, export, d, progress=False)
            size = sum(os.path.getsize(p) for p in paths)
    took = time.perf_counter() - t
    return {"seconds": took, "bytes": size, "over_baseline": vm("VmHWM") - before}


def spawn(kind: str, info: dict, cluster: str, path: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", kind, json.dumps(info), cluster,
                          path], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        kind, info, cluster, path = args.child
        info = json.loads(info)
        result = run_one(kind, info["url"], (info["public_key"], info["private_key"]), cluster,
                         path)
        print(json.dumps(result))
        return
    from tidbcloud.testing import MockServer

    with tempfile.TemporaryDirectory() as d, MockServer(
            rate_limit=None, transition_seconds=0, export_file_size=args.mb << 20) as m:
        path = os.path.join(d, "t.csv")
        make_csv(path, args.mb)
        info = {"url": m.url, "public_key": m.public_key, "private_key": m.private_key}
        c = m.client()
        cluster = c.serverless.clusters.create(display_name="bench", region_id="aws-us-east-1")
        cid = cluster["clusterId"]
        export = c.serverless.exports.create(cid, export_options={"compression": "NONE"})
        runs: dict[str, list[dict]] = {"upload": [], "requests": [], "download": []}
        for _ in range(args.repeat):
            for kind in runs:
                runs[kind].append(spawn(kind, info, cid, export["exportId"] if
                                        kind == "download" else path))
    print(f"{args.mb} MB file, {PART >> 20} MiB parts, medians of {args.repeat} runs, "
          f"each in a fresh process; the mock in the parent process")
    print(f"{'':34} {'MB/s':>8} {'seconds':>8} {'peak MiB over baseline':>24}")
    rate = {}
    for kind, label in (("upload", "tidbcloud upload_file (4 at once)"),
                        ("requests", "requests, one part at a time"),
                        ("download", "tidbcloud exports.download")):
        secs = statistics.median(r["seconds"] for r in runs[kind])
        mb = runs[kind][0]["bytes"] / (1 << 20)
        peak = statistics.median(r["over_baseline"] for r in runs[kind]) / (1 << 20)
        rate[kind] = mb / secs
        print(f"{label:34} {rate[kind]:8.1f} {secs:8.2f} {peak:24.1f}")
    print(f"upload_file / requests throughput: {rate['upload'] / rate['requests']:.2f}x")


if __name__ == "__main__":
    main()
