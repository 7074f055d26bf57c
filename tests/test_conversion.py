"""Answers reach Python straight from their bytes: the objects must be exactly
what `json.loads` makes of the same bytes (values, types, key order), with the
service's credentials masked, on every path (a call, a page of items)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tidbcloud

# Integers stay within 64 bits: past them JSON numbers become floats, as before.
scalars = (st.none() | st.booleans() | st.integers(min_value=-(2**63), max_value=2**64 - 1)
           | st.floats(allow_nan=False, allow_infinity=False) | st.text())
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=5),
    max_leaves=20,
)
objects = st.dictionaries(st.text(), values, max_size=6)


def same(got, want) -> bool:
    """Equal values of equal types, dict keys in the same order."""
    if isinstance(want, dict):
        return (type(got) is dict and list(got) == list(want)
                and all(same(got[k], want[k]) for k in want))
    if isinstance(want, list):
        return type(got) is list and len(got) == len(want) and all(map(same, got, want))
    return type(got) is type(want) and got == want


@given(doc=objects, ascii_only=st.booleans())
@settings(max_examples=200, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
def test_any_object_comes_out_as_json_loads_makes_it(fuzz_client, doc, ascii_only):
    client, mock = fuzz_client
    doc.pop("secretKey", None)  # masked on purpose; see below
    raw = json.dumps(doc, ensure_ascii=ascii_only).encode()
    mock.inject_fault("/v1beta1/clusters/1", status=200, content_type="application/json",
                      raw_body=raw)
    assert same(client.clusters.get("1"), json.loads(raw))


def test_escapes_duplicates_and_numbers_at_the_edges(fuzz_client):
    client, mock = fuzz_client
    raw = (b'{"a\\u00e9\\n": "\\ud83d\\ude00 \\"q\\"", "n": [0, -0, 9223372036854775807, '
           b'-9223372036854775808, 18446744073709551615, 18446744073709551616, 1.5e300, '
           b'-0.0, 5e-324, 1E2], "dup": 1, "x": {}, "dup": [true, false, null], "e": []}')
    mock.inject_fault("/v1beta1/clusters/1", status=200, content_type="application/json",
                      raw_body=raw)
    got = client.clusters.get("1")
    want = json.loads(raw)
    # As json.loads reads them: past 64 bits an int, and -0 the int 0.
    assert same(got, want)
    assert list(got) == ["a\xe9\n", "n", "dup", "x", "e"]


def test_credentials_are_masked_wherever_the_service_puts_them(fuzz_client):
    client, mock = fuzz_client
    raw = json.dumps({
        "secr\u0065tKey": "s3cret-one",  # written with an escape below
        "prometheus": {"key": "s3cret-two", "items": [{"key": "plain-a"}]},
        "other": {"key": "plain-b", "secretKey": "s3cret-three"},
    }).replace("secretKey", "secr\\u0065tKey", 1).encode()
    mock.inject_fault("/v1beta1/clusters/1", status=200, content_type="application/json",
                      raw_body=raw)
    got = client.clusters.get("1")
    secrets = [got["secretKey"], got["prometheus"]["key"], got["other"]["secretKey"]]
    assert all(isinstance(s, tidbcloud.SecretStr) for s in secrets)
    assert secrets == ["s3cret-one", "s3cret-two", "s3cret-three"]
    assert "s3cret" not in repr(got)
    for plain in (got["prometheus"]["items"][0]["key"], got["other"]["key"]):
        assert type(plain) is str


def test_a_page_of_items_comes_out_as_json_loads_makes_it(fuzz_client):
    client, mock = fuzz_client
    items = [{"clusterId": str(i), "labels": {"k\u00e9": "v" * i}, "n": i * 1.25,
              "secretKey": f"s3cret-{i}"} for i in range(7)]
    raw = json.dumps({"clusters": items, "totalSize": 7}).encode()
    mock.inject_fault("/v1beta1/clusters", status=200, content_type="application/json",
                      raw_body=raw)
    got = list(client.clusters.list())
    want = json.loads(raw)["clusters"]
    assert [{k: v for k, v in g.items() if k != "secretKey"} for g in got] == \
        [{k: v for k, v in w.items() if k != "secretKey"} for w in want]
    assert all(isinstance(g["secretKey"], tidbcloud.SecretStr) for g in got)
    assert "s3cret" not in repr(got)
