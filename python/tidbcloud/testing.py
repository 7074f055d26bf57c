"""A mock TiDB Cloud server for your tests, bundled in the wheel.

>>> from tidbcloud.testing import MockServer
>>> with MockServer(transition_seconds=0) as mock:
...     client = mock.client()
...     region = client.regions.get("aws-us-east-1")

The mock speaks HTTP Digest auth, validates requests as the spec says, runs the
cluster state machine paced by ``transition_seconds`` and enforces a per-key rate
limit (``rate_limit=(requests, window_seconds)``, ``None`` for none).

``transition_seconds=None`` gives it a manual clock: transitions wait until the
test moves the clock with :meth:`MockServer.advance` or :meth:`MockServer.settle`.
:func:`mock_env` points the ``TIDBCLOUD_*`` environment at a mock, so code that
builds its own client (or runs the ``tidbcloud`` command) reaches it.
"""

from __future__ import annotations

import argparse
import functools
import inspect
import json
import os
import shlex
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar, overload

from tidbcloud._core import AsyncTiDBCloud, MockServerHandle, TiDBCloud

__all__ = ["MockEnv", "MockServer", "main", "mock_env"]


class MockServer:
    """The bundled mock server; serves on 127.0.0.1 from a thread of its own.

    Its Organization Owner key is random unless ``public_key`` and ``private_key``
    are given (for tests that need to know them before the server starts).

    ``request_log`` is how many requests ``requests()`` keeps (the oldest go
    first; ``request_count()`` stays exact however many came). A request body
    larger than ``max_body_bytes`` gets 413, in the server's error shape.
    ``transition_seconds=None`` holds the mock's clock still: a transition
    takes 0.5 s of mock time and happens when the test moves the clock on
    (:meth:`advance`, :meth:`settle`). ``control=True`` also serves the
    control endpoints below :attr:`control_url`.

    Presigned URLs (upload parts, export files) point at the mock itself,
    which keeps uploaded parts in a temporary directory removed when it
    stops. ``export_file_size`` sets the size in bytes of a LOCAL export's
    largest file (tens of KB by default), for tests and benchmarks of large
    downloads; files are made as they are sent, never held whole.
    """

    def __init__(
        self,
        port: int = 0,
        rate_limit: tuple[int, float] | None = (100, 60.0),
        transition_seconds: float | None = 0.5,
        *,
        host: str = "127.0.0.1",
        nonce_ttl: float = 300.0,
        algorithm: str = "MD5",
        record_bodies: bool = False,
        public_key: str | None = None,
        private_key: str | None = None,
        request_log: int = 10_000,
        max_body_bytes: int = 4 * 1024 * 1024,
        control: bool = False,
        export_file_size: int | None = None,
    ) -> None:
        for name, value, low in (("request_log", request_log, 0),
                                 ("max_body_bytes", max_body_bytes, 1),
                                 ("export_file_size", export_file_size, 0)):
            if name == "export_file_size" and value is None:
                continue
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
            "nonce_ttl": nonce_ttl,
            "algorithm": algorithm,
            "record_bodies": record_bodies,
            "public_key": public_key,
            "private_key": private_key,
            "request_log": request_log,
            "max_body_bytes": max_body_bytes,
            "export_file_size": export_file_size,
            **_clock_options(transition_seconds, control),
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

    def advance(self, seconds: float) -> None:
        """Move the mock's clock forward by ``seconds``: every transition due by
        then happens (creates finish, imports progress, exports complete).

        Works with any clock; with ``transition_seconds=None`` nothing moves
        otherwise. ``advance(0.5)`` completes one step of a manual clock.
        """
        if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
            raise TypeError(f"seconds must be a number, got {type(seconds).__name__}")
        self._h.advance(float(seconds))

    def settle(self) -> float:
        """Move the mock's clock on until nothing is pending; returns the
        seconds it moved (0.0 when nothing was)."""
        return self._h.settle()

    @property
    def manual_clock(self) -> bool:
        """Whether the clock waits for :meth:`advance` (``transition_seconds=None``)."""
        return self._h.manual_clock

    def reset(self) -> None:
        """Empty the store back to its first state: no clusters, imports or
        other resources, only the seeded projects and regions; keys made by
        :meth:`create_api_key` stop working. The request log, pending faults
        and rate windows are cleared too. The Organization Owner key, the
        options and the clock stay."""
        self._h.reset()

    def seed_cluster(self, state: str = "ACTIVE", **fields: Any) -> dict[str, Any]:
        """Put a Dedicated cluster straight into the store, in ``state``
        (``ACTIVE``, ``PAUSED``, ``CREATING``, ``MODIFYING``, ``PAUSING``,
        ``RESUMING`` or ``DELETING``), with no API call and no rate limit.

        ``fields`` are those of :meth:`tidbcloud.Clusters.create`
        (``display_name=``, ``region_id=``, ``tidb_node_setting=``, ``labels=``,
        …) over a small default, checked by the same rules. Returns the
        cluster as ``clusters.get`` would. A transitional state moves on as a
        real one does, on the mock's clock.
        """
        return self._seed("clusters", state, fields)

    def seed_serverless_cluster(self, state: str = "ACTIVE", **fields: Any) -> dict[str, Any]:
        """Put a Starter cluster (Essential with ``auto_scaling=``) straight
        into the store, in ``state`` (``ACTIVE``, ``CREATING`` or
        ``RESTORING``); ``fields`` are those of
        :meth:`tidbcloud.ServerlessClusters.create`. Returns the cluster as
        ``serverless.clusters.get`` would."""
        if "region_id" in fields:
            fields["region"] = {"name": f"regions/{fields.pop('region_id')}"}
        if "project_id" in fields:
            labels = dict(fields.get("labels") or {})
            labels["tidb.cloud/project"] = fields.pop("project_id")
            fields["labels"] = labels
        return self._seed("serverless/clusters", state, fields)

    def seed_project(self, name: str | None = None, **fields: Any) -> dict[str, Any]:
        """Add a project to the organization; returns it as ``projects.list``
        shows it."""
        if name is not None:
            fields["name"] = name
        return self._seed("projects", None, fields)

    def _seed(self, kind: str, state: str | None, fields: dict[str, Any]) -> dict[str, Any]:
        body = {_camel(k): v for k, v in fields.items()}
        if state is not None:
            if not isinstance(state, str):
                raise TypeError(f"state must be a string, got {type(state).__name__}")
            body["state"] = state
        return json.loads(self._h.seed(kind, json.dumps(body)))

    @property
    def control_url(self) -> str:
        """Where the control endpoints are (``MockServer(control=True)``):
        ``POST {control_url}/reset``, ``/advance``, ``/settle``, ``/seed/clusters``,
        ``/seed/serverless/clusters``, ``/seed/projects``."""
        return self.url.removesuffix("/v1beta1") + "/_mock"

    def __repr__(self) -> str:
        if self._handle is None:
            return "<MockServer (stopped)>"
        return f"<MockServer url={self.url!r} public_key={self.public_key!r}>"


