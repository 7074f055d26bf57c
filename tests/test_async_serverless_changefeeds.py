"""Changefeeds of Starter and Essential clusters through the async client."""

from __future__ import annotations

import pytest
from test_sync_serverless_changefeeds import FILTER, KAFKA_SINK, MYSQL_SINK, unreachable

import tidbcloud
from tidbcloud.testing import MockServer


async def test_lifecycle_and_refusals_on_the_async_face():
    with MockServer(transition_seconds=0.2, rate_limit=None) as m:
        async with m.async_client() as ac:
            c = await ac.serverless.clusters.create(display_name="feeds",
                                                    region_id="aws-us-east-1")
            sid = (await ac.serverless.clusters.wait(c["clusterId"], poll_interval=0.05))[
                "clusterId"]
            feeds = ac.serverless.changefeeds
            fid = (await feeds.create(sid, sink=KAFKA_SINK, filter=FILTER))["changefeedId"]
            assert (await feeds.wait(sid, fid, poll_interval=0.05))["state"] == "RUNNING"
            assert (await feeds.stop(sid, fid))["state"] == "PAUSED"
            with pytest.raises(tidbcloud.BadRequestError, match="is PAUSED"):
                await feeds.stop(sid, fid)
            assert (await feeds.update(sid, fid, sink=KAFKA_SINK,
                                       filter={"filterRule": ["a.*"]}))["state"] == "PAUSED"
            assert (await feeds.start(sid, fid))["state"] == "RUNNING"
            assert [f["changefeedId"] async for f in feeds.list(sid)] == [fid]
            assert (await feeds.get(sid, fid))["filter"] == {"filterRule": ["a.*"]}
            tables = await feeds.describe_schema_table(sid, filter_rules="test.orders")
            assert tables["handleKeyTables"] == ["test.orders"]
            with pytest.raises(tidbcloud.BadRequestError, match="cannot connect"):
                await feeds.test(sid, sink=unreachable(MYSQL_SINK))
            assert await feeds.test(sid, sink=MYSQL_SINK) == {}
            assert (await feeds.delete(sid, fid))["state"] == "DELETED"
            gone = await feeds.wait(sid, fid, state="DELETED")
            assert gone == {"clusterId": sid, "changefeedId": fid, "state": "DELETED"}
            with pytest.raises(ValueError, match="sink"):
                feeds.test(sid, sink={"type": "S3"})
            ep = await feeds.create_private_link_endpoint(
                sid, private_link_service_name="svc-mysql", changefeed_type="MYSQL")
            assert ep["state"] == "PENDING"
            got = await feeds.get_private_link_endpoint(sid, private_link_service_name="svc-mysql")
            assert got["endpointId"] == ep["endpointId"]
            gone = await feeds.delete_private_link_endpoint(
                sid, private_link_service_name="svc-mysql")
            assert gone["state"] == "DELETING"
