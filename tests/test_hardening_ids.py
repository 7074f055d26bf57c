"""Every id of every operation stays inside its path segment, whatever it
holds, and an id a URL parser would read as `.` or `..` is refused before
anything is sent. The operations come from `_core._operations()`, their id
parameters from their signatures; a raw server records each request line.
"""

from __future__ import annotations

import inspect
from urllib.parse import unquote

import pytest
from test_hardening_support import RawServer, json_answer

import tidbcloud
from tidbcloud import _core, cli

DOTS = [".", "..", "%2e", "%2E", ".%2e", "%2E.", "%2e%2E", "%2E%2E"]
HOSTILE = [
    "../x", "a/b", "..%2F", "a?b=c", "a#b", "a%2Fb", "%", "%%", " a", "a b", "\t", "é",
    "\x00", "a;b", ":verb", "..;", "\\..\\", "...", "a" * 1000, "a\r\nX-Injected: 1",
    "?", "#", "//", "/", "%00", "+",
]
# Values for positional parameters that are checked for their form.
FORMS = {"billed_month": "2025-01", "component_type": "TIKV"}
S3 = {"type": "S3", "s3": {"uri": "s3://b/", "accessKey": {"id": "a", "secret": "s"}}}
# What operations need besides their ids to send anything.
KEYWORDS = {
    ("clusters", "update"): {"display_name": "x"},
    ("clusters", "reset_root_password"): {"root_password": "Secret123!"},
    ("tidb_node_groups", "create"): {"display_name": "x", "node_count": 1},
    ("tidb_node_groups", "update"): {"display_name": "x"},
    ("tidb_node_groups", "update_public_endpoint_setting"): {"enabled": True},
    ("private_endpoints", "create"): {"endpoint_id": "vpce-1"},
    ("imports", "create"): {"creation_details": {"importOptions": {"fileType": "CSV"},
                                                 "source": S3}},
    ("backups", "create"): {"name": "x"},
    ("restores", "create"): {"backup_id": "1", "name": "x", "config": {"root_password": "p"}},
    ("sql_users", "create"): {"user_name": "u", "password": "Secret123!"},
    ("sql_users", "update"): {"builtin_role": "role_readonly"},
    ("integrations", "create"): {"type": "PROMETHEUS"},
    ("api_keys", "update"): {"display_name": "x"},
    ("serverless.clusters", "update"): {"display_name": "x"},
    ("serverless.clusters", "reset_root_password"): {"root_password": "Secret123!"},
    ("serverless.branches", "create"): {"display_name": "x"},
    ("serverless.imports", "create"): {"import_options": {"fileType": "CSV"}, "source": S3},
}


def operations():
    for cls, method, _op, kind in _core._operations():
        yield cli.attribute_path(cli._attr_of(cls)), method, kind


def resolve(client, path: str):
    obj = client
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def positional(fn) -> list[str]:
    return [p.name for p in inspect.signature(fn).parameters.values()
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
            and p.default is p.empty]


def run(fn, kind: str, args: list[str], keywords: dict) -> None:
    """Call the operation so that it sends its first request."""
    try:
        if kind == "wait":
            out = fn(*args, timeout=1, poll_interval=0.1)
        else:
            out = fn(*args, timeout=5, **keywords)
        if kind == "pager":
            next(iter(out), None)
    except (tidbcloud.TiDBCloudError, KeyError):
        pass


def target(server: RawServer) -> str:
    line = server.seen[-1].request_line
    return line.split(" ")[1].split("?")[0]


@pytest.fixture(scope="module")
def server():
    with RawServer(json_answer(404, b'{"code": 5, "message": "no such thing"}')) as s:
        yield s


@pytest.fixture(scope="module")
def client(server):
    with tidbcloud.TiDBCloud("pub", "priv", base_url=server.url, max_retries=0) as c:
        yield c


def test_every_id_parameter_stays_in_its_segment(server, client):
    checked = ids_in_paths = refused = 0
    for path, method, kind in operations():
        fn = getattr(resolve(client, path), method)
        keywords = KEYWORDS.get((path, method), {})
        names = positional(fn)
        baseline = [FORMS.get(n, f"marker{i}") for i, n in enumerate(names)]
        before = len(server.seen)
        try:
            run(fn, kind, baseline, keywords)
        except (TypeError, ValueError):
            continue  # takes no id
        if len(server.seen) == before:
            continue
        segments = target(server).split("/")
        for i, name in enumerate(names):
            where = [j for j, s in enumerate(segments) if s.split(":")[0] == baseline[i]]
            if not where:
                continue  # not a path parameter
            (at,) = where
            ids_in_paths += 1
            for value in DOTS:
                args = list(baseline)
                args[i] = value
                count = len(server.seen)
                with pytest.raises(ValueError, match=name):
                    fn(*args, **keywords)
                assert len(server.seen) == count, (path, method, name, value)
            for value in HOSTILE:
                args = list(baseline)
                args[i] = value
                count = len(server.seen)
                try:
                    run(fn, kind, args, keywords)
                except ValueError as e:
                    # Blank ids are refused, and ids with a form of their own.
                    assert value.strip() == "" or name in FORMS, (path, method, name, e)
                    assert name in str(e) and len(server.seen) == count
                    refused += 1
                    continue
                assert len(server.seen) > count, (path, method, name, value)
                got = target(server).split("/")
                assert len(got) == len(segments), (path, method, name, value, got)
                assert unquote(got[at].split(":")[0]) == value, (path, method, name, value)
                assert all(unquote(s) not in (".", "..") for s in got), (path, method, got)
                checked += 1
    # Every operation with an id in its path, on every id.
    assert checked + refused == ids_in_paths * len(HOSTILE), (checked, refused, ids_in_paths)
    assert refused < ids_in_paths * 2
    assert ids_in_paths > 70, ids_in_paths


def test_the_issue_cases_send_nothing(server, client):
    count = len(server.seen)
    for call in (lambda: client.tidb_node_groups.delete("1", ".."),
                 lambda: client.sql_users.delete("1", ".."),
                 lambda: client.clusters.delete(".."),
                 lambda: client.clusters.delete("."),
                 lambda: client.clusters.get("%2e%2e")):
        with pytest.raises(ValueError, match="relative path step"):
            call()
    assert len(server.seen) == count
