"""Read-only smoke checks of every server the client talks to, each answer held
against spec/tidbcloud-live.yml by operation id.

tests/live/test_readonly.py runs them against the real service (with --live and
keys); test_readonly_smoke.py runs the same checks against the mock, so that
they cannot rot unnoticed. Nothing here creates, changes or deletes anything.
A list that comes back empty raises NothingToCheck: its items' shape went
unchecked, and the run must say so instead of passing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import contract
import tidbcloud

# Two pages at most: enough to see a page token work, few calls against a
# rate limit of 100 a minute.
MAX_PAGES = 2
PAGE_SIZE = 10


class NothingToCheck(Exception):
    """A list came back empty, so the shape of its items was not checked."""


def held(op_id: str, body: Any, status: int = 200) -> Any:
    """`body` if it meets the spec's schema for `op_id` and `status`."""
    problems = contract.answer_problems(op_id, body, status)
    assert not problems, "the answer breaks the spec:\n" + "\n".join(problems)
    return body


def listed(op_id: str, pager: Any, key: str) -> list[dict[str, Any]]:
    """The items of up to MAX_PAGES pages, every page held against the spec."""
    items: list[dict[str, Any]] = []
    for n, page in enumerate(pager.pages()):
        held(op_id, page)
        items.extend(page.get(key) or [])
        if n + 1 >= MAX_PAGES:
            break
    return items


def not_empty(items: list[dict[str, Any]], what: str) -> list[dict[str, Any]]:
    if not items:
        raise NothingToCheck(f"no {what}: their shape went unchecked")
    return items


def utc_month() -> str:
    return f"{dt.datetime.now(dt.timezone.utc):%Y-%m}"


def refused(op_id: str, call: Callable[[], Any], error: type[tidbcloud.APIStatusError],
            status: int) -> tidbcloud.APIStatusError:
    """Run `call`, which must fail with `error`; its body must be the server's
    error shape as the spec gives it."""
    try:
        call()
    except error as e:
        assert e.status_code == status, (op_id, e.status_code)
        assert e.message and e.request_id, (op_id, e.message, e.request_id)
        held(op_id, e.body, status)
        return e
    raise AssertionError(f"{op_id}: expected {error.__name__}, got an answer")


# Dedicated -------------------------------------------------------------------

def dedicated_regions_and_node_specs(c: tidbcloud.TiDBCloud) -> None:
    regions = not_empty(listed("listRegions", c.regions.list(page_size=PAGE_SIZE), "regions"),
                        "regions")
    assert all(r["regionId"].startswith(r["cloudProvider"] + "-") for r in regions)
    region = held("getRegion", c.regions.get(regions[0]["regionId"]))
    assert region["regionId"] == regions[0]["regionId"]
    held("showCloudProviders", c.regions.show_cloud_providers())
    specs = not_empty(listed("listNodeSpecs", c.regions.list_node_specs(
        region["regionId"], component_type="TIKV", page_size=PAGE_SIZE), "nodeSpecs"),
        f"TiKV node specs in {region['regionId']}")
    assert {s["componentType"] for s in specs} == {"TIKV"}


def dedicated_clusters(c: tidbcloud.TiDBCloud) -> None:
    held("showNodeQuota", c.clusters.show_node_quota())
    clusters = not_empty(listed("listClusters", c.clusters.list(page_size=PAGE_SIZE),
                                "clusters"), "Dedicated clusters")
    one = held("getCluster", c.clusters.get(clusters[0]["clusterId"]))
    assert one["clusterId"] == clusters[0]["clusterId"]
    groups = listed("listTidbNodeGroups", c.tidb_node_groups.list(one["clusterId"]),
                    "tidbNodeGroups")
    assert all(g["clusterId"] == one["clusterId"] for g in groups)


def dedicated_not_found(c: tidbcloud.TiDBCloud) -> None:
    e = refused("getCluster", lambda: c.clusters.get("1"), tidbcloud.NotFoundError, 404)
    assert isinstance(e.code, int)  # Dedicated's error shape: a numeric code


# IAM -------------------------------------------------------------------------

