"""Billing through the blocking client."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import tidbcloud
from helpers import cluster_args, utc_month, utc_today

ZERO = {"credits": "0.00", "discounts": "0.00"}


def test_bill_comes_from_node_hours(client):
    month = utc_month()
    empty = client.billing.get_monthly_bill(month)
    assert empty["overview"] == {"billedMonth": month, **ZERO, "runningTotal": "0.00",
                                 "totalCost": "0.00"}
    assert empty["summaryByService"] == [] and empty["summaryByProject"]["projects"] == []
    client.clusters.create(**cluster_args())  # tidb 2 x 8C16G, tikv 3 x 8C32G, 500 GiB each
    bill = client.billing.get_monthly_bill(month)
    # One hour at least: 2 x 0.71 + 3 x 0.97 compute, 1500 GiB x 0.000139 storage.
    (product,) = bill["summaryByService"]
    assert product["serviceName"] == "TiDB Dedicated" and product["totalCost"] == "4.54"
    levels = {c["serviceName"]: {x["serviceName"]: x["totalCost"] for x in c["serviceCosts"]}
              for c in product["serviceCosts"]}
    assert levels == {"Node Compute": {"TiDB": "1.42", "TiKV": "2.91"},
                      "Node Storage": {"TiKV": "0.21"}}
    assert bill["overview"]["totalCost"] == bill["overview"]["runningTotal"] == "4.54"
    assert bill["summaryByProject"]["projects"] == [
        {"projectName": "default project", **ZERO, "runningTotal": "4.54", "totalCost": "4.54"}]
    assert bill["summaryByProject"]["otherCharges"][0]["chargeName"] == "Support Plan"
    again = client.billing.get_monthly_bill(utc_today())
    assert again == bill  # the same history gives the same bill


def test_details_and_cost_explorer(client):
    cid = client.clusters.create(**cluster_args())["clusterId"]
    client.clusters.pause(cid)  # paused: storage only from here on
    details = client.billing.get_monthly_bill_details(utc_month())["details"]
    assert {d["servicePathName"] for d in details} == {
        "TiDB Dedicated - Node Compute - TiDB", "TiDB Dedicated - Node Compute - TiKV",
        "TiDB Dedicated - Node Storage - TiKV"}
    assert all(d["clusterName"] == "prod" and d["billedDate"] for d in details)
    spent = sum(Decimal(d["totalCost"]) for d in details)

    by_service = client.billing.query_cost_explorer(
        groups={"groupBy": ["service"], "timeGranularity": "total"})
    (element,) = by_service["elements"]
    assert {b["detailKey"] for b in element["breakdown"]} == {
        d["servicePathName"] for d in details}
    assert Decimal(by_service["totalCost"]) == spent

    only = client.billing.query_cost_explorer(filter={"clusters": [cid]})
    assert Decimal(only["totalCost"]) == spent
    assert client.billing.query_cost_explorer(filter={"clusters": ["none"]})["elements"] == []
    storage = client.billing.query_cost_explorer(
        filter={"services": [{"category": "Node Storage"}]})
    assert storage["totalCost"] == "0.42"  # an hour at least, running then paused
    by_cluster = client.billing.query_cost_explorer(
        groups={"groupBy": ["cluster", "provider"], "timeGranularity": "month"})
    (month,) = by_cluster["elements"]
    assert month["billedDate"] == utc_month()
    assert month["breakdown"][0]["detailKey"] == f"{cid} / aws"
    assert month["breakdown"][0]["detailName"] == "prod / aws"
    elsewhere = client.billing.query_cost_explorer(
        filter={"providers": [{"name": "gcp", "regions": ["gcp-us-central1"]}]})
    assert elsewhere["totalCost"] == "0.00"


@pytest.mark.sends_invalid_requests
@pytest.mark.parametrize("kwargs, message", [
    ({"groups": {"groupBy": ["planet"]}}, "groupBy"),
    ({"groups": {"timeGranularity": "hour"}}, "timeGranularity"),
    ({"filter": {"timeRange": {"startDate": "01/02/2025"}}}, "YYYY-MM-DD"),
    ({"filter": {"timeRange": {"startDate": "2025-02-01", "endDate": "2025-01-01"}}}, "after"),
    ({"filter": {"clusters": "one"}}, "list of strings"),
])
def test_cost_explorer_validation(client, kwargs, message):
    with pytest.raises(tidbcloud.BadRequestError, match=message) as e:
        client.billing.query_cost_explorer(**kwargs)
    assert e.value.body["status"] == 400 and isinstance(e.value.body["code"], str)


def test_cost_explorer_bad_arguments_send_nothing(client, mock):
    mock.reset_requests()
    with pytest.raises(TypeError, match="groups"):
        client.billing.query_cost_explorer(groups=["service"])  # the summary's shape
    with pytest.raises(TypeError, match="filter"):
        client.billing.query_cost_explorer(filter="cluster=1")
    assert mock.request_count() == 0


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
    pub, priv = mock.create_api_key("org:billing_viewer")
    with tidbcloud.TiDBCloud(pub, priv, base_url=mock.url) as viewer:
        assert viewer.billing.get_monthly_bill(utc_month())["overview"]["totalCost"] == "0.00"
    pub, priv = mock.create_api_key("org:member")
    with tidbcloud.TiDBCloud(pub, priv, base_url=mock.url) as member:
        with pytest.raises(tidbcloud.PermissionDeniedError):
            member.billing.get_monthly_bill(utc_month())
