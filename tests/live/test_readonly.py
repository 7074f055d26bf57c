"""Read-only calls against the real TiDB Cloud service, for a maintainer with
keys: `pytest tests/live --live` with TIDBCLOUD_PUBLIC_KEY and
TIDBCLOUD_PRIVATE_KEY set. Nothing is created, changed or deleted. Without
--live these tests are skipped whatever the shell holds; with it but without
keys they are skipped, saying so. Every answer is held against the spec (see
readonly_smoke.py); a list that came back empty is a skipped check, not a
passed one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import tidbcloud
from readonly_smoke import CHECKS, NothingToCheck

pytestmark = pytest.mark.live

KEY_PAIRS = [("TIDBCLOUD_PUBLIC_KEY", "TIDBCLOUD_PRIVATE_KEY"),
             ("TIDB_CLOUD_PUBLIC_KEY", "TIDB_CLOUD_PRIVATE_KEY")]


@pytest.fixture(scope="module")
def live(shell_client_env: dict[str, str]) -> Iterator[tidbcloud.TiDBCloud]:
    if not any(shell_client_env.get(p) and shell_client_env.get(s) for p, s in KEY_PAIRS):
        pytest.skip("live smoke test: set TIDBCLOUD_PUBLIC_KEY and TIDBCLOUD_PRIVATE_KEY")
    # The client reads the keys and any endpoint settings from the shell's environment.
    with pytest.MonkeyPatch.context() as env:
        for var, value in shell_client_env.items():
            env.setenv(var, value)
        client = tidbcloud.TiDBCloud(max_retries=3, rate_limit=60)
    with client:
        yield client


@pytest.mark.parametrize("check", CHECKS)
def test_readonly(live, check):
    try:
        CHECKS[check](live)
    except NothingToCheck as e:
        pytest.skip(str(e))
