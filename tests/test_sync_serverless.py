"""Starter and Essential clusters (`client.serverless`) against the mock:
clusters, branches, exports, imports, backups and regions."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys

import pytest

import tidbcloud
from tidbcloud.testing import MockServer

S3_KEYS = {"uri": "s3://exports/2025/", "authType": "ACCESS_KEY",
           "accessKey": {"id": "AKIAEXAMPLE", "secret": "very-secret-key-1"}}


def starter(client, name="analytics-dev", **over):
    c = client.serverless.clusters.create(display_name=name, region_id="aws-us-east-1", **over)
    return client.serverless.clusters.wait(c["clusterId"], progress=False)


def test_endpoints_default_and_below_base_url(mock, monkeypatch):
    monkeypatch.delenv("TIDBCLOUD_BASE_URL", raising=False)
    monkeypatch.delenv("TIDBCLOUD_SERVERLESS_ENDPOINT", raising=False)
    with tidbcloud.TiDBCloud("pk", "sk") as c:
        assert c.serverless_url == "https://serverless.tidbapi.com/v1beta1"
    with mock.client() as c:
        assert c.serverless_url == mock.serverless_url == mock.url + "/serverless"
    monkeypatch.setenv("TIDBCLOUD_SERVERLESS_ENDPOINT", "http://starter.example/v1beta1")
    with tidbcloud.TiDBCloud("pk", "sk") as c:
        assert c.serverless_url == "http://starter.example/v1beta1"
        assert "serverless_url=" in repr(c)


def test_starter_cluster_created_and_waited_for(client, mock):
    c = client.serverless.clusters.create(display_name="analytics-dev", region_id="aws-us-east-1",
                                          spending_limit={"monthly": 1000},
                                          root_password="Str0ng-pass")
    assert c["state"] == "CREATING" or c["state"] == "ACTIVE"
    c = client.serverless.clusters.wait(c["clusterId"], progress=False)
    assert c["state"] == "ACTIVE" and c["servicePlan"] == "Starter"
    assert c["region"]["name"] == "regions/aws-us-east-1" and c["region"]["cloudProvider"] == "aws"
    assert c["spendingLimit"] == {"monthly": 1000}
    assert c["annotations"]["tidb.cloud/has-set-password"] == "true"
    assert c["endpoints"]["public"]["host"].endswith(".tidbcloud.com")
    assert "rootPassword" not in c
    assert mock.request_count("POST", "/v1beta1/serverless/clusters", authenticated=True) == 1
    # The Dedicated list does not see it: another server.
    assert list(client.clusters.list()) == []
    basic = client.serverless.clusters.get(c["clusterId"], view="BASIC")
    assert basic["state"] == "ACTIVE" and "endpoints" not in basic


@pytest.mark.sends_invalid_requests
def test_essential_cluster_scales_within_its_rcus(client):
    c = client.serverless.clusters.create(display_name="orders-1", region_id="aws-us-west-2",
                                          auto_scaling={"minRcu": 2000, "maxRcu": 8000})
    assert c["servicePlan"] == "Essential" and c["autoScaling"]["maxRcu"] == 8000
    with pytest.raises(tidbcloud.BadRequestError, match="minRcu"):
        client.serverless.clusters.create(display_name="orders-2", region_id="aws-us-west-2",
                                          auto_scaling={"minRcu": 1000, "maxRcu": 8000})
    with pytest.raises(tidbcloud.BadRequestError, match="spendingLimit is for Starter"):
        client.serverless.clusters.create(display_name="orders-3", region_id="aws-us-west-2",
                                          auto_scaling={"minRcu": 2000, "maxRcu": 8000},
                                          spending_limit={"monthly": 100})
    with pytest.raises(tidbcloud.BadRequestError, match="does not offer Essential"):
        client.serverless.clusters.create(display_name="orders-4",
                                          region_id="alicloud-ap-southeast-1",
                                          auto_scaling={"minRcu": 2000, "maxRcu": 8000})


def test_bad_arguments_raise_before_any_request(client, mock):
    mock.reset_requests()
    with pytest.raises(ValueError, match="display_name"):
        client.serverless.clusters.create(display_name="x", region_id="aws-us-east-1")
    with pytest.raises(ValueError, match="8 to 64") as e:
        client.serverless.clusters.create(display_name="good-name", region_id="aws-us-east-1",
                                          root_password="short")
    assert "short" not in str(e.value)
    with pytest.raises(ValueError, match="at least one field"):
        client.serverless.clusters.update("123")
    with pytest.raises(ValueError, match="backup_id"):
        client.serverless.clusters.restore()
    with pytest.raises(ValueError, match="backup_id"):
        client.serverless.clusters.restore(backup_id="1", cluster_id="2",
                                           backup_time="2025-01-01T00:00:00Z")
    with pytest.raises(ValueError, match="view"):
        client.serverless.clusters.get("123", view="ALL")
    with pytest.raises(TypeError):
        client.serverless.clusters.create(display_name="good-name", region_id="aws-us-east-1",
                                          spending_limit=1000)
    with pytest.raises(ValueError, match="fileType"):
        client.serverless.imports.create("1", import_options={}, source={"type": "S3"})
    with pytest.raises(ValueError, match="quotes"):
        list(client.serverless.clusters.list(display_name='a"b'))
    assert mock.request_count() == 0


def test_a_server_error_never_shows_the_password(client):
    with pytest.raises(tidbcloud.BadRequestError) as e:
        client.serverless.clusters.create(display_name="good-name", region_id="aws-mars-1",
                                          root_password="Hunter2-hunter2")
    assert "regions/aws-mars-1" in str(e.value)
    assert "Hunter2" not in str(e.value) and "Hunter2" not in repr(e.value)


def test_list_filters_become_the_service_expression(client, mock):
    a = starter(client, "alpha-one", labels={"env": "prod"})
    b = starter(client, "beta-two")
    c = client.serverless.clusters.create(display_name="gamma-three", region_id="aws-us-west-2",
                                          auto_scaling={"minRcu": 2000, "maxRcu": 4000})
    names = lambda **f: sorted(x["displayName"] for x in client.serverless.clusters.list(**f))  # noqa: E731
    assert names() == ["alpha-one", "beta-two", "gamma-three"]
    assert names(labels={"env": "prod"}) == ["alpha-one"]
    assert names(region_id="aws-us-west-2") == ["gamma-three"]
    assert names(cloud_provider="alicloud") == []
    assert names(cluster_ids=[a["clusterId"], b["clusterId"]]) == ["alpha-one", "beta-two"]
    assert names(display_name="beta-two", state="ACTIVE") == ["beta-two"]
    assert names(filter='displayName="gamma-three"') == ["gamma-three"]
    assert names(project_id="1372813089189561287") == ["alpha-one", "beta-two", "gamma-three"]
    query = mock.requests()[-1]["query"]
    assert "filter=projectId%3D1372813089189561287" in query
    pages = list(client.serverless.clusters.list(page_size=1).pages())
    assert len(pages) == 3 and pages[0]["totalSize"] == 3
    assert [x["clusterId"] for x in client.serverless.clusters.list(skip=2)] == [c["clusterId"]]
    with pytest.raises(tidbcloud.BadRequestError, match="unknown field"):
        list(client.serverless.clusters.list(filter='color="red"'))


def test_update_sends_a_mask_of_what_is_given(client):
    m = MockServer(transition_seconds=0, rate_limit=None, record_bodies=True).start()
    try:
        with m.client() as c:
            cid = starter(c)["clusterId"]
            out = c.serverless.clusters.update(cid, display_name="renamed-1",
                                               spending_limit={"monthly": 500})
            assert out["displayName"] == "renamed-1" and out["spendingLimit"] == {"monthly": 500}
            sent = json.loads(m.requests()[-1]["request_body"])
            assert sent["updateMask"] == "displayName,spendingLimit"
            out = c.serverless.clusters.update(cid, spending_limit={"monthly": 900},
                                               update_mask="spendingLimit.monthly")
            assert out["spendingLimit"]["monthly"] == 900
            out = c.serverless.clusters.update(
                cid, endpoints={"public": {"disabled": True, "authorizedNetworks": [
                    {"startIpAddress": "203.0.113.1", "endIpAddress": "203.0.113.9",
                     "displayName": "office"}]}})
            assert out["endpoints"]["public"]["disabled"] is True
            assert out["endpoints"]["public"]["host"]  # the service's own, kept
            with pytest.raises(tidbcloud.BadRequestError, match="for Essential"):
                c.serverless.clusters.update(cid, auto_scaling={"minRcu": 2000, "maxRcu": 3000})
            with pytest.raises(tidbcloud.BadRequestError, match="cannot be updated"):
                c.serverless.clusters.update(cid, labels={"a": "b"}, update_mask="version")
    finally:
        m.stop()


def test_root_password_reset(client):
    cid = starter(client)["clusterId"]
    assert client.serverless.clusters.get(cid)["annotations"][
        "tidb.cloud/has-set-password"] == "false"
    # The service's own call for it answers nothing.
    assert client.serverless.clusters.reset_root_password(cid, root_password="n3w-Passw0rd") == {}
    assert client.serverless.clusters.get(cid)["annotations"][
        "tidb.cloud/has-set-password"] == "true"
    with pytest.raises(ValueError, match="8 to 64") as e:
        client.serverless.clusters.reset_root_password(cid, root_password="tiny")
    assert "tiny" not in str(e.value)


def test_branch_from_cluster_reset_and_deleted_with_its_parent():
    with MockServer(transition_seconds=0.3, rate_limit=None) as m, m.client() as c:
        cid = c.serverless.clusters.create(display_name="with-branches",
                                           region_id="aws-us-east-1")["clusterId"]
        with pytest.raises(tidbcloud.BadRequestError, match="CREATING"):
            c.serverless.branches.create(cid, display_name="too-early")
        c.serverless.clusters.wait(cid, progress=False, poll_interval=0.05)
        br = c.serverless.branches.create(cid, display_name="dev")
        assert br["state"] == "CREATING" and br["parentId"] == cid
        assert br["parentDisplayName"] == "with-branches"
        br = c.serverless.branches.wait(cid, br["branchId"], progress=False, poll_interval=0.05)
        assert br["state"] == "ACTIVE"
        child = c.serverless.branches.create(cid, display_name="feature", parent_id=br["branchId"])
        assert child["parentId"] == br["branchId"]
        with pytest.raises(tidbcloud.BadRequestError, match="parentTimestamp"):
            c.serverless.branches.create(
                cid, display_name="future",
                parent_timestamp=datetime.datetime.now(datetime.timezone.utc)
                + datetime.timedelta(days=1))
        reset = c.serverless.branches.reset(cid, br["branchId"])
        assert reset["state"] == "RESTORING"
        with pytest.raises(tidbcloud.BadRequestError, match="RESTORING"):
            c.serverless.branches.reset(cid, br["branchId"])
        done = c.serverless.branches.wait(cid, br["branchId"], progress=False, poll_interval=0.05)
        assert done["state"] == "ACTIVE"
        assert len(list(c.serverless.branches.list(cid))) == 2
        gone = c.serverless.branches.delete(cid, child["branchId"])
        assert gone["state"] == "DELETED"
        assert c.serverless.branches.wait(cid, child["branchId"], state="DELETED",
                                          progress=False)["state"] == "DELETED"
        assert c.serverless.clusters.delete(cid)["state"] == "DELETED"
        with pytest.raises(tidbcloud.NotFoundError):
            c.serverless.branches.get(cid, br["branchId"])
        with pytest.raises(tidbcloud.NotFoundError):
            c.serverless.clusters.get(cid)


@pytest.mark.sends_invalid_requests
def test_exports_local_s3_failed_and_canceled():
    with MockServer(transition_seconds=0.2, rate_limit=None) as m, m.client() as c:
        cid = c.serverless.clusters.create(display_name="exporting",
                                           region_id="aws-us-east-1")["clusterId"]
        c.serverless.clusters.wait(cid, progress=False, poll_interval=0.05)
        local = c.serverless.exports.create(cid)
        assert local["state"] == "RUNNING" and local["target"] == {"type": "LOCAL"}
        assert local["displayName"].startswith("SNAPSHOT_")
        done = c.serverless.exports.wait(cid, local["exportId"], progress=False, poll_interval=0.05)
        assert done["state"] == "SUCCEEDED" and "expireTime" in done
        s3 = c.serverless.exports.create(cid, display_name="to-s3",
                                         export_options={"fileType": "PARQUET"},
                                         target={"type": "S3", "s3": S3_KEYS})
        assert "secret" not in json.dumps(s3) and s3["target"]["s3"]["accessKey"]["id"]
        canceled = c.serverless.exports.cancel(cid, s3["exportId"])
        assert canceled["state"] == "CANCELED"
        with pytest.raises(tidbcloud.WaiterError, match="CANCELED"):
            c.serverless.exports.wait(cid, s3["exportId"], progress=False)
        with pytest.raises(tidbcloud.BadRequestError, match="CANCELED"):
            c.serverless.exports.cancel(cid, s3["exportId"])
        bad = c.serverless.exports.create(
            cid, target={"type": "S3", "s3": dict(S3_KEYS, uri="s3://fail-bucket/")})
        with pytest.raises(tidbcloud.WaiterError, match="access denied"):
            c.serverless.exports.wait(cid, bad["exportId"], progress=False, poll_interval=0.05)
        with pytest.raises(tidbcloud.BadRequestError, match="roleArn"):
            c.serverless.exports.create(cid, target={"type": "S3", "s3": {
                "uri": "s3://b/", "authType": "ROLE_ARN"}})
        with pytest.raises(tidbcloud.BadRequestError, match="fileType"):
            c.serverless.exports.create(cid, export_options={"fileType": "XLS"})
        newest = [e["exportId"] for e in c.serverless.exports.list(cid, order_by="createTime desc")]
        assert newest == [bad["exportId"], s3["exportId"], local["exportId"]]
        assert c.serverless.exports.delete(cid, local["exportId"])["state"] == "DELETED"
        with pytest.raises(tidbcloud.NotFoundError):
            c.serverless.exports.get(cid, local["exportId"])


@pytest.mark.sends_invalid_requests
def test_imports_complete_and_never_echo_credentials(client):
    cid = starter(client)["clusterId"]
    imp = client.serverless.imports.create(
        cid, import_options={"fileType": "CSV", "csvFormat": {"separator": ";"}},
        source={"type": "S3_COMPATIBLE", "s3Compatible": {
            "uri": "s3://bucket/data/", "authType": "ACCESS_KEY", "endpoint": "https://r2.example",
            "accessKey": {"id": "AK", "secret": "s3-compat-secret"}}})
    assert "s3-compat-secret" not in json.dumps(imp)
    done = client.serverless.imports.wait(cid, imp["importId"], progress=False)
    assert done["state"] == "COMPLETED" and done["completePercent"] == 100
    assert [i["importId"] for i in client.serverless.imports.list(cid)] == [imp["importId"]]
    with pytest.raises(tidbcloud.BadRequestError, match="COMPLETED"):
        client.serverless.imports.cancel(cid, imp["importId"])
    with pytest.raises(tidbcloud.BadRequestError, match=r"source\.type"):
        client.serverless.imports.create(cid, import_options={"fileType": "CSV"},
                                         source={"type": "FTP"})


def test_import_canceled_while_running():
    with MockServer(transition_seconds=0.5, rate_limit=None) as m, m.client() as c:
        cid = c.serverless.clusters.create(display_name="importing",
                                           region_id="aws-us-east-1")["clusterId"]
        c.serverless.clusters.wait(cid, progress=False, poll_interval=0.05)
        imp = c.serverless.imports.create(cid, import_options={"fileType": "PARQUET"}, source={
            "type": "GCS", "gcs": {"uri": "gs://b/p/", "authType": "SERVICE_ACCOUNT_KEY",
                                   "serviceAccountKey": "eyJrZXkiOiJ2YWx1ZSJ9"}})
        assert c.serverless.imports.cancel(cid, imp["importId"]) == {}
        with pytest.raises(tidbcloud.WaiterError, match="CANCELED"):
            c.serverless.imports.wait(cid, imp["importId"], progress=False, poll_interval=0.05)


def test_backups_and_restores():
    with MockServer(transition_seconds=0.2, rate_limit=None) as m, m.client() as c:
        cid = c.serverless.clusters.create(display_name="backed-up",
                                           region_id="aws-us-east-1")["clusterId"]
        assert list(c.serverless.backups.list(cid)) == []  # not ACTIVE yet
        c.serverless.clusters.wait(cid, progress=False, poll_interval=0.05)
        (bk,) = list(c.serverless.backups.list(cid))
        assert c.serverless.backups.get(bk["backupId"])["clusterId"] == cid
        assert c.serverless.clusters.restore(backup_id=bk["backupId"]) == {"clusterId": cid}
        assert c.serverless.clusters.get(cid)["state"] == "RESTORING"
        with pytest.raises(tidbcloud.BadRequestError, match="RESTORING"):
            c.serverless.clusters.restore(backup_id=bk["backupId"])
        c.serverless.clusters.wait(cid, progress=False, poll_interval=0.05)
        with pytest.raises(tidbcloud.BadRequestError, match="backupTime"):
            c.serverless.clusters.restore(cluster_id=cid, backup_time="2020-01-01T00:00:00Z")
        out = c.serverless.clusters.restore(
            cluster_id=cid, backup_time=datetime.datetime.now(datetime.timezone.utc))
        assert out == {"clusterId": cid}
        assert c.serverless.backups.delete(bk["backupId"])["backupId"] == bk["backupId"]
        with pytest.raises(tidbcloud.NotFoundError):
            c.serverless.backups.get(bk["backupId"])
        with pytest.raises(tidbcloud.NotFoundError):
            list(c.serverless.backups.list("999"))


def test_regions_name_their_plans(client):
    regions = {r["regionId"]: r for r in client.serverless.regions.list()}
    assert regions["aws-us-east-1"]["name"] == "regions/aws-us-east-1"
    assert regions["aws-us-east-1"]["servicePlans"] == ["Starter", "Essential"]
    assert regions["alicloud-ap-southeast-1"]["cloudProvider"] == "alicloud"


def test_every_change_is_audited(client):
    cid = starter(client)["clusterId"]
    client.serverless.branches.create(cid, display_name="b1")
    client.serverless.clusters.delete(cid)
    events = [e["eventType"] for e in client.audit_logs.list()]
    for e in ("CreateServerlessCluster", "CreateBranch", "DeleteServerlessCluster"):
        assert e in events


def test_retries_and_rate_limits_as_for_dedicated(mock, client):
    mock.inject_fault("/v1beta1/serverless/regions", status=503, times=2)
    assert len(list(client.serverless.regions.list())) == 6
    assert mock.faults_injected == 2
    # A create is never sent twice: a lost answer to it is an error, not a retry.
    mock.inject_fault("/v1beta1/serverless/clusters", method="POST", drop="after_headers")
    with pytest.raises(tidbcloud.APIConnectionError):
        client.serverless.clusters.create(display_name="once-only", region_id="aws-us-east-1")
    assert mock.request_count("POST", "/v1beta1/serverless/clusters", authenticated=True) == 1
    assert [c["displayName"] for c in client.serverless.clusters.list()] == ["once-only"]


def test_a_project_key_sees_its_project_only(mock, client):
    starter(client, "org-wide")
    pub, priv = mock.create_api_key("project:owner", project_id=1372813089189561288)
    with mock.client(public_key=pub, private_key=priv) as pc:
        assert list(pc.serverless.clusters.list()) == []
        mine = pc.serverless.clusters.create(display_name="project-one", region_id="aws-us-east-1")
        assert mine["labels"]["tidb.cloud/project"] == "1372813089189561288"
    assert len(list(client.serverless.clusters.list())) == 2


def test_the_command_reaches_serverless(mock):
    env_cmd = [sys.executable, "-m", "tidbcloud", "--public-key", mock.public_key,
               "--private-key", mock.private_key, "--base-url", mock.url]
    made = subprocess.run([*env_cmd, "serverless-clusters", "create", "--display-name",
                           "from-cli", "--region-id", "aws-us-east-1"],
                          capture_output=True, text=True, timeout=60)
    assert made.returncode == 0, made.stderr
    listed = subprocess.run([*env_cmd, "serverless-clusters", "list"],
                            capture_output=True, text=True, timeout=60)
    assert [c["displayName"] for c in json.loads(listed.stdout)] == ["from-cli"]
