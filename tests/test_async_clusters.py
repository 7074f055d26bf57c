"""Clusters through the async client: the same operations, awaited."""

from __future__ import annotations

import asyncio

import pytest

import tidbcloud
from helpers import TIKV, cluster_args
from tidbcloud.testing import MockServer


async def test_create_get_and_list(aclient, mock):
    c = await aclient.clusters.create(**cluster_args(root_password="Sup3r-Secret-PW"))
    assert c["state"] == "ACTIVE"
    assert c["tikvNodeSetting"]["nodeCount"] == TIKV["nodeCount"]
    assert c["tidbNodeSetting"]["tidbNodeGroups"][0]["nodeCount"] == 2
    assert await aclient.clusters.get(c["clusterId"]) == c
    assert [x["clusterId"] async for x in aclient.clusters.list()] == [c["clusterId"]]


async def test_validate_only(aclient):
    c = await aclient.clusters.create(**cluster_args(), validate_only=True)
    assert c["displayName"] == "prod"
    assert [x async for x in aclient.clusters.list()] == []


async def test_async_pager_follows_three_pages(aclient, mock):
    ids = [(await aclient.clusters.create(**cluster_args(display_name=f"cluster-{i}")))[
        "clusterId"] for i in range(7)]
    mock.reset_requests()
    got = [c["clusterId"] async for c in aclient.clusters.list(page_size=3)]
    assert got == ids
    assert mock.request_count("GET", "/v1beta1/clusters") == 3
    pages = [p async for p in aclient.clusters.list(page_size=3).pages()]
    assert [len(p["clusters"]) for p in pages] == [3, 3, 1]


async def test_state_changes(aclient):
    cid = (await aclient.clusters.create(**cluster_args()))["clusterId"]
    assert (await aclient.clusters.pause(cid))["clusterId"] == cid  # unwrapped
    assert (await aclient.clusters.get(cid))["state"] == "PAUSED"
    with pytest.raises(tidbcloud.BadRequestError, match="PAUSED"):
        await aclient.clusters.pause(cid)
    await aclient.clusters.resume(cid)
    assert (await aclient.clusters.get(cid))["state"] == "ACTIVE"
    u = await aclient.clusters.update(cid, display_name="renamed")
    assert u["displayName"] == "renamed"
    assert await aclient.clusters.reset_root_password(cid, root_password="An0ther-Pw0rd") == {}
    assert (await aclient.clusters.delete(cid))["clusterId"] == cid
    with pytest.raises(tidbcloud.NotFoundError):
        await aclient.clusters.get(cid)


async def test_paced_state_machine():
    with MockServer(transition_seconds=0.2, rate_limit=None) as m:
        async with m.async_client() as ac:
            cid = (await ac.clusters.create(**cluster_args()))["clusterId"]
            assert (await ac.clusters.get(cid))["state"] == "CREATING"
            await asyncio.sleep(0.25)
            assert (await ac.clusters.get(cid))["state"] == "ACTIVE"


async def test_bad_arguments_raise_at_call_time(aclient, mock):
    with pytest.raises(ValueError):
        aclient.clusters.list(page_size=0)
    with pytest.raises(TypeError):
        aclient.clusters.get(5.0)  # an int is an id; a float is not
    with pytest.raises(ValueError):
        await aclient.clusters.get("")
    with pytest.raises(TypeError):
        aclient.clusters.create(**cluster_args(tikv_node_setting=["not", "a", "dict"]))
    assert mock.request_count() == 0


async def test_errors_are_typed(aclient, mock):
    with pytest.raises(tidbcloud.NotFoundError) as e:
        await aclient.clusters.get("../apikeys")
    assert e.value.status_code == 404
    assert mock.requests()[-1]["path"] == "/v1beta1/clusters/%2E%2E%2Fapikeys"


async def test_concurrent_calls_share_one_challenge(aclient, mock):
    await aclient.regions.get("aws-us-east-1")
    mock.reset_requests()
    results = await asyncio.gather(*(aclient.regions.get("azure-eastus") for _ in range(20)))
    assert all(r["cloudProvider"] == "azure" for r in results)
    assert mock.request_count() == 20


async def test_cancelled_call_leaves_the_client_usable(mock):
    async with mock.async_client() as ac:
        task = asyncio.ensure_future(ac.clusters.list(page_size=1).__aiter__().__anext__())
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert (await ac.regions.get("aws-us-west-2"))["regionId"] == "aws-us-west-2"
