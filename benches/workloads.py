"""One benchmark workload, run in a fresh process so that its peak memory is its own.

    python benches/workloads.py NAME CLIENT URL PUBLIC PRIVATE N [ARG]

Prints one JSON line: {"seconds": ..., "max_rss_kib": ...}.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time


def ours_sync(url, pub, priv, path_kind, n, arg):
    import tidbcloud

    with tidbcloud.TiDBCloud(pub, priv, base_url=url) as c:
        call = (lambda: c.regions.get("aws-us-east-1")) if path_kind == "regions" else \
            (lambda: c.clusters.get(arg))
        call()
        t = time.perf_counter()
        for _ in range(n):
            call()
        return time.perf_counter() - t


def _timed_gets(get, url, path_kind, n, arg):
    """Warm up with one GET, then time n GETs that each parse their JSON."""
    target = f"{url}/regions/aws-us-east-1" if path_kind == "regions" else f"{url}/clusters/{arg}"
    get(target).raise_for_status()
    t = time.perf_counter()
    for _ in range(n):
        r = get(target)
        r.raise_for_status()
        r.json()
    return time.perf_counter() - t


def httpx_sync(url, pub, priv, path_kind, n, arg):
    import httpx

    with httpx.Client(auth=httpx.DigestAuth(pub, priv)) as h:
        return _timed_gets(h.get, url, path_kind, n, arg)


def requests_sync(url, pub, priv, path_kind, n, arg):
    import requests
    from requests.auth import HTTPDigestAuth

    with requests.Session() as s:
        s.auth = HTTPDigestAuth(pub, priv)
        return _timed_gets(s.get, url, path_kind, n, arg)


async def _gather_limited(n, concurrency, make):
    sem = asyncio.Semaphore(concurrency)

    async def one():
        async with sem:
            return await make()

    return await asyncio.gather(*(one() for _ in range(n)))


def ours_async(url, pub, priv, _kind, n, arg, concurrency=64):
    import tidbcloud

    async def run():
        async with tidbcloud.AsyncTiDBCloud(pub, priv, base_url=url) as ac:
            await ac.clusters.get(arg)
            t = time.perf_counter()
            await _gather_limited(n, concurrency, lambda: ac.clusters.get(arg))
            return time.perf_counter() - t

    return asyncio.run(run())


def httpx_async(url, pub, priv, _kind, n, arg, concurrency=64):
    import httpx

    async def run():
        limits = httpx.Limits(max_connections=concurrency)
        async with httpx.AsyncClient(auth=httpx.DigestAuth(pub, priv), limits=limits) as h:
            (await h.get(f"{url}/clusters/{arg}")).raise_for_status()

            async def get():
                r = await h.get(f"{url}/clusters/{arg}")
                r.raise_for_status()
                return r.json()

            t = time.perf_counter()
            await _gather_limited(n, concurrency, get)
            return time.perf_counter() - t

    return asyncio.run(run())


def ours_pager(url, pub, priv, _kind, n, _arg):
    import tidbcloud

    with tidbcloud.TiDBCloud(pub, priv, base_url=url) as c:
        c.regions.get("aws-us-east-1")
        t = time.perf_counter()
        count = sum(1 for _ in c.clusters.list(page_size=100))
        elapsed = time.perf_counter() - t
    assert count == n, count
    return elapsed


def httpx_pager(url, pub, priv, _kind, n, _arg):
    import httpx

    with httpx.Client(auth=httpx.DigestAuth(pub, priv)) as h:
        h.get(f"{url}/regions/aws-us-east-1").raise_for_status()
        t = time.perf_counter()
        count, token = 0, None
        while True:
            params = {"pageSize": 100, **({"pageToken": token} if token else {})}
            page = h.get(f"{url}/clusters", params=params).json()
            count += len(page.get("clusters", []))
            token = page.get("nextPageToken")
            if not token:
                break
        elapsed = time.perf_counter() - t
    assert count == n, count
    return elapsed


WORKLOADS = {
    ("sync", "ours"): ours_sync, ("sync", "httpx"): httpx_sync,
    ("sync", "requests"): requests_sync, ("async", "ours"): ours_async,
    ("async", "httpx"): httpx_async, ("pager", "ours"): ours_pager,
    ("pager", "httpx"): httpx_pager,
}


def main() -> None:
    name, client, url, pub, priv, n = sys.argv[1:7]
    arg = sys.argv[7] if len(sys.argv) > 7 else None
    kind, _, path_kind = name.partition(":")
    seconds = WORKLOADS[(kind, client)](url, pub, priv, path_kind, int(n), arg)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "max_rss_kib": rss}))


if __name__ == "__main__":
    main()
