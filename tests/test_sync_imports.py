"""Imports through the blocking client."""

from __future__ import annotations

import time

import pytest

import tidbcloud
from helpers import S3, cluster_args, import_args
from tidbcloud.testing import MockServer


@pytest.fixture
def cluster_id(client):
    return client.clusters.create(**cluster_args())["clusterId"]


def test_create_get_list(client, cluster_id):
    imp = client.imports.create(cluster_id, **import_args())
    assert imp["state"] == "COMPLETED"  # transition_seconds=0
    assert imp["progress"] == 100
    assert imp["sourceType"] == "S3" and imp["fileFormat"] == "CSV"
    assert client.imports.get(cluster_id, imp["importId"])["importId"] == imp["importId"]
    for _ in range(4):
        client.imports.create(cluster_id, source_type="LOCAL", file_format="SQL")
    assert len(list(client.imports.list(cluster_id, page_size=2))) == 5


def test_progress_rises_in_steps_then_completes():
    with MockServer(transition_seconds=0.15, rate_limit=None) as m, m.client() as c:
        cid = c.clusters.create(**cluster_args())["clusterId"]
        time.sleep(0.2)
        imp = c.imports.create(cid, **import_args())
        assert imp["state"] == "PENDING"
        seen = []
        for _ in range(60):
            cur = c.imports.get(cid, imp["importId"])
            seen.append((cur["state"], cur["progress"]))
            if cur["state"] == "COMPLETED":
                break
            time.sleep(0.05)
    states = [s for s, _ in seen]
    assert "RUNNING" in states and states[-1] == "COMPLETED"
    running = [p for s, p in seen if s == "RUNNING"]
    assert running == sorted(running) and len(set(running)) >= 2
    assert seen[-1][1] == 100


def test_cancel_only_pending_or_running():
    with MockServer(transition_seconds=0.3, rate_limit=None) as m, m.client() as c:
        cid = c.clusters.create(**cluster_args())["clusterId"]
        time.sleep(0.35)
        imp = c.imports.create(cid, **import_args())
        assert c.imports.cancel(cid, imp["importId"]) is None
        assert c.imports.get(cid, imp["importId"])["state"] == "CANCELLED"
        with pytest.raises(tidbcloud.BadRequestError, match="CANCELLED"):
            c.imports.cancel(cid, imp["importId"])


def test_failed_import_says_why(client, cluster_id):
    imp = client.imports.create(
        cluster_id, **import_args(s3_source={**S3, "bucketUri": "s3://fail-bucket/"}))
    assert imp["state"] == "FAILED"
    assert "access denied" in imp["errorMessage"]


@pytest.mark.sends_invalid_requests
@pytest.mark.parametrize("over, message", [
    ({"source_type": "FTP"}, "sourceType"),
    ({"file_format": "XLSX"}, "fileFormat"),
    ({"s3_source": None}, "needs s3Source"),
    ({"s3_source": {**S3, "bucketUri": "https://bucket"}}, "s3://"),
    ({"s3_source": {"bucketUri": "s3://b/"}}, "roleArn"),
    ({"source_type": "LOCAL"}, "only for sourceType S3"),
])
def test_validation(client, cluster_id, over, message):
    with pytest.raises(tidbcloud.BadRequestError, match=message):
        client.imports.create(cluster_id, **import_args(**over))


def test_import_needs_an_active_cluster(client, cluster_id):
    client.clusters.pause(cluster_id)
    with pytest.raises(tidbcloud.BadRequestError, match="ACTIVE"):
        client.imports.create(cluster_id, **import_args())
    with pytest.raises(tidbcloud.NotFoundError):
        client.imports.create("404", **import_args())
    with pytest.raises(tidbcloud.NotFoundError):
        client.imports.get(cluster_id, "import-999999")


def test_bad_arguments(client, mock):
    mock.reset_requests()
    with pytest.raises(ValueError):
        client.imports.get("1", "")
    with pytest.raises(TypeError):
        client.imports.create("1", source_type="S3", file_format="CSV", s3_source="s3://x")
    with pytest.raises(ValueError):
        client.imports.list("", page_size=10)
    assert mock.request_count() == 0
