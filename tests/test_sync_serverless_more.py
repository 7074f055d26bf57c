"""Starter and Essential, the later calls (`client.serverless`) against the
mock: private link connections with their domains and waiter."""

from __future__ import annotations

import pytest

import tidbcloud
from helpers import put_parts
from tidbcloud.testing import MockServer

AWS_SVC = "com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718"
ALI_SVC = "com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4n5k9x2q8w1e3r7y6u0"


def starter(client, name="links-dev", region_id="aws-us-east-1"):
    c = client.serverless.clusters.create(display_name=name, region_id=region_id)
    return client.serverless.clusters.wait(c["clusterId"], progress=False)["clusterId"]


def test_private_link_connection_lifecycle(client, mock):
    cid = starter(client)
    plc = client.serverless.private_link_connections
    zones = plc.get_availability_zones(cid)
    assert zones["accountId"] and zones["azIds"][0].startswith("use1-az")
    made = plc.create(cid, display_name="to-orders",
                      aws_endpoint_service={"name": AWS_SVC})
    pid = made["privateLinkConnectionId"]
    assert pid.startswith("plc-") and made["type"] == "AWS_ENDPOINT_SERVICE"
    assert made["clusterId"] == cid and made["awsEndpointService"]["region"] == "us-east-1"
    sent = [r for r in mock.requests() if r["method"] == "POST"][-1]
    assert sent["path"].endswith(f"/clusters/{cid}/privateLinkConnections")
    got = plc.wait(cid, pid, progress=False)
    assert got["state"] == "ACTIVE" and got["attachedDomains"] == []
    assert got["awsEndpointService"]["endpointId"].startswith("vpce-")
    assert set(got["awsEndpointService"]["availabilityZoneIds"]) <= set(zones["azIds"])
    assert [p["privateLinkConnectionId"] for p in plc.list(cid)] == [pid]
    assert "attachedDomains" not in next(iter(plc.list(cid)))
    assert [p["privateLinkConnectionId"] for p in plc.list(cid, state="ACTIVE")] == [pid]
    assert list(plc.list(cid, state="FAILED")) == []

    # Domains: a dry run names them and attaches nothing.
    dry = plc.attach_domains(cid, pid, type="TIDBCLOUD_MANAGED", validate_only=True)
    assert "attachDomainId" not in dry and dry["uniqueName"]
    assert dry["domains"][0]["name"].endswith(".aws.plc.tidbcloud.com")
    assert plc.get(cid, pid)["attachedDomains"] == []
    managed = plc.attach_domains(cid, pid, type="TIDBCLOUD_MANAGED", unique_name="orders")
    assert managed["domains"][0]["name"] == "*.orders.aws.plc.tidbcloud.com"
    confluent = plc.attach_domains(cid, pid, type="CONFLUENT", unique_name="lkc-abc123")
    assert "lkc-abc123.us-east-1.aws.confluent.cloud" in [d["name"] for d in confluent["domains"]]
    with pytest.raises(tidbcloud.ConflictError, match="already attached"):
        plc.attach_domains(cid, pid, type="TIDBCLOUD_MANAGED", unique_name="orders")
    attached = plc.get(cid, pid)["attachedDomains"]
    assert {a["attachDomainId"] for a in attached} == {managed["attachDomainId"],
                                                       confluent["attachDomainId"]}
    gone = plc.detach_domains(cid, pid, attach_domain_id=managed["attachDomainId"])
    assert gone["attachDomainId"] == managed["attachDomainId"]
    with pytest.raises(tidbcloud.NotFoundError):
        plc.detach_domains(cid, pid, attach_domain_id=managed["attachDomainId"])
    assert [a["uniqueName"] for a in plc.get(cid, pid)["attachedDomains"]] == ["lkc-abc123"]

    # The same endpoint service twice is a conflict.
    with pytest.raises(tidbcloud.ConflictError):
        plc.create(cid, display_name="again", aws_endpoint_service={"name": AWS_SVC})
    assert plc.delete(cid, pid)["state"] == "DELETING"
    assert plc.wait(cid, pid, state="DELETED", progress=False)["state"] == "DELETED"
    with pytest.raises(tidbcloud.NotFoundError):
        plc.get(cid, pid)
    events = [e["eventType"] for e in client.audit_logs.list()]
    assert {"CreatePrivateLinkConnection", "AttachPrivateLinkDomains",
            "DetachPrivateLinkDomains", "DeletePrivateLinkConnection"} <= set(events)


