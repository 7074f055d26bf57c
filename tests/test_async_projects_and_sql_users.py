"""Projects and SQL users through the async client."""

from __future__ import annotations

from helpers import cluster_args


async def test_projects_and_sql_users(aclient):
    assert len([p async for p in aclient.projects.list()]) == 2
    cid = (await aclient.clusters.create(**cluster_args()))["clusterId"]
    await aclient.sql_users.create(cid, user_name="app", password="Async-Passw0rd",
                                   builtin_role="role_readonly")
    names = [u["userName"] async for u in aclient.sql_users.list(cid)]
    assert names == ["root", "app"]
