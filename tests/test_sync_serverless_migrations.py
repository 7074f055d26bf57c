"""Migrations into Starter and Essential clusters and their prechecks, through
the blocking client, against the mock: the lifecycle, refused transitions, a
precheck that passes, warns, fails and is canceled, source checks, credentials
kept out of answers, rights, the audit trail, a cluster taking its migrations
with it, and the manual clock reaching every pending change."""

from __future__ import annotations

import base64
import copy
from typing import Any

import pytest

import tidbcloud
from tidbcloud.testing import MockServer

PASSWORDS = ("Src-Pa55-word", "Tgt-Pa55-word", "S0urce-Two")
SOURCE = {"sourceType": "MYSQL", "connProfile": {
    "connType": "PUBLIC", "host": "mysql.example.com", "port": 3306, "user": "dm",
    "password": PASSWORDS[0]}}
TARGET = {"user": "dm_writer", "password": PASSWORDS[1]}
KEY_PEM = base64.b64encode(b"-----BEGIN PRIVATE KEY-----\nsecret\n").decode()
CERT_PEM = base64.b64encode(b"-----BEGIN CERTIFICATE-----\nc\n").decode()


def source(host: str = "mysql.example.com", **more: Any) -> dict[str, Any]:
    s = copy.deepcopy(SOURCE)
    s["connProfile"]["host"] = host
    s.update(more)
    return s


def plan(*sources: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"display_name": "orders-in", "sources": list(sources) or [source()],
            "target": TARGET, "mode": "ALL", **more}


def starter(client: Any) -> str:
    c = client.serverless.clusters.create(display_name="dm-1", region_id="aws-us-east-1")
    return client.serverless.clusters.wait(c["clusterId"], poll_interval=0.05)["clusterId"]


@pytest.fixture
def paced():
    with MockServer(transition_seconds=0.3, rate_limit=None) as m, m.client() as c:
        yield c, starter(c)


def test_lifecycle_create_wait_pause_resume_delete(paced):
    c, sid = paced
    migs = c.serverless.migrations
    made = migs.create(sid, **plan(shard_mode="PESSIMISTIC"))
    mid = made["migrationId"]
    assert (made["state"], made["displayName"], made["mode"], made["targetUser"]) == (
        "CREATING", "orders-in", "ALL", "dm_writer")
    (task,) = made["subTasks"]
    assert task["source"]["connProfile"] == {"connType": "PUBLIC", "host": "mysql.example.com",
                                             "port": 3306, "user": "dm"}
    seen: list[dict] = []
    running = migs.wait(sid, mid, poll_interval=0.05, progress=seen.append)
    assert running["state"] == "RUNNING" and seen[0]["state"] == "CREATING"
    (task,) = running["subTasks"]
    assert (task["stage"], task["currentStep"]) == ("RUNNING", "SYNC")
    assert task["dumpDetail"]["progress"] == 100.0 and "errorMsg" not in task
    assert [m["migrationId"] for m in migs.list(sid)] == [mid]
    assert migs.pause(sid, mid) == {}
    assert migs.get(sid, mid)["subTasks"][0]["stage"] == "PAUSED"
    assert migs.wait(sid, mid, state="PAUSED")["state"] == "PAUSED"
    assert migs.resume(sid, mid) == {}
    assert migs.get(sid, mid)["state"] == "RUNNING"
    gone = migs.delete(sid, mid)
    assert gone["state"] == "DELETING" and gone["migrationId"] == mid
    assert migs.get(sid, mid)["state"] == "DELETING"
    assert migs.wait(sid, mid, state="DELETED", poll_interval=0.05) == {
        "migrationId": mid, "state": "DELETED"}
    with pytest.raises(tidbcloud.NotFoundError):
        migs.get(sid, mid)


def test_list_orders_and_pages(client):
    sid = starter(client)
    migs = client.serverless.migrations
    ids = [migs.create(sid, **plan(display_name=f"m{i}"))["migrationId"] for i in range(3)]
    assert [m["migrationId"] for m in migs.list(sid, page_size=2)] == ids
    assert [m["migrationId"] for m in migs.list(sid, order_by="createTime desc")] == ids[::-1]
    with pytest.raises(tidbcloud.BadRequestError, match="orderBy"):
        list(migs.list(sid, order_by="displayName"))


