"""Backups and restores through the async client."""

from __future__ import annotations

from helpers import DEFAULT_PROJECT, cluster_args


async def test_backups_and_restores(aclient):
    cid = (await aclient.clusters.create(**cluster_args()))["clusterId"]
    bid = (await aclient.backups.create(DEFAULT_PROJECT, cid, name="async"))["id"]
    assert (await aclient.backups.wait(DEFAULT_PROJECT, cid, bid))["status"] == "SUCCESS"
    assert [b["id"] async for b in aclient.backups.list(DEFAULT_PROJECT, cid)] == [bid]
    r = await aclient.restores.create(DEFAULT_PROJECT, backup_id=bid, name="async-restored",
                                      config={"root_password": "Async-Passw0rd"})
    assert (await aclient.restores.get(DEFAULT_PROJECT, r["id"]))["status"] == "SUCCESS"
    assert (await aclient.clusters.get(r["cluster_id"]))["displayName"] == "async-restored"
