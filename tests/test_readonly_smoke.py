"""The live smoke checks (readonly_smoke.py) rehearsed against the mock: each
passes on a mock holding one of everything, an empty list is reported as
nothing to check, and a changed shape or a wrong error body fails them."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

import tidbcloud
from helpers import DEFAULT_PROJECT, cluster_args
from readonly_smoke import (
    CHECKS,
    NothingToCheck,
    dedicated_not_found,
    dedicated_regions_and_node_specs,
    iam_sql_users,
)
from tidbcloud.testing import MockServer

RESTORE = {"root_password": "Restore-Passw0rd", "port": 4000,
           "components": {"tidb": {"node_size": "8C16G", "node_quantity": 1},
                          "tikv": {"node_size": "8C32G", "storage_size_gib": 500,
                                   "node_quantity": 3}}}


@pytest.fixture(scope="module")
def stocked() -> Iterator[tuple[MockServer, tidbcloud.TiDBCloud]]:
    """A mock with something on every list the checks read."""
    with MockServer(transition_seconds=0, rate_limit=None) as m, m.client() as c:
        cid = c.clusters.create(**cluster_args())["clusterId"]
        c.sql_users.create(cid, user_name="reader", password="Reader-Passw0rd",
                           builtin_role="role_readonly")
        c.serverless.clusters.create(display_name="starter", region_id="aws-us-east-1")
        bid = c.backups.create(DEFAULT_PROJECT, cid, name="nightly")["id"]
        c.backups.wait(DEFAULT_PROJECT, cid, bid, poll_interval=0.05)
        c.restores.create(DEFAULT_PROJECT, backup_id=bid, name="restored", config=RESTORE)
        m.reset_requests()
        yield m, c


@pytest.mark.parametrize("check", CHECKS)
def test_every_check_passes_against_the_mock(stocked, check):
    mock, client = stocked
    before = len(mock.requests())
    CHECKS[check](client)  # NothingToCheck here would be a failure: the mock has items
    # Read-only: only GETs went out.
    assert {r["method"] for r in mock.requests()[before:]} == {"GET"}


def test_an_empty_list_is_nothing_to_check(mock, client):
    with pytest.raises(NothingToCheck, match="no Dedicated clusters to list SQL users of"):
        iam_sql_users(client)


def test_a_changed_shape_fails_the_check(stocked):
    mock, client = stocked
    page = {"regions": [{"regionId": 7, "cloudProvider": "aws"}]}
    mock.inject_fault("/v1beta1/regions", status=200, content_type="application/json",
                      raw_body=json.dumps(page))
    with pytest.raises(AssertionError, match="regions/0/regionId"):
        dedicated_regions_and_node_specs(client)


def test_a_wrong_error_shape_fails_the_check(stocked):
    mock, client = stocked
    # IAM's error shape where Dedicated's belongs.
    body = {"code": "40400001", "error": "gone", "msgPrefix": "not found", "status": 404}
    mock.inject_fault("/v1beta1/clusters/1", status=404, content_type="application/json",
                      raw_body=json.dumps(body))
    with pytest.raises(AssertionError):
        dedicated_not_found(client)