def test_refused_transitions(paced):
    c, sid = paced
    migs = c.serverless.migrations
    mid = migs.create(sid, **plan())["migrationId"]
    with pytest.raises(tidbcloud.BadRequestError, match="is CREATING; pause needs it RUNNING"):
        migs.pause(sid, mid)
    migs.wait(sid, mid, poll_interval=0.05)
    with pytest.raises(tidbcloud.BadRequestError, match="is RUNNING; resume needs it PAUSED"):
        migs.resume(sid, mid)
    migs.pause(sid, mid)
    with pytest.raises(tidbcloud.BadRequestError, match="is PAUSED; pause needs it RUNNING"):
        migs.pause(sid, mid)
    migs.delete(sid, mid)
    with pytest.raises(tidbcloud.BadRequestError, match="already DELETING"):
        migs.delete(sid, mid)
    with pytest.raises(tidbcloud.BadRequestError, match="is DELETING"):
        migs.resume(sid, mid)
    # A wait for a state the migration cannot reach by itself ends at once.
    other = migs.create(sid, **plan())["migrationId"]
    migs.wait(sid, other, poll_interval=0.05)
    with pytest.raises(tidbcloud.WaiterError, match="cannot become PAUSED"):
        migs.wait(sid, other, state="PAUSED", poll_interval=0.05)


def test_a_failing_source_fails_the_migration(client):
    sid = starter(client)
    migs = client.serverless.migrations
    mid = migs.create(sid, **plan(source(), source("db-fail.example.com")))["migrationId"]
    with pytest.raises(tidbcloud.WaiterError, match=r"ended FAILED.*REPLICATION") as w:
        migs.wait(sid, mid, poll_interval=0.05)
    assert w.value.last_state == "FAILED"
    ok_task, failed_task = w.value.last_response["subTasks"]
    assert failed_task["stage"] == "FAILED" and "db-fail.example.com" in failed_task["errorMsg"]
    assert ok_task["stage"] == "RUNNING" and "errorMsg" not in ok_task
    with pytest.raises(tidbcloud.BadRequestError, match="is FAILED"):
        migs.resume(sid, mid)
    assert migs.delete(sid, mid)["state"] == "DELETING"


def test_prechecks_pass_warn_and_fail(paced):
    c, sid = paced
    checks = c.serverless.migration_prechecks
    pid = checks.create(sid, **plan())["precheckId"]
    running = checks.get(sid, pid)
    assert (running["status"], running["items"], running["successCnt"]) == ("RUNNING", [], 0)
    done = checks.wait(sid, pid, poll_interval=0.05)
    assert done["status"] == "FINISHED" and done["failedCnt"] == done["warnCnt"] == 0
    assert done["successCnt"] == done["total"] == len(done["items"]) == 13
    assert "META_POSITION_CHECKING" not in {i["type"] for i in done["items"]}

    warned = checks.wait(sid, checks.create(sid, **plan(source("warn.example.com")))[
        "precheckId"], poll_interval=0.05)
    assert warned["status"] == "FINISHED" and warned["warnCnt"] == 1
    (warning,) = [i for i in warned["items"] if i["status"] == "WARNING"]
    assert warning["type"] == "PRIMARY_KEY_CHECKING" and warning["reason"]

    incremental = plan(source("fail.example.com", binlogGtid="3E11FA47-71CA:1-5"),
                       mode="INCREMENTAL")
    fid = checks.create(sid, **incremental)["precheckId"]
    with pytest.raises(tidbcloud.WaiterError,
                       match=r"ended FAILED instead of FINISHED: "
                             r"REPLICATION_PRIVILEGE_CHECKING failed") as w:
        checks.wait(sid, fid, poll_interval=0.05)
    failed = w.value.last_response
    assert w.value.last_state == "FAILED" and failed["failedCnt"] == 1
    assert failed["total"] == 12 and "META_POSITION_CHECKING" in {
        i["type"] for i in failed["items"]}
    (item,) = [i for i in failed["items"] if i["status"] == "FAILED"]
    assert item["type"] == "REPLICATION_PRIVILEGE_CHECKING"
    assert item["reason"] and item["solution"] and item["solutionDocUrl"].startswith("https://")

    assert checks.wait(sid, fid, state="FAILED")["failedCnt"] == 1

    # An ended precheck is removed; a running one is canceled.
    assert checks.delete(sid, fid) == {}
    with pytest.raises(tidbcloud.NotFoundError):
        checks.get(sid, fid)
    cid = checks.create(sid, **plan())["precheckId"]
    assert checks.delete(sid, cid) == {}
    assert checks.get(sid, cid)["status"] == "CANCELED"
    with pytest.raises(tidbcloud.WaiterError, match="CANCELED"):
        checks.wait(sid, cid, poll_interval=0.05)


