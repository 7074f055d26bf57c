"""The client's limits: sockets per client, URL length, the length of
messages and log lines.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import textwrap
import time

import pytest
from test_hardening_support import RawServer, Seen, response

import tidbcloud
from tidbcloud.testing import MockServer


def slow_ok(_seen: Seen, conn) -> None:
    time.sleep(0.002)
    conn.sendall(response(200, b'{"regionId": "r"}'))


CHILD = textwrap.dedent("""
    import asyncio, resource, sys
    import tidbcloud
    resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))
    url, limit = sys.argv[1], int(sys.argv[2])

    async def main():
        async with tidbcloud.AsyncTiDBCloud("pub", "priv", base_url=url, max_retries=0,
                                            max_connections=limit) as c:
            got = await asyncio.gather(*(c.regions.get("r") for _ in range(2000)),
                                       return_exceptions=True)
        bad = [repr(g) for g in got if not isinstance(g, dict)]
        print(len(got) - len(bad), bad[:3])

    asyncio.run(main())
""")


@pytest.mark.parametrize("limit", [100, 20])
def test_2000_concurrent_calls_under_a_low_file_limit(limit):
    with RawServer(slow_ok) as server:
        out = subprocess.run([sys.executable, "-c", CHILD, server.url, str(limit)],
                             capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stderr
        assert out.stdout.startswith("2000 []"), out.stdout + out.stderr
        assert len(server.seen) == 2000
        # A connect racing a connection being handed back can add one under
        # heavy load (see release_after_handback); never more than that.
        assert server.open_peak <= limit + 2, (server.open_peak, server.accepted)
        assert server.accepted <= limit + 2


def test_max_connections_is_checked():
    for bad in (0, -1):
        with pytest.raises(ValueError, match="max_connections"):
            tidbcloud.TiDBCloud("pub", "priv", max_connections=bad)
    with pytest.raises(TypeError):
        tidbcloud.TiDBCloud("pub", "priv", max_connections="many")
    c = tidbcloud.TiDBCloud("pub", "priv", max_connections=7)
    assert c.max_connections == 7 and c.max_response_bytes == 64 * 1024 * 1024


def test_an_overlong_url_is_refused_before_sending():
    with MockServer(rate_limit=None) as mock, mock.client(max_retries=2) as c:
        started = time.monotonic()
        with pytest.raises(ValueError, match="URL would be") as e:
            c.clusters.get("a" * 70_000)
        assert len(str(e.value)) < 5000
        with pytest.raises(ValueError, match="URL would be") as e:
            c.regions.get("aws-us-east-1", extra_query={"x": "y" * 1_000_000})
        assert len(str(e.value)) < 5000
        assert time.monotonic() - started < 1
        assert mock.request_count() == 0
        # Just below the limit still goes out.
        with pytest.raises(tidbcloud.NotFoundError):
            c.clusters.get("a" * 60_000)


HUGE = "m" * 5_000_000


def huge_error(status: int):
    body = json.dumps({"code": 3, "message": HUGE}).encode()

    def answer(_seen: Seen, conn) -> None:
        conn.sendall(response(status, body))
    return answer


def test_messages_are_capped_and_the_body_is_whole():
    with RawServer(huge_error(400)) as server:
        with tidbcloud.TiDBCloud("pub", "priv", base_url=server.url) as c:
            with pytest.raises(tidbcloud.BadRequestError) as e:
                c.clusters.get("1")
    assert len(str(e.value)) < 5000 and "bytes in all" in str(e.value)
    assert len(e.value.message) < 5000
    assert e.value.body["message"] == HUGE


def test_retry_log_lines_are_capped(caplog):
    caplog.set_level(logging.DEBUG, logger="tidbcloud")
    with RawServer(huge_error(503)) as server:
        with tidbcloud.TiDBCloud("pub", "priv", base_url=server.url, max_retries=1) as c:
            with pytest.raises(tidbcloud.InternalServerError):
                c.clusters.get("1")
    records = [r for r in caplog.records if r.name == "tidbcloud"]
    assert any("retrying" in r.getMessage() for r in records)
    assert all(len(r.getMessage()) < 5000 for r in records)
