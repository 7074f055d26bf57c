"""Every operation of the client, run as a `tidbcloud` command against the
mock, in an order that gives each one something to act on. A new operation
fails the coverage check at the end until it is run here too."""

from __future__ import annotations

import json
from typing import Any

import pytest

from helpers import DEFAULT_PROJECT, put_parts, utc_month
from tidbcloud import _core, cli
from tidbcloud.testing import MockServer

CLUSTER = {"displayName": "every-op", "regionId": "aws-us-east-1",
           "tidbNodeSetting": {"nodeSpecKey": "8C16G", "tidbNodeGroups": [{"nodeCount": 1}]},
           "tikvNodeSetting": {"nodeSpecKey": "8C32G", "nodeCount": 3, "storageSizeGi": 500}}
IMPORT = {"importOptions": {"fileType": "CSV"},
          "source": {"type": "S3", "s3": {"uri": "s3://sales/2025/", "authType": "ROLE_ARN",
                                          "roleArn": "arn:aws:iam::123456789012:role/import"}}}
RESTORE = {"root_password": "Restore-Passw0rd", "port": 4000,
           "components": {"tidb": {"node_size": "8C16G", "node_quantity": 1},
                          "tikv": {"node_size": "8C32G", "storage_size_gib": 500,
                                   "node_quantity": 3}}}
SOURCE = {"type": "S3", "s3": {"uri": "s3://starter/in/", "authType": "ROLE_ARN",
                               "roleArn": "arn:aws:iam::123456789012:role/import"}}
FAST = ("--poll-interval", "0.05")


@pytest.fixture
def run(monkeypatch, capsys):
    done: set[tuple[str, str]] = set()
    # A manual clock: a cancel always finds its job still running however slow
    # the machine is, and each wait first moves the clock to the end.
    with MockServer(transition_seconds=None, rate_limit=None) as m:
        monkeypatch.setenv("TIDBCLOUD_BASE_URL", m.url)
        monkeypatch.setenv("TIDBCLOUD_PUBLIC_KEY", m.public_key)
        monkeypatch.setenv("TIDBCLOUD_PRIVATE_KEY", m.private_key)

        def call(resource: str, command: str, *args: Any) -> Any:
            if command == "wait":
                m.settle()
            argv = [resource, command, *(a if isinstance(a, str) else json.dumps(a)
                                         for a in args), "--output", "json"]
            status = cli.main(argv)
            out = capsys.readouterr()
            assert status == 0, (argv, out.err)
            parsed = cli.build_parser().parse_args(argv)
            done.add((parsed.attr, parsed.method))
            return json.loads(out.out)

        yield call, done


