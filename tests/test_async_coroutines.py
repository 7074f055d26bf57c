"""Async calls are coroutines: every asyncio API that takes one takes them, they
start only when run, and they work on any loop (uvloop, loops in other threads,
loops that cannot watch a pipe)."""

from __future__ import annotations

import asyncio
import inspect
import sys
import threading

import pytest

import tidbcloud
from tidbcloud import _core


def test_an_async_call_is_a_coroutine(mock):
    ac = mock.async_client()
    call = ac.regions.get("aws-us-east-1")
    assert asyncio.iscoroutine(call)
    assert inspect.isawaitable(call)
    call.close()
    assert mock.request_count("GET", "/v1beta1/regions/aws-us-east-1") == 0


async def test_create_task_and_await(aclient):
    task = asyncio.create_task(aclient.regions.get("aws-us-east-1"))
    assert (await task)["regionId"] == "aws-us-east-1"


@pytest.mark.skipif(sys.version_info < (3, 11), reason="TaskGroup is new in Python 3.11")
async def test_task_group(aclient):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(aclient.regions.get(r)) for r in ("aws-us-east-1", "azure-eastus")]
    assert [t.result()["regionId"] for t in tasks] == ["aws-us-east-1", "azure-eastus"]


async def test_wait_for_shield_and_gather(aclient):
    got = await asyncio.wait_for(aclient.regions.get("aws-us-east-1"), timeout=5)
    assert got["regionId"] == "aws-us-east-1"
    got = await asyncio.shield(aclient.regions.get("azure-eastus"))
    assert got["regionId"] == "azure-eastus"
    both = await asyncio.gather(aclient.regions.get("aws-us-east-1"),
                                aclient.regions.get("azure-eastus"))
    assert [r["regionId"] for r in both] == ["aws-us-east-1", "azure-eastus"]


async def test_nothing_is_sent_before_the_call_runs(aclient, mock):
    await aclient.regions.get("aws-us-east-1")
    mock.reset_requests()
    pending = aclient.regions.get("azure-eastus")
    await asyncio.sleep(0.2)
    assert mock.request_count() == 0
    assert (await pending)["regionId"] == "azure-eastus"
    assert mock.request_count("GET", "/v1beta1/regions/azure-eastus") == 1


async def test_a_bad_argument_in_a_gather_generator_sends_nothing(aclient, mock):
    await aclient.regions.get("aws-us-east-1")
    mock.reset_requests()
    ids = ["aws-us-east-1", "azure-eastus", ""]  # the empty id is refused
    with pytest.raises(ValueError, match="region_id"):
        await asyncio.gather(*(aclient.regions.get(r) for r in ids))
    await asyncio.sleep(0.2)
    assert mock.request_count() == 0


async def test_awaiting_twice_is_an_error(aclient):
    call = aclient.regions.get("aws-us-east-1")
    await call
    with pytest.raises(RuntimeError, match="already awaited"):
        await call


async def test_api_errors_come_out_of_tasks(aclient):
    task = asyncio.create_task(aclient.clusters.get("404404"))
    with pytest.raises(tidbcloud.NotFoundError):
        await task


async def test_cancelling_a_task_cancels_the_request(aclient, mock):
    await aclient.regions.get("aws-us-east-1")
    mock.inject_fault("/v1beta1/regions/azure-eastus", delay=2.0)
    task = asyncio.create_task(aclient.regions.get("azure-eastus"))
    await asyncio.sleep(0.2)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert (await aclient.regions.get("aws-us-west-2"))["regionId"] == "aws-us-west-2"


def test_a_panic_is_an_exception_on_both_faces():
    with pytest.raises(tidbcloud.TiDBCloudError, match="panicked"):
        _core._panicking_call(True)

    async def run():
        return await asyncio.wait_for(_core._panicking_call(False), timeout=5)

    with pytest.raises(tidbcloud.TiDBCloudError, match="panicked"):
        asyncio.run(run())


def test_under_uvloop(mock):
    uvloop = pytest.importorskip("uvloop")

    async def run():
        async with mock.async_client() as ac:
            tasks = [asyncio.create_task(ac.regions.get("aws-us-east-1")) for _ in range(20)]
            return [r["regionId"] for r in await asyncio.gather(*tasks)]

    assert uvloop.run(run()) == ["aws-us-east-1"] * 20


def test_loops_in_other_threads(mock):
    results: dict[int, list[str]] = {}

    def worker(n: int) -> None:
        async def run():
            async with mock.async_client() as ac:
                got = await asyncio.gather(*(ac.regions.get("azure-eastus") for _ in range(10)))
                return [g["regionId"] for g in got]

        results[n] = asyncio.run(run())

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert results == {n: ["azure-eastus"] * 10 for n in range(4)}


class NoReaderLoop(asyncio.SelectorEventLoop):
    """A loop that cannot watch a file descriptor, as Windows' proactor loop."""

    def add_reader(self, *args, **kwargs):
        raise NotImplementedError


def test_a_loop_that_cannot_watch_a_pipe(mock):
    loop = NoReaderLoop()

    async def run():
        async with mock.async_client() as ac:
            got = await asyncio.gather(*(ac.regions.get("azure-eastus") for _ in range(10)))
            pages = [r async for r in ac.regions.list(page_size=2)]
            return [g["regionId"] for g in got], len(pages)

    try:
        ids, listed = loop.run_until_complete(run())
    finally:
        loop.close()
    assert ids == ["azure-eastus"] * 10
    assert listed > 2


async def test_a_cancelled_page_fetch_leaves_the_iterator_usable(aclient, mock):
    it = aclient.regions.list(page_size=2).__aiter__()
    first = await it.__anext__()
    await it.__anext__()
    mock.inject_fault("/v1beta1/regions", delay=5)
    with pytest.raises(asyncio.TimeoutError):
        await asyncio.wait_for(it.__anext__(), timeout=0.2)
    mock.clear_faults()
    rest = [r["regionId"] async for r in it]
    assert rest and first["regionId"] not in rest
