"""Changefeeds of Starter and Essential clusters through the blocking client,
against the mock: the lifecycle, refused transitions, a sink check that
fails, credentials kept out of answers, which tables a filter takes, and a
cluster taking its changefeeds with it."""

from __future__ import annotations

import copy
import time
from typing import Any

import pytest

import tidbcloud
from tidbcloud.testing import MockServer

KAFKA_SINK = {"type": "KAFKA", "kafka": {
    "network": {"networkType": "PUBLIC", "publicEndpoints": "b-1.kafka.example.com:9092"},
    "broker": {"kafkaVersion": "VERSION_3XX", "compression": "ZSTD"},
    "authentication": {"authType": "SASL_SCRAM_SHA_512", "username": "cdc",
                       "password": "Kafka-Pa55", "enableTls": True},
    "dataFormat": {"protocol": "CANAL_JSON"},
    "topicPartitionConfig": {"dispatchType": "BY_TABLE", "replicationFactor": 3,
                             "partitionNum": 3},
}}
MYSQL_SINK = {"type": "MYSQL", "mysql": {
    "network": {"networkType": "PUBLIC", "publicEndpoint": "mysql.example.com:3306"},
    "authentication": {"userName": "repl", "password": "Mysql-Pa55"},
}}
FILTER = {"filterRule": ["test.*"], "mode": "IGNORE_NOT_SUPPORT_TABLE"}


def unreachable(sink: dict[str, Any]) -> dict[str, Any]:
    s = copy.deepcopy(sink)
    s["mysql"]["network"]["publicEndpoint"] = "db.unreachable.example.com:3306"
    return s


def starter(client: Any) -> str:
    c = client.serverless.clusters.create(display_name="feeds", region_id="aws-us-east-1")
    return client.serverless.clusters.wait(c["clusterId"], poll_interval=0.05)["clusterId"]


@pytest.fixture
def paced():
    with MockServer(transition_seconds=0.3, rate_limit=None) as m, m.client() as c:
        yield c, starter(c)


def test_lifecycle_create_stop_edit_start_delete(paced):
    c, sid = paced
    feeds = c.serverless.changefeeds
    made = feeds.create(sid, sink=KAFKA_SINK, filter=FILTER, display_name="to-kafka")
    fid = made["changefeedId"]
    assert made["state"] == "CREATING" and made["startPosition"] == {"mode": "FROM_NOW"}
    assert made["sink"]["kafka"]["authentication"] == {
        "authType": "SASL_SCRAM_SHA_512", "username": "cdc", "enableTls": True}
    seen: list[dict] = []
    running = feeds.wait(sid, fid, poll_interval=0.05, progress=seen.append)
    assert running["state"] == "RUNNING" and seen[0]["state"] == "CREATING"
    assert int(running["checkpoint"]["tso"]) > 0
    assert feeds.stop(sid, fid)["state"] == "PAUSED"
    edited = feeds.update(sid, fid, sink=KAFKA_SINK, filter={"filterRule": ["shop.*"]},
                          display_name="shop-to-kafka")
    assert edited["displayName"] == "shop-to-kafka" and edited["filter"]["filterRule"] == [
        "shop.*"]
    assert feeds.start(sid, fid)["state"] == "RUNNING"
    assert [f["changefeedId"] for f in feeds.list(sid)] == [fid]
    assert list(feeds.list(sid, changefeed_type="MYSQL")) == []
    assert feeds.get(sid, fid)["displayName"] == "shop-to-kafka"
    assert feeds.delete(sid, fid)["state"] == "DELETED"
    assert feeds.wait(sid, fid, state="DELETED")["state"] == "DELETED"
    with pytest.raises(tidbcloud.NotFoundError):
        feeds.get(sid, fid)


