"""Integrations through the async client."""

from __future__ import annotations

import pytest

import tidbcloud
from helpers import cluster_args


async def test_integrations(aclient):
    cid = (await aclient.clusters.create(**cluster_args()))["clusterId"]
    made = await aclient.integrations.create(cid, type="PROMETHEUS")
    assert isinstance(made["prometheus"]["key"], tidbcloud.SecretStr)
    del made["prometheus"]["key"]
    assert (await aclient.integrations.list(cid)) == [made]
    with pytest.raises(tidbcloud.ConflictError):
        await aclient.integrations.create(cid, type="PROMETHEUS")
