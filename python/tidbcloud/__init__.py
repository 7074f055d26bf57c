"""Python SDK for the TiDB Cloud management API.

>>> import tidbcloud
>>> client = tidbcloud.TiDBCloud()          # keys from TIDBCLOUD_PUBLIC_KEY / _PRIVATE_KEY
>>> for c in client.clusters.list(states=["ACTIVE"]):
...     print(c["displayName"])
"""

from tidbcloud import types
from tidbcloud._core import (
    ApiKeys,
    AsyncApiKeys,
    AsyncAuditLogs,
    AsyncBilling,
    AsyncClusters,
    AsyncImports,
    AsyncIntegrations,
    AsyncPager,
    AsyncRegions,
    AsyncTiDBCloud,
    AuditLogs,
    Billing,
    Clusters,
    Imports,
    Integrations,
    Pager,
    Regions,
    TiDBCloud,
    __version__,
)
from tidbcloud._exceptions import (
    APIConnectionError,
    APIResponseError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TiDBCloudError,
    WaiterError,
)
from tidbcloud._logging import setup_from_env as _setup_logging
from tidbcloud._secret import SecretStr

_setup_logging()

__all__ = [
    "APIConnectionError",
    "APIResponseError",
    "APIStatusError",
    "APITimeoutError",
    "ApiKeys",
    "AsyncApiKeys",
    "AsyncAuditLogs",
    "AsyncBilling",
    "AsyncClusters",
    "AsyncImports",
    "AsyncIntegrations",
    "AsyncPager",
    "AsyncRegions",
    "AsyncTiDBCloud",
    "AuditLogs",
    "AuthenticationError",
    "BadRequestError",
    "Billing",
    "Clusters",
    "ConflictError",
    "Imports",
    "Integrations",
    "InternalServerError",
    "NotFoundError",
    "Pager",
    "PermissionDeniedError",
    "RateLimitError",
    "Regions",
    "SecretStr",
    "TiDBCloud",
    "TiDBCloudError",
    "WaiterError",
    "__version__",
    "types",
]