@pytest.mark.sends_invalid_requests
def test_source_checks(client):
    sid = starter(client)
    migs, checks = client.serverless.migrations, client.serverless.migration_prechecks
    linked = source()
    linked["connProfile"] = {**linked["connProfile"], "connType": "PRIVATE_LINK"}
    del linked["connProfile"]["host"]
    no_password = source()
    del no_password["connProfile"]["password"]
    wildcard = source(migrationRules=[{"sourceTable": {"schemaPattern": "shop_*"},
                                       "targetTable": {"schema": "shop_*"}}])
    bad_tls = source()
    bad_tls["connProfile"]["security"] = {"sslCaContent": "not base64!"}
    cases = [
        (plan(linked), "endpointId is required for PRIVATE_LINK"),
        (plan(no_password), r"connProfile\.password is required"),
        (plan(wildcard), "not wildcards"),
        (plan(bad_tls), "sslCaContent must be base64"),
        (plan(source(binlogPosition=4)), "binlogPosition goes with a binlogName"),
        (plan(mode="INCREMENTAL"), "INCREMENTAL migration starts at binlogGtid"),
        (plan(source(extra=1)), 'unknown field "extra"'),
    ]
    for args, why in cases:
        for make in (migs.create, checks.create):
            with pytest.raises(tidbcloud.BadRequestError, match=why):
                make(sid, **args)
    assert list(migs.list(sid)) == []
    ok = plan(source(binlogName="mysql-bin.000042", binlogPosition=4,
                     migrationRules=[{"sourceTable": {"schemaPattern": "shop_*",
                                                      "tablePattern": "orders_*"},
                                      "targetTable": {"schema": "shop", "table": "orders"}}]),
              source("aws.example.com", sourceType="AWS_RDS_MYSQL"), mode="INCREMENTAL")
    ok["sources"][1]["binlogGtid"] = "3E11FA47-71CA:1-5"
    made = migs.create(sid, **ok)
    assert [t["source"]["sourceType"] for t in made["subTasks"]] == ["MYSQL", "AWS_RDS_MYSQL"]
    running = migs.get(sid, made["migrationId"])
    assert running["subTasks"][0]["syncDetail"]["checkpoint"] == "(mysql-bin.000042, 4)"
    assert "dumpDetail" not in running["subTasks"][0]


def test_credentials_are_never_echoed(client):
    sid = starter(client)
    migs, checks = client.serverless.migrations, client.serverless.migration_prechecks
    tls = source()
    tls["connProfile"]["security"] = {"sslCaContent": CERT_PEM, "sslCertContent": CERT_PEM,
                                      "sslKeyContent": KEY_PEM, "certAllowedCn": ["mysql"]}
    second = source("replica.example.com")
    second["connProfile"]["password"] = PASSWORDS[2]
    made = migs.create(sid, **plan(tls, second))
    pid = checks.create(sid, **plan(tls, second))["precheckId"]
    answers = [made, migs.get(sid, made["migrationId"]), *migs.list(sid),
               checks.get(sid, pid)]
    for answer in answers:
        text = repr(answer)
        assert not any(p in text for p in PASSWORDS) and KEY_PEM not in text
    security = made["subTasks"][0]["source"]["connProfile"]["security"]
    assert security == {"sslCaContent": CERT_PEM, "sslCertContent": CERT_PEM,
                        "certAllowedCn": ["mysql"]}
    # Nor does an error about the request repeat them.
    bad = source(binlogPosition=-1)
    with pytest.raises(tidbcloud.BadRequestError) as e:
        migs.create(sid, **plan(bad))
    assert "binlogPosition" in str(e.value)
    assert not any(p in repr(e.value.__dict__) + str(e.value) for p in PASSWORDS)


