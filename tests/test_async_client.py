"""The async client itself: settings, context manager, digest reuse, transport errors."""

from __future__ import annotations

import socket

import pytest

import tidbcloud


async def test_repr_and_settings(mock):
    ac = tidbcloud.AsyncTiDBCloud(mock.public_key, mock.private_key, base_url=mock.url,
                                  timeout=12.5, max_retries=1)
    assert mock.private_key not in repr(ac)
    assert mock.public_key in repr(ac)
    assert ac.timeout == 12.5 and ac.max_retries == 1
    assert ac.with_options(max_retries=4).max_retries == 4
    await ac.close()
    assert ac.is_closed


async def test_context_manager_closes(mock):
    async with mock.async_client() as ac:
        assert (await ac.regions.get("aws-us-east-1"))["regionId"] == "aws-us-east-1"
    with pytest.raises(tidbcloud.TiDBCloudError, match="closed"):
        await ac.regions.get("aws-us-east-1")


async def test_one_exchange_per_call(aclient, mock):
    await aclient.regions.get("aws-us-east-1")
    for _ in range(10):
        await aclient.regions.get("aws-us-east-1")
    assert mock.request_count() == 12


async def test_stale_nonce(aclient, mock):
    await aclient.regions.get("aws-us-east-1")
    mock.expire_nonces()
    mock.reset_requests()
    await aclient.regions.get("aws-us-east-1")
    assert [r["status"] for r in mock.requests()] == [401, 200]


async def test_auth_and_permission_errors(mock):
    async with tidbcloud.AsyncTiDBCloud(mock.public_key, "nope", base_url=mock.url) as bad:
        with pytest.raises(tidbcloud.AuthenticationError):
            await bad.regions.get("aws-us-east-1")
    public, private = mock.create_api_key("project:ctl_plane_viewer")
    async with tidbcloud.AsyncTiDBCloud(public, private, base_url=mock.url) as viewer:
        with pytest.raises(tidbcloud.PermissionDeniedError):
            await viewer.clusters.pause("1")


async def test_connection_refused():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    async with tidbcloud.AsyncTiDBCloud("p", "k", base_url=f"http://127.0.0.1:{port}/v1beta1",
                                        max_retries=0) as ac:
        with pytest.raises(tidbcloud.APIConnectionError):
            await ac.regions.get("x")
