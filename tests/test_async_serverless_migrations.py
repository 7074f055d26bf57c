"""Migrations into Starter and Essential clusters and their prechecks through
the async client: the lifecycle, refused transitions, a failed precheck and a
failed migration reaching `WaiterError`, credentials kept out of answers, and
bad arguments refused before anything is sent."""

from __future__ import annotations

import pytest
from test_sync_serverless_migrations import PASSWORDS, plan, source

import tidbcloud
from tidbcloud.testing import MockServer


async def test_lifecycle_and_refusals_on_the_async_face():
    with MockServer(transition_seconds=0.2, rate_limit=None) as m:
        async with m.async_client() as ac:
            c = await ac.serverless.clusters.create(display_name="dm-1",
                                                    region_id="aws-us-east-1")
            sid = (await ac.serverless.clusters.wait(c["clusterId"], poll_interval=0.05))[
                "clusterId"]
            migs = ac.serverless.migrations
            made = await migs.create(sid, **plan())
            mid = made["migrationId"]
            assert made["state"] == "CREATING"
            with pytest.raises(tidbcloud.BadRequestError, match="is CREATING"):
                await migs.pause(sid, mid)
            assert (await migs.wait(sid, mid, poll_interval=0.05))["state"] == "RUNNING"
            with pytest.raises(tidbcloud.BadRequestError, match="resume needs it PAUSED"):
                await migs.resume(sid, mid)
            assert await migs.pause(sid, mid) == {}
            with pytest.raises(tidbcloud.BadRequestError, match="is PAUSED"):
                await migs.pause(sid, mid)
            assert (await migs.get(sid, mid))["state"] == "PAUSED"
            assert await migs.resume(sid, mid) == {}
            listed = [x async for x in migs.list(sid)]
            assert [x["migrationId"] for x in listed] == [mid]
            assert listed[0]["state"] == "RUNNING"
            assert not any(p in repr(listed) for p in PASSWORDS)
            assert (await migs.delete(sid, mid))["state"] == "DELETING"
            with pytest.raises(tidbcloud.BadRequestError, match="already DELETING"):
                await migs.delete(sid, mid)
            gone = await migs.wait(sid, mid, state="DELETED", poll_interval=0.05)
            assert gone == {"migrationId": mid, "state": "DELETED"}


async def test_failures_reach_waiter_error_on_the_async_face(aclient):
    c = await aclient.serverless.clusters.create(display_name="dm-1", region_id="aws-us-east-1")
    sid = (await aclient.serverless.clusters.wait(c["clusterId"], poll_interval=0.05))[
        "clusterId"]
    checks = aclient.serverless.migration_prechecks
    passed = await checks.wait(sid, (await checks.create(sid, **plan()))["precheckId"])
    assert passed["status"] == "FINISHED" and passed["failedCnt"] == 0
    pid = (await checks.create(sid, **plan(source("fail.example.com"))))["precheckId"]
    with pytest.raises(tidbcloud.WaiterError, match="REPLICATION_PRIVILEGE_CHECKING") as w:
        await checks.wait(sid, pid, poll_interval=0.05)
    assert w.value.last_state == "FAILED"
    assert [i["type"] for i in w.value.last_response["items"] if i["status"] == "FAILED"] == [
        "REPLICATION_PRIVILEGE_CHECKING"]
    assert await checks.delete(sid, pid) == {}
    with pytest.raises(tidbcloud.NotFoundError):
        await checks.get(sid, pid)
    migs = aclient.serverless.migrations
    mid = (await migs.create(sid, **plan(source("fail.example.com"))))["migrationId"]
    with pytest.raises(tidbcloud.WaiterError, match="ended FAILED") as w:
        await migs.wait(sid, mid, poll_interval=0.05)
    assert "fail.example.com" in w.value.last_response["subTasks"][0]["errorMsg"]


async def test_bad_arguments_send_nothing_on_the_async_face(aclient, mock):
    migs = aclient.serverless.migrations
    # Refused as the call is made, before there is anything to await.
    with pytest.raises(ValueError, match="mode"):
        migs.create("c1", **plan(mode="FULL"))
    with pytest.raises(TypeError, match="sources must be a list"):
        aclient.serverless.migration_prechecks.create("c1", **plan(sources=source()))
    with pytest.raises(ValueError, match="migration_id"):
        migs.pause("c1", "")
    assert mock.request_count(path="/v1beta1/serverless/clusters/c1/migrations") == 0
    assert mock.request_count(path="/v1beta1/serverless/clusters/c1/migrationPrechecks") == 0
