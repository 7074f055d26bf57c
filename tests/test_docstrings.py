"""`help()` is enough to work without the README: every public class and
method, fixture and marker says what it does."""

from __future__ import annotations

import inspect
import subprocess
import sys

import tidbcloud
from tidbcloud import _core, testing


def public(obj: object) -> list[str]:
    return [n for n in dir(obj) if not n.startswith("_")]


def test_every_public_name_has_a_docstring():
    missing = []
    for name in tidbcloud.__all__:
        obj = getattr(tidbcloud, name)
        if name == "__version__" or not (inspect.isclass(obj) or callable(obj)):
            continue
        if not (obj.__doc__ or "").strip():
            missing.append(name)
        if inspect.isclass(obj):
            for attr in public(obj):
                member = getattr(obj, attr)
                if callable(member) and not (member.__doc__ or "").strip():
                    missing.append(f"{name}.{attr}")
    for attr in public(testing.MockServer):
        if callable(getattr(testing.MockServer, attr)) and \
                not (getattr(testing.MockServer, attr).__doc__ or "").strip():
            missing.append(f"MockServer.{attr}")
    assert not missing, missing


def test_resource_methods_document_what_they_take():
    for cls, method, _, _ in _core._operations():
        doc = getattr(getattr(_core, cls), method).__doc__ or ""
        assert doc.strip(), f"{cls}.{method}"


def test_pytest_lists_the_fixtures_with_their_docs(tmp_path):
    out = subprocess.run([sys.executable, "-m", "pytest", "--fixtures", "-q", str(tmp_path)],
                         capture_output=True, text=True, timeout=120, cwd=tmp_path)
    text = out.stdout
    for fixture in ("tidbcloud_mock", "tidbcloud_client"):
        assert fixture in text
    assert "no docstring available" not in text.split("tidbcloud_mock", 1)[1][:600]


def test_every_parameter_says_what_it_is_in_the_command_help():
    r = subprocess.run([sys.executable, "-m", "tidbcloud", "clusters", "wait", "--help"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    text = " ".join(r.stdout.split())  # argparse wraps lines
    assert "The cluster's id." in text
    assert "The state to wait for" in text
    assert "Seconds between polls" in text


def test_help_lists_each_declared_parameter_with_its_doc_line():
    """help(client.clusters.create) shows what each parameter means, as the
    stubs and the reference do (waiters explain theirs in their text)."""
    waits = {(c, m) for c, m, _op, kind in _core._operations() if kind == "wait"}
    checked = 0
    for cls, method, name, _kind, _ty, _py, _default, doc in _core._params():
        if (cls, method) in waits:
            continue
        for face in (cls, "Async" + cls):
            text = getattr(getattr(_core, face), method).__doc__ or ""
            args = text.split("\n\nArgs:\n", 1)[-1] if "\n\nArgs:\n" in text else ""
            assert f"    {name}: {doc}\n" in args + "\n", (face, method, name)
            checked += 1
    assert checked > 400