def test_the_waiter_rides_through_creating_and_pending_acceptance():
    with MockServer(transition_seconds=0.3, rate_limit=None) as m, m.client() as c:
        cid = c.serverless.clusters.create(display_name="paced-1",
                                           region_id="aws-us-east-1")["clusterId"]
        c.serverless.clusters.wait(cid, progress=False, poll_interval=0.05)
        plc = c.serverless.private_link_connections
        made = plc.create(cid, display_name="paced", aws_endpoint_service={"name": AWS_SVC})
        pid = made["privateLinkConnectionId"]
        assert made["state"] == "CREATING" and "endpointId" not in made["awsEndpointService"]
        with pytest.raises(tidbcloud.BadRequestError, match="CREATING"):
            plc.attach_domains(cid, pid, type="CONFLUENT", unique_name="lkc-1")
        seen: list[str] = []
        done = plc.wait(cid, pid, progress=lambda p: seen.append(p["state"]),
                        poll_interval=0.05)
        assert done["state"] == "ACTIVE"
        assert seen[0] == "CREATING" and "PENDING_ACCEPTANCE" in seen
        assert seen.index("PENDING_ACCEPTANCE") < seen.index("ACTIVE")
        assert plc.delete(cid, pid)["state"] == "DELETING"
        with pytest.raises(tidbcloud.BadRequestError, match="already DELETING"):
            plc.delete(cid, pid)
        with pytest.raises(tidbcloud.WaiterError, match="cannot become ACTIVE") as e:
            plc.wait(cid, pid, poll_interval=0.05, progress=False)
        assert e.value.last_state in ("DELETING", "DELETED")


def test_a_refused_connection_fails_the_wait_with_its_message(client):
    cid = starter(client)
    plc = client.serverless.private_link_connections
    bad = plc.create(cid, display_name="refused", aws_endpoint_service={
        "name": "com.amazonaws.vpce.us-east-1.vpce-svc-0fail0000000000000"})
    with pytest.raises(tidbcloud.WaiterError, match="does not accept") as e:
        plc.wait(cid, bad["privateLinkConnectionId"], progress=False)
    assert e.value.last_state == "FAILED"
    assert e.value.last_response["message"]
    assert [p["displayName"] for p in plc.list(cid, state="FAILED")] == ["refused"]


def test_each_endpoint_service_type_needs_its_own_cloud(client):
    aws = starter(client, "on-aws")
    ali = starter(client, "on-alicloud", region_id="alicloud-ap-southeast-1")
    plc = client.serverless.private_link_connections
    zones = plc.get_availability_zones(ali)["azIds"]
    assert zones == ["ap-southeast-1a", "ap-southeast-1b"]
    made = plc.create(ali, display_name="ali", alicloud_endpoint_service={"name": ALI_SVC})
    assert made["type"] == "ALICLOUD_ENDPOINT_SERVICE"
    got = plc.wait(ali, made["privateLinkConnectionId"], progress=False)
    assert got["alicloudEndpointService"]["endpointId"].startswith("ep-")
    with pytest.raises(tidbcloud.BadRequestError, match="needs a cluster on aws"):
        plc.create(ali, display_name="wrong", aws_endpoint_service={"name": AWS_SVC})
    with pytest.raises(tidbcloud.BadRequestError, match="needs a cluster on alicloud"):
        plc.create(aws, display_name="wrong", alicloud_endpoint_service={"name": ALI_SVC})
    with pytest.raises(tidbcloud.BadRequestError, match="not an endpoint service of us-west-2"):
        plc.create(aws, display_name="other-region",
                   aws_endpoint_service={"name": AWS_SVC, "region": "us-west-2"})
    cross = plc.create(aws, display_name="cross", aws_endpoint_service={
        "name": "com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0", "region": "us-west-2"})
    assert cross["awsEndpointService"]["region"] == "us-west-2"
    # Deleting the cluster takes its connections with it.
    client.serverless.clusters.delete(ali)
    with pytest.raises(tidbcloud.NotFoundError):
        plc.get(ali, made["privateLinkConnectionId"])
    assert len(list(plc.list(aws))) == 1


