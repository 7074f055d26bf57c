"""MSP customers at the IAM host's root, outside /v1beta1, on both faces:
the customers a page at a time, one of them, a sign-up URL, and the rights
an organization owner alone has."""

from __future__ import annotations

import datetime as dt

import pytest

import tidbcloud
from tidbcloud.testing import MockServer


@pytest.fixture
def mock():
    with MockServer(rate_limit=None, transition_seconds=0) as m:
        yield m


def test_customers_pages_and_one(mock):
    with mock.client() as c:
        pages = list(c.msp_customers.list(page_size=2).pages())
        assert [len(p["mspCustomers"]) for p in pages] == [2, 1]
        every = [x for p in pages for x in p["mspCustomers"]]
        assert {x["state"] for x in every} == {"active", "expired"}
        one = c.msp_customers.get(every[1]["orgId"])
        assert one == every[1]
        with pytest.raises(tidbcloud.NotFoundError, match="not found"):
            c.msp_customers.get("1")
    # The calls went to the host's root, not below /v1beta1.
    paths = {r["path"] for r in mock.requests() if r["status"] == 200}
    assert "/mspCustomers" in paths and f"/mspCustomers/{every[1]['orgId']}" in paths


def test_a_signup_url_for_the_msp_itself(mock):
    with mock.client() as c:
        org = c.projects.list().to_list()[0]["org_id"]
        made = c.msp_customers.create_signup_url(org_id=org)
        assert made["customerSignupUrl"].startswith("https://") and f"msp={org}" in (
            made["customerSignupUrl"])
        expires = dt.datetime.strptime(made["expiredAt"], "%Y-%m-%d %H:%M:%S")
        days = (expires - dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)).days
        assert 6 <= days <= 7
        with pytest.raises(tidbcloud.NotFoundError, match="MSP organization"):
            c.msp_customers.create_signup_url(org_id="42")
        with pytest.raises(ValueError, match="org_id"):
            c.msp_customers.create_signup_url(org_id="")


def test_only_an_organization_owner(mock):
    public, private = mock.create_api_key("org:member")
    with tidbcloud.TiDBCloud(public, private, base_url=mock.url) as c:
        with pytest.raises(tidbcloud.PermissionDeniedError, match="organization owner"):
            c.msp_customers.list().to_list()


async def test_async_face(mock):
    async with mock.async_client() as ac:
        customers = await ac.msp_customers.list().to_list()
        assert len(customers) == 3
        got = await ac.msp_customers.get(customers[0]["orgId"])
        assert got["email"] == customers[0]["email"]


def test_the_msp_url_follows_the_iam_endpoint(monkeypatch):
    # An IAM endpoint of one's own: the MSP calls go to its host's root.
    with MockServer(rate_limit=None) as m:
        root = m.url.removesuffix("/v1beta1")
        with tidbcloud.TiDBCloud(m.public_key, m.private_key, base_url="http://127.0.0.1:9",
                                 iam_url=root + "/v1beta1") as c:
            assert len(c.msp_customers.list().to_list()) == 3
