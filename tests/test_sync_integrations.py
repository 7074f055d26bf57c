"""Integrations through the blocking client."""

from __future__ import annotations

import pytest

import tidbcloud
from helpers import cluster_args


def test_create_and_list_without_echoing_secrets(client, mock):
    cid = client.clusters.create(**cluster_args())["clusterId"]
    assert client.integrations.list(cid) == []
    made = client.integrations.create(
        cid, integration_type="DATADOG", config={"apiKey": "dd-secret-123", "region": "US1"})
    assert made["integrationType"] == "DATADOG" and made["active"] is True
    assert "dd-secret-123" not in repr(made)
    client.integrations.create(cid, integration_type="PROMETHEUS")
    listed = client.integrations.list(cid)
    assert [i["integrationType"] for i in listed] == ["DATADOG", "PROMETHEUS"]
    assert all("dd-secret-123" not in (r["response_body"] or "") for r in mock.requests())


def test_errors(client):
    cid = client.clusters.create(**cluster_args())["clusterId"]
    with pytest.raises(tidbcloud.BadRequestError, match="not one of"):
        client.integrations.create(cid, integration_type="SPLUNK")
    with pytest.raises(tidbcloud.BadRequestError, match=r"config\.apiKey"):
        client.integrations.create(cid, integration_type="NEW_RELIC")
    client.integrations.create(cid, integration_type="NEW_RELIC", config={"apiKey": "nr-key-1"})
    with pytest.raises(tidbcloud.ConflictError) as e:
        client.integrations.create(cid, integration_type="NEW_RELIC", config={"apiKey": "nr-key-1"})
    assert e.value.status_code == 409 and "nr-key-1" not in str(e.value)
    with pytest.raises(tidbcloud.NotFoundError):
        client.integrations.list("nope")
    with pytest.raises(TypeError):
        client.integrations.create(cid, integration_type="DATADOG", config=["apiKey"])
