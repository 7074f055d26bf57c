"""The project's own document of the live API (spec/tidbcloud-live.yml, written
by scripts/live_spec.py from the live definitions) covers every operation of the
summary the project started from, and the client has each of them."""

from __future__ import annotations

import os
import re

import yaml
from openapi_spec_validator import validate

import tidbcloud
from tidbcloud import _core
from tidbcloud.cli import _resource

SPEC_DIR = os.path.join(os.path.dirname(__file__), "..", "spec")
METHODS = ("get", "post", "put", "patch", "delete")


def client_operations() -> dict[str, tuple[str, str]]:
    """operationId -> (resource attribute, method), from the declarations."""
    def attr(cls: str) -> str:
        return re.sub(r"(?<!^)([A-Z])", r"_\1", cls).lower()

    return {op: (attr(cls), method) for cls, method, op, kind in _core._operations()
            if kind != "wait"}


def operations(name: str) -> set[tuple[str, str, str]]:
    with open(os.path.join(SPEC_DIR, name)) as f:
        doc = yaml.safe_load(f)
    return {(op["operationId"], path, method)
            for path, item in doc["paths"].items()
            for method, op in item.items() if method in METHODS}


def test_every_summary_operation_is_in_the_live_document():
    summary = operations("tidb-cloud-api.yml")
    assert len(summary) == 26
    missing = summary - operations("tidbcloud-live.yml")
    assert not missing


def test_every_summary_operation_is_in_the_client():
    summary = {op for op, _, _ in operations("tidb-cloud-api.yml")}
    client_ops = client_operations()
    assert summary <= set(client_ops)
    client = tidbcloud.TiDBCloud("pk", "sk", base_url="http://127.0.0.1:9/v1beta1")
    aclient = tidbcloud.AsyncTiDBCloud("pk", "sk", base_url="http://127.0.0.1:9/v1beta1")
    for op, (resource, method) in client_ops.items():
        for c in (client, aclient):
            assert callable(getattr(_resource(c, resource), method)), op


def test_the_live_document_is_valid_and_carries_no_prose():
    with open(os.path.join(SPEC_DIR, "tidbcloud-live.yml")) as f:
        text = f.read()
    doc = yaml.safe_load(text)
    validate(doc)

    def walk(node, fields=False):
        # `fields`: the keys are property names (a field may be called
        # "description"), not prose.
        if isinstance(node, dict):
            for k, v in node.items():
                if not fields and k in ("description", "summary", "title") and v \
                        and node is not doc["info"]:
                    yield k, v
                yield from walk(v, fields=k == "properties" and not fields)
        elif isinstance(node, list):
            for v in node:
                yield from walk(v)

    assert list(walk(doc)) == []
