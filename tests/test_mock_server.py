"""The mock as any HTTP client sees it: standard digest clients, error bodies,
rate-limit headers, the `tidbcloud-mock` program and the pytest fixture."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig

import httpx
import pytest
import requests
from requests.auth import HTTPDigestAuth

from tidbcloud.testing import MockServer


def test_requests_digest_is_accepted(mock):
    auth = HTTPDigestAuth(mock.public_key, mock.private_key)
    r = requests.get(f"{mock.url}/regions?pageSize=2", auth=auth, timeout=5)
    assert r.status_code == 200
    assert len(r.json()["regions"]) == 2
    r = requests.get(f"{mock.url}/regions/aws-us-east-1", auth=HTTPDigestAuth(mock.public_key, "x"),
                     timeout=5)
    assert r.status_code == 401
    assert r.json() == {"code": 401, "message": r.json()["message"], "details": []}
    # IAM and billing paths answer in their own shape.
    r = requests.get(f"{mock.url}/apikeys", auth=HTTPDigestAuth(mock.public_key, "x"), timeout=5)
    body = r.json()
    assert r.status_code == 401 and body["code"] == "40100001" and body["status"] == 401
    assert body["msgPrefix"] == "unauthenticated" and "authentication failed" in body["error"]


def test_httpx_digest_is_accepted(mock):
    with httpx.Client(auth=httpx.DigestAuth(mock.public_key, mock.private_key)) as h:
        for _ in range(3):
            assert h.get(f"{mock.url}/regions/azure-eastus").json()["cloudProvider"] == "azure"


def test_curl_digest_is_accepted(mock):
    curl = shutil.which("curl")
    assert curl, "curl is part of the test environment"
    out = subprocess.run(
        [curl, "-s", "--digest", "-u", f"{mock.public_key}:{mock.private_key}",
         f"{mock.url}/regions/aws-us-west-2"],
        capture_output=True, text=True, timeout=30, check=True,
    ).stdout
    assert json.loads(out)["regionId"] == "aws-us-west-2"


def test_unauthenticated_request_gets_a_challenge(mock):
    r = requests.get(f"{mock.url}/clusters", timeout=5)
    assert r.status_code == 401
    challenge = r.headers["WWW-Authenticate"]
    assert challenge.startswith("Digest ") and 'qop="auth"' in challenge
    assert "algorithm=MD5" in challenge and "nonce=" in challenge


def test_expired_nonce_gives_stale_true(mock):
    s = requests.Session()
    s.auth = HTTPDigestAuth(mock.public_key, mock.private_key)
    assert s.get(f"{mock.url}/regions/aws-us-east-1", timeout=5).status_code == 200
    mock.expire_nonces()
    mock.reset_requests()
    # requests answers a stale challenge by itself; the mock saw the 401 first.
    assert s.get(f"{mock.url}/regions/aws-us-east-1", timeout=5).status_code == 200
    assert [r["status"] for r in mock.requests()] == [401, 200]


def test_replayed_authorization_is_refused(mock):
    auth = HTTPDigestAuth(mock.public_key, mock.private_key)
    r = requests.get(f"{mock.url}/regions/aws-us-east-1", auth=auth, timeout=5)
    sent = r.request.headers["Authorization"]
    replay = requests.get(f"{mock.url}/regions/aws-us-east-1", headers={"Authorization": sent},
                          timeout=5)
    assert replay.status_code == 401
    other_uri = requests.get(f"{mock.url}/regions/azure-eastus", headers={"Authorization": sent},
                             timeout=5)
    assert other_uri.status_code == 401


def test_rate_limit_headers_and_429():
    with MockServer(rate_limit=(2, 30.0), transition_seconds=0) as m:
        s = requests.Session()
        s.auth = HTTPDigestAuth(m.public_key, m.private_key)
        first = s.get(f"{m.url}/regions/aws-us-east-1", timeout=5)
        assert first.headers["X-Ratelimit-Limit-Minute"] == "2"
        assert first.headers["X-Ratelimit-Remaining-Minute"] == "1"
        assert 1 <= int(first.headers["X-Ratelimit-Reset"]) <= 30
        s.get(f"{m.url}/regions/aws-us-east-1", timeout=5)
        limited = s.get(f"{m.url}/regions/aws-us-east-1", timeout=5)
        assert limited.status_code == 429
        assert "Retry-After" not in limited.headers  # as the service: its headers say when
        assert 1 <= int(limited.headers["X-Ratelimit-Reset"]) <= 30
        assert limited.headers["X-Ratelimit-Remaining-Minute"] == "0"
        assert limited.json()["code"] == 49900007 and limited.json()["details"] == []
        # Another key has its own budget.
        pub, priv = m.create_api_key("org:owner")
        other = requests.get(f"{m.url}/regions/aws-us-east-1", auth=HTTPDigestAuth(pub, priv),
                             timeout=5)
        assert other.status_code == 200


def test_validation_messages_say_what_is_wrong(mock):
    s = requests.Session()
    s.auth = HTTPDigestAuth(mock.public_key, mock.private_key)
    cases = [
        ({}, "displayName is required"),
        ({"displayName": "xray", "cloudProvider": "AWS", "regionId": "aws-us-east-1",
          "components": {}},  # the summary's shape: the service knows no such field
         "unknown field"),
        ({"displayName": "x", "regionId": "aws-us-east-1"}, "displayName \"x\" must be 4 to 64"),
        ({"displayName": "xray", "regionId": "mars-1"}, "regionId"),
        ({"displayName": "xray", "regionId": "aws-us-east-1",
          "tidbNodeSetting": {"nodeSpecKey": "8C16G", "tidbNodeGroups": [{"nodeCount": 1}]}},
         "tikvNodeSetting is required"),
        ({"displayName": "xray", "regionId": "aws-us-east-1",
          "tidbNodeSetting": {"nodeSpecKey": "8C16G", "tidbNodeGroups": [{"nodeCount": 1}]},
          "tikvNodeSetting": {"nodeSpecKey": "8C32G", "nodeCount": 3, "storageSizeGi": 500,
                              "storageType": "Plus"}},
         "not offered"),
    ]
    for body, expected in cases:
        r = s.post(f"{mock.url}/clusters", json=body, timeout=5)
        assert r.status_code == 400
        assert expected in r.json()["message"] and r.json()["code"] == 400
    r = s.post(f"{mock.url}/clusters", data="{not json", timeout=5,
               headers={"Content-Type": "application/json"})
    assert r.status_code == 400 and "not valid JSON" in r.json()["message"]
    r = s.get(f"{mock.url}/clusters?pageSize=500", timeout=5)
    assert r.status_code == 400 and "pageSize" in r.json()["message"]
    r = s.put(f"{mock.url}/clusters/1", json={}, timeout=5)
    assert r.status_code == 405


def mock_program() -> str:
    """The `tidbcloud-mock` script, where this installation puts scripts."""
    exe = shutil.which("tidbcloud-mock", path=sysconfig.get_path("scripts"))
    assert exe, "the tidbcloud-mock script is installed with the wheel"
    return exe


def test_mock_program_prints_url_and_keys():
    exe = mock_program()
    proc = subprocess.Popen([exe, "--port", "0", "--rate-limit", "off"],
                            stdout=subprocess.PIPE, text=True)
    try:
        printed = [proc.stdout.readline() for _ in range(3)]
        assert all(line.startswith("export TIDBCLOUD_") for line in printed)
        # A shell takes the lines as they are.
        env = subprocess.run(["bash", "-c", "".join(printed) + "env"], capture_output=True,
                             text=True, timeout=10).stdout
        lines = dict(v.split("=", 1) for v in env.splitlines() if v.startswith("TIDBCLOUD_"))
        url = lines["TIDBCLOUD_BASE_URL"]
        auth = HTTPDigestAuth(lines["TIDBCLOUD_PUBLIC_KEY"], lines["TIDBCLOUD_PRIVATE_KEY"])
        assert requests.get(f"{url}/regions/azure-eastus", auth=auth, timeout=5).status_code == 200
    finally:
        proc.terminate()
        assert proc.wait(timeout=10) == 0


def test_mock_program_rejects_a_busy_port(mock):
    exe = mock_program()
    r = subprocess.run([exe, "--port", str(mock.port)], capture_output=True, text=True,
                       timeout=30)
    assert r.returncode == 1 and "tidbcloud-mock:" in r.stderr


def test_mock_repr_hides_private_key(mock):
    assert mock.private_key not in repr(mock)


def test_bad_mock_options():
    with pytest.raises(ValueError):
        MockServer(transition_seconds=-1).start()
    with pytest.raises(ValueError):
        MockServer(rate_limit=(0, 60.0)).start()
    with pytest.raises(TypeError):
        MockServer(rate_limit=100).start()  # type: ignore[arg-type]


def test_fixture_from_the_entry_point(tidbcloud_mock, tidbcloud_client):
    assert tidbcloud_client.regions.get("aws-us-east-1")["regionId"] == "aws-us-east-1"
    assert tidbcloud_mock.request_count() == 2


@pytest.mark.tidbcloud_mock(transition_seconds=0, rate_limit=None)
def test_fixture_takes_options_from_its_marker(tidbcloud_client):
    c = tidbcloud_client.clusters.create(
        display_name="mike", region_id="gcp-us-central1",
        tidb_node_setting={"nodeSpecKey": "4C16G", "tidbNodeGroups": [{"nodeCount": 1}]},
        tikv_node_setting={"nodeSpecKey": "4C16G", "nodeCount": 3, "storageSizeGi": 500},
    )
    assert c["state"] == "ACTIVE"


def test_installed_package_is_what_is_tested():
    import tidbcloud

    here = os.path.dirname(tidbcloud.__file__)
    assert "site-packages" in here, f"tests must run against the installed wheel, not {here}"
    for name in ("py.typed", "_core.pyi", "types.py", "testing.py"):
        assert os.path.exists(os.path.join(here, name)), name
    from importlib.metadata import entry_points

    assert any(ep.value == "tidbcloud.pytest_plugin" for ep in entry_points(group="pytest11"))
    assert sys.modules["tidbcloud._core"].__file__.startswith(here)


def test_a_server_started_without_with_stops_when_dropped():
    # A notebook re-running its first cell rebinds `mock`: the old server must
    # not keep its port and thread for the kernel's life.
    import gc
    import socket
    from urllib.parse import urlsplit

    m = MockServer().start()
    port = urlsplit(m.url).port
    socket.create_connection(("127.0.0.1", port), timeout=2).close()
    del m
    gc.collect()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