def iam_projects(c: tidbcloud.TiDBCloud) -> None:
    projects = not_empty(listed("listProjects", c.projects.list(page_size=PAGE_SIZE),
                                "projects"), "projects")
    assert all(p["id"] for p in projects)


def iam_api_keys(c: tidbcloud.TiDBCloud) -> None:
    keys = not_empty(listed("listApiKeys", c.api_keys.list(page_size=PAGE_SIZE), "apiKeys"),
                     "API keys")
    # A key's secret is given once, at creation; never in a list.
    assert all("secretKey" not in k for k in keys)


def iam_sql_users(c: tidbcloud.TiDBCloud) -> None:
    clusters = not_empty(listed("listClusters", c.clusters.list(page_size=1), "clusters")[:1],
                         "Dedicated clusters to list SQL users of")
    users = listed("listSqlUsers", c.sql_users.list(clusters[0]["clusterId"]), "sqlUsers")
    not_empty(users, f"SQL users in cluster {clusters[0]['clusterId']}")


def iam_not_found(c: tidbcloud.TiDBCloud) -> None:
    e = refused("getApiKey", lambda: c.api_keys.get("NOSUCHKEY0000000"),
                tidbcloud.NotFoundError, 404)
    assert isinstance(e.code, str)  # IAM's error shape: a string code


# Billing ---------------------------------------------------------------------

def billing_this_month(c: tidbcloud.TiDBCloud) -> None:
    month = utc_month()
    bill = held("getMonthlyBill", c.billing.get_monthly_bill(month))
    assert bill["overview"]["billedMonth"] == month
    held("getMonthlyBillDetails", c.billing.get_monthly_bill_details(month))


def billing_refusal(c: tidbcloud.TiDBCloud) -> None:
    # Billing has nothing to miss by id; a month in the future is its error.
    future = f"{dt.datetime.now(dt.timezone.utc).year + 2}-01"
    e = refused("getMonthlyBill", lambda: c.billing.get_monthly_bill(future),
                tidbcloud.BadRequestError, 400)
    assert isinstance(e.code, str)  # billing's error shape is IAM's


# Starter and Essential -------------------------------------------------------

def serverless_regions_and_clusters(c: tidbcloud.TiDBCloud) -> None:
    regions = listed("listServerlessRegions", c.serverless.regions.list(), "regions")
    not_empty(regions, "Starter regions")
    clusters = listed("listServerlessClusters",
                      c.serverless.clusters.list(page_size=PAGE_SIZE), "clusters")
    not_empty(clusters, "Starter or Essential clusters")
    held("getServerlessCluster", c.serverless.clusters.get(clusters[0]["clusterId"]))


def serverless_not_found(c: tidbcloud.TiDBCloud) -> None:
    refused("getServerlessCluster", lambda: c.serverless.clusters.get("1"),
            tidbcloud.NotFoundError, 404)


# The older v1beta API --------------------------------------------------------

def v1beta_restores(c: tidbcloud.TiDBCloud) -> None:
    # The client reads no project list from v1beta: its read of a whole project
    # is the restore list, of the first project IAM names.
    projects = not_empty(listed("listProjects", c.projects.list(page_size=1), "projects"),
                         "projects")
    restores = listed("listRestores", c.restores.list(projects[0]["id"]), "items")
    not_empty(restores, f"restore tasks in project {projects[0]['id']}")


def v1beta_not_found(c: tidbcloud.TiDBCloud) -> None:
    projects = not_empty(listed("listProjects", c.projects.list(page_size=1), "projects"),
                         "projects")
    refused("getRestore", lambda: c.restores.get(projects[0]["id"], "1"),
            tidbcloud.NotFoundError, 404)


CHECKS: dict[str, Callable[[tidbcloud.TiDBCloud], None]] = {
    f.__name__: f for f in [
        dedicated_regions_and_node_specs, dedicated_clusters, dedicated_not_found,
        iam_projects, iam_api_keys, iam_sql_users, iam_not_found,
        billing_this_month, billing_refusal,
        serverless_regions_and_clusters, serverless_not_found,
        v1beta_restores, v1beta_not_found,
    ]
}
