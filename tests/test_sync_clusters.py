"""Clusters through the blocking client, against the mock over sockets."""

from __future__ import annotations

import time

import pytest

import tidbcloud
from helpers import COMPONENTS, OTHER_PROJECT, cluster_args
from tidbcloud.testing import MockServer


def test_create_returns_the_cluster_without_its_password(client, mock):
    c = client.clusters.create(**cluster_args(root_password="Sup3r-Secret-PW"))
    assert c["displayName"] == "prod"
    assert c["cloudProvider"] == "AWS"
    assert c["regionId"] == "aws-us-east-1"
    assert c["state"] == "ACTIVE"  # transition_seconds=0
    assert c["components"]["tikv"] == COMPONENTS["tikv"]
    assert c["connectionStrings"]["standard"]["port"] == 4000
    assert "Sup3r-Secret-PW" not in repr(c)
    assert client.clusters.get(c["clusterId"]) == c


def test_validate_only_checks_but_creates_nothing(client, mock):
    c = client.clusters.create(**cluster_args(), validate_only=True)
    assert c["displayName"] == "prod"
    assert list(client.clusters.list()) == []
    posts = [r for r in mock.requests() if r["method"] == "POST" and r["status"] == 200]
    assert posts[0]["query"] == "validateOnly=true"
    with pytest.raises(tidbcloud.BadRequestError, match="nodeSize"):
        client.clusters.create(
            **cluster_args(components={"tidb": {"nodeSize": "1C1G", "nodeQuantity": 1},
                                       "tikv": COMPONENTS["tikv"]}),
            validate_only=True,
        )


def test_list_follows_pages_with_the_same_filters(client, mock):
    ids = [client.clusters.create(**cluster_args(display_name=f"c{i}"))["clusterId"]
           for i in range(7)]
    mock.reset_requests()
    assert [c["clusterId"] for c in client.clusters.list(page_size=3, states=["ACTIVE"])] == ids
    pages = [r for r in mock.requests() if r["path"] == "/v1beta1/clusters"]
    assert len(pages) == 3
    assert all("clusterStates=ACTIVE" in p["query"] and "pageSize=3" in p["query"] for p in pages)
    assert "pageToken" not in pages[0]["query"]
    assert all("pageToken=" in p["query"] for p in pages[1:])


def test_pages_and_page_token(client):
    for i in range(5):
        client.clusters.create(**cluster_args(display_name=f"c{i}"))
    pages = list(client.clusters.list(page_size=2).pages())
    assert [len(p["clusters"]) for p in pages] == [2, 2, 1]
    assert "nextPageToken" in pages[0] and "nextPageToken" not in pages[-1]
    rest = list(client.clusters.list(page_size=2, page_token=pages[0]["nextPageToken"]))
    assert [c["displayName"] for c in rest] == ["c2", "c3", "c4"]


def test_a_pager_can_be_iterated_twice(client):
    client.clusters.create(**cluster_args())
    pager = client.clusters.list()
    assert len(list(pager)) == 1
    assert len(list(pager)) == 1


def test_forged_page_token_is_a_bad_request(client):
    with pytest.raises(tidbcloud.BadRequestError, match="pageToken"):
        list(client.clusters.list(page_token="forged.token"))


def test_filters_by_state_and_project(client):
    a = client.clusters.create(**cluster_args(display_name="a"))
    b = client.clusters.create(**cluster_args(display_name="b", project_id=OTHER_PROJECT))
    client.clusters.pause(a["clusterId"])
    assert [c["displayName"] for c in client.clusters.list(states=["PAUSED"])] == ["a"]
    assert [c["displayName"] for c in client.clusters.list(states="ACTIVE,PAUSED")] == ["a", "b"]
    assert [c["clusterId"] for c in client.clusters.list(project_id=OTHER_PROJECT)] == [
        b["clusterId"]
    ]
    with pytest.raises(tidbcloud.BadRequestError, match="unknown state"):
        list(client.clusters.list(states=["SLEEPING"]))


def test_update_merges_components_and_renames(client):
    c = client.clusters.create(**cluster_args())
    u = client.clusters.update(
        c["clusterId"], display_name="renamed", components={"tidb": {"nodeQuantity": 4}}
    )
    assert u["displayName"] == "renamed"
    assert u["components"]["tidb"] == {"nodeSize": "8C16G", "nodeQuantity": 4}
    assert u["components"]["tikv"] == COMPONENTS["tikv"]
    with pytest.raises(tidbcloud.BadRequestError, match="multiple of 3"):
        client.clusters.update(c["clusterId"], components={"tikv": {"nodeQuantity": 4}})


def test_pause_resume_delete(client):
    cid = client.clusters.create(**cluster_args())["clusterId"]
    assert client.clusters.pause(cid)["state"] == "PAUSED"
    with pytest.raises(tidbcloud.BadRequestError, match="PAUSED") as e:
        client.clusters.pause(cid)
    assert e.value.status_code == 400
    assert client.clusters.resume(cid)["state"] == "ACTIVE"
    with pytest.raises(tidbcloud.BadRequestError):
        client.clusters.resume(cid)
    assert client.clusters.delete(cid) is None
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
        assert client.clusters.update(cid, components={"tidb": {"nodeQuantity": 3}})[
            "state"
        ] == "MODIFYING"
        time.sleep(0.35)
        assert client.clusters.pause(cid)["state"] == "PAUSED"
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
    assert client.clusters.reset_root_password(cid, password="N3w-Passw0rd-Long") is None
    with pytest.raises(tidbcloud.BadRequestError) as e:
        client.clusters.reset_root_password(cid, password="short7!")
    text = f"{e.value} {e.value!r} {e.value.body} {e.value.message}"
    assert "short7!" not in text
    assert "8 to 64" in text


@pytest.mark.parametrize(
    "call, exc",
    [
        (lambda c: c.clusters.list(page_size=0), ValueError),
        (lambda c: c.clusters.list(page_size=101), ValueError),
        (lambda c: c.clusters.get(""), ValueError),
        (lambda c: c.clusters.get("  "), ValueError),
        (lambda c: c.clusters.get(123), TypeError),
        (lambda c: c.clusters.get(None), TypeError),
        (lambda c: c.clusters.create(cloud_provider="AWS", region_id="x", components={}),
         TypeError),
        (lambda c: c.clusters.create(**cluster_args(components="big")), TypeError),
        (lambda c: c.clusters.create(**cluster_args(components={"tidb": {1, 2}})), TypeError),
        (lambda c: c.clusters.create(**cluster_args(components={"tidb": float("nan")})),
         ValueError),
        (lambda c: c.clusters.create(**cluster_args(display_name="")), ValueError),
        (lambda c: c.clusters.create(**cluster_args(port=0)), ValueError),
        (lambda c: c.clusters.update("1"), ValueError),
        (lambda c: c.clusters.reset_root_password("1", password=""), ValueError),
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


def test_api_errors_carry_their_fields(client):
    with pytest.raises(tidbcloud.NotFoundError) as e:
        client.clusters.get("42")
    err = e.value
    assert isinstance(err, tidbcloud.APIStatusError)
    assert isinstance(err, tidbcloud.TiDBCloudError)
    assert err.status_code == 404
    assert err.code == 404
    assert err.error == "NotFound"
    assert err.message == "cluster 42 not found"
    assert err.request_id and len(err.request_id) == 16
    assert err.body["msgPrefix"] == "cluster 42 not found"
    assert "404" in str(err) and err.request_id in str(err)


def test_permission_denied_for_a_viewer_key(mock):
    public, private = mock.create_api_key("Project Viewer")
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
