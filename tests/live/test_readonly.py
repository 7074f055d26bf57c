"""Read-only calls against the real TiDB Cloud service, for a maintainer with
keys: `pytest tests/live` with TIDBCLOUD_PUBLIC_KEY and TIDBCLOUD_PRIVATE_KEY
set. Nothing is created, changed or deleted. Without keys every test here is
skipped, saying so."""

from __future__ import annotations

import datetime as dt
import os

import pytest

import tidbcloud

KEYS = all(os.environ.get(v) for v in ("TIDBCLOUD_PUBLIC_KEY", "TIDBCLOUD_PRIVATE_KEY"))
pytestmark = pytest.mark.skipif(
    not KEYS, reason="live smoke test: set TIDBCLOUD_PUBLIC_KEY and TIDBCLOUD_PRIVATE_KEY")


@pytest.fixture(scope="module")
def live():
    with tidbcloud.TiDBCloud(max_retries=3, rate_limit=60) as c:
        yield c


def test_regions_and_node_specs(live):
    regions = list(live.regions.list())
    assert regions and all(r["regionId"].startswith(r["cloudProvider"] + "-") for r in regions)
    specs = list(live.regions.list_node_specs(regions[0]["regionId"], component_type="TIKV"))
    assert all(s["componentType"] == "TIKV" and "vCpu" in s for s in specs)


def test_clusters_list(live):
    for c in live.clusters.list(page_size=10):
        assert c["clusterId"] and c["state"]
        assert "tidbNodeSetting" in c


def test_this_months_bill(live):
    month = dt.date.today()
    bill = live.billing.get_monthly_bill(month)
    assert bill["overview"]["billedMonth"] == f"{month:%Y-%m}"
    assert isinstance(bill.get("summaryByProject", {}), dict)
    assert "details" in live.billing.get_monthly_bill_details(month)
