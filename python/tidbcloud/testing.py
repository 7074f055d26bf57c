"""A mock TiDB Cloud server for your tests, bundled in the wheel.

>>> from tidbcloud.testing import MockServer
>>> with MockServer(transition_seconds=0) as mock:
...     client = mock.client()
...     region = client.regions.get("aws-us-east-1")

The mock speaks HTTP Digest auth, validates requests as the spec says, runs the
cluster state machine paced by ``transition_seconds`` and enforces a per-key rate
limit (``rate_limit=(requests, window_seconds)``, ``None`` for none).
"""

from __future__ import annotations

import argparse
import shlex
import signal
import sys
import threading
from typing import Any

from tidbcloud._core import AsyncTiDBCloud, MockServerHandle, TiDBCloud

__all__ = ["MockServer", "main"]


class MockServer:
    """The bundled mock server; serves on 127.0.0.1 from a thread of its own.

    Its Organization Owner key is random unless ``public_key`` and ``private_key``
    are given (for tests that need to know them before the server starts).

    ``request_log`` is how many requests ``requests()`` keeps (the oldest go
    first; ``request_count()`` stays exact however many came). A request body
    larger than ``max_body_bytes`` gets 413, in the server's error shape.
    """

    def __init__(
        self,
        port: int = 0,
        rate_limit: tuple[int, float] | None = (100, 60.0),
        transition_seconds: float = 0.5,
        *,
        host: str = "127.0.0.1",
        nonce_ttl: float = 300.0,
        algorithm: str = "MD5",
        record_bodies: bool = False,
        public_key: str | None = None,
        private_key: str | None = None,
        request_log: int = 10_000,
        max_body_bytes: int = 4 * 1024 * 1024,
    ) -> None:
        for name, value, low in (("request_log", request_log, 0),
                                 ("max_body_bytes", max_body_bytes, 1)):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"{name} must be an int, got {type(value).__name__}")
            if value < low:
                raise ValueError(f"{name} must be at least {low}, got {value}")
        if rate_limit is not None:
            if not (isinstance(rate_limit, tuple) and len(rate_limit) == 2):
                raise TypeError("rate_limit must be (requests, window_seconds) or None")
        self._options: dict[str, Any] = {
            "host": host,
            "port": port,
            "rate_limit": rate_limit,
            "transition_seconds": transition_seconds,
            "nonce_ttl": nonce_ttl,
            "algorithm": algorithm,
            "record_bodies": record_bodies,
            "public_key": public_key,
            "private_key": private_key,
            "request_log": request_log,
            "max_body_bytes": max_body_bytes,
        }
        self._handle: MockServerHandle | None = None

    def start(self) -> MockServer:
        """Start serving (``with MockServer() as m`` does it for you); returns self.

        A server started without ``with`` (in a notebook, say) serves until
        ``stop()``, or until the object is no longer referenced.
        """
        if self._handle is None:
            self._handle = MockServerHandle(**self._options)
        return self

    def stop(self) -> None:
        """Stop serving and free the port; the state is gone with it."""
        if self._handle is not None:
            self._handle.stop()
            self._handle = None

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def _h(self) -> MockServerHandle:
        if self._handle is None:
            raise RuntimeError("the mock server is not running; use it as a context manager")
        return self._handle

    @property
    def url(self) -> str:
        """Base URL for all three API servers, ``/v1beta1`` included."""
        return self._h.url

    @property
    def serverless_url(self) -> str:
        """Base URL of the Starter/Essential server: ``{url}/serverless``, where
        a client given ``base_url=url`` sends those calls."""
        return self.url + "/serverless"

    @property
    def port(self) -> int:
        return self._h.port

    @property
    def public_key(self) -> str:
        """Public key of the mock's Organization Owner API key."""
        return self._h.public_key

    @property
    def private_key(self) -> str:
        """Private key of the mock's Organization Owner API key."""
        return self._h.private_key

    def client(self, **options: Any) -> TiDBCloud:
        """A :class:`TiDBCloud` client for this mock (options pass through)."""
        options.setdefault("public_key", self.public_key)
        options.setdefault("private_key", self.private_key)
        options.setdefault("base_url", self.url)
        return TiDBCloud(**options)

    def async_client(self, **options: Any) -> AsyncTiDBCloud:
        """An :class:`AsyncTiDBCloud` client for this mock (options pass through)."""
        options.setdefault("public_key", self.public_key)
        options.setdefault("private_key", self.private_key)
        options.setdefault("base_url", self.url)
        return AsyncTiDBCloud(**options)

    def request_count(self, method: str | None = None, path: str | None = None, *,
                      authenticated: bool = False) -> int:
        """Requests seen, all or those matching ``method`` and ``path``.

        ``path`` is the full path (``/v1beta1/clusters``); a trailing ``*`` matches
        a prefix. Unauthenticated requests (a client's first request, answered
        with the digest challenge) count too, unless ``authenticated=True``: then
        only the calls that reached the API do.
        """
        return self._h.request_count(method, path, authenticated=authenticated)

    def requests(self) -> list[dict[str, Any]]:
        """The last ``request_log`` requests seen, oldest first: method, path, query,
        status, access_key, user_agent, and with ``record_bodies=True``
        request_body and response_body (JSON text)."""
        return self._h.requests()

    def reset_requests(self) -> None:
        """Forget the requests seen so far (``requests()``, ``request_count()``)."""
        self._h.reset_requests()

    def expire_nonces(self) -> None:
        """Make every digest nonce stale, as the service does after a while."""
        self._h.expire_nonces()

    def inject_fault(
        self,
        path: str,
        *,
        method: str | None = None,
        times: int = 1,
        status: int | None = None,
        retry_after: str | float | None = None,
        delay: float | None = None,
        drop: str | None = None,
        body: str | None = None,
        content_type: str | None = None,
        raw_body: bytes | str | None = None,
    ) -> None:
        """Spoil the next ``times`` requests to ``path`` (a prefix if it ends in ``*``).

        One fault per call:

        - ``status=503`` (with ``retry_after=`` seconds or an HTTP date): answered in
          place of the service, which does nothing;
        - ``delay=2.0``: served late;
        - ``drop="before_headers"`` / ``"after_headers"``: the connection is cut;
        - ``body="truncated"`` / ``"malformed"``, ``content_type="wrong"``: a broken answer;
        - ``raw_body=b"..."`` with ``status`` and ``content_type``: any answer at all.

        All but ``status`` and ``raw_body`` let the service do the work first, as a
        network failing on the way back would: a create that meets them happened.
        """
        if isinstance(raw_body, str):
            raw_body = raw_body.encode()
        self._h.inject_fault(
            path, method=method, times=times, status=status,
            retry_after=None if retry_after is None else str(retry_after),
            delay=delay, drop=drop, body=body, content_type=content_type, raw_body=raw_body,
        )

    def clear_faults(self) -> None:
        """Drop every fault injected with ``inject_fault`` that has not fired yet."""
        self._h.clear_faults()

    @property
    def faults_injected(self) -> int:
        """How many requests met a fault so far."""
        return self._h.faults_injected

    def create_api_key(
        self, role: str, *, display_name: str = "test key", project_id: int = 0
    ) -> tuple[str, str]:
        """Add an API key with ``role``; returns ``(public_key, private_key)``."""
        return self._h.create_api_key(role, display_name=display_name, project_id=project_id)

    def __repr__(self) -> str:
        if self._handle is None:
            return "<MockServer (stopped)>"
        return f"<MockServer url={self.url!r} public_key={self.public_key!r}>"


