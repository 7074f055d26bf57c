"""Whole files to and from the mock's object storage, on both faces:
`serverless.imports.upload_file` (parallel parts, straight from disk, the
import reading the file) and `serverless.exports.download` (streamed to a
temporary name, sizes checked, nothing overwritten unless asked), with what
they leave behind when they fail or are stopped."""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import json
import os
import urllib.error
import urllib.request
from typing import Any

import pytest

import tidbcloud
from tidbcloud.testing import MockServer

PART = 5 << 20


def csv_file(path: Any, rows: int) -> bytes:
    lines = ["id,name,amount\n"] + [f'{i},"customer {i}",{i % 997}.25\n' for i in range(rows)]
    data = "".join(lines).encode()
    path.write_bytes(data)
    return data


@pytest.fixture
def env(tmp_path):
    with MockServer(transition_seconds=0.05, rate_limit=None, record_bodies=True) as m:
        with m.client() as c:
            sid = c.serverless.clusters.create(display_name="transfers",
                                               region_id="aws-us-east-1")["clusterId"]
            c.serverless.clusters.wait(sid, progress=False, poll_interval=0.05)
            yield m, c, sid


def etags_sent(m: MockServer) -> list[dict[str, Any]]:
    (body,) = [r["request_body"] for r in m.requests()
               if r["method"] == "POST" and r["path"].endswith("/imports:completeUpload")]
    return json.loads(body)


def test_a_file_of_several_parts_arrives_byte_for_byte(env, tmp_path):
    m, c, sid = env
    data = csv_file(tmp_path / "orders.csv", 400_000)  # about 12.5 MB: 3 parts
    seen: list[dict[str, Any]] = []
    imp = c.serverless.imports.upload_file(sid, tmp_path / "orders.csv", target_database="app",
                                           target_table="orders", part_size=PART,
                                           concurrency=3, progress=seen.append)
    assert imp["creationDetails"]["source"]["local"]["fileName"] == "orders.csv"
    # The ETags the storage answered are the MD5s of the parts as they are on disk.
    parts = [data[i:i + PART] for i in range(0, len(data), PART)]
    assert len(parts) == 3
    assert etags_sent(m) == [{"partNumber": n + 1, "etag": f'"{hashlib.md5(p).hexdigest()}"'}
                             for n, p in enumerate(parts)]
    assert m.request_count("PUT") == 3
    done = c.serverless.imports.wait(sid, imp["importId"], progress=False, poll_interval=0.05)
    assert done["totalSize"] == str(len(data))
    assert done["message"] == "imported 400000 rows"
    assert seen[0]["bytes"] == 0 and seen[-1] == {
        "state": "UPLOADED", "bytes": len(data), "totalBytes": len(data),
        "completePercent": 100, "file": "orders.csv", "uploadId": seen[0]["uploadId"]}
    assert [s["bytes"] for s in seen] == sorted(s["bytes"] for s in seen)


def test_a_lost_part_is_sent_again(env, tmp_path):
    m, c, sid = env
    csv_file(tmp_path / "a.csv", 1000)
    m.inject_fault("/_objects/uploads/*", method="PUT", status=503)
    imp = c.serverless.imports.upload_file(sid, str(tmp_path / "a.csv"), target_database="app",
                                           target_table="a", progress=False)
    assert m.request_count("PUT") == 2 and m.faults_injected == 1
    assert c.serverless.imports.wait(sid, imp["importId"], progress=False,
                                     poll_interval=0.05)["message"] == "imported 1000 rows"


def test_a_csv_that_cannot_be_parsed_fails_its_import(env, tmp_path):
    _, c, sid = env
    (tmp_path / "bad.csv").write_text("id,name\n1,a\n2,b,extra\n")
    imp = c.serverless.imports.upload_file(sid, tmp_path / "bad.csv", target_database="app",
                                           target_table="bad", progress=False)
    with pytest.raises(tidbcloud.WaiterError, match=r"bad\.csv: line 3: 3 fields"):
        c.serverless.imports.wait(sid, imp["importId"], progress=False, poll_interval=0.05)


def test_an_upload_stopped_midway_is_cancelled(env, tmp_path):
    m, c, sid = env
    csv_file(tmp_path / "big.csv", 200_000)

    def stop(report: dict[str, Any]) -> None:
        raise KeyboardInterrupt  # as Ctrl-C would, from inside the job

    with pytest.raises(KeyboardInterrupt):
        c.serverless.imports.upload_file(sid, tmp_path / "big.csv", target_database="app",
                                         target_table="big", progress=stop)
    imports = f"/v1beta1/serverless/clusters/{sid}/imports"
    assert m.request_count("POST", imports + ":cancelUpload") == 1
    assert m.request_count("POST", imports + ":completeUpload") == 0
    upload_id = next(r["query"] for r in m.requests() if r["path"].endswith(":cancelUpload"))
    with pytest.raises(tidbcloud.BadRequestError, match="CANCELED"):
        c.serverless.imports.complete_upload(sid, upload_id=upload_id.split("=")[1],
                                             parts=[{"partNumber": 1, "etag": "x"}])


