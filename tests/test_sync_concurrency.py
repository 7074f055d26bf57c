"""One blocking client shared by many threads; a burst under the rate limit."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from helpers import cluster_args
from tidbcloud.testing import MockServer


def test_eight_threads_share_one_client(client, mock):
    client.regions.get("aws-us-east-1")
    mock.reset_requests()

    def work(i):
        made = client.clusters.create(**cluster_args(display_name=f"thread-{i}"))
        got = client.clusters.get(made["clusterId"])
        regions = list(client.regions.list(page_size=3))
        return made["clusterId"], got["displayName"], len(regions)

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(work, range(40)))
    assert sorted(r[1] for r in results) == sorted(f"thread-{i}" for i in range(40))
    assert all(r[2] == 10 for r in results)
    assert len({r[0] for r in results}) == 40
    assert len(list(client.clusters.list())) == 40
    assert not any(r["status"] == 401 for r in mock.requests())


def test_burst_of_300_under_a_100_per_window_limit():
    with MockServer(rate_limit=(100, 2.0), transition_seconds=0) as m, m.client() as c:
        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(lambda _: c.regions.get("aws-us-east-1"), range(300)))
        assert len(results) == 300
        limited = sum(1 for r in m.requests() if r["status"] == 429)
    # The client paced itself from the headers; a 429 from a race is retried.
    assert limited <= 16, limited


def test_paced_client_spaces_its_requests():
    import time

    with MockServer(rate_limit=None, transition_seconds=0) as m:
        with m.client(rate_limit=600) as c:  # one request per 0.1 s
            c.regions.get("aws-us-east-1")
            started = time.monotonic()
            for _ in range(5):
                c.regions.get("aws-us-east-1")
            assert time.monotonic() - started >= 0.45
