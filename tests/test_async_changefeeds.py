"""Changefeeds of Dedicated clusters through the async client: the lifecycle,
refused transitions, a sink that cannot be reached, bad arguments."""

from __future__ import annotations

import asyncio

import pytest
from test_sync_changefeeds import MYSQL, kafka_args

import tidbcloud
from helpers import cluster_args
from tidbcloud.testing import MockServer


async def test_lifecycle_on_the_async_face():
    with MockServer(transition_seconds=0.2, rate_limit=None) as m:
        async with m.async_client() as ac:
            cid = (await ac.clusters.create(**cluster_args()))["clusterId"]
            await ac.clusters.wait(cid, poll_interval=0.05)
            made = await asyncio.gather(*(
                ac.changefeeds.create(**kafka_args(cid, name=f"feed-{i}")) for i in range(2)))
            fid = made[0]["id"]
            assert {x["state"] for x in made} == {"CREATING"}
            assert (await ac.changefeeds.wait(fid, poll_interval=0.05))["state"] == "RUNNING"
            listed = [x["id"] async for x in ac.changefeeds.list(cluster_id=cid, page_size=1)]
            assert sorted(listed) == sorted(x["id"] for x in made)
            assert await ac.changefeeds.pause(fid) == {}
            paused = await ac.changefeeds.wait(fid, state="PAUSED", poll_interval=0.05)
            assert paused["state"] == "PAUSED"
            with pytest.raises(tidbcloud.BadRequestError, match="is PAUSED"):
                await ac.changefeeds.pause(fid)
            edited = await ac.changefeeds.edit_downstream_config(
                fid, downstream_type="KAFKA", table_config={"filterRules": ["app.*"]})
            assert edited["state"] == "EDITING"
            await ac.changefeeds.wait(fid, state="PAUSED", poll_interval=0.05)
            assert await ac.changefeeds.resume(fid) == {}
            scaled = await ac.changefeeds.scale(fid, replication_capacity="16rcu")
            assert scaled["state"] == "SCALING"
            done = await ac.changefeeds.wait(fid, poll_interval=0.05)
            assert (done["state"], done["replicationCapacity"]) == ("RUNNING", "16rcu")
            assert (await ac.changefeeds.list_rcus())[0]["name"] == "2rcu"
            assert await ac.changefeeds.delete(fid) == {}
            gone = await ac.changefeeds.wait(fid, state="DELETED", poll_interval=0.05)
            assert gone["state"] == "DELETED"


async def test_a_failed_sink_and_bad_arguments(aclient, mock):
    cid = (await aclient.clusters.create(**cluster_args()))["clusterId"]
    mysql = {"connection": {**MYSQL["connection"], "endpoint": "unreachable.example:3306"}}
    fid = (await aclient.changefeeds.create(
        **kafka_args(cid, downstream_type="MYSQL", kafka=None, mysql=mysql)))["id"]
    with pytest.raises(tidbcloud.WaiterError, match="cannot connect") as e:
        await aclient.changefeeds.wait(fid, poll_interval=0.05)
    assert e.value.last_state == "FAILED"
    with pytest.raises(tidbcloud.BadRequestError, match="FAILED"):
        await aclient.changefeeds.resume(fid)
    with pytest.raises(ValueError, match="needs mysql="):
        aclient.changefeeds.create(**kafka_args(cid, downstream_type="MYSQL", kafka=None))
    with pytest.raises(ValueError, match="replication_capacity"):
        aclient.changefeeds.scale(fid, replication_capacity=" ")
    assert mock.request_count("POST", f"/v1beta1/changefeeds/{fid}:scale") == 0
