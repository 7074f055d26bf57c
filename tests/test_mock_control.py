"""The control endpoints (`tidbcloud-mock --control`, `MockServer(control=True)`),
driven with curl as a test suite in another language would: reset, advance,
settle and seed below /_mock/, off unless asked for."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sysconfig
import time

import pytest

from tidbcloud.testing import MockServer


def curl(*args: str) -> tuple[int, dict]:
    """POST with curl; returns (HTTP status, JSON body)."""
    out = subprocess.run(
        ["curl", "-s", "-w", "\n%{http_code}", "-H", "Content-Type: application/json", *args],
        capture_output=True, text=True, timeout=30, check=True,
    ).stdout
    body, _, status = out.rpartition("\n")
    return int(status), json.loads(body) if body else {}


def digest_get(server_url: str, public: str, private: str, path: str) -> dict:
    out = subprocess.run(
        ["curl", "-sf", "--digest", "-u", f"{public}:{private}", server_url + path],
        capture_output=True, text=True, timeout=30, check=True,
    ).stdout
    return json.loads(out)


@pytest.fixture
def program():
    """`tidbcloud-mock --control --transition-seconds manual`, and what it printed."""
    exe = shutil.which("tidbcloud-mock", path=sysconfig.get_path("scripts"))
    assert exe
    proc = subprocess.Popen(
        [exe, "--control", "--transition-seconds", "manual", "--rate-limit", "off"],
        stdout=subprocess.PIPE, text=True)
    try:
        printed = [proc.stdout.readline() for _ in range(4)]
        env = subprocess.run(["bash", "-c", "".join(printed) + "env"], capture_output=True,
                             text=True, timeout=10).stdout
        yield dict(v.split("=", 1) for v in env.splitlines() if v.startswith("TIDBCLOUD_"))
    finally:
        proc.terminate()
        assert proc.wait(timeout=10) == 0


def test_the_program_is_driven_with_curl(program):
    control = program["TIDBCLOUD_MOCK_CONTROL_URL"]
    url, keys = program["TIDBCLOUD_BASE_URL"], (program["TIDBCLOUD_PUBLIC_KEY"],
                                                program["TIDBCLOUD_PRIVATE_KEY"])
    status, seeded = curl("-X", "POST", f"{control}/seed/clusters",
                          "-d", '{"state": "CREATING", "displayName": "from-curl"}')
    assert status == 200 and seeded["state"] == "CREATING"
    cid = seeded["clusterId"]
    assert digest_get(url, *keys, f"/clusters/{cid}")["state"] == "CREATING"
    assert curl("-X", "POST", f"{control}/advance", "-d", '{"seconds": 0.5}') == (
        200, {"advanced": 0.5})
    assert digest_get(url, *keys, f"/clusters/{cid}")["state"] == "ACTIVE"

    status, starter = curl("-X", "POST", f"{control}/seed/serverless/clusters",
                           "-d", '{"state": "CREATING"}')
    assert status == 200
    assert curl("-X", "POST", f"{control}/settle") == (200, {"advanced": 0.5})
    got = digest_get(url, *keys, f"/serverless/clusters/{starter['clusterId']}")
    assert got["state"] == "ACTIVE"

    status, project = curl("-X", "POST", f"{control}/seed/projects", "-d", '{"name": "ci"}')
    assert status == 200 and project["name"] == "ci"

    assert curl("-X", "POST", f"{control}/reset") == (200, {"reset": True})
    listed = digest_get(url, *keys, "/clusters")
    assert listed.get("clusters", []) == []


def test_bad_control_requests_are_clear_errors():
    with MockServer(control=True, rate_limit=None) as m:
        c = m.control_url
        status, body = curl("-X", "POST", f"{c}/advance", "-d", '{"seconds": -3}')
        assert status == 400 and "seconds" in body["error"]
        status, body = curl("-X", "POST", f"{c}/advance", "-d", "{}")
        assert status == 400 and "seconds" in body["error"]
        status, body = curl("-X", "POST", f"{c}/seed/clusters", "-d", "[1]")
        assert status == 400 and "JSON object" in body["error"]
        status, body = curl("-X", "POST", f"{c}/seed/clusters", "-d", "{nope")
        assert status == 400 and "not valid JSON" in body["error"]
        status, body = curl("-X", "POST", f"{c}/seed/clusters", "-d", '{"state": "GONE"}')
        assert status == 400 and "GONE" in body["error"]
        status, body = curl("-X", "POST", f"{c}/seed/backups", "-d", "{}")
        assert status == 404
        status, body = curl(f"{c}/reset")  # GET
        assert status == 405
        assert m.request_count() == 0  # control calls are not API requests


def test_control_endpoints_are_off_unless_asked_for():
    with MockServer(rate_limit=None) as m:
        m.seed_cluster()
        status, body = curl("--digest", "-u", f"{m.public_key}:{m.private_key}",
                            "-X", "POST", f"{m.control_url}/reset")
        assert status == 404 and body["code"] == 404  # the API's own answer: no such path
        with m.client() as c:
            assert len(list(c.clusters.list())) == 1


def test_detach_returns_once_serving_and_kill_stops_it(tmp_path):
    exe = shutil.which("tidbcloud-mock", path=sysconfig.get_path("scripts"))
    assert exe
    env_file = tmp_path / "mock.env"
    script = (f'eval "$({exe} --detach --rate-limit off --env-file {env_file})"\n'
              'curl -s -o /dev/null -w "%{http_code}" --digest '
              '-u "$TIDBCLOUD_PUBLIC_KEY:$TIDBCLOUD_PRIVATE_KEY" "$TIDBCLOUD_BASE_URL/regions"\n'
              'echo " $TIDBCLOUD_MOCK_PID $TIDBCLOUD_BASE_URL"\n')
    out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=60,
                         check=True).stdout.split()
    status, pid, url = out[0], int(out[1]), out[2]
    assert status == "200"
    assert f"TIDBCLOUD_BASE_URL={url}" in env_file.read_text()
    # The server outlives the shell that started it, until it is killed.
    port = int(url.split(":")[2].split("/")[0])
    socket.create_connection(("127.0.0.1", port), timeout=5).close()
    os.kill(pid, signal.SIGTERM)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=5).close()
        except ConnectionRefusedError:
            break
        time.sleep(0.05)
    else:
        raise AssertionError("the detached server did not stop")


def test_detach_says_why_it_cannot_start():
    exe = shutil.which("tidbcloud-mock", path=sysconfig.get_path("scripts"))
    assert exe
    r = subprocess.run([exe, "--detach", "--host", "192.0.2.1"], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 1 and "tidbcloud-mock:" in r.stderr and not r.stdout
