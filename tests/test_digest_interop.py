"""Our client against a digest server we did not write (Twisted's)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import tidbcloud

SERVER = os.path.join(os.path.dirname(__file__), "servers", "twisted_digest.py")


@pytest.fixture
def twisted_server():
    proc = subprocess.Popen([sys.executable, SERVER, "interop-user", "interop-secret"],
                            stdout=subprocess.PIPE, text=True)
    try:
        port = int(proc.stdout.readline())
        yield f"http://127.0.0.1:{port}/v1beta1"
    finally:
        proc.kill()
        proc.wait(timeout=10)


def test_client_authenticates_and_reuses_the_challenge(twisted_server):
    with tidbcloud.TiDBCloud("interop-user", "interop-secret", base_url=twisted_server) as c:
        first = c.regions.get("aws-us-east-1")
        assert first["path"] == "/v1beta1/regions/aws-us-east-1"
        assert first["seen"] == 2  # challenge, then the answer
        second = c.regions.get("aws-eu-central-1")
        assert second["seen"] == 3  # one exchange
        listed = next(iter(c.regions.list(page_size=5).pages()))
        assert listed["query"] == "/v1beta1/regions?pageSize=5"  # query signed and sent


def test_wrong_password_is_refused_by_the_other_server(twisted_server):
    with tidbcloud.TiDBCloud("interop-user", "nope", base_url=twisted_server) as c:
        with pytest.raises(tidbcloud.AuthenticationError):
            c.regions.get("aws-us-east-1")
