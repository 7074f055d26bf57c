"""The service's own request samples (the curl commands of its reference,
kept in spec/tidbcloud-live-samples.json) work against the mock as written:
only the placeholders (keys, host, ids, project) get real values."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from typing import Any

import pytest

import contract
from helpers import DEFAULT_PROJECT, cluster_args, utc_month, utc_today
from tidbcloud.testing import MockServer

SAMPLES = os.path.join(os.path.dirname(__file__), "..", "spec", "tidbcloud-live-samples.json")
# The service's hosts; the mock serves each server at the same path on its one host.
HOSTS = ("https://dedicated.tidbapi.com", "https://iam.tidbapi.com",
         "https://billing.tidbapi.com", "https://api.tidbcloud.com")
# The order a user would run them in: what one creates, the next ones use.
CLUSTER_ORDER = ["listRegions", "getRegion", "listNodeSpecs", "createCluster", "getCluster",
                 "listClusters", "updateCluster", "pauseCluster", "resumeCluster",
                 "resetClusterRootPassword", "deleteCluster"]
# IAM and billing, in the organization the mock's owner key belongs to.
IAM_BILLING_ORDER = ["listApiKeys", "createApiKey", "getApiKey", "updateApiKey", "deleteApiKey",
                     "listAuditLogs", "getMonthlyBill", "getMonthlyBillDetails",
                     "queryCostExplorer", "getCostExplorerArgs"]
# Imports run against an ACTIVE cluster, slowly enough that one can be canceled.
IMPORT_ORDER = ["createImport", "getImport", "listImports", "cancelImport"]
# Node groups and the helpers, on a cluster the client made.
NODE_GROUP_ORDER = ["getPrivateLinkService", "showNodeQuota", "showCloudProviders", "getNodeSpec",
                    "listPrivateEndpointConnections", "getPrivateEndpointConnection",
                    "deletePrivateEndpointConnection", "getLogRedactionPolicy"]
# The organization's members: the owner's key invites, changes and removes.
MEMBER_ORDER = ["listMembers", "inviteMembers", "resendMemberInvitation", "updateMember",
                "batchUpdateMembers", "deleteMember"]
# The older v1beta API: a project, then backups and a restore of a cluster.
V1BETA_ORDER = ["createProject", "createAwsCmek", "getAwsCmek", "listBackups", "createBackup",
                "getBackup", "listRestores", "createRestore", "getRestore", "deleteBackup"]
# Dedicated changefeeds: each create sample (S3, MySQL, Kafka), then the rest
# on the S3 one, whose sink the edit sample names.
CHANGEFEED_ORDER = ["listChangefeedRcus", "createChangefeed", "getChangefeed", "listChangefeeds",
                    "pauseChangefeed", "editChangefeedDownstreamConfig", "resumeChangefeed",
                    "scaleChangefeed", "deleteChangefeed"]
# Migrations into a Starter cluster: a precheck of the sample's plan, then the
# migration itself, paused, resumed and deleted.
MIGRATION_ORDER = ["createMigrationPrecheck", "getMigrationPrecheck", "deleteMigrationPrecheck",
                   "createMigration", "getMigration", "listMigrations", "pauseMigration",
                   "resumeMigration", "deleteMigration"]
# The reference gives these no sample.
WITHOUT_SAMPLE = {"listIntegrations", "createIntegration", "deleteIntegration",
                  "listTidbNodeGroups", "createTidbNodeGroup", "getTidbNodeGroup",
                  "updateTidbNodeGroup", "deleteTidbNodeGroup", "getPublicEndpointSetting",
                  "updatePublicEndpointSetting", "createPrivateEndpointConnection",
                  "listNetworkContainers", "createNetworkContainer", "getNetworkContainer",
                  "deleteNetworkContainer", "listVpcPeerings", "createVpcPeering",
                  "getVpcPeering", "deleteVpcPeering", "listProjects", "listSqlUsers",
                  "createSqlUser", "getSqlUser", "updateSqlUser", "deleteSqlUser",
                  "listMaintenanceWindows", "getMaintenanceWindow", "updateMaintenanceWindow",
                  "listMaintenanceTasks", "getMaintenanceTask", "updateMaintenanceTask",
                  "listNodeInstances", "getNodeInstance", "updateLogRedactionPolicy",
                  "getDbUser", "listMspCustomers", "getMspCustomer",
                  "createMspCustomerSignupUrl"} | {
    # Nor does the CLI's definition of Dedicated database audit logging.
    op for op in contract.operation_ids() if "DatabaseAuditLog" in op} | {
    # Of the Starter/Essential definitions, only the migrations' samples are kept.
    op for op in contract.operation_ids()
    if "/serverless/" in contract.path_of(op) and op not in MIGRATION_ORDER}


def samples() -> dict[str, str]:
    with open(SAMPLES) as f:
        return {s["operationId"]: s["curl"] for s in json.load(f)}


def test_every_live_operation_has_its_sample_replayed():
    replayed = (set(CLUSTER_ORDER) | set(IMPORT_ORDER) | set(IAM_BILLING_ORDER)
                | set(NODE_GROUP_ORDER) | set(V1BETA_ORDER) | set(MEMBER_ORDER)
                | set(CHANGEFEED_ORDER) | set(MIGRATION_ORDER))
    assert replayed | WITHOUT_SAMPLE == contract.operation_ids()
    assert replayed <= set(samples())
    assert not WITHOUT_SAMPLE & set(samples())


def replay(mock, op: str, ids: dict[str, str], literal: dict[str, str] | None = None) -> Any:
    """Run the sample of `op` with curl against `mock`; its JSON answer (None
    for an empty one). `literal` replaces example values a sample writes out
    (an id of "1") with real ones."""
    cmd = samples()[op]
    for old, new in (literal or {}).items():
        cmd = cmd.replace(old, new)
    for name, value in ids.items():
        cmd = cmd.replace("{" + name + "}", value)
    return replay_command(mock, cmd, op)


def replay_command(mock, cmd: str, op: str = "sample") -> Any:
    """Run one sample's command with curl against `mock`; its JSON answer."""
    # The Starter/Essential server sits below /v1beta1/serverless on the mock's host.
    cmd = cmd.replace("https://serverless.tidbapi.com/v1beta1",
                      mock.url.removesuffix("/v1beta1") + "/v1beta1/serverless")
    for host in HOSTS:
        cmd = cmd.replace(host, mock.url.removesuffix("/v1beta1"))
    cmd = (cmd.replace("YOUR_PUBLIC_KEY", mock.public_key)
              .replace("YOUR_PRIVATE_KEY", mock.private_key)
              .replace("YOUR_PROJECT_ID", DEFAULT_PROJECT))
    out = subprocess.run(["bash", "-c", cmd + " --silent --show-error --fail-with-body"
                          " --max-time 10"], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, f"{op}: {out.stdout} {out.stderr}"
    return json.loads(out.stdout) if out.stdout.strip() else None


needs_curl = pytest.mark.skipif(shutil.which("curl") is None, reason="needs the curl program")


@needs_curl
def test_cluster_samples_work_as_written(mock):
    ids: dict[str, str] = {}
    for op in CLUSTER_ORDER:
        body = replay(mock, op, ids)
        if op == "createCluster":
            ids["clusterId"] = body["clusterId"]
            assert body["displayName"] == "foo-bar" and body["port"] == 4000
        if op == "updateCluster":
            assert body["displayName"] == "My Cluster Updated By API"
        if op == "pauseCluster":
            assert body["cluster"]["clusterId"] == ids["clusterId"]
    assert ids


@needs_curl
def test_import_samples_work_as_written():
    with MockServer(transition_seconds=1.0, rate_limit=None) as mock, mock.client() as c:
        cid = c.clusters.create(**cluster_args())["clusterId"]
        c.clusters.wait(cid, poll_interval=0.1)
        ids = {"clusterId": cid}
        for op in IMPORT_ORDER:
            body = replay(mock, op, ids)
            if op == "createImport":
                ids["importId"] = body["importId"]
                assert body["state"] == "PREPARING"
                assert body["creationDetails"]["source"]["s3"]["accessKey"] == {
                    "id": "YOUR_ACCESS_KEY"}  # the secret is never echoed
            if op == "listImports":
                assert [i["importId"] for i in body["imports"]] == [ids["importId"]]
        assert c.imports.get(cid, ids["importId"])["state"] == "CANCELING"


@needs_curl
def test_iam_and_billing_samples_work_as_written(mock):
    with mock.client() as c:
        c.clusters.create(**cluster_args())  # something to bill
    ids = {"billedMonth": utc_month()}
    for op in IAM_BILLING_ORDER:
        body = replay(mock, op, ids)
        if op == "createApiKey":
            ids["YOUR_ACCESS_KEY"] = body["accessKey"]
            assert body["displayName"] == "YOUR_API_NAME" and body["role"] == "org:owner"
            assert body["secretKey"]
        if op == "getApiKey":
            assert "secretKey" not in body
        if op == "updateApiKey":
            assert body is None  # the service answers nothing
        if op == "listAuditLogs":
            assert [e["eventType"] for e in body["auditLogs"]][:3] == [
                "DeleteApiKey", "UpdateApiKey", "CreateApiKey"]
        if op == "getMonthlyBill":
            assert body["overview"]["billedMonth"] == ids["billedMonth"]
        if op == "getMonthlyBillDetails":
            assert body["details"]
        if op == "queryCostExplorer":  # no body at all: this month, day by day
            assert body["elements"][0]["billedDate"] == utc_today().isoformat()
        if op == "getCostExplorerArgs":
            assert "TiDB Dedicated - Node Compute - TiKV" in [
                s["service"] for s in body["services"]]


@needs_curl
def test_node_group_and_helper_samples_work_as_written(mock):
    with mock.client() as c:
        cid = c.clusters.create(**cluster_args())["clusterId"]
        gid = next(iter(c.tidb_node_groups.list(cid)))["tidbNodeGroupId"]
        eid = c.private_endpoints.create(cid, gid, endpoint_id="vpce-0a1b")[
            "privateEndpointConnectionId"]
    ids = {"clusterId": cid, "tidbNodeGroupId": gid, "privateEndpointConnectionId": eid}
    for op in NODE_GROUP_ORDER:
        body = replay(mock, op, ids)
        if op == "getPrivateLinkService":
            assert body["tidbNodeGroupId"] == gid
        if op == "getNodeSpec":
            assert body["nodeSpecKey"] == "8C32G" and body["componentType"] == "TIKV"
        if op == "listPrivateEndpointConnections":
            assert [e["endpointId"] for e in body["privateEndpointConnections"]] == ["vpce-0a1b"]
        if op == "deletePrivateEndpointConnection":
            assert body == {}
        if op == "getLogRedactionPolicy":
            assert body == {"clusterId": cid, "redactLog": True}


@needs_curl
def test_member_samples_work_as_written(mock):
    ids: dict[str, str] = {}
    for op in MEMBER_ORDER:
        body = replay(mock, op, ids)
        if op == "listMembers":
            assert {m["status"] for m in body["users"]} == {"Active"}
        if op == "inviteMembers":
            (user,) = body["users"]
            ids["user_id"] = user["userId"]
            assert user["email"] == "user@example.com" and body["success"] is True
        if op == "batchUpdateMembers":  # the sample's member is not one of ours
            assert body["results"][0]["success"] is False
    with mock.client() as c:
        assert "user@example.com" not in [m["email"] for m in c.members.list()]


@needs_curl
def test_v1beta_samples_work_as_written(mock):
    with mock.client() as c:
        cid = c.clusters.create(**cluster_args())["clusterId"]
    ids = {"project_id": DEFAULT_PROJECT, "cluster_id": cid}
    literal: dict[str, str] = {}
    for op in V1BETA_ORDER:
        body = replay(mock, op, ids, literal)
        if op == "createProject":
            assert body["id"]
        if op == "getAwsCmek":
            assert body == {"items": [{"region": "us-west-2", "kms_arn": "arn:aws:kms:example"}]}
        if op == "createBackup":
            ids["backup_id"] = body["id"]
            literal['"backup_id":"1"'] = f'"backup_id":"{body["id"]}"'
        if op == "listBackups":
            assert body == {"items": [], "total": 0}
        if op == "createRestore":
            ids["restore_id"] = body["id"]
            assert body["cluster_id"]
        if op == "getRestore":
            assert body["cluster"]["name"] == "Cluster0"


@needs_curl
def test_changefeed_samples_work_as_written(mock):
    with mock.client() as c:
        cid = c.clusters.create(**cluster_args())["clusterId"]
    # The changefeed samples leave the credentials out; they go in as the others give them.
    literal = {"12345678901234567890": cid,
               "curl \\": "curl --digest --user 'YOUR_PUBLIC_KEY:YOUR_PRIVATE_KEY' \\"}
    with open(SAMPLES) as f:
        creates = [s["curl"] for s in json.load(f) if s["operationId"] == "createChangefeed"]
    made = []
    for cmd in creates:
        for old, new in literal.items():
            cmd = cmd.replace(old, new)
        made.append(replay_command(mock, cmd))
    assert [m["downstreamType"] for m in made] == ["S3", "MYSQL", "KAFKA"]
    for m in made:
        assert m["state"] == "RUNNING" and m["clusterId"] == cid
        assert "YOUR_SECRET_KEY" not in json.dumps(m) and "YOUR_DB_PASSWORD" not in json.dumps(m)
    literal["1234567890123456789"] = made[0]["id"]
    for op in CHANGEFEED_ORDER:
        if op == "createChangefeed":
            continue
        body = replay(mock, op, {}, literal)
        if op == "listChangefeedRcus":
            assert "4rcu" in [r["name"] for r in body["rcus"]]
        if op == "listChangefeeds":
            assert len(body["changefeeds"]) == 3 and body["totalSize"] == 3
        if op == "editChangefeedDownstreamConfig":
            assert body["tableConfig"]["filterRules"] == ["test.*"]
        if op == "scaleChangefeed":
            assert body["replicationCapacity"] == "4rcu"
        if op == "deleteChangefeed":
            assert body == {}


def unmangled(cmd: str) -> str:
    """A migration sample as a shell would need it: the definitions carry each
    continuation line with a stray leading "+" (which curl would take for a
    URL) and the JSON body with its line breaks escaped (a backslash and "n"
    outside any string, which no JSON parser takes). Nothing else changes."""
    cmd = cmd.replace("\\\n+", "\\\n")
    head, quote, body = cmd.partition("--data '")
    return head + quote + body.replace("\\n", "\n")


@needs_curl
def test_migration_samples_work_as_written_but_for_their_mangling(mock):
    with mock.client() as c:
        sid = c.serverless.clusters.create(display_name="samples",
                                           region_id="aws-us-east-1")["clusterId"]
    ids = {"cluster_id": sid}
    sample = samples()
    assert all("\\\n+--" in sample[op] for op in MIGRATION_ORDER)
    for op in MIGRATION_ORDER:
        body = replay_command(mock, unmangled(sample[op]).replace("{cluster_id}", sid)
                              .replace("{migration_id}", ids.get("migration_id", ""))
                              .replace("{precheck_id}", ids.get("precheck_id", "")), op)
        if op == "createMigrationPrecheck":
            ids["precheck_id"] = body["precheckId"]
        if op == "getMigrationPrecheck":
            assert body["status"] == "FINISHED" and body["failedCnt"] == 0
        if op == "createMigration":
            ids["migration_id"] = body["migrationId"]
            assert body["displayName"] == "my-migration"  # the samples' `name`
            assert body["targetUser"] == "tidb" and "secret" not in json.dumps(body)
            assert "tidb_password" not in json.dumps(body)
        if op == "listMigrations":
            assert [m["migrationId"] for m in body["migrations"]] == [ids["migration_id"]]
            assert body["migrations"][0]["state"] == "RUNNING"
        if op in ("pauseMigration", "resumeMigration", "deleteMigrationPrecheck"):
            assert body == {}
        if op == "deleteMigration":
            assert body["state"] == "DELETING"
    with mock.client() as c:
        assert list(c.serverless.migrations.list(sid)) == []
