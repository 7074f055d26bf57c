"""The `tidbcloud` command, installed with the wheel, against the mock: every
operation is there, JSON on stdout, tables for people, errors on stderr with
the exit status the docs give."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig

import pytest

from helpers import DEFAULT_PROJECT, TIDB, TIKV, utc_month
from tidbcloud import _core
from tidbcloud import cli as command
from tidbcloud.testing import MockServer

CLUSTER = {"displayName": "from-file", "regionId": "aws-us-east-1",
           "tidbNodeSetting": {"nodeSpecKey": "8C16G", "tidbNodeGroups": [{"nodeCount": 1}]},
           "tikvNodeSetting": {"nodeSpecKey": "8C32G", "nodeCount": 3, "storageSizeGi": 500}}


@pytest.fixture
def cli():
    exe = shutil.which("tidbcloud", path=sysconfig.get_path("scripts"))
    assert exe, "the tidbcloud command is installed with the wheel"
    with MockServer(transition_seconds=0, rate_limit=None) as m:
        env = {**os.environ, "TIDBCLOUD_BASE_URL": m.url, "TIDBCLOUD_PUBLIC_KEY": m.public_key,
               "TIDBCLOUD_PRIVATE_KEY": m.private_key}

        def run(*args: str, **env_over: str) -> subprocess.CompletedProcess[str]:
            over = {**env, **env_over}
            return subprocess.run([exe, *args], env={k: v for k, v in over.items() if v},
                                  capture_output=True, text=True, timeout=60)

        run.mock = m  # type: ignore[attr-defined]
        yield run


def test_every_operation_is_a_command(cli):
    for cls, method, _, _ in _core._operations():
        resource = "".join("-" + c.lower() if c.isupper() else c for c in cls).lstrip("-")
        r = cli(resource, method.replace("_", "-"), "--help")
        assert r.returncode == 0, (cls, method, r.stderr)


def test_create_from_file_list_wait_and_get(cli, tmp_path):
    spec = tmp_path / "cluster.json"
    spec.write_text(json.dumps(CLUSTER))
    made = cli("clusters", "create", "--from-file", str(spec))
    assert made.returncode == 0, made.stderr
    cid = json.loads(made.stdout)["clusterId"]
    listed = json.loads(cli("clusters", "list", "--states", "ACTIVE").stdout)
    assert [c["clusterId"] for c in listed] == [cid]  # every page, one array
    waited = cli("clusters", "wait", cid, "--state", "ACTIVE")
    assert json.loads(waited.stdout)["state"] == "ACTIVE"
    table = cli("clusters", "list", "--output", "table").stdout
    assert table.splitlines()[0].split()[:2] == ["name", "clusterId"]
    assert cid in table and "from-file" in table
    specs = json.loads(cli("regions", "list-node-specs", "aws-us-east-1", "--component-type",
                           "TIKV", "--page-size", "2").stdout)
    assert specs and all(s["componentType"] == "TIKV" for s in specs)
    month = utc_month()
    bill = json.loads(cli("billing", "bill", month).stdout)
    assert bill["overview"]["billedMonth"] == month
    groups = json.loads(cli("tidb-node-groups", "list", cid).stdout)
    assert groups[0]["isDefaultGroup"] is True
    projects = json.loads(cli("projects", "list").stdout)
    assert DEFAULT_PROJECT in [p["id"] for p in projects]


def test_errors_and_exit_status(cli):
    missing = cli("clusters", "get", "404")
    assert missing.returncode == 1 and missing.stdout == ""
    assert "cluster 404 not found" in missing.stderr and "request id" in missing.stderr
    usage = cli("clusters", "create", "--display-name", "x")
    assert usage.returncode == 2 and "--region-id" in usage.stderr
    bad = cli("clusters", "list", "--page-size", "0")
    assert bad.returncode == 2 and "--page-size must be" in bad.stderr
    assert "page_size" not in bad.stderr  # the option as it is typed
    unknown = cli("clusters", "explode")
    assert unknown.returncode == 2


def test_version_and_module_form(cli):
    r = cli("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"tidbcloud {_core.__version__}"
    m = subprocess.run([sys.executable, "-m", "tidbcloud", "--version"], capture_output=True,
                       text=True, timeout=60)
    assert m.stdout == r.stdout


NEW = ("clusters", "create", "--display-name", "flags", "--region-id", "aws-us-east-1",
       "--tidb-node-setting", json.dumps(TIDB), "--tikv-node-setting", json.dumps(TIKV))


def test_booleans_are_flags(cli):
    for checked in (["--validate-only"], ["--validate-only", "True"], ["--validate-only=yes"]):
        r = cli(*NEW, *checked)
        assert r.returncode == 0, (checked, r.stderr)
        assert json.loads(cli("clusters", "list").stdout) == []  # only checked
    made = cli(*NEW, "--no-validate-only")
    assert made.returncode == 0, made.stderr
    cid = json.loads(made.stdout)["clusterId"]
    for progress in (["--progress"], ["--no-progress"], ["--progress", "False"]):
        r = cli("clusters", "wait", cid, *progress, "--poll-interval", "0.05")
        assert r.returncode == 0 and json.loads(r.stdout)["state"] == "ACTIVE", r.stderr
    helped = cli("clusters", "create", "--help").stdout
    assert "--validate-only, --no-validate-only" in helped.replace("\n", " ")
    bad = cli(*NEW, "--validate-only=maybe")
    assert bad.returncode == 2 and "--validate-only" in bad.stderr


def test_invalid_json_is_named_and_a_usage_error(cli):
    r = cli("clusters", "create", "--display-name", "x", "--region-id", "aws-us-east-1",
            "--tidb-node-setting", "{nodeSpecKey:1}", "--tikv-node-setting", "{}")
    assert r.returncode == 2 and r.stdout == ""
    assert "invalid JSON for --tidb-node-setting: Expecting property name" in r.stderr
    assert "usage: tidbcloud clusters create" in r.stderr
    listed = cli("clusters", "list", "--states", "[ACTIVE")
    assert listed.returncode == 2 and "invalid JSON for --states" in listed.stderr
    assert cli.mock.request_count() == 0  # nothing was sent


def test_errors_speak_of_options_and_show_the_commands_usage(cli):
    missing = cli("clusters", "create", "--display-name", "x")
    assert missing.returncode == 2
    assert "usage: tidbcloud clusters create" in missing.stderr
    assert "missing --region-id, --tidb-node-setting, --tikv-node-setting" in missing.stderr
    no_key = cli("clusters", "list", TIDBCLOUD_PUBLIC_KEY="")
    assert no_key.returncode == 1 and "pass --public-key or set" in no_key.stderr
    assert "public_key" not in no_key.stderr
    wrong = cli("clusters", "wait", "1", "--poll-interval", "soon")
    assert wrong.returncode == 2 and "--poll-interval" in wrong.stderr
    assert "usage: tidbcloud clusters wait" in wrong.stderr


def test_every_summary_is_a_whole_sentence():
    parser = command.build_parser()
    seen = 0
    for action in parser._subparsers._group_actions:  # the resources
        for resource, sub in action.choices.items():
            calls = sub._subparsers._group_actions[0]
            for choice in [*action._choices_actions, *calls._choices_actions]:
                text = choice.help
                assert text and text.endswith((".", "?", "!")), (resource, choice.dest, text)
                assert text.count("(") == text.count(")") and text.count("`") % 2 == 0, text
                seen += 1
    assert seen > len(_core._operations())
    doc = "Clusters, across all pages (10 a page unless `page_size` says). Filters:\n`a`."
    assert command.summary(doc) == "Clusters, across all pages (10 a page unless `page_size` says)."
    assert command.summary("One line\nthat goes on. And more.") == "One line that goes on."


def test_verbose_logs_each_exchange_and_no_secret(cli):
    r = cli("-v", "clusters", "list")
    assert r.returncode == 0
    lines = [line for line in r.stderr.splitlines() if line.startswith("tidbcloud: ")]
    assert any(" /clusters -> 200 in " in line and "GET" in line for line in lines), r.stderr
    made = json.loads(cli(*NEW).stdout)
    password = "Verbose-Passw0rd-42"
    reset = cli("clusters", "reset-root-password", made["clusterId"], "--root-password",
                password, "--verbose")
    assert reset.returncode == 0, reset.stderr
    assert "resetPassword" in reset.stderr or "POST" in reset.stderr
    for out in (r.stderr, reset.stderr, reset.stdout):
        assert password not in out and cli.mock.private_key not in out
    quiet = cli("clusters", "list")
    assert quiet.stderr == ""


def test_every_option_of_every_command_says_what_it_is():
    import argparse

    from tidbcloud.cli import build_parser

    def subparsers(p: argparse.ArgumentParser):
        for a in p._actions:
            if isinstance(a, argparse._SubParsersAction):
                yield from a.choices.items()

    silent = []
    for name, rp in subparsers(build_parser()):
        for call, cp in subparsers(rp):
            for a in cp._actions:
                if not isinstance(a, argparse._HelpAction) and not (a.help or "").strip():
                    silent.append(f"{name} {call} {a.option_strings or a.dest}")
    assert not silent, silent
