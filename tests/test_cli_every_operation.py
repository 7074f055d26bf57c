"""Every operation of the client, run as a `tidbcloud` command against the
mock, in an order that gives each one something to act on. A new operation
fails the coverage check at the end until it is run here too."""

from __future__ import annotations

import json
from typing import Any

import pytest

from helpers import DEFAULT_PROJECT
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
    with MockServer(transition_seconds=0.15, rate_limit=None) as m:
        monkeypatch.setenv("TIDBCLOUD_BASE_URL", m.url)
        monkeypatch.setenv("TIDBCLOUD_PUBLIC_KEY", m.public_key)
        monkeypatch.setenv("TIDBCLOUD_PRIVATE_KEY", m.private_key)

        def call(resource: str, command: str, *args: Any) -> Any:
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
    assert call("regions", "list", "--cloud-provider", "aws")
    call("regions", "get", "aws-us-east-1")
    call("regions", "list-node-specs", "aws-us-east-1", "--component-type", "TIKV")
    call("regions", "show-cloud-providers")
    call("regions", "get-node-spec", "aws-us-east-1", "TIKV", "8C32G")
    call("clusters", "show-node-quota")
    # Projects.
    call("projects", "list")
    call("projects", "create", "--name", "every-op")
    # A Dedicated cluster.
    spec = tmp_path / "cluster.json"
    spec.write_text(json.dumps(CLUSTER))
    cid = call("clusters", "create", "--from-file", str(spec))["clusterId"]
    call("clusters", "wait", cid, *FAST)
    assert call("clusters", "get", cid)["state"] == "ACTIVE"
    assert [c["clusterId"] for c in call("clusters", "list")] == [cid]
    call("clusters", "update", cid, "--display-name", "every-op-2")
    call("clusters", "wait", cid, *FAST)
    call("clusters", "reset-root-password", cid, "--root-password", "N3w-Passw0rd")
    # TiDB node groups and private endpoints.
    gid = call("tidb-node-groups", "create", cid, "--display-name", "extra",
               "--node-count", "1")["tidbNodeGroupId"]
    call("tidb-node-groups", "wait", cid, gid, *FAST)
    assert len(call("tidb-node-groups", "list", cid)) == 2
    call("tidb-node-groups", "get", cid, gid)
    call("tidb-node-groups", "update", cid, gid, "--node-count", "2")
    call("tidb-node-groups", "wait", cid, gid, *FAST)
    call("tidb-node-groups", "get-public-endpoint-setting", cid, gid)
    call("tidb-node-groups", "update-public-endpoint-setting", cid, gid, "--enabled", "true")
    call("tidb-node-groups", "get-private-link-service", cid, gid)
    eid = call("private-endpoints", "create", cid, gid, "--endpoint-id",
               "vpce-0a1b2c3d4e5f6a7b8")["privateEndpointConnectionId"]
    call("private-endpoints", "wait", cid, gid, eid, *FAST)
    assert [e["privateEndpointConnectionId"]
            for e in call("private-endpoints", "list", cid, gid)] == [eid]
    call("private-endpoints", "get", cid, gid, eid)
    call("private-endpoints", "delete", cid, gid, eid)
    call("tidb-node-groups", "delete", cid, gid)
    # Imports and integrations.
    first = call("imports", "create", cid, "--creation-details", IMPORT)["importId"]
    call("imports", "cancel", cid, first)
    second = call("imports", "create", cid, "--creation-details", IMPORT)["importId"]
    assert call("imports", "wait", cid, second, *FAST)["state"] == "COMPLETED"
    assert len(call("imports", "list", cid)) == 2
    call("imports", "get", cid, first)
    iid = call("integrations", "create", cid, "--type", "PROMETHEUS")["id"]
    assert [i["id"] for i in call("integrations", "list", cid)] == [iid]
    call("integrations", "delete", cid, iid)
    # SQL users.
    call("sql-users", "create", cid, "--user-name", "analyst", "--password", "Analyst-Passw0rd",
         "--builtin-role", "role_readonly")
    assert "analyst" in [u["userName"] for u in call("sql-users", "list", cid)]
    call("sql-users", "get", cid, "analyst")
    call("sql-users", "update", cid, "analyst", "--builtin-role", "role_readwrite")
    call("sql-users", "delete", cid, "analyst")
    # Backups and restores (the older API).
    bid = call("backups", "create", DEFAULT_PROJECT, cid, "--name", "nightly")["id"]
    call("backups", "wait", DEFAULT_PROJECT, cid, bid, *FAST)
    assert bid in [b["id"] for b in call("backups", "list", DEFAULT_PROJECT, cid)]
    call("backups", "get", DEFAULT_PROJECT, cid, bid)
    rid = call("restores", "create", DEFAULT_PROJECT, "--backup-id", bid, "--name",
               "restored-1", "--config", RESTORE)["id"]
    call("restores", "wait", DEFAULT_PROJECT, rid, *FAST)
    assert rid in [r["id"] for r in call("restores", "list", DEFAULT_PROJECT)]
    call("restores", "get", DEFAULT_PROJECT, rid)
    call("backups", "delete", DEFAULT_PROJECT, cid, bid)
    # Networking.
    nid = call("network-containers", "create", "--region-id", "aws-us-west-2")[
        "networkContainerId"]
    assert [n["networkContainerId"] for n in call("network-containers", "list")] == [nid]
    call("network-containers", "get", nid)
    pid = call("vpc-peerings", "create", "--tidb-cloud-region-id", "aws-us-west-2",
               "--customer-region-id", "aws-us-east-1", "--customer-account-id", "123456789012",
               "--customer-vpc-id", "vpc-0a1b2c3d", "--customer-vpc-cidr",
               "10.0.0.0/16")["vpcPeeringId"]
    call("vpc-peerings", "wait", pid, *FAST)
    assert [p["vpcPeeringId"] for p in call("vpc-peerings", "list")] == [pid]
    call("vpc-peerings", "get", pid)
    call("vpc-peerings", "delete", pid)
    call("vpc-peerings", "wait", pid, "--state", "DELETED", *FAST)
    call("network-containers", "delete", nid)
    # API keys, audit logs, billing.
    key = call("api-keys", "create", "--display-name", "ci", "--role", "org:member")["accessKey"]
    assert key in [k["accessKey"] for k in call("api-keys", "list")]
    call("api-keys", "get", key)
    call("api-keys", "update", key, "--display-name", "ci-2")
    call("api-keys", "delete", key)
    assert call("audit-logs", "list")
    call("billing", "bill", "2026-11")
    call("billing", "bill-details", "2026-11")
    call("billing", "costs", "--groups", {"groupBy": ["cluster"], "timeGranularity": "total"})
    # Pause, resume, delete.
    call("clusters", "pause", cid)
    call("clusters", "wait", cid, "--state", "PAUSED", *FAST)
    call("clusters", "resume", cid)
    call("clusters", "wait", cid, *FAST)
    call("clusters", "delete", cid)
    call("clusters", "wait", cid, "--state", "DELETED", *FAST)

    # Starter: clusters, branches, exports, imports, backups.
    assert call("serverless-regions", "list")
    sid = call("serverless-clusters", "create", "--display-name", "starter-1",
               "--region-id", "aws-us-east-1", "--spending-limit", {"monthly": 1000})["clusterId"]
    call("serverless-clusters", "wait", sid, *FAST)
    assert [c["clusterId"] for c in call("serverless-clusters", "list")] == [sid]
    call("serverless-clusters", "get", sid, "--view", "BASIC")
    call("serverless-clusters", "update", sid, "--display-name", "starter-2")
    call("serverless-clusters", "reset-root-password", sid, "--root-password", "Starter-Passw0rd")
    br = call("serverless-branches", "create", sid, "--display-name", "dev")["branchId"]
    call("serverless-branches", "wait", sid, br, *FAST)
    assert [b["branchId"] for b in call("serverless-branches", "list", sid)] == [br]
    call("serverless-branches", "get", sid, br)
    call("serverless-branches", "reset", sid, br)
    call("serverless-branches", "wait", sid, br, *FAST)
    call("serverless-branches", "delete", sid, br)
    stopped = call("serverless-exports", "create", sid)["exportId"]
    call("serverless-exports", "cancel", sid, stopped)
    call("serverless-exports", "delete", sid, stopped)
    exp = call("serverless-exports", "create", sid, "--display-name", "snapshot")["exportId"]
    call("serverless-exports", "wait", sid, exp, *FAST)
    assert [e["exportId"] for e in call("serverless-exports", "list", sid)] == [exp]
    call("serverless-exports", "get", sid, exp)
    running = call("serverless-imports", "create", sid, "--import-options",
                   {"fileType": "CSV"}, "--source", SOURCE)["importId"]
    call("serverless-imports", "cancel", sid, running)
    imp = call("serverless-imports", "create", sid, "--import-options", {"fileType": "CSV"},
               "--source", SOURCE)["importId"]
    call("serverless-imports", "wait", sid, imp, *FAST)
    assert len(call("serverless-imports", "list", sid)) == 2
    call("serverless-imports", "get", sid, imp)
    (backup,) = call("serverless-backups", "list", sid)
    call("serverless-backups", "get", backup["backupId"])
    call("serverless-clusters", "restore", "--backup-id", backup["backupId"])
    call("serverless-clusters", "wait", sid, *FAST)
    call("serverless-backups", "delete", backup["backupId"])
    call("serverless-clusters", "delete", sid)

    every = {(cli._attr_of(cls), method) for cls, method, _, _ in _core._operations()}
    assert every - done == set(), "operations never run as a command"
