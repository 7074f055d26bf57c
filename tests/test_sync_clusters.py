"""Clusters through the blocking client, against the mock over sockets."""

from __future__ import annotations

import time

import pytest

import tidbcloud
from helpers import OTHER_PROJECT, TIKV, cluster_args
from tidbcloud.testing import MockServer


def test_create_returns_the_cluster_without_its_password(client, mock):
    c = client.clusters.create(**cluster_args(root_password="Sup3r-Secret-PW"))
    assert c["displayName"] == "prod"
    assert c["cloudProvider"] == "aws"
    assert c["regionId"] == "aws-us-east-1"
    assert c["name"] == f"clusters/{c['clusterId']}"
    assert c["state"] == "ACTIVE"  # transition_seconds=0
    assert c["port"] == 4000  # the service's default: the create sample sends none
    assert c["labels"]["tidb.cloud/project"]
    tikv = c["tikvNodeSetting"]
    assert {k: tikv[k] for k in TIKV} == TIKV and tikv["storageType"] == "Standard"
    group = c["tidbNodeSetting"]["tidbNodeGroups"][0]
    assert group["nodeCount"] == 2 and group["isDefaultGroup"]
    assert {e["connectionType"] for e in group["endpoints"]} == {
        "PUBLIC", "VPC_PEERING", "PRIVATE_ENDPOINT"}
    assert all(e["port"] == 4000 for e in group["endpoints"])
    assert "Sup3r-Secret-PW" not in repr(c) and "rootPassword" not in c
    assert client.clusters.get(c["clusterId"]) == c


def test_validate_only_checks_but_creates_nothing(client, mock):
    c = client.clusters.create(**cluster_args(), validate_only=True)
    assert c["displayName"] == "prod"
    assert list(client.clusters.list()) == []
    posts = [r for r in mock.requests() if r["method"] == "POST" and r["status"] == 200]
    assert posts[0]["query"] == "validateOnly=true"
    with pytest.raises(tidbcloud.BadRequestError, match="nodeSpecKey"):
        client.clusters.create(
            **cluster_args(tidb_node_setting={"nodeSpecKey": "1C1G",
                                              "tidbNodeGroups": [{"nodeCount": 1}]}),
            validate_only=True,
        )


def test_list_follows_pages_with_the_same_filters(client, mock):
    ids = [client.clusters.create(**cluster_args(display_name=f"cluster-{i}"))["clusterId"]
           for i in range(7)]
    mock.reset_requests()
    assert [c["clusterId"] for c in client.clusters.list(page_size=3, states=["ACTIVE"])] == ids
    pages = [r for r in mock.requests() if r["path"] == "/v1beta1/clusters"]
    assert len(pages) == 3
    assert all("clusterStates=ACTIVE" in p["query"] and "pageSize=3" in p["query"] for p in pages)
    assert "pageToken" not in pages[0]["query"]
    assert all("pageToken=" in p["query"] for p in pages[1:])


def test_default_page_is_ten_and_skip_passes_over(client, mock):
    names = [client.clusters.create(**cluster_args(display_name=f"cluster-{i}"))["displayName"]
             for i in range(12)]
    pages = list(client.clusters.list().pages())
    assert [len(p["clusters"]) for p in pages] == [10, 2]  # the service's default size
    assert [c["displayName"] for c in client.clusters.list(skip=9, page_size=2)] == names[9:]
    assert [q["query"] for q in mock.requests() if q["path"] == "/v1beta1/clusters"][-1] \
        .startswith("skip=9&pageSize=2")
    with pytest.raises(ValueError, match="skip"):
        client.clusters.list(skip=-1)


def test_pages_and_page_token(client):
    for i in range(5):
        client.clusters.create(**cluster_args(display_name=f"cluster-{i}"))
    pages = list(client.clusters.list(page_size=2).pages())
    assert [len(p["clusters"]) for p in pages] == [2, 2, 1]
    assert "nextPageToken" in pages[0] and "nextPageToken" not in pages[-1]
    rest = list(client.clusters.list(page_size=2, page_token=pages[0]["nextPageToken"]))
    assert [c["displayName"] for c in rest] == ["cluster-2", "cluster-3", "cluster-4"]


