"""Downloads from a storage server we did not write, misbehaving on purpose
(`http.server`): more bytes than the service listed, a body without end, a
body that stalls, and a listing with a name that climbs out of the
directory. Each fails with a clear error, in bounded time, leaving no file."""

from __future__ import annotations

import json
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

import tidbcloud
from tidbcloud.testing import MockServer

LISTED = 1000


class Storage(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self.send_response(200)
        if self.path.startswith("/long"):
            body = b"x" * (LISTED * 2)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path.startswith("/endless"):
            self.end_headers()  # no length: the body ends when the connection does
            try:
                for _ in range(100_000):
                    self.wfile.write(b"y" * 4096)
            except OSError:
                pass  # the client hung up, as it should
        elif self.path.startswith("/slow"):
            self.send_header("Content-Length", str(LISTED))
            self.end_headers()
            for _ in range(10):  # steady, but longer in all than the client's timeout
                self.wfile.write(b"s" * (LISTED // 10))
                self.wfile.flush()
                time.sleep(0.2)
        elif self.path.startswith("/stall"):
            self.send_header("Content-Length", str(LISTED))
            self.end_headers()
            self.wfile.write(b"z" * (LISTED // 2))
            self.wfile.flush()
            time.sleep(5)
        else:
            self.send_header("Content-Length", str(LISTED))
            self.end_headers()
            self.wfile.write(b"k" * LISTED)


@pytest.fixture(scope="module")
def storage():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Storage)
    srv.daemon_threads = True
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


@pytest.fixture
def export():
    with MockServer(transition_seconds=0, rate_limit=None) as m, m.client() as c:
        sid = c.serverless.clusters.create(display_name="hostile",
                                           region_id="aws-us-east-1")["clusterId"]
        eid = c.serverless.exports.create(sid)["exportId"]
        yield m, sid, eid


def listing(m: MockServer, sid: str, eid: str, *files: dict[str, Any]) -> None:
    """The service's answer to the download request, as a hostile one would give it."""
    m.inject_fault(f"/v1beta1/serverless/clusters/{sid}/exports/{eid}:download",
                   method="POST", status=200, content_type="application/json",
                   raw_body=json.dumps({"downloads": list(files)}))


@pytest.mark.parametrize(("path", "error"), [
    ("/long", "sends 2000 bytes where the service listed 1000"),
    ("/endless", "more than the 1000 bytes the service listed"),
    ("/stall", "no data for 1.0 s"),
])
def test_a_misbehaving_storage_leaves_nothing(export, storage, tmp_path, path, error):
    m, sid, eid = export
    listing(m, sid, eid, {"name": "good.csv", "size": LISTED, "url": f"{storage}/ok"},
            {"name": "bad.csv", "size": LISTED, "url": f"{storage}{path}"})
    client = tidbcloud.TiDBCloud(m.public_key, m.private_key, base_url=m.url, timeout=1.0,
                                 max_retries=0)
    started = time.monotonic()
    with client, pytest.raises(tidbcloud.TiDBCloudError, match=error) as e:
        client.serverless.exports.download(sid, eid, tmp_path / "out", concurrency=1,
                                           progress=False)
    assert time.monotonic() - started < 15
    assert "/ok" not in str(e.value) or "?" not in str(e.value)
    # The whole file that came first stays; nothing of the bad one does.
    assert sorted(os.listdir(tmp_path / "out")) in ([], ["good.csv"])
    assert not [n for n in os.listdir(tmp_path / "out") if n.startswith(".")]


@pytest.mark.parametrize("name", ["../evil.csv", "/etc/evil.csv", ".hidden", "a/b.csv", ""])
def test_a_name_that_leaves_the_directory_is_refused(export, storage, tmp_path, name):
    m, sid, eid = export
    listing(m, sid, eid, {"name": name, "size": LISTED, "url": f"{storage}/ok"})
    with m.client() as c, pytest.raises(tidbcloud.APIResponseError, match="safely"):
        c.serverless.exports.download(sid, eid, tmp_path / "out", progress=False)
    assert not (tmp_path / "evil.csv").exists() and not (tmp_path / "out").exists()


def test_a_slow_steady_file_takes_as_long_as_it_needs(export, storage, tmp_path):
    m, sid, eid = export
    listing(m, sid, eid, {"name": "slow.csv", "size": LISTED, "url": f"{storage}/slow"})
    with tidbcloud.TiDBCloud(m.public_key, m.private_key, base_url=m.url, timeout=1.0,
                             max_retries=0) as c:
        (path,) = c.serverless.exports.download(sid, eid, tmp_path, progress=False)
    assert open(path, "rb").read() == b"s" * LISTED
