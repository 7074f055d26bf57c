"""Projects and SQL users (IAM server) through the blocking client."""

from __future__ import annotations

import logging

import pytest
from servers.plain_http import PlainServer

import tidbcloud
from helpers import DEFAULT_PROJECT, OTHER_PROJECT, cluster_args

SECRET = "Sql-Us3r-Passw0rd"


def test_projects(client, mock):
    client.clusters.create(**cluster_args())
    projects = {p["id"]: p for p in client.projects.list()}
    assert set(projects) == {DEFAULT_PROJECT, OTHER_PROJECT}
    assert projects[DEFAULT_PROJECT]["cluster_count"] == 1
    assert projects[OTHER_PROJECT]["cluster_count"] == 0
    assert projects[DEFAULT_PROJECT]["name"] and projects[DEFAULT_PROJECT]["org_id"]
    pub, priv = mock.create_api_key("project:owner", project_id=int(OTHER_PROJECT))
    with tidbcloud.TiDBCloud(pub, priv, base_url=mock.url) as scoped:
        assert [p["id"] for p in scoped.projects.list()] == [OTHER_PROJECT]


def test_sql_user_lifecycle(client):
    cid = client.clusters.create(**cluster_args())["clusterId"]
    assert [u["userName"] for u in client.sql_users.list(cid)] == ["root"]
    made = client.sql_users.create(cid, user_name="etl", password=SECRET,
                                   builtin_role="role_readwrite", custom_roles=["reporting"])
    assert made == {"userName": "etl", "authMethod": "mysql_native_password",
                    "builtinRole": "role_readwrite", "customRoles": ["reporting"]}
    assert client.sql_users.get(cid, "etl") == made
    changed = client.sql_users.update(cid, "etl", builtin_role="role_readonly",
                                      password="An0ther-Passw0rd")
    assert changed["builtinRole"] == "role_readonly"
    assert [u["userName"] for u in client.sql_users.list(cid)] == ["root", "etl"]
    assert client.sql_users.delete(cid, "etl")["message"]
    with pytest.raises(tidbcloud.NotFoundError) as e:
        client.sql_users.get(cid, "etl")
    # IAM answers in its own error shape.
    assert e.value.body["status"] == 404 and isinstance(e.value.body["code"], str)


@pytest.mark.sends_invalid_requests
def test_the_mock_refuses_what_the_service_would(client):
    cid = client.clusters.create(**cluster_args())["clusterId"]
    with pytest.raises(tidbcloud.BadRequestError, match="builtinRole"):
        client.sql_users.create(cid, user_name="a", password=SECRET, builtin_role="role_god")
    with pytest.raises(tidbcloud.BadRequestError, match="8 characters") as e:
        client.sql_users.create(cid, user_name="a", password="short7!", builtin_role="role_admin")
    assert "short7!" not in f"{e.value}{e.value!r}{e.value.body}"
    with pytest.raises(tidbcloud.BadRequestError, match="authMethod"):
        client.sql_users.create(cid, user_name="a", password=SECRET, builtin_role="role_admin",
                                auth_method="caching_sha2_password")
    client.sql_users.create(cid, user_name="a", password=SECRET, builtin_role="role_admin")
    with pytest.raises(tidbcloud.ConflictError):
        client.sql_users.create(cid, user_name="a", password=SECRET, builtin_role="role_admin")
    with pytest.raises(tidbcloud.BadRequestError, match="root"):
        client.sql_users.delete(cid, "root")


def test_bad_arguments_send_nothing(client, mock):
    mock.reset_requests()
    for call, error in [
        (lambda: client.sql_users.create("1", user_name="a", password=SECRET), ValueError),
        (lambda: client.sql_users.create("1", user_name="", password=SECRET,
                                         builtin_role="role_admin"), ValueError),
        (lambda: client.sql_users.update("1", "a"), ValueError),
        (lambda: client.sql_users.create("1", user_name="a", password=SECRET,
                                         custom_roles=[1]), TypeError),
        (lambda: client.sql_users.get("1", ""), ValueError),
    ]:
        with pytest.raises(error):
            call()
    assert mock.request_count() == 0


def test_passwords_never_show(client, caplog):
    caplog.set_level(logging.DEBUG, logger="tidbcloud")
    cid = client.clusters.create(**cluster_args())["clusterId"]
    client.sql_users.create(cid, user_name="b", password=SECRET, builtin_role="role_admin")
    with PlainServer() as s, \
            tidbcloud.TiDBCloud("pk", "sk", base_url=s.url, max_retries=0) as c:
        s.status = 400  # a server that echoes the request body back
        with pytest.raises(tidbcloud.BadRequestError) as e:
            c.sql_users.update("1", "b", password=SECRET)
    seen = f"{e.value}{e.value!r}{e.value.body}" + caplog.text
    assert SECRET not in seen and "***" in repr(e.value.body)
