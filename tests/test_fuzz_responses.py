"""Property-based run over the client's response handling: whatever the server
answers (any status, content type and body), a call returns a dict or raises a
TiDBCloudError. Never a panic, never another exception, never a hang. Both
faces of the client are held to it."""

from __future__ import annotations

import json
import time
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tidbcloud

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
bodies = st.one_of(
    json_values.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=200),
    st.sampled_from([b"", b"{", b'{"code": "x"}', b"\xff\xfe", b'{"msgPrefix": 5}',
                     b'{"code": 3, "message": "m", "details": []}', b"null", b"[]"]),
)
content_types = st.sampled_from([None, "application/json", "application/json; charset=utf-8",
                                 "text/html", "application/problem+json", "text/plain"])
statuses = st.sampled_from([200, 201, 202, 204, 301, 400, 401, 403, 404, 409, 418, 422, 429,
                            500, 502, 503, 504])


@pytest.fixture
def faced(face, fuzz_client):
    """A client of the face under test for the module's mock, past its challenge."""
    _, mock = fuzz_client
    with face.client(mock, max_retries=0, timeout=3) as c:
        face.call(c, lambda c: c.regions.get("aws-us-east-1"))
        yield face, c, mock


@given(status=statuses, content_type=content_types, body=bodies)
@settings(max_examples=150, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
def test_any_answer_is_a_dict_or_a_typed_error(faced, status, content_type, body):
    face, client, mock = faced
    mock.inject_fault(urlsplit(mock.url).path + "/clusters/1", status=status,
                      content_type=content_type, raw_body=body)
    started = time.monotonic()
    try:
        result = face.call(client, lambda c: c.clusters.get("1"))
        assert result is None or isinstance(result, dict)
        assert 200 <= status < 300
    except tidbcloud.TiDBCloudError as e:
        assert str(e)
        if isinstance(e, tidbcloud.APIStatusError):
            assert e.status_code == status
    assert time.monotonic() - started < 5


numbers = st.one_of(
    st.integers(min_value=-10, max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["nan", "inf", "-inf", "1e400", "99999999999999999999", "", " ", "soon",
                     "Wed, 21 Oct 2015 07:28:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT",
                     "0x10", "1_000", "\xb3"]),
)
header_sets = st.fixed_dictionaries({}, optional={
    "X-Ratelimit-Remaining-Minute": numbers,
    "X-Ratelimit-Reset": numbers,
    "X-Ratelimit-Limit-Minute": numbers,
    "Retry-After": numbers,
    "Content-Type": st.sampled_from(["application/json", "text/html", "application/json;;",
                                     "", "application/problem+json; charset=utf-8"]),
})


def _seconds(text: str | None) -> float:
    try:
        v = float(text) if text is not None else 0.0
    except ValueError:
        return 0.0
    return v if 0 <= v <= 60 else 0.0


def honest_wait(status: int, headers: dict[str, str]) -> float:
    """How long a sane reading of these headers may hold the next call back."""
    wait = 0.0
    if headers.get("X-Ratelimit-Remaining-Minute", "").strip() == "0":
        wait = _seconds(headers.get("X-Ratelimit-Reset"))
    if status == 429:
        wait = max(wait, _seconds(headers.get("Retry-After")),
                   _seconds(headers.get("X-Ratelimit-Reset")))
    return wait


@given(status=statuses, headers=header_sets)
@settings(max_examples=120, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
def test_any_headers_give_a_dict_or_a_typed_error_quickly(face, plain_server, status, headers):
    """Rate-limit values, Retry-After and content types from a server we did not
    write: every answer is a dict or a TiDBCloudError within a few seconds, and the
    next call is not held back by a nonsense number."""
    plain_server.status, plain_server.headers = status, headers
    started = time.monotonic()
    with face.client(public_key="pk", private_key="sk", base_url=plain_server.url,
                     max_retries=0, timeout=3) as client:
        # A second call shows that no nonsense number holds it back; where a sane
        # reading asks for a real wait, one call is enough.
        for _ in range(2 if honest_wait(status, headers) < 1 else 1):
            try:
                result = face.call(client, lambda c: c.clusters.get("1"))
                assert result is None or isinstance(result, dict)  # None: a 204
            except tidbcloud.TiDBCloudError as e:
                assert str(e)
    assert time.monotonic() - started < 5, headers
