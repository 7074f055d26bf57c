"""Audit logs through the blocking client."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import tidbcloud
from helpers import cluster_args, import_args


def test_every_action_is_logged_newest_first(client, mock):
    cid = client.clusters.create(**cluster_args())["clusterId"]
    client.clusters.update(cid, display_name="renamed")
    client.clusters.pause(cid)
    client.clusters.resume(cid)
    client.clusters.reset_root_password(cid, root_password="Passw0rd-1234")
    client.imports.create(cid, **import_args())
    client.integrations.create(cid, type="PROMETHEUS")
    key = client.api_keys.create(display_name="k", role="org:member")
    client.api_keys.update(key["accessKey"], display_name="k2")
    client.api_keys.delete(key["accessKey"])
    client.clusters.delete(cid)
    events = [e["eventType"] for e in client.audit_logs.list(page_size=3)]
    assert events == [
        "DeleteCluster", "DeleteApiKey", "UpdateApiKey", "CreateApiKey", "CreateIntegration",
        "CreateImport", "ResetRootPassword", "ResumeCluster", "PauseCluster", "UpdateCluster",
        "CreateCluster",
    ]
    entry = next(iter(client.audit_logs.list(event_types="PauseCluster")))
    assert entry["clusterId"] == cid and entry["result"] == "Success"
    assert entry["clusterName"] == "renamed" and entry["clusterType"] == "Dedicated"
    assert entry["operationEmail"] and entry["organizationId"] and entry["projectId"]
    assert entry["id"] and entry["endTime"].endswith("Z")
    assert json.loads(entry["details"]) == {"cluster_name": "renamed"}  # a JSON string
    first = next(iter(client.audit_logs.list(page_size=3).pages()))
    assert first["totalSize"] == 11 and len(first["auditLogs"]) == 3
    assert "Passw0rd-1234" not in str(list(client.audit_logs.list()))


def test_filters(client):
    cid = client.clusters.create(**cluster_args())["clusterId"]
    client.clusters.pause(cid)
    now = dt.datetime.now(dt.timezone.utc)
    assert len(list(client.audit_logs.list(event_types=["CreateCluster", "PauseCluster"]))) == 2
    assert len(list(client.audit_logs.list(event_types="CreateCluster, PauseCluster"))) == 2
    assert len(list(client.audit_logs.list(keyword="pause"))) == 1
    assert len(list(client.audit_logs.list(start_time=now + dt.timedelta(hours=1)))) == 0
    naive_past = dt.datetime.utcnow() - dt.timedelta(hours=1)  # naive means UTC
    assert len(list(client.audit_logs.list(start_time=naive_past))) == 2
    iso = (now - dt.timedelta(hours=1)).isoformat()
    assert len(list(client.audit_logs.list(start_time=iso, end_time=now + dt.timedelta(1)))) == 2


def test_bad_times_fail_before_sending(client, mock):
    with pytest.raises(ValueError):
        client.audit_logs.list(start_time="yesterday")
    with pytest.raises(TypeError):
        client.audit_logs.list(start_time=12345)
    with pytest.raises(ValueError):
        client.audit_logs.list(start_time="2025-02-01T00:00:00Z", end_time="2025-01-01T00:00:00Z")
    assert mock.request_count() == 0


def test_audit_logs_need_a_reader_role(mock):
    pub, priv = mock.create_api_key("org:member")
    with tidbcloud.TiDBCloud(pub, priv, base_url=mock.url) as c:
        with pytest.raises(tidbcloud.PermissionDeniedError):
            list(c.audit_logs.list())
