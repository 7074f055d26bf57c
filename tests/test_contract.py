"""The contract check itself must catch what breaks the spec."""

from __future__ import annotations

import json

import contract


def exchange(**over):
    ex = {"method": "GET", "path": "/v1beta1/clusters", "query": "", "status": 200,
          "access_key": "K", "user_agent": "tidbcloud-python/0.1.0", "request_body": None,
          "response_body": json.dumps({"clusters": []})}
    ex.update(over)
    return ex


def test_good_exchange_passes():
    assert contract.violations([exchange()]) == []


def test_bad_response_is_caught():
    bad = exchange(response_body=json.dumps({"clusters": "not a list"}))
    assert len(contract.violations([bad])) == 1


def test_bad_client_request_is_caught():
    bad = exchange(query="pageSize=0")
    problems = contract.violations([bad])
    assert problems and "request" in problems[0]
    body = exchange(method="POST", request_body=json.dumps({"displayName": "x"}),
                    response_body=json.dumps({"clusterId": "1"}))
    assert any("request" in p for p in contract.violations([body]))


def test_unknown_path_from_the_client_is_caught():
    assert contract.violations([exchange(path="/v1beta1/clusterz")])
