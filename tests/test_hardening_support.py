"""A raw HTTP/1.1 server for the hardening tests: each request is answered by
a function of the test that writes whatever bytes it likes to the socket, so a
test can play a careless or hostile server. It records every request line as
it arrived and counts the connections open at any moment.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Seen:
    request_line: str
    headers: dict[str, str]
    body: bytes


@dataclass
class RawServer:
    """Serves on 127.0.0.1; ``answer(seen, conn)`` writes the response."""

    answer: Callable[[Seen, socket.socket], None]
    seen: list[Seen] = field(default_factory=list)
    open_now: int = 0
    open_peak: int = 0
    accepted: int = 0

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(4096)
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/v1beta1"
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._stop = True
        self._sock.close()

    def __enter__(self) -> RawServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _accept(self) -> None:
        while not self._stop:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            with self._lock:
                self.accepted += 1
                self.open_now += 1
                self.open_peak = max(self.open_peak, self.open_now)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        buf = b""
        try:
            while True:
                while b"\r\n\r\n" not in buf:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    buf += chunk
                head, buf = buf.split(b"\r\n\r\n", 1)
                lines = head.decode("latin-1").split("\r\n")
                headers = {}
                for line in lines[1:]:
                    k, _, v = line.partition(":")
                    headers[k.strip().lower()] = v.strip()
                length = int(headers.get("content-length", "0"))
                while len(buf) < length:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    buf += chunk
                body, buf = buf[:length], buf[length:]
                seen = Seen(lines[0], headers, body)
                with self._lock:
                    self.seen.append(seen)
                self.answer(seen, conn)
        except OSError:
            pass
        finally:
            conn.close()
            with self._lock:
                self.open_now -= 1


def response(status: int, body: bytes = b"", *, content_type: str = "application/json",
             extra: str = "") -> bytes:
    """A whole HTTP/1.1 answer with a Content-Length."""
    reason = {200: "OK", 204: "No Content", 400: "Bad Request", 401: "Unauthorized",
              404: "Not Found", 503: "Service Unavailable"}.get(status, "Status")
    head = (f"HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n{extra}\r\n")
    return head.encode() + body


def json_answer(status: int, body: bytes) -> Callable[[Seen, socket.socket], None]:
    """Answer every request with `status` and `body`."""
    def answer(_seen: Seen, conn: socket.socket) -> None:
        conn.sendall(response(status, body))
    return answer