def test_refused_transitions(paced):
    c, sid = paced
    feeds = c.serverless.changefeeds
    fid = feeds.create(sid, sink=MYSQL_SINK, filter=FILTER)["changefeedId"]
    with pytest.raises(tidbcloud.BadRequestError, match="CREATING"):
        feeds.stop(sid, fid)
    feeds.wait(sid, fid, poll_interval=0.05)
    with pytest.raises(tidbcloud.BadRequestError, match="PAUSED"):
        feeds.start(sid, fid)
    with pytest.raises(tidbcloud.BadRequestError, match="while PAUSED"):
        feeds.update(sid, fid, sink=MYSQL_SINK, filter=FILTER)
    feeds.stop(sid, fid)
    with pytest.raises(tidbcloud.BadRequestError, match="is PAUSED"):
        feeds.stop(sid, fid)
    with pytest.raises(tidbcloud.BadRequestError, match="cannot change"):
        feeds.update(sid, fid, sink=KAFKA_SINK, filter=FILTER)
    # A sink that cannot be reached, set while paused, fails the next start.
    feeds.update(sid, fid, sink=unreachable(MYSQL_SINK), filter=FILTER)
    failed = feeds.start(sid, fid)
    assert failed["state"] == "RUNNING_FAILED" and "cannot connect" in failed["error"]


def test_a_failed_sink_check_and_a_failed_create(client):
    sid = starter(client)
    feeds = client.serverless.changefeeds
    assert feeds.test(sid, sink=MYSQL_SINK) == {}
    with pytest.raises(tidbcloud.BadRequestError, match="cannot connect") as e:
        feeds.test(sid, sink=unreachable(MYSQL_SINK))
    assert "Mysql-Pa55" not in str(e.value)
    assert list(feeds.list(sid)) == []  # a check creates nothing
    fid = feeds.create(sid, sink=unreachable(MYSQL_SINK), filter=FILTER)["changefeedId"]
    with pytest.raises(tidbcloud.WaiterError, match="CREATE_FAILED") as w:
        feeds.wait(sid, fid, poll_interval=0.05)
    assert w.value.last_state == "CREATE_FAILED"
    assert "db.unreachable" in w.value.last_response["error"]


@pytest.mark.sends_invalid_requests
def test_sink_checks(client):
    sid = starter(client)
    feeds = client.serverless.changefeeds
    bad = copy.deepcopy(KAFKA_SINK)
    del bad["kafka"]["authentication"]["password"]
    with pytest.raises(tidbcloud.BadRequestError, match="password"):
        feeds.test(sid, sink=bad)
    bad = copy.deepcopy(MYSQL_SINK)
    bad["mysql"]["network"] = {"networkType": "PRIVATE_LINK"}
    with pytest.raises(tidbcloud.BadRequestError, match="privateLink"):
        feeds.create(sid, sink=bad, filter=FILTER)
    with pytest.raises(tidbcloud.BadRequestError, match=r"startPosition\.tso"):
        feeds.create(sid, sink=MYSQL_SINK, filter=FILTER, start_position={"mode": "FROM_TSO"})
    with pytest.raises(tidbcloud.BadRequestError, match="does not go with"):
        feeds.create(sid, sink={**MYSQL_SINK, "kafka": KAFKA_SINK["kafka"]}, filter=FILTER)


def test_credentials_are_never_echoed(client):
    sid = starter(client)
    feeds = client.serverless.changefeeds
    made = feeds.create(sid, sink=MYSQL_SINK, filter=FILTER)
    for v in (made, feeds.get(sid, made["changefeedId"]), *feeds.list(sid)):
        assert "Mysql-Pa55" not in repr(v) and v["sink"]["mysql"]["authentication"] == {
            "userName": "repl"}


def test_describe_schema_table(client):
    sid = starter(client)
    feeds = client.serverless.changefeeds
    every = feeds.describe_schema_table(sid)
    assert every["clusterId"] == sid and "test.events" in every["nonHandleKeyTables"]
    shop = feeds.describe_schema_table(sid, filter_rules=["shop.*", "!shop.audit_trail"])
    assert (shop["handleKeyTables"], shop["nonHandleKeyTables"]) == (["shop.items"], [])


