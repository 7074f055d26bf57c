"""The suite's results depend on neither the shell nor the clock: keys and
endpoints exported in the shell reach no test, the live tests run only when
asked, and dates are the service's (UTC) in any time zone. Each case runs a
part of the suite in a child pytest with such a shell."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import zoneinfo
from pathlib import Path

from tidbcloud.testing import MockServer

TESTS = Path(__file__).parent
DEAD_URL = "http://127.0.0.1:9/v1beta1"  # nothing listens on the discard port


def run_pytest(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rs", *args],
        cwd=TESTS, env={**os.environ, **env}, capture_output=True, text=True, timeout=240)


def test_a_subset_runs_without_the_optional_tools(tmp_path):
    # schemathesis and hypothesis, as a machine without them would have them.
    for tool in ("schemathesis", "hypothesis"):
        (tmp_path / tool).mkdir()
        (tmp_path / tool / "__init__.py").write_text('raise ImportError("not installed")\n')
    r = run_pytest("-p", "pytest_asyncio.plugin", "test_sync_regions.py", env={
        "PYTHONPATH": str(tmp_path), "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"})
    assert r.returncode == 0, r.stdout + r.stderr
    assert " passed" in r.stdout


def zone_on_another_day() -> str:
    """A time zone whose date differs from UTC's right now, so that a test that
    mixes local and UTC dates fails whenever it runs."""
    now = dt.datetime.now(dt.timezone.utc)
    for zone in ("Pacific/Kiritimati", "Pacific/Pago_Pago"):  # UTC+14, UTC-11
        if now.astimezone(zoneinfo.ZoneInfo(zone)).date() != now.date():
            return zone
    raise AssertionError("one of UTC+14 and UTC-11 is always on another day")


def test_live_tests_need_to_be_asked_for_even_with_keys():
    with MockServer(transition_seconds=0, rate_limit=None) as m:
        shell = {"TIDBCLOUD_BASE_URL": m.url, "TIDBCLOUD_PUBLIC_KEY": m.public_key,
                 "TIDBCLOUD_PRIVATE_KEY": m.private_key}
        r = run_pytest("live", env=shell)
        assert r.returncode == 0, r.stdout + r.stderr
        assert "passed" not in r.stdout and "run with --live" in r.stdout, r.stdout
        assert m.request_count() == 0  # not one call left the run


def test_live_tests_without_keys_say_why():
    r = run_pytest("live", "--live", env={})
    assert r.returncode == 0, r.stdout + r.stderr
    assert "passed" not in r.stdout
    assert "set TIDBCLOUD_PUBLIC_KEY and TIDBCLOUD_PRIVATE_KEY" in r.stdout, r.stdout


def test_live_tests_use_the_shells_settings_and_skip_empty_lists():
    # An empty mock standing in for the service: the checks that need items
    # are reported as skipped, never as passed.
    with MockServer(transition_seconds=0, rate_limit=None) as m:
        shell = {"TIDBCLOUD_BASE_URL": m.url, "TIDBCLOUD_PUBLIC_KEY": m.public_key,
                 "TIDBCLOUD_PRIVATE_KEY": m.private_key}
        r = run_pytest("live", "--live", env=shell)
        assert r.returncode == 0, r.stdout + r.stderr
        assert "no Dedicated clusters: their shape went unchecked" in r.stdout, r.stdout
        assert "no Starter or Essential clusters" in r.stdout, r.stdout
        assert " passed" in r.stdout  # regions, projects, bills, the 404s
        assert m.request_count(authenticated=True) > 10
        assert {r["method"] for r in m.requests()} == {"GET"}


# The tests that read the calendar or the endpoint settings.
SENSITIVE = [
    "test_live_samples.py::test_iam_and_billing_samples_work_as_written",
    "test_sync_billing.py", "test_async_billing.py",
    "test_sync_tidb_node_groups.py::test_a_group_is_billed_as_tidb_compute",
    "test_cli.py::test_create_from_file_list_wait_and_get",
    "test_sync_client.py::test_endpoints_default_and_override",
    "test_sync_backups.py::test_v1beta_url_goes_with_base_url_and_can_be_set_alone",
    "test_readonly_smoke.py",
    "test_suite_environment.py::test_no_client_setting_reaches_a_test",
]


def test_date_and_endpoint_tests_pass_in_another_zone_and_shell():
    zone = zone_on_another_day()
    r = run_pytest(*SENSITIVE, env={
        "TZ": zone, "TIDBCLOUD_BASE_URL": DEAD_URL, "TIDBCLOUD_PUBLIC_KEY": "shellkey",
        "TIDBCLOUD_PRIVATE_KEY": "shell-secret", "TIDBCLOUD_IAM_ENDPOINT": DEAD_URL})
    assert r.returncode == 0, f"TZ={zone}\n{r.stdout}{r.stderr}"
    assert "skipped" not in r.stdout, r.stdout
    assert "shell-secret" not in r.stdout + r.stderr


def test_no_client_setting_reaches_a_test():
    # Run by the child above with settings exported, and by scripts/test.sh so.
    assert not [v for v in os.environ if v.upper().startswith(("TIDBCLOUD_", "TIDB_CLOUD_"))]
