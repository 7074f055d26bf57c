"""Operating a fleet through the blocking client: each project's maintenance
window and the maintenance tasks planned into it, against the mock in the
service's shapes."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import pytest

import tidbcloud
from helpers import DEFAULT_PROJECT, OTHER_PROJECT

WINDOW = f"project-{DEFAULT_PROJECT}"


def parse(t: str) -> datetime:
    return datetime.fromisoformat(t.replace("Z", "+00:00"))


def pending(client, project_id=None):
    (task,) = [t for t in client.maintenance_tasks.list(project_id=project_id)
               if t["state"] == "PENDING"]
    return task


def test_a_project_has_one_window_that_opens_weekly(client):
    (w,) = client.maintenance_windows.list()
    assert w["maintenanceWindowId"] == WINDOW and w["projectId"] == DEFAULT_PROJECT
    assert (w["weekDay"], w["dayHour"], w["hourMinute"]) == (2, 3, 0)
    nxt = parse(w["nextMaintenanceDate"])
    assert nxt.weekday() == 1 and (nxt.hour, nxt.minute) == (3, 0)  # Tuesday 03:00 UTC
    assert timedelta(0) < nxt - datetime.now(timezone.utc) <= timedelta(days=7)
    assert client.maintenance_windows.get(WINDOW) == w
    (other,) = client.maintenance_windows.list(project_id=OTHER_PROJECT)
    assert other["maintenanceWindowId"] == f"project-{OTHER_PROJECT}"
    assert list(client.maintenance_windows.list(skip=1)) == []


def test_moving_the_window_moves_the_tasks_not_deferred(client):
    task = pending(client)
    assert parse(task["scheduledApplyTime"]) == parse(
        client.maintenance_windows.get(WINDOW)["nextMaintenanceDate"])
    w = client.maintenance_windows.update(WINDOW, week_day=5, day_hour=22, hour_minute=30)
    assert (w["weekDay"], w["dayHour"], w["hourMinute"]) == (5, 22, 30)
    nxt = parse(w["nextMaintenanceDate"])
    assert nxt.weekday() == 4 and (nxt.hour, nxt.minute) == (22, 30)  # Friday
    assert w["unchangedMaintenanceTasks"] == []
    assert parse(client.maintenance_tasks.get(task["maintenanceTaskId"])[
        "scheduledApplyTime"]) == nxt
    # Only what is given changes.
    assert client.maintenance_windows.update(WINDOW, day_hour=1)["weekDay"] == 5
    events = [e["eventType"] for e in client.audit_logs.list()]
    assert events.count("UpdateMaintenanceWindow") == 2


def test_a_pending_task_is_deferred_up_to_its_deadline(client):
    task = pending(client)
    tid = task["maintenanceTaskId"]
    assert task["name"] == f"maintenanceTasks/{tid}" and task["projectId"] == DEFAULT_PROJECT
    deadline = parse(task["deadline"])
    later = (deadline - timedelta(days=1)).replace(microsecond=0)
    moved = client.maintenance_tasks.update(tid, scheduled_apply_time=later)
    assert parse(moved["scheduledApplyTime"]) == later and moved["state"] == "PENDING"
    # A task put by hand stays where it was put when the window moves.
    w = client.maintenance_windows.update(WINDOW, week_day=0)
    assert [t["maintenanceTaskId"] for t in w["unchangedMaintenanceTasks"]] == [tid]
    assert parse(client.maintenance_tasks.get(tid)["scheduledApplyTime"]) == later
    iso = (deadline - timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert client.maintenance_tasks.update(tid, scheduled_apply_time=iso)[
        "scheduledApplyTime"] == iso
    assert "UpdateMaintenanceTask" in [e["eventType"] for e in client.audit_logs.list()]


def test_a_task_runs_at_its_time_and_then_cannot_move(client):
    tid = pending(client)["maintenanceTaskId"]
    soon = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(seconds=2)
    client.maintenance_tasks.update(tid, scheduled_apply_time=soon)
    done = [t for t in client.maintenance_tasks.list() if t["state"] == "DONE"]
    assert len(done) == 1 and parse(done[0]["deadline"]) < datetime.now(timezone.utc)
    time.sleep(2.2)
    assert client.maintenance_tasks.get(tid)["state"] == "DONE"  # no pacing in this mock
    with pytest.raises(tidbcloud.BadRequestError, match="only a PENDING task"):
        client.maintenance_tasks.update(tid, scheduled_apply_time=soon + timedelta(days=1))


def test_refused_task_times(client):
    task = pending(client)
    tid, deadline = task["maintenanceTaskId"], parse(task["deadline"])
    with pytest.raises(tidbcloud.BadRequestError, match="after the task's deadline"):
        client.maintenance_tasks.update(tid, scheduled_apply_time=deadline + timedelta(hours=1))
    with pytest.raises(tidbcloud.BadRequestError, match="not in the future"):
        client.maintenance_tasks.update(tid, scheduled_apply_time="2020-01-01T00:00:00Z")
    with pytest.raises(tidbcloud.NotFoundError):
        client.maintenance_tasks.get("404")
    with pytest.raises(tidbcloud.NotFoundError):
        client.maintenance_tasks.update("404", scheduled_apply_time=deadline)
    assert client.maintenance_tasks.get(tid) == task


def test_bad_arguments_raise_before_sending(mock, client):
    before = len(mock.requests())
    for kwargs in ({"week_day": 7}, {"day_hour": 24}, {"hour_minute": -1}, {}):
        with pytest.raises(ValueError):
            client.maintenance_windows.update(WINDOW, **kwargs)
    with pytest.raises(ValueError, match="maintenance_window_id"):
        client.maintenance_windows.get("")
    with pytest.raises(ValueError, match="scheduled_apply_time"):
        client.maintenance_tasks.update("1", scheduled_apply_time="next tuesday")
    with pytest.raises(ValueError, match="scheduled_apply_time"):
        client.maintenance_tasks.update("1", scheduled_apply_time=None)
    with pytest.raises(TypeError):
        client.maintenance_tasks.update("1")
    with pytest.raises(ValueError, match="skip"):
        client.maintenance_tasks.list(skip=-1)
    assert len(mock.requests()) == before


def test_the_mock_refuses_what_the_service_refuses(client):
    with pytest.raises(tidbcloud.BadRequestError, match="weekDay must be 0 to 6"):
        client.maintenance_windows.update(WINDOW, week_day=1, extra_body={"weekDay": 9})
    with pytest.raises(tidbcloud.BadRequestError, match="unknown field"):
        client.maintenance_windows.update(WINDOW, week_day=1, extra_body={"when": "now"})
    with pytest.raises(tidbcloud.BadRequestError, match="project-"):
        client.maintenance_windows.get(DEFAULT_PROJECT)
    with pytest.raises(tidbcloud.NotFoundError):
        client.maintenance_windows.get("project-42")
    with pytest.raises(tidbcloud.NotFoundError):
        list(client.maintenance_tasks.list(project_id="42"))
    assert client.maintenance_windows.get(WINDOW)["weekDay"] == 2


def test_rights_follow_the_key(mock):
    url = mock.url
    with tidbcloud.TiDBCloud(*mock.create_api_key("org:member"), base_url=url) as member:
        assert member.maintenance_windows.get(WINDOW)["weekDay"] == 2
        tid = pending(member)["maintenanceTaskId"]
        with pytest.raises(tidbcloud.PermissionDeniedError):
            member.maintenance_windows.update(WINDOW, week_day=1)
        with pytest.raises(tidbcloud.PermissionDeniedError):
            member.maintenance_tasks.update(
                tid, scheduled_apply_time=datetime.now(timezone.utc) + timedelta(days=1))
    key = mock.create_api_key("project:owner", project_id=int(OTHER_PROJECT))
    with tidbcloud.TiDBCloud(*key, base_url=url) as owner:
        (w,) = owner.maintenance_windows.list()  # its own project's
        assert w["projectId"] == OTHER_PROJECT
        assert owner.maintenance_windows.update(w["maintenanceWindowId"], week_day=6)[
            "weekDay"] == 6
        with pytest.raises(tidbcloud.NotFoundError):
            owner.maintenance_windows.get(WINDOW)
        with pytest.raises(tidbcloud.PermissionDeniedError):
            list(owner.maintenance_tasks.list(project_id=DEFAULT_PROJECT))
        with mock.client() as org, pytest.raises(tidbcloud.NotFoundError):
            owner.maintenance_tasks.get(pending(org)["maintenanceTaskId"])
