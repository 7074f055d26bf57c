"""A small digest server on the standard library's `http.server`, written for
tests to misbehave on purpose: headers chosen by the test, nonces that expire
without `stale=true`, idle keep-alive connections closed early, slow answers.

It shares no code with tidbcloud. Every request that reaches a handler is
counted per (method, path), so a test can prove that a POST landed once.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def _h(s: str) -> str:
    return hashlib.md5(s.encode()).hexdigest()


def _parse_digest(header: str) -> dict[str, str]:
    out: dict[str, str] = {}
    rest = header.split(" ", 1)[1] if " " in header else ""
    for part in _split(rest):
        k, _, v = part.partition("=")
        out[k.strip().lower()] = v.strip().strip('"')
    return out


def _split(s: str) -> list[str]:
    parts, cur, quoted = [], [], False
    for ch in s:
        if ch == '"':
            quoted = not quoted
        if ch == "," and not quoted:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    if cur:
        parts.append("".join(cur))
    return [p for p in (x.strip() for x in parts) if p]


def _peer_closed(sock: socket.socket) -> bool:
    """Whether the client has closed its end (EOF waiting to be read)."""
    timeout = sock.gettimeout()
    sock.settimeout(0)
    try:
        return sock.recv(1, socket.MSG_PEEK) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True
    finally:
        sock.settimeout(timeout)


class PlainServer:
    """`with PlainServer(user, password) as s:` serves on `s.url` from threads.

    - `headers`: extra headers sent with every 200.
    - `idle_close`: seconds after which an idle keep-alive connection is closed.
    - `expire_nonces()`: every nonce issued so far is refused from now on, with a
      fresh challenge and no `stale` flag (as Twisted and several proxies do).
    - `delay`: seconds to sleep before answering.
    - `status`: the status of every authorized answer (200 unless set).
    - `shape`: a function (method, path, answer) -> answer, to answer as a test
      needs (a sequence of states, a wrapped body).
    - `connections` / `open_connections`: accepted so far / not yet closed.
    - `paths`: every path with its query that reached the handler, in order.
    - `received`: Counter of (method, path) that reached the handler.
    - `abandoned`: answers not sent because the client had closed the connection
      while the server was slow (a dropped request).
    """

    def __init__(self, user: str = "pk", password: str = "sk", *,
                 headers: dict[str, str] | None = None, idle_close: float | None = None,
                 delay: float = 0.0, stale_flag: bool = False) -> None:
        self.user, self.password = user, password
        self.headers = dict(headers or {})
        self.idle_close = idle_close
        self.delay = delay
        self.status = 200
        self.shape: Callable[[str, str, dict], dict] | None = None
        self.stale_flag = stale_flag
        self.received: Counter[tuple[str, str]] = Counter()
        self.paths: list[str] = []
        self.challenges = 0
        self.connections = 0
        self.open_connections = 0
        self.abandoned = 0
        self._valid: set[str] = set()
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    def expire_nonces(self) -> None:
        with self._lock:
            self._valid.clear()

    def _new_nonce(self) -> str:
        n = os.urandom(12).hex()
        with self._lock:
            self._valid.add(n)
            self.challenges += 1
        return n

    def _authorized(self, method: str, header: str | None) -> tuple[bool, bool]:
        """(accepted, nonce_known)."""
        if not header or not header.lower().startswith("digest "):
            return False, False
        p = _parse_digest(header)
        with self._lock:
            known = p.get("nonce") in self._valid
        if p.get("username") != self.user:
            return False, known
        ha1 = _h(f"{self.user}:{p.get('realm', '')}:{self.password}")
        ha2 = _h(f"{method}:{p.get('uri', '')}")
        want = _h(f"{ha1}:{p.get('nonce')}:{p.get('nc')}:{p.get('cnonce')}:auth:{ha2}")
        return known and want == p.get("response"), known

    def __enter__(self) -> PlainServer:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = owner.idle_close

            def setup(self) -> None:
                super().setup()
                with owner._lock:
                    owner.connections += 1
                    owner.open_connections += 1

            def finish(self) -> None:
                try:
                    super().finish()
                finally:
                    with owner._lock:
                        owner.open_connections -= 1

            def log_message(self, *args: Any) -> None:
                pass

            def _answer(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                ok, known = owner._authorized(self.command, self.headers.get("authorization"))
                if not ok:
                    stale = ', stale=true' if known is False and owner.stale_flag and \
                        self.headers.get("authorization") else ""
                    challenge = (f'Digest realm="plain", qop="auth", algorithm=MD5, '
                                 f'nonce="{owner._new_nonce()}"{stale}')
                    self._send(401, {"error": "unauthorized"}, {"WWW-Authenticate": challenge})
                    return
                with owner._lock:
                    owner.received[(self.command, self.path.split("?")[0])] += 1
                if owner.delay:
                    time.sleep(owner.delay)
                    if _peer_closed(self.connection):
                        with owner._lock:
                            owner.abandoned += 1
                        self.close_connection = True
                        return
                with owner._lock:
                    owner.paths.append(self.path)
                answer = {"path": self.path, "method": self.command,
                          "headers": {k.lower(): v for k, v in self.headers.items()},
                          "body": json.loads(body) if body else None,
                          "state": "ACTIVE", "clusterId": "1"}
                if owner.shape is not None:
                    answer = owner.shape(self.command, self.path.split("?")[0], answer)
                self._send(owner.status, answer, owner.headers)

            def _send(self, status: int, body: dict, headers: dict[str, str]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                if not any(k.lower() == "content-type" for k in headers):
                    self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PATCH = do_DELETE = _answer

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1beta1"

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