def test_bad_arguments_raise_before_any_request(client, mock):
    plc = client.serverless.private_link_connections
    mock.reset_requests()
    svc = {"name": AWS_SVC}
    with pytest.raises(ValueError, match="one of them"):
        plc.create("1", display_name="x")
    with pytest.raises(ValueError, match="one of them"):
        plc.create("1", display_name="x", aws_endpoint_service=svc,
                   alicloud_endpoint_service={"name": ALI_SVC})
    with pytest.raises(ValueError, match="no other endpoint service"):
        plc.create("1", display_name="x", type="ALICLOUD_ENDPOINT_SERVICE",
                   aws_endpoint_service=svc)
    with pytest.raises(ValueError, match="type must be one of"):
        plc.create("1", display_name="x", type="GCP", aws_endpoint_service=svc)
    with pytest.raises(ValueError, match="needs \"name\""):
        plc.create("1", display_name="x", aws_endpoint_service={"region": "us-east-1"})
    with pytest.raises(TypeError):
        plc.create("1", display_name="x", aws_endpoint_service="svc")
    with pytest.raises(ValueError, match="display_name"):
        plc.create("1", display_name=" ", aws_endpoint_service=svc)
    with pytest.raises(ValueError, match="state must be one of"):
        plc.list("1", state="READY")
    with pytest.raises(ValueError, match="page_size"):
        plc.list("1", page_size=0)
    with pytest.raises(ValueError, match="unique_name is required"):
        plc.attach_domains("1", "plc-1", type="CONFLUENT", validate_only=True)
    with pytest.raises(ValueError, match="unique_name is required"):
        plc.attach_domains("1", "plc-1", type="TIDBCLOUD_MANAGED")
    with pytest.raises(ValueError, match="type must be one of"):
        plc.attach_domains("1", "plc-1", type="MANAGED", unique_name="a")
    with pytest.raises(ValueError, match="attach_domain_id"):
        plc.detach_domains("1", "plc-1", attach_domain_id="")
    with pytest.raises(ValueError, match="private_link_connection_id"):
        plc.get("1", "")
    with pytest.raises(ValueError, match="state must be one of"):
        plc.wait("1", "plc-1", state="READY")
    assert mock.request_count() == 0


def test_mock_refusals_are_typed(client, mock):
    cid = starter(client)
    plc = client.serverless.private_link_connections
    with pytest.raises(tidbcloud.NotFoundError):
        plc.get(cid, "plc-missing")
    with pytest.raises(tidbcloud.NotFoundError):
        plc.get_availability_zones("404404")
    with pytest.raises(tidbcloud.BadRequestError, match="vpce-svc"):
        plc.create(cid, display_name="odd", aws_endpoint_service={"name": "vpce-svc-1"})
    made = plc.create(cid, display_name="fine", aws_endpoint_service={"name": AWS_SVC})
    pid = made["privateLinkConnectionId"]
    with pytest.raises(tidbcloud.BadRequestError, match="uniqueName"):
        plc.attach_domains(cid, pid, type="CONFLUENT", unique_name="Not A Label")
    pub, priv = mock.create_api_key("org:member")
    with mock.client(public_key=pub, private_key=priv) as member:
        assert [p["privateLinkConnectionId"]
                for p in member.serverless.private_link_connections.list(cid)] == [pid]
        with pytest.raises(tidbcloud.PermissionDeniedError):
            member.serverless.private_link_connections.delete(cid, pid)
    other, other_priv = mock.create_api_key("project:owner", project_id=1372813089189561288)
    with mock.client(public_key=other, private_key=other_priv) as outsider:
        with pytest.raises(tidbcloud.NotFoundError):
            outsider.serverless.private_link_connections.get(cid, pid)


