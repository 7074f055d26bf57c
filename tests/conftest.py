from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Iterator

import pytest

import contract
from tidbcloud import AsyncTiDBCloud, TiDBCloud
from tidbcloud.testing import MockServer


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sends_invalid_requests: the test sends spec-invalid requests on purpose, to "
        "exercise the mock's validation; only responses are held against the spec",
    )


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


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    from test_reliability import SUMMARY, summary_line
    from test_schemathesis import STATS

    if SUMMARY["faults injected"]:
        terminalreporter.write_line(summary_line())

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
