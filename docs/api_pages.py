"""Write the API reference pages from the package's own type stubs.

The stubs (``tidbcloud/_core.pyi``, ``tidbcloud/types.py``) are what an editor
and mypy see, generated from the operation declarations and checked in the
suite, so the pages say the same: each method with its parameters (type,
required or default, meaning), its return type linked to its TypedDict, and
the per-call options named once, not repeated in every signature. An async
class is shown as the awaitable twin of its sync class, after checking that it
is one. `problems()` lists what would make a page incomplete; the build and
the suite fail on any.
"""

from __future__ import annotations

import ast
import os
import re
from dataclasses import dataclass, field
from importlib import resources

from tidbcloud.cli import _attr_of, args_section, attribute_path

# The per-call options every call takes, described once (client.rst).
OPTIONS = ("timeout", "extra_headers", "extra_query", "extra_body")
_NAME = re.compile(r"[A-Za-z_][A-Za-z_0-9]*(?:\.[A-Za-z_][A-Za-z_0-9]*)*")


@dataclass
class Param:
    name: str
    kind: str  # "positional" or "keyword"
    annotation: str
    default: str | None  # source text, None when required
    doc: str = ""


@dataclass
class Method:
    name: str
    params: list[Param]
    returns: str
    summary: str
    options: list[str] = field(default_factory=list)


@dataclass
class Class:
    name: str
    doc: str
    methods: dict[str, Method]


def _source(module_file: str) -> str:
    return resources.files("tidbcloud").joinpath(module_file).read_text(encoding="utf-8")


def _aliases(tree: ast.Module) -> dict[str, str]:
    """The stub's private aliases (`_Progress = ...`), to show what they stand for."""
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id.startswith("_") \
                    and not isinstance(node.value, ast.Call):
                out[target.id] = ast.unparse(node.value)
    return out


def _method(node: ast.FunctionDef, aliases: dict[str, str]) -> Method:
    def ann(a: ast.expr | None) -> str:
        text = ast.unparse(a) if a is not None else "Any"
        return _NAME.sub(lambda m: aliases.get(m.group(0), m.group(0)), text)

    a = node.args
    params: list[Param] = []
    positional = a.posonlyargs + a.args
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(a.defaults))
    defaults += list(a.defaults)
    for arg, d in zip(positional, defaults, strict=True):
        if arg.arg != "self":
            params.append(Param(arg.arg, "positional", ann(arg.annotation),
                                None if d is None else ast.unparse(d)))
    for arg, kd in zip(a.kwonlyargs, a.kw_defaults, strict=True):
        params.append(Param(arg.arg, "keyword", ann(arg.annotation),
                            None if kd is None else ast.unparse(kd)))
    summary, described = args_section(ast.get_docstring(node) or "")
    summary = summary.strip()
    kept, options = [], []
    for p in params:
        if p.name in OPTIONS and p.name not in described:
            options.append(p.name)
        else:
            p.doc = described.get(p.name, "")
            kept.append(p)
    return Method(node.name, kept, ann(node.returns), summary, options)


def classes() -> dict[str, Class]:
    """Every class of the stub, with its public methods."""
    tree = ast.parse(_source("_core.pyi"))
    aliases = _aliases(tree)
    out = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            methods = {
                f.name: _method(f, aliases) for f in node.body
                if isinstance(f, ast.FunctionDef) and not f.name.startswith("_")
                and not any(isinstance(d, ast.Name) and d.id == "property"
                            for d in f.decorator_list)
            }
            out[node.name] = Class(node.name, ast.get_docstring(node) or "", methods)
    return out


