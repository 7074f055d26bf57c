"""The generated files (the TypedDicts in types.py and _core.pyi) are what
scripts/gen_stubs.py makes from the installed core and the live spec: an
operation added, changed or removed without regenerating fails here, with the
diff. What is written by hand beside them is checked against the core's
declarations: the README's table of calls, the package's exports, and each
declared parameter's doc line and place in the signature."""

from __future__ import annotations

import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_generated_files_are_up_to_date():
    r = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gen_stubs.py"), "--check"],
                       capture_output=True, text=True, timeout=120, cwd=os.path.dirname(ROOT))
    assert r.returncode == 0, "run `python scripts/gen_stubs.py`:\n" + r.stdout + r.stderr


def test_every_operation_of_the_spec_has_a_method_on_both_faces():
    import yaml

    from tidbcloud import _core

    with open(os.path.join(ROOT, "spec", "tidbcloud-live.yml")) as f:
        spec = yaml.safe_load(f)
    in_spec = {op["operationId"] for item in spec["paths"].values() for op in item.values()}
    declared = {op for _, _, op, kind in _core._operations() if kind != "wait"}
    assert declared == in_spec
    for cls, method, _, _ in _core._operations():
        for face in (cls, "Async" + cls):
            assert callable(getattr(getattr(_core, face), method)), f"{face}.{method}"


def readme_calls() -> set[tuple[str, str]]:
    """(attribute path, method) of every call the README's table lists; a row
    such as "`clusters.pause` / `resume`" lists two."""
    with open(os.path.join(ROOT, "README.md")) as f:
        text = f.read()
    table = text.split("\n| call | arguments", 1)[1].split("\n\n", 1)[0]
    calls = set()
    for row in table.splitlines()[2:]:
        names = re.findall(r"`([\w.]+)`", row.split("|")[1])
        path, _, first = names[0].rpartition(".")
        calls |= {(path, m) for m in [first, *names[1:]]}
    return calls


def test_the_readme_table_lists_every_call_and_no_other():
    from tidbcloud import _core
    from tidbcloud.cli import _attr_of, attribute_path

    declared = {(attribute_path(_attr_of(cls)), method)
                for cls, method, _, _ in _core._operations()}
    listed = readme_calls()
    assert ("clusters", "resume") in listed  # a row of two calls counts both
    assert not declared - listed, f"add to the README's table: {sorted(declared - listed)}"
    assert not listed - declared, f"not methods of the client: {sorted(listed - declared)}"


def test_the_package_exports_every_resource_class_on_both_faces():
    import tidbcloud
    from tidbcloud import _core

    classes = {cls for cls, _, _, _ in _core._operations()}
    client = tidbcloud.TiDBCloud("pk", "sk", base_url="http://127.0.0.1:9/v1beta1")
    namespaces = {type(client.serverless).__name__}
    for name in sorted(classes | namespaces):
        for face in (name, "Async" + name):
            assert face in tidbcloud.__all__, face
            assert getattr(tidbcloud, face) is getattr(_core, face), face


def test_every_declared_parameter_has_a_doc_line_and_is_in_the_signature():
    import inspect

    from tidbcloud import _core

    params = _core._params()
    assert params, "no declarations"
    for cls, method, name, kind, _ty, _py, default, doc in params:
        assert doc and not doc.startswith(" "), f"{cls}.{method}({name})"
        p = inspect.signature(getattr(getattr(_core, cls), method)).parameters[name]
        expected = (p.POSITIONAL_ONLY if kind == "positional" else p.KEYWORD_ONLY)
        assert p.kind is expected, f"{cls}.{method}({name})"
        assert (default is None) == (p.default is p.empty), f"{cls}.{method}({name})"
    declared = {(c, m) for c, m, *_ in params}
    for cls, method, _, _ in _core._operations():
        sig = inspect.signature(getattr(getattr(_core, cls), method))
        own = [n for n, p in sig.parameters.items() if n != "self" and n not in
               ("timeout", "extra_headers", "extra_query", "extra_body")]
        if own:
            assert (cls, method) in declared, f"{cls}.{method}"
