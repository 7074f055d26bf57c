"""Retries and their limits, through the blocking client, with injected faults."""

from __future__ import annotations

import socket
import threading

import pytest

import tidbcloud
from helpers import cluster_args
from tidbcloud.testing import MockServer

REGION = "/v1beta1/regions/aws-us-east-1"


@pytest.fixture
def warm(client, mock):
    """A client whose digest challenge is cached, and an empty request log."""
    client.regions.get("aws-us-east-1")
    mock.reset_requests()
    return client


def statuses(mock, path=None):
    return [r["status"] for r in mock.requests() if path is None or r["path"] == path]


def test_read_retries_5xx(warm, mock):
    mock.inject_fault(REGION, status=503, times=2)
    assert warm.regions.get("aws-us-east-1")["regionId"] == "aws-us-east-1"
    assert statuses(mock) == [503, 503, 200]


def test_retries_stop_at_max_retries(warm, mock):
    mock.inject_fault(REGION, status=502, times=5)
    with pytest.raises(tidbcloud.InternalServerError) as e:
        warm.regions.get("aws-us-east-1")
    assert e.value.status_code == 502
    assert statuses(mock) == [502, 502, 502]  # 1 + max_retries=2
    mock.clear_faults()
    mock.inject_fault(REGION, status=500)
    with pytest.raises(tidbcloud.InternalServerError):
        warm.with_options(max_retries=0).regions.get("aws-us-east-1")


def test_create_is_not_resent_after_a_5xx(warm, mock):
    mock.inject_fault("/v1beta1/clusters", method="POST", status=503)
    with pytest.raises(tidbcloud.InternalServerError):
        warm.clusters.create(**cluster_args())
    assert mock.request_count("POST", "/v1beta1/clusters") == 1
    assert list(warm.clusters.list()) == []


def test_create_is_not_resent_when_the_answer_is_lost(warm, mock):
    mock.inject_fault("/v1beta1/clusters", method="POST", drop="before_headers")
    with pytest.raises(tidbcloud.APIConnectionError):
        warm.clusters.create(**cluster_args())
    assert mock.request_count("POST", "/v1beta1/clusters") == 1
    assert len(list(warm.clusters.list())) == 1  # it happened, once


def test_create_is_resent_when_the_connection_was_refused():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    late = MockServer(port=port, transition_seconds=0, rate_limit=None,
                      public_key="LATEKEY", private_key="late-secret")
    timer = threading.Timer(0.15, late.start)
    timer.start()
    try:
        with tidbcloud.TiDBCloud("LATEKEY", "late-secret",
                                 base_url=f"http://127.0.0.1:{port}/v1beta1", max_retries=4) as c:
            created = c.clusters.create(**cluster_args())
            timer.join()
            assert [x["clusterId"] for x in c.clusters.list()] == [created["clusterId"]]
        # Refused attempts never arrived; one challenge, one create.
        assert late.request_count("POST", "/v1beta1/clusters") == 2
    finally:
        timer.join()
        late.stop()


def test_patch_and_delete_are_retried(warm, mock):
    cid = warm.clusters.create(**cluster_args())["clusterId"]
    mock.inject_fault(f"/v1beta1/clusters/{cid}", method="PATCH", status=500)
    assert warm.clusters.update(cid, display_name="xray")["displayName"] == "xray"
    mock.inject_fault(f"/v1beta1/clusters/{cid}", method="DELETE", drop="after_headers")
    # The first delete went through; its retry meets 404, which means done.
    assert warm.clusters.delete(cid) is None
    assert statuses(mock, f"/v1beta1/clusters/{cid}")[-2:] == [200, 404]
    with pytest.raises(tidbcloud.NotFoundError):
        warm.clusters.get(cid)


def test_cut_answers_to_reads_are_retried(warm, mock):
    mock.inject_fault(REGION, body="truncated")
    mock.inject_fault("/v1beta1/regions", drop="before_headers")
    assert warm.regions.get("aws-us-east-1")["regionId"] == "aws-us-east-1"
    assert len(list(warm.regions.list())) == 10
