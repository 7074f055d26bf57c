"""Billing through the async client."""

from __future__ import annotations

import datetime as dt

from helpers import cluster_args


async def test_billing(aclient):
    await aclient.clusters.create(**cluster_args())
    month = dt.date.today()
    bill = await aclient.billing.get_monthly_bill(month)
    assert bill["overview"]["totalCost"] == "4.54"
    details = await aclient.billing.get_monthly_bill_details(month)
    assert details["billsDetails"]
    trends = await aclient.billing.query_cost_explorer(groups=["project", "region"])
    assert trends["trends"][0]["region"] == "aws-us-east-1"
