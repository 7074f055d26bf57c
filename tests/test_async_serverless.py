"""Starter and Essential clusters through the async client: the same
operations, the same mock."""

from __future__ import annotations

import asyncio

import pytest

import tidbcloud
from tidbcloud.testing import MockServer


async def test_cluster_branch_export_import_backup_async():
    with MockServer(transition_seconds=0.1, rate_limit=None) as m:
        async with m.async_client() as c:
            sl = c.serverless
            made = await asyncio.gather(*[
                sl.clusters.create(display_name=f"async-{i:02d}", region_id="aws-us-east-1")
                for i in range(3)])
            cid = made[0]["clusterId"]
            done = await asyncio.gather(*[
                sl.clusters.wait(x["clusterId"], progress=False, poll_interval=0.05) for x in made])
            assert {d["state"] for d in done} == {"ACTIVE"}
            assert len([x async for x in sl.clusters.list(page_size=2)]) == 3
            upd = await sl.clusters.update(cid, labels={"team": "data"})
            assert upd["labels"]["team"] == "data"
            await sl.clusters.reset_root_password(cid, root_password="async-Passw0rd")
            br = await sl.branches.create(cid, display_name="async-branch")
            br = await sl.branches.wait(cid, br["branchId"], progress=False, poll_interval=0.05)
            assert (await sl.branches.reset(cid, br["branchId"]))["state"] == "RESTORING"
            assert [b["branchId"] async for b in sl.branches.list(cid)] == [br["branchId"]]
            exp = await sl.exports.create(cid)
            assert (await sl.exports.wait(cid, exp["exportId"], progress=False,
                                          poll_interval=0.05))["state"] == "SUCCEEDED"
            assert [e["exportId"] async for e in sl.exports.list(cid)] == [exp["exportId"]]
            imp = await sl.imports.create(cid, import_options={"fileType": "SQL"}, source={
                "type": "OSS", "oss": {"uri": "oss://b/p/", "authType": "ACCESS_KEY",
                                       "accessKey": {"id": "id", "secret": "oss-secret"}}})
            assert (await sl.imports.wait(cid, imp["importId"], progress=False,
                                          poll_interval=0.05))["state"] == "COMPLETED"
            assert (await sl.imports.get(cid, imp["importId"]))["createdBy"]
            (bk,) = [b async for b in sl.backups.list(cid)]
            assert (await sl.backups.get(bk["backupId"]))["clusterId"] == cid
            assert await sl.clusters.restore(backup_id=bk["backupId"]) == {"clusterId": cid}
            await sl.clusters.wait(cid, progress=False, poll_interval=0.05)
            await sl.backups.delete(bk["backupId"])
            assert len([r async for r in sl.regions.list()]) == 6
            assert (await sl.exports.delete(cid, exp["exportId"]))["state"] == "DELETED"
            assert (await sl.branches.delete(cid, br["branchId"]))["state"] == "DELETED"
            assert (await sl.clusters.delete(cid))["state"] == "DELETED"
            with pytest.raises(tidbcloud.NotFoundError):
                await sl.clusters.get(cid)
            with pytest.raises(tidbcloud.NotFoundError):
                await sl.exports.cancel(made[1]["clusterId"], "exp-missing")


async def test_async_bad_input_raises_before_a_coroutine(aclient):
    with pytest.raises(ValueError, match="display_name"):
        aclient.serverless.clusters.create(display_name="-bad-", region_id="aws-us-east-1")
    with pytest.raises(ValueError, match="state"):
        aclient.serverless.branches.wait("1", "2", state="GONE")
