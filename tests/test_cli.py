"""The `tidbcloud` command, installed with the wheel, against the mock: every
operation is there, JSON on stdout, tables for people, errors on stderr with
the exit status the docs give."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig

import pytest

from helpers import DEFAULT_PROJECT, utc_month
from tidbcloud import _core
from tidbcloud.testing import MockServer

CLUSTER = {"displayName": "from-file", "regionId": "aws-us-east-1",
           "tidbNodeSetting": {"nodeSpecKey": "8C16G", "tidbNodeGroups": [{"nodeCount": 1}]},
           "tikvNodeSetting": {"nodeSpecKey": "8C32G", "nodeCount": 3, "storageSizeGi": 500}}


@pytest.fixture
def cli():
    exe = shutil.which("tidbcloud", path=sysconfig.get_path("scripts"))
    assert exe, "the tidbcloud command is installed with the wheel"
    with MockServer(transition_seconds=0, rate_limit=None) as m:
        env = {**os.environ, "TIDBCLOUD_BASE_URL": m.url, "TIDBCLOUD_PUBLIC_KEY": m.public_key,
               "TIDBCLOUD_PRIVATE_KEY": m.private_key}

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run([exe, *args], env=env, capture_output=True, text=True,
                                  timeout=60)

        yield run


def test_every_operation_is_a_command(cli):
    for cls, method, _, _ in _core._operations():
        resource = "".join("-" + c.lower() if c.isupper() else c for c in cls).lstrip("-")
        r = cli(resource, method.replace("_", "-"), "--help")
        assert r.returncode == 0, (cls, method, r.stderr)


def test_create_from_file_list_wait_and_get(cli, tmp_path):
    spec = tmp_path / "cluster.json"
    spec.write_text(json.dumps(CLUSTER))
    made = cli("clusters", "create", "--from-file", str(spec))
    assert made.returncode == 0, made.stderr
    cid = json.loads(made.stdout)["clusterId"]
    listed = json.loads(cli("clusters", "list", "--states", "ACTIVE").stdout)
    assert [c["clusterId"] for c in listed] == [cid]  # every page, one array
    waited = cli("clusters", "wait", cid, "--state", "ACTIVE")
    assert json.loads(waited.stdout)["state"] == "ACTIVE"
    table = cli("clusters", "list", "--output", "table").stdout
    assert table.splitlines()[0].split()[:2] == ["name", "clusterId"]
    assert cid in table and "from-file" in table
    specs = json.loads(cli("regions", "list-node-specs", "aws-us-east-1", "--component-type",
                           "TIKV", "--page-size", "2").stdout)
    assert specs and all(s["componentType"] == "TIKV" for s in specs)
    month = utc_month()
    bill = json.loads(cli("billing", "bill", month).stdout)
    assert bill["overview"]["billedMonth"] == month
    groups = json.loads(cli("tidb-node-groups", "list", cid).stdout)
    assert groups[0]["isDefaultGroup"] is True
    projects = json.loads(cli("projects", "list").stdout)
    assert DEFAULT_PROJECT in [p["id"] for p in projects]


def test_errors_and_exit_status(cli):
    missing = cli("clusters", "get", "404")
    assert missing.returncode == 1 and missing.stdout == ""
    assert "cluster 404 not found" in missing.stderr and "request id" in missing.stderr
    usage = cli("clusters", "create", "--display-name", "x")
    assert usage.returncode == 2 and "--region-id" in usage.stderr
    bad = cli("clusters", "list", "--page-size", "0")
    assert bad.returncode == 2 and "page_size" in bad.stderr
    unknown = cli("clusters", "explode")
    assert unknown.returncode == 2


def test_version_and_module_form(cli):
    r = cli("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"tidbcloud {_core.__version__}"
    m = subprocess.run([sys.executable, "-m", "tidbcloud", "--version"], capture_output=True,
                       text=True, timeout=60)
    assert m.stdout == r.stdout
