"""Changefeeds of Dedicated clusters through the blocking client, against the
mock: the lifecycle, the transitions the service refuses, sink checks,
credentials kept out of answers, rights, and a cluster taking its
changefeeds with it."""

from __future__ import annotations

import copy
from typing import Any

import pytest

import tidbcloud
from helpers import cluster_args
from tidbcloud.testing import MockServer

TABLES = {"filterRules": ["*.*"], "mode": "IGNORE_NOT_SUPPORT_TABLE", "caseSensitive": True}
KAFKA = {
    "broker": {"version": "KAFKA_VERSION_3XX", "brokerEndpoints": "kafka-1.example.com:9092",
               "useTls": True, "compression": "LZ4"},
    "authentication": {"authType": "SASL_PLAIN", "username": "cdc", "password": "Kafka-Pa55"},
    "dataFormat": {"protocol": "PROTOCOL_CANAL_JSON"},
    "topicPartitionConfig": {"dispatchType": "DISPATCH_TYPE_ONE_TOPIC", "defaultTopic": "orders",
                             "replicationFactor": 3, "partitionNum": 6},
}
MYSQL = {"connection": {"endpoint": "10.0.0.5:3306", "username": "repl",
                        "password": "Mysql-Pa55"}}
S3 = {"endpoint": {"s3Uri": "s3://bucket/cdc/", "authType": "S3_AUTH_TYPE_AK_SK",
                   "accessKey": "AKIAEXAMPLE", "secretKey": "S3-Secret-Key"},
      "dataFormat": {"protocol": "PROTOCOL_CSV"}}


def kafka_args(cluster_id: str, **over: Any) -> dict[str, Any]:
    args: dict[str, Any] = {
        "cluster_id": cluster_id, "name": "orders-to-kafka", "replication_capacity": "4rcu",
        "downstream_type": "KAFKA", "table_config": dict(TABLES),
        "start_position": {"mode": "FROM_NOW"}, "kafka": copy.deepcopy(KAFKA),
    }
    args.update(over)
    return args


@pytest.fixture
def paced():
    with MockServer(transition_seconds=0.3, rate_limit=None) as m, m.client() as c:
        cid = c.clusters.create(**cluster_args())["clusterId"]
        c.clusters.wait(cid, poll_interval=0.05)
        yield m, c, cid


@pytest.fixture
def cid(client):
    return client.clusters.create(**cluster_args())["clusterId"]


def test_the_rcu_options_are_a_list():
    with MockServer(transition_seconds=0, rate_limit=None) as m, m.client() as c:
        rcus = c.changefeeds.list_rcus()
    assert [r["name"] for r in rcus][:2] == ["2rcu", "4rcu"]
    assert all(r["rcuNum"] > 0 and r["rpsLimit"] > 0 for r in rcus)


def test_lifecycle_create_pause_resume_scale_edit_delete(paced):
    _, c, cid = paced
    cf = c.changefeeds.create(**kafka_args(cid))
    fid = cf["id"]
    assert cf["state"] == "CREATING" and cf["replicationCapacity"] == "4rcu"
    assert cf["kafka"]["authentication"] == {"authType": "SASL_PLAIN", "username": "cdc"}
    seen: list[dict] = []
    running = c.changefeeds.wait(fid, poll_interval=0.05, progress=seen.append)
    assert running["state"] == "RUNNING" and seen[0]["state"] == "CREATING"
    assert int(running["checkpointTso"]) > 0 and running["checkpointTs"]
    assert c.changefeeds.pause(fid) == {}
    assert c.changefeeds.get(fid)["state"] == "PAUSING"
    assert c.changefeeds.wait(fid, state="PAUSED", poll_interval=0.05)["state"] == "PAUSED"
    edited = c.changefeeds.edit_downstream_config(
        fid, downstream_type="KAFKA", table_config={"filterRules": ["shop.*"]})
    assert edited["state"] == "EDITING" and edited["tableConfig"] == {"filterRules": ["shop.*"]}
    assert c.changefeeds.wait(fid, state="PAUSED", poll_interval=0.05)["state"] == "PAUSED"
    assert c.changefeeds.resume(fid) == {}
    assert c.changefeeds.wait(fid, poll_interval=0.05)["state"] == "RUNNING"
    scaled = c.changefeeds.scale(fid, replication_capacity="8rcu")
    assert (scaled["state"], scaled["replicationCapacity"]) == ("SCALING", "8rcu")
    assert c.changefeeds.wait(fid, poll_interval=0.05)["replicationCapacity"] == "8rcu"
    assert [x["id"] for x in c.changefeeds.list(cluster_id=cid)] == [fid]
    assert c.changefeeds.get(fid, invalidate_cache=True)["id"] == fid
    assert c.changefeeds.delete(fid) == {}
    gone = c.changefeeds.wait(fid, state="DELETED", poll_interval=0.05)
    assert gone == {"id": fid, "state": "DELETED"}
    with pytest.raises(tidbcloud.NotFoundError):
        c.changefeeds.get(fid)


