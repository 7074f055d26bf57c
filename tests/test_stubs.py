"""The type stubs match the compiled module, and type-check real use."""

from __future__ import annotations

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    # From tests/, so that the installed package is what mypy sees.
    return subprocess.run([sys.executable, "-m", *args], cwd=HERE, capture_output=True,
                          text=True, timeout=300)


def test_stubtest_finds_no_difference():
    r = run("mypy.stubtest", "tidbcloud")
    assert r.returncode == 0, r.stdout + r.stderr


def test_example_type_checks_strictly():
    r = run("mypy", "--strict", "--no-incremental", os.path.join(ROOT, "examples", "quickstart.py"))
    assert r.returncode == 0, r.stdout + r.stderr


def test_stubs_catch_a_wrong_key(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import tidbcloud\n"
        "c = tidbcloud.TiDBCloud('a', 'b')\n"
        "cluster = c.clusters.get('1')\n"
        "port: int = cluster['tidbNodeSetting']['tidbNodeGroups'][0]['endpoints'][0]['port']\n"
        "host: int = cluster['tidbNodeSetting']['tidbNodeGroups'][0]['endpoints'][0]['host']\n"
        "c.clusters.get(1)\n"
    )
    r = run("mypy", "--no-incremental", str(bad))
    assert r.returncode == 1
    wrong_type = 'bad.py:5: error: Incompatible types in assignment (expression has type "str"'
    assert wrong_type in r.stdout
    assert "bad.py:6: error: Argument 1" in r.stdout
    assert "bad.py:4" not in r.stdout
