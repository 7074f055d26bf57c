"""TiDB node groups, their public endpoints and private link services, through
the blocking client, against the mock in the service's shapes."""

from __future__ import annotations

from decimal import Decimal

import pytest

import tidbcloud
from helpers import cluster_args, utc_today
from tidbcloud.testing import MockServer


@pytest.fixture
def paced():
    with MockServer(transition_seconds=0.3, rate_limit=None) as m, m.client() as c:
        cid = c.clusters.create(**cluster_args())["clusterId"]
        c.clusters.wait(cid, poll_interval=0.05)
        yield c, cid


@pytest.fixture
def cid(client):
    return client.clusters.create(**cluster_args())["clusterId"]


def test_the_default_group_is_listed_with_the_cluster_tidb(client, cid):
    (default,) = client.tidb_node_groups.list(cid)
    assert default["isDefaultGroup"] is True and default["nodeCount"] == 2
    assert default["nodeSpecKey"] == "8C16G" and default["state"] == "ACTIVE"
    assert client.tidb_node_groups.get(cid, default["tidbNodeGroupId"]) == default
    cluster = client.clusters.get(cid)
    assert cluster["tidbNodeSetting"]["tidbNodeGroups"] == [default]


def test_a_group_is_modifying_then_active_and_shows_in_the_cluster(paced):
    c, cid = paced
    g = c.tidb_node_groups.create(cid, display_name="analytics", node_count=2)
    assert g["state"] == "MODIFYING" and g["isDefaultGroup"] is False
    assert g["nodeSpecKey"] == "8C16G"  # the cluster's TiDB size
    assert {e["connectionType"] for e in g["endpoints"]} == {
        "PUBLIC", "VPC_PEERING", "PRIVATE_ENDPOINT"}
    seen = []
    done = c.tidb_node_groups.wait(cid, g["tidbNodeGroupId"], poll_interval=0.05,
                                   progress=seen.append)
    assert done["state"] == "ACTIVE" and seen[0]["state"] == "MODIFYING"
    pages = list(c.tidb_node_groups.list(cid, page_size=1).pages())
    assert [p["totalSize"] for p in pages] == [2, 2]
    groups = c.clusters.get(cid)["tidbNodeSetting"]["tidbNodeGroups"]
    assert [x["displayName"] for x in groups] == ["DefaultGroup", "analytics"]


def test_resizing_a_group_and_the_default_group(paced):
    c, cid = paced
    g = c.tidb_node_groups.create(cid, display_name="etl", node_count=1, node_spec_key="4C16G",
                                  tiproxy_setting={"nodeSpecKey": "2C4G", "nodeCount": 2})
    gid = g["tidbNodeGroupId"]
    assert g["tiproxySetting"]["nodeSpecDisplayName"] == "2 vCPU, 4 GiB"
    c.tidb_node_groups.wait(cid, gid, poll_interval=0.05)
    bigger = c.tidb_node_groups.update(cid, gid, node_count=3)
    # Straight after the resize the old state may show; the wait rides it out.
    done = c.tidb_node_groups.wait(cid, gid, poll_interval=0.05)
    assert bigger["nodeCount"] == done["nodeCount"] == 3 and done["state"] == "ACTIVE"
    renamed = c.tidb_node_groups.update(cid, gid, display_name="etl-2")
    assert renamed["displayName"] == "etl-2" and renamed["state"] == "ACTIVE"
    default = c.clusters.get(cid)["tidbNodeSetting"]["tidbNodeGroups"][0]["tidbNodeGroupId"]
    c.tidb_node_groups.update(cid, default, node_count=4)
    assert c.clusters.get(cid)["state"] == "MODIFYING"  # the default group is the cluster's TiDB
    assert c.clusters.wait(cid, poll_interval=0.05)["tidbNodeSetting"]["tidbNodeGroups"][0][
        "nodeCount"] == 4


def test_delete_a_group_but_never_the_default_one(client, cid):
    g = client.tidb_node_groups.create(cid, display_name="temp", node_count=1)
    gid = g["tidbNodeGroupId"]
    assert client.tidb_node_groups.delete(cid, gid, validate_only=True) == {}
    assert len(list(client.tidb_node_groups.list(cid))) == 2
    assert client.tidb_node_groups.delete(cid, gid) == {}
    assert client.tidb_node_groups.wait(cid, gid, state="DELETED")["state"] == "DELETED"
    events = [e["eventType"] for e in client.audit_logs.list(page_size=2)]
    assert events[:2] == ["DeleteTidbNodeGroup", "CreateTidbNodeGroup"]
    with pytest.raises(tidbcloud.NotFoundError):
        client.tidb_node_groups.get(cid, gid)
    default = next(iter(client.tidb_node_groups.list(cid)))["tidbNodeGroupId"]
    with pytest.raises(tidbcloud.BadRequestError, match="default TiDB node group"):
        client.tidb_node_groups.delete(cid, default)


def test_a_wait_on_a_group_that_never_existed_says_so(client, cid):
    with pytest.raises(tidbcloud.WaiterError, match="does not exist") as e:
        client.tidb_node_groups.wait(cid, "12345", poll_interval=0.05)
    assert "no longer" not in str(e.value)


def test_validate_only_creates_nothing(client, cid):
    g = client.tidb_node_groups.create(cid, display_name="dry", node_count=2, validate_only=True)
    assert g["displayName"] == "dry"
    assert len(list(client.tidb_node_groups.list(cid))) == 1


