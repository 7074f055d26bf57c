"""From a cluster to SQL in one line: ``tidbcloud.connection_url(cluster, password=...)``.

The URL is what SQLAlchemy's ``create_engine`` and pandas' ``read_sql`` take;
``url.connect_args()`` gives PyMySQL's ``connect`` keywords. It names the
cluster's public endpoint, the root user (``<userPrefix>.root`` on Starter and
Essential) and requires TLS, verified against the system's CA bundle.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from tidbcloud._secret import SecretStr

# How each driver's SQLAlchemy dialect is told to require verified TLS. For
# PyMySQL a CA alone turns on certificate and host name checks; adding its
# ssl_verify_* keywords would replace the CA it was given.
DRIVERS = {
    "pymysql": lambda ca: {"ssl_ca": ca},
    "mysqlconnector": lambda ca: {"ssl_ca": ca, "ssl_verify_cert": "true",
                                  "ssl_verify_identity": "true"},
}
# Where Linux distributions and macOS keep the system's CA bundle, for an
# interpreter whose OpenSSL names none that exists.
KNOWN_BUNDLES = (
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/pki/tls/certs/ca-bundle.crt",
    "/etc/ssl/ca-bundle.pem",
    "/etc/ssl/cert.pem",
)


def system_ca_bundle() -> str:
    """The path of the system's CA bundle (``SSL_CERT_FILE`` when set)."""
    paths = ssl.get_default_verify_paths()
    for path in (os.environ.get("SSL_CERT_FILE"), paths.cafile, paths.openssl_cafile,
                 *KNOWN_BUNDLES):
        if path and os.path.isfile(path):
            return path
    raise ValueError("no system CA bundle found: pass ca= the path of one "
                     "(certifi.where(), for instance)")


class ConnectionURL(str):
    """A ``mysql+<driver>://`` URL of a cluster: a ``str``, so it goes
    anywhere a URL does (``sqlalchemy.create_engine(url)``,
    ``pandas.read_sql(query, url)``); only its ``repr`` masks the password,
    so a notebook cell's echo or a traceback never shows it. Its parts are
    attributes (``host``, ``port``, ``user``, ``database``, ``ca``), and
    ``connect_args()`` gives them as PyMySQL's ``connect`` keywords."""

    host: str
    port: int
    user: str
    database: str | None
    driver: str
    ca: str
    _password: SecretStr | None
    _masked: str

    def __new__(cls, *, host: str, port: int, user: str, password: str | None,
                database: str | None, driver: str, ca: str) -> ConnectionURL:
        query = "&".join(f"{k}={quote(v, safe='/:')}" for k, v in DRIVERS[driver](ca).items())

        def render(secret: str | None) -> str:
            auth = quote(user, safe="")
            if secret is not None:
                auth += ":" + secret
            path = "/" + quote(database, safe="") if database else "/"
            return f"mysql+{driver}://{auth}@{host}:{port}{path}?{query}"

        url = super().__new__(cls, render(None if password is None
                                          else quote(password, safe="")))
        url.host, url.port, url.user, url.database, url.driver, url.ca = (
            host, port, user, database, driver, ca)
        url._password = None if password is None else SecretStr(password)
        url._masked = render(None if password is None else "****")
        return url

    def __repr__(self) -> str:
        return f"ConnectionURL({self._masked!r})"

    def connect_args(self) -> dict[str, Any]:
        """``pymysql.connect(**url.connect_args())``: host, port, user,
        password (a `SecretStr`, masked in a repr), database and ``ssl``
        with the CA, which makes PyMySQL verify the certificate and the host
        name."""
        args: dict[str, Any] = {"host": self.host, "port": self.port, "user": self.user,
                                "ssl": {"ca": self.ca}}
        if self._password is not None:
            args["password"] = self._password
        if self.database:
            args["database"] = self.database
        return args


def _text(value: Any, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    if not value:
        raise ValueError(f"{name} must not be empty")
    return str.__str__(value)


def _dedicated(cluster: Mapping[str, Any]) -> tuple[str, int, str]:
    groups = (cluster.get("tidbNodeSetting") or {}).get("tidbNodeGroups") or []
    # The default TiDB node group first: the one a cluster always has.
    groups = sorted(groups, key=lambda g: not g.get("isDefaultGroup"))
    for group in groups:
        for e in group.get("endpoints") or []:
            if e.get("connectionType") == "PUBLIC" and e.get("host"):
                return e["host"], int(e.get("port") or cluster.get("port") or 4000), "root"
    raise ValueError(
        f"cluster {cluster.get('clusterId')} has no public endpoint: turn one on with "
        "client.tidb_node_groups.update_public_endpoint_setting(..., enabled=True)")


def _serverless(cluster: Mapping[str, Any]) -> tuple[str, int, str]:
    public = (cluster.get("endpoints") or {}).get("public") or {}
    prefix = cluster.get("userPrefix")
    if not public.get("host") or not prefix:
        raise ValueError(
            f"cluster {cluster.get('clusterId')} has no public endpoint or userPrefix here: "
            "use the dict client.serverless.clusters.get(cluster_id) gives (view FULL)")
    if public.get("disabled"):
        raise ValueError(f"cluster {cluster.get('clusterId')}'s public endpoint is disabled")
    return public["host"], int(public.get("port") or 4000), f"{prefix}.root"


def connection_url(cluster: Mapping[str, Any], *, password: str | None = None,
                   database: str | None = None, driver: str = "pymysql",
                   user: str | None = None, ca: str | os.PathLike[str] | None = None,
                   ) -> ConnectionURL:
    """The URL of a cluster's public endpoint for SQLAlchemy, pandas and PyMySQL.

    ``cluster`` is a Dedicated cluster (``client.clusters.get(...)``: its
    default TiDB node group's PUBLIC endpoint, user ``root``) or a Starter or
    Essential one (``client.serverless.clusters.get(...)``:
    ``endpoints.public``, user ``<userPrefix>.root``). ``user=`` names another
    SQL user, as it is. ``driver`` is ``"pymysql"`` or ``"mysqlconnector"``.
    TLS is required and verified against ``ca`` (a CA bundle's path; the
    system's by default)::

        url = tidbcloud.connection_url(cluster, password=pw, database="test")
        engine = sqlalchemy.create_engine(url)
        conn = pymysql.connect(**url.connect_args())

    The result is a ``str`` whose ``repr`` masks the password.
    """
    if not isinstance(cluster, Mapping):
        raise TypeError(f"cluster must be a cluster dict, got {type(cluster).__name__}")
    if driver not in DRIVERS:
        raise ValueError(f"driver must be one of {', '.join(map(repr, DRIVERS))}, "
                         f"got {driver!r}")
    password = _text(password, "password")
    database = _text(database, "database")
    user = _text(user, "user")
    if ca is not None and not isinstance(ca, (str, os.PathLike)):
        raise TypeError(f"ca must be a path, got {type(ca).__name__}")
    if ca is not None and not os.path.isfile(ca):
        raise ValueError(f"ca: no such file: {os.fspath(ca)!r}")
    if "tidbNodeSetting" in cluster:
        host, port, root = _dedicated(cluster)
    elif "endpoints" in cluster or "userPrefix" in cluster or "servicePlan" in cluster:
        host, port, root = _serverless(cluster)
    else:
        raise ValueError("cluster has neither tidbNodeSetting (Dedicated) nor endpoints "
                         "(Starter, Essential): pass the dict a get() gives")
    return ConnectionURL(host=host, port=port, user=user or root, password=password,
                         database=database, driver=driver,
                         ca=os.fspath(ca) if ca is not None else system_ca_bundle())
