"""Waiters through the blocking client: every way a wait can end."""

from __future__ import annotations

import time

import pytest

import tidbcloud
from helpers import S3, cluster_args, import_args
from tidbcloud.testing import MockServer


@pytest.fixture
def paced():
    with MockServer(transition_seconds=0.3, rate_limit=None) as m, m.client() as c:
        yield m, c


def test_wait_reaches_active_and_returns_the_cluster(paced):
    _m, c = paced
    cid = c.clusters.create(**cluster_args())["clusterId"]
    seen = []
    got = c.clusters.wait(cid, timeout=10, poll_interval=0.05, progress=seen.append)
    assert got["state"] == "ACTIVE" and got["clusterId"] == cid
    states = [s["state"] for s in seen]
    assert states[0] == "CREATING" and states[-1] == "ACTIVE"


def test_wait_for_deleted(paced):
    _m, c = paced
    cid = c.clusters.create(**cluster_args())["clusterId"]
    c.clusters.wait(cid, poll_interval=0.05)
    c.clusters.delete(cid)
    gone = c.clusters.wait(cid, state="DELETED", timeout=10, poll_interval=0.05)
    assert gone == {"clusterId": cid, "state": "DELETED"}


def test_wait_times_out_with_the_last_state(paced):
    _m, _c = paced
    with MockServer(transition_seconds=60, rate_limit=None) as slow, slow.client() as sc:
        cid = sc.clusters.create(**cluster_args())["clusterId"]
        started = time.monotonic()
        with pytest.raises(tidbcloud.WaiterError) as e:
            sc.clusters.wait(cid, timeout=0.5, poll_interval=0.1)
        assert 0.4 <= time.monotonic() - started < 2
    assert e.value.last_state == "CREATING"
    assert e.value.last_response["clusterId"] == cid
    assert "ACTIVE" in str(e.value) and "CREATING" in str(e.value)


def test_timeout_is_a_hard_deadline_even_with_retries_in_flight():
    with MockServer(transition_seconds=60, rate_limit=None) as slow, \
            slow.client(timeout=30, max_retries=5) as sc:
        cid = sc.clusters.create(**cluster_args())["clusterId"]
        sc.clusters.get(cid)
        # Every poll now hangs for 10 s, then its answer is a 503 to retry.
        slow.inject_fault(f"/v1beta1/clusters/{cid}", delay=10, times=20)
        started = time.monotonic()
        with pytest.raises(tidbcloud.WaiterError, match="timed out"):
            sc.clusters.wait(cid, timeout=1.0, poll_interval=0.1)
        assert time.monotonic() - started < 2


def test_unreachable_state_ends_at_once(paced):
    _m, c = paced
    cid = c.clusters.create(**cluster_args())["clusterId"]
    c.clusters.wait(cid, poll_interval=0.05)
    c.clusters.pause(cid)
    c.clusters.wait(cid, state="PAUSED", poll_interval=0.05)  # PAUSING first
    started = time.monotonic()
    with pytest.raises(tidbcloud.WaiterError) as e:
        c.clusters.wait(cid, state="ACTIVE", timeout=30)
    assert time.monotonic() - started < 1
    assert e.value.last_state == "PAUSED"
    assert "PAUSED" in str(e.value) and "ACTIVE" in str(e.value)


def test_gone_cluster_ends_a_wait_for_active(paced):
    _m, c = paced
    with pytest.raises(tidbcloud.WaiterError) as e:
        c.clusters.wait("12345", timeout=30)
    assert e.value.last_state == "DELETED"


def test_transient_errors_are_polled_through(paced):
    m, c = paced
    cid = c.clusters.create(**cluster_args())["clusterId"]
    m.inject_fault(f"/v1beta1/clusters/{cid}", method="GET", status=503, times=4)
    got = c.with_options(max_retries=0).clusters.wait(cid, timeout=10, poll_interval=0.05)
    assert got["state"] == "ACTIVE"
    assert m.faults_injected == 4


def test_bad_wait_arguments(client, mock):
    with pytest.raises(ValueError, match="state must be one of"):
        client.clusters.wait("1", state="RUNNING")
    with pytest.raises(ValueError):
        client.clusters.wait("1", timeout=0)
    with pytest.raises(ValueError):
        client.clusters.wait("1", poll_interval=-1)
    with pytest.raises(TypeError, match="progress"):
        client.clusters.wait("1", progress="yes")
    assert mock.request_count() == 0


def test_an_error_in_the_progress_callback_stops_the_wait_unchanged(paced):
    _m, c = paced
    cid = c.clusters.create(**cluster_args())["clusterId"]

    class Stop(Exception):
        pass

    def callback(cluster):
        raise Stop(cluster["state"])

    with pytest.raises(Stop, match="CREATING"):
        c.clusters.wait(cid, progress=callback)


def test_import_wait_completes_with_rising_progress(paced):
    _m, c = paced
    cid = c.clusters.create(**cluster_args())["clusterId"]
    c.clusters.wait(cid, poll_interval=0.05)
    imp = c.imports.create(cid, **import_args())
    seen = []
    done = c.imports.wait(cid, imp["importId"], timeout=20, poll_interval=0.05,
                          progress=seen.append)
    assert done["state"] == "COMPLETED" and done["completePercent"] == 100
    progress = [s["completePercent"] for s in seen]
    assert progress == sorted(progress) and len(set(progress)) >= 3


def test_failed_import_raises_with_its_message(paced):
    _m, c = paced
    cid = c.clusters.create(**cluster_args())["clusterId"]
    c.clusters.wait(cid, poll_interval=0.05)
    imp = c.imports.create(cid, **import_args(source={"type": "S3", "s3": {**S3, "uri": "s3://fail/x/"}}))
    with pytest.raises(tidbcloud.WaiterError) as e:
        c.imports.wait(cid, imp["importId"], poll_interval=0.05, progress=False)
    assert e.value.last_state == "FAILED"
    assert "access denied" in str(e.value)
    assert e.value.last_response["message"].startswith("access denied")


def test_cancelled_import_raises(paced):
    _m, c = paced
    cid = c.clusters.create(**cluster_args())["clusterId"]
    c.clusters.wait(cid, poll_interval=0.05)
    imp = c.imports.create(cid, **import_args())
    c.imports.cancel(cid, imp["importId"])
    with pytest.raises(tidbcloud.WaiterError) as e:
        c.imports.wait(cid, imp["importId"], poll_interval=0.05, progress=False)
    assert e.value.last_state == "CANCELED"
