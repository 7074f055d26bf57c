"""API keys (IAM server) through the blocking client."""

from __future__ import annotations

import pytest

import tidbcloud
from helpers import DEFAULT_PROJECT, OTHER_PROJECT, cluster_args


def test_created_key_works_at_once_and_stops_when_deleted(client, mock):
    made = client.api_keys.create(display_name="ci", role="org:owner")
    secret = made["secretKey"]
    assert made["displayName"] == "ci" and made["role"] == "org:owner"
    assert made["name"].startswith("orgs/") and "/apiKeys/" in made["name"]
    assert isinstance(secret, tidbcloud.SecretStr) and secret not in repr(made)
    with tidbcloud.TiDBCloud(made["accessKey"], secret, base_url=mock.url) as new:
        assert new.regions.get("aws-us-east-1")["regionId"] == "aws-us-east-1"
        fetched = client.api_keys.get(made["accessKey"])
        assert "secretKey" not in fetched
        assert all("secretKey" not in k for k in client.api_keys.list())
        assert client.api_keys.delete(made["accessKey"]) is None
        with pytest.raises(tidbcloud.AuthenticationError) as e:
            new.regions.get("aws-us-east-1")
    assert secret not in f"{e.value}{e.value!r}{e.value.body}"


def test_update_and_list_filters(client):
    a = client.api_keys.create(display_name="viewer", role="project:ctl_plane_viewer",
                               project_id=int(OTHER_PROJECT))
    assert client.api_keys.update(a["accessKey"], display_name="renamed",
                                  role="project:dev") is None
    got = client.api_keys.get(a["accessKey"])
    assert (got["displayName"], got["role"]) == ("renamed", "project:dev")
    in_project = list(client.api_keys.list(project_id=int(OTHER_PROJECT)))
    assert [k["accessKey"] for k in in_project] == [a["accessKey"]]
    for i in range(4):
        client.api_keys.create(display_name=f"k{i}", role="org:member")
    assert len(list(client.api_keys.list(page_size=2))) == 6  # the mock's owner key too


def test_roles_are_enforced(client, mock):
    with pytest.raises(tidbcloud.BadRequestError, match="role"):
        client.api_keys.create(display_name="x", role="Emperor")
    with pytest.raises(tidbcloud.BadRequestError, match="needs a projectId"):
        client.api_keys.create(display_name="x", role="project:owner", project_id=0)
    with pytest.raises(tidbcloud.BadRequestError, match="takes no projectId"):
        client.api_keys.create(display_name="x", role="org:member", project_id=int(OTHER_PROJECT))
    member = client.api_keys.create(display_name="m", role="org:member")
    with tidbcloud.TiDBCloud(member["accessKey"], member["secretKey"], base_url=mock.url) as m:
        with pytest.raises(tidbcloud.PermissionDeniedError):
            m.api_keys.create(display_name="y", role="org:owner")
        with pytest.raises(tidbcloud.PermissionDeniedError):
            m.clusters.create(**cluster_args())
    with pytest.raises(tidbcloud.NotFoundError) as e:
        client.api_keys.get("NOSUCHKEY")
    # IAM's error shape: a string code, the detail in `error`, its kind in `msgPrefix`.
    body = e.value.body
    assert isinstance(body["code"], str) and body["status"] == 404
    assert "NOSUCHKEY" in body["error"] and body["msgPrefix"] == "not found"
    assert str(e.value).startswith("HTTP 404") and "not found: API key NOSUCHKEY" in str(e.value)
    with pytest.raises(ValueError):
        client.api_keys.update(member["accessKey"])


def test_a_project_role_without_a_project_goes_to_the_default_project(client):
    made = client.api_keys.create(display_name="dev", role="project:dev")
    listed = list(client.api_keys.list(project_id=int(DEFAULT_PROJECT)))
    assert made["accessKey"] in [k["accessKey"] for k in listed]


def test_moving_a_key_to_the_organization(client):
    k = client.api_keys.create(display_name="p", role="project:owner",
                               project_id=int(OTHER_PROJECT))
    assert client.api_keys.update(k["accessKey"], role="org:member", project_id=0) is None
    assert client.api_keys.get(k["accessKey"])["role"] == "org:member"
    assert k["accessKey"] not in [x["accessKey"] for x in
                                  client.api_keys.list(project_id=int(OTHER_PROJECT))]