@pytest.mark.sends_invalid_requests
def test_mock_checks_the_body_as_the_service_does(client):
    cid = starter(client)
    plc = client.serverless.private_link_connections
    with pytest.raises(tidbcloud.BadRequestError, match="clusterId"):
        plc.create(cid, display_name="x", aws_endpoint_service={"name": AWS_SVC},
                   extra_body={"privateLinkConnection": {
                       "clusterId": "999", "displayName": "x", "type": "AWS_ENDPOINT_SERVICE",
                       "awsEndpointService": {"name": AWS_SVC}}})
    with pytest.raises(tidbcloud.BadRequestError, match="awsEndpointService is required"):
        plc.create(cid, display_name="x", aws_endpoint_service={"name": AWS_SVC},
                   extra_body={"privateLinkConnection": {
                       "clusterId": cid, "displayName": "x", "type": "AWS_ENDPOINT_SERVICE"}})
    with pytest.raises(tidbcloud.BadRequestError, match="attachDomainId"):
        plc.detach_domains(cid, "plc-1", attach_domain_id="a", extra_body={"attachDomainId": ""})


def test_cloud_providers_and_clusters_in_batches(client, mock):
    assert client.serverless.regions.list_cloud_providers() == {
        "cloudProviders": ["aws", "alicloud"]}
    cl = client.serverless.clusters
    made = cl.batch_create(clusters=[
        {"displayName": "batch-one", "region": {"name": "regions/aws-us-east-1"},
         "rootPassword": "Batch-Passw0rd", "spendingLimit": {"monthly": 500}},
        {"displayName": "batch-two", "region": {"name": "regions/aws-us-west-2"},
         "autoScaling": {"minRcu": 2000, "maxRcu": 4000}},
    ])["clusters"]
    assert [c["displayName"] for c in made] == ["batch-one", "batch-two"]
    assert [c["servicePlan"] for c in made] == ["Starter", "Essential"]
    assert all("rootPassword" not in c for c in made)
    assert mock.request_count("POST", "/v1beta1/serverless/clusters:batchCreate",
                              authenticated=True) == 1
    ids = [c["clusterId"] for c in made]
    got = cl.batch_get(cluster_ids=ids[::-1])["clusters"]
    assert [c["clusterId"] for c in got] == ids[::-1]
    assert got[1]["annotations"]["tidb.cloud/has-set-password"] == "true"
    basic = cl.batch_get(cluster_ids=",".join(ids), view="BASIC")["clusters"]
    assert len(basic) == 2 and all("endpoints" not in c for c in basic)
    with pytest.raises(tidbcloud.NotFoundError, match="404404"):
        cl.batch_get(cluster_ids=[ids[0], "404404"])
    # All or none: one bad cluster and nothing is created.
    with pytest.raises(tidbcloud.BadRequestError, match=r"requests\[1\]") as e:
        cl.batch_create(clusters=[
            {"displayName": "batch-three", "region": {"name": "regions/aws-us-east-1"},
             "rootPassword": "Other-Passw0rd"},
            {"displayName": "batch-four", "region": {"name": "regions/aws-mars-1"}},
        ])
    assert "Other-Passw0rd" not in str(e.value)
    assert sorted(c["displayName"] for c in cl.list()) == ["batch-one", "batch-two"]


