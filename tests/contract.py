"""Contract checks: every exchange with the mock, held against the project's
document of the live API (spec/tidbcloud-live.yml).

Requests sent by the client (its User-Agent says so) are validated against the
operation's parameters and request body; every response of a status the spec
documents for the operation is validated against its schema.
"""

from __future__ import annotations

import json
import os
from functools import cache
from typing import Any
from urllib.parse import parse_qs

import yaml
from openapi_core import OpenAPI
from openapi_core.templating.paths.exceptions import PathNotFound
from openapi_core.templating.responses.exceptions import ResponseNotFound
from openapi_core.testing import MockRequest, MockResponse

LIVE_SPEC = os.path.join(os.path.dirname(__file__), "..", "spec", "tidbcloud-live.yml")
HOST = "http://mock"
# Where the mock serves each server's paths (the spec writes Starter/Essential
# paths from their host's root, `/v1beta1/clusters`).
MOCK_PREFIXES = {
    "dedicated": "/v1beta1",
    "iam": "/v1beta1",
    "billing": "/v1beta1",
    "v1beta": "/api/v1beta",
    "serverless": "/v1beta1/serverless",
    "iam_root": "",
}


@cache
def spec_dict() -> dict[str, Any]:
    """The project's document of the live API, every operation in it."""
    with open(LIVE_SPEC) as f:
        spec = yaml.safe_load(f)
    paths: dict[str, dict] = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            op.pop("servers", None)
            # Each server at its own path on the mock's one host.
            server = op["tags"][0]
            below = path.removeprefix("/v1beta1") if server == "serverless" else path
            paths.setdefault(MOCK_PREFIXES[server] + below, {})[method] = op
    spec["paths"] = paths
    spec["servers"] = [{"url": HOST}]
    return spec


def path_of(op_id: str) -> str:
    """The path of an operation as the mock serves it."""
    return next(path for path, item in spec_dict()["paths"].items()
                for op in item.values() if op["operationId"] == op_id)


def operation_ids() -> set[str]:
    return {op["operationId"] for item in spec_dict()["paths"].values() for op in item.values()}


@cache
def openapi() -> OpenAPI:
    return OpenAPI.from_dict(spec_dict())


def _request(ex: dict[str, Any]) -> MockRequest:
    args = {k: v if len(v) > 1 else v[0] for k, v in parse_qs(ex["query"]).items()}
    body = ex.get("request_body")
    # The mock verified the digest of authenticated requests; the header itself
    # is not recorded, so stand in for it.
    headers = {"Authorization": "Digest verified"} if ex.get("access_key") else {}
    return MockRequest(
        HOST,
        ex["method"].lower(),
        ex["path"],
        args=args,
        headers=headers,
        data=body.encode() if body else None,
    )


def violations(exchanges: list[dict[str, Any]], check_requests: bool = True) -> list[str]:
    """What broke the contract, one line per problem."""
    api = openapi()
    found: list[str] = []
    for ex in exchanges:
        where = f"{ex['method']} {ex['path']}?{ex['query']} -> {ex['status']}"
        if ex["status"] == 401 and not ex.get("access_key"):
            continue  # the digest challenge precedes every operation
        if ex.get("fault"):
            continue  # an injected fault: the mock's invention, not the service's answer
        if ex["path"].startswith("/_objects/"):
            continue  # a presigned URL of the storage, not an operation of the API
        req = _request(ex)
        from_client = (ex.get("user_agent") or "").startswith("tidbcloud-python/")
        if from_client and check_requests:
            try:
                api.validate_request(req)
            except PathNotFound:
                found.append(f"{where}: the client called a path the spec does not have")
            except Exception as e:
                found.append(f"{where}: request: {_why(e)}")
        body = ex.get("response_body")
        resp = MockResponse(body.encode() if body else b"", status_code=ex["status"])
        try:
            api.validate_response(req, resp)
        except (ResponseNotFound, PathNotFound):
            pass  # a status the spec does not document for this operation
        except Exception as e:
            if _request_invalid(api, req):
                continue  # a deliberately bad request: its answer has no schema to meet
            found.append(f"{where}: response: {_why(e)}: {body and json.loads(body)}")
    return found


def _request_invalid(api: OpenAPI, req: MockRequest) -> bool:
    try:
        api.validate_request(req)
    except Exception:
        return True
    return False


def _why(e: Exception) -> str:
    causes = [str(e)]
    inner = getattr(e, "__cause__", None)
    while inner is not None:
        causes.append(str(inner))
        for sub in getattr(inner, "schema_errors", []) or []:
            causes.append(getattr(sub, "message", str(sub)))
        inner = getattr(inner, "__cause__", None)
    return " / ".join(causes)


def _operation(op_id: str) -> dict[str, Any]:
    return next(op for item in spec_dict()["paths"].values() for op in item.values()
                if op["operationId"] == op_id)


def answer_problems(op_id: str, body: Any, status: int = 200) -> list[str]:
    """What in one answer's body breaks the schema the spec gives `op_id` for
    `status`. Held by operation id, so it does not matter where a server lives.
    An error status the operation does not document is held against the
    operation's `default` answer or, failing that, its 400: the server's error
    shape."""
    from openapi_schema_validator import OAS30Validator

    responses = _operation(op_id)["responses"]
    documented = responses.get(str(status))
    if documented is None and status >= 400:
        documented = responses.get("default") or responses.get("400")
    if documented is None:
        return [f"{op_id}: status {status} is not in the spec"]
    schema = documented.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return [] if body in (None, {}, "") else [f"{op_id} {status}: a body the spec "
                                                  "does not describe"]
    # The operation's schema refers into the document's components.
    validator = OAS30Validator({**schema, "components": spec_dict()["components"]})
    return [f"{op_id} {status}: {'/'.join(map(str, e.absolute_path)) or '(body)'}: {e.message}"
            for e in validator.iter_errors(body)]
