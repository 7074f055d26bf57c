"""The client's two faces, TiDBCloud and AsyncTiDBCloud, driven from one plain
test: `face.call(c, lambda c: c.regions.get(...))` calls the blocking client,
or awaits the async one on the face's own event loop. A test parametrized over
`face` (conftest.py) so holds both faces to the same assertions."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import tidbcloud
from tidbcloud.testing import MockServer

NAMES = ("sync", "async")


async def _awaited(awaitable: Any) -> Any:
    return await awaitable


class Face:
    def __init__(self, name: str) -> None:
        assert name in NAMES, name
        self.name = name
        self.loop = asyncio.new_event_loop() if name == "async" else None

    def __repr__(self) -> str:
        return f"Face({self.name})"

    def call(self, client: Any, fn: Callable[[Any], Any]) -> Any:
        """`fn(client)`, run to its end on this face."""
        result = fn(client)
        if self.loop is None:
            return result
        return self.loop.run_until_complete(_awaited(result))

    @contextmanager
    def client(self, mock: MockServer | None = None, **options: Any) -> Iterator[Any]:
        """A client of this face: for `mock` (its keys and URL) unless `options`
        say otherwise; closed on leaving."""
        if mock is not None:
            options = {"public_key": mock.public_key, "private_key": mock.private_key,
                       "base_url": mock.url, **options}
        if self.loop is None:
            with tidbcloud.TiDBCloud(**options) as c:
                yield c
            return
        c = tidbcloud.AsyncTiDBCloud(**options)
        try:
            yield c
        finally:
            self.loop.run_until_complete(c.close())

    def close(self) -> None:
        if self.loop is not None:
            self.loop.close()
