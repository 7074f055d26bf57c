"""Every method takes `timeout=`, `extra_headers=`, `extra_query=` and
`extra_body=` (merged into the JSON body), as openai-python's do: a user is never
stuck when the service takes a field before this client knows it."""

from __future__ import annotations

import pytest
from servers.plain_http import PlainServer

import tidbcloud


@pytest.fixture
def plain():
    with PlainServer() as s, tidbcloud.TiDBCloud("pk", "sk", base_url=s.url) as c:
        yield s, c


def test_extra_query_and_headers_go_with_the_request(plain):
    _s, c = plain
    got = c.clusters.get("1", extra_query={"view": "full", "n": 3, "ok": True, "tag": ["a", "b"]},
                         extra_headers={"X-Trace": "t-1"})
    assert got["path"] == "/v1beta1/clusters/1?view=full&n=3&ok=true&tag=a&tag=b"
    assert got["headers"]["x-trace"] == "t-1"


def test_extra_query_is_encoded(plain):
    _s, c = plain
    got = c.clusters.get("1", extra_query={"a b": "c&d=e"})
    assert got["path"] == "/v1beta1/clusters/1?a%20b=c%26d%3De"


def test_extra_body_is_merged_over_the_body(plain):
    _s, c = plain
    got = c.api_keys.update("key", display_name="a", extra_body={"newField": [1, 2],
                                                                  "displayName": "b"})
    assert got["body"] == {"displayName": "b", "newField": [1, 2]}
    got = c.clusters.pause("1", extra_body={"force": True})  # no body of its own
    assert got["body"] == {"force": True}


def test_extra_options_reach_every_page(plain):
    s, c = plain
    list(c.regions.list(page_size=5, extra_query={"cloudProvider": "aws"}))
    assert s.paths[-1] == "/v1beta1/regions?pageSize=5&cloudProvider=aws"


@pytest.mark.parametrize("bad, exc, words", [
    ({"extra_body": {"x": 1}}, ValueError, "sends no body"),
    ({"extra_headers": {"Authorization": "x"}}, ValueError, "cannot be replaced"),
    ({"extra_headers": {"X-Bad": "a\nb"}}, ValueError, "header value"),
    ({"extra_headers": {"X-Num": 3}}, TypeError, "must be a str"),
    ({"extra_query": {"x": object()}}, TypeError, "must be a str, int"),
    ({"extra_query": ["x"]}, TypeError, "must be a dict"),
    ({"timeout": 0}, ValueError, "timeout"),
])
def test_bad_options_are_refused_before_anything_is_sent(plain, bad, exc, words):
    s, c = plain
    with pytest.raises(exc, match=words):
        c.clusters.get("1", **bad)
    with pytest.raises(exc, match=words):
        c.regions.list(**bad)
    assert s.paths == []


def test_per_call_timeout():
    with PlainServer(delay=1.0) as s, \
            tidbcloud.TiDBCloud("pk", "sk", base_url=s.url, max_retries=0) as c:
        c.regions.get("warm")
        with pytest.raises(tidbcloud.APITimeoutError):
            c.clusters.get("1", timeout=0.3)
        assert c.clusters.get("1")["clusterId"] == "1"  # the client's own timeout again


async def test_async_methods_take_the_same_options():
    with PlainServer() as s:
        async with tidbcloud.AsyncTiDBCloud("pk", "sk", base_url=s.url) as ac:
            got = await ac.clusters.get("1", extra_query={"v": 2}, extra_headers={"X-A": "b"})
            assert got["path"] == "/v1beta1/clusters/1?v=2"
            assert got["headers"]["x-a"] == "b"
            got = await ac.clusters.resume("1", extra_body={"k": "v"})
            assert got["body"] == {"k": "v"}
            with pytest.raises(ValueError, match="sends no body"):
                ac.clusters.get("1", extra_body={"x": 1})
