"""The crate's module imports: the mock is a tree (the HTTP front over the
router, the handlers below it, the state and records at the bottom), no
handler imports another, and it has no cycle (test_source_layout.py checks
the Python face). Read from the sources, so a new import that breaks the
shape fails here; and no source file of the crate is over 600 lines."""

from __future__ import annotations

import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src")

USE = re.compile(r"\b(?:super|crate::(?:mock|py))((?:::\w+)+)")


def modules(package: str) -> dict[str, str]:
    """Module path (`serverless::clusters`) → source, for `src/<package>/`."""
    base = os.path.join(SRC, package)
    out = {}
    for dirpath, _, files in os.walk(base):
        for f in files:
            if not f.endswith(".rs"):
                continue
            rel = os.path.relpath(os.path.join(dirpath, f), base)[:-3].replace(os.sep, "::")
            rel = rel.removesuffix("::mod").removesuffix("mod")
            with open(os.path.join(dirpath, f)) as fh:
                out[rel] = fh.read()
    return out


def graph(package: str) -> dict[str, set[str]]:
    mods = modules(package)
    edges: dict[str, set[str]] = {m: set() for m in mods}
    for name, src in mods.items():
        parent = name.rsplit("::", 1)[0] if "::" in name else ""
        code = "\n".join(line for line in src.splitlines()
                         if not line.lstrip().startswith("//") and "mod tests" not in line)
        code = code.split("#[cfg(test)]")[0]
        for m in re.finditer(r"\b(super|crate::" + package + r")((?:::\w+)+)", code):
            root, rest = m.group(1), m.group(2).lstrip(":").split("::")
            if root == "super":
                start = parent
                while rest and rest[0] == "super":
                    start = start.rsplit("::", 1)[0] if "::" in start else ""
                    rest = rest[1:]
                candidates = [f"{start}::{rest[0]}" if start else rest[0]]
                if len(rest) > 1:
                    candidates.insert(0, f"{candidates[0]}::{rest[1]}")
            else:
                candidates = [rest[0]]
                if len(rest) > 1:
                    candidates.insert(0, f"{rest[0]}::{rest[1]}")
            for c in candidates:
                if c in mods and c != name:
                    edges[name].add(c)
                    break
    return edges


def cycle(edges: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> list[str] | None:
        state[n] = 1
        stack.append(n)
        for m in sorted(edges.get(n, ())):
            if state.get(m) == 1:
                return [*stack[stack.index(m):], m]
            if state.get(m) is None:
                found = visit(m)
                if found:
                    return found
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(edges):
        if state.get(n) is None:
            found = visit(n)
            if found:
                return found
    return None


def test_the_mock_has_no_cycle() -> None:
    found = cycle(graph("mock"))
    assert found is None, "import cycle: " + " -> ".join(found or [])


def test_no_mock_handler_imports_another() -> None:
    mods = modules("mock")
    handlers = {m for m, src in mods.items() if "pub const ROUTES" in src}
    assert len(handlers) > 10
    edges = graph("mock")
    for h in sorted(handlers):
        assert not (edges[h] & handlers), f"{h} imports handlers {sorted(edges[h] & handlers)}"


def test_the_checker_sees_a_cycle() -> None:
    assert cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle({"a": {"b"}, "b": set()}) is None


def test_no_source_file_is_over_600_lines() -> None:
    long = []
    for dirpath, _, files in os.walk(SRC):
        for f in files:
            if f.endswith(".rs"):
                p = os.path.join(dirpath, f)
                with open(p) as fh:
                    n = sum(1 for _ in fh)
                if n > 600:
                    long.append(f"{os.path.relpath(p, ROOT)}: {n}")
    assert not long, long