def test_bad_arguments_send_nothing(client, mock):
    migs, checks = client.serverless.migrations, client.serverless.migration_prechecks
    for make in (migs.create, checks.create):
        with pytest.raises(ValueError, match="mode"):
            make("c1", **plan(mode="FULL"))
        with pytest.raises(ValueError, match="sources"):
            make("c1", **plan(sources=[]))
        with pytest.raises(ValueError, match=r"sources\[0\]\.sourceType"):
            make("c1", **plan(source(sourceType="POSTGRES")))
        with pytest.raises(ValueError, match="connProfile"):
            make("c1", **plan({"sourceType": "MYSQL"}))
        with pytest.raises(ValueError, match="password"):
            make("c1", **plan(target={"user": "u"}))
        with pytest.raises(ValueError, match="shard_mode"):
            make("c1", **plan(shard_mode="EAGER"))
        with pytest.raises(ValueError, match="display_name"):
            make("c1", **plan(display_name=" "))
        with pytest.raises(TypeError, match="sources must be a list"):
            make("c1", **plan(sources=SOURCE))
        with pytest.raises(TypeError, match=r"sources\[0\] must be a dict"):
            make("c1", **plan(sources=["mysql://dm@host"]))
        with pytest.raises(TypeError, match="target must be a dict"):
            make("c1", **plan(target=["dm", "pw"]))
        with pytest.raises(TypeError):
            make("c1", **plan(), unknown=1)
    with pytest.raises(ValueError, match="migration_id"):
        migs.wait("c1", "")
    with pytest.raises(ValueError, match="state must be one of"):
        migs.wait("c1", "m1", state="running")
    with pytest.raises(ValueError, match="page_size"):
        migs.list("c1", page_size=0)
    with pytest.raises(ValueError, match="precheck_id"):
        checks.get("c1", " ")
    assert mock.request_count(path="/v1beta1/serverless/clusters/c1/migrations") == 0
    assert mock.request_count(path="/v1beta1/serverless/clusters/c1/migrationPrechecks") == 0


def test_rights_audit_and_the_cluster_taking_its_migrations(mock, client):
    sid = starter(client)
    migs, checks = client.serverless.migrations, client.serverless.migration_prechecks
    mid = migs.create(sid, **plan())["migrationId"]
    pid = checks.create(sid, **plan())["precheckId"]
    migs.pause(sid, mid)
    with tidbcloud.TiDBCloud(*mock.create_api_key("org:member"), base_url=mock.url) as member:
        assert member.serverless.migrations.get(sid, mid)["state"] == "PAUSED"
        assert member.serverless.migration_prechecks.get(sid, pid)["status"] == "FINISHED"
        for act in (lambda m: m.serverless.migrations.resume(sid, mid),
                    lambda m: m.serverless.migrations.delete(sid, mid),
                    lambda m: m.serverless.migrations.create(sid, **plan()),
                    lambda m: m.serverless.migration_prechecks.create(sid, **plan()),
                    lambda m: m.serverless.migration_prechecks.delete(sid, pid)):
            with pytest.raises(tidbcloud.PermissionDeniedError):
                act(member)
    other = mock.create_api_key("project:owner", project_id=1372813089189561288)
    with tidbcloud.TiDBCloud(*other, base_url=mock.url) as outsider:
        with pytest.raises(tidbcloud.NotFoundError):
            outsider.serverless.migrations.get(sid, mid)
        with pytest.raises(tidbcloud.NotFoundError):
            list(outsider.serverless.migrations.list(sid))
        with pytest.raises(tidbcloud.NotFoundError):
            outsider.serverless.migration_prechecks.get(sid, pid)
    checks.delete(sid, pid)
    migs.resume(sid, mid)
    events = [e["eventType"] for e in client.audit_logs.list()]
    assert events[:5] == ["ResumeMigration", "DeleteMigrationPrecheck", "PauseMigration",
                          "CreateMigrationPrecheck", "CreateMigration"]
    pid = checks.create(sid, **plan())["precheckId"]
    client.serverless.clusters.delete(sid)
    with pytest.raises(tidbcloud.NotFoundError):
        migs.get(sid, mid)
    with pytest.raises(tidbcloud.NotFoundError):
        checks.get(sid, pid)


def test_the_manual_clock_reaches_every_pending_change():
    with MockServer(transition_seconds=None, rate_limit=None) as m, m.client() as c:
        sid = c.serverless.clusters.create(display_name="dm-1", region_id="aws-us-east-1")[
            "clusterId"]
        m.settle()
        migs, checks = c.serverless.migrations, c.serverless.migration_prechecks
        mid = migs.create(sid, **plan())["migrationId"]
        pid = checks.create(sid, **plan())["precheckId"]
        assert migs.get(sid, mid)["state"] == "CREATING"
        assert checks.get(sid, pid)["status"] == "RUNNING"
        m.settle()
        assert migs.get(sid, mid)["state"] == "RUNNING"
        assert checks.get(sid, pid)["status"] == "FINISHED"
        migs.delete(sid, mid)
        assert migs.get(sid, mid)["state"] == "DELETING"
        m.settle()
        with pytest.raises(tidbcloud.NotFoundError):
            migs.get(sid, mid)