def test_batch_arguments_are_checked_before_any_request(client, mock):
    cl = client.serverless.clusters
    mock.reset_requests()
    with pytest.raises(ValueError, match="1 to 1000"):
        cl.batch_create(clusters=[])
    with pytest.raises(TypeError):
        cl.batch_create(clusters={"displayName": "one"})
    with pytest.raises(ValueError, match="displayName"):
        cl.batch_create(clusters=[{"region": {"name": "regions/aws-us-east-1"}}])
    with pytest.raises(ValueError, match="region"):
        cl.batch_create(clusters=[{"displayName": "no-region"}])
    with pytest.raises(ValueError, match="8 to 64") as e:
        cl.batch_create(clusters=[{"displayName": "short-pw", "rootPassword": "tiny1",
                                   "region": {"name": "regions/aws-us-east-1"}}])
    assert "tiny1" not in str(e.value)
    with pytest.raises(ValueError, match="at least one"):
        cl.batch_get(cluster_ids=[])
    with pytest.raises(ValueError, match="view"):
        cl.batch_get(cluster_ids=["1"], view="ALL")
    with pytest.raises(ValueError, match="8 to 64") as e:
        client.serverless.branches.update_sql_user("1", "bran-1", "x.root", password="short")
    assert "short" not in str(e.value)
    with pytest.raises(ValueError, match="user_name"):
        client.serverless.branches.update_sql_user("1", "bran-1", "", password="Long-enough-1")
    assert mock.request_count() == 0


def test_a_branch_sql_user_gets_a_new_password(client, mock):
    cid = starter(client)
    br = client.serverless.branches.create(cid, display_name="dev")
    br = client.serverless.branches.wait(cid, br["branchId"], progress=False)
    root = f"{br['userPrefix']}.root"
    out = client.serverless.branches.update_sql_user(cid, br["branchId"], root,
                                                     password="Branch-Passw0rd")
    assert out == {"username": root}
    with pytest.raises(tidbcloud.NotFoundError, match="users are named"):
        client.serverless.branches.update_sql_user(cid, br["branchId"], "root",
                                                   password="Branch-Passw0rd")
    with pytest.raises(tidbcloud.NotFoundError):
        client.serverless.branches.update_sql_user(cid, "bran-missing", root,
                                                   password="Branch-Passw0rd")
    pub, priv = mock.create_api_key("org:member")
    with mock.client(public_key=pub, private_key=priv) as member:
        with pytest.raises(tidbcloud.PermissionDeniedError):
            member.serverless.branches.update_sql_user(cid, br["branchId"], root,
                                                       password="Branch-Passw0rd")
    assert "UpdateBranchSqlUser" in [e["eventType"] for e in client.audit_logs.list()]


def test_a_paced_branch_refuses_user_changes_until_active():
    with MockServer(transition_seconds=0.3, rate_limit=None) as m, m.client() as c:
        cid = c.serverless.clusters.create(display_name="paced-2",
                                           region_id="aws-us-east-1")["clusterId"]
        c.serverless.clusters.wait(cid, progress=False, poll_interval=0.05)
        br = c.serverless.branches.create(cid, display_name="dev")
        with pytest.raises(tidbcloud.BadRequestError, match="CREATING"):
            c.serverless.branches.update_sql_user(cid, br["branchId"],
                                                  f"{br['userPrefix']}.root",
                                                  password="Branch-Passw0rd")


def test_export_files_listed_and_downloaded(client, mock):
    cid = starter(client)
    ex = client.serverless.exports
    e = ex.create(cid, display_name="snap", export_options={"fileType": "CSV",
                                                            "compression": "GZIP"})
    eid = e["exportId"]
    ex.wait(cid, eid, progress=False)
    files = list(ex.list_files(cid, eid))
    assert [f["name"] for f in files] == ["app.orders.000000000.csv.gz",
                                          "app.orders.000000001.csv.gz",
                                          "app.users.000000000.csv.gz"]
    assert all(f["size"] > 0 and "url" not in f for f in files)
    pages = list(ex.list_files(cid, eid, page_size=2).pages())
    assert [len(p["files"]) for p in pages] == [2, 1]
    with_urls = list(ex.list_files(cid, eid, generate_url=True))
    assert all("X-Amz-Expires=" in f["url"] for f in with_urls)
    one = ex.download_files(cid, eid, file_names=[files[2]["name"]])["files"]
    assert [(f["name"], f["size"]) for f in one] == [(files[2]["name"], files[2]["size"])]
    assert one[0]["url"].startswith(mock.url.removesuffix("/v1beta1") + "/_objects/exports/")
    every = ex.download_urls(cid, eid)["downloads"]
    assert sorted(d["name"] for d in every) == sorted(f["name"] for f in files)
    assert sum(d["size"] for d in every) == sum(f["size"] for f in files)
    with pytest.raises(tidbcloud.NotFoundError, match="no file"):
        ex.download_files(cid, eid, file_names=["app.missing.000000000.csv.gz"])
    # The mock writes LOCAL files itself, and has no Parquet writer.
    with pytest.raises(tidbcloud.BadRequestError, match="PARQUET"):
        ex.create(cid, export_options={"fileType": "PARQUET"})
    plain = ex.create(cid, export_options={"fileType": "SQL", "compression": "NONE"})["exportId"]
    ex.wait(cid, plain, progress=False)
    assert next(iter(ex.list_files(cid, plain)))["name"].endswith(".sql")


