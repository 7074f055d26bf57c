"""Retries and cancellation through the async client."""

from __future__ import annotations

import asyncio
import time

import pytest

import tidbcloud
from helpers import cluster_args


async def test_async_read_retries_and_create_does_not(aclient, mock):
    await aclient.regions.get("aws-us-east-1")
    mock.inject_fault("/v1beta1/regions/azure-eastus", status=503, times=2)
    assert (await aclient.regions.get("azure-eastus"))["regionId"] == "azure-eastus"
    mock.inject_fault("/v1beta1/clusters", method="POST", status=500)
    with pytest.raises(tidbcloud.InternalServerError):
        await aclient.clusters.create(**cluster_args())
    assert mock.request_count("POST", "/v1beta1/clusters") == 1


async def test_cancellation_drops_the_request_and_keeps_the_client(aclient, mock):
    await aclient.regions.get("aws-us-east-1")
    mock.inject_fault("/v1beta1/regions/azure-eastus", delay=2.0)
    started = time.monotonic()
    with pytest.raises(asyncio.TimeoutError):
        await asyncio.wait_for(aclient.regions.get("azure-eastus"), timeout=0.2)
    assert time.monotonic() - started < 1.0
    assert (await aclient.regions.get("aws-us-west-2"))["regionId"] == "aws-us-west-2"
    await asyncio.sleep(2.2)
    # The cancelled request reached the mock once and was not sent again.
    assert mock.request_count("GET", "/v1beta1/regions/azure-eastus") == 1


async def test_async_burst_under_the_rate_limit():
    from tidbcloud.testing import MockServer

    with MockServer(rate_limit=(100, 2.0), transition_seconds=0) as m:
        async with m.async_client() as ac:
            results = await asyncio.gather(*(ac.regions.get("aws-us-east-1") for _ in range(300)))
    assert len(results) == 300 and all(r["regionId"] == "aws-us-east-1" for r in results)