def type_names() -> list[str]:
    """The names `tidbcloud.types` exports."""
    tree = ast.parse(_source("types.py"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "__all__":
            return list(ast.literal_eval(node.value))
    return []


def resource_classes() -> list[str]:
    """The resource classes, in the order of the operation declarations."""
    from tidbcloud import _core

    out: list[str] = []
    for cls, *_ in _core._operations():
        if cls not in out:
            out.append(cls)
    return out


def _twin_return(sync: str) -> set[str]:
    """What the async twin of a method returning `sync` may return."""
    if sync.startswith("Pager["):
        return {"Async" + sync}
    return {f"Call[{sync}]"}


def problems() -> list[str]:
    """Everything that would leave a page incomplete or a twin untrue."""
    found = []
    all_classes = classes()
    for name in resource_classes():
        cls = all_classes.get(name)
        twin = all_classes.get("Async" + name)
        if cls is None or twin is None:
            found.append(f"{name}: missing from the stub, or without its Async twin")
            continue
        if not cls.doc:
            found.append(f"{name}: no class docstring")
        for m in cls.methods.values():
            if not m.summary:
                found.append(f"{name}.{m.name}: no description")
            for p in m.params:
                if not p.doc:
                    found.append(f"{name}.{m.name}({p.name}): not described")
        if set(twin.methods) != set(cls.methods):
            found.append(f"Async{name}: methods differ from {name}'s: "
                         f"{sorted(set(twin.methods) ^ set(cls.methods))}")
            continue
        for m in cls.methods.values():
            t = twin.methods[m.name]
            same = [(p.name, p.kind, p.annotation, p.default) for p in m.params]
            if same != [(p.name, p.kind, p.annotation, p.default) for p in t.params] \
                    or m.options != t.options:
                found.append(f"Async{name}.{m.name}: parameters differ from the sync method's")
            if t.returns not in _twin_return(m.returns):
                found.append(f"Async{name}.{m.name} returns {t.returns}, "
                             f"not an awaitable of {m.returns}")
    return found


def _linked(annotation: str, types: set[str]) -> str:
    """`Pager[Cluster]` -> `Pager[types.Cluster]`, so that Sphinx links it."""
    return _NAME.sub(lambda m: "types." + m.group(0) if m.group(0) in types else m.group(0),
                     annotation)


def _signature(m: Method, types: set[str]) -> str:
    parts: list[str] = []
    positional = [p for p in m.params if p.kind == "positional"]
    keyword = [p for p in m.params if p.kind == "keyword"]
    for p in positional:
        parts.append(f"{p.name}: {_linked(p.annotation, types)}"
                     + ("" if p.default is None else f" = {p.default}"))
    if positional:
        parts.append("/")
    if keyword:
        parts.append("*")
    for p in keyword:
        parts.append(f"{p.name}: {_linked(p.annotation, types)}"
                     + ("" if p.default is None else f" = {p.default}"))
    if m.options:
        parts.append("**options")
    return f"{m.name}({', '.join(parts)}) -> {_linked(m.returns, types)}"


def _indent(text: str, by: str) -> str:
    return "\n".join(by + line if line.strip() else "" for line in text.splitlines())


def _method_rst(m: Method, types: set[str]) -> str:
    lines = [f".. py:method:: {_signature(m, types)}", ""]
    if m.summary:
        lines += [_indent(m.summary, "   "), ""]
    for p in m.params:
        if p.default is None:
            meaning = f"**Required.** {p.doc}"
        elif p.default == "None":
            meaning = p.doc
        else:
            meaning = f"{p.doc} Default: ``{p.default}``."
        lines.append(f"   :param {p.name}: {meaning}")
        lines.append(f"   :type {p.name}: {_linked(p.annotation, types)}")
    if m.options:
        names = ", ".join(f"``{o}``" for o in m.options)
        lines.append(f"   :param options: The :ref:`per-call options <per-call-options>` "
                     f"{names}.")
    lines.append(f"   :rtype: {_linked(m.returns, types)}")
    return "\n".join(lines) + "\n"


def resource_page(cls: Class, attribute: str, types: set[str]) -> str:
    title = f"client.{attribute}"
    out = [title, "=" * len(title), "", ".. py:currentmodule:: tidbcloud", "",
           f".. py:class:: {cls.name}", "", _indent(cls.doc, "   "), "",
           f"   Reached as ``client.{attribute}`` on a :class:`TiDBCloud`. Its awaitable "
           f"twin, :class:`Async{cls.name}`, follows the methods.", ""]
    for m in cls.methods.values():
        out.append(_indent(_method_rst(m, types), "   "))
        out.append("")
    out += [f".. py:class:: Async{cls.name}", "",
            f"   The awaitable twin of :class:`{cls.name}`, reached as ``client.{attribute}`` "
            "on an :class:`AsyncTiDBCloud`. It has the same methods with the same "
            "parameters; each returns an awaitable of what the sync method returns, "
            "and a list returns an :class:`AsyncPager` to iterate with ``async for``:",
            "", "   .. code-block:: python", "",
            *(f"      {line}" for line in _example(cls, attribute)), ""]
    return "\n".join(out)


def _example(cls: Class, attribute: str) -> list[str]:
    """A call of the class's first method on each face, to show the twin."""
    m = next(iter(cls.methods.values()))
    args = ", ".join([p.name for p in m.params if p.kind == "positional" and p.default is None]
                     + [f"{p.name}=..." for p in m.params
                        if p.kind == "keyword" and p.default is None])
    call = f"client.{attribute}.{m.name}({args})"
    if m.returns.startswith("Pager["):
        return [f"for item in {call}: ...  # TiDBCloud",
                f"async for item in {call}: ...  # AsyncTiDBCloud"]
    return [f"result = {call}  # TiDBCloud", f"result = await {call}  # AsyncTiDBCloud"]


def _type_rst(name: str, node: ast.AST, types: set[str]) -> str:
    if isinstance(node, ast.ClassDef):
        lines = [f".. py:class:: {name}", "", "   A dict; each of these keys may be absent:", ""]
        for item in node.body:
            if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                ann = _NAME.sub(lambda m: f":py:class:`{m.group(0)}`"
                                if m.group(0) in types else m.group(0),
                                ast.unparse(item.annotation))
                lines.append(f"   - ``{item.target.id}`` ({ann})")
        return "\n".join(lines) + "\n"
    values = [v.value for v in ast.walk(node) if isinstance(v, ast.Constant)
              and isinstance(v.value, str)]
    listed = ", ".join(f"``{v}``" for v in values)
    return (f".. py:data:: {name}\n\n   One of {listed}; or another string, "
            "a value the service added since.\n")


def types_page() -> str:
    tree = ast.parse(_source("types.py"))
    names = set(type_names())
    out = ["Types", "=====", "", ".. py:module:: tidbcloud.types", "",
           "Results are plain dicts and lists, as the service sends them. These "
           "TypedDicts describe them for editors and type checkers: every key is "
           "optional, and keys not listed are kept as they come. An enum is its "
           "known values or any other string.", ""]
    for node in tree.body:
        name = getattr(node, "name", None) or (
            node.targets[0].id if isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Name) else None)
        if name in names:
            out.append(_type_rst(name, node.value if isinstance(node, ast.Assign) else node,
                                 names))
    return "\n".join(out)


def write(docs_dir: str) -> list[str]:
    """Write the resource pages and the types page; the resource page names."""
    found = problems()
    if found:
        raise RuntimeError("the API reference would be incomplete:\n" + "\n".join(found))
    types = set(type_names())
    all_classes = classes()
    out = os.path.join(docs_dir, "resources")
    os.makedirs(out, exist_ok=True)
    names = []
    for name in resource_classes():
        attr = _attr_of(name)
        _write(os.path.join(out, f"{attr}.rst"),
               resource_page(all_classes[name], attribute_path(attr), types))
        names.append(f"resources/{attr}")
    _write(os.path.join(docs_dir, "types.rst"), types_page())
    return names


def _write(path: str, text: str) -> None:
    """Write only a change, so that Sphinx rebuilds only what changed."""
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except FileNotFoundError:
        pass
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