def _clock_options(transition_seconds: float | None, control: bool) -> dict[str, Any]:
    if transition_seconds is None:
        return {"transition_seconds": 0.5, "manual_clock": True, "control": bool(control)}
    if isinstance(transition_seconds, bool) or not isinstance(transition_seconds, (int, float)):
        raise TypeError("transition_seconds must be a number of seconds or None")
    return {"transition_seconds": transition_seconds, "manual_clock": False,
            "control": bool(control)}


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


#: What :func:`mock_env` sets, and what it clears because it would win over them.
ENV_SET = ("TIDBCLOUD_PUBLIC_KEY", "TIDBCLOUD_PRIVATE_KEY", "TIDBCLOUD_BASE_URL")
ENV_CLEARED = (
    "TIDB_CLOUD_PUBLIC_KEY",
    "TIDB_CLOUD_PRIVATE_KEY",
    "TIDBCLOUD_DEDICATED_ENDPOINT",
    "TIDBCLOUD_IAM_ENDPOINT",
    "TIDBCLOUD_BILLING_ENDPOINT",
    "TIDBCLOUD_V1BETA_ENDPOINT",
    "TIDBCLOUD_SERVERLESS_ENDPOINT",
)

_F = TypeVar("_F", bound=Callable[..., Any])


class MockEnv:
    """What :func:`mock_env` returns: a context manager that yields the
    server, and a decorator."""

    def __init__(self, server: MockServer | None, options: dict[str, Any]) -> None:
        if server is not None and not isinstance(server, MockServer):
            raise TypeError(f"server must be a MockServer, got {type(server).__name__}")
        if server is not None and options:
            raise TypeError("give a server or MockServer options, not both")
        self._server = server
        self._options = options
        self._active: Any = None

    @contextmanager
    def _run(self) -> Iterator[MockServer]:
        server = self._server or MockServer(**self._options)
        owned = self._server is None or server._handle is None
        if owned:
            server.start()
        saved = {k: os.environ.get(k) for k in (*ENV_SET, *ENV_CLEARED)}
        try:
            for k in ENV_CLEARED:
                os.environ.pop(k, None)
            os.environ["TIDBCLOUD_PUBLIC_KEY"] = server.public_key
            os.environ["TIDBCLOUD_PRIVATE_KEY"] = server.private_key
            os.environ["TIDBCLOUD_BASE_URL"] = server.url
            yield server
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
            if owned:
                server.stop()

    def __enter__(self) -> MockServer:
        if self._active is not None:
            raise RuntimeError("this mock_env is already entered; make another one")
        self._active = self._run()
        return self._active.__enter__()

    def __exit__(self, *exc: Any) -> None:
        active, self._active = self._active, None
        if active is not None:
            active.__exit__(*exc)

    def __call__(self, func: _F) -> _F:
        if not callable(func):
            raise TypeError("mock_env() decorates a function")
        server, options = self._server, self._options
        if inspect.iscoroutinefunction(func):
            @functools.wraps(func)
            async def run_async(*a: Any, **kw: Any) -> Any:
                with MockEnv(server, options):
                    return await func(*a, **kw)
            return run_async  # type: ignore[return-value]

        @functools.wraps(func)
        def run(*a: Any, **kw: Any) -> Any:
            with MockEnv(server, options):
                return func(*a, **kw)
        return run  # type: ignore[return-value]