def test_bad_arguments_send_nothing(client, mock):
    feeds = client.serverless.changefeeds
    with pytest.raises(ValueError, match="KAFKA"):
        feeds.create("c1", sink={"kafka": {}}, filter=FILTER)
    with pytest.raises(TypeError):
        feeds.create("c1", sink=MYSQL_SINK, filter=["test.*"])
    with pytest.raises(ValueError, match="changefeed_type"):
        feeds.list("c1", changefeed_type="kafka")
    with pytest.raises(ValueError, match="filter_rules"):
        feeds.describe_schema_table("c1", filter_rules=[" "])
    with pytest.raises(ValueError, match="changefeed_id"):
        feeds.wait("c1", "")
    assert mock.request_count("POST", "/v1beta1/serverless/clusters/c1/changefeeds") == 0


def test_rights_and_the_cluster_taking_its_changefeeds(mock, client):
    sid = starter(client)
    fid = client.serverless.changefeeds.create(sid, sink=MYSQL_SINK, filter=FILTER)[
        "changefeedId"]
    with tidbcloud.TiDBCloud(*mock.create_api_key("org:member"), base_url=mock.url) as member:
        assert member.serverless.changefeeds.get(sid, fid)["changefeedId"] == fid
        with pytest.raises(tidbcloud.PermissionDeniedError):
            member.serverless.changefeeds.delete(sid, fid)
    other = mock.create_api_key("project:owner", project_id=1372813089189561288)
    with tidbcloud.TiDBCloud(*other, base_url=mock.url) as outsider:
        with pytest.raises(tidbcloud.NotFoundError):
            outsider.serverless.changefeeds.get(sid, fid)
    assert "CreateServerlessChangefeed" in [e["eventType"] for e in client.audit_logs.list()]
    client.serverless.clusters.delete(sid)
    with pytest.raises(tidbcloud.NotFoundError):
        client.serverless.changefeeds.get(sid, fid)


def test_private_link_endpoints():
    with MockServer(transition_seconds=0.2, rate_limit=None) as m, m.client() as c:
        sid = starter(c)
        feeds = c.serverless.changefeeds
        service = "com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d"
        kafka = {"kafkaType": "SELF_HOSTED",
                 "advertisedListenersPattern": {"use1-az1": "b-{broker}.kafka.internal:9093"}}
        made = feeds.create_private_link_endpoint(
            sid, private_link_service_name=service, changefeed_type="KAFKA", kafka=kafka)
        assert made["state"] == "PENDING" and made["kafka"] == kafka
        with pytest.raises(tidbcloud.ConflictError):
            feeds.create_private_link_endpoint(
                sid, private_link_service_name=service, changefeed_type="KAFKA", kafka=kafka)
        with pytest.raises(tidbcloud.BadRequestError, match="kafka is required"):
            feeds.create_private_link_endpoint(
                sid, private_link_service_name="svc-2", changefeed_type="KAFKA")
        time.sleep(0.25)
        got = feeds.get_private_link_endpoint(sid, private_link_service_name=service)
        assert got["state"] == "AVAILABLE" and got["endpointId"] == made["endpointId"]
        refused = feeds.create_private_link_endpoint(
            sid, private_link_service_name="svc-reject-me", changefeed_type="MYSQL")
        time.sleep(0.25)
        refused = feeds.get_private_link_endpoint(sid, private_link_service_name="svc-reject-me")
        assert refused["state"] == "REJECTED" and refused["message"]
        gone = feeds.delete_private_link_endpoint(sid, private_link_service_name=service)
        assert gone["state"] == "DELETING"
        with pytest.raises(tidbcloud.NotFoundError):
            feeds.get_private_link_endpoint(sid, private_link_service_name=service)
        with pytest.raises(ValueError, match="private_link_service_name"):
            feeds.get_private_link_endpoint(sid, private_link_service_name="")
        with pytest.raises(ValueError, match="changefeed_type"):
            feeds.create_private_link_endpoint(sid, private_link_service_name="s",
                                               changefeed_type="S3")
