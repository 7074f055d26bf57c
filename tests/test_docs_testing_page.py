"""Every code block of docs/testing_your_code.rst runs as written: the Python
blocks together as one pytest module of a user's suite (with the fixtures the
installed package registers), the shell block in bash."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import sysconfig
import textwrap

PAGE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs",
                    "testing_your_code.rst")


def blocks(language: str) -> list[str]:
    """The page's `.. code-block:: <language>` bodies, dedented."""
    with open(PAGE) as f:
        text = f.read()
    found = re.findall(r"^\.\. code-block:: " + language + r"\n\n((?:(?:   .*)?\n)+)", text,
                       flags=re.M)
    return [textwrap.dedent(b) for b in found]


def user_env() -> dict[str, str]:
    """A user's shell: the installed scripts on PATH, no TiDB Cloud settings."""
    env = {k: v for k, v in os.environ.items()
           if not k.upper().startswith(("TIDBCLOUD_", "TIDB_CLOUD_"))}
    env["PATH"] = sysconfig.get_path("scripts") + os.pathsep + env.get("PATH", "")
    return env


def test_every_python_block_runs_as_a_users_test_module(tmp_path):
    code = "\n\n".join(blocks("python"))
    assert len(blocks("python")) >= 6
    tests = re.findall(r"^def (test_\w+)", code, flags=re.M)
    assert len(tests) >= 8
    (tmp_path / "test_page.py").write_text(code)
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_page.py"],
        cwd=tmp_path, env=user_env(), capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert f"{len(tests)} passed" in out.stdout, out.stdout


def test_the_shell_block_drives_the_mock_with_curl(tmp_path):
    (script,) = blocks("bash")
    out = subprocess.run(["bash", "-euc", script], cwd=tmp_path, env=user_env(),
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    answers, rest, decoder = [], out.stdout.strip(), json.JSONDecoder()
    while rest:
        value, end = decoder.raw_decode(rest)
        answers.append(value)
        rest = rest[end:].lstrip()
    seeded, advanced, listed, reset = answers
    assert seeded["state"] == "CREATING"
    assert advanced == {"advanced": 0.5}
    assert [(c["clusterId"], c["state"]) for c in listed["clusters"]] == [
        (seeded["clusterId"], "ACTIVE")]
    assert reset == {"reset": True}
