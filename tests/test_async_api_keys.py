"""API keys through the async client."""

from __future__ import annotations

import pytest

import tidbcloud


async def test_api_key_lifecycle(aclient, mock):
    made = await aclient.api_keys.create(display_name="async", role="org:owner")
    assert made["secretKey"]
    keys = [k["accessKey"] async for k in aclient.api_keys.list()]
    assert made["accessKey"] in keys
    await aclient.api_keys.update(made["accessKey"], display_name="renamed")
    assert (await aclient.api_keys.get(made["accessKey"]))["displayName"] == "renamed"
    await aclient.api_keys.delete(made["accessKey"])
    with pytest.raises(tidbcloud.NotFoundError):
        await aclient.api_keys.get(made["accessKey"])
