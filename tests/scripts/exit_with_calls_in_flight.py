"""Exit while calls are in flight: daemon threads blocked in slow sync calls,
event loops in daemon threads with pending calls, a waiter with a progress
callback polling fast, and an async pager."""

import asyncio
import logging
import sys
import threading
import time

from tidbcloud.testing import MockServer

logging.basicConfig(level=logging.DEBUG, stream=sys.stderr)
m = MockServer(transition_seconds=600, rate_limit=None).start()
c = m.client()
cid = c.clusters.create(display_name="xray", region_id="aws-us-east-1",
    tidb_node_setting={"nodeSpecKey": "4C16G", "tidbNodeGroups": [{"nodeCount": 1}]},
    tikv_node_setting={"nodeSpecKey": "4C16G", "nodeCount": 3, "storageSizeGi": 500})["clusterId"]
m.inject_fault("/v1beta1/regions/azure-eastus", delay=5, times=100)

def sync_blocked():
    try:
        c.regions.get("azure-eastus")
    except Exception:
        pass

def async_loop():
    async def main():
        ac = m.async_client()
        calls = [asyncio.ensure_future(ac.regions.get("azure-eastus")) for _ in range(8)]
        waiter = asyncio.ensure_future(ac.clusters.wait(
            cid, state="ACTIVE", timeout=600, poll_interval=0.01, progress=lambda c: None))
        pager = ac.regions.list(page_size=1)
        async for _ in pager:
            await asyncio.sleep(0)
        await asyncio.gather(*calls, waiter, return_exceptions=True)
    asyncio.run(main())

for _ in range(4):
    threading.Thread(target=sync_blocked, daemon=True).start()
for _ in range(2):
    threading.Thread(target=async_loop, daemon=True).start()
time.sleep(1.0)
print("exiting", flush=True)
