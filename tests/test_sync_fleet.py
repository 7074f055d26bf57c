"""Operating a fleet through the blocking client: each project's maintenance
window and the maintenance tasks planned into it, against the mock in the
service's shapes."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import pytest

import tidbcloud
from helpers import DEFAULT_PROJECT, OTHER_PROJECT, cluster_args

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


# Node instances and the log redaction policy.

@pytest.fixture
def cid(client):
    return client.clusters.create(**cluster_args(
        tiflash_node_setting={"nodeSpecKey": "8C64G", "nodeCount": 1, "storageSizeGi": 500}))[
        "clusterId"]


def test_node_instances_follow_the_cluster(client, cid):
    nodes = list(client.node_instances.list(cid))
    assert [n["instanceId"] for n in nodes] == [
        "tidb-0", "tidb-1", "tikv-0", "tikv-1", "tikv-2", "tiflash-0", "pd-0", "pd-1", "pd-2"]
    tikv = client.node_instances.get(cid, "tikv-1")
    assert tikv == nodes[3] and tikv["name"] == f"clusters/{cid}/nodeInstances/tikv-1"
    assert (tikv["componentType"], tikv["state"], tikv["vCpu"], tikv["memorySizeGi"],
            tikv["storageSizeGi"]) == ("TIKV", "AVAILABLE", 8, 32, 500)
    assert [n["availabilityZone"] for n in nodes[2:5]] == [
        "us-east-1a", "us-east-1b", "us-east-1c"]
    assert nodes[0]["isDefaultTidbNodeGroup"] is True and "storageSizeGi" not in nodes[0]
    g = client.tidb_node_groups.create(cid, display_name="etl", node_count=1,
                                       tiproxy_setting={"nodeSpecKey": "2C4G", "nodeCount": 1})
    tidb = list(client.node_instances.list(cid, component_type="TIDB"))
    assert [n["instanceId"] for n in tidb] == ["tidb-0", "tidb-1", "etl-tidb-0"]
    assert tidb[2]["tidbNodeGroupId"] == g["tidbNodeGroupId"]
    assert list(client.node_instances.list(cid, component_type="TIPROXY")) == []
    pages = list(client.node_instances.list(cid, page_size=4, skip=1).pages())
    assert [len(p["nodeInstances"]) for p in pages] == [4, 4, 1]
    assert {p["totalSize"] for p in pages} == {9}
    client.clusters.pause(cid)
    assert {n["state"] for n in client.node_instances.list(cid)} == {"UNAVAILABLE"}


@pytest.mark.sends_invalid_requests
def test_node_instances_refused(mock, client, cid):
    with pytest.raises(tidbcloud.NotFoundError):
        client.node_instances.get(cid, "tidb-9")
    with pytest.raises(tidbcloud.NotFoundError):
        list(client.node_instances.list("404"))
    with pytest.raises(tidbcloud.BadRequestError, match="componentType"):
        list(client.node_instances.list(cid, extra_query={"componentType": "TICDC"}))
    before = len(mock.requests())
    with pytest.raises(ValueError, match="component_type"):
        client.node_instances.list(cid, component_type="tikv")
    with pytest.raises(ValueError, match="instance_id"):
        client.node_instances.get(cid, " ")
    assert len(mock.requests()) == before


@pytest.mark.sends_invalid_requests
def test_log_redaction_is_on_until_an_owner_turns_it_off(mock, client, cid):
    assert client.clusters.get_log_redaction_policy(cid) == {"clusterId": cid, "redactLog": True}
    assert client.clusters.update_log_redaction_policy(cid, redact_log=False)[
        "redactLog"] is False
    assert client.clusters.get_log_redaction_policy(cid)["redactLog"] is False
    assert "UpdateLogRedactionPolicy" in [e["eventType"] for e in client.audit_logs.list()]
    with tidbcloud.TiDBCloud(*mock.create_api_key("org:member"), base_url=mock.url) as member:
        assert member.clusters.get_log_redaction_policy(cid)["redactLog"] is False
        with pytest.raises(tidbcloud.PermissionDeniedError):
            member.clusters.update_log_redaction_policy(cid, redact_log=True)
    with pytest.raises(tidbcloud.BadRequestError, match="redactLog"):
        client.clusters.update_log_redaction_policy(cid, redact_log=True,
                                                    extra_body={"redactLog": "yes"})
    with pytest.raises(TypeError):
        client.clusters.update_log_redaction_policy(cid)
    client.clusters.pause(cid)
    with pytest.raises(tidbcloud.BadRequestError, match="ACTIVE"):
        client.clusters.update_log_redaction_policy(cid, redact_log=True)
    client.clusters.resume(cid)
    client.clusters.delete(cid)
    with pytest.raises(tidbcloud.NotFoundError):
        client.clusters.get_log_redaction_policy(cid)


# Members of the organization.

def invite(client, *emails, role="org:member", **roles):
    made = client.members.invite(emails=list(emails), org_role={"rbacRole": role}, **roles)
    assert made["success"] is True
    return [u["userId"] for u in made["users"]]


def test_members_are_invited_pending_and_listed(client):
    seeded = list(client.members.list())
    assert [(m["email"], m["orgRole"]["rbacRole"], m["status"]) for m in seeded] == [
        ("member@tidbcloud.mock", "org:member", "Active"),
        ("owner@tidbcloud.mock", "org:owner", "Active")]
    (uid,) = invite(client, "dev@example.com", project_roles=[
        {"rbacRole": "project:dev", "scopeId": DEFAULT_PROJECT}])
    (dev,) = client.members.list(email="DEV@example.com")
    assert (dev["userId"], dev["status"]) == (uid, "Pending") and "lastLoginTime" not in dev
    assert dev["projectRoles"] == [{"rbacRole": "project:dev", "scopeId": DEFAULT_PROJECT}]
    assert [m["userId"] for m in client.members.list(statuses="Pending")] == [uid]
    assert [m["userId"] for m in client.members.list(roles=["project:dev"])] == [uid]
    assert [m["userId"] for m in client.members.list(project_id=DEFAULT_PROJECT)] == [uid]
    assert [m["email"] for m in client.members.list(order_by="email desc")] == [
        "owner@tidbcloud.mock", "member@tidbcloud.mock", "dev@example.com"]
    assert client.members.resend_invitation(uid) is None
    events = [e["eventType"] for e in client.audit_logs.list()]
    assert {"InviteMembers", "ResendInvitation"} <= set(events)


def test_roles_change_one_by_one_and_in_batches(client):
    a, b = invite(client, "a@example.com", "b@example.com")
    assert client.members.update(a, org_role={"rbacRole": "org:billing_admin"}) is None
    (got,) = client.members.list(email="a@example.com")
    assert got["orgRole"]["rbacRole"] == "org:billing_admin"
    done = client.members.batch_update(users=[
        {"userId": b, "projectRoles": [{"rbacRole": "project:readonly",
                                        "scopeId": OTHER_PROJECT}]},
        {"userId": "404", "orgRole": {"rbacRole": "org:member"}}])
    assert [(r["userId"], r["success"]) for r in done["results"]] == [(b, True), ("404", False)]
    assert done["results"][1]["error"]["code"] == "404"
    assert [m["userId"] for m in client.members.list(project_id=OTHER_PROJECT)] == [b]
    assert client.members.delete(a) is None
    assert "a@example.com" not in [m["email"] for m in client.members.list()]
    with pytest.raises(tidbcloud.NotFoundError):
        client.members.delete(a)


def test_member_rules(client):
    owner = next(m for m in client.members.list() if m["orgRole"]["rbacRole"] == "org:owner")
    active = next(m for m in client.members.list() if m["orgRole"]["rbacRole"] == "org:member")
    with pytest.raises(tidbcloud.BadRequestError, match="last owner"):
        client.members.update(owner["userId"], org_role={"rbacRole": "org:member"})
    with pytest.raises(tidbcloud.BadRequestError, match="last owner"):
        client.members.delete(owner["userId"])
    with pytest.raises(tidbcloud.BadRequestError, match="Active"):
        client.members.resend_invitation(active["userId"])
    with pytest.raises(tidbcloud.ConflictError) as e:
        invite(client, "member@tidbcloud.mock")
    assert e.value.status_code == 409 and e.value.code  # the IAM error shape
    with pytest.raises(tidbcloud.BadRequestError, match="scopeId"):
        invite(client, "x@example.com", project_roles=[
            {"rbacRole": "project:dev", "scopeId": "42"}])
    # An invited owner counts only once Active.
    invite(client, "boss@example.com", role="org:owner")
    (boss,) = client.members.list(email="boss@example.com")
    assert boss["status"] == "Pending"  # a pending owner is no owner yet
    with pytest.raises(tidbcloud.BadRequestError, match="last owner"):
        client.members.update(owner["userId"], org_role={"rbacRole": "org:member"})


def test_members_need_an_organization_owner(mock):
    for role in ("org:member", "project:owner"):
        with tidbcloud.TiDBCloud(*mock.create_api_key(role, project_id=int(
                DEFAULT_PROJECT) if role.startswith("project") else 0), base_url=mock.url) as c:
            with pytest.raises(tidbcloud.PermissionDeniedError) as e:
                list(c.members.list())
            assert isinstance(e.value.code, str)
            with pytest.raises(tidbcloud.PermissionDeniedError):
                c.members.invite(emails=["y@example.com"], org_role={"rbacRole": "org:member"})


def test_member_arguments_are_checked_before_sending(mock, client):
    before = len(mock.requests())
    bad = [
        lambda: client.members.invite(emails=[], org_role={"rbacRole": "org:member"}),
        lambda: client.members.invite(emails=["nobody"], org_role={"rbacRole": "org:member"}),
        lambda: client.members.invite(emails=["a@example.com"], org_role={"rbacRole": "root"}),
        lambda: client.members.invite(emails=["a@example.com"], org_role={"rbacRole": "org:member"},
                                      project_roles=[{"rbacRole": "project:dev"}]),
        lambda: client.members.update("1"),
        lambda: client.members.update("1", instance_roles=[{"rbacRole": "cluster:god",
                                                             "scopeId": "1"}]),
        lambda: client.members.batch_update(users=[]),
        lambda: client.members.batch_update(users=[{"orgRole": {"rbacRole": "org:member"}}]),
        lambda: client.members.list(statuses="Gone"),
        lambda: client.members.list(order_by="name"),
        lambda: client.members.delete(""),
    ]
    for call in bad:
        with pytest.raises(ValueError):
            call()
    with pytest.raises(TypeError):
        client.members.invite(emails=["a@example.com"], org_role="org:member")
    assert len(mock.requests()) == before


# The database user of a key, AWS CMEK.

def test_the_db_user_of_a_key_comes_with_a_jwt(mock, client, cid):
    got = client.sql_users.get_db_user(cid)
    assert got["dbuser"] == f"apikey_{mock.public_key.lower()}"
    assert isinstance(got["jwt"], tidbcloud.SecretStr) and got["jwt"].count(".") == 2
    assert got["jwt"] not in repr(got)
    with pytest.raises(tidbcloud.NotFoundError) as e:
        client.sql_users.get_db_user("404")
    assert isinstance(e.value.code, str)  # the IAM error shape
    with pytest.raises(ValueError, match="cluster_id"):
        client.sql_users.get_db_user("")


def test_aws_cmek_is_set_once_a_region(mock, client):
    assert client.projects.get_aws_cmek(DEFAULT_PROJECT) == {"items": []}
    key = {"region": "us-west-2", "kms_arn": "arn:aws:kms:us-west-2:123456789012:key/k1"}
    assert client.projects.create_aws_cmek(DEFAULT_PROJECT, specs=[key]) == {}
    assert client.projects.get_aws_cmek(DEFAULT_PROJECT) == {"items": [key]}
    assert client.projects.get_aws_cmek(OTHER_PROJECT) == {"items": []}
    with pytest.raises(tidbcloud.BadRequestError, match="cannot be replaced"):
        client.projects.create_aws_cmek(DEFAULT_PROJECT, specs=[key])
    with pytest.raises(tidbcloud.BadRequestError, match="region"):
        client.projects.create_aws_cmek(DEFAULT_PROJECT, specs=[{**key, "region": "mars-1"}])
    with pytest.raises(tidbcloud.BadRequestError, match="kms_arn"):
        client.projects.create_aws_cmek(OTHER_PROJECT, specs=[{**key, "kms_arn": "key-1"}])
    with pytest.raises(tidbcloud.NotFoundError):
        client.projects.get_aws_cmek("42")
    assert "CreateAwsCmek" in [e["eventType"] for e in client.audit_logs.list()]
    with tidbcloud.TiDBCloud(*mock.create_api_key("org:member"), base_url=mock.url) as member:
        with pytest.raises(tidbcloud.PermissionDeniedError):
            member.projects.create_aws_cmek(OTHER_PROJECT, specs=[key])
    before = len(mock.requests())
    for specs in ([], [{"region": "us-west-2"}], "us-west-2"):
        with pytest.raises(ValueError, match="specs"):
            client.projects.create_aws_cmek(DEFAULT_PROJECT, specs=specs)
    assert len(mock.requests()) == before