def test_refused_transitions_are_400(paced):
    _, c, cid = paced
    fid = c.changefeeds.create(**kafka_args(cid))["id"]
    with pytest.raises(tidbcloud.BadRequestError, match="CREATING"):
        c.changefeeds.scale(fid, replication_capacity="8rcu")
    c.changefeeds.wait(fid, poll_interval=0.05)
    with pytest.raises(tidbcloud.BadRequestError, match="PAUSED"):
        c.changefeeds.resume(fid)
    with pytest.raises(tidbcloud.BadRequestError, match="PAUSED"):
        c.changefeeds.edit_downstream_config(fid, downstream_type="KAFKA",
                                             table_config={"filterRules": ["a.*"]})
    same = c.changefeeds.scale(fid, replication_capacity="4rcu")  # already there: no change
    assert (same["state"], same["replicationCapacity"]) == ("RUNNING", "4rcu")
    with pytest.raises(tidbcloud.BadRequestError, match="not one of"):
        c.changefeeds.scale(fid, replication_capacity="3rcu")
    c.changefeeds.pause(fid)
    c.changefeeds.wait(fid, state="PAUSED", poll_interval=0.05)
    with pytest.raises(tidbcloud.BadRequestError, match="is PAUSED"):
        c.changefeeds.pause(fid)
    with pytest.raises(tidbcloud.BadRequestError, match="cannot change"):
        c.changefeeds.edit_downstream_config(fid, downstream_type="MYSQL", mysql=MYSQL)
    c.changefeeds.delete(fid)
    with pytest.raises(tidbcloud.BadRequestError, match="DELETING"):
        c.changefeeds.delete(fid)


def test_an_unreachable_sink_fails_the_wait_with_its_error(client, cid):
    mysql = {"connection": {"endpoint": "db.unreachable.example.com:3306", "username": "r",
                            "password": "Mysql-Pa55"}}
    fid = client.changefeeds.create(**kafka_args(cid, downstream_type="MYSQL", kafka=None,
                                                 mysql=mysql))["id"]
    with pytest.raises(tidbcloud.WaiterError, match=r"FAILED.*cannot connect") as e:
        client.changefeeds.wait(fid, poll_interval=0.05)
    assert e.value.last_state == "FAILED"
    assert "db.unreachable" in e.value.last_response["error"]
    assert "Mysql-Pa55" not in str(e.value.last_response)


def test_credentials_are_never_echoed(client, cid):
    made = client.changefeeds.create(**kafka_args(cid, name="to-s3", downstream_type="S3",
                                                  kafka=None, s3=S3))
    listed = list(client.changefeeds.list(cluster_id=cid, downstream_type="S3"))
    for v in (made, client.changefeeds.get(made["id"]), *listed):
        assert "S3-Secret-Key" not in repr(v) and v["s3"]["endpoint"]["accessKey"] == "AKIAEXAMPLE"
    assert list(client.changefeeds.list(cluster_id=cid, downstream_type="KAFKA")) == []


def test_dry_run_creates_nothing(client, cid):
    would = client.changefeeds.create(**kafka_args(cid), dry_run=True)
    assert "id" not in would and would["name"] == "orders-to-kafka"
    assert list(client.changefeeds.list(cluster_id=cid)) == []


