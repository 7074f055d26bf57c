"""The "tidbcloud" logger records requests and retries, and never a secret."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest

import tidbcloud
from helpers import cluster_args


def test_full_lifecycle_logs_no_secret(mock, caplog):
    caplog.set_level(logging.DEBUG, logger="tidbcloud")
    password = "Root-Passw0rd-4f9a"
    new_password = "Root-Passw0rd-77c1"
    integration_key = "dd-api-key-5e3b"
    errors: list[str] = []
    with mock.client() as c:
        cid = c.clusters.create(**cluster_args(root_password=password))["clusterId"]
        c.clusters.reset_root_password(cid, root_password=new_password)
        try:
            c.clusters.reset_root_password(cid, root_password="short")
        except (tidbcloud.TiDBCloudError, ValueError) as e:
            errors.append(f"{e} {e!r} {getattr(e, 'body', '')}")
        key = c.api_keys.create(display_name="logged", role="org:owner")
        c.integrations.create(cid, type="DATADOG", datadog={"apiKey": integration_key})
        try:
            c.integrations.create(cid, type="DATADOG", datadog={"apiKey": integration_key})
        except tidbcloud.ConflictError as e:
            errors.append(f"{e} {e!r} {e.body}")
        mock.inject_fault(f"/v1beta1/clusters/{cid}", method="GET", status=503)
        c.clusters.get(cid)
        c.clusters.delete(cid)
    with tidbcloud.TiDBCloud(key["accessKey"], "wrong-" + key["secretKey"],
                             base_url=mock.url) as bad:
        try:
            bad.regions.get("aws-us-east-1")
        except tidbcloud.AuthenticationError as e:
            errors.append(f"{e} {e!r} {e.body}")
    text = caplog.text + "\n".join(errors) + repr(c) + repr(mock)
    assert len(errors) == 3
    secrets = [mock.private_key, password, new_password, "short", integration_key,
               key["secretKey"]]
    for secret in secrets:
        assert secret not in text, f"a secret leaked: {secret[:3]}..."
    assert "Digest" not in text and "response=" not in text  # no Authorization header
    debug = [r for r in caplog.records if r.levelno == logging.DEBUG]
    assert any(f"POST /clusters/{cid}:resetRootPassword -> 200" in r.getMessage() for r in debug)
    assert any("retries: 1)" in r.getMessage() for r in debug)
    retries = [r for r in caplog.records if r.levelno == logging.INFO]
    assert any(f"retrying GET /clusters/{cid} after 503" in r.getMessage() for r in retries)


def test_silent_unless_enabled(mock, caplog):
    caplog.set_level(logging.WARNING, logger="tidbcloud")
    with mock.client() as c:
        c.regions.get("aws-us-east-1")
    assert not [r for r in caplog.records if r.name == "tidbcloud"]


@pytest.mark.parametrize("level, expect", [("debug", True), ("", False)])
def test_tidbcloud_log_variable(level, expect):
    code = (
        "from tidbcloud.testing import MockServer\n"
        "with MockServer(rate_limit=None) as m, m.client() as c:\n"
        "    c.regions.get('aws-us-east-1')\n"
    )
    env = {**os.environ, "TIDBCLOUD_LOG": level}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert ("GET /regions/aws-us-east-1 -> 200" in out.stderr) is expect


def test_a_long_wait_for_the_rate_limit_is_told_with_its_cause(caplog):
    from tidbcloud.testing import MockServer

    caplog.set_level(logging.DEBUG, logger="tidbcloud")
    # The client's own pacing: one request every 1.5 s.
    with MockServer(rate_limit=None) as m, m.client(rate_limit=40) as c:
        c.regions.list().to_list()
        c.regions.list().to_list()
    # (The first call's digest challenge takes a place of its own.)
    waits = [r.getMessage() for r in caplog.records
             if r.levelno == logging.INFO and r.getMessage().startswith("waiting")]
    assert waits and all(w.startswith("waiting 1.") and w.endswith(
        "GET /regions: rate_limit=40 requests per minute (this client's own pacing)")
        for w in waits), waits
    paced = [r.getMessage() for r in caplog.records if "waiting for the rate limit" in
             r.getMessage()]
    assert len(paced) == len(waits) and paced[-1].startswith("GET /regions -> 200 in ")
    caplog.clear()
    # The service's budget: two requests a window, then a wait until it resets.
    with MockServer(rate_limit=(2, 3.0)) as m, m.client() as c:
        for _ in range(3):
            c.regions.get("aws-us-east-1")
    waits = [r.getMessage() for r in caplog.records
             if r.levelno == logging.INFO and r.getMessage().startswith("waiting")]
    assert waits and waits[-1].endswith(
        "GET /regions/aws-us-east-1: 2 requests per minute for this key, all used"), waits


def test_the_timing_line_quotes_the_services_request_id(caplog):
    """The id the service gives an answer (`X-Debug-Trace-Id`, else
    `X-Request-Id`) is on the timing line, to quote when asking about a call;
    a server's overlong id is cut short."""
    import http.server
    import threading

    ids = iter(["3f9c0a7e1b2d4c5f", "r" * 500, None])

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b'{"regionId": "aws-us-east-1"}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            rid = next(ids)
            if rid:
                self.send_header("X-Request-Id", rid)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    caplog.set_level(logging.DEBUG, logger="tidbcloud")
    try:
        with tidbcloud.TiDBCloud("pub", "priv", base_url=f"http://127.0.0.1:"
                                 f"{server.server_address[1]}/v1beta1") as c:
            for _ in range(3):
                c.regions.get("aws-us-east-1")
    finally:
        server.shutdown()
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG]
    assert lines[0].endswith("(request 3f9c0a7e1b2d4c5f, retries: 0)"), lines
    assert lines[1].endswith(f"(request {'r' * 64}, retries: 0)"), lines
    assert lines[2].endswith(" ms (retries: 0)"), lines
