"""pytest fixtures for testing code that uses tidbcloud, registered through the
``pytest11`` entry point when tidbcloud is installed.

- ``tidbcloud_mock``: a running :class:`tidbcloud.testing.MockServer`.
  Options come from ``@pytest.mark.tidbcloud_mock(transition_seconds=0, ...)``.
- ``tidbcloud_client``: a :class:`tidbcloud.TiDBCloud` bound to that mock.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tidbcloud._core import TiDBCloud
from tidbcloud.testing import MockServer


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "tidbcloud_mock(**options): options for the tidbcloud_mock fixture's MockServer",
    )


@pytest.fixture
def tidbcloud_mock(request: pytest.FixtureRequest) -> Iterator[MockServer]:
    marker = request.node.get_closest_marker("tidbcloud_mock")
    options = dict(marker.kwargs) if marker else {}
    with MockServer(**options) as server:
        yield server


@pytest.fixture
def tidbcloud_client(tidbcloud_mock: MockServer) -> Iterator[TiDBCloud]:
    with tidbcloud_mock.client() as client:
        yield client
