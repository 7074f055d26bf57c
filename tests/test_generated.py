"""The generated files (the TypedDicts in types.py and the resource stubs in
_core.pyi) are what scripts/gen_stubs.py makes from the installed core and the
live spec: an operation added, changed or removed without regenerating fails
here, with the diff."""

from __future__ import annotations

import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_generated_files_are_up_to_date():
    r = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gen_stubs.py"), "--check"],
                       capture_output=True, text=True, timeout=120, cwd=os.path.dirname(ROOT))
    assert r.returncode == 0, "run `python scripts/gen_stubs.py`:\n" + r.stdout + r.stderr


def test_every_operation_of_the_spec_has_a_method_on_both_faces():
    import yaml

    from tidbcloud import _core

    with open(os.path.join(ROOT, "spec", "tidbcloud-live.yml")) as f:
        spec = yaml.safe_load(f)
    in_spec = {op["operationId"] for item in spec["paths"].values() for op in item.values()}
    declared = {op for _, _, op, kind in _core._operations() if kind != "wait"}
    assert declared == in_spec
    for cls, method, _, _ in _core._operations():
        for face in (cls, "Async" + cls):
            assert callable(getattr(getattr(_core, face), method)), f"{face}.{method}"