def test_every_operation_runs_as_a_command(run, tmp_path):
    call, done = run
    # Regions and quotas.
    regions = call("regions", "list", "--cloud-provider", "aws")
    assert regions and {r["cloudProvider"] for r in regions} == {"aws"}
    assert call("regions", "get", "aws-us-east-1")["regionId"] == "aws-us-east-1"
    specs = call("regions", "list-node-specs", "aws-us-east-1", "--component-type", "TIKV")
    assert specs and {s["componentType"] for s in specs} == {"TIKV"}
    assert {"aws", "gcp", "azure"} <= set(call("regions", "show-cloud-providers")[
        "cloudProviders"])
    spec = call("regions", "get-node-spec", "aws-us-east-1", "TIKV", "8C32G")
    assert (spec["nodeSpecKey"], spec["componentType"], spec["vCpu"]) == ("8C32G", "TIKV", 8)
    assert {q["componentType"] for q in call("clusters", "show-node-quota")[
        "componentQuotas"]} >= {"TIDB", "TIKV"}
    # Projects.
    assert DEFAULT_PROJECT in [p["id"] for p in call("projects", "list")]
    project = call("projects", "create", "--name", "every-op")["id"]
    assert project in [p["id"] for p in call("projects", "list")]
    # A Dedicated cluster.
    cluster_file = tmp_path / "cluster.json"
    cluster_file.write_text(json.dumps(CLUSTER))
    made = call("clusters", "create", "--from-file", str(cluster_file))
    cid = made["clusterId"]
    assert (made["displayName"], made["state"]) == ("every-op", "CREATING")
    assert call("clusters", "wait", cid, *FAST)["state"] == "ACTIVE"
    assert call("clusters", "get", cid)["state"] == "ACTIVE"
    assert [c["clusterId"] for c in call("clusters", "list")] == [cid]
    assert call("clusters", "update", cid, "--display-name", "every-op-2")[
        "displayName"] == "every-op-2"
    assert call("clusters", "wait", cid, *FAST)["displayName"] == "every-op-2"
    assert call("clusters", "reset-root-password", cid, "--root-password", "N3w-Passw0rd") == {}
    # TiDB node groups and private endpoints.
    group = call("tidb-node-groups", "create", cid, "--display-name", "extra", "--node-count", "1")
    gid = group["tidbNodeGroupId"]
    assert (group["displayName"], group["nodeCount"]) == ("extra", 1)
    assert call("tidb-node-groups", "wait", cid, gid, *FAST)["state"] == "ACTIVE"
    assert len(call("tidb-node-groups", "list", cid)) == 2
    assert call("tidb-node-groups", "get", cid, gid)["tidbNodeGroupId"] == gid
    assert call("tidb-node-groups", "update", cid, gid, "--node-count", "2")["nodeCount"] == 2
    assert call("tidb-node-groups", "wait", cid, gid, *FAST)["nodeCount"] == 2
    assert "enabled" in call("tidb-node-groups", "get-public-endpoint-setting", cid, gid)
    assert call("tidb-node-groups", "update-public-endpoint-setting", cid, gid, "--enabled",
                "true")["enabled"] is True
    assert call("tidb-node-groups", "get-private-link-service", cid, gid)[
        "tidbNodeGroupId"] == gid
    endpoint = call("private-endpoints", "create", cid, gid, "--endpoint-id",
                    "vpce-0a1b2c3d4e5f6a7b8")
    eid = endpoint["privateEndpointConnectionId"]
    assert endpoint["endpointId"] == "vpce-0a1b2c3d4e5f6a7b8"
    assert call("private-endpoints", "wait", cid, gid, eid, *FAST)[
        "privateEndpointConnectionId"] == eid
    assert [e["privateEndpointConnectionId"]
            for e in call("private-endpoints", "list", cid, gid)] == [eid]
    assert call("private-endpoints", "get", cid, gid, eid)["endpointId"] == (
        "vpce-0a1b2c3d4e5f6a7b8")
    assert call("private-endpoints", "delete", cid, gid, eid) == {}
    assert call("tidb-node-groups", "delete", cid, gid) == {}
    # Node instances and the log redaction policy.
    nodes = call("node-instances", "list", cid, "--component-type", "TIKV")
    assert [n["instanceId"] for n in nodes] == ["tikv-0", "tikv-1", "tikv-2"]
    assert call("node-instances", "get", cid, "pd-0")["componentType"] == "PD"
    assert call("clusters", "get-log-redaction-policy", cid)["redactLog"] is True
    assert call("clusters", "update-log-redaction-policy", cid, "--redact-log", "false")[
        "redactLog"] is False
    # The database user of the key, AWS CMEK.
    assert call("sql-users", "get-db-user", cid)["dbuser"].startswith("apikey_")
    assert call("projects", "get-aws-cmek", DEFAULT_PROJECT) == {"items": []}
    cmek = [{"region": "us-west-2", "kms_arn": "arn:aws:kms:us-west-2:1:key/k"}]
    assert call("projects", "create-aws-cmek", DEFAULT_PROJECT, "--specs", cmek) == {}
    assert call("projects", "get-aws-cmek", DEFAULT_PROJECT) == {"items": cmek}
    # Imports and integrations.
    first = call("imports", "create", cid, "--creation-details", IMPORT)["importId"]
    assert call("imports", "cancel", cid, first) == {}
    second = call("imports", "create", cid, "--creation-details", IMPORT)["importId"]
    assert call("imports", "wait", cid, second, *FAST)["state"] == "COMPLETED"
    assert {i["importId"] for i in call("imports", "list", cid)} == {first, second}
    assert call("imports", "get", cid, first)["state"] in ("CANCELING", "CANCELED")
    integration = call("integrations", "create", cid, "--type", "PROMETHEUS")
    iid = integration["id"]
    assert integration["type"] == "PROMETHEUS"
    assert [i["id"] for i in call("integrations", "list", cid)] == [iid]
    assert call("integrations", "delete", cid, iid) == {}
    # SQL users.
    user = call("sql-users", "create", cid, "--user-name", "analyst", "--password",
                "Analyst-Passw0rd", "--builtin-role", "role_readonly")
    assert user["builtinRole"] == "role_readonly" and "password" not in user
    assert "analyst" in [u["userName"] for u in call("sql-users", "list", cid)]
    assert call("sql-users", "get", cid, "analyst")["userName"] == user["userName"]
    assert call("sql-users", "update", cid, "analyst", "--builtin-role", "role_readwrite")[
        "builtinRole"] == "role_readwrite"
    assert "message" in call("sql-users", "delete", cid, "analyst")
    # Backups and restores (the older API).
    bid = call("backups", "create", DEFAULT_PROJECT, cid, "--name", "nightly")["id"]
    assert call("backups", "wait", DEFAULT_PROJECT, cid, bid, *FAST)["status"] == "SUCCESS"
    assert bid in [b["id"] for b in call("backups", "list", DEFAULT_PROJECT, cid)]
    assert call("backups", "get", DEFAULT_PROJECT, cid, bid)["name"] == "nightly"
    restore = call("restores", "create", DEFAULT_PROJECT, "--backup-id", bid, "--name",
                   "restored-1", "--config", RESTORE)
    rid = restore["id"]
    assert restore["cluster_id"]
    assert call("restores", "wait", DEFAULT_PROJECT, rid, *FAST)["id"] == rid
    assert rid in [r["id"] for r in call("restores", "list", DEFAULT_PROJECT)]
    assert call("restores", "get", DEFAULT_PROJECT, rid)["backup_id"] == bid
    assert call("backups", "delete", DEFAULT_PROJECT, cid, bid) == {}
    # Networking.
    container = call("network-containers", "create", "--region-id", "aws-us-west-2")
    nid = container["networkContainerId"]
    assert container["regionId"] == "aws-us-west-2"
    assert [n["networkContainerId"] for n in call("network-containers", "list")] == [nid]
    assert call("network-containers", "get", nid)["networkContainerId"] == nid
    pid = call("vpc-peerings", "create", "--tidb-cloud-region-id", "aws-us-west-2",
               "--customer-region-id", "aws-us-east-1", "--customer-account-id", "123456789012",
               "--customer-vpc-id", "vpc-0a1b2c3d", "--customer-vpc-cidr",
               "10.0.0.0/16")["vpcPeeringId"]
    assert call("vpc-peerings", "wait", pid, *FAST)["vpcPeeringId"] == pid
    assert [p["vpcPeeringId"] for p in call("vpc-peerings", "list")] == [pid]
    assert call("vpc-peerings", "get", pid)["customerVpcId"] == "vpc-0a1b2c3d"
    call("vpc-peerings", "delete", pid)
    assert call("vpc-peerings", "wait", pid, "--state", "DELETED", *FAST)["vpcPeeringId"] == pid
    assert call("network-containers", "delete", nid) == {}
    # API keys, audit logs, billing.
    made_key = call("api-keys", "create", "--display-name", "ci", "--role", "org:member")
    key = made_key["accessKey"]
    assert made_key["secretKey"] and made_key["role"] == "org:member"
    assert key in [k["accessKey"] for k in call("api-keys", "list")]
    got_key = call("api-keys", "get", key)
    assert got_key["displayName"] == "ci" and "secretKey" not in got_key
    assert call("api-keys", "update", key, "--display-name", "ci-2") is None
    assert call("api-keys", "delete", key) is None
    events = [e["eventType"] for e in call("audit-logs", "list")]
    assert {"CreateApiKey", "DeleteApiKey", "CreateCluster"} <= set(events)
    month = utc_month()
    assert call("billing", "bill", month)["overview"]["billedMonth"] == month
    assert call("billing", "bill-details", month)["details"]
    costs = call("billing", "costs", "--groups", {"groupBy": ["cluster"],
                                                  "timeGranularity": "total"})
    assert costs["elements"] and costs["totalCost"] != "0.00"
    args = call("billing", "get-cost-explorer-args")
    assert cid in [c["id"] for c in args["clusters"]]
    assert {"name": "aws", "regions": ["aws-us-east-1"]} in args["providers"]
    # Pause, resume, delete.
    assert call("clusters", "pause", cid)["state"] == "PAUSING"
    assert call("clusters", "wait", cid, "--state", "PAUSED", *FAST)["state"] == "PAUSED"
    assert call("clusters", "resume", cid)["state"] == "RESUMING"
    assert call("clusters", "wait", cid, *FAST)["state"] == "ACTIVE"
    assert call("clusters", "delete", cid)["state"] == "DELETING"
    assert call("clusters", "wait", cid, "--state", "DELETED", *FAST)["clusterId"] == cid

    # Starter: clusters, branches, exports, imports, backups.
    assert call("serverless-regions", "list")
    assert "aws" in call("serverless-regions", "list-cloud-providers")["cloudProviders"]
    batch = call("serverless-clusters", "batch-create", "--clusters", [
        {"displayName": "batch-1", "region": {"name": "regions/aws-us-east-1"}}])["clusters"]
    bid = batch[0]["clusterId"]
    assert call("serverless-clusters", "batch-get", "--cluster-ids", bid)["clusters"][0][
        "displayName"] == "batch-1"
    assert call("serverless-clusters", "delete", bid)["state"] == "DELETED"
    starter = call("serverless-clusters", "create", "--display-name", "starter-1",
                   "--region-id", "aws-us-east-1", "--spending-limit", {"monthly": 1000})
    sid = starter["clusterId"]
    assert starter["spendingLimit"] == {"monthly": 1000}
    assert call("serverless-clusters", "wait", sid, *FAST)["state"] == "ACTIVE"
    assert [c["clusterId"] for c in call("serverless-clusters", "list")] == [sid]
    assert call("serverless-clusters", "get", sid, "--view", "BASIC")["displayName"] == (
        "starter-1")
    assert call("serverless-clusters", "update", sid, "--display-name", "starter-2")[
        "displayName"] == "starter-2"
    assert call("serverless-clusters", "reset-root-password", sid, "--root-password",
                "Starter-Passw0rd") == {}
    assert call("serverless-clusters", "get", sid)["annotations"][
        "tidb.cloud/has-set-password"] == "true"
    br = call("serverless-branches", "create", sid, "--display-name", "dev")["branchId"]
    assert call("serverless-branches", "wait", sid, br, *FAST)["state"] == "ACTIVE"
    assert [b["branchId"] for b in call("serverless-branches", "list", sid)] == [br]
    assert call("serverless-branches", "get", sid, br)["displayName"] == "dev"
    assert call("serverless-branches", "reset", sid, br)["branchId"] == br
    assert call("serverless-branches", "wait", sid, br, *FAST)["state"] == "ACTIVE"
    user = f"{call('serverless-branches', 'get', sid, br)['userPrefix']}.root"
    assert call("serverless-branches", "update-sql-user", sid, br, user, "--password",
                "Branch-Passw0rd") == {"username": user}
    assert call("serverless-branches", "delete", sid, br)["branchId"] == br
    stopped = call("serverless-exports", "create", sid)["exportId"]
    assert call("serverless-exports", "cancel", sid, stopped)["state"] == "CANCELED"
    assert call("serverless-exports", "delete", sid, stopped)["exportId"] == stopped
    exp = call("serverless-exports", "create", sid, "--display-name", "snapshot")["exportId"]
    assert call("serverless-exports", "wait", sid, exp, *FAST)["state"] == "SUCCEEDED"
    assert [e["exportId"] for e in call("serverless-exports", "list", sid)] == [exp]
    assert call("serverless-exports", "get", sid, exp)["displayName"] == "snapshot"
    files = call("serverless-exports", "list-files", sid, exp)
    assert files and all(f["size"] > 0 for f in files)
    assert call("serverless-exports", "download-files", sid, exp, "--file-names",
                [files[0]["name"]])["files"][0]["url"].startswith("http://127.0.0.1:")
    assert len(call("serverless-exports", "download-urls", sid, exp)["downloads"]) == len(files)
    running = call("serverless-imports", "create", sid, "--import-options",
                   {"fileType": "CSV"}, "--source", SOURCE)["importId"]
    call("serverless-imports", "cancel", sid, running)
    imp = call("serverless-imports", "create", sid, "--import-options", {"fileType": "CSV"},
               "--source", SOURCE)["importId"]
    assert call("serverless-imports", "wait", sid, imp, *FAST)["state"] == "COMPLETED"
    assert len(call("serverless-imports", "list", sid)) == 2
    assert call("serverless-imports", "get", sid, running)["state"] == "CANCELED"
    up = call("serverless-imports", "start-upload", sid, "--file-name", "orders.csv",
              "--part-number", "2", "--target-database", "app", "--target-table", "orders")
    assert len(up["uploadUrl"]) == 2
    etags = put_parts(up["uploadUrl"])  # the parts go to the storage, unsigned
    assert call("serverless-imports", "complete-upload", sid, "--upload-id", up["uploadId"],
                "--parts", etags) == {}
    local = call("serverless-imports", "create", sid, "--import-options", {"fileType": "CSV"},
                 "--source", {"type": "LOCAL", "local": {"uploadId": up["uploadId"],
                                                         "targetDatabase": "app",
                                                         "targetTable": "orders"}})
    assert local["creationDetails"]["source"]["local"]["fileName"] == "orders.csv"
    rows = tmp_path / "rows.csv"
    rows.write_text("id,name\n1,a\n2,b\n")
    uploaded = call("serverless-imports", "upload", sid, str(rows), "--target-database", "app",
                    "--target-table", "rows", "--concurrency", "2")
    assert uploaded["creationDetails"]["source"]["local"]["fileName"] == "rows.csv"
    got = call("serverless-exports", "download", sid, exp, "--to", str(tmp_path / "dl"))
    assert sorted(p.rsplit("/", 1)[1] for p in got) == sorted(f["name"] for f in files)
    gone = call("serverless-imports", "start-upload", sid, "--file-name", "x.csv",
                "--part-number", "1", "--target-database", "app", "--target-table", "x")
    assert call("serverless-imports", "cancel-upload", sid, "--upload-id",
                gone["uploadId"]) == {}
    (backup,) = call("serverless-backups", "list", sid)
    assert backup["clusterId"] == sid
    assert call("serverless-backups", "get", backup["backupId"])["backupId"] == (
        backup["backupId"])
    assert call("serverless-clusters", "restore", "--backup-id", backup["backupId"])[
        "clusterId"] == sid
    assert call("serverless-clusters", "wait", sid, *FAST)["state"] == "ACTIVE"
    assert call("serverless-backups", "delete", backup["backupId"])["backupId"] == (
        backup["backupId"])
    # Starter private link connections: to an AWS endpoint service of the user's.
    lid = call("serverless-clusters", "create", "--display-name", "links-1",
               "--region-id", "aws-us-east-1")["clusterId"]
    call("serverless-clusters", "wait", lid, *FAST)
    plc = "serverless-private-link-connections"
    assert call(plc, "get-availability-zones", lid)["azIds"]
    conn = call(plc, "create", lid, "--display-name", "to-orders", "--aws-endpoint-service",
                {"name": "com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718"})
    pl = conn["privateLinkConnectionId"]
    assert conn["type"] == "AWS_ENDPOINT_SERVICE"
    assert call(plc, "wait", lid, pl, *FAST)["state"] == "ACTIVE"
    assert [p["privateLinkConnectionId"] for p in call(plc, "list", lid, "--state",
                                                       "ACTIVE")] == [pl]
    att = call(plc, "attach-domains", lid, pl, "--type", "CONFLUENT", "--unique-name", "lkc-1")
    assert att["domains"] and att["attachDomainId"]
    assert call(plc, "get", lid, pl)["attachedDomains"][0]["uniqueName"] == "lkc-1"
    assert call(plc, "detach-domains", lid, pl, "--attach-domain-id", att["attachDomainId"])[
        "attachDomainId"] == att["attachDomainId"]
    assert call(plc, "delete", lid, pl)["state"] == "DELETING"
    assert call(plc, "wait", lid, pl, "--state", "DELETED", *FAST)["state"] == "DELETED"
    assert call("serverless-clusters", "delete", sid)["state"] == "DELETED"

    # Maintenance: the default project's window and its tasks.
    window = f"project-{DEFAULT_PROJECT}"
    assert [w["maintenanceWindowId"] for w in call("maintenance-windows", "list")] == [window]
    assert call("maintenance-windows", "get", window)["weekDay"] == 2
    moved = call("maintenance-windows", "update", window, "--week-day", "4", "--day-hour", "1")
    assert (moved["weekDay"], moved["dayHour"]) == (4, 1)
    (task,) = [t for t in call("maintenance-tasks", "list") if t["state"] == "PENDING"]
    assert task["scheduledApplyTime"] == moved["nextMaintenanceDate"]
    tid = task["maintenanceTaskId"]
    assert call("maintenance-tasks", "get", tid)["maintenanceTaskId"] == tid
    later = task["deadline"]
    assert call("maintenance-tasks", "update", tid, "--scheduled-apply-time", later)[
        "scheduledApplyTime"] == later

    # MSP customers, at the IAM host's root.
    org = call("projects", "list")[0]["org_id"]
    customers = call("msp-customers", "list")
    assert len(customers) == 3
    assert call("msp-customers", "get", customers[0]["orgId"])["orgName"] == (
        customers[0]["orgName"])
    assert "expiredAt" in call("msp-customers", "create-signup-url", "--org-id", org)

    # Members of the organization.
    assert {m["status"] for m in call("members", "list")} == {"Active"}
    invited = call("members", "invite", "--emails", ["new@example.com"], "--org-role",
                   {"rbacRole": "org:member"})["users"]
    uid = invited[0]["userId"]
    assert call("members", "resend-invitation", uid) is None
    assert call("members", "update", uid, "--org-role", {"rbacRole": "org:billing_viewer"}) is None
    assert call("members", "batch-update", "--users", [
        {"userId": uid, "orgRole": {"rbacRole": "org:member"}}])["results"][0]["success"] is True
    assert call("members", "list", "--statuses", "Pending")[0]["userId"] == uid
    assert call("members", "delete", uid) is None

    # Dedicated changefeeds.
    assert "4rcu" in [r["name"] for r in call("changefeeds", "list-rcus")]
    feed_cluster = call("clusters", "create", "--from-file", str(cluster_file))["clusterId"]
    call("clusters", "wait", feed_cluster, *FAST)
    mysql = {"connection": {"endpoint": "10.0.0.5:3306", "username": "repl",
                            "password": "Pa55-w0rd"}}
    feed = call("changefeeds", "create", "--cluster-id", feed_cluster, "--name", "to-mysql",
                "--replication-capacity", "2rcu", "--downstream-type", "MYSQL",
                "--table-config", {"filterRules": ["*.*"]},
                "--start-position", {"mode": "FROM_NOW"}, "--mysql", mysql)
    fid = feed["id"]
    assert feed["state"] == "CREATING" and "password" not in feed["mysql"]["connection"]
    assert call("changefeeds", "wait", fid, *FAST)["state"] == "RUNNING"
    assert [f["id"] for f in call("changefeeds", "list", "--cluster-id", feed_cluster)] == [fid]
    assert call("changefeeds", "pause", fid) == {}
    assert call("changefeeds", "wait", fid, "--state", "PAUSED", *FAST)["state"] == "PAUSED"
    assert call("changefeeds", "edit-downstream-config", fid, "--downstream-type", "MYSQL",
                "--table-config", {"filterRules": ["app.*"]})["state"] == "EDITING"
    assert call("changefeeds", "wait", fid, "--state", "PAUSED", *FAST)["tableConfig"] == {
        "filterRules": ["app.*"]}
    assert call("changefeeds", "resume", fid) == {}
    assert call("changefeeds", "scale", fid, "--replication-capacity", "4rcu")[
        "replicationCapacity"] == "4rcu"
    assert call("changefeeds", "get", fid)["id"] == fid
    assert call("changefeeds", "delete", fid) == {}
    assert call("changefeeds", "wait", fid, "--state", "DELETED", *FAST)["state"] == "DELETED"
    # Dedicated database audit logging: files come as the clock moves, and a
    # wait moves it first.
    dal = "database-audit-logs"
    assert call(dal, "get-config", feed_cluster)["enabled"] is False
    assert call(dal, "show-iam-principal", feed_cluster)["iamPrincipal"].startswith(
        "arn:aws:iam::")
    bucket = ("--bucket-uri", "s3://audit-bucket/logs/", "--aws-role-arn",
              "arn:aws:iam::123456789012:role/audit-writer")
    assert call(dal, "update-config", feed_cluster, "--enabled", "true", *bucket,
                "--validate-only")["enabled"] is True
    assert call(dal, "update-config", feed_cluster, "--enabled", "true", *bucket,
                "--format", "JSON")["format"] == "JSON"
    call("clusters", "wait", feed_cluster, *FAST)
    log_files = call(dal, "query-files", feed_cluster)
    assert len(log_files) == 4 and all(f["sizeByte"] > 0 for f in log_files)
    assert call(dal, "generate-download-address", feed_cluster, "--audit-log-file-uri",
                log_files[0]["uri"])["downloadAddress"].startswith("http://127.0.0.1:")
    got_logs = call(dal, "download", feed_cluster, "--to", str(tmp_path / "dal"))
    assert sorted(p.rsplit("/", 1)[1] for p in got_logs) == sorted(
        f["filename"] for f in log_files)
    assert call(dal, "create-filter-rule", feed_cluster, "--user-expr", "app@%",
                "--event-types", "QUERY_DML")["auditLogFilterRuleId"] == "app@%"
    assert [r["userExpr"] for r in call(dal, "list-filter-rules", feed_cluster)] == ["app@%"]
    assert call(dal, "get-filter-rule", feed_cluster, "app@%")["eventTypes"] == ["QUERY_DML"]
    assert call(dal, "replace-filter-rule", feed_cluster, "app@%", "--display-name",
                "app writes")["auditLogFilterRule"]["displayName"] == "app writes"
    assert call(dal, "delete-filter-rule", feed_cluster, "app@%") == {}
    # Starter changefeeds.
    sid = call("serverless-clusters", "create", "--display-name", "feeds",
               "--region-id", "aws-us-east-1")["clusterId"]
    call("serverless-clusters", "wait", sid, *FAST)
    sink = {"type": "MYSQL", "mysql": {
        "network": {"networkType": "PUBLIC", "publicEndpoint": "mysql.example.com:3306"},
        "authentication": {"userName": "repl", "password": "Pa55-w0rd"}}}
    assert call("serverless-changefeeds", "test", sid, "--sink", sink) == {}
    tables = call("serverless-changefeeds", "describe-schema-table", sid,
                  "--filter-rules", "shop.*")
    assert tables["handleKeyTables"] == ["shop.items"]
    sfeed = call("serverless-changefeeds", "create", sid, "--sink", sink,
                 "--filter", {"filterRule": ["*.*"]})["changefeedId"]
    assert call("serverless-changefeeds", "wait", sid, sfeed, *FAST)["state"] == "RUNNING"
    assert [f["changefeedId"] for f in call("serverless-changefeeds", "list", sid)] == [sfeed]
    assert call("serverless-changefeeds", "stop", sid, sfeed)["state"] == "PAUSED"
    assert call("serverless-changefeeds", "update", sid, sfeed, "--sink", sink, "--filter",
                {"filterRule": ["app.*"]})["filter"] == {"filterRule": ["app.*"]}
    assert call("serverless-changefeeds", "start", sid, sfeed)["state"] == "RUNNING"
    assert call("serverless-changefeeds", "get", sid, sfeed)["changefeedId"] == sfeed
    assert call("serverless-changefeeds", "delete", sid, sfeed)["state"] == "DELETED"
    svc = ("--private-link-service-name", "svc-mysql")
    assert call("serverless-changefeeds", "create-private-link-endpoint", sid, *svc,
                "--changefeed-type", "MYSQL")["changefeedType"] == "MYSQL"
    assert call("serverless-changefeeds", "get-private-link-endpoint", sid, *svc)[
        "privateLinkServiceName"] == "svc-mysql"
    assert call("serverless-changefeeds", "delete-private-link-endpoint", sid, *svc)[
        "state"] == "DELETING"
    # Migrations into a Starter cluster, each tried first by a precheck.
    mig = call("serverless-clusters", "create", "--display-name", "migrations",
               "--region-id", "aws-us-east-1")["clusterId"]
    call("serverless-clusters", "wait", mig, *FAST)
    plan = ("--display-name", "orders-in", "--mode", "ALL",
            "--sources", [{"sourceType": "MYSQL", "connProfile": {
                "connType": "PUBLIC", "host": "mysql.example.com", "port": 3306,
                "user": "dm", "password": "Src-Pa55"}}],
            "--target", {"user": "dm_writer", "password": "Tgt-Pa55"})
    pck = "serverless-migration-prechecks"
    pid = call(pck, "create", mig, *plan)["precheckId"]
    assert call(pck, "get", mig, pid)["status"] == "RUNNING"
    checked = call(pck, "wait", mig, pid, *FAST)
    assert checked["status"] == "FINISHED" and checked["successCnt"] == checked["total"]
    assert call(pck, "delete", mig, pid) == {}
    made = call("serverless-migrations", "create", mig, *plan)
    mid = made["migrationId"]
    assert made["state"] == "CREATING" and "Src-Pa55" not in json.dumps(made)
    assert call("serverless-migrations", "wait", mig, mid, *FAST)["state"] == "RUNNING"
    assert [m["migrationId"] for m in call("serverless-migrations", "list", mig)] == [mid]
    assert call("serverless-migrations", "pause", mig, mid) == {}
    assert call("serverless-migrations", "get", mig, mid)["state"] == "PAUSED"
    assert call("serverless-migrations", "resume", mig, mid) == {}
    assert call("serverless-migrations", "delete", mig, mid)["state"] == "DELETING"
    assert call("serverless-migrations", "wait", mig, mid, "--state", "DELETED", *FAST)[
        "state"] == "DELETED"

    # Starter database audit logging, kept by TiDB Cloud.
    sdal = "serverless-database-audit-logs"
    assert call(sdal, "get-config", sid)["enabled"] is False
    assert call(sdal, "update-config", sid, "--enabled", "true", "--cloud-storage",
                {"type": "TIDB_CLOUD"})["cloudStorage"] == {"type": "TIDB_CLOUD"}
    call("serverless-clusters", "wait", sid, *FAST)
    names = [f["name"] for f in call(sdal, "list-files", sid)]
    assert len(names) == 4
    assert len(call(sdal, "download-files", sid, "--audit-log-file-names", names[:2])[
        "auditLogFiles"]) == 2
    assert len(call(sdal, "download", sid, "--to", str(tmp_path / "sdal"))) == 4
    srule = call(sdal, "create-filter-rule", sid, "--display-name", "all", "--users", ["%@%"],
                 "--filters", [{}])["filterRuleId"]
    assert [r["filterRuleId"] for r in call(sdal, "list-filter-rules", sid)] == [srule]
    assert call(sdal, "get-filter-rule", sid, srule)["displayName"] == "all"
    assert call(sdal, "update-filter-rule", sid, srule, "--disabled", "true")["disabled"] is True
    assert call(sdal, "delete-filter-rule", sid, srule)["filterRuleId"] == srule

    every = {(cli._attr_of(cls), method) for cls, method, _, _ in _core._operations()}
    assert every - done == set(), "operations never run as a command"
