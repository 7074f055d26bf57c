"""The API reference reads like boto3's: each method with its parameters
described (type, required or default, meaning) and its return type linked to
its TypedDict; the per-call options described once; each async class shown as
the awaitable twin of its sync class, not as a second copy. The pages are
built here, as a user's browser gets them."""

from __future__ import annotations

import html
import importlib.util
import os
import re
import subprocess
import sys

import pytest

from tidbcloud import _core, cli

DASH = " \u2013 "  # between a parameter and its meaning
DOCS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs")


def _load_pages_module():
    """docs/api_pages.py, loaded by path: putting docs/ on sys.path would let
    its modules shadow the tests' own."""
    spec = importlib.util.spec_from_file_location("tidbcloud_docs_api_pages",
                                                  os.path.join(DOCS, "api_pages.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


reference = _load_pages_module()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    r = subprocess.run([sys.executable, "-m", "sphinx", "-W", "-q", "-b", "html", DOCS,
                        str(out)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    return out


def page(site, name: str) -> str:
    with open(os.path.join(site, name), encoding="utf-8") as f:
        return f.read()


def section(text: str, anchor: str) -> str:
    """The HTML of one documented object, from its anchor to the next object."""
    start = text.index(f'id="{anchor}"')
    end = text.find('<dl class="py ', start)
    return text[start:end if end > 0 else len(text)]


def test_every_parameter_of_every_method_is_described_and_every_twin_is_true():
    assert reference.problems() == []


def test_an_undescribed_parameter_or_an_untrue_twin_is_found(monkeypatch):
    real = reference._source

    def without_a_line(name: str) -> str:
        text = real(name)
        if name != "_core.pyi":
            return text
        text = text.replace("            display_name: The name people see.\n", "", 1)
        # The async twin of regions.list loses a parameter.
        start = text.index("class AsyncRegions:")
        cut = text.index("        cloud_provider:", start)
        return text[:cut] + text[text.index("\n", cut) + 1:]

    monkeypatch.setattr(reference, "_source", without_a_line)
    found = reference.problems()
    assert "Clusters.create(display_name): not described" in found
    assert "AsyncRegions.list: parameters differ from the sync method's" in found


def test_each_method_lists_its_parameters_with_type_requirement_and_meaning(site):
    text = page(site, "resources/clusters.html")
    create = html.unescape(re.sub(r"<[^>]+>", "", section(text, "tidbcloud.Clusters.create")))
    create = " ".join(create.split())
    assert f"display_name (str){DASH}Required. The name people see." in create
    assert (f"validate_only (bool){DASH}Only check the request; change nothing. "
            "Default: False.") in create
    assert f"root_password (str | None){DASH}The root password" in create
    # The per-call options: one entry, linked to where they are described.
    assert f"options{DASH}The per-call options timeout, extra_headers, extra_query, " \
           "extra_body." in create
    assert "extra_headers: " not in create and "extra_headers=None" not in create
    assert 'href="../client.html#per-call-options"' in section(text, "tidbcloud.Clusters.create")
    client = page(site, "client.html")
    assert 'id="per-call-options"' in client and "extra_body" in client


def test_return_types_link_to_their_typeddicts(site):
    for cls, method, _op, _kind in _core._operations():
        got = section(page(site, f"resources/{cli._attr_of(cls)}.html"),
                      f"tidbcloud.{cls}.{method}")
        assert "Return type" in got, (cls, method)
    get = section(page(site, "resources/clusters.html"), "tidbcloud.Clusters.get")
    assert 'href="../types.html#tidbcloud.types.Cluster"' in get
    listing = section(page(site, "resources/clusters.html"), "tidbcloud.Clusters.list")
    assert 'href="../client.html#tidbcloud.Pager"' in listing
    assert 'href="../types.html#tidbcloud.types.Cluster"' in listing
    types = page(site, "types.html")
    cluster = section(types, "tidbcloud.types.Cluster")
    assert "displayName" in cluster
    assert 'href="#tidbcloud.types.ClusterState"' in cluster
    assert "CREATING" in section(types, "tidbcloud.types.ClusterState")


def test_async_classes_are_twins_not_copies(site):
    for cls in dict.fromkeys(c for c, *_ in _core._operations()):
        text = page(site, f"resources/{cli._attr_of(cls)}.html")
        assert f'id="tidbcloud.Async{cls}"' in text, cls
        assert f'id="tidbcloud.Async{cls}.' not in text, cls
        twin = html.unescape(re.sub(r"<[^>]+>", "", section(text, f"tidbcloud.Async{cls}")))
        assert "awaitable twin" in twin, cls
        assert re.search(r"(= await|async for item in) client\.\w+(\.\w+)?\.\w+\(", twin), cls


def test_every_resource_has_a_page_in_the_navigation_and_the_search(site):
    index = page(site, "resources.html")
    for cls in dict.fromkeys(c for c, *_ in _core._operations()):
        assert f'href="resources/{cli._attr_of(cls)}.html"' in index, cls
    assert os.path.exists(os.path.join(site, "search.html"))
    assert "create_signup_url" in page(site, "searchindex.js")
    assert "furo" in page(site, "index.html")
