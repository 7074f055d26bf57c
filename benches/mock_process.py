"""The mock server in a process of its own, for the benchmark.

Prints one JSON line with its URL and keys, then answers lines on stdin:
"count" prints the number of requests seen so far; "seed N" creates N clusters
directly (not through a client under test) and prints the first id; "quit" ends.
"""

from __future__ import annotations

import json
import sys

from tidbcloud.testing import MockServer

TIDB = {"nodeSpecKey": "4C16G", "tidbNodeGroups": [{"nodeCount": 1}]}
TIKV = {"nodeSpecKey": "4C16G", "nodeCount": 3, "storageSizeGi": 500}


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
                        display_name=f"bench-{i}", region_id="aws-us-east-1",
                        tidb_node_setting=TIDB, tikv_node_setting=TIKV)
                    first = first or c["clusterId"]
                print(first, flush=True)
            elif cmd == "quit":
                break


if __name__ == "__main__":
    main()
