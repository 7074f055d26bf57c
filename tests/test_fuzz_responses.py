"""Property-based run over the client's response handling: whatever the server
answers (any status, content type and body), a call returns a dict or raises a
TiDBCloudError. Never a panic, never another exception, never a hang."""

from __future__ import annotations

import json
import time

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


@given(status=statuses, content_type=content_types, body=bodies)
@settings(max_examples=150, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
def test_any_answer_is_a_dict_or_a_typed_error(fuzz_client, status, content_type, body):
    client, mock = fuzz_client
    mock.inject_fault("/v1beta1/clusters/1", status=status, content_type=content_type,
                      raw_body=body)
    started = time.monotonic()
    try:
        result = client.clusters.get("1")
        assert result is None or isinstance(result, dict)
        assert 200 <= status < 300
    except tidbcloud.TiDBCloudError as e:
        assert str(e)
        if isinstance(e, tidbcloud.APIStatusError):
            assert e.status_code == status
    assert time.monotonic() - started < 5
