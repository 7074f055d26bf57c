"""Every Python block of README.md runs as written, in order, in one fresh
interpreter whose TIDBCLOUD_* environment points at a mock server (as a
reader's would point at the service)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from tidbcloud.testing import MockServer

README = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "README.md")


def blocks() -> list[str]:
    with open(README) as f:
        return re.findall(r"```python\n(.*?)```", f.read(), flags=re.S)


def test_every_python_block_of_the_readme_runs():
    assert len(blocks()) >= 4
    with MockServer(transition_seconds=0.05, rate_limit=None) as m:
        env = {**os.environ, "TIDBCLOUD_BASE_URL": m.url, "TIDBCLOUD_PUBLIC_KEY": m.public_key,
               "TIDBCLOUD_PRIVATE_KEY": m.private_key}
        code = "\n".join(blocks())
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                             text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "prod ACTIVE" in out.stdout  # the first block's listing
    assert "aws-us-east-1" in out.stdout  # the async block's regions


def test_the_pytest_example_runs_without_a_warning(tmp_path):
    """The async pytest block, as a test file of a project of its own with the
    README's pytest settings: it passes with every warning an error."""
    with open(README) as f:
        text = f.read()
    (example,) = [b for b in blocks() if "def test_" in b]
    (settings,) = re.findall(r"```toml\n(.*?)```", text, flags=re.S)
    (tmp_path / "pyproject.toml").write_text(settings)
    (tmp_path / "test_example.py").write_text(example)
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIDBCLOUD_")}
    out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          "-W", "error", "test_example.py"], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "1 passed" in out.stdout and "warning" not in out.stdout
