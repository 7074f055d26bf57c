"""Write the generated parts of the Python package from the operation
declarations in the compiled core and the project's live spec:

- python/tidbcloud/types.py: a TypedDict (or a Literal alias, for an enum) for
  every schema of spec/tidbcloud-live.yml;
- python/tidbcloud/_core.pyi, all of it: the hand-written parts in
  scripts/stubs/*.pyi.in (the module's helpers, the clients' and the mock
  server's own members), included as they are, and between them the stubs of
  every resource class, sync and async, from each method's signature and
  docstring in `tidbcloud._core`, its declared parameters with their doc lines
  (`_core._params()`), its operation (`_core._operations()`) and the types the
  spec gives that operation's answer; then each client's resource properties
  and the module's `__all__`.

    python scripts/gen_stubs.py           # rewrite both files
    python scripts/gen_stubs.py --check   # exit 1, with a diff, if either is stale

Run it with the freshly built wheel installed: the signatures come from it.
"""

from __future__ import annotations

import argparse
import difflib
import inspect
import json
import keyword
import os
import re
import sys
from typing import Any

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC = os.path.join(ROOT, "spec", "tidbcloud-live.yml")
TYPES = os.path.join(ROOT, "python", "tidbcloud", "types.py")
STUBS = os.path.join(ROOT, "python", "tidbcloud", "_core.pyi")
# The hand-written parts of _core.pyi, in the order they appear.
PARTS = os.path.join(ROOT, "scripts", "stubs")

# A parameter declared with a plain Rust type has the matching Python type; one
# the core takes as any object has the type its declaration gives (`as "..."`)
# or else the spec's type of the field it fills.
RUST = {"String": "str", "&str": "str", "i64": "int", "bool": "bool", "f64": "float"}
# The options every call takes, which the declarations do not repeat.
OPTIONS = {
    "timeout": "float | None",
    "extra_headers": "Mapping[str, str] | None",
    "extra_query": "Mapping[str, Any] | None",
    "extra_body": "Mapping[str, Any] | None",
}
# What a method answers when it is not the operation's JSON as is. (A waiter
# answers what its class's `get` does.)
RESULTS = {
    ("Clusters", "pause"): "Cluster",  # unwrapped from {"cluster": ...}
    ("Clusters", "resume"): "Cluster",
    ("Integrations", "list"): "list[IntegrationStatusResp]",  # the answer's items
}
PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def type_name(ref: str) -> str:
    """`#/components/schemas/dedicated.Cluster` -> `Cluster`."""
    return ref.rsplit("/", 1)[-1].split(".", 1)[-1]


