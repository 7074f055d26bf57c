"""Starter and Essential, the later calls, through the async client: private
link connections with their domains and waiter."""

from __future__ import annotations

import asyncio

import pytest

import tidbcloud
from helpers import put_parts
from tidbcloud.testing import MockServer

AWS_SVC = "com.amazonaws.vpce.us-east-1.vpce-svc-{}"


async def test_private_link_connections_async():
    with MockServer(transition_seconds=0.1, rate_limit=None) as m:
        async with m.async_client() as c:
            sl = c.serverless
            made = await sl.clusters.create(display_name="async-links",
                                            region_id="aws-us-east-1")
            cid = made["clusterId"]
            await sl.clusters.wait(cid, progress=False, poll_interval=0.05)
            plc = sl.private_link_connections
            assert (await plc.get_availability_zones(cid))["azIds"]
            conns = await asyncio.gather(*[
                plc.create(cid, display_name=f"link-{i}", type="AWS_ENDPOINT_SERVICE",
                           aws_endpoint_service={"name": AWS_SVC.format(f"0abc{i}")})
                for i in range(3)])
            assert {x["state"] for x in conns} == {"CREATING"}
            ids = [x["privateLinkConnectionId"] for x in conns]
            done = await asyncio.gather(*[
                plc.wait(cid, i, progress=False, poll_interval=0.05) for i in ids])
            assert {d["state"] for d in done} == {"ACTIVE"}
            assert sorted([p["privateLinkConnectionId"]
                           async for p in plc.list(cid, page_size=2)]) == sorted(ids)
            att = await plc.attach_domains(cid, ids[0], type="CONFLUENT", unique_name="lkc-9")
            assert [a["attachDomainId"] for a in (await plc.get(cid, ids[0]))[
                "attachedDomains"]] == [att["attachDomainId"]]
            out = await plc.detach_domains(cid, ids[0], attach_domain_id=att["attachDomainId"])
            assert out["uniqueName"] == "lkc-9"
            assert (await plc.delete(cid, ids[1]))["state"] == "DELETING"
            gone = await plc.wait(cid, ids[1], state="DELETED", progress=False,
                                  poll_interval=0.05)
            assert gone == {"clusterId": cid, "privateLinkConnectionId": ids[1],
                            "state": "DELETED"}
            with pytest.raises(tidbcloud.NotFoundError):
                await plc.get(cid, ids[1])
            bad = await plc.create(cid, display_name="failing", aws_endpoint_service={
                "name": AWS_SVC.format("0fail")})
            with pytest.raises(tidbcloud.WaiterError, match="FAILED instead of ACTIVE"):
                await plc.wait(cid, bad["privateLinkConnectionId"], progress=False,
                               poll_interval=0.05)


async def test_bad_arguments_raise_at_the_call(aclient, mock):
    plc = aclient.serverless.private_link_connections
    mock.reset_requests()
    with pytest.raises(ValueError, match="one of them"):
        plc.create("1", display_name="x")
    with pytest.raises(ValueError, match="unique_name"):
        plc.attach_domains("1", "plc-1", type="CONFLUENT")
    with pytest.raises(ValueError, match="state must be one of"):
        plc.list("1", state="active")
    assert mock.request_count() == 0


async def test_batches_cloud_providers_and_branch_users_async(aclient):
    sl = aclient.serverless
    assert "aws" in (await sl.regions.list_cloud_providers())["cloudProviders"]
    made = (await sl.clusters.batch_create(clusters=[
        {"displayName": f"async-batch-{i}", "region": {"name": "regions/aws-us-east-1"}}
        for i in range(3)]))["clusters"]
    ids = [c["clusterId"] for c in made]
    got = (await sl.clusters.batch_get(cluster_ids=ids))["clusters"]
    assert [c["displayName"] for c in got] == [f"async-batch-{i}" for i in range(3)]
    br = await sl.branches.create(ids[0], display_name="dev")
    br = await sl.branches.wait(ids[0], br["branchId"], progress=False)
    user = f"{br['userPrefix']}.root"
    assert await sl.branches.update_sql_user(ids[0], br["branchId"], user,
                                             password="Async-Passw0rd") == {"username": user}
    with pytest.raises(ValueError, match="8 to 64"):
        sl.branches.update_sql_user(ids[0], br["branchId"], user, password="short")


async def test_export_files_async(aclient):
    sl = aclient.serverless
    cid = (await sl.clusters.create(display_name="async-exp", region_id="aws-us-east-1"))[
        "clusterId"]
    eid = (await sl.exports.create(cid))["exportId"]
    await sl.exports.wait(cid, eid, progress=False)
    names = [f["name"] async for f in sl.exports.list_files(cid, eid)]
    assert len(names) == 3
    got = await sl.exports.download_files(cid, eid, file_names=names[:2])
    assert [f["name"] for f in got["files"]] == names[:2]
    assert len((await sl.exports.download_urls(cid, eid))["downloads"]) == 3


async def test_local_upload_and_import_async(aclient):
    sl = aclient.serverless
    cid = (await sl.clusters.create(display_name="async-up", region_id="aws-us-east-1"))[
        "clusterId"]
    up = await sl.imports.start_upload(cid, file_name="t.csv", part_number=2,
                                       target_database="db", target_table="t")
    parts = await asyncio.to_thread(put_parts, up["uploadUrl"])
    await sl.imports.complete_upload(cid, upload_id=up["uploadId"], parts=parts)
    imp = await sl.imports.create(cid, import_options={"fileType": "CSV"}, source={
        "type": "LOCAL", "local": {"uploadId": up["uploadId"], "targetDatabase": "db",
                                   "targetTable": "t"}})
    done = await sl.imports.wait(cid, imp["importId"], progress=False)
    assert done["state"] == "COMPLETED"
    other = await sl.imports.start_upload(cid, file_name="u.csv", part_number=1,
                                          target_database="db", target_table="u")
    assert await sl.imports.cancel_upload(cid, upload_id=other["uploadId"]) == {}
