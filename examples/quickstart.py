"""Quickstart: the life of a TiDB Cloud Dedicated cluster, an import, and the
bill; then a Starter cluster with a branch, a local CSV imported into it and
an export of it downloaded.

    python examples/quickstart.py          # against the bundled mock server: free, offline
    python examples/quickstart.py --real   # against TiDB Cloud itself: creates a real,
                                           # billed cluster; keys from TIDBCLOUD_PUBLIC_KEY
                                           # and TIDBCLOUD_PRIVATE_KEY; the import
                                           # runs when TIDBCLOUD_IMPORT_S3_URI and
                                           # TIDBCLOUD_IMPORT_ROLE_ARN name your data
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import tempfile

import tidbcloud
from tidbcloud.testing import MockServer


def pick_specs(client: tidbcloud.TiDBCloud, region_id: str) -> dict[str, str]:
    """The smallest node size offered for each component in the region, keyed
    by component type ("TIDB", "TIKV", "TIFLASH")."""
    smallest: dict[str, tuple[int, str]] = {}
    for spec in client.regions.list_node_specs(region_id):
        kind, size = spec["componentType"], (spec["vCpu"], spec["nodeSpecKey"])
        smallest[kind] = min(smallest.get(kind, size), size)
    return {kind: key for kind, (_, key) in smallest.items()}


def cluster_story(client: tidbcloud.TiDBCloud, *, timeout: float,
                  import_from: tuple[str, str] | None) -> None:
    region = next(iter(client.regions.list(cloud_provider="aws")))
    specs = pick_specs(client, region["regionId"])
    print(f"region: {region['displayName']}; node sizes: {specs}")

    cluster = client.clusters.create(
        display_name="quickstart",
        region_id=region["regionId"],
        tidb_node_setting={"nodeSpecKey": specs["TIDB"], "tidbNodeGroups": [{"nodeCount": 1}]},
        tikv_node_setting={"nodeSpecKey": specs["TIKV"], "nodeCount": 3, "storageSizeGi": 200},
    )
    cid = cluster["clusterId"]
    print(f"created cluster {cid}: {cluster['state']}")

    cluster = client.clusters.wait(cid, state="ACTIVE", timeout=timeout, progress=True)
    public = next(e for group in cluster["tidbNodeSetting"]["tidbNodeGroups"]
                  for e in group.get("endpoints", []) if e.get("connectionType") == "PUBLIC")
    print(f"cluster {cid} is {cluster['state']}: "
          f"mysql -h {public['host']} -P {public['port']} -u root")

    for c in client.clusters.list(states=["ACTIVE"]):
        print(f"  listed: {c['clusterId']} {c['displayName']} {c['state']}")

    if import_from is None:
        print("import skipped: set TIDBCLOUD_IMPORT_S3_URI and TIDBCLOUD_IMPORT_ROLE_ARN")
    else:
        uri, role_arn = import_from
        imp = client.imports.create(cid, creation_details={
            "importOptions": {"fileType": "CSV"},
            "source": {"type": "S3",
                       "s3": {"uri": uri, "authType": "ROLE_ARN", "roleArn": role_arn}},
        })
        imp = client.imports.wait(cid, imp["importId"], timeout=timeout, progress=True)
        print(f"import {imp['importId']} {imp['state']} ({imp['completePercent']}%)")

    print(f"pausing: {client.clusters.pause(cid)['state']}")
    client.clusters.wait(cid, state="PAUSED", timeout=timeout)
    print(f"resuming: {client.clusters.resume(cid)['state']}")
    cluster = client.clusters.wait(cid, state="ACTIVE", timeout=timeout, progress=True)
    print(f"cluster {cid} is {cluster['state']} again")

    client.clusters.delete(cid)
    client.clusters.wait(cid, state="DELETED", timeout=timeout)
    print(f"cluster {cid} deleted")

    month = datetime.date.today()
    bill = client.billing.get_monthly_bill(month)
    print(f"bill for {month:%Y-%m}: {bill['overview']['totalCost']} USD")
    for product in bill["summaryByService"]:
        for part in product.get("serviceCosts", []):
            print(f"  {product['serviceName']} - {part['serviceName']}: {part['totalCost']}")


def starter_story(client: tidbcloud.TiDBCloud, *, timeout: float) -> None:
    """A Starter cluster (serverless.tidbapi.com), capped at 10 USD a month,
    and a branch of it for development."""
    sl = client.serverless
    region = next(r for r in sl.regions.list() if "Starter" in r.get("servicePlans", []))
    cluster = sl.clusters.create(display_name="quickstart-starter", region_id=region["regionId"],
                                 spending_limit={"monthly": 1000})
    cid = cluster["clusterId"]
    cluster = sl.clusters.wait(cid, timeout=timeout, progress=True)
    public = cluster["endpoints"]["public"]
    print(f"Starter cluster {cid} is {cluster['state']} in {region['displayName']}: "
          f"mysql -h {public['host']} -P {public['port']} -u {cluster['userPrefix']}.root")
    branch = sl.branches.create(cid, display_name="dev")
    branch = sl.branches.wait(cid, branch["branchId"], timeout=timeout, progress=True)
    print(f"branch {branch['displayName']} ({branch['branchId']}) is {branch['state']}")
    with tempfile.TemporaryDirectory() as work:
        files_story(sl, cid, work, timeout=timeout)
    sl.clusters.delete(cid)
    print(f"Starter cluster {cid} deleted, its branch with it")


def files_story(sl: tidbcloud.Serverless, cid: str, work: str, *,
                timeout: float) -> None:
    """A local CSV into a table of the cluster, and the cluster's data out to
    local files: both streamed from and to disk, with progress."""
    csv_path = os.path.join(work, "orders.csv")
    with open(csv_path, "w") as f:
        f.write("id,customer,amount\n")
        f.writelines(f"{i},customer-{i % 97},{i * 3 % 1000}.50\n" for i in range(50_000))
    imp = sl.imports.upload_file(cid, csv_path, target_database="test", target_table="orders",
                                 progress=True)
    imp = sl.imports.wait(cid, imp["importId"], timeout=timeout, progress=True)
    print(f"import {imp['importId']} {imp['state']}: {imp.get('message') or imp['totalSize']}")
    export = sl.exports.create(cid, display_name="quickstart-export")
    sl.exports.wait(cid, export["exportId"], timeout=timeout, progress=True)
    paths = sl.exports.download(cid, export["exportId"], os.path.join(work, "export"),
                                progress=True)
    total = sum(os.path.getsize(p) for p in paths)
    print(f"export {export['exportId']}: {len(paths)} files, {total} bytes downloaded")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", action="store_true",
                        help="use the real TiDB Cloud (costs money) instead of the mock")
    parser.add_argument("--transition-seconds", type=float, default=0.5,
                        help="mock only: how long each state change takes")
    args = parser.parse_args(argv)

    if args.real:
        if not (os.environ.get("TIDBCLOUD_PUBLIC_KEY") and os.environ.get("TIDBCLOUD_PRIVATE_KEY")):
            print("--real needs TIDBCLOUD_PUBLIC_KEY and TIDBCLOUD_PRIVATE_KEY", file=sys.stderr)
            return 2
        uri, role = (os.environ.get(f"TIDBCLOUD_IMPORT_{k}") for k in ("S3_URI", "ROLE_ARN"))
        with tidbcloud.TiDBCloud() as client:
            cluster_story(client, timeout=3600, import_from=(uri, role) if uri and role else None)
            starter_story(client, timeout=3600)
        return 0

    with MockServer(transition_seconds=args.transition_seconds) as mock:
        print(f"mock server at {mock.url}")
        with mock.client() as client:
            cluster_story(client, timeout=60, import_from=(
                "s3://example-sales/2025/", "arn:aws:iam::123456789012:role/tidbcloud-import"))
            starter_story(client, timeout=60)
    return 0


if __name__ == "__main__":
    sys.exit(main())