class Spec:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.schemas: dict[str, Any] = doc["components"]["schemas"]
        self.ops: dict[str, tuple[str, str, dict[str, Any]]] = {
            op["operationId"]: (path, method, op)
            for path, item in doc["paths"].items() for method, op in item.items()
        }
        names = [type_name(n) for n in self.schemas]
        clashes = {n for n in names if names.count(n) > 1}
        if clashes:
            raise SystemExit(f"schema names clash once the server is dropped: {clashes}")

    def resolve(self, s: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in s:
            s = self.schemas[s["$ref"].rsplit("/", 1)[-1]]
        return s

    def unwrap(self, s: dict[str, Any]) -> dict[str, Any]:
        """A field's schema without the `allOf` of one that carries `readOnly`."""
        if "allOf" in s and len(s["allOf"]) == 1:
            return s["allOf"][0]
        return s

    def py_type(self, s: dict[str, Any], *, arg: bool = False) -> str:
        """The Python type of a value of schema `s`; `arg`: as a parameter,
        where a plain mapping does as well as the TypedDict."""
        s = self.unwrap(s)
        if "$ref" in s:
            target = self.resolve(s)
            name = type_name(s["$ref"])
            if target.get("type") == "object" or "properties" in target:
                return f"{name} | Mapping[str, Any]" if arg else name
            return "str" if arg else name
        kind = s.get("type")
        if kind == "array":
            inner = self.py_type(s.get("items", {}))
            return f"Sequence[{inner}]" if arg else f"list[{inner}]"
        if kind == "object" or "properties" in s:
            extra = s.get("additionalProperties")
            value = self.py_type(extra) if isinstance(extra, dict) and extra else "Any"
            return f"Mapping[str, {value}]" if arg else f"dict[str, {value}]"
        return PRIMITIVES.get(kind or "", "Any")

    def param_schema(self, op_id: str, name: str) -> dict[str, Any] | None:
        """The schema of the parameter or body field that `name` sends."""
        _, _, op = self.ops[op_id]
        wire = camel(name)
        for p in op.get("parameters", []):
            if p["name"] in (wire, name):
                return p.get("schema", {})
        body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
        props = self.resolve(body.get("schema", {})).get("properties", {})
        return props.get(wire) or props.get(name)

    def result(self, op_id: str, kind: str) -> str:
        _, _, op = self.ops[op_id]
        ok = op["responses"].get("200", {})
        schema = ok.get("content", {}).get("application/json", {}).get("schema")
        if schema is None:
            return "None"
        if kind == "pager":
            props = self.resolve(schema).get("properties", {})
            items = [p for p in props.values() if self.unwrap(p).get("type") == "array"]
            return self.py_type(self.unwrap(items[0])["items"]) if items else "dict[str, Any]"
        target = self.resolve(schema)
        if "$ref" in schema and target.get("properties"):
            return type_name(schema["$ref"])
        return "dict[str, Any]"


# (class, method, parameter) -> (Rust type, declared Python type, doc line)
Params = dict[tuple[str, str, str], tuple[str, str | None, str]]


def rust_type(ty: str) -> str | None:
    """The Python type of a parameter declared with a plain Rust type."""
    inner = re.fullmatch(r"Option<(.+)>", ty)
    if inner:
        t = RUST.get(inner.group(1))
        return f"{t} | None" if t else None
    return RUST.get(ty)


def method_stub(spec: Spec, params: Params, cls: str, name: str, op_id: str, kind: str,
                method: Any, asynchronous: bool, result_op: str, result_kind: str) -> str:
    from tidbcloud.cli import signature  # the command reads signatures the same way

    sig = signature(method)
    lines = ["    def " + name + "(", "        self,"]
    star = False
    args = []
    ps = list(sig.parameters.values())[1:]
    for i, p in enumerate(ps):
        if p.kind is p.KEYWORD_ONLY and not star:
            lines.append("        *,")
            star = True
        ty, declared, doc = params.get((cls, name, p.name), ("", None, ""))
        t = (declared or rust_type(ty) or OPTIONS.get(p.name)
             or _spec_type(spec, op_id, p.name))
        default = "" if p.default is p.empty else f" = {_literal(p.default)}"
        if p.default is None and not t.endswith("None") and t != "_Progress":
            t += " | None"
        lines.append(f"        {p.name}: {t}{default},")
        if doc:
            args.append(f"{p.name}: {doc}")
        if p.kind is p.POSITIONAL_ONLY and (
                i + 1 == len(ps) or ps[i + 1].kind is not p.POSITIONAL_ONLY):
            lines.append("        /,")
    result = RESULTS.get((cls, name)) or spec.result(result_op, result_kind)
    if kind == "pager":
        result = f"{'AsyncPager' if asynchronous else 'Pager'}[{result}]"
    elif asynchronous:
        result = f"Call[{result}]"
    lines.append(f"    ) -> {result}:")
    doc = inspect.cleandoc(method.__doc__ or "").replace('"""', "'''")
    if args and "\n\nArgs:\n" not in doc:
        # The declared parameters' doc lines, as editors show them (a waiter's
        # compiled docstring does not list them).
        doc += "\n\nArgs:\n" + "\n".join("    " + a.replace('"""', "'''") for a in args)
    body = [("        " + line).rstrip() for line in doc.strip().splitlines()]
    if not body:
        return "\n".join(lines) + " ...\n"
    body[0] = '        """' + body[0].lstrip()
    body[-1] += '"""'
    return "\n".join(lines + body) + "\n"


def _literal(v: Any) -> str:
    return json.dumps(v) if isinstance(v, str) else repr(v)


def _spec_type(spec: Spec, op_id: str, name: str) -> str:
    s = spec.param_schema(op_id, name) if op_id else None
    if s is None:
        raise SystemExit(f"no type for parameter {name!r} of {op_id or 'a waiter'}: "
                         'give its declaration a Python type (`as "..."`)')
    return spec.py_type(s, arg=True)


def extra_methods(core: Any) -> dict[str, str]:
    """Stubs of the methods written by hand rather than declared (the whole-file
    transfers): their signatures from scripts/stubs/transfers.pyi.in, their
    docstrings from the compiled core, so that the two cannot drift apart."""
    out: dict[str, str] = {}
    cls = ""
    for line in part("transfers").splitlines():
        if line.startswith("## "):
            cls = line[3:].strip()
            continue
        out[cls] = out.get(cls, "") + line + "\n"
    for cls, text in out.items():
        name = re.search(r"def (\w+)\(", text)
        assert name, cls
        doc = inspect.cleandoc(getattr(getattr(core, cls), name.group(1)).__doc__ or "")
        body = [("        " + line).rstrip() for line in doc.strip().splitlines()]
        body[0] = '        """' + body[0].lstrip()
        body[-1] += '"""'
        out[cls] = text + "\n".join(body) + "\n"
    return out


def stubs(spec: Spec, core: Any) -> tuple[str, set[str]]:
    by_class: dict[str, list[tuple[str, str, str]]] = {}
    for cls, method, op_id, kind in core._operations():
        by_class.setdefault(cls, []).append((method, op_id, kind))
    params: Params = {(c, m, n): (ty, py, doc) for c, m, n, _k, ty, py, _d, doc in core._params()}
    extras = extra_methods(core)
    out = []
    for cls, ops in by_class.items():
        for face in (cls, "Async" + cls):
            klass = getattr(core, face)
            doc = inspect.cleandoc(klass.__doc__ or "")
            out.append(f'@final\nclass {face}:\n    """{doc}"""\n\n')
            get = next((op for m, op, _ in ops if m == "get"), "")
            for method, op_id, kind in ops:
                # A waiter answers what the class's `get` does.
                result_op, result_kind = (get, "call") if kind == "wait" else (op_id, kind)
                out.append(method_stub(spec, params, cls, method, op_id, kind,
                                       getattr(klass, method), face != cls, result_op,
                                       result_kind))
            out.append(extras.get(face, ""))
            out.append("\n")
    text = "".join(out).rstrip("\n") + "\n"
    used = set(re.findall(r"\b[A-Z]\w+\b", text)) & {type_name(n) for n in spec.schemas}
    return text, used


def enum_alias(name: str, values: list[str]) -> str:
    """`Name = Literal[...] | str`, one value a line when it is long."""
    quoted = [json.dumps(v) for v in values]
    line = f"{name} = Literal[{', '.join(quoted)}] | str\n"
    if len(line) <= 100:
        return line
    inner = "".join(f"        {q},\n" for q in quoted)
    return f"{name} = (\n    Literal[\n{inner}    ]\n    | str\n)\n"


def types_module(spec: Spec) -> str:
    head = '''"""TypedDicts of the API's schemas, so that editors complete the keys of results.

Generated by scripts/gen_stubs.py from spec/tidbcloud-live.yml; do not edit.
Results are plain dicts at run time; these types only describe them. Every key
is optional (``total=False``): the service may leave any of them out, and keys
not listed here are kept as they come. An enum is its known values or any other
string, for values a newer service sends.
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict

'''
    body = []
    names = []
    for full in sorted(spec.schemas, key=type_name):
        s = spec.schemas[full]
        name = type_name(full)
        names.append(name)
        if "enum" in s:
            body.append(enum_alias(name, s["enum"]))
            continue
        props = s.get("properties", {})
        fields = [(k, spec.py_type(v)) for k, v in props.items()]
        if any(keyword.iskeyword(k) or not k.isidentifier() for k, _ in fields):
            inner = ", ".join(f"{k!r}: {t!r}" for k, t in fields)
            body.append(f"{name} = TypedDict({name!r}, {{{inner}}}, total=False)\n")
            continue
        lines = [f"class {name}(TypedDict, total=False):"]
        lines += [f"    {k}: {t}" for k, t in fields] or ["    pass"]
        body.append("\n".join(lines) + "\n")
    all_ = "__all__ = [\n" + "".join(f"    {n!r},\n" for n in sorted(names)) + "]\n"
    return head + all_.replace("'", '"') + "\n\n" + "\n\n".join(body)


def properties(instance: Any, classes: set[str]) -> str:
    """The stubs of `instance`'s attributes that hold a resource class (or a
    namespace of them, such as `serverless`)."""
    props = ""
    for name in sorted(dir(instance)):
        kind = type(getattr(instance, name)).__name__
        if not name.startswith("_") and kind.removeprefix("Async") in classes:
            props += f"    @property\n    def {name}(self) -> {kind}: ...\n"
    return props


# Classes that group resources under one attribute of the client.
NAMESPACES = {"Serverless"}


def client(core: Any, name: str) -> Any:
    return getattr(core, name)("pk", "sk", base_url="http://127.0.0.1:9/v1beta1")


def namespaces(core: Any, classes: set[str]) -> str:
    """Stubs of the namespace classes a client holds (`client.serverless`)."""
    out = ""
    for name in ("TiDBCloud", "AsyncTiDBCloud"):
        instance = client(core, name)
        for attr in sorted(dir(instance)):
            ns = getattr(instance, attr)
            kind = type(ns).__name__
            if attr.startswith("_") or kind.removeprefix("Async") not in NAMESPACES:
                continue
            doc = inspect.cleandoc(type(ns).__doc__ or "")
            out += f'@final\nclass {kind}:\n    """{doc}"""\n\n' + properties(ns, classes) + "\n"
    return out


def part(name: str) -> str:
    with open(os.path.join(PARTS, name + ".pyi.in")) as f:
        return f.read()


def core_stubs(spec: Spec, core: Any) -> str:
    """All of _core.pyi: the hand-written parts with the generated ones between them."""
    resources, used = stubs(spec, core)
    by_class = {cls for cls, _, _, _ in core._operations()}
    resources += "\n" + namespaces(core, by_class)
    # The stubs import what the generated classes use from tidbcloud.types.
    imports = "from tidbcloud.types import (\n" + "".join(
        f"    {n},\n" for n in sorted(used, key=lambda n: (n.lower(), n))) + ")\n"
    # Each client's own members, then its resources: the attributes that hold
    # a resource class or a namespace of them.
    clients = "\n".join(
        part(source) + properties(client(core, name), by_class | NAMESPACES)
        for source, name in (("tidbcloud", "TiDBCloud"), ("async_tidbcloud", "AsyncTiDBCloud")))
    # The stub exports what the module does.
    exported = "__all__ = [\n" + "".join(f'    "{n}",\n' for n in sorted(core.__all__)) + "]\n"
    return "\n".join([part("head") + "\n" + imports, part("core"), resources.rstrip("\n") + "\n",
                      clients, part("mock_server"), exported])


def render(core: Any) -> dict[str, str]:
    with open(SPEC) as f:
        spec = Spec(yaml.safe_load(f))
    return {TYPES: types_module(spec), STUBS: core_stubs(spec, core)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only report stale files")
    args = ap.parse_args(argv)
    from tidbcloud import _core

    stale = 0
    for path, text in render(_core).items():
        with open(path) as f:
            old = f.read()
        if old == text:
            continue
        if args.check:
            stale += 1
            rel = os.path.relpath(path, ROOT)
            sys.stdout.writelines(difflib.unified_diff(
                old.splitlines(True), text.splitlines(True), rel, rel + " (generated)"))
        else:
            with open(path, "w") as f:
                f.write(text)
            print(f"wrote {os.path.relpath(path, ROOT)}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
