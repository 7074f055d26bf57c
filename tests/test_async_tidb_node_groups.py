"""TiDB node groups through the async client."""

from __future__ import annotations

import asyncio

import pytest

import tidbcloud
from helpers import cluster_args


async def test_node_groups(aclient):
    cid = (await aclient.clusters.create(**cluster_args()))["clusterId"]
    made = await asyncio.gather(*(
        aclient.tidb_node_groups.create(cid, display_name=f"g{i}", node_count=1)
        for i in range(3)))
    listed = [g["tidbNodeGroupId"] async for g in aclient.tidb_node_groups.list(cid)]
    assert sorted(listed[1:]) == sorted(g["tidbNodeGroupId"] for g in made)
    gid = made[0]["tidbNodeGroupId"]
    done = await aclient.tidb_node_groups.wait(cid, gid, poll_interval=0.05)
    assert done["state"] == "ACTIVE"
    pls = await aclient.tidb_node_groups.get_private_link_service(cid, gid)
    assert pls["tidbNodeGroupId"] == gid
    assert await aclient.tidb_node_groups.delete(cid, gid) == {}
    with pytest.raises(tidbcloud.NotFoundError):
        await aclient.tidb_node_groups.get(cid, gid)
    assert (await aclient.clusters.show_node_quota())["componentQuotas"]
