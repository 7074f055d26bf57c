"""Sphinx configuration of the API reference: built from the installed
package's docstrings; one page per resource is written at build time from the
client's operation declarations, so a new resource gets its page, and each
method's parameters are listed from their declared doc lines
(`_core._params()`)."""

from __future__ import annotations

import os
import re

from tidbcloud import _core
from tidbcloud.cli import attribute_path

project = "tidbcloud"
release = _core.__version__
extensions = ["sphinx.ext.autodoc"]
autodoc_member_order = "bysource"
default_role = "code"
exclude_patterns = ["_build"]
html_theme = "alabaster"

HERE = os.path.dirname(os.path.abspath(__file__))


def _resource_pages() -> list[str]:
    classes: list[str] = []
    for cls, _method, _op, _kind in _core._operations():
        if cls not in classes:
            classes.append(cls)
    out = os.path.join(HERE, "resources")
    os.makedirs(out, exist_ok=True)
    names = []
    for cls in classes:
        attr = re.sub(r"(?<!^)([A-Z])", r"_\1", cls).lower()
        title = "client." + attribute_path(attr)
        with open(os.path.join(out, f"{attr}.rst"), "w") as f:
            f.write(f"{title}\n{'=' * len(title)}\n\n"
                    f".. autoclass:: tidbcloud.{cls}\n   :members:\n\n"
                    f".. autoclass:: tidbcloud.Async{cls}\n   :members:\n")
        names.append(f"resources/{attr}")
    return names


# (class, method) -> [(parameter, doc line)], in signature order.
PARAMS: dict[tuple[str, str], list[tuple[str, str]]] = {}
for _cls, _method, _name, _kind, _ty, _py, _default, _doc in _core._params():
    PARAMS.setdefault((_cls, _method), []).append((_name, _doc))


def _parameters(app, what, name, obj, options, lines) -> None:
    """Append a resource method's declared parameters as a field list."""
    if what != "method":
        return
    *_, cls, method = name.split(".")
    params = PARAMS.get((cls, method)) or PARAMS.get((cls.removeprefix("Async"), method))
    if params:
        lines.extend(["", *(f":param {p}: {doc}" for p, doc in params)])


def setup(app) -> None:
    app.connect("autodoc-process-docstring", _parameters)


with open(os.path.join(HERE, "resources.rst"), "w") as f:
    f.write("Resources\n=========\n\n.. toctree::\n   :maxdepth: 1\n\n"
            + "".join(f"   {n}\n" for n in _resource_pages()))
