"""Networking through the async client."""

from __future__ import annotations

from helpers import cluster_args


async def test_networking(aclient):
    nc = await aclient.network_containers.create(region_id="aws-us-east-1")
    peering = await aclient.vpc_peerings.create(
        tidb_cloud_region_id="aws-us-east-1", customer_region_id="aws-us-west-2",
        customer_account_id="123456789012", customer_vpc_id="vpc-1",
        customer_vpc_cidr="10.1.0.0/16")
    assert (await aclient.vpc_peerings.wait(peering["vpcPeeringId"]))["state"] == "ACTIVE"
    assert [p["vpcPeeringId"] async for p in aclient.vpc_peerings.list()] == [
        peering["vpcPeeringId"]]
    cid = (await aclient.clusters.create(**cluster_args()))["clusterId"]
    groups = [g async for g in aclient.tidb_node_groups.list(cid)]
    gid = groups[0]["tidbNodeGroupId"]
    e = await aclient.private_endpoints.create(cid, gid, endpoint_id="vpce-0123")
    done = await aclient.private_endpoints.wait(cid, gid, e["privateEndpointConnectionId"])
    assert done["endpointState"] == "ACTIVE"
    assert (await aclient.network_containers.get(nc["networkContainerId"]))["state"] == "ACTIVE"
