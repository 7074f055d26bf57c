"""pytest fixtures for testing code that uses tidbcloud, registered through the
``pytest11`` entry point when tidbcloud is installed.

- ``tidbcloud_mock``: a running :class:`tidbcloud.testing.MockServer`.
  Options come from ``@pytest.mark.tidbcloud_mock(transition_seconds=0, ...)``.
- ``tidbcloud_client``: a :class:`tidbcloud.TiDBCloud` bound to that mock.
- ``tidbcloud_env``: that mock, with the ``TIDBCLOUD_*`` environment pointing
  at it (:func:`tidbcloud.testing.mock_env`) for the test's duration.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tidbcloud._core import TiDBCloud
from tidbcloud.testing import MockServer, mock_env


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "tidbcloud_mock(**options): options for the tidbcloud_mock fixture's MockServer",
    )


@pytest.fixture
def tidbcloud_mock(request: pytest.FixtureRequest) -> Iterator[MockServer]:
    """A running bundled mock of the TiDB Cloud API, stopped after the test.

    ``@pytest.mark.tidbcloud_mock(transition_seconds=0, rate_limit=None)`` passes
    options to :class:`tidbcloud.testing.MockServer`. Its ``url``,
    ``public_key`` and ``private_key`` let any client talk to it; its
    ``requests()`` and ``request_count()`` say what it received.
    """
    marker = request.node.get_closest_marker("tidbcloud_mock")
    options = dict(marker.kwargs) if marker else {}
    with MockServer(**options) as server:
        yield server


@pytest.fixture
def tidbcloud_client(tidbcloud_mock: MockServer) -> Iterator[TiDBCloud]:
    """A blocking :class:`tidbcloud.TiDBCloud` bound to ``tidbcloud_mock``,
    closed after the test. For async code, build
    ``tidbcloud_mock.async_client()`` inside the async test."""
    with tidbcloud_mock.client() as client:
        yield client


@pytest.fixture
def tidbcloud_env(tidbcloud_mock: MockServer) -> Iterator[MockServer]:
    """``tidbcloud_mock`` with the environment pointing at it: any
    ``TiDBCloud()`` built during the test, and any ``tidbcloud`` command run
    in a subprocess, talks to the mock. The variables come back afterwards.
    Options come from ``@pytest.mark.tidbcloud_mock(...)``."""
    with mock_env(tidbcloud_mock) as server:
        yield server
