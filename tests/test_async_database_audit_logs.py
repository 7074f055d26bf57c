"""Database audit logging of both tiers through the async client: each
family's lifecycle and a refusal of each kind, on the other face."""

from __future__ import annotations

import os

import pytest

import tidbcloud
from helpers import cluster_args
from tidbcloud.testing import MockServer

ROLE = "arn:aws:iam::123456789012:role/audit-writer"


async def test_dedicated_config_files_and_rules_on_the_async_face():
    with MockServer(transition_seconds=None, rate_limit=None) as m:
        async with m.async_client() as ac:
            cid = (await ac.clusters.create(**cluster_args()))["clusterId"]
            m.settle()
            logs = ac.database_audit_logs
            assert (await logs.get_config(cid))["enabled"] is False
            with pytest.raises(tidbcloud.BadRequestError, match="bucketUri is required"):
                await logs.update_config(cid, enabled=True)
            on = await logs.update_config(cid, enabled=True, bucket_uri="s3://b/audit/",
                                          aws_role_arn=ROLE)
            assert on["enabled"] is True and on["bucketUri"] == "s3://b/audit/"
            assert [f async for f in logs.query_files(cid)] == []
            m.settle()
            files = [f async for f in logs.query_files(cid, page_size=2)]
            assert len(files) == 4 and files[0]["uri"].startswith(f"s3://b/audit/{cid}/")
            url = (await logs.generate_download_address(
                cid, audit_log_file_uri=files[1]["uri"]))["downloadAddress"]
            assert files[1]["filename"] in url
            principal = await logs.show_iam_principal(cid)
            assert principal["iamPrincipal"].startswith("arn:aws:iam::")
            rule = await logs.create_filter_rule(cid, user_expr="etl@10.0.%",
                                                 event_types="QUERY_DDL,QUERY_DML")
            assert rule["eventTypes"] == ["QUERY_DDL", "QUERY_DML"]
            with pytest.raises(tidbcloud.ConflictError):
                await logs.create_filter_rule(cid, user_expr="etl@10.0.%")
            assert [r["userExpr"] async for r in logs.list_filter_rules(cid)] == ["etl@10.0.%"]
            got = await logs.replace_filter_rule(cid, "etl@10.0.%", disabled=True)
            assert got["auditLogFilterRule"]["disabled"] is True
            assert (await logs.get_filter_rule(cid, "etl@10.0.%"))["eventTypes"] == []
            assert await logs.delete_filter_rule(cid, "etl@10.0.%") == {}
            with pytest.raises(tidbcloud.NotFoundError):
                await logs.delete_filter_rule(cid, "etl@10.0.%")
            before = m.request_count()
            with pytest.raises(ValueError, match="format"):
                logs.update_config(cid, format="YAML")
            with pytest.raises(TypeError, match="rotation_policy"):
                logs.update_config(cid, rotation_policy="10MiB")
            assert m.request_count() == before


async def test_starter_config_files_and_rules_on_the_async_face(tmp_path):
    with MockServer(transition_seconds=None, rate_limit=None) as m:
        async with m.async_client() as ac:
            sid = (await ac.serverless.clusters.create(display_name="audited",
                                                       region_id="aws-us-east-1"))["clusterId"]
            m.settle()
            logs = ac.serverless.database_audit_logs
            with pytest.raises(tidbcloud.BadRequestError, match="cloudStorage is required"):
                await logs.update_config(sid, enabled=True)
            on = await logs.update_config(sid, enabled=True,
                                          cloud_storage={"type": "TIDB_CLOUD"},
                                          rotation_interval_minutes=30)
            assert (on["enabled"], on["rotationIntervalMinutes"]) == (True, 30)
            m.advance(1.0)
            files = [f async for f in logs.list_files(sid)]
            assert len(files) == 2
            got = await logs.download_files(sid, audit_log_file_names=[files[1]["name"]])
            assert got["auditLogFiles"][0]["url"].startswith(m.url.removesuffix("/v1beta1"))
            paths = await logs.download(sid, tmp_path, progress=False)
            assert sorted(os.path.basename(p) for p in paths) == sorted(f["name"] for f in files)
            rule = await logs.create_filter_rule(sid, display_name="failures", users="%@%",
                                                 filters=[{"statusCodes": [1]}])
            rid = rule["filterRuleId"]
            with pytest.raises(tidbcloud.ConflictError):
                await logs.create_filter_rule(sid, display_name="failures", users="a",
                                              filters=[{}])
            assert [r["filterRuleId"] async for r in logs.list_filter_rules(sid)] == [rid]
            changed = await logs.update_filter_rule(sid, rid, users=["app@%"])
            assert changed["users"] == ["app@%"]
            assert (await logs.get_filter_rule(sid, rid))["displayName"] == "failures"
            assert (await logs.delete_filter_rule(sid, rid))["filterRuleId"] == rid
            with pytest.raises(tidbcloud.NotFoundError):
                await logs.get_filter_rule(sid, rid)
            before = m.request_count()
            with pytest.raises(ValueError, match="1 to 100"):
                logs.download_files(sid, audit_log_file_names=[])
            with pytest.raises(TypeError, match="filters"):
                logs.create_filter_rule(sid, display_name="x", users="a", filters="all")
            assert m.request_count() == before
