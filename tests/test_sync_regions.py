"""Regions and node specs through the blocking client, in the service's shapes."""

from __future__ import annotations

import pytest

import tidbcloud


def test_regions_cover_three_providers(client):
    regions = list(client.regions.list())
    assert {r["cloudProvider"] for r in regions} == {"aws", "gcp", "azure"}
    for r in regions:
        assert r["name"] == f"regions/{r['regionId']}"
        assert r["regionId"].startswith(r["cloudProvider"] + "-")
        assert set(r) >= {"displayName", "provider"}


def test_regions_page_across_three_pages(client, mock):
    client.regions.get("aws-us-east-1")  # take the digest challenge out of the count
    mock.reset_requests()
    ids = [r["regionId"] for r in client.regions.list(page_size=4)]
    assert len(ids) == 10 and len(set(ids)) == 10
    assert mock.request_count("GET", "/v1beta1/regions") == 3


def test_regions_by_cloud_provider(client, mock):
    gcp = [r["regionId"] for r in client.regions.list(cloud_provider="gcp", page_size=2)]
    assert gcp == ["gcp-us-central1", "gcp-europe-west1", "gcp-asia-northeast1"]
    assert [q for q in mock.requests() if q["path"] == "/v1beta1/regions"][-1]["query"] \
        .startswith("cloudProvider=gcp")
    with pytest.raises(tidbcloud.BadRequestError, match="cloudProvider"):
        list(client.regions.list(cloud_provider="AWS"))  # the service writes it lower case
    with pytest.raises(ValueError, match="cloud_provider"):
        client.regions.list(cloud_provider="")


def test_get_region(client):
    r = client.regions.get("gcp-europe-west1")
    assert r["cloudProvider"] == "gcp" and r["name"] == "regions/gcp-europe-west1"
    with pytest.raises(tidbcloud.NotFoundError):
        client.regions.get("mars-north-1")


def test_node_specs_of_each_component(client):
    specs = list(client.regions.list_node_specs("aws-us-east-1", page_size=3))
    assert {s["componentType"] for s in specs} == {"TIDB", "TIKV", "TIFLASH"}
    for s in specs:
        assert s["regionId"] == "aws-us-east-1"
        assert s["name"] == (f"regions/aws-us-east-1/componentTypes/{s['componentType']}"
                             f"/nodeSpecs/{s['nodeSpecKey']}")
        assert isinstance(s["vCpu"], int) and isinstance(s["memorySizeGi"], int)
        if s["componentType"] != "TIDB":  # storage ranges for storage nodes
            assert s["minStorageSizeGi"] <= s["defaultStorageSizeGi"] <= s["maxStorageSizeGi"]
            assert "Standard" in s["storageTypes"]
    with pytest.raises(tidbcloud.NotFoundError):
        list(client.regions.list_node_specs("mars-north-1"))


@pytest.mark.sends_invalid_requests
def test_node_specs_by_component_and_cluster(client):
    tikv = list(client.regions.list_node_specs("aws-us-east-1", component_type="TIKV"))
    assert tikv and {s["componentType"] for s in tikv} == {"TIKV"}
    assert sum(s["default"] for s in tikv) == 1
    with pytest.raises(tidbcloud.BadRequestError, match="componentType"):
        list(client.regions.list_node_specs("aws-us-east-1", component_type="tikv"))
    with pytest.raises(tidbcloud.NotFoundError, match="cluster"):
        list(client.regions.list_node_specs("aws-us-east-1", cluster_id="404404"))


def test_node_spec_keys_are_what_create_accepts(client):
    spec = {s["componentType"]: s["nodeSpecKey"]
            for s in client.regions.list_node_specs("azure-eastus")}
    c = client.clusters.create(
        display_name="fits",
        region_id="azure-eastus",
        tidb_node_setting={"nodeSpecKey": spec["TIDB"], "tidbNodeGroups": [{"nodeCount": 1}]},
        tikv_node_setting={"nodeSpecKey": spec["TIKV"], "nodeCount": 3, "storageSizeGi": 500},
        tiflash_node_setting={"nodeSpecKey": spec["TIFLASH"], "nodeCount": 1,
                              "storageSizeGi": 500},
    )
    assert c["tiflashNodeSetting"]["nodeSpecKey"] == spec["TIFLASH"]
    assert c["cloudProvider"] == "azure"
    with pytest.raises(tidbcloud.BadRequestError, match="not offered for TIKV"):
        client.clusters.create(
            display_name="wrong", region_id="azure-eastus",
            tidb_node_setting={"nodeSpecKey": spec["TIDB"], "tidbNodeGroups": [{"nodeCount": 1}]},
            tikv_node_setting={"nodeSpecKey": spec["TIFLASH"], "nodeCount": 3,
                               "storageSizeGi": 500},
        )
