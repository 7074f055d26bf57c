"""The blocking client itself: settings, secrets, digest reuse, errors of transport."""

from __future__ import annotations

import pickle
import socket
import time

import pytest

import tidbcloud
from tidbcloud.testing import MockServer


def test_keys_come_from_the_environment(monkeypatch, mock):
    for var in ("TIDBCLOUD_PUBLIC_KEY", "TIDBCLOUD_PRIVATE_KEY",
                "TIDB_CLOUD_PUBLIC_KEY", "TIDB_CLOUD_PRIVATE_KEY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("TIDB_CLOUD_PUBLIC_KEY", mock.public_key)
    monkeypatch.setenv("TIDB_CLOUD_PRIVATE_KEY", "wrong")
    monkeypatch.setenv("TIDBCLOUD_PRIVATE_KEY", mock.private_key)  # beats TIDB_CLOUD_*
    with tidbcloud.TiDBCloud(base_url=mock.url) as c:
        assert c.public_key == mock.public_key
        assert c.regions.get("aws-us-east-1")["regionId"] == "aws-us-east-1"


def test_arguments_beat_the_environment(monkeypatch, mock):
    monkeypatch.setenv("TIDBCLOUD_PUBLIC_KEY", "ENVKEY")
    monkeypatch.setenv("TIDBCLOUD_PRIVATE_KEY", "envsecret")
    with tidbcloud.TiDBCloud(mock.public_key, mock.private_key, base_url=mock.url) as c:
        assert c.regions.get("azure-eastus")["regionId"] == "azure-eastus"


def test_missing_key_names_both_variables(monkeypatch):
    for var in ("TIDBCLOUD_PUBLIC_KEY", "TIDBCLOUD_PRIVATE_KEY",
                "TIDB_CLOUD_PUBLIC_KEY", "TIDB_CLOUD_PRIVATE_KEY"):
        monkeypatch.delenv(var, raising=False)
    with pytest.raises(tidbcloud.TiDBCloudError) as e:
        tidbcloud.TiDBCloud(public_key="abc")
    assert "TIDBCLOUD_PRIVATE_KEY" in str(e.value) and "TIDB_CLOUD_PRIVATE_KEY" in str(e.value)


def test_endpoints_default_and_override(monkeypatch):
    monkeypatch.delenv("TIDBCLOUD_BASE_URL", raising=False)
    monkeypatch.setenv("TIDBCLOUD_IAM_ENDPOINT", "http://iam.local/v1beta1")
    c = tidbcloud.TiDBCloud("pub", "priv")
    assert c.dedicated_url == "https://dedicated.tidbapi.com/v1beta1"
    assert c.billing_url == "https://billing.tidbapi.com/v1beta1"
    assert c.iam_url == "http://iam.local/v1beta1"
    c = tidbcloud.TiDBCloud("pub", "priv", base_url="http://127.0.0.1:1/v1beta1/",
                            billing_url="http://bill.local/v1beta1")
    assert c.dedicated_url == c.iam_url == "http://127.0.0.1:1/v1beta1"
    assert c.billing_url == "http://bill.local/v1beta1"


@pytest.mark.parametrize("kwargs", [
    {"base_url": "ftp://x"}, {"base_url": "not a url"}, {"base_url": "http://u:p@h/"},
    {"timeout": 0}, {"timeout": -1.0}, {"max_retries": -1}, {"max_retries": 100},
    {"rate_limit": 0}, {"public_key": ""},
])
def test_bad_settings_are_value_errors(kwargs):
    args = {"public_key": "pub", "private_key": "priv", **kwargs}
    with pytest.raises(ValueError):
        tidbcloud.TiDBCloud(**args)


def test_repr_shows_public_key_never_private():
    c = tidbcloud.TiDBCloud("PUBKEY", "very-private-value", base_url="http://127.0.0.1:9/v1beta1")
    text = repr(c) + str(c) + repr(c.clusters)
    assert "PUBKEY" in text and "127.0.0.1:9" in text
    assert "very-private-value" not in text


def test_one_exchange_per_call_after_the_first(client, mock):
    client.regions.get("aws-us-east-1")
    assert mock.request_count() == 2
    for _ in range(25):
        client.regions.get("aws-us-east-1")
    assert mock.request_count() == 27
    assert sum(r["status"] == 401 for r in mock.requests()) == 1


def test_challenge_is_shared_with_option_copies(client, mock):
    client.regions.get("aws-us-east-1")
    copy = client.with_options(timeout=5, max_retries=0)
    assert copy.timeout == 5.0 and copy.max_retries == 0
    assert client.timeout == 30.0 and client.max_retries == 2
    mock.reset_requests()
    copy.regions.get("aws-us-east-1")
    assert mock.request_count() == 1


def test_stale_nonce_is_answered_once(client, mock):
    client.regions.get("aws-us-east-1")
    mock.expire_nonces()
    mock.reset_requests()
    assert client.regions.get("aws-us-east-1")["regionId"] == "aws-us-east-1"
    assert [r["status"] for r in mock.requests()] == [401, 200]
    client.regions.get("aws-us-east-1")
    assert mock.request_count() == 3


def test_sha256_digest():
    with MockServer(transition_seconds=0, rate_limit=None, algorithm="SHA-256") as m:
        with m.client() as c:
            assert c.regions.get("azure-westeurope")["cloudProvider"] == "azure"


def test_client_waits_for_a_spent_budget_instead_of_failing():
    with MockServer(rate_limit=(3, 1.0), transition_seconds=0) as m, m.client() as c:
        started = time.monotonic()
        for _ in range(6):
            c.regions.get("aws-us-east-1")
        assert time.monotonic() - started >= 0.9
        assert not any(r["status"] == 429 for r in m.requests())


def test_rate_limit_is_waited_out_with_retries():
    with MockServer(rate_limit=(5, 1.0), transition_seconds=0) as m, m.client() as c:
        started = time.monotonic()
        for _ in range(12):
            assert c.regions.get("aws-us-east-1")["regionId"] == "aws-us-east-1"
        assert time.monotonic() - started >= 1.0  # it waited for a new window
        assert sum(r["status"] == 429 for r in m.requests()) <= 2


def test_refused_connection_is_a_connection_error():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with tidbcloud.TiDBCloud("p", "k", base_url=f"http://127.0.0.1:{port}/v1beta1",
                             max_retries=0) as c:
        with pytest.raises(tidbcloud.APIConnectionError) as e:
            c.regions.get("aws-us-east-1")
    assert not isinstance(e.value, tidbcloud.APITimeoutError)


def test_closed_client_refuses_calls(mock):
    c = mock.client()
    with c:
        c.regions.get("aws-us-east-1")
    assert c.is_closed
    with pytest.raises(tidbcloud.TiDBCloudError, match="closed"):
        c.regions.get("aws-us-east-1")


def test_sync_client_works_inside_a_running_event_loop(mock):
    import asyncio

    async def notebook_cell():
        with mock.client() as c:
            return c.regions.get("aws-us-east-1")["regionId"]

    assert asyncio.run(notebook_cell()) == "aws-us-east-1"


def test_exceptions_pickle_with_their_fields(client):
    with pytest.raises(tidbcloud.NotFoundError) as e:
        client.clusters.get("1")
    clone = pickle.loads(pickle.dumps(e.value))
    assert type(clone) is tidbcloud.NotFoundError
    assert (clone.status_code, clone.message, clone.request_id) == (
        404, e.value.message, e.value.request_id)
