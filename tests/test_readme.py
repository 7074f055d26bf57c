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
