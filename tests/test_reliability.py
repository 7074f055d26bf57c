"""Every fault kind against every operation class, with a summary of outcomes.

Classes: a read (GET), an idempotent write (PATCH), and non-idempotent creates
(POST of a cluster and of an API key). Each call gets one fault and up to two
retries, and must end as a success or a typed error, within a deadline; a
create must never happen twice. Every cell runs on both faces of the client.
"""

from __future__ import annotations

import time
from collections import Counter
from urllib.parse import urlsplit

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
    return c.regions.get("aws-us-east-1")


def call_patch(c, ctx):
    return c.clusters.update(ctx["cluster"], display_name="renamed")


def call_create_cluster(c, ctx):
    return c.clusters.create(**cluster_args())


def call_create_key(c, ctx):
    return c.api_keys.create(display_name="rel", role="org:member")


# Each class: its call, its method, and its path below the mock's base path.
CLASSES = {
    "read": (call_read, "GET", "/regions/aws-us-east-1"),
    "idempotent-write": (call_patch, "PATCH", "/clusters/{cluster}"),
    "create-cluster": (call_create_cluster, "POST", "/clusters"),
    "create-api-key": (call_create_key, "POST", "/apikeys"),
}


def created_count(c, kind):
    if kind == "create-cluster":
        return len(list(c.clusters.list()))
    if kind == "create-api-key":
        return sum(1 for k in c.api_keys.list() if k["displayName"] == "rel")
    return 0


@pytest.mark.parametrize("kind", CLASSES)
@pytest.mark.parametrize("fault", FAULTS)
def test_fault_matrix(face, kind, fault):
    """The faulted call goes through the face under test; the bookkeeping
    around it through a blocking client of its own."""
    with MockServer(transition_seconds=0, rate_limit=None) as m, \
            m.client() as books, face.client(m, timeout=0.4, max_retries=2) as c:
        ctx = {"cluster": books.clusters.create(**cluster_args(display_name="base"))[
            "clusterId"]}
        face.call(c, lambda c: c.regions.get("azure-eastus"))  # the challenge
        before = created_count(books, kind)
        fn, method, rest = CLASSES[kind]
        path = urlsplit(m.url).path + rest.format(**ctx)
        m.reset_requests()
        m.inject_fault(path, method=method, **FAULTS[fault])
        SUMMARY["faults injected"] += 1
        started = time.monotonic()
        outcome = None
        try:
            result = face.call(c, lambda c: fn(c, ctx))
            assert isinstance(result, dict)
            attempts = sum(1 for r in m.requests() if r["path"] == path)
            outcome = "retried" if attempts > 1 else "ok"
        except tidbcloud.TiDBCloudError as e:
            outcome = f"typed:{type(e).__name__}"
        except BaseException as e:  # a PanicException is a BaseException
            SUMMARY["panics"] += 1
            raise AssertionError(f"not a typed error: {type(e).__name__}: {e}") from e
        finally:
            elapsed = time.monotonic() - started
            if elapsed > DEADLINE:
                SUMMARY["hangs"] += 1
        assert elapsed <= DEADLINE, f"{kind} under {fault} took {elapsed:.1f} s"
        time.sleep(0.9 if fault == "slow" else 0)  # let a late answer land
        made = created_count(books, kind) - before
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
