"""For notebooks: pagers give every item at once (`.to_list()`, and
`.to_pandas()` with pandas), and `tidbcloud.to_dataframe()` turns the bill,
its details and the cost explorer into tables with amounts as numbers."""

from __future__ import annotations

import sys

import pytest

import tidbcloud
from helpers import cluster_args, utc_month, utc_today
from tidbcloud.testing import MockServer

pd = pytest.importorskip("pandas", reason="pandas is an optional dependency")


@pytest.fixture(scope="module")
def mock():
    with MockServer(transition_seconds=0, rate_limit=None) as m:
        client = m.client()
        for name in ("frame-a", "frame-b", "frame-c"):
            client.clusters.create(**cluster_args(display_name=name))
        yield m


def test_to_list_follows_every_page(mock):
    pager = mock.client().clusters.list(page_size=2)
    items = pager.to_list()
    assert isinstance(items, list)
    assert sorted(c["displayName"] for c in items) == ["frame-a", "frame-b", "frame-c"]
    assert len(list(pager.pages())) == 2  # two pages were needed
    assert pager.to_list() == items  # a pager is a recipe: again from the first page


def test_to_pandas_one_row_an_item(mock):
    df = mock.client().clusters.list(page_size=2).to_pandas()
    assert isinstance(df, pd.DataFrame)
    assert sorted(df["displayName"]) == ["frame-a", "frame-b", "frame-c"]
    assert {"clusterId", "state", "tidbNodeSetting"} <= set(df.columns)
    assert isinstance(df["tidbNodeSetting"][0], dict)  # nested objects stay dicts
    assert mock.client().clusters.list(states=["PAUSED"]).to_pandas().empty


async def test_async_pager_to_list_and_to_pandas(mock):
    async with mock.async_client() as client:
        items = await client.clusters.list(page_size=2).to_list()
        assert len(items) == 3
        df = await client.regions.list(cloud_provider="aws").to_pandas()
        assert set(df["cloudProvider"]) == {"aws"}


def test_without_pandas_the_error_says_what_to_install(mock, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now fails
    client = mock.client()
    before = mock.request_count()
    with pytest.raises(ImportError, match=r"needs pandas.*tidbcloud\[pandas\]"):
        client.clusters.list().to_pandas()
    with pytest.raises(ImportError, match="needs pandas"):
        # The async face fails the same way, at once, not when awaited.
        tidbcloud.AsyncTiDBCloud(mock.public_key, mock.private_key,
                                 base_url=mock.url).clusters.list().to_pandas()
    with pytest.raises(ImportError, match="needs pandas"):
        tidbcloud.to_dataframe([{"a": 1}])
    assert mock.request_count() == before  # nothing was asked for


def test_the_bill_by_service_project_and_overview(mock):
    bill = mock.client().billing.get_monthly_bill(utc_month())
    services = tidbcloud.to_dataframe(bill)
    assert len(services) > 0
    assert {"servicePathName", "serviceName", "totalCost", "credits"} <= set(services.columns)
    assert services["totalCost"].dtype == float
    # The leaves add up to the bill's total.
    total = float(bill["overview"]["totalCost"])
    assert services["totalCost"].sum() == pytest.approx(total, abs=0.01 * len(services))
    assert all(p.count(" - ") == 2 for p in services["servicePathName"])
    projects = tidbcloud.to_dataframe(bill, table="projects")
    assert list(projects["projectName"]) == [p["projectName"] for p in
                                              bill["summaryByProject"]["projects"]]
    overview = tidbcloud.to_dataframe(bill, table="overview")
    assert overview.loc[0, "billedMonth"] == utc_month()
    assert overview.loc[0, "totalCost"] == total
    other = tidbcloud.to_dataframe(bill, table="other_charges")
    assert list(other["chargeName"]) == ["Support Plan"]
    with pytest.raises(ValueError, match="table must be one of 'services', 'projects'"):
        tidbcloud.to_dataframe(bill, table="elements")


def test_bill_details_and_the_cost_explorer(mock):
    billing = mock.client().billing
    details = tidbcloud.to_dataframe(billing.get_monthly_bill_details(utc_month()))
    assert {"billedDate", "clusterName", "servicePathName", "totalCost"} <= set(details.columns)
    assert details["runningTotal"].dtype == float
    today = str(utc_today())
    window = {"timeRange": {"startDate": today, "endDate": today}}
    plain = billing.query_cost_explorer(filter=window)
    elements = tidbcloud.to_dataframe(plain)  # ungrouped: one row per period
    assert list(elements["billedDate"]) == [e["billedDate"] for e in plain["elements"]]
    assert "breakdown" not in elements.columns
    grouped = billing.query_cost_explorer(
        groups={"groupBy": ["cluster"], "timeGranularity": "day"}, filter=window)
    rows = tidbcloud.to_dataframe(grouped)  # grouped: one row per period and group
    assert set(rows["detailName"]) == {"frame-a", "frame-b", "frame-c"}
    assert rows["totalCost"].sum() == pytest.approx(float(grouped["totalCost"]), abs=0.05)
    per_day = tidbcloud.to_dataframe(grouped, table="elements")
    assert len(per_day) == len(grouped["elements"])


def test_other_results_and_wrong_input():
    assert list(tidbcloud.to_dataframe({"componentQuotas": [{"componentType": "TIDB",
                                                             "quota": 5}]})["quota"]) == [5]
    with pytest.raises(TypeError, match="expected a result dict, a list or a pager, got str"):
        tidbcloud.to_dataframe("bill")
    with pytest.raises(ValueError, match="holds 0 lists"):
        tidbcloud.to_dataframe({"a": 1})
    with pytest.raises(ValueError, match="table applies to a monthly bill"):
        tidbcloud.to_dataframe([{"a": 1}], table="services")
