"""Integrations through the blocking client, in the service's shapes."""

from __future__ import annotations

import json

import pytest
from servers.plain_http import PlainServer

import tidbcloud
from helpers import cluster_args

DD_KEY = "dd-secret-1234abcd"


def test_create_and_list_without_echoing_secrets(client, mock):
    cid = client.clusters.create(**cluster_args())["clusterId"]
    assert client.integrations.list(cid) == []
    made = client.integrations.create(cid, type="DATADOG",
                                      datadog={"apiKey": DD_KEY, "site": "EU1"})
    assert made["type"] == "DATADOG" and made["id"] and made["creator"]
    dd = made["datadog"]
    assert dd["state"] == "ACTIVE" and dd["site"] == "EU1" and dd["siteUrl"].startswith("https://")
    assert dd["maskedApiKey"] == "****abcd"
    assert DD_KEY not in repr(made)
    client.integrations.create(cid, type="PROMETHEUS")
    client.integrations.create(cid, type="NEWRELIC", newrelic={"apiKey": "nr-key-0001"})
    listed = client.integrations.list(cid)
    assert [i["type"] for i in listed] == ["DATADOG", "PROMETHEUS", "NEWRELIC"]
    assert listed[2]["newrelic"]["site"] == "US_OTLP"
    assert all(DD_KEY not in (r["response_body"] or "") for r in mock.requests())


def test_the_prometheus_read_key_is_shown_once_and_masked_in_reprs(client):
    cid = client.clusters.create(**cluster_args())["clusterId"]
    made = client.integrations.create(cid, type="PROMETHEUS")
    key = made["prometheus"]["key"]
    assert isinstance(key, tidbcloud.SecretStr) and isinstance(key, str)
    assert key.startswith("prom-read-") and len(key) > 20
    assert key not in repr(made) and "SecretStr('****')" in repr(made)
    assert json.loads(json.dumps(made))["prometheus"]["key"] == key
    assert f"{key}" == key.reveal() == str(key)
    (listed,) = client.integrations.list(cid)
    assert "key" not in listed["prometheus"] and listed["prometheus"]["queryEndpoint"]


def test_the_example_body_in_snake_case_is_accepted(client, mock):
    cid = client.clusters.create(**cluster_args())["clusterId"]
    made = client.integrations.create(cid, type="DATADOG",
                                      datadog={"api_key": "abc-9876", "site": "US1"})
    assert made["datadog"]["maskedApiKey"] == "****9876"


@pytest.mark.sends_invalid_requests
def test_errors(client):
    cid = client.clusters.create(**cluster_args())["clusterId"]
    with pytest.raises(tidbcloud.BadRequestError, match="not one of"):
        client.integrations.create(cid, type="SPLUNK")
    with pytest.raises(tidbcloud.BadRequestError, match="newrelic is required"):
        client.integrations.create(cid, type="NEWRELIC")
    with pytest.raises(tidbcloud.BadRequestError, match=r"datadog\.apiKey"):
        client.integrations.create(cid, type="DATADOG", datadog={"site": "US1"})
    with pytest.raises(tidbcloud.BadRequestError, match=r"datadog\.site"):
        client.integrations.create(cid, type="DATADOG", datadog={"apiKey": "k-1", "site": "MARS"})
    client.integrations.create(cid, type="NEWRELIC", newrelic={"apiKey": "nr-key-1"})
    with pytest.raises(tidbcloud.ConflictError) as e:
        client.integrations.create(cid, type="NEWRELIC", newrelic={"apiKey": "nr-key-1"})
    assert e.value.status_code == 409 and "nr-key-1" not in str(e.value)
    with pytest.raises(tidbcloud.NotFoundError):
        client.integrations.list("nope")
    with pytest.raises(tidbcloud.BadRequestError, match="unknown field \"config\""):
        client.integrations.create(cid, type="PROMETHEUS", extra_body={"config": {}})


def test_bad_arguments_send_nothing(client, mock):
    mock.reset_requests()
    with pytest.raises(TypeError):
        client.integrations.create("1", type="DATADOG", datadog=["apiKey"])
    with pytest.raises(ValueError, match="type"):
        client.integrations.create("1", type=" ")
    with pytest.raises(TypeError):
        client.integrations.create("1", integration_type="DATADOG")  # the summary's shape
    assert mock.request_count() == 0


def test_provider_keys_stay_out_of_errors_even_when_a_server_echoes_them():
    with PlainServer() as s, \
            tidbcloud.TiDBCloud("pk", "sk", base_url=s.url, max_retries=0) as c:
        s.status = 409
        with pytest.raises(tidbcloud.ConflictError) as e:
            c.integrations.create("1", type="DATADOG", datadog={"apiKey": DD_KEY})
    text = str(e.value) + repr(e.value) + repr(e.value.body)
    assert DD_KEY not in text and "DATADOG" in text
