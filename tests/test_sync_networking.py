"""Network containers, VPC peerings and private endpoint connections through
the blocking client, against the mock in the service's shapes."""

from __future__ import annotations

import pytest

import tidbcloud
from helpers import OTHER_PROJECT, cluster_args
from tidbcloud.testing import MockServer

PEER = {"tidb_cloud_region_id": "aws-us-east-1", "customer_region_id": "aws-us-west-2",
        "customer_account_id": "123456789012", "customer_vpc_id": "vpc-0a1b2c3d",
        "customer_vpc_cidr": "10.0.0.0/16"}


@pytest.fixture
def paced():
    with MockServer(transition_seconds=0.3, rate_limit=None) as m, m.client() as c:
        yield c


def test_network_container_lifecycle(client):
    nc = client.network_containers.create(region_id="aws-us-east-1", cidr_notation="172.31.0.0/20")
    assert nc["state"] == "INACTIVE" and nc["cloudProvider"] == "aws"
    assert nc["vpcId"].startswith("vpc-") and nc["cidrNotation"] == "172.31.0.0/20"
    assert nc["labels"]["tidb.cloud/project"]
    assert client.network_containers.get(nc["networkContainerId"]) == nc
    other = client.network_containers.create(region_id="gcp-us-central1",
                                              project_id=OTHER_PROJECT)
    assert other["cidrNotation"] == "172.16.0.0/21"  # the default
    assert [c["networkContainerId"] for c in
            client.network_containers.list(cloud_provider="gcp")] == [other["networkContainerId"]]
    assert len(list(client.network_containers.list(project_id=OTHER_PROJECT))) == 1
    # A cluster in the region makes the container ACTIVE; it cannot go then.
    client.clusters.create(**cluster_args())
    assert client.network_containers.get(nc["networkContainerId"])["state"] == "ACTIVE"
    with pytest.raises(tidbcloud.BadRequestError, match="ACTIVE"):
        client.network_containers.delete(nc["networkContainerId"])
    assert client.network_containers.delete(other["networkContainerId"]) == {}
    with pytest.raises(tidbcloud.NotFoundError):
        client.network_containers.get(other["networkContainerId"])


@pytest.mark.sends_invalid_requests
@pytest.mark.parametrize("kwargs, error, message", [
    ({"region_id": "mars-1"}, tidbcloud.BadRequestError, "regionId"),
    ({"region_id": "aws-us-east-1", "cidr_notation": "8.8.0.0/16"}, tidbcloud.BadRequestError,
     "10.0.0.0/8"),
    ({"region_id": "aws-us-east-1", "cidr_notation": "10.0.0.0/24"}, tidbcloud.BadRequestError,
     "/16 to /23"),
    ({"region_id": "aws-us-east-1", "cidr_notation": "10.0.0/16"}, tidbcloud.BadRequestError,
     "IPv4 CIDR"),
])
def test_network_container_validation(client, kwargs, error, message):
    with pytest.raises(error, match=message):
        client.network_containers.create(**kwargs)


@pytest.mark.sends_invalid_requests
def test_one_container_per_project_and_region(client):
    client.network_containers.create(region_id="aws-us-east-1")
    with pytest.raises(tidbcloud.ConflictError):
        client.network_containers.create(region_id="aws-us-east-1")
    assert client.network_containers.create(region_id="aws-us-east-1", validate_only=True,
                                            project_id=OTHER_PROJECT)["state"] == "INACTIVE"
    assert len(list(client.network_containers.list())) == 1


def test_vpc_peering_is_pending_then_active(paced):
    c = paced
    nc = c.network_containers.create(region_id="aws-us-east-1", cidr_notation="172.16.0.0/21")
    p = c.vpc_peerings.create(**PEER)
    assert p["state"] == "PENDING" and p["tidbCloudVpcCidr"] == "172.16.0.0/21"
    assert p["tidbCloudVpcId"] == nc["vpcId"] and p["awsVpcPeeringConnectionId"].startswith("pcx-")
    assert p["customerVpcCidr"] == "10.0.0.0/16" and p["tidbCloudCloudProvider"] == "aws"
    done = c.vpc_peerings.wait(p["vpcPeeringId"], poll_interval=0.05)
    assert done["state"] == "ACTIVE"
    assert [x["vpcPeeringId"] for x in c.vpc_peerings.list(cloud_provider="aws")] == [
        p["vpcPeeringId"]]
    assert list(c.vpc_peerings.list(cloud_provider="gcp")) == []
    with pytest.raises(tidbcloud.BadRequestError, match="VPC peerings"):
        c.network_containers.delete(nc["networkContainerId"])
    assert c.vpc_peerings.delete(p["vpcPeeringId"]) == {}
    assert c.vpc_peerings.wait(p["vpcPeeringId"], state="DELETED")["state"] == "DELETED"
    assert c.network_containers.delete(nc["networkContainerId"]) == {}


