"""Every fault kind against every operation class, with a summary of outcomes.

Classes: a read (GET), an idempotent write (PATCH), and non-idempotent creates
(POST of a cluster and of an API key). Each call gets one fault and up to two
retries, and must end as a success or a typed error, within a deadline; a
create must never happen twice.
"""

from __future__ import annotations

import time
from collections import Counter

import pytest

import tidbcloud
from helpers import cluster_args
from tidbcloud.testing import MockServer

SUMMARY: Counter[str] = Counter()
DEADLINE = 10.0

FAULTS = {
    "503": {"status": 503},
    "429": {"status": 429, "retry_after": "0"},
    "slow": {"delay": 0.8},
    "drop-before-headers": {"drop": "before_headers"},
    "drop-after-headers": {"drop": "after_headers"},
    "truncated": {"body": "truncated"},
    "malformed": {"body": "malformed"},
    "wrong-content-type": {"content_type": "wrong"},
}


def call_read(c, ctx):
    return c.regions.get("aws-us-east-1"), "GET", "/v1beta1/regions/aws-us-east-1"


def call_patch(c, ctx):
    cid = ctx["cluster"]
    return c.clusters.update(cid, display_name="renamed"), "PATCH", f"/v1beta1/clusters/{cid}"


def call_create_cluster(c, ctx):
    return c.clusters.create(**cluster_args()), "POST", "/v1beta1/clusters"


def call_create_key(c, ctx):
    return (c.api_keys.create(display_name="rel", role="org:member"), "POST",
            "/v1beta1/apikeys")


CLASSES = {
    "read": (call_read, "GET", "/v1beta1/regions/aws-us-east-1"),
    "idempotent-write": (call_patch, "PATCH", None),
    "create-cluster": (call_create_cluster, "POST", "/v1beta1/clusters"),
    "create-api-key": (call_create_key, "POST", "/v1beta1/apikeys"),
}


def created_count(c, kind):
    if kind == "create-cluster":
        return len(list(c.clusters.list()))
    if kind == "create-api-key":
        return sum(1 for k in c.api_keys.list() if k["displayName"] == "rel")
    return 0


@pytest.mark.parametrize("kind", CLASSES)
@pytest.mark.parametrize("fault", FAULTS)
def test_fault_matrix(kind, fault):
    with MockServer(transition_seconds=0, rate_limit=None) as m, \
            m.client(timeout=0.4, max_retries=2) as c:
        ctx = {"cluster": c.clusters.create(**cluster_args(display_name="base"))["clusterId"]}
        before = created_count(c, kind)
        fn, method, path = CLASSES[kind]
        path = path or f"/v1beta1/clusters/{ctx['cluster']}"
        m.reset_requests()
        m.inject_fault(path, method=method, **FAULTS[fault])
        SUMMARY["faults injected"] += 1
        started = time.monotonic()
        outcome = None
        try:
            result, _, _ = fn(c, ctx)
            assert isinstance(result, dict)
            attempts = sum(1 for r in m.requests() if r["path"] == path)
            outcome = "retried" if attempts > 1 else "ok"
        except tidbcloud.TiDBCloudError as e:
            outcome = f"typed:{type(e).__name__}"
        except BaseException as e:  # a PanicException is a BaseException
            SUMMARY["panics"] += 1
            raise AssertionError(f"not a typed error: {type(e).__name__}: {e}") from e
        finally:
            if time.monotonic() - started > DEADLINE:
                SUMMARY["hangs"] += 1
        time.sleep(0.9 if fault == "slow" else 0)  # let a late answer land
        made = created_count(c, kind) - before
    if outcome == "retried":
        SUMMARY["succeeded after retry"] += 1
    elif outcome.startswith("typed:"):
        SUMMARY["typed errors"] += 1
    if made > 1:
        SUMMARY["duplicate creates"] += 1
    assert made <= 1, f"{kind} under {fault} created {made} times"

    idempotent = kind in ("read", "idempotent-write")
    spoiled_answer = fault in ("malformed", "wrong-content-type")
    if fault == "429" or (idempotent and not spoiled_answer):
        assert outcome == "retried", outcome
    elif spoiled_answer:
        assert outcome == "typed:APIResponseError", outcome
    elif fault == "503":
        assert outcome == "typed:InternalServerError" and made == 0, (outcome, made)
    else:
        # The create reached the service but its answer was lost: not resent.
        assert outcome in ("typed:APIConnectionError", "typed:APITimeoutError"), outcome
        assert made == 1


def summary_line() -> str:
    keys = ["faults injected", "succeeded after retry", "typed errors", "panics", "hangs",
            "duplicate creates"]
    return "reliability: " + ", ".join(f"{k} {SUMMARY[k]}" for k in keys)
