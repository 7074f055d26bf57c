"""Imports through the blocking client, in the service's shapes."""

from __future__ import annotations

import time

import pytest
from servers.plain_http import PlainServer

import tidbcloud
from helpers import S3, cluster_args, import_args
from tidbcloud.testing import MockServer

ACCESS_KEY = {"type": "S3", "s3": {
    "uri": "s3://sales-data/2025/", "authType": "ACCESS_KEY",
    "accessKey": {"id": "AKIAEXAMPLE", "secret": "wJalr-S3cr3t-Key"}}}


@pytest.fixture
def cluster_id(client):
    return client.clusters.create(**cluster_args())["clusterId"]


def test_create_get_list(client, cluster_id):
    imp = client.imports.create(cluster_id, **import_args())
    assert imp["state"] == "COMPLETED"  # transition_seconds=0
    assert imp["completePercent"] == 100 and imp["message"] == ""
    assert imp["name"] == f"clusters/{cluster_id}/imports/{imp['importId']}"
    assert imp["clusterId"] == cluster_id and imp["creator"] and imp["completeTime"]
    assert imp["creationDetails"]["source"]["s3"] == S3
    assert "progress" not in imp and "sourceType" not in imp
    assert client.imports.get(cluster_id, imp["importId"]) == imp
    for _ in range(4):
        client.imports.create(cluster_id, **import_args("SQL"))
    assert len(list(client.imports.list(cluster_id, page_size=2))) == 5
    first = next(iter(client.imports.list(cluster_id, page_size=2).pages()))
    assert first["totalSize"] == 5 and len(first["imports"]) == 2


def test_order_by_create_time(client, cluster_id):
    ids = [client.imports.create(cluster_id, **import_args())["importId"] for _ in range(3)]
    assert [i["importId"] for i in client.imports.list(cluster_id)] == ids
    newest = [i["importId"] for i in client.imports.list(cluster_id, order_by="createTime desc",
                                                         page_size=2)]
    assert newest == ids[::-1]
    with pytest.raises(tidbcloud.BadRequestError, match="orderBy"):
        list(client.imports.list(cluster_id, order_by="state"))


def test_states_rise_from_preparing_through_importing_to_completed():
    with MockServer(transition_seconds=0.15, rate_limit=None) as m, m.client() as c:
        cid = c.clusters.create(**cluster_args())["clusterId"]
        time.sleep(0.2)
        imp = c.imports.create(cid, **import_args())
        assert imp["state"] == "PREPARING" and "completeTime" not in imp
        seen = []
        for _ in range(60):
            cur = c.imports.get(cid, imp["importId"])
            seen.append((cur["state"], cur["completePercent"]))
            if cur["state"] == "COMPLETED":
                break
            time.sleep(0.05)
    states = [s for s, _ in seen]
    assert "IMPORTING" in states and states[-1] == "COMPLETED"
    importing = [p for s, p in seen if s == "IMPORTING"]
    assert importing == sorted(importing) and len(set(importing)) >= 2
    assert seen[-1][1] == 100


def test_cancel_goes_through_canceling_to_canceled():
    with MockServer(transition_seconds=0.3, rate_limit=None) as m, m.client() as c:
        cid = c.clusters.create(**cluster_args())["clusterId"]
        time.sleep(0.35)
        imp = c.imports.create(cid, **import_args())
        assert c.imports.cancel(cid, imp["importId"]) == {}
        assert c.imports.get(cid, imp["importId"])["state"] == "CANCELING"
        with pytest.raises(tidbcloud.BadRequestError, match="CANCELING"):
            c.imports.cancel(cid, imp["importId"])
        time.sleep(0.35)
        done = c.imports.get(cid, imp["importId"])
        assert done["state"] == "CANCELED" and done["completeTime"]


def test_failed_import_says_why(client, cluster_id):
    source = {"type": "S3", "s3": {**S3, "uri": "s3://fail-bucket/"}}
    imp = client.imports.create(cluster_id, **import_args(source=source))
    assert imp["state"] == "FAILED"
    assert "access denied" in imp["message"]


@pytest.mark.parametrize("source", [
    ACCESS_KEY,
    {"type": "GCS", "gcs": {"uri": "gs://b/p/", "authType": "SERVICE_ACCOUNT_KEY",
                            "serviceAccountKey": "eyJ-gcs-S3cr3t"}},
    {"type": "AZURE_BLOB", "azureBlob": {
        "uri": "azure://acct.blob.core.windows.net/c/p/", "authType": "SAS_TOKEN",
        "sasToken": "sv=2024&sig=S3cr3t"}},
])
def test_every_source_is_accepted_and_its_credentials_never_echoed(client, cluster_id, source):
    imp = client.imports.create(cluster_id, **import_args("PARQUET", source=source))
    assert imp["state"] == "COMPLETED"
    back = imp["creationDetails"]["source"]
    assert back["type"] == source["type"]
    text = repr(imp) + repr(client.imports.get(cluster_id, imp["importId"]))
    for secret in ("wJalr-S3cr3t-Key", "eyJ-gcs-S3cr3t", "sv=2024&sig=S3cr3t"):
        assert secret not in text
    if source["type"] == "S3":
        assert back["s3"]["accessKey"] == {"id": "AKIAEXAMPLE"}


