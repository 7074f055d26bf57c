"""Imports through the async client."""

from __future__ import annotations

import pytest

import tidbcloud
from helpers import cluster_args, import_args


@pytest.mark.sends_invalid_requests
async def test_import_lifecycle(aclient):
    cid = (await aclient.clusters.create(**cluster_args()))["clusterId"]
    imp = await aclient.imports.create(cid, **import_args())
    assert imp["state"] == "COMPLETED" and imp["completePercent"] == 100
    got = await aclient.imports.get(cid, imp["importId"])
    assert got["creationDetails"]["importOptions"]["fileType"] == "CSV"
    assert [i["importId"] async for i in aclient.imports.list(cid)] == [imp["importId"]]
    with pytest.raises(tidbcloud.BadRequestError, match="COMPLETED"):
        await aclient.imports.cancel(cid, imp["importId"])
    with pytest.raises(tidbcloud.BadRequestError, match="fileType"):
        await aclient.imports.create(cid, **import_args("DOC"))
    with pytest.raises(TypeError):
        aclient.imports.create(cid, creation_details=["CSV"])
