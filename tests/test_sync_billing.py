"""Billing through the blocking client."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import tidbcloud
from helpers import cluster_args


def this_month() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m")


def test_bill_comes_from_node_hours(client):
    empty = client.billing.get_monthly_bill(this_month())
    assert empty["overview"] == {"totalCost": "0.00", "currency": "USD"}
    client.clusters.create(**cluster_args())  # tidb 2 x 8C16G, tikv 3 x 8C32G, 500 GiB each
    bill = client.billing.get_monthly_bill(this_month())
    # One hour at least: 2 x 0.71 + 3 x 0.97 compute, 1500 GiB x 0.000139 storage.
    services = {s["serviceName"]: s["totalCost"] for s in bill["summaryByService"]}
    assert services == {"TiDB Dedicated - Compute": "4.33", "TiDB Dedicated - Storage": "0.21"}
    assert bill["overview"]["totalCost"] == "4.54"
    assert bill["summaryByProject"] == [{"projectName": "default project", "totalCost": "4.54"}]
    again = client.billing.get_monthly_bill(dt.date.today())
    assert again == bill  # the same history gives the same bill


def test_details_and_cost_explorer(client):
    cid = client.clusters.create(**cluster_args())["clusterId"]
    client.clusters.pause(cid)  # paused: storage only from here on
    details = client.billing.get_monthly_bill_details(this_month())["billsDetails"]
    assert {d["servicePathName"] for d in details} == {
        "TiDB Dedicated - Compute", "TiDB Dedicated - Storage"}
    assert details[-1]["runningTotal"] == str(sum(Decimal(d["totalCost"]) for d in details))
    trends = client.billing.query_cost_explorer(groups=["service"])["trends"]
    services = {"TiDB Dedicated - Compute", "TiDB Dedicated - Storage"}
    assert {t["service"] for t in trends} == services
    only = client.billing.query_cost_explorer(filter={"clusterId": cid})["trends"]
    assert sum(Decimal(t["cost"]) for t in only) == sum(Decimal(d["totalCost"]) for d in details)
    assert client.billing.query_cost_explorer(filter={"clusterId": "none"})["trends"] == []
    with pytest.raises(tidbcloud.BadRequestError, match="group"):
        client.billing.query_cost_explorer(groups=["planet"])


@pytest.mark.parametrize("month", ["2025-13", "2025/10", "25-01", "2025-1", "", "2025-00"])
def test_bad_months_fail_before_sending(client, mock, month):
    with pytest.raises(ValueError, match="YYYY-MM"):
        client.billing.get_monthly_bill(month)
    assert mock.request_count() == 0


def test_month_types(client, mock):
    with pytest.raises(TypeError):
        client.billing.get_monthly_bill(202501)
    client.billing.get_monthly_bill(dt.datetime(2025, 3, 14, 9, 26))
    assert mock.requests()[-1]["path"] == "/v1beta1/bills/2025-03"


def test_future_month_is_refused_by_the_server(client):
    with pytest.raises(tidbcloud.BadRequestError, match="future"):
        client.billing.get_monthly_bill("2999-01")


def test_billing_needs_a_billing_role(mock):
    pub, priv = mock.create_api_key("Organization Billing Viewer")
    with tidbcloud.TiDBCloud(pub, priv, base_url=mock.url) as viewer:
        assert viewer.billing.get_monthly_bill(this_month())["overview"]["currency"] == "USD"
    pub, priv = mock.create_api_key("Organization Member")
    with tidbcloud.TiDBCloud(pub, priv, base_url=mock.url) as member:
        with pytest.raises(tidbcloud.PermissionDeniedError):
            member.billing.get_monthly_bill(this_month())