def test_a_failed_peering_ends_the_wait(paced):
    c = paced
    c.network_containers.create(region_id="aws-us-east-1")
    p = c.vpc_peerings.create(**{**PEER, "customer_vpc_id": "vpc-fail"})
    with pytest.raises(tidbcloud.WaiterError, match="FAILED") as e:
        c.vpc_peerings.wait(p["vpcPeeringId"], poll_interval=0.05)
    assert e.value.last_state == "FAILED"


@pytest.mark.sends_invalid_requests
def test_vpc_peering_validation(client):
    with pytest.raises(tidbcloud.BadRequestError, match="network container"):
        client.vpc_peerings.create(**PEER)
    client.network_containers.create(region_id="aws-us-east-1", cidr_notation="10.0.0.0/20")
    with pytest.raises(tidbcloud.BadRequestError, match="overlaps"):
        client.vpc_peerings.create(**PEER)
    with pytest.raises(tidbcloud.BadRequestError, match="customerRegionId"):
        client.vpc_peerings.create(**{**PEER, "customer_region_id": None,
                                      "customer_vpc_cidr": "192.168.0.0/16"})
    with pytest.raises(ValueError, match="customer_vpc_cidr"):
        client.vpc_peerings.create(**{**PEER, "customer_vpc_cidr": ""})


def test_private_endpoint_is_pending_then_active(paced):
    c = paced
    cid = c.clusters.create(**cluster_args())["clusterId"]
    gid = next(iter(c.tidb_node_groups.list(cid)))["tidbNodeGroupId"]
    e = c.private_endpoints.create(cid, gid, endpoint_id="vpce-0a1b2c3d4e5f6a7b8")
    eid = e["privateEndpointConnectionId"]
    assert e["endpointState"] == "PENDING" and e["tidbNodeGroupId"] == gid
    assert e["host"].startswith("privatelink-") and e["port"] == 4000
    assert e["privateLinkServiceName"] and e["clusterDisplayName"] == "prod"
    done = c.private_endpoints.wait(cid, gid, eid, poll_interval=0.05)
    assert done["endpointState"] == "ACTIVE"
    pages = list(c.private_endpoints.list(cid, gid).pages())
    assert pages[0]["totalSize"] == 1
    assert list(c.private_endpoints.list(cid, gid, cloud_provider="gcp")) == []
    with pytest.raises(tidbcloud.ConflictError):
        c.private_endpoints.create(cid, gid, endpoint_id="vpce-0a1b2c3d4e5f6a7b8")
    assert c.private_endpoints.delete(cid, gid, eid) == {}
    assert c.private_endpoints.wait(cid, gid, eid, state="DELETED")["endpointState"] == "DELETED"


def test_a_failed_endpoint_says_why(paced):
    c = paced
    cid = c.clusters.create(**cluster_args())["clusterId"]
    gid = next(iter(c.tidb_node_groups.list(cid)))["tidbNodeGroupId"]
    e = c.private_endpoints.create(cid, gid, endpoint_id="vpce-0dead")  # fails in the mock
    assert e["endpointState"] == "FAILED"
    with pytest.raises(tidbcloud.WaiterError, match="not found in the customer") as err:
        c.private_endpoints.wait(cid, gid, e["privateEndpointConnectionId"], poll_interval=0.05)
    assert err.value.last_state == "FAILED"


@pytest.mark.sends_invalid_requests
def test_private_endpoint_validation_and_cascade(client):
    cid = client.clusters.create(**cluster_args())["clusterId"]
    gid = next(iter(client.tidb_node_groups.list(cid)))["tidbNodeGroupId"]
    with pytest.raises(tidbcloud.BadRequestError, match="vpce-"):
        client.private_endpoints.create(cid, gid, endpoint_id="endpoint-1")
    with pytest.raises(tidbcloud.NotFoundError):
        client.private_endpoints.create(cid, "12345", endpoint_id="vpce-01")
    e = client.private_endpoints.create(cid, gid, endpoint_id="vpce-01")
    client.clusters.delete(cid)
    with pytest.raises(tidbcloud.NotFoundError):
        client.private_endpoints.get(cid, gid, e["privateEndpointConnectionId"])


def test_bad_arguments_send_nothing(client, mock):
    mock.reset_requests()
    for call, error in [
        (lambda: client.private_endpoints.create("1", "2", endpoint_id=" "), ValueError),
        (lambda: client.private_endpoints.get("1", "2", ""), ValueError),
        (lambda: client.private_endpoints.wait("1", "2", "3", state="UP"), ValueError),
        (lambda: client.network_containers.create(region_id=""), ValueError),
        (lambda: client.network_containers.create(region_id="r", labels=["x"]), TypeError),
        (lambda: client.network_containers.list(skip=-2), ValueError),
        (lambda: client.vpc_peerings.get(""), ValueError),
        (lambda: client.vpc_peerings.wait("1", state="UP"), ValueError),
    ]:
        with pytest.raises(error):
            call()
    assert mock.request_count() == 0
