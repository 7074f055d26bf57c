"""Waiters through the async client."""

from __future__ import annotations

import asyncio

import pytest

import tidbcloud
from helpers import cluster_args, import_args
from tidbcloud.testing import MockServer


async def test_async_waits():
    with MockServer(transition_seconds=0.2, rate_limit=None) as m:
        async with m.async_client() as ac:
            cid = (await ac.clusters.create(**cluster_args()))["clusterId"]
            seen = []
            got = await ac.clusters.wait(cid, timeout=10, poll_interval=0.05,
                                         progress=seen.append)
            assert got["state"] == "ACTIVE" and seen[0]["state"] == "CREATING"
            imp = await ac.imports.create(cid, **import_args())
            done = await ac.imports.wait(cid, imp["importId"], poll_interval=0.05,
                                         progress=False)
            assert done["state"] == "COMPLETED"
            await ac.clusters.pause(cid)
            with pytest.raises(tidbcloud.WaiterError):
                await ac.clusters.wait(cid)


async def test_cancelling_an_async_wait_stops_polling():
    with MockServer(transition_seconds=60, rate_limit=None) as m:
        async with m.async_client() as ac:
            cid = (await ac.clusters.create(**cluster_args()))["clusterId"]
            task = asyncio.ensure_future(ac.clusters.wait(cid, poll_interval=0.05))
            await asyncio.sleep(0.3)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            polls = m.request_count("GET", f"/v1beta1/clusters/{cid}")
            await asyncio.sleep(0.3)
            assert m.request_count("GET", f"/v1beta1/clusters/{cid}") == polls
            assert (await ac.regions.get("aws-us-east-1"))["regionId"] == "aws-us-east-1"


async def test_async_wait_times_out():
    with MockServer(transition_seconds=60, rate_limit=None) as m:
        async with m.async_client() as ac:
            cid = (await ac.clusters.create(**cluster_args()))["clusterId"]
            with pytest.raises(tidbcloud.WaiterError) as e:
                await ac.clusters.wait(cid, timeout=0.3, poll_interval=0.05)
            assert e.value.last_state == "CREATING"