def test_a_pager_can_be_iterated_twice(client):
    client.clusters.create(**cluster_args())
    pager = client.clusters.list()
    assert len(list(pager)) == 1
    assert len(list(pager)) == 1


def test_forged_page_token_is_a_bad_request(client):
    with pytest.raises(tidbcloud.BadRequestError, match="pageToken"):
        list(client.clusters.list(page_token="forged.token"))


def test_filters_by_ids_and_regions(client):
    a = client.clusters.create(**cluster_args(display_name="alpha"))["clusterId"]
    small = {"nodeSpecKey": "4C16G", "tidbNodeGroups": [{"nodeCount": 1}]}
    b = client.clusters.create(**cluster_args(
        display_name="bravo", region_id="gcp-us-central1", tidb_node_setting=small,
        tikv_node_setting={**TIKV, "nodeSpecKey": "4C16G"}))
    assert [c["clusterId"] for c in client.clusters.list(cluster_ids=[a])] == [a]
    got = [c["displayName"] for c in client.clusters.list(region_ids="gcp-us-central1")]
    assert got == ["bravo"] and b["cloudProvider"] == "gcp"
    assert list(client.clusters.list(cluster_ids=[a], region_ids=["gcp-us-central1"])) == []


def test_labels_hold_the_project(client):
    c = client.clusters.create(**cluster_args(labels={"team": "data"}, project_id=OTHER_PROJECT))
    assert c["labels"] == {"team": "data", "tidb.cloud/project": OTHER_PROJECT}
    u = client.clusters.update(c["clusterId"], labels={"team": "ml"})
    assert u["labels"] == {"team": "ml", "tidb.cloud/project": OTHER_PROJECT}
    with pytest.raises(tidbcloud.BadRequestError, match="not a project"):
        client.clusters.create(**cluster_args(labels={"tidb.cloud/project": "999"}))


@pytest.mark.sends_invalid_requests  # an unknown state, on purpose
def test_filters_by_state_and_project(client):
    a = client.clusters.create(**cluster_args(display_name="alpha"))
    b = client.clusters.create(**cluster_args(display_name="bravo", project_id=OTHER_PROJECT))
    client.clusters.pause(a["clusterId"])
    assert [c["displayName"] for c in client.clusters.list(states=["PAUSED"])] == ["alpha"]
    both = [c["displayName"] for c in client.clusters.list(states="ACTIVE,PAUSED")]
    assert both == ["alpha", "bravo"]
    assert [c["clusterId"] for c in client.clusters.list(project_id=OTHER_PROJECT)] == [
        b["clusterId"]
    ]
    with pytest.raises(tidbcloud.BadRequestError, match="unknown state"):
        list(client.clusters.list(states=["SLEEPING"]))


def group_of(cluster):
    return cluster["tidbNodeSetting"]["tidbNodeGroups"][0]["tidbNodeGroupId"]


def test_update_resizes_and_renames(client):
    c = client.clusters.create(**cluster_args())
    gid = group_of(c)
    u = client.clusters.update(
        c["clusterId"], display_name="renamed",
        tidb_node_setting={"tidbNodeGroups": [{"tidbNodeGroupId": gid, "nodeCount": 4}]},
        tikv_node_setting={"storageSizeGi": 1000},
    )
    assert u["displayName"] == "renamed"
    assert u["tidbNodeSetting"]["nodeSpecKey"] == "8C16G"
    assert u["tidbNodeSetting"]["tidbNodeGroups"][0]["nodeCount"] == 4
    assert u["tikvNodeSetting"]["storageSizeGi"] == 1000
    assert u["tikvNodeSetting"]["nodeCount"] == 3
    with pytest.raises(tidbcloud.BadRequestError, match="multiple of 3"):
        client.clusters.update(c["clusterId"], tikv_node_setting={"nodeCount": 4})
    with pytest.raises(tidbcloud.BadRequestError, match="cannot shrink"):
        client.clusters.update(c["clusterId"], tikv_node_setting={"storageSizeGi": 500})
    with pytest.raises(tidbcloud.NotFoundError, match="node group"):
        client.clusters.update(c["clusterId"], tidb_node_setting={
            "tidbNodeGroups": [{"tidbNodeGroupId": "nope", "nodeCount": 2}]})
    preview = client.clusters.update(c["clusterId"], tikv_node_setting={"nodeCount": 6},
                                     validate_only=True)
    assert preview["tikvNodeSetting"]["nodeCount"] == 6
    assert client.clusters.get(c["clusterId"])["tikvNodeSetting"]["nodeCount"] == 3


