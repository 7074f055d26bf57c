"""One benchmark workload, run in a fresh process so that its peak memory is its own.

    python benches/workloads.py KIND CLIENT URL PUBLIC PRIVATE N CONCURRENCY TARGET

KIND is sync (N sequential gets of cluster TARGET), async (N gets of cluster
TARGET, CONCURRENCY at a time) or pager (every cluster of a listing; TARGET is
a project id, or "-" for all clusters). Prints one JSON line: seconds, items,
max_rss_kib (the process's peak resident memory) and rss_before_kib (resident
memory just before the timed part), both read from /proc/self/status: unlike
getrusage's peak, which a child inherits from the process that forked it, they
are this program's own.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

RSS_BEFORE = 0


def status_kib(field: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise KeyError(field)


def mark() -> float:
    """Note resident memory, then start the clock."""
    global RSS_BEFORE
    RSS_BEFORE = status_kib("VmRSS")
    return time.perf_counter()


# Sequential gets: each client reuses its connection and its digest challenge.

def ours_sync(url, pub, priv, n, _conc, cluster):
    import tidbcloud

    with tidbcloud.TiDBCloud(pub, priv, base_url=url) as c:
        c.clusters.get(cluster)
        t = mark()
        for _ in range(n):
            c.clusters.get(cluster)
        return time.perf_counter() - t, n


def _timed_gets(get, url, n, cluster):
    target = f"{url}/clusters/{cluster}"
    get(target).raise_for_status()
    t = mark()
    for _ in range(n):
        r = get(target)
        r.raise_for_status()
        r.json()
    return time.perf_counter() - t, n


def httpx_sync(url, pub, priv, n, _conc, cluster):
    import httpx

    with httpx.Client(auth=httpx.DigestAuth(pub, priv)) as h:
        return _timed_gets(h.get, url, n, cluster)


def requests_sync(url, pub, priv, n, _conc, cluster):
    import requests
    from requests.auth import HTTPDigestAuth

    with requests.Session() as s:
        s.auth = HTTPDigestAuth(pub, priv)
        return _timed_gets(s.get, url, n, cluster)


# Concurrent gets: n calls, at most `conc` in flight.

async def _gather_limited(n, conc, make):
    sem = asyncio.Semaphore(conc)

    async def one():
        async with sem:
            return await make()

    t = mark()
    await asyncio.gather(*(one() for _ in range(n)))
    return time.perf_counter() - t, n


def ours_async(url, pub, priv, n, conc, cluster):
    import tidbcloud

    async def run():
        async with tidbcloud.AsyncTiDBCloud(pub, priv, base_url=url) as ac:
            await ac.clusters.get(cluster)
            return await _gather_limited(n, conc, lambda: ac.clusters.get(cluster))

    return asyncio.run(run())


def aiohttp_async(url, pub, priv, n, conc, cluster):
    import aiohttp

    async def run():
        digest = aiohttp.DigestAuthMiddleware(pub, priv)
        connector = aiohttp.TCPConnector(limit=conc)
        async with aiohttp.ClientSession(middlewares=(digest,), connector=connector) as s:
            target = f"{url}/clusters/{cluster}"

            async def get():
                async with s.get(target) as r:
                    r.raise_for_status()
                    return await r.json()

            await get()
            return await _gather_limited(n, conc, get)

    return asyncio.run(run())


def httpx_async(url, pub, priv, n, conc, cluster):
    import httpx

    async def run():
        limits = httpx.Limits(max_connections=conc, max_keepalive_connections=conc)
        async with httpx.AsyncClient(auth=httpx.DigestAuth(pub, priv), limits=limits) as h:
            target = f"{url}/clusters/{cluster}"

            async def get():
                r = await h.get(target)
                r.raise_for_status()
                return r.json()

            await get()
            return await _gather_limited(n, conc, get)

    return asyncio.run(run())


# Paging: every item of a listing, 100 to a page, nothing kept.

def ours_pager(url, pub, priv, _n, _conc, project):
    import tidbcloud

    with tidbcloud.TiDBCloud(pub, priv, base_url=url) as c:
        c.regions.get("aws-us-east-1")
        kw = {} if project == "-" else {"project_id": project}
        t = mark()
        count = sum(1 for _ in c.clusters.list(page_size=100, **kw))
        return time.perf_counter() - t, count


def httpx_pager(url, pub, priv, _n, _conc, project):
    import httpx

    with httpx.Client(auth=httpx.DigestAuth(pub, priv)) as h:
        h.get(f"{url}/regions/aws-us-east-1").raise_for_status()
        t = mark()
        count, token = 0, None
        while True:
            params = {"pageSize": 100}
            if project != "-":
                params["projectId"] = project
            if token:
                params["pageToken"] = token
            r = h.get(f"{url}/clusters", params=params)
            r.raise_for_status()
            page = r.json()
            count += sum(1 for _ in page.get("clusters", []))
            token = page.get("nextPageToken")
            if not token:
                break
        return time.perf_counter() - t, count


WORKLOADS = {
    ("sync", "tidbcloud"): ours_sync, ("sync", "httpx"): httpx_sync,
    ("sync", "requests"): requests_sync,
    ("async", "tidbcloud"): ours_async, ("async", "aiohttp"): aiohttp_async,
    ("async", "httpx"): httpx_async,
    ("pager", "tidbcloud"): ours_pager, ("pager", "httpx"): httpx_pager,
}


def main() -> None:
    kind, client, url, pub, priv, n, conc, target = sys.argv[1:9]
    seconds, items = WORKLOADS[(kind, client)](url, pub, priv, int(n), int(conc), target)
    print(json.dumps({"seconds": seconds, "items": items, "max_rss_kib": status_kib("VmHWM"),
                      "rss_before_kib": RSS_BEFORE}))


if __name__ == "__main__":
    main()
