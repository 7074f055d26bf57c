"""Sphinx configuration of the API reference. The client pages come from the
installed package's docstrings; a page per resource and the types page are
written at build time from the package's own type stubs (`api_pages.py`), so
a new operation gets its entry, with its parameters described, as soon as it
is declared."""

from __future__ import annotations

import os
import sys

from tidbcloud import _core

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import api_pages  # noqa: E402  (beside this file)

project = "tidbcloud"
copyright = "the tidbcloud authors"
release = _core.__version__
extensions = ["sphinx.ext.autodoc"]
autodoc_member_order = "bysource"
default_role = "code"
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = f"tidbcloud {release}"
# One parameter a line once a signature is long, as the declarations read.
python_maximum_signature_line_length = 88

with open(os.path.join(HERE, "resources.rst"), "w") as f:
    f.write("Resources\n=========\n\nEach resource of a client, with its calls. "
            "Results are described in :doc:`types`.\n\n.. toctree::\n   :maxdepth: 1\n\n"
            + "".join(f"   {n}\n" for n in api_pages.write(HERE)))
