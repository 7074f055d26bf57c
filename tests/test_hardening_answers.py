"""What a careless or hostile server's answer becomes: numbers as json.loads
reads them, empty answers where a body is promised, bodies past the size
limit, a body that stalls, and the challenge body that is thrown away.
"""

from __future__ import annotations

import json
import math
import socket
import time

import pytest
from test_hardening_support import RawServer, Seen, json_answer, response

import tidbcloud


def client_for(server: RawServer, **options) -> tidbcloud.TiDBCloud:
    options.setdefault("max_retries", 0)
    return tidbcloud.TiDBCloud("pub", "priv", base_url=server.url, **options)


def test_numbers_match_json_loads():
    body = (b'{"big": 1180591620717411303424, "neg": -12345678901234567890123, '
            b'"inf": 1e400, "ninf": -1e400, "zero": -0, "nzero": -0.0, "small": 5e-400, '
            b'"u64": 18446744073709551615, "f": 1.5e300, "nested": [{"k": 99999999999999999999}]}')
    expected = json.loads(body)
    with RawServer(json_answer(200, body)) as server, client_for(server) as c:
        got = c.regions.get("aws-us-east-1")
    assert got == expected
    assert type(got["big"]) is int and got["big"] == 2**70
    assert type(got["nested"][0]["k"]) is int
    assert got["inf"] == math.inf and got["ninf"] == -math.inf
    assert type(got["zero"]) is int
    assert math.copysign(1, got["nzero"]) == -1


@pytest.mark.parametrize("status", [200, 204])
def test_an_empty_answer_where_a_body_is_promised_is_an_error(status):
    with RawServer(json_answer(status, b"")) as server, client_for(server) as c:
        with pytest.raises(tidbcloud.APIResponseError, match="empty") as e:
            c.clusters.get("1")
        assert e.value.status_code == status
        # Operations that answer nothing still return None.
        assert c.api_keys.delete("key") is None
        assert c.api_keys.update("key", display_name="x") is None
        assert c.tidb_node_groups.delete("1", "2") is None


def test_an_answer_past_max_response_bytes_stops_at_the_limit():
    big = b'{"a": "' + b"x" * 3_000_000 + b'"}'
    with RawServer(json_answer(200, big)) as server:
        with client_for(server, max_response_bytes=1_000_000) as c:
            with pytest.raises(tidbcloud.APIResponseError, match="max_response_bytes"):
                c.clusters.get("1")
        with client_for(server) as c:
            assert len(c.clusters.get("1")["a"]) == 3_000_000
        with pytest.raises(ValueError, match="max_response_bytes"):
            client_for(server, max_response_bytes=0)


def endless(_seen: Seen, conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                 b"Transfer-Encoding: chunked\r\n\r\n")
    chunk = b"x" * 65536
    frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    conn.sendall(b'6\r\n{"a": \r\n')
    while True:
        conn.sendall(frame)


def test_an_endless_stream_stops_at_the_limit_not_the_timeout():
    with RawServer(endless) as server, client_for(server, max_response_bytes=4_000_000,
                                                  timeout=30) as c:
        started = time.monotonic()
        with pytest.raises(tidbcloud.APIResponseError, match="4000000"):
            c.clusters.get("1")
        assert time.monotonic() - started < 10


def test_a_thrown_away_challenge_body_is_read_only_a_little():
    sent = {"challenge": 0}

    def answer(seen: Seen, conn: socket.socket) -> None:
        if "authorization" not in seen.headers:
            conn.sendall(b'HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Digest '
                         b'realm="r", nonce="n1", qop="auth", algorithm=MD5\r\n'
                         b"Transfer-Encoding: chunked\r\n\r\n")
            frame = b"10000\r\n" + b"x" * 65536 + b"\r\n"
            while sent["challenge"] < 200_000_000:
                conn.sendall(frame)
                sent["challenge"] += len(frame)
            return
        conn.sendall(response(200, b'{"regionId": "r"}'))

    with RawServer(answer) as server, client_for(server, timeout=20) as c:
        started = time.monotonic()
        assert c.regions.get("r") == {"regionId": "r"}
        assert time.monotonic() - started < 10
    # The socket buffers hold a few MB at most; the rest was never asked for.
    assert sent["challenge"] < 20_000_000, sent


def stall(_seen: Seen, conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                 b"Content-Length: 100\r\n\r\n{\"a\":")
    time.sleep(5)


def test_a_body_that_stalls_is_a_timeout():
    with RawServer(stall) as server, client_for(server, timeout=0.5) as c:
        with pytest.raises(tidbcloud.APITimeoutError, match="timed out"):
            c.clusters.get("1")


def test_a_timeout_before_the_headers_is_a_timeout_too():
    def silent(_seen: Seen, _conn: socket.socket) -> None:
        time.sleep(3)

    with RawServer(silent) as server, client_for(server, timeout=0.5) as c:
        with pytest.raises(tidbcloud.APITimeoutError):
            c.clusters.get("1")
