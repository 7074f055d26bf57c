"""Decoding stays linear when a body's keys were chosen to collide in the hash
the key cache once used (see benches/decode_collisions.py, which makes them)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from test_hardening_support import RawServer, json_answer

import tidbcloud
from tidbcloud import _core

# Loaded by path: putting benches/ on sys.path would shadow tests/servers.
_spec = importlib.util.spec_from_file_location(
    "decode_collisions", Path(__file__).resolve().parents[1] / "benches" / "decode_collisions.py")
decode_collisions = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(decode_collisions)

KEYS = 40_000


def best(data: bytes, rounds: int = 3) -> float:
    return min(_core._conversion_timing(data, 1)["direct"] for _ in range(rounds))


def test_colliding_keys_decode_as_fast_as_random_ones():
    colliding = decode_collisions.body_of(decode_collisions.colliding_keys(KEYS))
    random_ = decode_collisions.body_of(decode_collisions.random_keys(KEYS))
    assert len(colliding) == len(random_)
    slow, fast = best(colliding), best(random_)
    # Quadratic decoding takes some 50 times longer here; linear, about the same.
    assert slow < 3 * fast + 0.02, (slow, fast)


def test_colliding_keys_arrive_whole_through_a_call():
    keys = decode_collisions.colliding_keys(5000)
    body = decode_collisions.body_of(keys)
    with RawServer(json_answer(200, body)) as server:
        with tidbcloud.TiDBCloud("pub", "priv", base_url=server.url) as c:
            got = c.regions.get("r")
    assert got == json.loads(body) and list(got) == keys
