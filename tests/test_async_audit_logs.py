"""Audit logs through the async client."""

from __future__ import annotations

import datetime as dt

from helpers import cluster_args


async def test_audit_logs(aclient):
    await aclient.clusters.create(**cluster_args())
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=5)
    got = [e async for e in aclient.audit_logs.list(start_time=since, event_types="CreateCluster")]
    assert [e["eventType"] for e in got] == ["CreateCluster"]