def _rate_limit(text: str) -> tuple[int, float] | None:
    if text.lower() in ("off", "none", "0"):
        return None
    count, _, window = text.partition("/")
    try:
        return int(count), float(window) if window else 60.0
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected N or N/SECONDS or off, got {text!r}"
        ) from None


def main(argv: list[str] | None = None) -> int:
    """``tidbcloud-mock``: run the mock server until interrupted."""
    parser = argparse.ArgumentParser(
        prog="tidbcloud-mock", description="Run the bundled TiDB Cloud mock server."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument(
        "--rate-limit",
        type=_rate_limit,
        default=(100, 60.0),
        help="requests per window per key: N, N/SECONDS or off (default 100/60)",
    )
    parser.add_argument("--transition-seconds", type=float, default=0.5)
    args = parser.parse_args(argv)
    try:
        server = MockServer(
            port=args.port,
            rate_limit=args.rate_limit,
            transition_seconds=args.transition_seconds,
            host=args.host,
        ).start()
    except (OSError, ValueError) as e:
        print(f"tidbcloud-mock: {e}", file=sys.stderr)
        return 1
    # Lines a shell takes as they are: `eval "$(tidbcloud-mock ... | head -3)"`,
    # or paste them.
    print(f"export TIDBCLOUD_BASE_URL={shlex.quote(server.url)}")
    print(f"export TIDBCLOUD_PUBLIC_KEY={shlex.quote(server.public_key)}")
    print(f"export TIDBCLOUD_PRIVATE_KEY={shlex.quote(server.private_key)}")
    sys.stdout.flush()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.wait(0.2):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
