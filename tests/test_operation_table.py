"""The operation table (src/operations/table.rs) is generated from the spec:
it must match what scripts/gen_operations.py writes from it now, and every
operation a client method names must be in it."""

from __future__ import annotations

import os
import subprocess
import sys

import yaml

from tidbcloud import _core

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_table_is_generated_from_the_spec() -> None:
    r = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gen_operations.py"),
                        "--check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_every_method_names_an_operation_of_the_table() -> None:
    with open(os.path.join(ROOT, "src", "operations", "table.rs")) as f:
        table = f.read()
    with open(os.path.join(ROOT, "spec", "tidbcloud-live.yml")) as f:
        spec = yaml.safe_load(f)
    ids = {op["operationId"] for item in spec["paths"].values() for op in item.values()}
    for cls, method, op_id, kind in _core._operations():
        if kind == "wait":
            continue
        assert op_id in ids, f"{cls}.{method}: {op_id} is not in the spec"
        assert f'op("{op_id}",' in table, f"{cls}.{method}: {op_id} is not in the table"