@pytest.mark.sends_invalid_requests
def test_the_mock_refuses_what_the_service_would(client, cid):
    with pytest.raises(tidbcloud.BadRequestError, match="not a TiDB node spec"):
        client.tidb_node_groups.create(cid, display_name="x", node_count=1, node_spec_key="1C1G")
    with pytest.raises(tidbcloud.BadRequestError, match=r"tiproxySetting\.nodeSpecKey"):
        client.tidb_node_groups.create(cid, display_name="x", node_count=1,
                                       tiproxy_setting={"nodeCount": 1})
    with pytest.raises(tidbcloud.BadRequestError, match="unknown field"):
        client.tidb_node_groups.create(cid, display_name="x", node_count=1,
                                       extra_body={"components": {}})
    client.clusters.pause(cid)
    with pytest.raises(tidbcloud.BadRequestError, match="PAUSED"):
        client.tidb_node_groups.create(cid, display_name="x", node_count=1)
    assert next(iter(client.tidb_node_groups.list(cid)))["state"] == "PAUSED"
    with pytest.raises(tidbcloud.NotFoundError):
        list(client.tidb_node_groups.list("404"))


def test_bad_arguments_send_nothing(client, mock):
    mock.reset_requests()
    for call, error in [
        (lambda: client.tidb_node_groups.create("1", display_name="x", node_count=0), ValueError),
        (lambda: client.tidb_node_groups.create("1", display_name=" ", node_count=1), ValueError),
        (lambda: client.tidb_node_groups.update("1", "2"), ValueError),
        (lambda: client.tidb_node_groups.get("1", ""), ValueError),
        (lambda: client.tidb_node_groups.list("1", skip=-1), ValueError),
        (lambda: client.tidb_node_groups.wait("1", "2", state="GONE"), ValueError),
        (lambda: client.tidb_node_groups.update_public_endpoint_setting("1", "2"), ValueError),
        (lambda: client.tidb_node_groups.update_public_endpoint_setting(
            "1", "2", ip_access_list=[{"description": "no cidr"}]), ValueError),
        (lambda: client.tidb_node_groups.create("1", display_name="x", node_count=1,
                                                tiproxy_setting="2C4G"), TypeError),
    ]:
        with pytest.raises(error):
            call()
    assert mock.request_count() == 0


def test_public_endpoint_setting(client, cid):
    gid = next(iter(client.tidb_node_groups.list(cid)))["tidbNodeGroupId"]
    setting = client.tidb_node_groups.get_public_endpoint_setting(cid, gid)
    assert setting == {"name": f"tidbNodeGroups/{gid}/publicEndpointSetting",
                       "tidbNodeGroupId": gid, "enabled": True, "ipAccessList": []}
    office = [{"cidrNotation": "203.0.113.0/24", "description": "office"}]
    got = client.tidb_node_groups.update_public_endpoint_setting(cid, gid, ip_access_list=office)
    assert got["ipAccessList"] == office and got["enabled"] is True
    assert client.tidb_node_groups.get_public_endpoint_setting(cid, gid)["ipAccessList"] == office
    client.tidb_node_groups.update_public_endpoint_setting(cid, gid, enabled=False)
    endpoints = client.tidb_node_groups.get(cid, gid)["endpoints"]
    assert "PUBLIC" not in {e["connectionType"] for e in endpoints}
    with pytest.raises(tidbcloud.BadRequestError, match="IPv4 CIDR"):
        client.tidb_node_groups.update_public_endpoint_setting(
            cid, gid, ip_access_list=[{"cidrNotation": "203.0.113.0/33"}])


def test_private_link_service(client, cid):
    gid = next(iter(client.tidb_node_groups.list(cid)))["tidbNodeGroupId"]
    pls = client.tidb_node_groups.get_private_link_service(cid, gid)
    assert pls["state"] == "ACTIVE" and pls["cloudProvider"] == "aws"
    assert pls["serviceName"].startswith("com.amazonaws.vpce.us-east-1.vpce-svc-")
    assert pls["availableZones"] and pls["regionId"] == "aws-us-east-1"


def test_a_group_is_billed_as_tidb_compute(client, cid):
    month = utc_today()
    before = Decimal(client.billing.get_monthly_bill(month)["overview"]["totalCost"])
    client.tidb_node_groups.create(cid, display_name="more", node_count=2)  # 2 x 8C16G: 1.42/h
    after = Decimal(client.billing.get_monthly_bill(month)["overview"]["totalCost"])
    # The change starts a new billed span (an hour at least) that holds the
    # group's nodes besides the cluster's.
    assert after - before == before + Decimal("1.42")


def test_a_viewer_cannot_change_groups(mock, client, cid):
    pub, priv = mock.create_api_key("project:ctl_plane_viewer")
    with tidbcloud.TiDBCloud(pub, priv, base_url=mock.url) as viewer:
        assert len(list(viewer.tidb_node_groups.list(cid))) == 1
        with pytest.raises(tidbcloud.PermissionDeniedError):
            viewer.tidb_node_groups.create(cid, display_name="x", node_count=1)


def test_helpers(client, cid):
    quotas = client.clusters.show_node_quota()["componentQuotas"]
    assert {q["componentType"] for q in quotas} >= {"TIDB", "TIKV"}
    assert client.regions.show_cloud_providers()["cloudProviders"] == ["aws", "gcp", "azure"]
    spec = client.regions.get_node_spec("aws-us-east-1", "TIKV", "8C32G")
    assert spec["vCpu"] == 8 and spec["componentType"] == "TIKV"
    with pytest.raises(tidbcloud.NotFoundError):
        client.regions.get_node_spec("aws-us-east-1", "TIKV", "1C1G")
    made = client.integrations.create(cid, type="PROMETHEUS")
    assert client.integrations.delete(cid, made["id"]) == {}
    assert client.integrations.list(cid) == []
    with pytest.raises(tidbcloud.NotFoundError):
        client.integrations.delete(cid, made["id"])
