"""What a failed call raises, through both faces of the client: the error
shape of each server and the fields of its exception, 429 and its retry_after,
Retry-After (in seconds, as a date, beyond the cap), timeouts, and answers
that are broken on the way back. Each test runs once per face (see faces.py)."""

from __future__ import annotations

import email.utils
import socket
import threading
import time
from urllib.parse import urlsplit

import pytest

import tidbcloud
from helpers import DEFAULT_PROJECT, cluster_args
from tidbcloud.testing import MockServer


def dedicated_path(mock: MockServer, rest: str) -> str:
    """A Dedicated path as this mock serves it."""
    return urlsplit(mock.url).path + rest


@pytest.fixture
def warm(face, mock):
    """A client of the face under test, its digest challenge cached, and an empty
    request log."""
    with face.client(mock) as c:
        face.call(c, lambda c: c.regions.get("aws-us-east-1"))
        mock.reset_requests()
        yield c


def statuses(mock, path=None):
    return [r["status"] for r in mock.requests() if path is None or r["path"] == path]


# The error shape of each server --------------------------------------------

def test_dedicated_errors_carry_their_fields(face, warm):
    with pytest.raises(tidbcloud.NotFoundError) as e:
        face.call(warm, lambda c: c.clusters.get("42"))
    err = e.value
    assert isinstance(err, tidbcloud.APIStatusError)
    assert isinstance(err, tidbcloud.TiDBCloudError)
    assert err.status_code == 404
    assert err.code == 404
    assert err.error is None  # Dedicated errors carry no kind besides the status
    assert err.message == "cluster 42 not found"
    assert err.request_id and len(err.request_id) == 16
    assert err.body == {"code": 404, "message": "cluster 42 not found", "details": []}
    assert str(err) == f"HTTP 404: cluster 42 not found (request id {err.request_id})"
    assert err.retry_after is None


def test_iam_errors_carry_their_fields(face, warm):
    with pytest.raises(tidbcloud.NotFoundError) as e:
        face.call(warm, lambda c: c.api_keys.get("NOSUCHKEY"))
    err = e.value
    # IAM's shape: a string code, the detail in `error`, its kind in `msgPrefix`.
    assert err.status_code == 404 and err.code == "40400001"
    assert err.message == "not found: API key NOSUCHKEY not found"
    assert err.body["msgPrefix"] == "not found" and err.body["status"] == 404
    assert err.request_id and err.request_id in str(err)


def test_billing_errors_carry_their_fields(face, warm):
    with pytest.raises(tidbcloud.BadRequestError) as e:
        face.call(warm, lambda c: c.billing.get_monthly_bill("2099-01"))
    err = e.value
    assert err.status_code == 400 and err.code == "40000001"
    assert err.message == "invalid argument: billedMonth 2099-01 is in the future"
    assert err.body["msgPrefix"] == "invalid argument"


def test_v1beta_and_serverless_errors_carry_their_fields(face, warm):
    with pytest.raises(tidbcloud.NotFoundError) as e:
        face.call(warm, lambda c: c.restores.get(DEFAULT_PROJECT, "404"))
    assert (e.value.code, e.value.message) == (404, "restore 404 not found")
    with pytest.raises(tidbcloud.NotFoundError) as e:
        face.call(warm, lambda c: c.serverless.clusters.get("404"))
    assert (e.value.code, e.value.message) == (404, "cluster 404 not found")
    assert e.value.request_id


def test_the_root_password_stays_out_of_errors(face, warm):
    with pytest.raises(tidbcloud.BadRequestError) as e:
        face.call(warm, lambda c: c.clusters.create(
            **cluster_args(region_id="atlantis", root_password="Zz9-unique-pw")))
    assert "Zz9-unique-pw" not in f"{e.value!s}{e.value!r}{e.value.body}"


# 429 and Retry-After --------------------------------------------------------

def test_rate_limit_is_a_typed_error_with_retry_after(face):
    with MockServer(rate_limit=(3, 30.0), transition_seconds=0) as m:
        # Another client (another process, say) spends the key's budget ...
        with m.client() as other:
            for _ in range(3):
                other.regions.get("aws-us-east-1")
        # ... so this one, which has not seen the headers, meets a 429.
        with face.client(m, max_retries=0) as c, pytest.raises(tidbcloud.RateLimitError) as e:
            face.call(c, lambda c: c.regions.get("aws-us-east-1"))
    assert e.value.status_code == 429
    assert e.value.retry_after is not None and 1 <= e.value.retry_after <= 30
    assert e.value.request_id


