"""Waiters know the service's states: a wait straight after an action rides out
the old state, transitional states keep it going, an import ends on COMPLETED,
FAILED or CANCELED (one L) with its `message`, and progress reads
`completePercent`. A plain http.server peer plays the service's answers."""

from __future__ import annotations

import pytest
from servers.plain_http import PlainServer

import tidbcloud
from tidbcloud._progress import _progress_of


def states(*sequence, wrap_actions=False):
    """A `shape` that answers each GET with the next state (the last one sticks)."""
    queue = list(sequence)

    def shape(method, path, answer):
        if method == "GET":
            state = queue.pop(0) if len(queue) > 1 else queue[0]
            answer = {**answer, **(state if isinstance(state, dict) else {"state": state})}
        if wrap_actions and path.endswith((":pauseCluster", ":resumeCluster")):
            return {"cluster": {"clusterId": "1", "state": "PAUSING"}}
        return answer

    return shape


@pytest.fixture
def served():
    with PlainServer() as s, tidbcloud.TiDBCloud("pk", "sk", base_url=s.url) as c:
        yield s, c


def test_wait_for_paused_straight_after_pause_rides_out_active(served):
    s, c = served
    s.shape = states("ACTIVE", "ACTIVE", "PAUSING", "PAUSED", wrap_actions=True)
    paused = c.clusters.pause("1")
    assert paused == {"clusterId": "1", "state": "PAUSING"}  # the Cluster, unwrapped
    got = c.clusters.wait("1", state="PAUSED", timeout=10, poll_interval=0.02)
    assert got["state"] == "PAUSED"


def test_wait_for_active_straight_after_resume_rides_out_paused(served):
    s, c = served
    s.shape = states("PAUSED", "RESUMING", "ACTIVE", wrap_actions=True)
    c.clusters.resume("1")
    assert c.clusters.wait("1", timeout=10, poll_interval=0.02)["state"] == "ACTIVE"


def test_without_an_action_the_old_state_ends_the_wait_at_once(served):
    s, c = served
    s.shape = states("ACTIVE")
    with pytest.raises(tidbcloud.WaiterError, match="cannot become PAUSED") as e:
        c.clusters.wait("1", state="PAUSED", timeout=10, poll_interval=0.02)
    assert e.value.last_state == "ACTIVE"


@pytest.mark.parametrize("transitional", ["MODIFYING", "UPGRADING", "IMPORTING", "RESTORING",
                                          "MAINTENANCE", "RESUMING", "CREATING"])
def test_transitional_states_keep_waiting(served, transitional):
    s, c = served
    s.shape = states(transitional, transitional, "ACTIVE")
    assert c.clusters.wait("1", timeout=10, poll_interval=0.02)["state"] == "ACTIVE"


def test_every_live_state_is_a_target(served):
    _s, c = served
    with pytest.raises(ValueError, match="INACTIVE"):
        c.clusters.wait("1", state="NOT_A_STATE")


def test_import_ends_canceled_with_its_message(served):
    s, c = served
    s.shape = states({"state": "PREPARING", "completePercent": 0},
                     {"state": "IMPORTING", "completePercent": 40},
                     {"state": "CANCELING", "completePercent": 40},
                     {"state": "CANCELED", "message": "canceled by the user"})
    seen = []
    with pytest.raises(tidbcloud.WaiterError, match="canceled by the user") as e:
        c.imports.wait("1", "imp", timeout=10, poll_interval=0.02, progress=seen.append)
    assert e.value.last_state == "CANCELED"
    assert [x["state"] for x in seen] == ["PREPARING", "IMPORTING", "CANCELING", "CANCELED"]


def test_import_failure_and_completion(served):
    s, c = served
    s.shape = states({"state": "IMPORTING"}, {"state": "FAILED", "message": "bad CSV header"})
    with pytest.raises(tidbcloud.WaiterError, match=r"FAILED.*bad CSV header"):
        c.imports.wait("1", "imp", timeout=10, poll_interval=0.02)
    s.shape = states({"state": "PREPARING"}, {"state": "COMPLETED", "completePercent": 100})
    assert c.imports.wait("1", "imp", timeout=10, poll_interval=0.02)["state"] == "COMPLETED"


def test_progress_reads_complete_percent():
    assert _progress_of({"completePercent": 40}) == 40.0
    assert _progress_of({"progress": 25.5}) == 25.5  # older answers
    assert _progress_of({"completePercent": True}) is None
    assert _progress_of({}) is None


def test_an_export_ends_failed_with_its_reason(served):
    s, c = served
    s.shape = states({"state": "RUNNING"}, {"state": "FAILED", "reason": "bucket not writable"})
    with pytest.raises(tidbcloud.WaiterError, match=r"FAILED.*bucket not writable") as e:
        c.serverless.exports.wait("1", "exp", timeout=10, poll_interval=0.02)
    assert e.value.last_state == "FAILED"


def test_a_gone_resource_is_its_stand_in_when_deleted_is_the_target(served):
    s, c = served
    s.status = 404
    got = c.private_endpoints.wait("c", "g", "pe", state="DELETED", timeout=10,
                                   poll_interval=0.02)
    assert got == {"privateEndpointConnectionId": "pe", "endpointState": "DELETED"}
    with pytest.raises(tidbcloud.WaiterError, match="does not exist") as e:
        c.clusters.wait("1", timeout=10, poll_interval=0.02)
    assert e.value.last_state == "DELETED"


def test_a_missing_import_is_not_found_rather_than_gone(served):
    s, c = served
    s.status = 404
    with pytest.raises(tidbcloud.NotFoundError):
        c.imports.wait("1", "imp", timeout=10, poll_interval=0.02)


def test_a_bad_target_is_refused_before_any_request(served):
    s, c = served
    with pytest.raises(ValueError, match="SUCCEEDED"):
        c.serverless.exports.wait("1", "exp", state="DONE")
    with pytest.raises(ValueError, match="timeout"):
        c.backups.wait("p", "c", "b", timeout=-1)
    assert sum(s.received.values()) == 0


def test_the_display_reads_the_state_field_of_the_waiters_row(served, capsys):
    s, c = served
    s.shape = states({"endpointState": "PENDING", "state": "other"},
                     {"endpointState": "ACTIVE", "state": "other"})
    c.private_endpoints.wait("c", "g", "pe", timeout=10, poll_interval=0.02, progress=True)
    err = capsys.readouterr().err
    assert "private endpoint connection pe PENDING, waiting for ACTIVE" in err
    assert "other" not in err
