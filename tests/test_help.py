"""What a user meets first in help() and in a traceback: the clients'
docstrings describe every constructor argument and the variables they read,
and errors are named as they are imported, tidbcloud.NotFoundError."""

from __future__ import annotations

import inspect
import pickle
import traceback

import pytest

import tidbcloud
from tidbcloud import _exceptions


@pytest.mark.parametrize("cls", [tidbcloud.TiDBCloud, tidbcloud.AsyncTiDBCloud])
def test_the_class_docstring_describes_every_argument(cls):
    doc = cls.__doc__ or ""
    params = list(inspect.signature(cls).parameters)
    assert len(params) >= 18
    missing = [p for p in params if p not in doc]
    assert not missing, missing
    for var in ("TIDBCLOUD_PUBLIC_KEY", "TIDBCLOUD_PRIVATE_KEY", "TIDBCLOUD_BASE_URL",
                "HTTPS_PROXY", "NO_PROXY", "SSL_CERT_FILE", "TIDBCLOUD_LOG"):
        assert var in doc, var


def test_errors_are_named_as_they_are_imported(mock):
    for name in _exceptions.__all__:
        cls = getattr(tidbcloud, name)
        assert cls.__module__ == "tidbcloud", name
        assert cls.__qualname__ == name
    with mock.client() as c, pytest.raises(tidbcloud.NotFoundError) as e:
        c.clusters.get("1")
    line = traceback.format_exception_only(e.type, e.value)[0]
    assert line.startswith("tidbcloud.NotFoundError: HTTP 404"), line
    again = pickle.loads(pickle.dumps(tidbcloud.TiDBCloudError("boom")))
    assert type(again) is tidbcloud.TiDBCloudError and again.message == "boom"


def test_every_resource_attribute_has_a_one_line_doc():
    for cls in (tidbcloud.TiDBCloud, tidbcloud.AsyncTiDBCloud, tidbcloud.Serverless,
                tidbcloud.AsyncServerless):
        attrs = [n for n, v in vars(cls).items()
                 if not n.startswith("_") and type(v).__name__ == "member_descriptor"]
        assert len(attrs) >= 11, cls
        for name in attrs:
            doc = getattr(cls, name).__doc__ or ""
            assert doc.strip() and "\n" not in doc.strip(), f"{cls.__name__}.{name}: {doc!r}"


def test_every_setting_and_method_of_the_clients_has_a_doc():
    for cls in (tidbcloud.TiDBCloud, tidbcloud.AsyncTiDBCloud):
        named = [n for n, v in vars(cls).items()
                 if type(v).__name__ in ("getset_descriptor", "method_descriptor")
                 and (not n.startswith("_") or n in ("__enter__", "__exit__", "__aenter__",
                                                     "__aexit__"))]
        assert {"timeout", "close", "public_key"} <= set(named), (cls, named)
        undocumented = [n for n in named if not (getattr(cls, n).__doc__ or "").strip()]
        assert not undocumented, (cls.__name__, undocumented)