def test_a_429_is_waited_out_and_the_create_resent(face, warm, mock):
    path = dedicated_path(mock, "/clusters")
    mock.inject_fault(path, method="POST", status=429, retry_after="1")
    started = time.monotonic()
    made = face.call(warm, lambda c: c.clusters.create(**cluster_args()))
    assert time.monotonic() - started >= 0.9  # it honoured Retry-After
    assert statuses(mock, path) == [429, 200]
    assert made["displayName"] == "prod"


def test_server_wait_beyond_the_cap_is_raised_at_once(face, warm, mock):
    mock.inject_fault(dedicated_path(mock, "/regions/aws-us-east-1"), status=429,
                      retry_after="120")
    started = time.monotonic()
    with pytest.raises(tidbcloud.RateLimitError) as e:
        face.call(warm, lambda c: c.regions.get("aws-us-east-1"))
    assert time.monotonic() - started < 1.0
    assert e.value.retry_after == 120
    assert mock.request_count() == 1


def test_retry_after_as_an_http_date(face, warm, mock):
    when = email.utils.formatdate(time.time() + 2, usegmt=True)
    mock.inject_fault(dedicated_path(mock, "/regions/aws-us-east-1"), status=503,
                      retry_after=when)
    started = time.monotonic()
    assert face.call(warm, lambda c: c.regions.get("aws-us-east-1"))["regionId"] == (
        "aws-us-east-1")
    assert 0.5 <= time.monotonic() - started <= 3.5
    assert statuses(mock) == [503, 200]


# Timeouts ------------------------------------------------------------------

def test_silent_server_is_a_timeout(face):
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)
    accepted = []
    stop = threading.Event()

    def accept():
        srv.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(srv.accept()[0])
            except OSError:
                pass

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    try:
        url = f"http://127.0.0.1:{srv.getsockname()[1]}/v1beta1"
        with face.client(public_key="p", private_key="k", base_url=url, timeout=0.3,
                         max_retries=0) as c:
            started = time.monotonic()
            with pytest.raises(tidbcloud.APITimeoutError) as e:
                face.call(c, lambda c: c.regions.get("aws-us-east-1"))
            assert time.monotonic() - started < 2.0
        assert isinstance(e.value, tidbcloud.APIConnectionError)
        assert "regions/aws-us-east-1" in str(e.value)
    finally:
        stop.set()
        t.join()
        for conn in accepted:
            conn.close()
        srv.close()


def test_timeout_on_a_read_is_retried(face, mock):
    region = dedicated_path(mock, "/regions/aws-us-east-1")
    with face.client(mock, timeout=0.3) as c:
        face.call(c, lambda c: c.regions.get("azure-eastus"))  # the challenge
        mock.inject_fault(region, delay=1.0)
        assert face.call(c, lambda c: c.regions.get("aws-us-east-1"))["regionId"] == (
            "aws-us-east-1")
    # The slow answer was given up on and the read sent again.
    assert mock.request_count("GET", region) == 2


def test_timeout_on_a_create_is_not_retried(face, mock, client):
    path = dedicated_path(mock, "/clusters")
    with face.client(mock, timeout=0.2) as c:
        face.call(c, lambda c: c.regions.get("azure-eastus"))  # the challenge
        mock.inject_fault(path, method="POST", delay=0.6)
        with pytest.raises(tidbcloud.APITimeoutError):
            face.call(c, lambda c: c.clusters.create(**cluster_args()))
    time.sleep(0.6)
    assert mock.request_count("POST", path) == 1
    assert len(list(client.clusters.list())) == 1


# Broken answers --------------------------------------------------------------

@pytest.mark.parametrize("fault, exc, words", [
    ({"body": "malformed"}, tidbcloud.APIResponseError, "not valid JSON"),
    ({"content_type": "wrong"}, tidbcloud.APIResponseError, "text/html"),
    ({"body": "truncated"}, tidbcloud.APIConnectionError, "GET /regions/aws-us-east-1"),
    ({"drop": "after_headers"}, tidbcloud.APIConnectionError, "GET /regions/aws-us-east-1"),
    ({"drop": "before_headers"}, tidbcloud.APIConnectionError, "closed"),
    ({"raw_body": "[1, 2]", "content_type": "application/json"}, tidbcloud.APIResponseError,
     "expected a JSON object"),
])
def test_broken_answers_are_typed_errors_that_say_what(face, mock, fault, exc, words):
    with face.client(mock, max_retries=0) as c:
        face.call(c, lambda c: c.regions.get("azure-eastus"))  # the challenge
        mock.inject_fault(dedicated_path(mock, "/regions/aws-us-east-1"), times=5, **fault)
        with pytest.raises(exc) as e:
            face.call(c, lambda c: c.regions.get("aws-us-east-1"))
    assert words in str(e.value)
    assert not isinstance(e.value, tidbcloud.APIStatusError)
