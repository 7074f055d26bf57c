"""A sync pager asks for the next page while the items of the one it has are
used: one page ahead, never more; a page that fails does so when iteration
reaches it; an iterator dropped early leaves nothing running."""

from __future__ import annotations

import time
from urllib.parse import parse_qs, urlsplit

import pytest
from servers.plain_http import PlainServer

import tidbcloud

LIST = ("GET", "/v1beta1/clusters")


def wait_for(cond, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(0.01)
    return cond()


def pages_then_a_bad_one(method, path, answer):
    if path != LIST[1]:
        return answer
    token = parse_qs(urlsplit(answer["path"]).query).get("pageToken", [""])[0]
    if token == "":
        return {"clusters": [{"clusterId": "a"}, {"clusterId": "b"}], "nextPageToken": "p2"}
    # Not a list: an error, but only once iteration gets here.
    return {"clusters": 5, "nextPageToken": "p3"}


def test_one_page_ahead_and_a_bad_page_fails_where_it_is_reached():
    with PlainServer() as s, tidbcloud.TiDBCloud("pk", "sk", base_url=s.url,
                                                 max_retries=0) as c:
        s.shape = pages_then_a_bad_one
        it = iter(c.clusters.list())
        assert next(it)["clusterId"] == "a"
        # The second page was asked for while the first is still being used.
        assert wait_for(lambda: s.received[LIST] == 2)
        assert next(it)["clusterId"] == "b"
        with pytest.raises(tidbcloud.APIResponseError,
                           match="clusters in a page should be a list, got a number"):
            next(it)
        time.sleep(0.2)
        assert s.received[LIST] == 2  # nothing read past the bad page


def test_an_iterator_left_early_stops_reading(client, mock):
    for i in range(5):
        client.clusters.create(display_name=f"ahead-{i}", region_id="aws-us-east-1",
                               tidb_node_setting={"nodeSpecKey": "4C16G",
                                                  "tidbNodeGroups": [{"nodeCount": 1}]},
                               tikv_node_setting={"nodeSpecKey": "4C16G", "nodeCount": 3,
                                                  "storageSizeGi": 500})

    def lists() -> int:
        return sum(1 for r in mock.requests() if r["method"] == "GET"
                   and r["path"] == "/v1beta1/clusters")

    it = iter(client.clusters.list(page_size=1))
    assert next(it)["displayName"] == "ahead-0"
    assert wait_for(lambda: lists() == 2)
    del it
    time.sleep(0.3)
    assert lists() == 2
    # A whole iteration still sees every item once, in order.
    assert [c["displayName"] for c in client.clusters.list(page_size=2)] == \
        [f"ahead-{i}" for i in range(5)]


def test_total_size_follows_changes_made_between_pages(client):
    def make(name: str) -> None:
        client.clusters.create(display_name=name, region_id="aws-us-east-1",
                               tidb_node_setting={"nodeSpecKey": "4C16G",
                                                  "tidbNodeGroups": [{"nodeCount": 1}]},
                               tikv_node_setting={"nodeSpecKey": "4C16G", "nodeCount": 3,
                                                  "storageSizeGi": 500})

    for i in range(3):
        make(f"total-{i}")
    pages = iter(client.clusters.list(page_size=1).pages())
    assert next(pages)["totalSize"] == 3
    make("total-3")
    # The page read ahead may predate the create; the one after it does not.
    seen = [p["totalSize"] for p in pages]
    assert seen[-1] == 4 and len(seen) in (3, 4)
