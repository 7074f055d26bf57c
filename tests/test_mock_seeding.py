"""Seeding resources straight into the mock's store, and resetting it: no API
call, no rate limit, the same rules as a create, and a clean store between
tests that share one server."""

from __future__ import annotations

import pytest

from tidbcloud import AuthenticationError, NotFoundError
from tidbcloud.testing import MockServer

PROJECT_LABEL = "tidb.cloud/project"


@pytest.fixture(scope="module")
def shared_server():
    """One server for the tests below, with the service's own rate limit."""
    with MockServer(transition_seconds=None, rate_limit=(5, 60.0)) as m:
        yield m


def test_a_seeded_paused_cluster_is_resumed_through_the_api(shared_server):
    m = shared_server
    m.reset()
    seeded = [m.seed_cluster(display_name=f"cluster-{i}") for i in range(9)]
    paused = m.seed_cluster(state="PAUSED", display_name="sleeper")
    assert m.request_count() == 0  # no API call, so no rate limit either
    assert [s["state"] for s in seeded] == ["ACTIVE"] * 9
    with m.client() as c:
        assert c.clusters.get(paused["clusterId"]) == paused  # what a get returns
        assert len(list(c.clusters.list(page_size=100))) == 10
        assert c.clusters.resume(paused["clusterId"])["state"] == "RESUMING"
        m.advance(0.5)
        assert c.clusters.get(paused["clusterId"])["state"] == "ACTIVE"
        # Seeding leaves no trail in the audit log; the resume does.
        events = [e["eventType"] for e in c.audit_logs.list()]
        assert events == ["ResumeCluster"]


def test_reset_between_tests_sharing_a_server_part_one(shared_server):
    m = shared_server
    m.reset()
    with m.client() as c:
        for _ in range(4):
            c.regions.get("aws-us-east-1")
        m.seed_cluster(display_name="left-behind")
        assert len(list(c.clusters.list())) == 1
    assert m.request_count(authenticated=True) == 5


def test_reset_between_tests_sharing_a_server_part_two(shared_server):
    m = shared_server
    m.reset()
    assert m.requests() == []
    with m.client(max_retries=0) as c:
        # A fresh store, and a fresh rate window: 5 more calls are allowed.
        assert list(c.clusters.list()) == []
        for _ in range(4):
            c.regions.get("aws-us-east-1")
    assert m.request_count(authenticated=True) == 5


def test_keys_made_before_a_reset_stop_working():
    with MockServer(rate_limit=None) as m:
        public, private = m.create_api_key("org:member")
        with m.client(public_key=public, private_key=private) as c:
            assert list(c.regions.list())
            m.reset()
            with pytest.raises(AuthenticationError):
                list(c.regions.list())
        with m.client() as owner:  # the owner key stays
            assert list(owner.regions.list())


def test_seeded_starter_and_essential_clusters_and_projects():
    with MockServer(transition_seconds=None, rate_limit=None) as m, m.client() as c:
        project = m.seed_project("payments")
        assert project["name"] == "payments"
        assert project["id"] in [p["id"] for p in c.projects.list()]
        starter = m.seed_serverless_cluster(display_name="starter-1", project_id=project["id"])
        assert starter["state"] == "ACTIVE"
        assert starter["labels"][PROJECT_LABEL] == project["id"]
        assert c.serverless.clusters.get(starter["clusterId"]) == starter
        essential = m.seed_serverless_cluster(
            state="CREATING", display_name="essential-1", region_id="aws-us-east-1",
            auto_scaling={"minRcu": 2000, "maxRcu": 4000})
        assert (essential["state"], essential["servicePlan"]) == ("CREATING", "Essential")
        m.advance(0.5)
        assert c.serverless.clusters.get(essential["clusterId"])["state"] == "ACTIVE"
        creating = m.seed_cluster(state="CREATING", labels={PROJECT_LABEL: project["id"]})
        assert creating["labels"][PROJECT_LABEL] == project["id"]
        assert c.clusters.get(creating["clusterId"])["state"] == "CREATING"
        m.settle()
        assert c.clusters.get(creating["clusterId"])["state"] == "ACTIVE"
        deleting = m.seed_cluster(state="DELETING")
        m.settle()
        with pytest.raises(NotFoundError):
            c.clusters.get(deleting["clusterId"])
        m.reset()
        assert list(c.serverless.clusters.list()) == []
        assert project["id"] not in [p["id"] for p in c.projects.list()]


def test_bad_seeds_are_clear_errors():
    with MockServer(rate_limit=None) as m:
        with pytest.raises(ValueError, match="SLEEPING"):
            m.seed_cluster(state="SLEEPING")
        with pytest.raises(ValueError, match="regionId"):
            m.seed_cluster(region_id="mars-north-1")
        with pytest.raises(ValueError, match="unknown field"):
            m.seed_cluster(colour="blue")
        with pytest.raises(ValueError, match="already exists"):
            m.seed_project("default project")
        with pytest.raises(TypeError):
            m.seed_cluster(state=3)  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            m.seed_cluster(labels={"a": object()})
        with m.client() as c:
            assert list(c.clusters.list()) == []
