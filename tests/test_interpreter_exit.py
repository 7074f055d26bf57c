"""The interpreter exits cleanly with tidbcloud calls in flight: exit code 0, no
hang, no abort, no "Fatal Python error". Each script runs in a subprocess of
its own, several times, since the race it guards against is a matter of timing."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

SCRIPTS = os.path.join(os.path.dirname(__file__), "scripts")


@pytest.mark.parametrize("script", ["exit_while_busy.py", "exit_with_calls_in_flight.py"])
def test_exit_with_calls_in_flight_is_clean(script):
    for _ in range(5):
        out = subprocess.run([sys.executable, os.path.join(SCRIPTS, script)],
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr[-2000:]
        assert out.stdout.strip() == "exiting"
        for bad in ("Fatal Python error", "panicked", "Aborted", "terminate called"):
            assert bad not in out.stderr, out.stderr[-2000:]


ATEXIT_CALL = """
import atexit

def last_words():
    print(client.regions.get("aws-us-east-1")["regionId"], flush=True)
    mock.stop()

atexit.register(last_words)  # before tidbcloud is imported: it runs after our own hook

from tidbcloud.testing import MockServer

mock = MockServer(transition_seconds=0, rate_limit=None).start()
client = mock.client()
client.regions.get("aws-us-east-1")
"""


def test_a_blocking_call_from_an_atexit_handler_still_works():
    out = subprocess.run([sys.executable, "-c", ATEXIT_CALL], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "aws-us-east-1"
