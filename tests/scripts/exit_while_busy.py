"""Exit while daemon threads keep making calls, sync and async, with DEBUG
logging (the observer) and async pagers: the interpreter must finalize while
our I/O threads are answering. Exit code 0, no abort, no fatal error."""

import asyncio
import logging
import threading
import time

from tidbcloud.testing import MockServer

logging.basicConfig(level=logging.DEBUG, stream=open("/dev/null", "w"))
m = MockServer(transition_seconds=0, rate_limit=None).start()

def async_loop():
    async def one(ac):
        while True:
            await ac.regions.get("aws-us-east-1")
            async for _ in ac.regions.list(page_size=2):
                pass
    async def main():
        ac = m.async_client()
        await asyncio.gather(*[one(ac) for _ in range(32)])
    asyncio.run(main())

def sync_loop():
    c = m.client()
    while True:
        c.regions.get("aws-us-east-1")

for _ in range(2):
    threading.Thread(target=async_loop, daemon=True).start()
for _ in range(2):
    threading.Thread(target=sync_loop, daemon=True).start()
time.sleep(0.7)
print("exiting", flush=True)
