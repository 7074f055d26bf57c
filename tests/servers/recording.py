"""A digest server on the standard library's `http.server` that records every
authorized request as it arrived (method, raw target, headers, raw body) and
answers what the test asks for. It knows nothing of the API: it accepts any
method on any path, so a request the client should not send is recorded too,
not refused.

The digest check is the one of `plain_http`, which shares no code with
tidbcloud.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from servers.plain_http import _h, _parse_digest


@dataclass(frozen=True)
class Recorded:
    method: str
    target: str  # the request target as sent: path and query, still encoded
    headers: dict[str, str]  # lower-case names
    body: bytes


Answer = Callable[[str, str], Any]


class RecordingServer:
    """`with RecordingServer(user, password) as s:` serves on `s.root` from
    threads; `s.requests` holds what came in, `s.answer(method, path)` gives
    the JSON body of each 200 (`{}` unless set)."""

    def __init__(self, user: str, password: str) -> None:
        self.user, self.password = user, password
        self.requests: list[Recorded] = []
        self.answer: Answer = lambda method, path: {}
        self._nonces: set[str] = set()
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    def take(self) -> list[Recorded]:
        """What came in since the last call."""
        with self._lock:
            out, self.requests = self.requests, []
        return out

    def _authorized(self, method: str, header: str | None) -> bool:
        if not header or not header.lower().startswith("digest "):
            return False
        p = _parse_digest(header)
        with self._lock:
            known = p.get("nonce") in self._nonces
        ha1 = _h(f"{self.user}:{p.get('realm', '')}:{self.password}")
        ha2 = _h(f"{method}:{p.get('uri', '')}")
        want = _h(f"{ha1}:{p.get('nonce')}:{p.get('nc')}:{p.get('cnonce')}:auth:{ha2}")
        return known and p.get("username") == self.user and want == p.get("response")

    def __enter__(self) -> RecordingServer:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                if not owner._authorized(self.command, self.headers.get("authorization")):
                    nonce = os.urandom(12).hex()
                    with owner._lock:
                        owner._nonces.add(nonce)
                    self._send(401, {"error": "unauthorized"}, {
                        "WWW-Authenticate": f'Digest realm="recording", qop="auth", '
                                            f'algorithm=MD5, nonce="{nonce}"'})
                    return
                rec = Recorded(self.command, self.path,
                               {k.lower(): v for k, v in self.headers.items()}, body)
                with owner._lock:
                    owner.requests.append(rec)
                self._send(200, owner.answer(self.command, self.path.split("?")[0]), {})

            def _send(self, status: int, body: Any, headers: dict[str, str]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    @property
    def root(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
