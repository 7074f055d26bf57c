"""Our client against a plain `http.server` that misbehaves on purpose: broken
rate-limit headers, nonces replaced without `stale`, idle connections closed
early, slow answers. See servers/plain_http.py."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from servers.plain_http import PlainServer

import tidbcloud

BROKEN_RESETS = ["nan", "inf", "-inf", "1e400", "99999999999999999999", "-5", "3600"]


@pytest.mark.parametrize("reset", BROKEN_RESETS)
def test_broken_rate_limit_reset_is_ignored_not_a_panic_or_a_long_wait(reset):
    headers = {"X-Ratelimit-Remaining-Minute": "0", "X-Ratelimit-Reset": reset}
    with PlainServer(headers=headers) as s, \
            tidbcloud.TiDBCloud("pk", "sk", base_url=s.url, max_retries=0, timeout=5) as c:
        for _ in range(3):  # the second call would sit out the broken "reset"
            assert c.clusters.get("1")["path"] == "/v1beta1/clusters/1"
    assert s.received[("GET", "/v1beta1/clusters/1")] == 3


@pytest.mark.parametrize("reset", BROKEN_RESETS)
async def test_broken_rate_limit_reset_async(reset):
    headers = {"X-Ratelimit-Remaining-Minute": "0", "X-Ratelimit-Reset": reset}
    with PlainServer(headers=headers) as s:
        async with tidbcloud.AsyncTiDBCloud("pk", "sk", base_url=s.url, max_retries=0) as ac:
            for _ in range(3):
                got = await asyncio.wait_for(ac.clusters.get("1"), 5)
                assert got["path"] == "/v1beta1/clusters/1"


def test_a_sane_reset_is_still_honoured():
    headers = {"X-Ratelimit-Remaining-Minute": "0", "X-Ratelimit-Reset": "1"}
    with PlainServer(headers=headers) as s, \
            tidbcloud.TiDBCloud("pk", "sk", base_url=s.url, max_retries=0) as c:
        c.clusters.get("1")
        started = time.monotonic()
        c.clusters.get("1")
        assert time.monotonic() - started >= 0.9  # waited for the window to reset


@pytest.mark.parametrize("bad", [1e-18, 0.0, -3.0, float("nan"), float("inf")])
def test_absurd_rate_limit_argument_is_a_value_error(bad):
    with pytest.raises(ValueError, match="rate_limit"):
        tidbcloud.TiDBCloud("pk", "sk", rate_limit=bad)


def test_nonce_replaced_without_stale_is_answered_once():
    with PlainServer() as s, tidbcloud.TiDBCloud("pk", "sk", base_url=s.url) as c:
        c.clusters.get("1")
        s.expire_nonces()  # the next 401 carries a new nonce and no stale flag
        assert c.clusters.get("1")["clusterId"] == "1"
        assert c.clusters.get("1")["clusterId"] == "1"  # and the new nonce is kept
        s.expire_nonces()
        assert c.clusters.pause("1")["path"] == "/v1beta1/clusters/1:pauseCluster"
    assert s.challenges == 3
    assert s.received[("POST", "/v1beta1/clusters/1:pauseCluster")] == 1


async def test_nonce_replaced_without_stale_async():
    with PlainServer() as s:
        async with tidbcloud.AsyncTiDBCloud("pk", "sk", base_url=s.url) as ac:
            await ac.clusters.get("1")
            s.expire_nonces()
            assert (await ac.clusters.get("1"))["clusterId"] == "1"


def test_wrong_key_still_fails_at_once_after_a_replaced_nonce():
    with PlainServer() as s, tidbcloud.TiDBCloud("pk", "wrong", base_url=s.url) as c:
        with pytest.raises(tidbcloud.AuthenticationError):
            c.clusters.get("1")
        asked = s.challenges
        with pytest.raises(tidbcloud.AuthenticationError):
            c.clusters.get("1")
        assert s.challenges - asked <= 2  # one answer to the new nonce, no loop


def test_post_after_the_server_closed_an_idle_connection_lands_once():
    with PlainServer(idle_close=0.5) as s, \
            tidbcloud.TiDBCloud("pk", "sk", base_url=s.url) as c:
        c.clusters.get("1")
        time.sleep(1.2)  # the server closes the pooled connection meanwhile
        assert c.clusters.pause("1")["method"] == "POST"
        time.sleep(1.2)
        assert c.clusters.get("1")["method"] == "GET"
        time.sleep(1.2)
        assert c.clusters.resume("1")["method"] == "POST"
    assert s.received[("POST", "/v1beta1/clusters/1:pauseCluster")] == 1
    assert s.received[("POST", "/v1beta1/clusters/1:resumeCluster")] == 1
    assert s.received[("GET", "/v1beta1/clusters/1")] == 2


async def test_post_after_an_idle_close_async():
    with PlainServer(idle_close=0.5) as s:
        async with tidbcloud.AsyncTiDBCloud("pk", "sk", base_url=s.url) as ac:
            await ac.clusters.get("1")
            await asyncio.sleep(1.2)
            assert (await ac.clusters.pause("1"))["method"] == "POST"
    assert s.received[("POST", "/v1beta1/clusters/1:pauseCluster")] == 1


def test_close_closes_the_connections_of_every_thread():
    with PlainServer() as s:
        c = tidbcloud.TiDBCloud("pk", "sk", base_url=s.url)
        called, release = threading.Barrier(4), threading.Event()

        def worker():
            c.clusters.get("1")  # opens this thread's own connection
            called.wait()
            release.wait()  # stays alive and idle while the client closes

        threads = [threading.Thread(target=worker) for _ in range(3)]
        for t in threads:
            t.start()
        called.wait()
        assert s.open_connections == 3
        c.close()
        deadline = time.monotonic() + 3
        while s.open_connections and time.monotonic() < deadline:
            time.sleep(0.02)
        release.set()
        for t in threads:
            t.join()
        assert s.open_connections == 0
        with pytest.raises(tidbcloud.TiDBCloudError, match="closed"):
            c.clusters.get("1")


async def test_a_cancelled_call_drops_its_request():
    with PlainServer(delay=1.0) as s:
        async with tidbcloud.AsyncTiDBCloud("pk", "sk", base_url=s.url) as ac:
            await ac.regions.get("warm")  # the challenge, answered slowly once
            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(ac.clusters.get("1"), timeout=0.2)
            await asyncio.sleep(1.3)
            assert s.received[("GET", "/v1beta1/clusters/1")] == 1
            assert s.abandoned == 1  # the client hung up: dropped, not finished in the dark
            assert (await ac.clusters.get("2"))["clusterId"] == "1"
            assert s.abandoned == 1  # an awaited call is not dropped


async def test_a_call_dropped_while_it_waits_drops_its_request():
    with PlainServer(delay=1.0) as s:
        async with tidbcloud.AsyncTiDBCloud("pk", "sk", base_url=s.url) as ac:
            await ac.regions.get("warm")
            call = ac.clusters.get("1")
            call.send(None)  # started by hand, as a task's first step would
            await asyncio.sleep(0.2)
            del call  # never resumed: its task is gone
            await asyncio.sleep(1.3)
            assert s.received[("GET", "/v1beta1/clusters/1")] == 1
            assert s.abandoned == 1
