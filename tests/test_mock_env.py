"""mock_env() and the tidbcloud_env fixture: code that builds its own client from
the environment, or runs the tidbcloud command, reaches the mock; the
environment is put back afterwards, exceptions included."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sysconfig

import pytest

import tidbcloud
from helpers import cluster_args
from tidbcloud.testing import ENV_CLEARED, ENV_SET, MockServer, mock_env


def count_active_clusters() -> int:
    """User code: builds its own client, keys and URL from the environment."""
    with tidbcloud.TiDBCloud() as client:
        return sum(1 for c in client.clusters.list() if c["state"] == "ACTIVE")


async def first_region_async() -> str:
    async with tidbcloud.AsyncTiDBCloud() as client:
        async for r in client.regions.list():
            return r["regionId"]
    raise AssertionError("no regions")


@pytest.fixture
def outer_env(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A shell that points elsewhere: every variable mock_env touches is set."""
    values = {k: f"outer-{k.lower()}" for k in (*ENV_SET, *ENV_CLEARED)}
    values["TIDBCLOUD_BASE_URL"] = "http://127.0.0.1:9/v1beta1"
    values["TIDBCLOUD_IAM_ENDPOINT"] = "http://127.0.0.1:9/v1beta1"
    for k, v in values.items():
        monkeypatch.setenv(k, v)
    return values


def test_a_function_that_builds_its_own_client_reaches_the_mock(outer_env):
    with mock_env(transition_seconds=0, rate_limit=None) as server:
        assert count_active_clusters() == 0
        server.seed_cluster(display_name="cluster-one")
        assert count_active_clusters() == 1
        # The endpoint variable that would have won over the base URL is gone.
        assert "TIDBCLOUD_IAM_ENDPOINT" not in os.environ
        with tidbcloud.TiDBCloud() as c:
            assert next(iter(c.projects.list()))["id"]
        assert server.request_count("GET", "/v1beta1/clusters", authenticated=True) == 2
        assert all(r["access_key"] in (None, server.public_key) for r in server.requests())
    assert {k: os.environ.get(k) for k in outer_env} == outer_env
    assert server._handle is None  # the server mock_env started is stopped


def test_the_environment_comes_back_after_an_exception(outer_env):
    with pytest.raises(ZeroDivisionError):
        with mock_env(rate_limit=None) as server:
            assert os.environ["TIDBCLOUD_BASE_URL"] == server.url
            assert "TIDB_CLOUD_PUBLIC_KEY" not in os.environ
            raise ZeroDivisionError("inside")
    assert {k: os.environ.get(k) for k in outer_env} == outer_env


def test_unset_variables_are_unset_again():
    for k in (*ENV_SET, *ENV_CLEARED):
        assert k not in os.environ
    with mock_env(rate_limit=None):
        assert os.environ["TIDBCLOUD_PUBLIC_KEY"]
    for k in (*ENV_SET, *ENV_CLEARED):
        assert k not in os.environ


def test_the_tidbcloud_command_in_a_subprocess_reaches_the_mock():
    exe = shutil.which("tidbcloud", path=sysconfig.get_path("scripts"))
    assert exe
    with mock_env(transition_seconds=0, rate_limit=None) as server:
        seeded = server.seed_cluster(display_name="from-seed", state="PAUSED")
        out = subprocess.run([exe, "clusters", "get", seeded["clusterId"]],
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        got = json.loads(out.stdout)
        assert (got["displayName"], got["state"]) == ("from-seed", "PAUSED")
        assert server.request_count("GET", f"/v1beta1/clusters/{seeded['clusterId']}",
                                    authenticated=True) == 1
        assert server.private_key not in out.stdout + out.stderr


def test_an_existing_server_is_used_and_left_running():
    with MockServer(rate_limit=None) as server:
        with mock_env(server) as inside:
            assert inside is server
            assert os.environ["TIDBCLOUD_PRIVATE_KEY"] == server.private_key
        assert server._handle is not None
        assert server.request_count() == 0
        assert "TIDBCLOUD_PRIVATE_KEY" not in os.environ


def test_as_a_decorator_on_sync_and_async_functions():
    seen: list[str] = []

    @mock_env
    def bare() -> int:
        seen.append(os.environ["TIDBCLOUD_BASE_URL"])
        return count_active_clusters()

    @mock_env(rate_limit=None)
    async def with_options() -> str:
        seen.append(os.environ["TIDBCLOUD_BASE_URL"])
        return await first_region_async()

    assert bare() == 0
    assert asyncio.run(with_options()) == "aws-us-east-1"
    assert bare() == 0
    assert len(set(seen)) == 3  # a server of its own for each call
    assert "TIDBCLOUD_BASE_URL" not in os.environ


def test_bad_arguments_are_type_errors():
    with pytest.raises(TypeError):
        mock_env("http://127.0.0.1")  # type: ignore[call-overload]
    with MockServer(rate_limit=None) as server, pytest.raises(TypeError):
        mock_env(server, transition_seconds=0)
    with pytest.raises(TypeError):
        MockServer(transition_seconds="fast")  # type: ignore[arg-type]


def test_the_fixture_points_the_environment_at_its_mock(tidbcloud_env):
    assert os.environ["TIDBCLOUD_BASE_URL"] == tidbcloud_env.url
    with tidbcloud.TiDBCloud() as client:
        made = client.clusters.create(**cluster_args(display_name="via-env"))
    assert tidbcloud_env.request_count("POST", "/v1beta1/clusters", authenticated=True) == 1
    assert made["state"] == "CREATING"


@pytest.mark.tidbcloud_mock(transition_seconds=None, rate_limit=None)
def test_the_fixture_takes_the_mock_marker(tidbcloud_env):
    assert tidbcloud_env.manual_clock
    assert count_active_clusters() == 0
