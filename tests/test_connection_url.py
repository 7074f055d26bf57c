"""`tidbcloud.connection_url(cluster, ...)`: the URL of each tier's public
endpoint, with its root user, TLS required and verified, and the password
kept out of reprs; SQLAlchemy and PyMySQL take it as it is."""

from __future__ import annotations

import socket
import ssl
import struct
import threading
from typing import Any

import pytest

import tidbcloud
from helpers import cluster_args
from tidbcloud.connection import system_ca_bundle
from tidbcloud.testing import MockServer

PASSWORD = "p@ss:w/rd?#1"


@pytest.fixture(scope="module")
def clusters():
    """A Dedicated, a Starter and an Essential cluster as the mock gives them."""
    with MockServer(transition_seconds=0, rate_limit=None) as m:
        client = m.client()
        dedicated = client.clusters.create(**cluster_args(display_name="url-dedicated",
                                                          port=4001))
        starter = client.serverless.clusters.create(display_name="url-starter",
                                                    region_id="aws-us-east-1")
        essential = client.serverless.clusters.create(
            display_name="url-essential", region_id="aws-us-east-1",
            auto_scaling={"minRcu": 2000, "maxRcu": 4000})
        yield {"client": client,
               "dedicated": client.clusters.get(dedicated["clusterId"]),
               "starter": client.serverless.clusters.get(starter["clusterId"]),
               "essential": client.serverless.clusters.get(essential["clusterId"])}


def test_dedicated_url(clusters):
    c = clusters["dedicated"]
    url = tidbcloud.connection_url(c, password=PASSWORD, database="test")
    host = f"tidb.{c['clusterId']}.clusters.tidbcloud.mock"
    ca = system_ca_bundle()
    assert url == (f"mysql+pymysql://root:p%40ss%3Aw%2Frd%3F%231@{host}:4001/test"
                   f"?ssl_ca={ca}")
    assert (url.host, url.port, url.user, url.database, url.ca) == (host, 4001, "root", "test",
                                                                    ca)


@pytest.mark.parametrize("tier", ["starter", "essential"])
def test_starter_and_essential_urls(clusters, tier):
    c = clusters[tier]
    assert c["servicePlan"] == tier.capitalize()
    url = tidbcloud.connection_url(c, password=PASSWORD)
    public = c["endpoints"]["public"]
    user = f"{c['userPrefix']}.root"
    assert url == (f"mysql+pymysql://{user}:p%40ss%3Aw%2Frd%3F%231@{public['host']}:"
                   f"{public['port']}/?ssl_ca={system_ca_bundle()}")
    other = tidbcloud.connection_url(c, user=f"{c['userPrefix']}.app", driver="mysqlconnector")
    assert other.startswith(f"mysql+mysqlconnector://{c['userPrefix']}.app@{public['host']}")
    assert other.endswith("&ssl_verify_cert=true&ssl_verify_identity=true")


def test_the_password_stays_out_of_reprs(clusters):
    url = tidbcloud.connection_url(clusters["starter"], password=PASSWORD)
    shown = repr(url) + repr([url]) + repr(url.connect_args())
    assert "p%40ss" not in shown and PASSWORD not in shown and "****" in shown
    assert PASSWORD in str(url).replace("%40", "@").replace("%3A", ":").replace(
        "%2F", "/").replace("%3F", "?").replace("%23", "#")  # the URL itself has it
    assert "****" in repr(tidbcloud.connection_url(clusters["starter"],
                                                   password=tidbcloud.SecretStr(PASSWORD)))


def test_sqlalchemy_hands_pymysql_a_verifying_tls_setup(clusters):
    sqlalchemy = pytest.importorskip("sqlalchemy", reason="SQLAlchemy is not installed")
    pytest.importorskip("pymysql", reason="PyMySQL is not installed")
    c = clusters["starter"]
    url = tidbcloud.connection_url(c, password=PASSWORD, database="test")
    engine = sqlalchemy.create_engine(url)
    assert "***" in repr(engine.url) and "p%40ss" not in repr(engine)
    _, kwargs = engine.dialect.create_connect_args(engine.url)
    assert kwargs["password"] == PASSWORD  # quoting undone
    assert kwargs["user"] == f"{c['userPrefix']}.root"
    assert kwargs["ssl"] == {"ca": system_ca_bundle()}
    expected = url.connect_args()
    assert {k: kwargs[k] for k in expected} == expected


