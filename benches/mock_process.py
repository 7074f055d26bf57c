"""The mock server in a process of its own, for the benchmark.

Prints one JSON line with its URL and keys, then answers lines on stdin:
"count" prints the number of requests seen so far; "seed N PROJECT" creates N
clusters in PROJECT and prints the first id; "dump PATH CLUSTER PROJECT" writes
what the mock serves for a region, CLUSTER and PROJECT's clusters to PATH (the
documents the Apache server hands out); "quit" ends.
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
            cmd, *args = line.split()
            if cmd == "count":
                print(mock.request_count(), flush=True)
            elif cmd == "seed":
                first = None
                for i in range(int(args[0])):
                    c = seeder.clusters.create(
                        display_name=f"bench-{i}", region_id="aws-us-east-1",
                        project_id=args[1], tidb_node_setting=TIDB, tikv_node_setting=TIKV)
                    first = first or c["clusterId"]
                print(first, flush=True)
            elif cmd == "dump":
                path, cluster, project = args
                docs = {
                    "region": seeder.regions.get("aws-us-east-1"),
                    "cluster": seeder.clusters.get(cluster),
                    "clusters": list(seeder.clusters.list(project_id=project, page_size=100)),
                }
                with open(path, "w") as f:
                    json.dump(docs, f)
                print("ok", flush=True)
            elif cmd == "quit":
                break


if __name__ == "__main__":
    main()
