"""The mock server in a process of its own, for the benchmark.

Prints one JSON line with its URL and keys, then answers lines on stdin:
"count" prints the number of requests seen so far; "seed N" creates N clusters
directly (not through a client under test) and prints the first id; "quit" ends.
"""

from __future__ import annotations

import json
import sys

from tidbcloud.testing import MockServer


def main() -> None:
    with MockServer(rate_limit=None, transition_seconds=0) as mock:
        print(json.dumps({"url": mock.url, "public_key": mock.public_key,
                          "private_key": mock.private_key}), flush=True)
        seeder = mock.client()
        for line in sys.stdin:
            cmd, _, arg = line.strip().partition(" ")
            if cmd == "count":
                print(mock.request_count(), flush=True)
            elif cmd == "seed":
                first = None
                for i in range(int(arg)):
                    c = seeder.clusters.create(
                        display_name=f"bench-{i}", cloud_provider="AWS", region_id="aws-us-east-1",
                        components={"tidb": {"nodeSize": "4C16G", "nodeQuantity": 1},
                                    "tikv": {"nodeSize": "4C16G", "nodeQuantity": 3}})
                    first = first or c["clusterId"]
                print(first, flush=True)
            elif cmd == "quit":
                break


if __name__ == "__main__":
    main()
