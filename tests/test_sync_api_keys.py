"""API keys (IAM server) through the blocking client."""

from __future__ import annotations

import pytest

import tidbcloud
from helpers import OTHER_PROJECT, cluster_args


def test_created_key_works_at_once_and_stops_when_deleted(client, mock):
    made = client.api_keys.create(display_name="ci", role="Organization Owner")
    secret = made["secretKey"]
    assert made["displayName"] == "ci" and made["role"] == "Organization Owner"
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
    a = client.api_keys.create(display_name="viewer", role="Project Viewer",
                               project_id=int(OTHER_PROJECT))
    assert client.api_keys.update(a["accessKey"], display_name="renamed",
                                  role="Project Member") is None
    got = client.api_keys.get(a["accessKey"])
    assert (got["displayName"], got["role"]) == ("renamed", "Project Member")
    in_project = list(client.api_keys.list(project_id=int(OTHER_PROJECT)))
    assert [k["accessKey"] for k in in_project] == [a["accessKey"]]
    for i in range(4):
        client.api_keys.create(display_name=f"k{i}", role="Organization Member")
    assert len(list(client.api_keys.list(page_size=2))) == 6  # the mock's owner key too


def test_roles_are_enforced(client, mock):
    with pytest.raises(tidbcloud.BadRequestError, match="role"):
        client.api_keys.create(display_name="x", role="Emperor")
    with pytest.raises(tidbcloud.BadRequestError, match="needs a projectId"):
        client.api_keys.create(display_name="x", role="Project Owner")
    member = client.api_keys.create(display_name="m", role="Organization Member")
    with tidbcloud.TiDBCloud(member["accessKey"], member["secretKey"], base_url=mock.url) as m:
        with pytest.raises(tidbcloud.PermissionDeniedError):
            m.api_keys.create(display_name="y", role="Organization Owner")
        with pytest.raises(tidbcloud.PermissionDeniedError):
            m.clusters.create(**cluster_args())
    with pytest.raises(tidbcloud.NotFoundError):
        client.api_keys.get("NOSUCHKEY")
    with pytest.raises(ValueError):
        client.api_keys.update(member["accessKey"])
