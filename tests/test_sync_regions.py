"""Regions and node specs through the blocking client."""

from __future__ import annotations

import pytest

import tidbcloud


def test_regions_cover_three_providers(client):
    regions = list(client.regions.list())
    providers = {r["cloudProvider"] for r in regions}
    assert providers == {"AWS", "GCP", "AZURE"}
    assert all(set(r) >= {"regionId", "cloudProvider", "displayName"} for r in regions)


def test_regions_page_across_three_pages(client, mock):
    client.regions.get("us-east-1")  # take the digest challenge out of the count
    mock.reset_requests()
    ids = [r["regionId"] for r in client.regions.list(page_size=4)]
    assert len(ids) == 10 and len(set(ids)) == 10
    assert mock.request_count("GET", "/v1beta1/regions") == 3


def test_get_region(client):
    assert client.regions.get("europe-west1")["cloudProvider"] == "GCP"
    with pytest.raises(tidbcloud.NotFoundError):
        client.regions.get("mars-north-1")


def test_node_specs_of_each_component(client):
    specs = list(client.regions.list_node_specs("us-east-1", page_size=3))
    kinds = {s["componentType"] for s in specs}
    assert kinds == {"tidb", "tikv", "tiflash"}
    assert all(isinstance(s["cpu"], int) and isinstance(s["memory"], int) for s in specs)
    with pytest.raises(tidbcloud.NotFoundError):
        list(client.regions.list_node_specs("mars-north-1"))


def test_node_spec_keys_are_what_create_accepts(client):
    spec = {s["componentType"]: s["nodeSpecKey"] for s in client.regions.list_node_specs("eastus")}
    c = client.clusters.create(
        display_name="fits",
        cloud_provider="AZURE",
        region_id="eastus",
        components={
            "tidb": {"nodeSize": spec["tidb"], "nodeQuantity": 1},
            "tikv": {"nodeSize": spec["tikv"], "nodeQuantity": 3},
            "tiflash": {"nodeSize": spec["tiflash"], "nodeQuantity": 1},
        },
    )
    assert c["components"]["tiflash"]["nodeSize"] == spec["tiflash"]
    with pytest.raises(tidbcloud.BadRequestError, match="belongs to AZURE"):
        client.clusters.create(
            display_name="wrong", cloud_provider="AWS", region_id="eastus",
            components=c["components"],
        )
