"""Proxies (proxy=, the environment, loopback never proxied unless asked,
trust_env=False) and the redaction of secrets a server echoes back encoded.
"""

from __future__ import annotations

import json
import logging
import re
from urllib.parse import quote, quote_plus

import pytest
from test_hardening_support import RawServer, Seen, response

import tidbcloud
from tidbcloud.testing import MockServer

PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY",
              "http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture
def clean_env(monkeypatch):
    for v in PROXY_VARS:
        monkeypatch.delenv(v, raising=False)
    return monkeypatch


def proxy_answer(seen: Seen, conn) -> None:
    conn.sendall(response(200, json.dumps({"via": seen.request_line}).encode()))


def test_loopback_never_goes_through_a_proxy_from_the_environment(clean_env):
    # A proxy that refuses every connection: the mock is reached only directly.
    for var in ("HTTP_PROXY", "http_proxy", "ALL_PROXY"):
        clean_env.setenv(var, "http://127.0.0.1:9")
    with MockServer(rate_limit=None) as mock, mock.client(max_retries=0) as c:
        assert c.regions.get("aws-us-east-1")["regionId"] == "aws-us-east-1"
    clean_env.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    with MockServer(rate_limit=None) as mock:
        with tidbcloud.TiDBCloud(mock.public_key, mock.private_key,
                                 base_url=mock.url.replace("127.0.0.1", "localhost"),
                                 max_retries=0) as c:
            assert c.regions.get("aws-us-east-1")["regionId"] == "aws-us-east-1"


def test_the_environment_proxy_carries_other_hosts(clean_env):
    with RawServer(proxy_answer) as proxy:
        clean_env.setenv("HTTP_PROXY", f"http://127.0.0.1:{proxy.port}")
        with tidbcloud.TiDBCloud("pub", "priv", base_url="http://tidb.invalid/v1beta1",
                                 max_retries=0) as c:
            via = c.regions.get("r")["via"]
        assert via == "GET http://tidb.invalid/v1beta1/regions/r HTTP/1.1"
        # NO_PROXY names the host: straight there (and no such host).
        clean_env.setenv("NO_PROXY", "example.com, tidb.invalid")
        with tidbcloud.TiDBCloud("pub", "priv", base_url="http://tidb.invalid/v1beta1",
                                 max_retries=0) as c:
            with pytest.raises(tidbcloud.APIConnectionError):
                c.regions.get("r")
        clean_env.delenv("NO_PROXY")
        # trust_env=False: the environment is not read at all.
        count = len(proxy.seen)
        with tidbcloud.TiDBCloud("pub", "priv", base_url="http://tidb.invalid/v1beta1",
                                 max_retries=0, trust_env=False) as c:
            with pytest.raises(tidbcloud.APIConnectionError):
                c.regions.get("r")
        assert len(proxy.seen) == count


def test_an_explicit_proxy_carries_everything_loopback_included(clean_env):
    with RawServer(proxy_answer) as proxy, MockServer(rate_limit=None) as mock:
        with mock.client(proxy=f"http://127.0.0.1:{proxy.port}", max_retries=0) as c:
            via = c.regions.get("aws-us-east-1")["via"]
        assert via.startswith(f"GET {mock.url}/regions/aws-us-east-1 ")
        assert mock.request_count() == 0
        # proxy= wins over trust_env=False, which only concerns the environment.
        with mock.client(proxy=f"http://127.0.0.1:{proxy.port}", trust_env=False) as c:
            assert "via" in c.regions.get("aws-us-east-1")


def test_bad_proxies_are_clear_errors_that_keep_passwords_out(clean_env):
    for bad in ("ftp://user:hunter22@proxy", "not a url", "http://"):
        with pytest.raises(ValueError, match="proxy") as e:
            tidbcloud.TiDBCloud("pub", "priv", proxy=bad)
        assert "hunter22" not in str(e.value)
    clean_env.setenv("HTTPS_PROXY", "::hunter22::")
    with pytest.raises(tidbcloud.TiDBCloudError, match="HTTPS_PROXY") as e:
        tidbcloud.TiDBCloud("pub", "priv")
    assert "hunter22" not in str(e.value)
    # With the environment ignored, the broken variable does not matter.
    tidbcloud.TiDBCloud("pub", "priv", trust_env=False)


SECRET = 'Pw"é &x/'


def echo_forms(secret: str) -> list[str]:
    as_json = json.dumps(secret)[1:-1]  # Pw\"\u00e9 &x/
    return [
        secret,
        as_json,
        json.dumps(secret, ensure_ascii=False)[1:-1],  # Pw\"é &x/
        quote(secret, safe=""),
        re.sub("%[0-9A-F]{2}", lambda m: m.group(0).lower(), quote(secret, safe="")),
        quote_plus(secret),
        quote(secret),  # Python's default keeps "/"
        as_json.replace("\\u00e9", "\\u00E9"),
    ]


def leaks(text: str) -> list[str]:
    return [f for f in echo_forms(SECRET) if f in text]


def echoing(status: int):
    forms = echo_forms(SECRET)
    # The message holds each form as text; `details` a JSON document as a string,
    # and a query string, as a server might quote the request back.
    message = "rejected: " + " | ".join(forms)
    body = json.dumps({"code": 3, "message": message,
                       "details": [json.dumps({"password": SECRET}),
                                   "password=" + quote_plus(SECRET)]}).encode()

    def answer(_seen: Seen, conn) -> None:
        conn.sendall(response(status, body))
    return answer


def test_encoded_echoes_of_a_secret_are_redacted(caplog):
    caplog.set_level(logging.DEBUG, logger="tidbcloud")
    with RawServer(echoing(503)) as server:
        with tidbcloud.TiDBCloud("pub", "priv", base_url=server.url, max_retries=1) as c:
            with pytest.raises(tidbcloud.InternalServerError) as e:
                c.sql_users.update("1", "alice", password=SECRET)
    err = e.value
    assert "rejected" in str(err)
    assert leaks(str(err)) == [] and leaks(err.message) == []
    assert leaks(json.dumps(err.body, ensure_ascii=False)) == []
    assert leaks(repr(err.body)) == []
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "retrying" in logged and "rejected" in logged
    assert leaks(logged) == []


def test_a_non_json_error_body_is_redacted_too():
    def answer(_seen: Seen, conn) -> None:
        text = ("<html>bad password " + quote(SECRET) + "</html>").encode()
        conn.sendall(response(400, text, content_type="text/html"))

    with RawServer(answer) as server:
        with tidbcloud.TiDBCloud("pub", "priv", base_url=server.url, max_retries=0) as c:
            with pytest.raises(tidbcloud.BadRequestError) as e:
                c.sql_users.update("1", "alice", password=SECRET)
    assert "bad password ***" in str(e.value) and leaks(str(e.value)) == []
