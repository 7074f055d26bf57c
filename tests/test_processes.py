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
        cid = c.clusters.create(display_name="xray", region_id="aws-us-east-1",
            tidb_node_setting={"nodeSpecKey": "4C16G", "tidbNodeGroups": [{"nodeCount": 1}]},
            tikv_node_setting={"nodeSpecKey": "4C16G", "nodeCount": 3,
                               "storageSizeGi": 500})["clusterId"]
        if mode == "retry-sleep":
            m.inject_fault("/v1beta1/regions/azure-eastus", status=503, retry_after="30", times=5)
        if mode == "slow-answer":
            m.inject_fault("/v1beta1/regions/azure-eastus", delay=30)
        print("ready", flush=True)
        try:
            if mode == "wait":
                c.clusters.wait(cid, state="ACTIVE", timeout=600)
            else:
                c.regions.get("azure-eastus")
            print("finished", flush=True)
        except KeyboardInterrupt:
            print("interrupted", flush=True)
        m.clear_faults()
        region = c.regions.get("aws-us-west-2")["regionId"]
        print("usable" if region == "aws-us-west-2" else "broken",
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
    import asyncio, os, sys
    import tidbcloud
    from tidbcloud.testing import MockServer

    async def async_call(m):
        async with m.async_client() as ac:
            return (await ac.regions.get("aws-us-east-1"))["regionId"]

    with MockServer(transition_seconds=0, rate_limit=None) as m, m.client() as c:
        c.regions.get("aws-us-east-1")
        asyncio.run(async_call(m))        # the parent's I/O threads exist now
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                c.regions.get("aws-us-east-1")
                code = 10                  # the old client must refuse
            except tidbcloud.TiDBCloudError as e:
                if "fork" not in str(e):
                    code = 11
            try:
                with m.client() as fresh:
                    if fresh.regions.get("aws-us-east-1")["regionId"] != "aws-us-east-1":
                        code = 12
                if asyncio.run(async_call(m)) != "aws-us-east-1":
                    code = 13
            except BaseException as e:
                print(type(e).__name__, e, file=sys.stderr, flush=True)
                code = 14
            sys.stdout.flush()
            sys.exit(code)                 # a full exit: the child's runtimes are dropped
        _, status = os.waitpid(pid, 0)
        print(os.waitstatus_to_exitcode(status), flush=True)
        print(c.regions.get("azure-eastus")["regionId"], asyncio.run(async_call(m)), flush=True)
''')


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_forked_child_makes_new_clients_and_refuses_old_ones():
    out = subprocess.run([sys.executable, "-c", FORK], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    child_code, *parent_after = out.stdout.split()
    assert child_code == "0", out.stderr  # old client: clear error; new ones, sync and async: work
    assert parent_after == ["azure-eastus", "aws-us-east-1"]  # the parent is unaffected


POOL = textwrap.dedent('''
    import multiprocessing
    from tidbcloud.testing import MockServer

    def work(args):
        url, pk, sk, region = args
        import tidbcloud
        with tidbcloud.TiDBCloud(pk, sk, base_url=url) as c:
            return c.regions.get(region)["regionId"]

    if __name__ == "__main__":
        with MockServer(transition_seconds=0, rate_limit=None) as m, m.client() as c:
            c.regions.get("aws-us-east-1")
            ctx = multiprocessing.get_context("fork")
            with ctx.Pool(2) as pool:
                args = [(m.url, m.public_key, m.private_key, r)
                        for r in ("aws-us-east-1", "aws-us-west-2", "azure-eastus",
                                  "aws-us-east-1")]
                print(" ".join(pool.map(work, args)), flush=True)
            print(c.regions.get("azure-eastus")["regionId"], flush=True)
''')


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_multiprocessing_fork_workers_use_tidbcloud(tmp_path):
    script = tmp_path / "pool.py"
    script.write_text(POOL)
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["aws-us-east-1", "aws-us-west-2", "azure-eastus",
                                  "aws-us-east-1", "azure-eastus"]


PAGER = textwrap.dedent('''
    import tidbcloud
    from tidbcloud.testing import MockServer

    with MockServer(transition_seconds=0, rate_limit=None) as m, m.client() as c:
        it = iter(c.regions.list(page_size=2))
        first = next(it)["regionId"]
        next(it)
        m.inject_fault("/v1beta1/regions", delay=30)
        print("ready", flush=True)
        try:
            next(it)  # fetches the second page, slowly
            print("finished", flush=True)
        except KeyboardInterrupt:
            print("interrupted", flush=True)
        m.clear_faults()
        rest = [r["regionId"] for r in it]  # the same iterator goes on
        print("usable" if rest and first not in rest else "broken", flush=True)
''')


def test_ctrl_c_in_a_pager_leaves_it_usable():
    proc = subprocess.Popen([sys.executable, "-c", PAGER], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(0.5)
        proc.send_signal(signal.SIGINT)
        assert proc.stdout.readline().strip() == "interrupted"
        assert proc.stdout.readline().strip() == "usable"
        assert proc.wait(timeout=20) == 0
    finally:
        proc.kill()


def _cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="needs /proc")
def test_mock_rests_when_out_of_file_descriptors():
    import resource
    import socket

    def low_limit():
        resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))

    proc = subprocess.Popen([sys.executable, "-m", "tidbcloud.testing", "--rate-limit", "off"],
                            stdout=subprocess.PIPE, text=True, preexec_fn=low_limit)
    socks = []
    try:
        env = dict(line.strip().removeprefix("export ").split("=", 1)
                   for line in (proc.stdout.readline() for _ in range(3)))
        url = env["TIDBCLOUD_BASE_URL"]
        port = int(url.split(":")[2].split("/")[0])
        for _ in range(100):  # more than the mock has descriptors for
            socks.append(socket.create_connection(("127.0.0.1", port)))
        before = _cpu_seconds(proc.pid)
        time.sleep(1.0)
        busy = _cpu_seconds(proc.pid) - before
        assert busy < 0.3, f"the accept loop spun: {busy:.2f} s of CPU in 1 s"
        for s in socks:
            s.close()
        socks.clear()
        import tidbcloud
        with tidbcloud.TiDBCloud(env["TIDBCLOUD_PUBLIC_KEY"], env["TIDBCLOUD_PRIVATE_KEY"],
                                 base_url=url) as c:
            assert c.regions.get("aws-us-east-1")["regionId"] == "aws-us-east-1"  # serving again
    finally:
        for s in socks:
            s.close()
        proc.terminate()
        proc.wait(timeout=10)