def test_validate_only_creates_nothing(client, cluster_id):
    imp = client.imports.create(cluster_id, **import_args(validateOnly=True))
    assert imp["importId"]
    assert list(client.imports.list(cluster_id)) == []


def test_csv_format_and_tables_pass_through(client, cluster_id):
    args = import_args(csvFormat={"separator": ";", "header": False},
                       duplicationHandling="REPLACE")
    args["creation_details"]["targetTableInfos"] = [
        {"targetTable": {"schema": "sales", "table": "orders"},
         "customFile": "s3://sales-data/2025/orders.*.csv"}]
    imp = client.imports.create(cluster_id, **args)
    d = imp["creationDetails"]
    assert d["importOptions"]["csvFormat"] == {"separator": ";", "header": False}
    assert d["targetTableInfos"][0]["targetTable"]["table"] == "orders"


def _s3(**over):
    return {"type": "S3", "s3": {**S3, **over}}


@pytest.mark.sends_invalid_requests
@pytest.mark.parametrize("args, message", [
    (import_args("XLSX"), "fileType"),
    (import_args(duplicationHandling="MERGE"), "duplicationHandling"),
    (import_args(source={"type": "FTP"}), "source.type"),
    (import_args(source={"type": "S3"}), "source.s3 is required"),
    (import_args(source={"type": "GCS", "s3": S3}), "source.gcs is required"),
    (import_args(source=_s3(uri="https://bucket/x")), "s3://"),
    (import_args(source=_s3(authType="PASSWORD")), "authType"),
    (import_args(source=_s3(roleArn=None)), "roleArn is required"),
    (import_args(source=_s3(roleArn="role/import")), "IAM role ARN"),
    (import_args(source=_s3(authType="ACCESS_KEY")), "accessKey is required"),
    (import_args(source=_s3(authType="ACCESS_KEY", accessKey={"id": "AK"})), "accessKey.secret"),
    ({"creation_details": {**import_args()["creation_details"], "checkItems": ["VIBE_CHECK"]}},
     "checkItems"),
    ({"creation_details": {**import_args()["creation_details"], "targetDatabase": "sales"}},
     "unknown field \"targetDatabase\" in creationDetails"),
    (import_args(sourceType="S3"), "unknown field \"sourceType\" in creationDetails.importOptions"),
])
def test_validation(client, cluster_id, args, message):
    with pytest.raises(tidbcloud.BadRequestError, match=message):
        client.imports.create(cluster_id, **args)
    assert list(client.imports.list(cluster_id)) == []


@pytest.mark.sends_invalid_requests
def test_import_needs_an_active_cluster(client, cluster_id):
    client.clusters.pause(cluster_id)
    with pytest.raises(tidbcloud.BadRequestError, match="ACTIVE"):
        client.imports.create(cluster_id, **import_args())
    with pytest.raises(tidbcloud.NotFoundError):
        client.imports.create("404", **import_args())
    with pytest.raises(tidbcloud.NotFoundError):
        client.imports.get(cluster_id, "999999")


@pytest.mark.sends_invalid_requests
def test_the_summary_shape_is_refused_as_the_service_would(client, cluster_id):
    with pytest.raises(tidbcloud.BadRequestError, match="unknown field \"sourceType\""):
        client.imports.create(cluster_id, **import_args(),
                              extra_body={"sourceType": "S3", "fileFormat": "CSV"})


def test_bad_arguments(client, mock):
    mock.reset_requests()
    with pytest.raises(ValueError):
        client.imports.get("1", "")
    with pytest.raises(TypeError, match="creation_details"):
        client.imports.create("1", creation_details="s3://x")
    with pytest.raises(ValueError, match="source"):
        client.imports.create("1", creation_details={"importOptions": {"fileType": "CSV"}})
    with pytest.raises(TypeError):
        client.imports.create("1", source_type="S3", file_format="CSV")  # the summary's shape
    with pytest.raises(ValueError):
        client.imports.list("", page_size=10)
    with pytest.raises(ValueError, match="order_by"):
        client.imports.list("1", order_by=" ")
    assert mock.request_count() == 0


def test_credentials_stay_out_of_errors_even_when_a_server_echoes_them():
    with PlainServer() as s, \
            tidbcloud.TiDBCloud("pk", "sk", base_url=s.url, max_retries=0) as c:
        s.status = 400
        with pytest.raises(tidbcloud.BadRequestError) as e:
            c.imports.create("1", **import_args(source=ACCESS_KEY))
    assert s.received[("POST", "/v1beta1/clusters/1/imports")] == 1
    text = str(e.value) + repr(e.value) + repr(e.value.body)
    assert "wJalr-S3cr3t-Key" not in text and "AKIAEXAMPLE" in text
