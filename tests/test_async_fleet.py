"""Operating a fleet through the async client: maintenance windows and tasks."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

import pytest

import tidbcloud
from helpers import DEFAULT_PROJECT, OTHER_PROJECT, cluster_args


async def test_windows_and_tasks(aclient):
    windows = await asyncio.gather(*(
        aclient.maintenance_windows.get(f"project-{p}") for p in (DEFAULT_PROJECT, OTHER_PROJECT)))
    assert [w["projectId"] for w in windows] == [DEFAULT_PROJECT, OTHER_PROJECT]
    moved = await aclient.maintenance_windows.update(
        windows[1]["maintenanceWindowId"], week_day=3, day_hour=4, hour_minute=15)
    assert (moved["weekDay"], moved["dayHour"], moved["hourMinute"]) == (3, 4, 15)
    tasks = [t async for t in aclient.maintenance_tasks.list(project_id=OTHER_PROJECT)]
    assert sorted(t["state"] for t in tasks) == ["DONE", "PENDING"]
    (task,) = [t for t in tasks if t["state"] == "PENDING"]
    assert task["scheduledApplyTime"] == moved["nextMaintenanceDate"]
    pages = [p async for p in aclient.maintenance_tasks.list(
        project_id=OTHER_PROJECT, page_size=1).pages()]
    assert [p["totalSize"] for p in pages] == [2, 2]
    when = (datetime.now(timezone.utc) + timedelta(days=2)).replace(microsecond=0)
    deferred = await aclient.maintenance_tasks.update(
        task["maintenanceTaskId"], scheduled_apply_time=when)
    assert deferred["scheduledApplyTime"] == when.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert await aclient.maintenance_tasks.get(task["maintenanceTaskId"]) == deferred


async def test_refused_on_the_async_face(mock, aclient):
    before = len(mock.requests())
    with pytest.raises(ValueError, match="week_day"):
        aclient.maintenance_windows.update(f"project-{DEFAULT_PROJECT}", week_day=-1)
    with pytest.raises(ValueError, match="scheduled_apply_time"):
        aclient.maintenance_tasks.update("1", scheduled_apply_time="soon")
    assert len(mock.requests()) == before
    tasks = [t async for t in aclient.maintenance_tasks.list()]
    (done,) = [t for t in tasks if t["state"] == "DONE"]
    with pytest.raises(tidbcloud.BadRequestError, match="DONE"):
        await aclient.maintenance_tasks.update(
            done["maintenanceTaskId"],
            scheduled_apply_time=datetime.now(timezone.utc) + timedelta(days=1))
    with pytest.raises(tidbcloud.NotFoundError):
        await aclient.maintenance_windows.get("project-1")


async def test_node_instances_and_log_redaction(aclient):
    cid = (await aclient.clusters.create(**cluster_args()))["clusterId"]
    kinds = [n["componentType"] async for n in aclient.node_instances.list(cid)]
    assert kinds == ["TIDB"] * 2 + ["TIKV"] * 3 + ["PD"] * 3
    pd, policy = await asyncio.gather(aclient.node_instances.get(cid, "pd-2"),
                                      aclient.clusters.get_log_redaction_policy(cid))
    assert pd["availabilityZone"] == "us-east-1c" and policy["redactLog"] is True
    off = await aclient.clusters.update_log_redaction_policy(cid, redact_log=False)
    assert off == {"clusterId": cid, "redactLog": False}
    with pytest.raises(tidbcloud.NotFoundError):
        await aclient.node_instances.get(cid, "tiflash-0")
    with pytest.raises(ValueError, match="component_type"):
        aclient.node_instances.list(cid, component_type="TICDC")


async def test_members(mock, aclient):
    made = await aclient.members.invite(emails=["a@example.com", "b@example.com"],
                                        org_role={"rbacRole": "org:member"})
    a, b = (u["userId"] for u in made["users"])
    pending = [m["email"] async for m in aclient.members.list(statuses=["Pending"])]
    assert pending == ["a@example.com", "b@example.com"]
    assert await aclient.members.update(
        a, instance_roles=[]) is None
    done = await aclient.members.batch_update(users=[
        {"userId": a, "orgRole": {"rbacRole": "org:audit_admin"}},
        {"userId": "404", "orgRole": {"rbacRole": "org:owner"}}])
    assert [r["success"] for r in done["results"]] == [True, False]
    assert "not found" in done["results"][1]["error"]["message"]
    with pytest.raises(ValueError, match="rbacRole"):
        aclient.members.batch_update(users=[{"userId": b, "orgRole": {"rbacRole": "org:x"}}])
    roles = {m["email"]: m["orgRole"]["rbacRole"] async for m in aclient.members.list()}
    assert roles["a@example.com"] == "org:audit_admin" and roles["b@example.com"] == "org:member"
    await asyncio.gather(aclient.members.resend_invitation(b), aclient.members.delete(a))
    with pytest.raises(tidbcloud.NotFoundError):
        await aclient.members.resend_invitation(a)
    async with tidbcloud.AsyncTiDBCloud(*mock.create_api_key("org:member"),
                                        base_url=mock.url) as member:
        with pytest.raises(tidbcloud.PermissionDeniedError):
            await member.members.delete(b)


async def test_db_user_and_cmek(mock, aclient):
    cid = (await aclient.clusters.create(**cluster_args()))["clusterId"]
    user, cmek = await asyncio.gather(aclient.sql_users.get_db_user(cid),
                                      aclient.projects.get_aws_cmek(DEFAULT_PROJECT))
    assert user["dbuser"].startswith("apikey_") and isinstance(user["jwt"], tidbcloud.SecretStr)
    assert cmek == {"items": []}
    spec = {"region": "eu-central-1", "kms_arn": "arn:aws:kms:eu-central-1:1:key/k"}
    assert await aclient.projects.create_aws_cmek(DEFAULT_PROJECT, specs=[spec]) == {}
    assert (await aclient.projects.get_aws_cmek(DEFAULT_PROJECT))["items"] == [spec]
    with pytest.raises(tidbcloud.BadRequestError):
        await aclient.projects.create_aws_cmek(DEFAULT_PROJECT, specs=[spec])
