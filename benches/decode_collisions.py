"""Decoding an answer whose keys were chosen to collide.

A server (or anyone between it and the client) can pick object keys so that
an unkeyed hash puts them all in one bucket; a key cache that uses such a hash
then turns decoding quadratic. The keys made here all agree in the low 20 bits
of FNV-1a, as `str` hashes in Rust (its bytes, then 0xff): the hash the
decoder once used. The decoder must stay within 3x of `json.loads` on the
very same body, and close to its time on a body of random keys.

    .venv/bin/python benches/decode_collisions.py [--keys 262144] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time

from tidbcloud import _core

BITS = 20
MASK = (1 << BITS) - 1
PRIME = 0x100000001B3 & MASK
PRIME_INV = pow(PRIME, -1, 1 << BITS)
OFFSET = 0xCBF29CE484222325 & MASK
# Bytes that stand in a JSON string as they are.
PLAIN = [b for b in range(0x20, 0x7F) if b not in (0x22, 0x5C)]


def fnv_low(data: bytes, state: int = OFFSET) -> int:
    for b in data:
        state = ((state ^ b) * PRIME) & MASK
    return state


def colliding_keys(n: int, target: int = 0x5A5A5) -> list[str]:
    """`n` distinct keys whose FNV-1a state after their bytes is `target`
    (mod 2**20): a prefix from a counter, then three bytes solved for.

    After the prefix (state s1) come b1, b2, b3. With u = target * P^-1, the
    state before b3 must be u ^ b3, so the state after b1 must be
    v(b3) ^ b2 with v(b3) = (u ^ b3) * P^-1; b2 = w(b1) ^ v(b3) is one byte
    when w and v agree above their low 8 bits.
    """
    u = (target * PRIME_INV) & MASK
    by_high: dict[int, list[tuple[int, int]]] = {}
    for b3 in PLAIN:
        v = ((u ^ b3) * PRIME_INV) & MASK
        by_high.setdefault(v >> 8, []).append((b3, v))
    plain = set(PLAIN)
    keys: list[str] = []
    counter = 0
    while len(keys) < n:
        digits, c = [], counter
        for _ in range(4):
            c, d = divmod(c, len(PLAIN))
            digits.append(PLAIN[d])
        counter += 1
        prefix = bytes(digits)
        s1 = fnv_low(prefix)
        for b1 in PLAIN:
            w = ((s1 ^ b1) * PRIME) & MASK
            for b3, v in by_high.get(w >> 8, ()):
                b2 = (w ^ v) & 0xFF
                if b2 in plain:
                    keys.append((prefix + bytes((b1, b2, b3))).decode())
    return keys[:n]


def random_keys(n: int, length: int = 7) -> list[str]:
    rng = random.Random(7)
    seen: set[str] = set()
    while len(seen) < n:
        seen.add("".join(chr(rng.choice(PLAIN)) for _ in range(length)))
    return sorted(seen)


def body_of(keys: list[str]) -> bytes:
    return json.dumps({k: 0 for k in keys}, separators=(",", ":")).encode()


def timed(data: bytes, repeat: int) -> tuple[float, float]:
    """Best seconds of (tidbcloud's decoder, json.loads) over `repeat` runs."""
    ours, stdlib = [], []
    for _ in range(repeat):
        ours.append(_core._conversion_timing(data, 1)["direct"])
        t = time.perf_counter()
        json.loads(data)
        stdlib.append(time.perf_counter() - t)
    return min(ours), min(stdlib)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keys", type=int, default=262_144)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    started = time.perf_counter()
    colliding = colliding_keys(args.keys)
    assert len({fnv_low(k.encode() + b"\xff") for k in colliding[:1000]}) == 1
    print(f"made {len(colliding)} colliding keys in {time.perf_counter() - started:.1f} s")
    rows = []
    for name, keys in (("colliding", colliding), ("random", random_keys(args.keys))):
        data = body_of(keys)
        ours, stdlib = timed(data, args.repeat)
        rows.append((name, len(data), ours, stdlib))
        print(f"{name:>9} keys: {len(data) / 1e6:5.1f} MB  tidbcloud {ours:6.3f} s  "
              f"json.loads {stdlib:6.3f} s  ratio {ours / stdlib:4.2f}x")
    ratio = rows[0][2] / rows[0][3]
    print(f"colliding keys within 3x of json.loads: {'yes' if ratio <= 3 else 'NO'}")
    return 0 if ratio <= 3 else 1


if __name__ == "__main__":
    sys.exit(main())
