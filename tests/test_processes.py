"""Ctrl-C and os.fork(), each in a subprocess of its own."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

SCRIPT = textwrap.dedent('''
    import sys, time
    import tidbcloud
    from tidbcloud.testing import MockServer

    mode = sys.argv[1]
    with MockServer(transition_seconds=600, rate_limit=None) as m, m.client() as c:
        cid = c.clusters.create(display_name="x", cloud_provider="AWS", region_id="us-east-1",
            components={"tidb": {"nodeSize": "4C16G", "nodeQuantity": 1},
                        "tikv": {"nodeSize": "4C16G", "nodeQuantity": 3}})["clusterId"]
        if mode == "retry-sleep":
            m.inject_fault("/v1beta1/regions/eastus", status=503, retry_after="30", times=5)
        if mode == "slow-answer":
            m.inject_fault("/v1beta1/regions/eastus", delay=30)
        print("ready", flush=True)
        try:
            if mode == "wait":
                c.clusters.wait(cid, state="ACTIVE", timeout=600)
            else:
                c.regions.get("eastus")
            print("finished", flush=True)
        except KeyboardInterrupt:
            print("interrupted", flush=True)
        m.clear_faults()
        print("usable" if c.regions.get("us-west-2")["regionId"] == "us-west-2" else "broken",
              flush=True)
''')


@pytest.mark.parametrize("mode", ["wait", "retry-sleep", "slow-answer"])
def test_ctrl_c_stops_a_blocking_call_at_once(mode):
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, mode], stdout=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(0.5)
        sent = time.monotonic()
        proc.send_signal(signal.SIGINT)
        assert proc.stdout.readline().strip() == "interrupted"
        assert time.monotonic() - sent < 0.5
        assert proc.stdout.readline().strip() == "usable"
        assert proc.wait(timeout=20) == 0
    finally:
        proc.kill()


FORK = textwrap.dedent('''
    import os, sys
    import tidbcloud
    from tidbcloud.testing import MockServer

    with MockServer(transition_seconds=0, rate_limit=None) as m, m.client() as c:
        c.regions.get("us-east-1")
        pid = os.fork()
        if pid == 0:
            code = 0
            for attempt in (lambda: c.regions.get("us-east-1"),
                            lambda: m.client().regions.get("us-east-1")):
                try:
                    attempt()
                    code = 10
                except tidbcloud.TiDBCloudError as e:
                    if "fork" not in str(e):
                        code = 11
                except BaseException:
                    code = 12
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        print(os.waitstatus_to_exitcode(status), flush=True)
        print(c.regions.get("eastus")["regionId"], flush=True)
''')


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_forked_child_gets_a_clear_error_not_a_hang():
    out = subprocess.run([sys.executable, "-c", FORK], capture_output=True, text=True,
                         timeout=30)
    assert out.returncode == 0, out.stderr
    child_code, parent_after = out.stdout.split()
    assert child_code == "0"  # both the old and a new client raised TiDBCloudError
    assert parent_after == "eastus"  # the parent is unaffected