def test_pause_resume_delete(client):
    cid = client.clusters.create(**cluster_args())["clusterId"]
    paused = client.clusters.pause(cid)  # the Cluster itself, not {"cluster": ...}
    assert paused["clusterId"] == cid and paused["state"] in ("PAUSING", "PAUSED")
    assert client.clusters.get(cid)["state"] == "PAUSED"
    with pytest.raises(tidbcloud.BadRequestError, match="PAUSED") as e:
        client.clusters.pause(cid)
    assert e.value.status_code == 400
    assert client.clusters.resume(cid)["clusterId"] == cid
    assert client.clusters.get(cid)["state"] == "ACTIVE"
    with pytest.raises(tidbcloud.BadRequestError):
        client.clusters.resume(cid)
    assert client.clusters.delete(cid, validate_only=True)["state"] == "ACTIVE"
    assert client.clusters.get(cid)["state"] == "ACTIVE"
    assert client.clusters.delete(cid)["clusterId"] == cid
    with pytest.raises(tidbcloud.NotFoundError):
        client.clusters.get(cid)


def test_state_machine_is_paced():
    with MockServer(transition_seconds=0.3, rate_limit=None) as m, m.client() as client:
        cid = client.clusters.create(**cluster_args())["clusterId"]
        assert client.clusters.get(cid)["state"] == "CREATING"
        with pytest.raises(tidbcloud.BadRequestError, match="CREATING"):
            client.clusters.pause(cid)
        time.sleep(0.35)
        assert client.clusters.get(cid)["state"] == "ACTIVE"
        assert client.clusters.update(cid, tikv_node_setting={"nodeCount": 6})[
            "state"
        ] == "MODIFYING"
        time.sleep(0.35)
        assert client.clusters.pause(cid)["state"] == "PAUSING"
        time.sleep(0.35)
        assert client.clusters.get(cid)["state"] == "PAUSED"
        assert client.clusters.resume(cid)["state"] == "RESUMING"
        time.sleep(0.35)
        assert client.clusters.get(cid)["state"] == "ACTIVE"
        client.clusters.delete(cid)
        assert client.clusters.get(cid)["state"] == "DELETING"
        time.sleep(0.35)
        with pytest.raises(tidbcloud.NotFoundError):
            client.clusters.get(cid)


def test_reset_root_password_never_echoes_it(client):
    cid = client.clusters.create(**cluster_args())["clusterId"]
    assert client.clusters.reset_root_password(cid, root_password="N3w-Passw0rd-Long") == {}
    with pytest.raises(ValueError) as e:  # refused before sending
        client.clusters.reset_root_password(cid, root_password="short7!")
    assert "short7!" not in str(e.value) and "8 to 64" in str(e.value)


@pytest.mark.sends_invalid_requests
def test_the_mock_refuses_a_short_root_password_without_echoing_it(client, mock):
    import requests

    cid = client.clusters.create(**cluster_args())["clusterId"]
    r = requests.post(f"{mock.url}/clusters/{cid}:resetRootPassword",
                      json={"rootPassword": "short7!"}, timeout=5,
                      auth=requests.auth.HTTPDigestAuth(mock.public_key, mock.private_key))
    assert r.status_code == 400 and "8 to 64" in r.text and "short7!" not in r.text
    r = requests.post(f"{mock.url}/clusters/{cid}:resetRootPassword",
                      json={"password": "N3w-Passw0rd-Long"}, timeout=5,  # the summary's field
                      auth=requests.auth.HTTPDigestAuth(mock.public_key, mock.private_key))
    assert r.status_code == 400 and "rootPassword" in r.text


