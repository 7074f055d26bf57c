"""The mock's own limits: an oversized request body gets 413 in the
server's error shape, and the request log is bounded while counts stay exact.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from tidbcloud.testing import MockServer


def post(url: str, body: bytes) -> tuple[int, dict]:
    req = urllib.request.Request(url, data=body, method="POST",
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def test_the_mock_answers_an_oversized_body_with_413():
    with MockServer(rate_limit=None) as mock:
        status, body = post(mock.url + "/clusters", b'{"a": "' + b"x" * (5 << 20) + b'"}')
        assert status == 413 and isinstance(body["code"], int), body
        assert "4194304" in body["message"]
        status, body = post(mock.url + "/apikeys", b" " * (5 << 20))
        assert status == 413 and body["status"] == 413, body  # the IAM error shape
    with MockServer(rate_limit=None, max_body_bytes=1000) as mock:
        status, body = post(mock.url + "/clusters", b" " * 2000)
        assert status == 413 and "1000 bytes" in body["message"]
        status, _ = post(mock.url + "/clusters", b"{}")
        assert status == 401  # within the limit: on to the digest challenge
    with pytest.raises(ValueError, match="max_body_bytes"):
        MockServer(max_body_bytes=0)


def test_the_request_log_is_bounded_and_counts_stay_exact():
    with MockServer(rate_limit=None, request_log=5) as mock, mock.client() as c:
        for _ in range(20):
            c.regions.get("aws-us-east-1")
        assert len(mock.requests()) == 5
        assert mock.request_count() == 21  # one challenge, then 20 calls
        assert mock.request_count("GET", "/v1beta1/regions/*", authenticated=True) == 20
        mock.reset_requests()
        assert mock.request_count() == 0 and mock.requests() == []
    with MockServer(rate_limit=None, request_log=0) as mock, mock.client() as c:
        c.regions.get("aws-us-east-1")
        assert mock.requests() == [] and mock.request_count(authenticated=True) == 1
    with pytest.raises(ValueError, match="request_log"):
        MockServer(request_log=-1)