@pytest.mark.sends_invalid_requests
def test_sink_checks(client, mock, cid):
    bad_kafka = copy.deepcopy(KAFKA)
    bad_kafka["authentication"] = {"authType": "SASL_SCRAM_SHA_256", "username": "u"}
    with pytest.raises(tidbcloud.BadRequestError, match="password"):
        client.changefeeds.create(**kafka_args(cid, kafka=bad_kafka))
    bad_kafka = copy.deepcopy(KAFKA)
    bad_kafka["broker"]["brokerEndpoints"] = "no-port"
    with pytest.raises(tidbcloud.BadRequestError, match="host:port"):
        client.changefeeds.create(**kafka_args(cid, kafka=bad_kafka))
    bad_kafka = copy.deepcopy(KAFKA)
    bad_kafka["topicPartitionConfig"]["partitionNum"] = 0
    with pytest.raises(tidbcloud.BadRequestError, match="partitionNum"):
        client.changefeeds.create(**kafka_args(cid, kafka=bad_kafka))
    s3 = copy.deepcopy(S3)
    s3["endpoint"]["s3Uri"] = "https://bucket/"
    with pytest.raises(tidbcloud.BadRequestError, match="s3://"):
        client.changefeeds.create(**kafka_args(cid, downstream_type="S3", kafka=None, s3=s3))
    with pytest.raises(tidbcloud.BadRequestError, match="startTso"):
        client.changefeeds.create(**kafka_args(cid, start_position={"mode": "FROM_TSO"}))
    with pytest.raises(tidbcloud.BadRequestError, match="replicationCapacity"):
        client.changefeeds.create(**kafka_args(cid, replication_capacity="5rcu"))
    with pytest.raises(tidbcloud.BadRequestError, match="mysql does not go with"):
        client.changefeeds.create(**kafka_args(cid, mysql=MYSQL))
    client.changefeeds.create(**kafka_args(cid))
    with pytest.raises(tidbcloud.ConflictError):
        client.changefeeds.create(**kafka_args(cid))
    assert mock.request_count("POST", "/v1beta1/changefeeds", authenticated=True) == 9


def test_bad_arguments_send_nothing(client, mock, cid):
    with pytest.raises(ValueError, match="downstream_type"):
        client.changefeeds.create(**kafka_args(cid, downstream_type="KAFKA2"))
    with pytest.raises(ValueError, match="needs kafka="):
        client.changefeeds.create(**kafka_args(cid, kafka=None))
    with pytest.raises(ValueError, match="start_position"):
        client.changefeeds.create(**kafka_args(cid, start_position={}))
    with pytest.raises(TypeError):
        client.changefeeds.create(**kafka_args(cid, table_config="*.*"))
    with pytest.raises(ValueError, match="changefeed_id"):
        client.changefeeds.get("")
    with pytest.raises(ValueError, match="state must be one of"):
        client.changefeeds.wait("1", state="ACTIVE")
    with pytest.raises(ValueError, match="downstream_type"):
        client.changefeeds.list(cluster_id=cid, downstream_type="kafka")
    assert mock.request_count("POST", "/v1beta1/changefeeds") == 0


def test_rights_and_projects(mock, client, cid):
    fid = client.changefeeds.create(**kafka_args(cid))["id"]
    with tidbcloud.TiDBCloud(*mock.create_api_key("org:member"), base_url=mock.url) as member:
        assert member.changefeeds.get(fid)["id"] == fid
        with pytest.raises(tidbcloud.PermissionDeniedError):
            member.changefeeds.pause(fid)
    other = mock.create_api_key("project:owner", project_id=1372813089189561288)
    with tidbcloud.TiDBCloud(*other, base_url=mock.url) as outsider:
        with pytest.raises(tidbcloud.NotFoundError):
            outsider.changefeeds.get(fid)
        with pytest.raises(tidbcloud.NotFoundError):
            list(outsider.changefeeds.list(cluster_id=cid))
    events = [e["eventType"] for e in client.audit_logs.list()]
    assert "CreateChangefeed" in events


def test_deleting_the_cluster_takes_its_changefeeds(client, cid):
    fid = client.changefeeds.create(**kafka_args(cid))["id"]
    client.clusters.delete(cid)
    client.clusters.wait(cid, state="DELETED", poll_interval=0.05)
    with pytest.raises(tidbcloud.NotFoundError):
        client.changefeeds.get(fid)
