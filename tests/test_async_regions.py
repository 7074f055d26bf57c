"""Regions and node specs through the async client."""

from __future__ import annotations

import pytest

import tidbcloud


async def test_regions_and_specs(aclient, mock):
    await aclient.regions.get("aws-us-east-1")  # take the digest challenge out of the count
    mock.reset_requests()
    ids = [r["regionId"] async for r in aclient.regions.list(page_size=4)]
    assert len(ids) == 10
    assert mock.request_count("GET", "/v1beta1/regions") == 3
    assert (await aclient.regions.get("gcp-us-central1"))["cloudProvider"] == "gcp"
    specs = [s async for s in aclient.regions.list_node_specs("gcp-us-central1")]
    assert {s["componentType"] for s in specs} == {"TIDB", "TIKV", "TIFLASH"}
    azure = [r["regionId"] async for r in aclient.regions.list(cloud_provider="azure")]
    assert azure == ["azure-eastus", "azure-westeurope"]
    tidb = [s async for s in aclient.regions.list_node_specs("gcp-us-central1",
                                                               component_type="TIDB")]
    assert {s["componentType"] for s in tidb} == {"TIDB"}


async def test_missing_region(aclient):
    with pytest.raises(tidbcloud.NotFoundError):
        await aclient.regions.get("nowhere")
    with pytest.raises(tidbcloud.NotFoundError):
        async for _ in aclient.regions.list_node_specs("nowhere"):
            pass
