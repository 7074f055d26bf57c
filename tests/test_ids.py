"""Ids: every positional id of every operation, on both faces, takes a str or
an int (as its decimal string); any other type is a TypeError naming the
parameter, raised before any request."""

from __future__ import annotations

import enum
from typing import Any

import pytest

import tidbcloud
from helpers import cluster_args
from tidbcloud import _core
from tidbcloud.testing import MockServer

# A value of each declared Rust type, for the required keyword arguments, so
# that a call gets as far as its ids (they are never checked: the bad
# `extra_headers` given with them stops the call first).
DUMMY: dict[str, Any] = {"String": "x", "&str": "x", "i64": 1, "bool": False, "f64": 1.0}


def _resource(client: Any, cls: str) -> Any:
    from tidbcloud.cli import _attr_of, _resource

    return _resource(client, _attr_of(cls))


def _calls() -> list[tuple[str, str, list[str], dict[str, Any]]]:
    """(class, method, its positional ids, dummy required keywords) of every
    operation with an id."""
    params: dict[tuple[str, str], list[tuple[str, str, str, str | None]]] = {}
    for cls, method, name, kind, ty, _py, default, _doc in _core._params():
        params.setdefault((cls, method), []).append((name, kind, ty, default))
    out = []
    for (cls, method), ps in params.items():
        ids = [n for n, kind, ty, _ in ps if kind == "positional" and ty == "String"]
        if not ids:
            continue
        required = {n: DUMMY.get(ty, [] if ty.startswith("Vec<") else {})
                    for n, kind, ty, default in ps
                    if kind == "keyword" and default is None and not ty.startswith("Option")
                    and n not in ("timeout",)}
        out.append((cls, method, [n for n, kind, _, _ in ps if kind == "positional"], required))
    return out


CALLS = _calls()


def test_every_family_has_ids_to_check():
    families = {cls for cls, _, _, _ in CALLS}
    assert {"Clusters", "TidbNodeGroups", "ApiKeys", "Backups", "ServerlessClusters",
            "ServerlessBranches"} <= families
    assert any(method == "wait" for _, method, _, _ in CALLS)


@pytest.fixture(scope="module")
def mock():
    with MockServer(transition_seconds=0, rate_limit=None) as m:
        yield m


@pytest.mark.parametrize("face", ["TiDBCloud", "AsyncTiDBCloud"])
def test_every_id_takes_an_int_and_names_itself_when_wrong(mock, face):
    client = getattr(_core, face)(mock.public_key, mock.private_key, base_url=mock.url)
    before = mock.request_count()
    for cls, method, ids, required in CALLS:
        fn = getattr(_resource(client, cls), method)
        for i, name in enumerate(ids):
            # An int where this id goes, and a good value everywhere else: the
            # call passes the ids and stops at the bad extra_headers.
            args = [1234 if j == i else "1" for j in range(len(ids))]
            with pytest.raises(TypeError) as e:
                fn(*args, **required, extra_headers=5)
            assert "extra_headers" in str(e.value), (cls, method, name, e.value)
            for wrong, kind in ((12.5, "float"), (True, "bool"), (None, "NoneType"),
                                (["1"], "list")):
                args = [wrong if j == i else "1" for j in range(len(ids))]
                with pytest.raises(TypeError) as e:
                    fn(*args, **required)
                assert str(e.value) == f"{name} must be a str (or an int), got {kind}", \
                    (cls, method)
    assert mock.request_count() == before  # all refused before sending


class Cid(enum.IntEnum):
    PROD = 0


def test_an_int_id_reaches_the_service_as_its_decimal_string(mock):
    client = mock.client()
    made = client.clusters.create(**cluster_args())
    cid = made["clusterId"]
    assert cid.isdigit()
    assert client.clusters.get(int(cid))["clusterId"] == cid
    assert client.clusters.wait(int(cid), timeout=10)["state"] == "ACTIVE"
    gid = client.clusters.get(cid)["tidbNodeSetting"]["tidbNodeGroups"][0]["tidbNodeGroupId"]
    assert client.tidb_node_groups.get(int(cid), int(gid))["tidbNodeGroupId"] == gid
    assert next(iter(client.tidb_node_groups.list(int(cid))))["tidbNodeGroupId"] == gid
    mock.reset_requests()
    with pytest.raises(tidbcloud.NotFoundError):
        client.clusters.get(Cid.PROD)  # an IntEnum is its value, not its name
    assert mock.requests()[-1]["path"].endswith("/clusters/0")
    with pytest.raises(tidbcloud.NotFoundError):
        client.clusters.get(-7)
    assert mock.requests()[-1]["path"].endswith("/clusters/-7")


async def test_the_async_face_takes_int_ids(mock):
    async with mock.async_client() as client:
        made = await client.serverless.clusters.create(display_name="ids-async",
                                                       region_id="aws-us-east-1")
        cid = made["clusterId"]
        got = await client.serverless.clusters.get(int(cid))
        assert got["clusterId"] == cid
        with pytest.raises(TypeError, match=r"^cluster_id must be a str"):
            await client.serverless.clusters.get(4.0)
