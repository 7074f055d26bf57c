"""Operating a fleet through the async client: maintenance windows and tasks."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

import pytest

import tidbcloud
from helpers import DEFAULT_PROJECT, OTHER_PROJECT


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