def test_what_cannot_make_a_url(clusters):
    client = clusters["client"]
    c = clusters["dedicated"]
    gid = c["tidbNodeSetting"]["tidbNodeGroups"][0]["tidbNodeGroupId"]
    client.tidb_node_groups.update_public_endpoint_setting(c["clusterId"], gid, enabled=False)
    closed = client.clusters.get(c["clusterId"])
    with pytest.raises(ValueError, match="has no public endpoint: turn one on"):
        tidbcloud.connection_url(closed, password=PASSWORD)
    client.tidb_node_groups.update_public_endpoint_setting(c["clusterId"], gid, enabled=True)
    basic = client.serverless.clusters.get(clusters["starter"]["clusterId"], view="BASIC")
    with pytest.raises(ValueError, match="view FULL"):
        tidbcloud.connection_url(basic)
    with pytest.raises(TypeError, match="password must be a str, got int"):
        tidbcloud.connection_url(c, password=1234)
    with pytest.raises(ValueError, match="driver must be one of 'pymysql', 'mysqlconnector'"):
        tidbcloud.connection_url(c, driver="odbc")
    with pytest.raises(TypeError, match="cluster must be a cluster dict, got str"):
        tidbcloud.connection_url(c["clusterId"])
    with pytest.raises(ValueError, match="neither tidbNodeSetting"):
        tidbcloud.connection_url({"clusterId": "1"})
    with pytest.raises(ValueError, match="ca: no such file"):
        tidbcloud.connection_url(c, ca="/nonexistent/ca.pem")


# A MySQL-protocol server as far as the TLS switch and the login, to show what
# a driver does with the URL's settings: it asks for TLS before it sends
# anything else, and it checks the certificate against the CA it was given.
CAPS = 0x1 | 0x8 | 0x200 | 0x800 | 0x8000 | 0x80000  # ..., SSL, SECURE_CONNECTION, PLUGIN_AUTH


def _packet(seq: int, payload: bytes) -> bytes:
    return struct.pack("<I", len(payload))[:3] + bytes([seq]) + payload


def _read(conn: Any) -> bytes:
    head = b""
    while len(head) < 4:
        chunk = conn.recv(4 - len(head))
        if not chunk:
            return b""
        head += chunk
    size = int.from_bytes(head[:3], "little")
    body = b""
    while len(body) < size:
        body += conn.recv(size - len(body))
    return body


class HandshakeServer:
    def __init__(self, cert: Any) -> None:
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        cert.configure_cert(self.context)
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.seen: dict[str, Any] = {}
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self) -> None:
        conn, _ = self.sock.accept()
        conn.settimeout(10)
        with conn:
            salt = b"abcdefghijklmnopqrst"
            greeting = (b"\x0a" + b"8.0.11-TiDB-mock\x00" + struct.pack("<I", 1) + salt[:8]
                        + b"\x00" + struct.pack("<H", CAPS & 0xFFFF) + b"\x21"
                        + struct.pack("<H", 0) + struct.pack("<H", CAPS >> 16) + bytes([21])
                        + b"\x00" * 10 + salt[8:] + b"\x00" + b"mysql_native_password\x00")
            conn.sendall(_packet(0, greeting))
            first = _read(conn)
            self.seen["first"] = first
            if len(first) != 32 or not struct.unpack("<I", first[:4])[0] & 0x800:
                return  # not a TLS request: credentials would follow in the clear
            try:
                tls = self.context.wrap_socket(conn, server_side=True)
            except (ssl.SSLError, OSError) as e:
                self.seen["tls_error"] = e
                return
            login = _read(tls)
            self.seen["user"] = login[32:login.index(b"\x00", 32)].decode()
            self.seen["database"] = b"test\x00" in login
            ok = b"\x00\x00\x00" + struct.pack("<HH", 0, 0)
            tls.sendall(_packet(3, ok))
            # Each command until COM_QUIT (the driver sets its character set).
            while (command := _read(tls)) and command != b"\x01":
                tls.sendall(_packet(1, ok))
            self.seen["quit"] = command


@pytest.fixture
def tls_server():
    trustme = pytest.importorskip("trustme", reason="trustme is not installed")
    pytest.importorskip("pymysql", reason="PyMySQL is not installed")
    ca = trustme.CA()
    servers = []

    def start() -> HandshakeServer:
        servers.append(HandshakeServer(ca.issue_cert("127.0.0.1")))
        return servers[-1]

    yield ca, start
    for s in servers:
        s.sock.close()


def _local(url: tidbcloud.ConnectionURL, port: int) -> dict[str, Any]:
    return {**url.connect_args(), "host": "127.0.0.1", "port": port, "connect_timeout": 10}


def test_pymysql_requires_tls_and_refuses_an_unknown_certificate(clusters, tls_server):
    import pymysql

    _, start = tls_server
    server = start()
    url = tidbcloud.connection_url(clusters["starter"], password=PASSWORD, database="test")
    with pytest.raises(pymysql.err.OperationalError, match="CERTIFICATE_VERIFY_FAILED"):
        pymysql.connect(**_local(url, server.port))
    server.thread.join(10)
    assert struct.unpack("<I", server.seen["first"][:4])[0] & 0x800  # TLS asked for first
    assert "user" not in server.seen  # the certificate is not the system's: nothing sent


def test_pymysql_logs_in_over_tls_with_the_url_settings(clusters, tls_server, tmp_path):
    import pymysql

    ca, start = tls_server
    server = start()
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    url = tidbcloud.connection_url(clusters["starter"], password=PASSWORD, database="test",
                                   ca=bundle)
    conn = pymysql.connect(**_local(url, server.port))
    conn.close()
    server.thread.join(10)
    assert server.seen["user"] == f"{clusters['starter']['userPrefix']}.root"
    assert server.seen["database"] is True
    assert server.seen["quit"] == b"\x01"  # COM_QUIT, over TLS
