"""Backups, restores and creating projects (the older v1beta API) through the
blocking client, against the mock."""

from __future__ import annotations

import pytest

import tidbcloud
from helpers import DEFAULT_PROJECT, cluster_args
from tidbcloud.testing import MockServer

CONFIG = {"root_password": "Restore-Passw0rd", "port": 4000,
          "components": {"tidb": {"node_size": "8C16G", "node_quantity": 1},
                         "tikv": {"node_size": "8C32G", "storage_size_gib": 500,
                                  "node_quantity": 3}}}


@pytest.fixture
def paced():
    with MockServer(transition_seconds=0.2, rate_limit=None) as m, m.client() as c:
        cid = c.clusters.create(**cluster_args())["clusterId"]
        c.clusters.wait(cid, poll_interval=0.05)
        yield c, cid


def test_backup_lifecycle(paced):
    c, cid = paced
    made = c.backups.create(DEFAULT_PROJECT, cid, name="before-upgrade",
                            description="taken by the test")
    bid = made["id"]
    assert c.backups.get(DEFAULT_PROJECT, cid, bid)["status"] == "PENDING"
    seen = []
    done = c.backups.wait(DEFAULT_PROJECT, cid, bid, poll_interval=0.05, progress=seen.append)
    assert done["status"] == "SUCCESS" and done["type"] == "MANUAL"
    assert done["name"] == "before-upgrade" and int(done["size"]) > 0
    assert "RUNNING" in {s["status"] for s in seen}
    assert [b["id"] for b in c.backups.list(DEFAULT_PROJECT, cid)] == [bid]
    assert c.backups.delete(DEFAULT_PROJECT, cid, bid) == {}
    assert c.backups.wait(DEFAULT_PROJECT, cid, bid, state="DELETED")["status"] == "DELETED"


def test_lists_page_by_number(client):
    cid = client.clusters.create(**cluster_args())["clusterId"]
    ids = [client.backups.create(DEFAULT_PROJECT, cid, name=f"b{i}")["id"] for i in range(7)]
    listed = [b["id"] for b in client.backups.list(DEFAULT_PROJECT, cid, page_size=3)]
    assert sorted(listed) == sorted(ids) and len(listed) == 7
    pages = list(client.backups.list(DEFAULT_PROJECT, cid, page_size=3).pages())
    assert [len(p["items"]) for p in pages] == [3, 3, 1] and pages[0]["total"] == 7


def test_restore_makes_a_new_cluster(paced):
    c, cid = paced
    bid = c.backups.create(DEFAULT_PROJECT, cid, name="nightly")["id"]
    c.backups.wait(DEFAULT_PROJECT, cid, bid, poll_interval=0.05)
    r = c.restores.create(DEFAULT_PROJECT, backup_id=bid, name="restored", config=CONFIG)
    new = c.clusters.get(r["cluster_id"])
    assert new["state"] == "RESTORING" and new["displayName"] == "restored"
    assert new["tidbNodeSetting"]["tidbNodeGroups"][0]["nodeCount"] == 1
    done = c.restores.wait(DEFAULT_PROJECT, r["id"], poll_interval=0.05)
    assert done["status"] == "SUCCESS" and done["backup_id"] == bid
    assert done["cluster"]["id"] == r["cluster_id"]
    assert c.clusters.wait(r["cluster_id"], poll_interval=0.05)["state"] == "ACTIVE"
    assert [x["id"] for x in c.restores.list(DEFAULT_PROJECT)] == [r["id"]]


@pytest.mark.sends_invalid_requests
def test_the_mock_refuses_what_the_service_would(client):
    cid = client.clusters.create(**cluster_args())["clusterId"]
    bid = client.backups.create(DEFAULT_PROJECT, cid, name="b")["id"]
    with pytest.raises(tidbcloud.NotFoundError):
        list(client.backups.list("1", cid))  # not the cluster's project
    with pytest.raises(tidbcloud.BadRequestError, match="name"):
        client.restores.create(DEFAULT_PROJECT, backup_id=bid, name="x", config=CONFIG)
    with pytest.raises(tidbcloud.BadRequestError, match="port"):
        client.restores.create(DEFAULT_PROJECT, backup_id=bid, name="again",
                               config={**CONFIG, "port": 10080})
    with pytest.raises(tidbcloud.BadRequestError, match="node_size"):
        client.restores.create(DEFAULT_PROJECT, backup_id=bid, name="again",
                               config={**CONFIG, "components": {"tidb": {"node_quantity": 1},
                                                                "tikv": {}}})
    with pytest.raises(tidbcloud.NotFoundError) as e:
        client.restores.create(DEFAULT_PROJECT, backup_id="999", name="again", config=CONFIG)
    # The older API answers as Dedicated does: {code: int, message, details}.
    assert isinstance(e.value.body["code"], int) and e.value.body["details"] == []
    client.clusters.pause(cid)
    with pytest.raises(tidbcloud.BadRequestError, match="ACTIVE"):
        client.backups.create(DEFAULT_PROJECT, cid, name="paused")


def test_create_project_then_use_it(client, mock):
    pid = client.projects.create(name="new-project")["id"]
    assert pid in [p["id"] for p in client.projects.list()]
    c = client.clusters.create(**cluster_args(project_id=pid))
    assert c["labels"]["tidb.cloud/project"] == pid
    with pytest.raises(tidbcloud.ConflictError):
        client.projects.create(name="new-project")
    pub, priv = mock.create_api_key("org:member")
    with tidbcloud.TiDBCloud(pub, priv, base_url=mock.url) as member:
        with pytest.raises(tidbcloud.PermissionDeniedError):
            member.projects.create(name="not-allowed")


def test_bad_arguments_send_nothing(client, mock):
    mock.reset_requests()
    for call, error in [
        (lambda: client.backups.create("1", "2", name=""), ValueError),
        (lambda: client.backups.create("1", "2", name="b", description="x" * 257), ValueError),
        (lambda: client.backups.get("", "2", "3"), ValueError),
        (lambda: client.backups.wait("1", "2", "3", state="DONE"), ValueError),
        (lambda: client.restores.create("1", backup_id="1", name="n", config="{}"), TypeError),
        (lambda: client.restores.create("1", backup_id="1", name="n",
                                        config={"root_password": "short"}), ValueError),
        (lambda: client.projects.create(name=" "), ValueError),
    ]:
        with pytest.raises(error):
            call()
    assert mock.request_count() == 0


def test_the_restore_password_stays_out_of_errors(client):
    with pytest.raises(tidbcloud.NotFoundError) as e:
        client.restores.create(DEFAULT_PROJECT, backup_id="404", name="nope", config=CONFIG)
    assert "Restore-Passw0rd" not in f"{e.value}{e.value!r}{e.value.body}"


def test_v1beta_url_goes_with_base_url_and_can_be_set_alone(mock):
    with tidbcloud.TiDBCloud("pk", "sk", base_url=mock.url) as c:
        # The older API's own path on the same host, as the service has it.
        assert c.v1beta_url == mock.url.removesuffix("/v1beta1") + "/api/v1beta"
    with tidbcloud.TiDBCloud("pk", "sk", v1beta_url="http://old.example/api/v1beta") as c:
        assert c.v1beta_url == "http://old.example/api/v1beta"
        assert c.dedicated_url == "https://dedicated.tidbapi.com/v1beta1"
        assert "v1beta_url=" in repr(c)
