from __future__ import annotations

import functools
import os
import sys
from collections.abc import AsyncIterator, Iterator

import pytest

import contract
from faces import NAMES as FACE_NAMES
from faces import Face
from tidbcloud import AsyncTiDBCloud, TiDBCloud
from tidbcloud.testing import MockServer

# Where a shell's settings would reach the client under test.
CLIENT_ENV_PREFIXES = ("TIDBCLOUD_", "TIDB_CLOUD_")
# The shell's settings as the run began, for the live tests alone.
SHELL_CLIENT_ENV = {k: v for k, v in os.environ.items()
                    if k.upper().startswith(CLIENT_ENV_PREFIXES)}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--live", action="store_true", default=False,
        help="also run tests/live: read-only calls to the real TiDB Cloud service, with "
             "the keys in TIDBCLOUD_PUBLIC_KEY / TIDBCLOUD_PRIVATE_KEY",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sends_invalid_requests: the test sends spec-invalid requests on purpose, to "
        "exercise the mock's validation; only responses are held against the spec",
    )
    config.addinivalue_line(
        "markers", "live: calls the real service; runs only with --live",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Keys that happen to be in the shell must never turn a normal run into live calls.
    if config.getoption("--live"):
        return
    skip = pytest.mark.skip(reason="live test: run with --live (and real keys) to call "
                                   "the real service")
    for item in items:
        if item.get_closest_marker("live"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def shell_client_env() -> dict[str, str]:
    """The TIDBCLOUD_* / TIDB_CLOUD_* settings of the shell that started the run."""
    return dict(SHELL_CLIENT_ENV)


@pytest.fixture(autouse=True)
def clean_client_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the shell's TIDBCLOUD_* / TIDB_CLOUD_* settings (keys, endpoints,
    log level): a test that wants one sets it itself."""
    for var in list(os.environ):
        if var.upper().startswith(CLIENT_ENV_PREFIXES):
            monkeypatch.delenv(var)


@pytest.fixture(autouse=True)
def spec_contract(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Every mock a test starts records its exchanges; at the end of the test they
    are held against the spec (see contract.py)."""
    exchanges: list[dict] = []
    init, stop = MockServer.__init__, MockServer.stop

    @functools.wraps(init)
    def recording_init(self, *args, **kwargs):
        kwargs.setdefault("record_bodies", True)
        init(self, *args, **kwargs)

    @functools.wraps(stop)
    def collecting_stop(self):
        if self._handle is not None:
            exchanges.extend(self.requests())
        stop(self)

    monkeypatch.setattr(MockServer, "__init__", recording_init)
    monkeypatch.setattr(MockServer, "stop", collecting_stop)
    yield
    check_requests = request.node.get_closest_marker("sends_invalid_requests") is None
    problems = contract.violations(exchanges, check_requests=check_requests)
    assert not problems, "contract violations:\n" + "\n".join(problems)


@pytest.fixture
def mock() -> Iterator[MockServer]:
    """A fast mock: no pacing, no rate limit."""
    with MockServer(transition_seconds=0, rate_limit=None) as m:
        yield m


@pytest.fixture
def client(mock: MockServer) -> Iterator[TiDBCloud]:
    with mock.client() as c:
        yield c


@pytest.fixture
async def aclient(mock: MockServer) -> AsyncIterator[AsyncTiDBCloud]:
    async with mock.async_client() as c:
        yield c


@pytest.fixture(params=FACE_NAMES)
def face(request: pytest.FixtureRequest) -> Iterator[Face]:
    """Each face of the client in turn, sync then async (see faces.py)."""
    f = Face(request.param)
    yield f
    f.close()


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    # Only the modules this run imported: a subset needs none of their tools.
    reliability = sys.modules.get("test_reliability")
    if reliability is not None and reliability.SUMMARY["faults injected"]:
        terminalreporter.write_line(reliability.summary_line())

    schemathesis_run = sys.modules.get("test_schemathesis")
    STATS = schemathesis_run.STATS if schemathesis_run is not None else {"examples": 0}
    if STATS["examples"]:
        terminalreporter.write_line(
            f"schemathesis: {len(STATS['operations'])} operations, "
            f"{STATS['examples']} generated requests against the mock"
        )


@pytest.fixture(scope="module")
def fuzz_client():
    """One mock and client for a whole property-based run."""
    with MockServer(transition_seconds=0, rate_limit=None) as m, \
            m.client(max_retries=0, timeout=3) as c:
        yield c, m


@pytest.fixture(scope="module")
def plain_server():
    """A plain http.server peer (servers/plain_http.py) for a whole property-based run."""
    from servers.plain_http import PlainServer

    with PlainServer() as s:
        yield s