async def test_a_cancelled_task_cancels_its_upload(env, tmp_path):
    m, _, sid = env
    csv_file(tmp_path / "slow.csv", 1000)
    m.inject_fault("/_objects/uploads/*", method="PUT", delay=5.0)
    started = asyncio.Event()
    loop = asyncio.get_running_loop()
    async with m.async_client() as ac:
        # Progress is reported from the client's I/O thread, not the loop's.
        task = asyncio.ensure_future(ac.serverless.imports.upload_file(
            sid, tmp_path / "slow.csv", target_database="app", target_table="slow",
            progress=lambda r: loop.call_soon_threadsafe(started.set)))
        await asyncio.wait_for(started.wait(), 10)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        path = f"/v1beta1/serverless/clusters/{sid}/imports:cancelUpload"
        for _ in range(100):
            if m.request_count("POST", path):
                break
            await asyncio.sleep(0.05)
        assert m.request_count("POST", path) == 1
        assert m.request_count("POST", path.replace("cancel", "complete")) == 0


@pytest.mark.parametrize("bad, error", [
    ({"part_size": 1024}, ValueError),
    ({"concurrency": 0}, ValueError),
    ({"file_type": None}, TypeError),
    ({"csv_format": ["x"]}, TypeError),
])
def test_bad_arguments_send_nothing(env, tmp_path, bad, error):
    m, c, sid = env
    csv_file(tmp_path / "x.csv", 10)
    before = m.request_count()
    args = {"target_database": "app", "target_table": "x", **bad}
    with pytest.raises(error):
        c.serverless.imports.upload_file(sid, tmp_path / "x.csv", **args)
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(ValueError, match="empty"):
        c.serverless.imports.upload_file(sid, tmp_path / "empty.csv", target_database="a",
                                         target_table="b")
    with pytest.raises(ValueError, match="cannot read"):
        c.serverless.imports.upload_file(sid, tmp_path / "missing.csv", target_database="a",
                                         target_table="b")
    assert m.request_count() == before


def finished_export(c: Any, sid: str, **options: Any) -> str:
    exp = c.serverless.exports.create(sid, **options)["exportId"]
    c.serverless.exports.wait(sid, exp, progress=False, poll_interval=0.05)
    return exp


def test_a_download_matches_what_the_mock_served(env, tmp_path):
    _, c, sid = env
    exp = finished_export(c, sid)
    listed = {f["name"]: f["size"] for f in c.serverless.exports.list_files(sid, exp)}
    seen: list[dict[str, Any]] = []
    paths = c.serverless.exports.download(sid, exp, tmp_path / "out", progress=seen.append)
    assert sorted(os.path.basename(p) for p in paths) == sorted(listed)
    for p in paths:
        assert os.path.getsize(p) == listed[os.path.basename(p)]
        rows = gzip.decompress(open(p, "rb").read()).decode().splitlines()
        assert rows[0] == "id,name,amount" and len(rows) > 1
    assert sorted(os.listdir(tmp_path / "out")) == sorted(listed)  # nothing else left
    assert seen[-1]["state"] == "DOWNLOADED" and seen[-1]["bytes"] == sum(listed.values())
    plain = finished_export(c, sid, export_options={"fileType": "SQL", "compression": "NONE"})
    (sql, *_) = c.serverless.exports.download(sid, plain, tmp_path / "sql", progress=False)
    assert open(sql).readline().startswith("-- rows of app.orders")


def test_an_existing_file_survives_unless_overwrite(env, tmp_path):
    m, c, sid = env
    exp = finished_export(c, sid)
    first = next(iter(c.serverless.exports.list_files(sid, exp)))["name"]
    out = tmp_path / "out"
    out.mkdir()
    (out / first).write_bytes(b"mine")
    with pytest.raises(ValueError, match="overwrite=True"):
        c.serverless.exports.download(sid, exp, out, progress=False)
    assert (out / first).read_bytes() == b"mine" and os.listdir(out) == [first]
    assert m.request_count("GET", f"/_objects/exports/{sid}/{exp}/{first}") == 0
    c.serverless.exports.download(sid, exp, out, overwrite=True, progress=False)
    assert (out / first).read_bytes() != b"mine"


