"""TLS verification, a custom CA bundle, and redirects that are never followed."""

from __future__ import annotations

import http.server
import json
import ssl
import threading
from collections.abc import Iterator

import pytest
import trustme

import tidbcloud


class Answer(http.server.BaseHTTPRequestHandler):
    hits: list[str]
    redirect_to: str | None = None

    def do_GET(self):
        self.hits.append(self.path)
        if self.redirect_to:
            self.send_response(302)
            self.send_header("Location", self.redirect_to + self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = json.dumps({"regionId": "tls", "auth": self.headers.get("Authorization")})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args):
        pass


def serve(context: ssl.SSLContext | None = None, redirect_to: str | None = None):
    handler = type("H", (Answer,), {"hits": [], "redirect_to": redirect_to})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    if context:
        server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, handler.hits


@pytest.fixture
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def https_server(ca) -> Iterator[tuple[str, list[str]]]:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost").configure_cert(ctx)
    server, hits = serve(ctx)
    yield f"https://localhost:{server.server_port}/v1beta1", hits
    server.shutdown()


def test_unknown_certificate_is_refused(https_server):
    url, hits = https_server
    with tidbcloud.TiDBCloud("p", "k", base_url=url, max_retries=0) as c:
        with pytest.raises(tidbcloud.APIConnectionError) as e:
            c.regions.get("x")
    assert "certificate" in str(e.value).lower()
    assert hits == []


def test_custom_ca_bundle_is_trusted(https_server, ca, tmp_path):
    url, hits = https_server
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    with tidbcloud.TiDBCloud("p", "k", base_url=url, ca_bundle=bundle) as c:
        assert c.regions.get("x")["regionId"] == "tls"
    assert hits == ["/v1beta1/regions/x"]


def test_unreadable_ca_bundle_is_a_clear_error(tmp_path):
    with pytest.raises(tidbcloud.TiDBCloudError, match="CA bundle"):
        tidbcloud.TiDBCloud("p", "k", ca_bundle=tmp_path / "missing.pem")


def test_redirects_are_not_followed_so_credentials_stay_home():
    elsewhere, elsewhere_hits = serve()
    redirector, hits = serve(redirect_to=f"http://127.0.0.1:{elsewhere.server_port}")
    try:
        url = f"http://127.0.0.1:{redirector.server_port}/v1beta1"
        with tidbcloud.TiDBCloud("p", "k", base_url=url, max_retries=0) as c:
            with pytest.raises(tidbcloud.APIStatusError) as e:
                c.regions.get("x")
        assert e.value.status_code == 302
        assert hits == ["/v1beta1/regions/x"]
        assert elsewhere_hits == []
    finally:
        elsewhere.shutdown()
        redirector.shutdown()
