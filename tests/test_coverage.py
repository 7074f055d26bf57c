"""The README's coverage table: every operation of the service's definitions
is a call of the client or, for the older v1beta API, names the v1beta1 call
that replaces it; the table is what scripts/gen_coverage.py writes."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPT = os.path.join(ROOT, "scripts", "gen_coverage.py")


def load():
    spec = importlib.util.spec_from_file_location("gen_coverage", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_reference_operation_is_covered_and_the_table_is_current():
    r = subprocess.run([sys.executable, SCRIPT, "--check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_an_operation_the_client_lacks_is_named(tmp_path):
    cov = load()
    for name in os.listdir(cov.REFERENCE):
        if name.endswith(".json"):
            os.symlink(os.path.join(cov.REFERENCE, name), tmp_path / name)
    (tmp_path / "extra.cli.json").write_text(json.dumps({
        "host": "dedicated.tidbapi.com", "basePath": "/v1beta1",
        "paths": {"/clusters/{clusterId}:teleport": {"post": {}}}}))
    cov.REFERENCE = str(tmp_path)
    text, missing = cov.table()
    assert missing == ["POST dedicated.tidbapi.com/v1beta1/clusters/{}:teleport "
                       "(extra.cli.json)"]
    assert "**missing**" in text
    # Every v1beta operation it lists as replaced is one of the definitions'.
    listed = {(m, p) for _, m, p in cov.reference()}
    assert set(cov.REPLACED) <= listed
