"""Property-based run of the spec against the mock: schemathesis generates
requests for every operation (valid and invalid), signs them with digest auth,
and checks that no answer is a 5xx, breaks its schema or has the wrong type."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from requests.auth import HTTPDigestAuth
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
)

import contract
from tidbcloud.testing import MockServer

EXAMPLES_PER_OPERATION = 25
STATS = {"operations": set(), "examples": 0}


@pytest.fixture(scope="module")
def live_mock() -> Iterator[MockServer]:
    with MockServer(transition_seconds=0, rate_limit=None) as m:
        c = m.client()
        # Something to find: generated ids will mostly miss, but lists have items.
        c.clusters.create(display_name="seed", region_id="aws-us-east-1",
                          tidb_node_setting={"nodeSpecKey": "4C16G",
                                             "tidbNodeGroups": [{"nodeCount": 1}]},
                          tikv_node_setting={"nodeSpecKey": "4C16G", "nodeCount": 3,
                                             "storageSizeGi": 500})
        yield m


@pytest.fixture(scope="module")
def session(live_mock: MockServer) -> Iterator[requests.Session]:
    with requests.Session() as s:
        s.auth = HTTPDigestAuth(live_mock.public_key, live_mock.private_key)
        yield s


SCHEMA = schemathesis.openapi.from_dict(contract.spec_dict())
OPERATIONS = [r.ok() for r in SCHEMA.get_all_operations()]
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.label)
def test_mock_meets_the_spec(operation, live_mock, session):
    # The spec's paths carry each server's prefix on the mock's host.
    base_url = live_mock.url.removesuffix("/v1beta1")
    examples = 0
    live_mock.reset_requests()

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case):
        nonlocal examples
        examples += 1
        case.call_and_validate(base_url=base_url, session=session, checks=CHECKS)

    run()
    STATS["operations"].add(operation.label)
    STATS["examples"] += examples
    # This operation's run only means something if it generated requests and
    # they got past digest auth (each first try meets the challenge).
    assert examples >= 5, examples
    authenticated = sum(1 for r in live_mock.requests() if r["access_key"])
    assert authenticated >= examples * 0.9, (authenticated, examples)


def test_every_operation_is_generated():
    """Stands alone: the run above covers every operation of the spec."""
    n = len(contract.operation_ids())
    assert n >= 26
    assert sorted(op.definition.raw["operationId"] for op in OPERATIONS) == sorted(
        contract.operation_ids())
