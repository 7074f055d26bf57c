"""The source tree keeps its shape: the modules of the Python face (src/py)
import each other without a cycle, the plain-Rust layers never import pyo3,
and no file of the Python face grows past 600 lines."""

from __future__ import annotations

import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src")


def module_graph(directory: str) -> dict[str, set[str]]:
    """Each module of `directory` -> the sibling modules it names, through
    `use super::x`, `super::x::...` or `crate::py::x`."""
    names = {f[:-3] for f in os.listdir(directory) if f.endswith(".rs") and f != "mod.rs"}
    graph: dict[str, set[str]] = {}
    for name in names:
        with open(os.path.join(directory, name + ".rs")) as f:
            text = f.read()
        # Comments say what a module is for, not what it imports.
        text = re.sub(r"//[^\n]*", "", text)
        used = set(re.findall(r"\b(?:super|crate::py)::(\w+)", text))
        for group in re.findall(r"\b(?:super|crate::py)::\{([^}]*)\}", text):
            used |= set(re.findall(r"\b(\w+)\b", group))
        graph[name] = (used & names) - {name}
    return graph


def cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of `graph`, as the path that closes it, or None."""
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        state[node] = 2
        path.pop()
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_the_cycle_finder_finds_a_cycle():
    assert cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


def test_the_python_face_has_no_import_cycle():
    graph = module_graph(os.path.join(SRC, "py"))
    assert graph["resources"] >= {"dedicated", "serverless"}  # the reader sees `use super::`
    assert cycle(graph) is None, " -> ".join(cycle(graph) or [])


def test_the_plain_rust_layers_never_import_pyo3():
    for layer in ("api", "http"):
        for base, _dirs, files in os.walk(os.path.join(SRC, layer)):
            for f in files:
                with open(os.path.join(base, f)) as fh:
                    assert "pyo3" not in fh.read(), os.path.join(base, f)


def test_no_file_of_the_python_face_is_over_600_lines():
    long = []
    for f in sorted(os.listdir(os.path.join(SRC, "py"))):
        with open(os.path.join(SRC, "py", f)) as fh:
            n = sum(1 for _ in fh)
        if n > 600:
            long.append(f"{f}: {n}")
    assert not long, long