def test_export_files_only_of_a_finished_local_export():
    with MockServer(transition_seconds=0.3, rate_limit=None) as m, m.client() as c:
        cid = c.serverless.clusters.create(display_name="paced-3",
                                           region_id="aws-us-east-1")["clusterId"]
        c.serverless.clusters.wait(cid, progress=False, poll_interval=0.05)
        ex = c.serverless.exports
        running = ex.create(cid)["exportId"]
        with pytest.raises(tidbcloud.BadRequestError, match="RUNNING"):
            list(ex.list_files(cid, running))
        with pytest.raises(tidbcloud.BadRequestError, match="RUNNING"):
            ex.download_urls(cid, running)
        s3 = ex.create(cid, target={"type": "S3", "s3": {
            "uri": "s3://bucket/out/", "authType": "ROLE_ARN",
            "roleArn": "arn:aws:iam::123456789012:role/export"}})["exportId"]
        ex.wait(cid, s3, progress=False, poll_interval=0.05)
        with pytest.raises(tidbcloud.BadRequestError, match="went to S3"):
            ex.download_files(cid, s3, file_names=["a.csv"])
        with pytest.raises(tidbcloud.NotFoundError):
            ex.download_urls(cid, "exp-missing")


def test_export_file_arguments_are_checked_before_any_request(client, mock):
    ex = client.serverless.exports
    mock.reset_requests()
    with pytest.raises(ValueError, match="at least one"):
        ex.download_files("1", "exp-1", file_names=[])
    with pytest.raises(ValueError, match="file_names"):
        ex.download_files("1", "exp-1", file_names=[""])
    with pytest.raises(TypeError):
        ex.download_files("1", "exp-1", file_names="a.csv")
    with pytest.raises(ValueError, match="export_id"):
        ex.list_files("1", "")
    with pytest.raises(ValueError, match="page_size"):
        ex.list_files("1", "exp-1", page_size=101)
    assert mock.request_count() == 0