@overload
def mock_env(server: _F, /) -> _F: ...
@overload
def mock_env(server: MockServer | None = None, /, **options: Any) -> MockEnv: ...
def mock_env(server: Any = None, /, **options: Any) -> Any:
    """Point the environment at a mock server: ``TIDBCLOUD_PUBLIC_KEY``,
    ``TIDBCLOUD_PRIVATE_KEY`` and ``TIDBCLOUD_BASE_URL`` name it, and the
    variables that would win over them (``TIDBCLOUD_*_ENDPOINT``,
    ``TIDB_CLOUD_*``) are unset. Every ``TiDBCloud()`` / ``AsyncTiDBCloud()``
    built inside, and every ``tidbcloud`` command run in a subprocess, talks
    to the mock. The previous values come back afterwards, exceptions included.

    As a context manager it yields the server::

        with mock_env(transition_seconds=0) as server:
            my_code_that_calls_tidbcloud()
            assert server.request_count("POST", "/v1beta1/clusters") == 1

    As a decorator (``@mock_env`` or ``@mock_env(...)``, on sync and async
    functions) each call gets a server of its own. ``mock_env(server)`` uses
    that :class:`MockServer` (left running afterwards if it was running);
    keyword arguments are :class:`MockServer` options for a new one. The
    environment is the process's: do not enter two at once from threads.
    """
    if callable(server) and not isinstance(server, MockServer) and not options:
        return MockEnv(None, {})(server)
    return MockEnv(server, options)


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


def _transition(text: str) -> float | None:
    if text.lower() == "manual":
        return None
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected seconds or manual, got {text!r}"
        ) from None


