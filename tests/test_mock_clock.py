"""The mock's clock under the test's control: with transition_seconds=None
nothing moves until the test says so, advance() moves every transition due,
settle() until nothing is pending; waiters work while another thread moves it."""

from __future__ import annotations

import math
import threading
import time

import pytest

from helpers import cluster_args, import_args
from tidbcloud import WaiterError
from tidbcloud.testing import MockServer


@pytest.fixture
def manual():
    with MockServer(transition_seconds=None, rate_limit=None) as m, m.client() as c:
        yield m, c


def test_creating_then_active_after_advance_with_no_sleep(manual):
    m, c = manual
    assert m.manual_clock
    cid = c.clusters.create(**cluster_args())["clusterId"]
    assert c.clusters.get(cid)["state"] == "CREATING"
    m.advance(0.4)
    assert c.clusters.get(cid)["state"] == "CREATING"  # the middle state stays seen
    m.advance(0.1)
    assert c.clusters.get(cid)["state"] == "ACTIVE"
    c.clusters.pause(cid)
    assert c.clusters.get(cid)["state"] == "PAUSING"
    m.advance(0.5)
    assert c.clusters.get(cid)["state"] == "PAUSED"


def test_time_stands_still_without_advance():
    with MockServer(transition_seconds=None, rate_limit=None) as m, m.client() as c:
        cid = c.clusters.create(**cluster_args())["clusterId"]
        time.sleep(0.7)  # longer than a step of real time: nothing moves
        assert c.clusters.get(cid)["state"] == "CREATING"
        assert m.settle() == pytest.approx(0.5)
        assert c.clusters.get(cid)["state"] == "ACTIVE"


def test_imports_progress_step_by_step_and_settle_finishes_them(manual):
    m, c = manual
    cid = c.clusters.create(**cluster_args())["clusterId"]
    m.settle()
    imp = c.imports.create(cid, **import_args())
    seen = [(imp["state"], imp.get("completePercent", 0))]
    for _ in range(3):
        m.advance(0.5)
        got = c.imports.get(cid, imp["importId"])
        seen.append((got["state"], got.get("completePercent", 0)))
    assert seen == [("PREPARING", 0), ("IMPORTING", 0), ("IMPORTING", 25), ("IMPORTING", 50)]
    assert m.settle() == pytest.approx(1.0)
    assert c.imports.get(cid, imp["importId"])["state"] == "COMPLETED"
    assert m.settle() == 0.0  # nothing is pending any more


def test_starter_clusters_and_exports_follow_the_clock(manual):
    m, c = manual
    sl = c.serverless.clusters.create(display_name="starter", region_id="aws-us-east-1")
    assert c.serverless.clusters.get(sl["clusterId"])["state"] == "CREATING"
    m.advance(0.5)
    assert c.serverless.clusters.get(sl["clusterId"])["state"] == "ACTIVE"
    exp = c.serverless.exports.create(sl["clusterId"])
    assert c.serverless.exports.get(sl["clusterId"], exp["exportId"])["state"] == "RUNNING"
    m.settle()
    assert c.serverless.exports.get(sl["clusterId"], exp["exportId"])["state"] == "SUCCEEDED"


def test_a_waiter_works_while_another_thread_moves_the_clock(manual):
    m, c = manual
    cid = c.clusters.create(**cluster_args())["clusterId"]
    with pytest.raises(WaiterError):  # nobody moves the clock: the wait times out
        c.clusters.wait(cid, state="ACTIVE", timeout=0.3, poll_interval=0.05)
    stop = threading.Event()

    def tick() -> None:
        while not stop.wait(0.02):
            m.advance(0.1)

    ticker = threading.Thread(target=tick)
    ticker.start()
    try:
        got = c.clusters.wait(cid, state="ACTIVE", timeout=30, poll_interval=0.05)
    finally:
        stop.set()
        ticker.join()
    assert got["state"] == "ACTIVE"


def test_advance_moves_a_real_clock_too():
    with MockServer(transition_seconds=3600, rate_limit=None) as m, m.client() as c:
        assert not m.manual_clock
        cid = c.clusters.create(**cluster_args())["clusterId"]
        assert c.clusters.get(cid)["state"] == "CREATING"
        m.advance(3600)
        assert c.clusters.get(cid)["state"] == "ACTIVE"


def test_bad_moves_are_clear_errors(manual):
    m, _ = manual
    for bad in (-1, math.nan, math.inf, 1e12):
        with pytest.raises(ValueError, match="seconds"):
            m.advance(bad)
    for bad in ("1", None, True):
        with pytest.raises(TypeError):
            m.advance(bad)  # type: ignore[arg-type]
    assert m.settle() == 0.0


def test_settle_finishes_connections_changefeeds_and_endpoints(manual):
    m, c = manual
    sid = c.serverless.clusters.create(display_name="links", region_id="aws-us-east-1")["clusterId"]
    m.settle()
    links = c.serverless.private_link_connections
    pl = links.create(sid, display_name="to-svc", aws_endpoint_service={
        "name": "com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718"})
    feeds = c.serverless.changefeeds
    sink = {"type": "MYSQL", "mysql": {
        "network": {"networkType": "PUBLIC", "publicEndpoint": "mysql.example.com:3306"},
        "authentication": {"userName": "repl", "password": "Mysql-Pa55"}}}
    feed = feeds.create(sid, sink=sink, display_name="to-mysql", filter={"filterRule": ["app.*"]})
    service = "com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d"
    feeds.create_private_link_endpoint(sid, private_link_service_name=service,
                                       changefeed_type="MYSQL")
    assert m.settle() == pytest.approx(1.0)  # the connection's two steps
    got = links.get(sid, pl["privateLinkConnectionId"])
    assert got["state"] == "ACTIVE"
    assert feeds.get(sid, feed["changefeedId"])["state"] == "RUNNING"
    assert feeds.get_private_link_endpoint(sid, private_link_service_name=service)[
        "state"] == "AVAILABLE"
    links.delete(sid, pl["privateLinkConnectionId"])
    assert m.settle() == pytest.approx(0.5)
    assert m.settle() == 0.0