def test_a_local_file_uploaded_in_parts_is_imported(client, mock):
    cid = starter(client)
    im = client.serverless.imports
    up = im.start_upload(cid, file_name="orders.csv", part_number=3,
                         target_database="app", target_table="orders")
    uid = up["uploadId"]
    assert len(up["uploadUrl"]) == 3
    assert all(f"/_objects/uploads/{uid}/{n}?" in u for n, u in enumerate(up["uploadUrl"], 1))
    local = {"uploadId": uid, "targetDatabase": "app", "targetTable": "orders"}
    with pytest.raises(tidbcloud.BadRequestError, match="UPLOADING"):
        im.create(cid, import_options={"fileType": "CSV"},
                  source={"type": "LOCAL", "local": local})
    parts = put_parts(up["uploadUrl"])
    with pytest.raises(tidbcloud.BadRequestError, match="does not match"):
        im.complete_upload(cid, upload_id=uid, parts=[{**parts[0], "etag": '"0"'}, *parts[1:]])
    with pytest.raises(tidbcloud.BadRequestError, match="part 3 of 3 is missing"):
        im.complete_upload(cid, upload_id=uid, parts=parts[:2])
    with pytest.raises(tidbcloud.BadRequestError, match="given twice"):
        im.complete_upload(cid, upload_id=uid, parts=[*parts, parts[0]])
    with pytest.raises(tidbcloud.BadRequestError, match="1 to 3"):
        im.complete_upload(cid, upload_id=uid, parts=[*parts, {"partNumber": 4, "etag": "x"}])
    assert im.complete_upload(cid, upload_id=uid, parts=parts[::-1]) == {}
    with pytest.raises(tidbcloud.BadRequestError, match="COMPLETED"):
        im.cancel_upload(cid, upload_id=uid)
    with pytest.raises(tidbcloud.BadRequestError, match=r"started for app\.orders"):
        im.create(cid, import_options={"fileType": "CSV"}, source={
            "type": "LOCAL", "local": {**local, "targetTable": "users"}})
    imp = im.create(cid, import_options={"fileType": "CSV"},
                    source={"type": "LOCAL", "local": local})
    assert imp["creationDetails"]["source"]["local"]["fileName"] == "orders.csv"
    assert im.wait(cid, imp["importId"], progress=False)["state"] == "COMPLETED"
    with pytest.raises(tidbcloud.BadRequestError, match="imported already"):
        im.create(cid, import_options={"fileType": "CSV"},
                  source={"type": "LOCAL", "local": local})


def test_an_upload_can_be_cancelled_once(client):
    cid = starter(client)
    im = client.serverless.imports
    uid = im.start_upload(cid, file_name="users.sql", part_number=1,
                          target_database="app", target_table="users")["uploadId"]
    assert im.cancel_upload(cid, upload_id=uid) == {}
    with pytest.raises(tidbcloud.BadRequestError, match="CANCELED"):
        im.cancel_upload(cid, upload_id=uid)
    with pytest.raises(tidbcloud.BadRequestError, match="CANCELED"):
        im.complete_upload(cid, upload_id=uid, parts=[{"partNumber": 1, "etag": "e"}])
    with pytest.raises(tidbcloud.NotFoundError):
        im.cancel_upload(cid, upload_id="upload-missing")
    with pytest.raises(tidbcloud.NotFoundError):
        im.create(cid, import_options={"fileType": "SQL"}, source={
            "type": "LOCAL", "local": {"uploadId": "upload-missing", "targetDatabase": "a",
                                       "targetTable": "b"}})
    with pytest.raises(tidbcloud.NotFoundError):
        im.start_upload("404404", file_name="a.csv", part_number=1, target_database="a",
                        target_table="b")
    # Deleting the cluster takes its uploads with it.
    client.serverless.clusters.delete(cid)
    with pytest.raises(tidbcloud.NotFoundError):
        im.cancel_upload(cid, upload_id=uid)


def test_upload_arguments_are_checked_before_any_request(client, mock):
    im = client.serverless.imports
    mock.reset_requests()
    with pytest.raises(ValueError, match="part_number"):
        im.start_upload("1", file_name="a.csv", part_number=0, target_database="a",
                        target_table="b")
    with pytest.raises(ValueError, match="part_number"):
        im.start_upload("1", file_name="a.csv", part_number=10_001, target_database="a",
                        target_table="b")
    with pytest.raises(ValueError, match="target_table"):
        im.start_upload("1", file_name="a.csv", part_number=1, target_database="a",
                        target_table="")
    with pytest.raises(ValueError, match="at least one part"):
        im.complete_upload("1", upload_id="u", parts=[])
    with pytest.raises(ValueError, match=r"parts\[0\]"):
        im.complete_upload("1", upload_id="u", parts=[{"partNumber": 1}])
    with pytest.raises(TypeError):
        im.complete_upload("1", upload_id="u", parts={"partNumber": 1, "etag": "e"})
    with pytest.raises(ValueError, match="upload_id"):
        im.cancel_upload("1", upload_id=" ")
    assert mock.request_count() == 0