def _env_lines(server: MockServer, control: bool) -> str:
    lines = [f"export TIDBCLOUD_BASE_URL={shlex.quote(server.url)}",
             f"export TIDBCLOUD_PUBLIC_KEY={shlex.quote(server.public_key)}",
             f"export TIDBCLOUD_PRIVATE_KEY={shlex.quote(server.private_key)}"]
    if control:
        lines.append(f"export TIDBCLOUD_MOCK_CONTROL_URL={shlex.quote(server.control_url)}")
    return "\n".join(lines) + "\n"


def _write_env(path: str, server: MockServer, control: bool) -> None:
    """The export lines, written aside and renamed: a reader sees all or nothing."""
    partial = f"{path}.{os.getpid()}.partial"
    with open(partial, "w") as f:
        f.write(_env_lines(server, control))
    os.replace(partial, path)


def _detach(argv: list[str], env_file: str | None) -> int:
    """Serve from a process of its own, in a session of its own, and return
    once it serves: print its export lines and its pid."""
    import subprocess
    import tempfile
    import time

    with tempfile.TemporaryDirectory() as d, \
            open(os.path.join(d, "errors"), "w+b") as errors:
        path = env_file or os.path.join(d, "mock.env")
        if env_file and os.path.exists(env_file):
            os.remove(env_file)
        args = list(argv)
        if not env_file:
            args += ["--env-file", path]
        # Its errors go to a file, not a pipe: nobody reads a pipe once this returns.
        child = subprocess.Popen(
            [sys.executable, "-m", "tidbcloud.testing", *args],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors,
            start_new_session=True)
        deadline = time.monotonic() + 60
        while not os.path.exists(path):
            if child.poll() is not None:
                errors.seek(0)
                err = errors.read().decode(errors="replace")
                print(err.strip() or "tidbcloud-mock: the server did not start",
                      file=sys.stderr)
                return 1
            if time.monotonic() > deadline:
                child.kill()
                print("tidbcloud-mock: the server did not start within 60 s",
                      file=sys.stderr)
                return 1
            time.sleep(0.05)
        with open(path) as f:
            text = f.read()
    print(text + f"export TIDBCLOUD_MOCK_PID={child.pid}", flush=True)
    return 0


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
    parser.add_argument(
        "--transition-seconds", type=_transition, default=0.5,
        help="seconds per state transition, 0 for immediate, or 'manual': transitions "
             "wait for POST /_mock/advance or /_mock/settle (with --control)",
    )
    parser.add_argument(
        "--control", action="store_true",
        help="serve the control endpoints (reset, advance, settle, seed) below /_mock/, "
             "without auth: for tests on loopback only",
    )
    parser.add_argument(
        "--env-file", metavar="PATH",
        help="also write the export lines to PATH (whole, once the server is serving)",
    )
    parser.add_argument(
        "--detach", action="store_true",
        help="serve from a background process and exit once it serves, printing the "
             "export lines and TIDBCLOUD_MOCK_PID (kill it to stop the server): "
             'eval "$(tidbcloud-mock --detach)"',
    )
    args = parser.parse_args(argv)
    if args.detach:
        return _detach([a for a in (argv if argv is not None else sys.argv[1:])
                        if a != "--detach"], args.env_file)
    try:
        server = MockServer(
            port=args.port,
            rate_limit=args.rate_limit,
            transition_seconds=args.transition_seconds,
            host=args.host,
            control=args.control,
        ).start()
    except (OSError, ValueError) as e:
        print(f"tidbcloud-mock: {e}", file=sys.stderr)
        return 1
    # Lines a shell takes as they are: `eval "$(tidbcloud-mock ... | head -3)"`,
    # or paste them.
    print(f"export TIDBCLOUD_BASE_URL={shlex.quote(server.url)}")
    print(f"export TIDBCLOUD_PUBLIC_KEY={shlex.quote(server.public_key)}")
    print(f"export TIDBCLOUD_PRIVATE_KEY={shlex.quote(server.private_key)}")
    if args.control:
        print(f"export TIDBCLOUD_MOCK_CONTROL_URL={shlex.quote(server.control_url)}")
    sys.stdout.flush()
    if args.env_file:
        _write_env(args.env_file, server, args.control)
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