@pytest.mark.parametrize(
    "call, exc",
    [
        (lambda c: c.clusters.list(page_size=0), ValueError),
        (lambda c: c.clusters.list(page_size=101), ValueError),
        (lambda c: c.clusters.get(""), ValueError),
        (lambda c: c.clusters.get("  "), ValueError),
        (lambda c: c.clusters.get(12.3), TypeError),  # an int is an id; a float is not
        (lambda c: c.clusters.get(None), TypeError),
        (lambda c: c.clusters.create(cloud_provider="AWS", region_id="x", components={}),
         TypeError),  # the summary's arguments are gone
        (lambda c: c.clusters.create(**cluster_args(tikv_node_setting="big")), TypeError),
        (lambda c: c.clusters.create(**cluster_args(tidb_node_setting={"x": {1, 2}})),
         TypeError),
        (lambda c: c.clusters.create(**cluster_args(tidb_node_setting={"x": float("nan")})),
         ValueError),
        (lambda c: c.clusters.create(**cluster_args(root_password="short")), ValueError),
        (lambda c: c.clusters.create(**cluster_args(labels={"a": 1})), ValueError),
        (lambda c: c.clusters.create(**cluster_args(project_id="1", labels={
            "tidb.cloud/project": "2"})), ValueError),
        (lambda c: c.clusters.create(**cluster_args(display_name="")), ValueError),
        (lambda c: c.clusters.create(**cluster_args(port=0)), ValueError),
        (lambda c: c.clusters.update("1"), ValueError),
        (lambda c: c.clusters.reset_root_password("1", root_password=""), ValueError),
        (lambda c: c.clusters.list(cluster_ids=[""]), ValueError),
        (lambda c: c.regions.list_node_specs(""), ValueError),
        (lambda c: c.clusters.list(states=[1]), TypeError),
    ],
)
def test_bad_arguments_fail_before_any_request(client, mock, call, exc):
    with pytest.raises(exc):
        result = call(client)
        list(result)  # a pager must fail when made, not when iterated
    assert mock.request_count() == 0


def test_ids_are_one_path_segment(client, mock):
    with pytest.raises(tidbcloud.NotFoundError):
        client.clusters.get("../apikeys")
    with pytest.raises(tidbcloud.NotFoundError):
        client.clusters.pause("x/../../regions")
    paths = {r["path"] for r in mock.requests()}
    assert paths == {
        "/v1beta1/clusters/%2E%2E%2Fapikeys",
        "/v1beta1/clusters/x%2F%2E%2E%2F%2E%2E%2Fregions:pauseCluster",
    }


def test_permission_denied_for_a_viewer_key(mock):
    public, private = mock.create_api_key("project:ctl_plane_viewer")
    with tidbcloud.TiDBCloud(public, private, base_url=mock.url) as viewer:
        assert viewer.regions.get("aws-us-east-1")["cloudProvider"] == "aws"
        with pytest.raises(tidbcloud.PermissionDeniedError) as e:
            viewer.clusters.create(**cluster_args())
    assert e.value.status_code == 403


def test_wrong_private_key_is_an_authentication_error(mock):
    with tidbcloud.TiDBCloud(mock.public_key, "wrong-key", base_url=mock.url) as bad:
        with pytest.raises(tidbcloud.AuthenticationError) as e:
            bad.regions.get("aws-us-east-1")
    assert e.value.status_code == 401
    assert "wrong-key" not in str(e.value) and "wrong-key" not in repr(e.value.body)
    assert mock.request_count() == 2  # the challenge, then one answer; no loop
