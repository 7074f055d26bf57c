"""The service's own request samples (the curl commands of its reference,
kept in spec/tidbcloud-live-samples.json) work against the mock as written:
only the placeholders (keys, host, ids, project) get real values."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

import contract
from helpers import DEFAULT_PROJECT

SAMPLES = os.path.join(os.path.dirname(__file__), "..", "spec", "tidbcloud-live-samples.json")
HOSTS = ("https://dedicated.tidbapi.com/v1beta1", "https://iam.tidbapi.com/v1beta1",
         "https://billing.tidbapi.com/v1beta1")
# The order a user would run them in: what one creates, the next ones use.
ORDER = ["listRegions", "getRegion", "listNodeSpecs", "createCluster", "getCluster",
         "listClusters", "updateCluster", "pauseCluster", "resumeCluster",
         "resetClusterRootPassword", "deleteCluster"]


def samples() -> dict[str, str]:
    with open(SAMPLES) as f:
        return {s["operationId"]: s["curl"] for s in json.load(f)}


def test_every_live_operation_has_its_sample_replayed():
    assert set(ORDER) == contract.LIVE_OPERATIONS
    assert set(ORDER) <= set(samples())


@pytest.mark.skipif(shutil.which("curl") is None, reason="needs the curl program")
def test_samples_work_as_written(mock):
    found = samples()
    ids: dict[str, str] = {}
    for op in ORDER:
        cmd = found[op]
        for host in HOSTS:
            cmd = cmd.replace(host, mock.url)
        cmd = (cmd.replace("YOUR_PUBLIC_KEY", mock.public_key)
                  .replace("YOUR_PRIVATE_KEY", mock.private_key)
                  .replace("YOUR_PROJECT_ID", DEFAULT_PROJECT))
        for name, value in ids.items():
            cmd = cmd.replace("{" + name + "}", value)
        out = subprocess.run(["bash", "-c", cmd + " --silent --show-error --fail-with-body"
                              " --max-time 10"], capture_output=True, text=True, timeout=30)
        assert out.returncode == 0, f"{op}: {out.stdout} {out.stderr}"
        body = json.loads(out.stdout)
        if op == "createCluster":
            ids["clusterId"] = body["clusterId"]
            assert body["displayName"] == "foo-bar" and body["port"] == 4000
        if op == "updateCluster":
            assert body["displayName"] == "My Cluster Updated By API"
        if op == "pauseCluster":
            assert body["cluster"]["clusterId"] == ids["clusterId"]
    assert ids