def test_a_failed_download_leaves_no_partial_file(env, tmp_path):
    m, c, sid = env
    exp = finished_export(c, sid)
    m.inject_fault("/_objects/exports/*", method="GET", status=403, times=10)
    with pytest.raises(tidbcloud.PermissionDeniedError, match="HTTP 403"):
        c.serverless.exports.download(sid, exp, tmp_path / "out", concurrency=1, progress=False)
    assert os.listdir(tmp_path / "out") == []


async def test_async_face_downloads_too(env, tmp_path):
    m, c, sid = env
    exp = finished_export(c, sid)
    async with m.async_client() as ac:
        paths = await ac.serverless.exports.download(sid, exp, tmp_path / "a", progress=False)
    assert len(paths) == 3 and all(os.path.getsize(p) > 0 for p in paths)


def test_presigned_urls_are_signed_and_need_no_other_credentials(env):
    _, c, sid = env
    exp = finished_export(c, sid)
    (f, *_) = c.serverless.exports.download_urls(sid, exp)["downloads"]
    with urllib.request.urlopen(f["url"]) as r:  # no digest auth
        assert len(r.read()) == f["size"]
    tampered = f["url"].replace("X-Amz-Signature=", "X-Amz-Signature=0")
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(tampered)
    assert e.value.code == 403 and b"SignatureDoesNotMatch" in e.value.read()
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(f["url"].split("?")[0])
    assert e.value.code == 403


def test_audit_log_files_of_both_tiers_come_down_whole(tmp_path):
    with MockServer(transition_seconds=None, rate_limit=None) as m, m.client() as c:
        cid = c.clusters.create(display_name="audited-1", region_id="aws-us-east-1",
                                tidb_node_setting={"nodeSpecKey": "8C16G",
                                                   "tidbNodeGroups": [{"nodeCount": 1}]},
                                tikv_node_setting={"nodeSpecKey": "8C32G", "nodeCount": 3,
                                                   "storageSizeGi": 500})["clusterId"]
        sid = c.serverless.clusters.create(display_name="audited-2",
                                           region_id="aws-us-east-1")["clusterId"]
        m.settle()
        c.database_audit_logs.update_config(
            cid, enabled=True, bucket_uri="s3://audit/logs/",
            aws_role_arn="arn:aws:iam::123456789012:role/audit")
        c.serverless.database_audit_logs.update_config(sid, enabled=True,
                                                       cloud_storage={"type": "TIDB_CLOUD"})
        m.advance(2.0)  # four files each
        listed = {f["filename"]: f["sizeByte"] for f in c.database_audit_logs.query_files(cid)}
        paths = c.database_audit_logs.download(cid, tmp_path / "dedicated", progress=False)
        assert {os.path.basename(p): os.path.getsize(p) for p in paths} == listed
        assert all(b"EVENT_CLASS" in open(p, "rb").read() for p in paths)
        some = c.database_audit_logs.download(
            cid, tmp_path / "later", start_time="2999-01-01T00:00:00Z", progress=False)
        assert some == []
        kept = {f["name"]: f["sizeBytes"] for f in c.serverless.database_audit_logs.list_files(sid)}
        seen: list[dict[str, Any]] = []
        paths = c.serverless.database_audit_logs.download(sid, tmp_path / "starter",
                                                          progress=seen.append)
        assert {os.path.basename(p): os.path.getsize(p) for p in paths} == kept
        assert seen[-1]["state"] == "DOWNLOADED" and seen[-1]["files"] == 4
        with pytest.raises(ValueError, match="overwrite=True"):
            c.serverless.database_audit_logs.download(sid, tmp_path / "starter", progress=False)


def test_ctrl_c_in_a_script_cancels_its_upload(env, tmp_path):
    """A blocking upload_file stopped by SIGINT, as Ctrl-C stops a script:
    KeyboardInterrupt comes out, and the upload is cancelled on the service
    before the script goes on."""
    import signal
    import subprocess
    import sys
    import time

    m, _, sid = env
    csv_file(tmp_path / "slow.csv", 1000)
    m.inject_fault("/_objects/uploads/*", method="PUT", delay=30.0)
    script = f"""
import sys, tidbcloud
c = tidbcloud.TiDBCloud({m.public_key!r}, {m.private_key!r}, base_url={m.url!r})
try:
    c.serverless.imports.upload_file({sid!r}, {str(tmp_path / "slow.csv")!r},
        target_database="app", target_table="slow",
        progress=lambda r: print("started", flush=True))
except KeyboardInterrupt:
    print("interrupted", flush=True)
"""
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "started"
    time.sleep(0.3)  # the part is on its way, held by the storage
    proc.send_signal(signal.SIGINT)
    out, _ = proc.communicate(timeout=30)
    assert "interrupted" in out
    imports = f"/v1beta1/serverless/clusters/{sid}/imports"
    assert m.request_count("POST", imports + ":cancelUpload") == 1
    assert m.request_count("POST", imports + ":completeUpload") == 0
