"""The examples run as users run them: the script as a program, the notebook in
a real Jupyter kernel."""

from __future__ import annotations

import os
import subprocess
import sys

import nbformat
from nbclient import NotebookClient

EXAMPLES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "examples")


def test_quickstart_script_tells_the_whole_story():
    out = subprocess.run([sys.executable, os.path.join(EXAMPLES, "quickstart.py"),
                          "--transition-seconds", "0.1"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    expected = ["mock server at", "region: ", "created cluster", "is ACTIVE: mysql -h",
                "  listed: ", "import ", "pausing: PAUSING", "resuming: RESUMING",
                "is ACTIVE again", "deleted", "bill for "]
    position = 0
    for prefix in expected:
        found = [i for i, line in enumerate(lines) if prefix in line and i >= position]
        assert found, f"{prefix!r} missing after line {position}:\n{out.stdout}"
        position = found[0]
    assert "COMPLETED (100%)" in out.stdout
    assert "TiDB Dedicated - Node Compute: " in out.stdout


def test_quickstart_never_talks_to_the_real_service_without_keys():
    env = {k: v for k, v in os.environ.items() if "TIDB" not in k}
    out = subprocess.run([sys.executable, os.path.join(EXAMPLES, "quickstart.py"), "--real"],
                         capture_output=True, text=True, timeout=60, env=env)
    assert out.returncode == 2
    assert "TIDBCLOUD_PUBLIC_KEY" in out.stderr


def test_notebook_runs_in_a_kernel():
    nb = nbformat.read(os.path.join(EXAMPLES, "quickstart.ipynb"), as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": EXAMPLES}}).execute()
    outputs = {i: c.get("outputs", []) for i, c in enumerate(nb.cells) if c.cell_type == "code"}
    assert all(o.get("output_type") != "error" for outs in outputs.values() for o in outs)
    text = "".join(
        o.get("data", {}).get("text/plain", "") if "data" in o else o.get("text", "")
        for outs in outputs.values() for o in outs
    )
    assert "'ACTIVE'" in text  # the waited cluster
    assert "('COMPLETED', 100" in text  # the import
    html = "".join(o.get("data", {}).get("text/html", "") for outs in outputs.values()
                   for o in outs if "data" in o)
    assert "reporting" in html and "analytics" in html  # the cluster table
    assert any("image/png" in o.get("data", {}) for outs in outputs.values() for o in outs)
