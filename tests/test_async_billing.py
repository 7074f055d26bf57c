"""Billing through the async client."""

from __future__ import annotations

from helpers import cluster_args, utc_today


async def test_billing(aclient):
    await aclient.clusters.create(**cluster_args())
    month = utc_today()  # the mock bills by the UTC calendar
    bill = await aclient.billing.get_monthly_bill(month)
    assert bill["overview"]["totalCost"] == "4.54"
    details = await aclient.billing.get_monthly_bill_details(month)
    assert details["details"]
    costs = await aclient.billing.query_cost_explorer(groups={"groupBy": ["project", "region"]})
    breakdown = costs["elements"][0]["breakdown"]
    assert breakdown[0]["detailName"] == "default project / aws-us-east-1"
