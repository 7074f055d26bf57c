from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from tidbcloud import AsyncTiDBCloud, TiDBCloud
from tidbcloud.testing import MockServer


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
