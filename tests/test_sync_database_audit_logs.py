"""Database audit logging of both tiers through the blocking client, against
the mock: configuration, files that appear step by step once logging is on,
download addresses, filter rules, rights, refused inputs, and a cluster
taking its audit logging with it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import tidbcloud
from helpers import DEFAULT_PROJECT, OTHER_PROJECT, cluster_args
from tidbcloud.testing import MockServer

ROLE = "arn:aws:iam::123456789012:role/audit-writer"
BUCKET = "s3://audit-bucket/logs/"
RULE_FILTERS = [{"classes": ["QUERY_DDL"], "tables": ["app.*"]}]


@pytest.fixture
def manual() -> Iterator[MockServer]:
    """A mock whose clock moves only when told: files come when it moves."""
    with MockServer(transition_seconds=None, rate_limit=None) as m:
        yield m


def dedicated(m: MockServer, c: Any) -> str:
    cid = c.clusters.create(**cluster_args())["clusterId"]
    m.settle()
    return cid


def starter(m: MockServer, c: Any) -> str:
    sid = c.serverless.clusters.create(display_name="audited",
                                       region_id="aws-us-east-1")["clusterId"]
    m.settle()
    return sid


# --- Dedicated -----------------------------------------------------------------

def test_dedicated_config_enables_with_a_bucket_and_files_come_step_by_step(manual):
    m = manual
    with m.client() as c:
        cid = dedicated(m, c)
        logs = c.database_audit_logs
        assert logs.get_config(cid) == {
            "name": f"clusters/{cid}/auditLogConfig", "clusterId": cid, "enabled": False,
            "bucketManager": "CUSTOMER", "unredacted": False, "format": "TEXT",
            "rotationPolicy": {"maxSizeMib": 10, "maxAgeSecond": 86400}}
        with pytest.raises(tidbcloud.BadRequestError, match="bucketUri is required"):
            logs.update_config(cid, enabled=True)
        with pytest.raises(tidbcloud.BadRequestError, match="awsRoleArn is required"):
            logs.update_config(cid, enabled=True, bucket_uri=BUCKET)
        with pytest.raises(tidbcloud.BadRequestError, match="must start with s3://"):
            logs.update_config(cid, enabled=True, bucket_uri="gs://b/", aws_role_arn=ROLE)
        checked = logs.update_config(cid, enabled=True, bucket_uri=BUCKET, aws_role_arn=ROLE,
                                     validate_only=True)
        assert checked["enabled"] is True
        assert logs.get_config(cid)["enabled"] is False
        assert m.settle() == 0.0  # a check starts no logging
        on = logs.update_config(cid, enabled=True, bucket_uri=BUCKET, aws_role_arn=ROLE,
                                format="JSON", bucket_region_id="aws-us-east-1",
                                rotation_policy={"maxSizeMib": 20, "maxAgeSecond": 3600})
        assert (on["enabled"], on["format"], on["bucketUri"], on["awsRoleArn"]) == (
            True, "JSON", BUCKET, ROLE)
        assert on["rotationPolicy"] == {"maxSizeMib": 20, "maxAgeSecond": 3600}
        assert "bucketWriteCheck" not in on
        assert list(logs.query_files(cid)) == []
        m.advance(1.0)  # two steps of 0.5 s
        assert len(list(logs.query_files(cid))) == 2
        assert m.settle() == pytest.approx(1.0)
        files = list(logs.query_files(cid, page_size=3))
        assert len(files) == 4
        assert [f["filename"][-9:] for f in files] == [
            f"-{n:04}.log" for n in (1, 2, 3, 4)]
        for f in files:
            assert f["uri"] == f"{BUCKET}{cid}/{f['filename']}"
            assert f["bucket"] == "audit-bucket" and f["sizeByte"] > 100
        assert list(logs.query_files(cid, end_time="2000-01-01T00:00:00Z")) == []
        assert list(logs.query_files(cid, start_time="2999-01-01T00:00:00Z")) == []
        assert len(list(logs.query_files(cid, start_time="2000-01-01T00:00:00Z"))) == 4
        assert len(list(logs.query_files(cid, skip=3))) == 1
        address = logs.generate_download_address(cid, audit_log_file_uri=files[0]["uri"])
        url = address["downloadAddress"]
        assert files[0]["filename"] in url and "X-Amz-Expires=900" in url
        again = logs.generate_download_address(cid, audit_log_file_uri=files[0]["uri"])
        assert again["downloadAddress"] != url
        with pytest.raises(tidbcloud.NotFoundError, match="no audit log file"):
            logs.generate_download_address(cid, audit_log_file_uri=BUCKET + "nope.log")
        # The addresses are pending until they expire, 15 minutes on.
        assert m.settle() == pytest.approx(900.0)
        # Off: no more files; on again: a new run, numbered on.
        assert logs.update_config(cid, enabled=False)["enabled"] is False
        assert m.settle() == 0.0
        logs.update_config(cid, enabled=True)
        m.settle()
        numbers = [f["filename"][-8:-4] for f in logs.query_files(cid)]
        assert numbers == [f"{n:04}" for n in range(1, 9)]
        events = {e["eventType"] for e in c.audit_logs.list()}
        assert {"UpdateAuditLogConfig", "GenerateAuditLogFileDownloadAddress"} <= events


@pytest.mark.sends_invalid_requests
def test_dedicated_rotation_policy_bounds(mock, client):
    cid = client.clusters.create(**cluster_args())["clusterId"]
    logs = client.database_audit_logs
    with pytest.raises(tidbcloud.BadRequestError, match="maxSizeMib must be 1 to 100"):
        logs.update_config(cid, rotation_policy={"maxSizeMib": 101})
    with pytest.raises(tidbcloud.BadRequestError, match="maxAgeSecond must be 0 to 2592000"):
        logs.update_config(cid, rotation_policy={"maxAgeSecond": 2592001})
    with pytest.raises(tidbcloud.BadRequestError, match="unknown field"):
        logs.update_config(cid, rotation_policy={"maxFiles": 3})
    # 0 is what the service reads as its default size, 10 MiB.
    got = logs.update_config(cid, rotation_policy={"maxSizeMib": 0, "maxAgeSecond": 0})
    assert got["rotationPolicy"] == {"maxSizeMib": 10, "maxAgeSecond": 0}


def test_dedicated_bucket_of_the_service_and_a_failed_write_check(manual):
    m = manual
    with m.client() as c:
        cid = dedicated(m, c)
        logs = c.database_audit_logs
        with pytest.raises(tidbcloud.BadRequestError, match="bucketManager PINGCAP"):
            logs.update_config(cid, enabled=True, bucket_manager="PINGCAP", bucket_uri=BUCKET)
        on = logs.update_config(cid, enabled=True, bucket_manager="PINGCAP", unredacted=True)
        assert on["bucketManager"] == "PINGCAP" and "bucketUri" not in on
        m.settle()
        (first, *_) = list(logs.query_files(cid))
        assert first["bucket"] == "tidbcloud-audit-logs-aws-us-east-1"
        assert first["uri"].startswith(f"s3://tidbcloud-audit-logs-aws-us-east-1/{cid}/")
        # A bucket the role cannot write to: saved, the check failed, no files.
        bad = logs.update_config(cid, bucket_manager="CUSTOMER", aws_role_arn=ROLE,
                                 bucket_uri="s3://unwritable-bucket/")
        assert bad["bucketWriteCheck"]["writable"] is False
        assert bad["bucketWriteCheck"]["errorReason"]
        before = len(list(logs.query_files(cid)))
        m.advance(5)
        assert len(list(logs.query_files(cid))) == before
        principal = logs.show_iam_principal(cid)["iamPrincipal"]
        assert principal.startswith("arn:aws:iam::") and cid[-6:] in principal


def test_dedicated_filter_rules(mock, client):
    c = client
    cid = c.clusters.create(**cluster_args())["clusterId"]
    rules = c.database_audit_logs
    made = rules.create_filter_rule(cid, user_expr="app@%", event_types=["QUERY_DML", "CONNECT"])
    assert made == {"name": "auditLogFilterRules/app@%", "auditLogFilterRuleId": "app@%",
                    "clusterId": cid, "userExpr": "app@%", "displayName": "app@%",
                    "disabled": False, "eventTypes": ["QUERY_DML", "CONNECT"]}
    with pytest.raises(tidbcloud.ConflictError, match="already has"):
        rules.create_filter_rule(cid, user_expr="app@%")
    rules.create_filter_rule(cid, user_expr="%@%", display_name="everyone", disabled=True)
    assert [r["auditLogFilterRuleId"] for r in rules.list_filter_rules(cid, page_size=1)] == [
        "app@%", "%@%"]
    assert rules.get_filter_rule(cid, "%@%")["disabled"] is True
    replaced = rules.replace_filter_rule(cid, "app@%", display_name="writes",
                                         event_types="QUERY_DDL")["auditLogFilterRule"]
    assert (replaced["displayName"], replaced["eventTypes"]) == ("writes", ["QUERY_DDL"])
    # What a replace leaves out takes its default.
    reset = rules.replace_filter_rule(cid, "app@%")["auditLogFilterRule"]
    assert (reset["displayName"], reset["eventTypes"], reset["disabled"]) == ("app@%", [], False)
    with pytest.raises(tidbcloud.BadRequestError, match="is its id"):
        rules.replace_filter_rule(cid, "app@%", user_expr="other@%")
    with pytest.raises(tidbcloud.NotFoundError):
        rules.replace_filter_rule(cid, "nobody@%")
    with pytest.raises(tidbcloud.BadRequestError, match="userExpr"):
        rules.create_filter_rule(cid, user_expr="a b@%")
    with pytest.raises(tidbcloud.BadRequestError, match="legacy"):
        rules.create_filter_rule(cid, user_expr="old@%", extra_body={"dbExpr": "app"})
    assert rules.delete_filter_rule(cid, "app@%") == {}
    with pytest.raises(tidbcloud.NotFoundError):
        rules.get_filter_rule(cid, "app@%")
    with pytest.raises(tidbcloud.NotFoundError):
        rules.get_filter_rule("1099999999999999999", "%@%")
    events = [e["eventType"] for e in c.audit_logs.list()]
    for e in ("CreateAuditLogFilterRule", "ReplaceAuditLogFilterRule",
              "DeleteAuditLogFilterRule"):
        assert e in events


def test_dedicated_rights_by_role_and_project(mock, client):
    cid = client.clusters.create(**cluster_args())["clusterId"]
    client.database_audit_logs.create_filter_rule(cid, user_expr="app@%")
    with tidbcloud.TiDBCloud(*mock.create_api_key("project:readonly",
                                                  project_id=int(DEFAULT_PROJECT)),
                             base_url=mock.url) as viewer:
        assert viewer.database_audit_logs.get_config(cid)["enabled"] is False
        assert [r["userExpr"] for r in viewer.database_audit_logs.list_filter_rules(cid)] == [
            "app@%"]
        with pytest.raises(tidbcloud.PermissionDeniedError):
            viewer.database_audit_logs.update_config(cid, unredacted=True)
        with pytest.raises(tidbcloud.PermissionDeniedError):
            viewer.database_audit_logs.delete_filter_rule(cid, "app@%")
        with pytest.raises(tidbcloud.PermissionDeniedError, match="audit logs"):
            list(viewer.database_audit_logs.query_files(cid))
    with tidbcloud.TiDBCloud(*mock.create_api_key("org:audit_admin"),
                             base_url=mock.url) as auditor:
        assert list(auditor.database_audit_logs.query_files(cid)) == []
    other = mock.create_api_key("project:owner", project_id=int(OTHER_PROJECT))
    with tidbcloud.TiDBCloud(*other, base_url=mock.url) as outsider:
        with pytest.raises(tidbcloud.NotFoundError):
            outsider.database_audit_logs.get_config(cid)


def test_a_dedicated_cluster_takes_its_audit_logging_with_it(manual):
    m = manual
    with m.client() as c:
        cid = dedicated(m, c)
        logs = c.database_audit_logs
        logs.update_config(cid, enabled=True, bucket_manager="PINGCAP")
        logs.create_filter_rule(cid, user_expr="app@%")
        c.clusters.pause(cid)
        with pytest.raises(tidbcloud.BadRequestError, match="is PAUSING"):
            logs.update_config(cid, unredacted=True)
        m.settle()
        c.clusters.resume(cid)
        m.settle()
        uri = next(iter(logs.query_files(cid)))["uri"]
        logs.generate_download_address(cid, audit_log_file_uri=uri)
        logs.update_config(cid, unredacted=True)  # a new run, still writing
        c.clusters.delete(cid)
        m.advance(1)
        # Gone with the cluster: its run and the address, pending until then.
        assert m.settle() == 0.0
        with pytest.raises(tidbcloud.NotFoundError):
            logs.get_config(cid)


def test_dedicated_bad_arguments_are_refused_before_any_request(mock, client):
    logs = client.database_audit_logs
    cid = "1099999999999999999"
    before = mock.request_count()
    for call, error, match in [
        (lambda: logs.update_config(cid), ValueError, "needs something to change"),
        (lambda: logs.update_config(cid, format="XML"), ValueError, "format"),
        (lambda: logs.update_config(cid, bucket_manager="ME"), ValueError, "bucket_manager"),
        (lambda: logs.update_config(cid, bucket_uri=""), ValueError, "bucket_uri"),
        (lambda: logs.update_config(cid, rotation_policy=[1]), TypeError, "rotation_policy"),
        (lambda: logs.update_config(cid, enabled="yes"), TypeError, "enabled"),
        (lambda: logs.get_config(""), ValueError, "cluster_id"),
        (lambda: logs.create_filter_rule(cid, user_expr=""), ValueError, "user_expr"),
        (lambda: logs.create_filter_rule(cid, user_expr="a@%", event_types=["NOPE"]),
         ValueError, "event_types"),
        (lambda: logs.create_filter_rule(cid, user_expr="a@%", event_types=3), TypeError,
         "event_types"),
        (lambda: logs.create_filter_rule(cid), TypeError, "user_expr"),
        (lambda: logs.replace_filter_rule(cid, "", display_name="x"), ValueError,
         "filter_rule_id"),
        (lambda: logs.query_files(cid, start_time=5), TypeError, "start_time"),
        (lambda: logs.query_files(cid, start_time="yesterday"), ValueError, "start_time"),
        (lambda: logs.query_files(cid, start_time="2025-02-01T00:00:00Z",
                                  end_time="2025-01-01T00:00:00Z"), ValueError, "after"),
        (lambda: logs.query_files(cid, page_size=0), ValueError, "page_size"),
        (lambda: logs.list_filter_rules(cid, skip=-1), ValueError, "skip"),
        (lambda: logs.generate_download_address(cid, audit_log_file_uri=" "), ValueError,
         "audit_log_file_uri"),
    ]:
        with pytest.raises(error, match=match):
            call()
    assert mock.request_count() == before


# --- Starter and Essential -----------------------------------------------------

def test_starter_config_storage_files_and_download_urls(manual):
    m = manual
    with m.client() as c:
        sid = starter(m, c)
        logs = c.serverless.database_audit_logs
        assert logs.get_config(sid) == {"clusterId": sid, "enabled": False, "unredacted": False,
                                        "rotationIntervalMinutes": 60, "rotationSizeMib": 100}
        with pytest.raises(tidbcloud.BadRequestError, match="cloudStorage is required"):
            logs.update_config(sid, enabled=True)
        s3 = {"type": "S3", "s3": {"uri": "s3://starter-audit/", "authType": "ACCESS_KEY"}}
        with pytest.raises(tidbcloud.BadRequestError, match="accessKey is required"):
            logs.update_config(sid, enabled=True, cloud_storage=s3)
        with pytest.raises(tidbcloud.BadRequestError, match="does not go with type S3"):
            logs.update_config(sid, cloud_storage={
                **s3, "gcs": {"uri": "gs://x/", "authType": "SERVICE_ACCOUNT_KEY"}})
        s3["s3"]["accessKey"] = {"id": "AKIAEXAMPLE", "secret": "Very-Secret-Key"}
        on = logs.update_config(sid, enabled=True, cloud_storage=s3, rotation_size_mib=50)
        assert on["cloudStorage"]["s3"]["accessKey"] == {"id": "AKIAEXAMPLE"}
        assert (on["enabled"], on["rotationSizeMib"]) == (True, 50)
        with pytest.raises(tidbcloud.BadRequestError, match="go to S3"):
            list(logs.list_files(sid))
        assert m.settle() == 0.0  # a bucket's files are not the service's to show
        kept = logs.update_config(sid, cloud_storage={"type": "TIDB_CLOUD"})
        assert kept["cloudStorage"] == {"type": "TIDB_CLOUD"}
        assert list(logs.list_files(sid)) == []
        m.advance(0.5)
        assert len(list(logs.list_files(sid))) == 1
        m.settle()
        files = list(logs.list_files(sid, page_size=1000))
        assert len(files) == 4 and all(f["sizeBytes"] > 100 and "url" not in f for f in files)
        day = files[0]["createTime"][:10]
        assert len(list(logs.list_files(sid, date=day))) == len(
            [f for f in files if f["createTime"].startswith(day)])
        assert list(logs.list_files(sid, date="2000-01-01")) == []
        got = logs.download_files(sid, audit_log_file_names=[files[0]["name"], files[3]["name"]])
        urls = [f["url"] for f in got["auditLogFiles"]]
        assert [f["name"] for f in got["auditLogFiles"]] == [files[0]["name"], files[3]["name"]]
        assert all("X-Amz-Expires=3600" in u for u in urls) and urls[0] != urls[1]
        assert got["auditLogFiles"][0]["sizeBytes"] == files[0]["sizeBytes"]
        with pytest.raises(tidbcloud.NotFoundError, match="no audit log file"):
            logs.download_files(sid, audit_log_file_names="nope.log")
        assert m.settle() == pytest.approx(3600.0)
        events = {e["eventType"] for e in c.audit_logs.list()}
        assert "UpdateAuditLogConfig" in events


def test_starter_filter_rules(mock, client):
    c = client
    sid = c.serverless.clusters.create(display_name="rules", region_id="aws-us-east-1")[
        "clusterId"]
    rules = c.serverless.database_audit_logs
    made = rules.create_filter_rule(sid, display_name="ddl", users=["%@%"],
                                    filters=RULE_FILTERS)
    rid = made["filterRuleId"]
    assert (made["clusterId"], made["users"], made["filters"], made["disabled"]) == (
        sid, ["%@%"], RULE_FILTERS, False)
    assert made["createTime"] and "updateTime" not in made
    with pytest.raises(tidbcloud.ConflictError, match="named \"ddl\""):
        rules.create_filter_rule(sid, display_name="ddl", users="app", filters=[{}])
    other = rules.create_filter_rule(sid, display_name="all", users="app,4C3z3cdMX8iX.root",
                                     filters=[{}])["filterRuleId"]
    assert rules.get_filter_rule(sid, other)["users"] == ["app", "4C3z3cdMX8iX.root"]
    for bad, match in [
        ({"users": ["a b"]}, "users"),
        ({"filters": [{"classes": ["NOPE"]}]}, "classes"),
        ({"filters": [{"statusCodes": [2]}]}, "statusCodes"),
        ({"filters": [{"tables": ["orders"]}]}, "tables"),
        ({"filters": [{"when": "now"}]}, "unknown field"),
    ]:
        args = {"display_name": "x", "users": ["%@%"], "filters": [{}], **bad}
        with pytest.raises(tidbcloud.BadRequestError, match=match):
            rules.create_filter_rule(sid, **args)
    changed = rules.update_filter_rule(sid, rid, disabled=True, display_name="ddl-off")
    assert (changed["disabled"], changed["displayName"]) == (True, "ddl-off")
    assert changed["updateTime"] and changed["filters"] == RULE_FILTERS
    with pytest.raises(tidbcloud.ConflictError):
        rules.update_filter_rule(sid, rid, display_name="all")
    assert [r["filterRuleId"] for r in rules.list_filter_rules(sid, page_size=1)] == [rid, other]
    assert rules.delete_filter_rule(sid, rid)["displayName"] == "ddl-off"
    with pytest.raises(tidbcloud.NotFoundError):
        rules.get_filter_rule(sid, rid)
    with pytest.raises(tidbcloud.NotFoundError):
        rules.update_filter_rule(sid, rid, disabled=False)


def test_starter_rights_and_the_cluster_taking_its_audit_logging(manual):
    m = manual
    with m.client() as c:
        sid = starter(m, c)
        logs = c.serverless.database_audit_logs
        logs.update_config(sid, enabled=True, cloud_storage={"type": "TIDB_CLOUD"})
        rid = logs.create_filter_rule(sid, display_name="all", users="%@%",
                                      filters=[{}])["filterRuleId"]
        key = m.create_api_key("project:dev", project_id=int(DEFAULT_PROJECT))
        with tidbcloud.TiDBCloud(*key, base_url=m.url) as dev:
            assert dev.serverless.database_audit_logs.get_filter_rule(sid, rid)["filterRuleId"]
            with pytest.raises(tidbcloud.PermissionDeniedError):
                dev.serverless.database_audit_logs.update_config(sid, enabled=False)
            with pytest.raises(tidbcloud.PermissionDeniedError):
                list(dev.serverless.database_audit_logs.list_files(sid))
        m.settle()
        name = next(iter(logs.list_files(sid)))["name"]
        logs.download_files(sid, audit_log_file_names=[name])
        logs.update_config(sid, unredacted=True)  # a new run, still writing
        c.serverless.clusters.delete(sid)
        # Its rules, runs and URLs went with it: nothing is pending.
        assert m.settle() == 0.0
        with pytest.raises(tidbcloud.NotFoundError):
            logs.get_config(sid)


def test_starter_bad_arguments_are_refused_before_any_request(mock, client):
    logs = client.serverless.database_audit_logs
    sid = "10000000000000001"
    before = mock.request_count()
    for call, error, match in [
        (lambda: logs.update_config(sid), ValueError, "needs something to change"),
        (lambda: logs.update_config(sid, cloud_storage={"s3": {}}), ValueError, "type"),
        (lambda: logs.update_config(sid, cloud_storage="S3"), TypeError, "cloud_storage"),
        (lambda: logs.update_config(sid, rotation_size_mib=0), ValueError, "rotation_size_mib"),
        (lambda: logs.create_filter_rule(sid, display_name="x", users=[], filters=[{}]),
         ValueError, "users"),
        (lambda: logs.create_filter_rule(sid, display_name="x", users="a", filters=[]),
         ValueError, "filters"),
        (lambda: logs.create_filter_rule(sid, display_name="x", users="a", filters={}),
         TypeError, "filters"),
        (lambda: logs.create_filter_rule(sid, display_name="", users="a", filters=[{}]),
         ValueError, "display_name"),
        (lambda: logs.update_filter_rule(sid, "r1"), ValueError, "needs something to change"),
        (lambda: logs.list_files(sid, date="01/02/2025"), ValueError, "YYYY-MM-DD"),
        (lambda: logs.list_files(sid, date=20250102), TypeError, "date"),
        (lambda: logs.list_files(sid, page_size=1001), ValueError, "page_size"),
        (lambda: logs.download_files(sid, audit_log_file_names=[]), ValueError, "1 to 100"),
        (lambda: logs.download_files(sid, audit_log_file_names=[f"f{i}" for i in range(101)]),
         ValueError, "1 to 100"),
    ]:
        with pytest.raises(error, match=match):
            call()
    assert mock.request_count() == before


def test_a_date_object_is_the_day_it_names(mock, client):
    import datetime as dt

    sid = client.serverless.clusters.create(display_name="days",
                                            region_id="aws-us-east-1")["clusterId"]
    logs = client.serverless.database_audit_logs
    logs.update_config(sid, enabled=True, cloud_storage={"type": "TIDB_CLOUD"})
    files = list(logs.list_files(sid))
    assert len(files) == 4  # no pacing: a run's files come at once
    day = dt.date.fromisoformat(files[0]["createTime"][:10])
    assert list(logs.list_files(sid, date=day)) == list(logs.list_files(sid, date=str(day)))
    assert list(logs.list_files(sid, date=day - dt.timedelta(days=1))) == []
