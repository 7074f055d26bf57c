"""Type stubs of the compiled core (``tidbcloud._core``)."""

import builtins
import datetime
import os
from collections.abc import Awaitable, Callable, Coroutine, Generator, Iterator, Mapping, Sequence
from typing import Any, Generic, TypeVar, final

from tidbcloud.types import (
    ApiKey,
    AuditLogConfig,
    AuditLogFilterRule,
    AzureBlobDownstreamConfig,
    BasicResp,
    BatchUpdateUsersRsp,
    BillsCostExplorer,
    BillsDetails,
    BillsExplorer,
    Changefeed,
    Cluster,
    ClusterStorageNodeSetting,
    ClusterTidbNodeSetting,
    CreateDatadogIntegrationRequest,
    CreateNewrelicIntegrationRequest,
    CreatePrometheusMetricsKeyRequest,
    CreationDetails,
    GcsDownstreamConfig,
    GenerateAuditLogFileDownloadAddressResponse,
    GetDbuserRsp,
    Groups,
    Import,
    IntegrationStatusResp,
    InviteUsersRsp,
    KafkaDownstreamConfig,
    ListChangefeedRCUsResponse,
    LogRedactionPolicy,
    MaintenanceTask,
    MaintenanceWindow,
    MspCustomer,
    MspCustomerSignupUrl,
    MySQLDownstreamConfig,
    NetworkContainer,
    NodeInstance,
    NodeSpec,
    OrgAuditLog,
    PrivateEndpointConnection,
    PrivateLinkService,
    Project,
    PublicEndpointSetting,
    PublicEndpointSettingIpAccessList,
    QueryAuditLogFilesResponseAuditLogFile,
    Region,
    ReplaceAuditLogFilterRuleResponse,
    S3DownstreamConfig,
    ServerlessAlicloudEndpointService,
    ServerlessAttachDomain,
    ServerlessAuditLogConfig,
    ServerlessAuditLogFile,
    ServerlessAuditLogFilterRule,
    ServerlessAwsEndpointService,
    ServerlessBackup,
    ServerlessBatchCreateClustersResponse,
    ServerlessBatchGetClustersResponse,
    ServerlessBranch,
    ServerlessChangefeed,
    ServerlessChangefeedFilter,
    ServerlessCluster,
    ServerlessClusterAutomatedBackupPolicy,
    ServerlessClusterAutoScaling,
    ServerlessClusterEncryptionConfig,
    ServerlessClusterEndpoints,
    ServerlessClusterSpendingLimit,
    ServerlessCreateMigrationPrecheckResp,
    ServerlessDescribeSchemaTableResp,
    ServerlessDownloadAuditLogFilesResponse,
    ServerlessDownloadExportFilesResponse,
    ServerlessDownloadExportsResponse,
    ServerlessExport,
    ServerlessExportFile,
    ServerlessExportOptions,
    ServerlessExportTarget,
    ServerlessGetAvailabilityZonesResponse,
    ServerlessImport,
    ServerlessImportOptions,
    ServerlessImportSource,
    ServerlessKafkaEndpoint,
    ServerlessListCloudProvidersResponse,
    ServerlessMigration,
    ServerlessMigrationPrecheck,
    ServerlessPrivateLinkConnection,
    ServerlessPrivateLinkEndpoint,
    ServerlessRegion,
    ServerlessRestoreResponse,
    ServerlessSinkInfo,
    ServerlessSource,
    ServerlessSqlUser,
    ServerlessStartPosition,
    ServerlessStartUploadResponse,
    ServerlessTarget,
    ShowCloudProvidersResponse,
    ShowNodeQuotaResponse,
    ShowObjectStorageAccessIamPrincipalResponse,
    SqlUser,
    TableConfig,
    TidbNodeGroup,
    TidbNodeGroupTiProxySetting,
    TrendsArgs,
    TrendsFilter,
    UpdateClusterRequestStorageNodeSetting,
    UpdateClusterRequestTidbNodeSetting,
    User,
    VpcPeering,
)

__version__: str

_T = TypeVar("_T")
_Month = str | datetime.date
_Time = str | datetime.datetime
_Progress = bool | Callable[[Any], object] | None

@final
class Pager(Generic[_T]):
    """A list result: iterate for items across all pages, ``.pages()`` for pages,
    ``.to_list()`` or ``.to_pandas()`` for all items at once.

    Each iteration starts from the first page. While you go through a page, the
    next one is already being fetched (one page ahead, no more; a dropped
    iterator cancels it), and only one page is held at a time."""
    def __iter__(self) -> PageIterator[_T]: ...
    def pages(self) -> PageIterator[dict[str, Any]]: ...
    def to_list(self) -> list[_T]:
        """Every item across all pages, as one list."""
    def to_pandas(self) -> Any:
        """Every item across all pages as a ``pandas.DataFrame`` (needs pandas)."""

@final
class PageIterator(Generic[_T]):
    def __iter__(self) -> PageIterator[_T]: ...
    def __next__(self) -> _T: ...

@final
class AsyncPager(Generic[_T]):
    """An async list result: ``async for`` items, ``.pages()`` for pages, or
    ``await .to_list()`` / ``await .to_pandas()``."""
    def __aiter__(self) -> AsyncPageIterator[_T]: ...
    def pages(self) -> AsyncPageIterator[dict[str, Any]]: ...
    def to_list(self) -> Coroutine[Any, Any, list[_T]]:
        """Every item across all pages, as one list (awaitable)."""
    def to_pandas(self) -> Coroutine[Any, Any, Any]:
        """Every item across all pages as a ``pandas.DataFrame`` (awaitable; needs pandas)."""

@final
class AsyncPageIterator(Generic[_T]):
    def __aiter__(self) -> AsyncPageIterator[_T]: ...
    def __anext__(self) -> Awaitable[_T]: ...

@final
class Ready:
    def __await__(self) -> Iterator[Any]: ...
    def __iter__(self) -> Ready: ...
    def __next__(self) -> None: ...

@final
class Call(Coroutine[Any, Any, _T]):
    """An awaitable API call: a coroutine, so ``await``, ``asyncio.create_task``,
    ``TaskGroup.create_task``, ``gather``, ``wait_for`` and ``shield`` all take it.
    Nothing is sent until it first runs."""
    def __await__(self) -> Generator[Any, None, _T]: ...
    def __next__(self) -> Any: ...
    def send(self, value: Any = None, /) -> Any: ...
    def throw(self, typ: Any, val: Any = None, tb: Any = None, /) -> Any: ...
    def close(self) -> None: ...

def _panicking_call(sync: bool) -> Any:
    """A call whose core panics (for the test suite): it raises, never crashes."""

def _conversion_timing(data: bytes, rounds: int) -> dict[str, float]:
    """Seconds for ``rounds`` conversions of the JSON ``data`` into Python objects,
    through a ``serde_json::Value`` ("value") and straight from the bytes
    ("direct"), and for the syntax check made before the direct path ("check").
    For the benchmark; not part of the API."""

def _operations() -> list[tuple[str, str, str, str]]:
    """(class, method, operationId, kind) of every resource operation."""

def _params() -> list[tuple[str, str, str, str, str, str | None, str | None, str]]:
    """(class, method, parameter, "positional" or "keyword", Rust type, Python
    type where declared, default, doc line) of every declared parameter of the
    resource operations."""

def _shutdown() -> None:
    """Run at interpreter exit: from then on no thread of tidbcloud's calls into Python."""

@final
class Bridge:
    """Hands finished calls to an event loop in batches (internal)."""
    def drain(self) -> None: ...

@final
class Clusters:
    """TiDB Cloud Dedicated clusters."""

    def list(
        self,
        *,
        project_id: str | None = None,
        states: Sequence[str] | str | None = None,
        cluster_ids: Sequence[str] | str | None = None,
        region_ids: Sequence[str] | str | None = None,
        skip: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[Cluster]:
        """Clusters, across all pages (10 a page unless `page_size` says). Filters:
        `project_id`, `states`, `cluster_ids`, `region_ids` (lists, or
        comma-separated strings); `skip` passes over that many first.

        Args:
            project_id: Only what belongs to this project.
            states: Only clusters in these states: a list, or one comma-separated str.
            cluster_ids: Only these clusters: a list of ids, or one comma-separated str.
            region_ids: Only these regions: a list, or one comma-separated str.
            skip: Pass over that many items first.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        *,
        display_name: str,
        region_id: str,
        tidb_node_setting: ClusterTidbNodeSetting | Mapping[str, Any],
        tikv_node_setting: ClusterStorageNodeSetting | Mapping[str, Any],
        tiflash_node_setting: ClusterStorageNodeSetting | Mapping[str, Any] | None = None,
        port: int | None = None,
        labels: Mapping[str, str] | None = None,
        root_password: str | None = None,
        project_id: str | None = None,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Cluster:
        """Create a cluster. Node settings are dicts in the API's camelCase:
        `tidb_node_setting={"nodeSpecKey": "8C16G", "tidbNodeGroups": [{"nodeCount": 2}]}`,
        `tikv_node_setting={"nodeSpecKey": "8C32G", "nodeCount": 3, "storageSizeGi": 500}`.
        `project_id` is a shorthand for `labels["tidb.cloud/project"]`.

        Args:
            display_name: The name people see.
            region_id: The region, such as `aws-us-east-1`.
            tidb_node_setting: The TiDB nodes: `{"nodeSpecKey", "tidbNodeGroups": [{"nodeCount"}]}`.
            tikv_node_setting: The TiKV nodes: `{"nodeSpecKey", "nodeCount", "storageSizeGi"}`.
            tiflash_node_setting: The TiFlash nodes: `{"nodeSpecKey", "nodeCount", "storageSizeGi"}`.
            port: The SQL port (4000 unless said).
            labels: Labels, a dict of str to str.
            root_password: The root password, 8 to 64 characters; never shown.
            project_id: A shorthand for `labels["tidb.cloud/project"]`.
            validate_only: Only check the request; change nothing."""
    def get(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Cluster:
        """One cluster by its id, as the service has it now.

        Args:
            cluster_id: The cluster's id."""
    def update(
        self,
        cluster_id: str,
        /,
        *,
        display_name: str | None = None,
        labels: Mapping[str, str] | None = None,
        tidb_node_setting: UpdateClusterRequestTidbNodeSetting | Mapping[str, Any] | None = None,
        tikv_node_setting: UpdateClusterRequestStorageNodeSetting | Mapping[str, Any] | None = None,
        tiflash_node_setting: UpdateClusterRequestStorageNodeSetting | Mapping[str, Any] | None = None,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Cluster:
        """Rename, relabel or resize a cluster. A node setting names what changes:
        `tidb_node_setting={"tidbNodeGroups": [{"tidbNodeGroupId": "...", "nodeCount": 3}]}`,
        `tikv_node_setting={"storageSizeGi": 1000}`.

        Args:
            cluster_id: The cluster's id.
            display_name: The name people see.
            labels: Labels, a dict of str to str.
            tidb_node_setting: The TiDB nodes: `{"nodeSpecKey", "tidbNodeGroups": [{"nodeCount"}]}`.
            tikv_node_setting: The TiKV nodes: `{"nodeSpecKey", "nodeCount", "storageSizeGi"}`.
            tiflash_node_setting: The TiFlash nodes: `{"nodeSpecKey", "nodeCount", "storageSizeGi"}`.
            validate_only: Only check the request; change nothing."""
    def delete(
        self,
        cluster_id: str,
        /,
        *,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Cluster:
        """Delete a cluster; returns it, DELETING. `validate_only=True` checks only.

        Args:
            cluster_id: The cluster's id.
            validate_only: Only check the request; change nothing."""
    def pause(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Cluster:
        """Pause an ACTIVE cluster; returns it (PAUSING).

        Args:
            cluster_id: The cluster's id."""
    def resume(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Cluster:
        """Resume a PAUSED cluster; returns it (RESUMING).

        Args:
            cluster_id: The cluster's id."""
    def reset_root_password(
        self,
        cluster_id: str,
        /,
        *,
        root_password: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Set a new root password (8 to 64 characters); it never appears in a
        repr, a log line or an error.

        Args:
            cluster_id: The cluster's id.
            root_password: The new root password, 8 to 64 characters; never shown."""
    def get_log_redaction_policy(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> LogRedactionPolicy:
        """Whether sensitive data is redacted from the cluster's logs:
        `{"clusterId", "redactLog"}` (true unless turned off).

        Args:
            cluster_id: The cluster's id."""
    def update_log_redaction_policy(
        self,
        cluster_id: str,
        /,
        *,
        redact_log: bool,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> LogRedactionPolicy:
        """Turn log redaction on or off (the cluster must be ACTIVE); turning it
        off exposes sensitive data in the logs, so turn it back on when done.

        Args:
            cluster_id: The cluster's id.
            redact_log: True: redact sensitive data from the logs; False: keep it."""
    def show_node_quota(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ShowNodeQuotaResponse:
        """How many nodes of each component type (TIDB, TIKV, TIFLASH, ...) the
        organization may have."""
    def wait(
        self,
        cluster_id: str,
        /,
        *,
        state: str = "ACTIVE",
        timeout: float = 1800.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Cluster:
        """Poll until the cluster is in `state` (`"DELETED"`: until it is gone) and
        return it. Transitional states (PAUSING, RESUMING, MODIFYING, UPGRADING,
        IMPORTING, RESTORING, MAINTENANCE) keep it waiting, and so does the old
        state straight after this client's pause, resume, update or delete.
        Raises `WaiterError` on timeout or when the state cannot be reached.

        `timeout`: seconds for the whole wait. `poll_interval`: seconds between
        polls (default 0.5 s, growing to 15 s). `progress`: `None` draws a
        display where someone watches (a terminal, Jupyter) and nothing in a
        pipe; `True` always draws one (tqdm when installed); `False` never; a
        callable receives every polled cluster. Every waiter follows these rules.

        Args:
            cluster_id: The cluster's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class AsyncClusters:
    """TiDB Cloud Dedicated clusters."""

    def list(
        self,
        *,
        project_id: str | None = None,
        states: Sequence[str] | str | None = None,
        cluster_ids: Sequence[str] | str | None = None,
        region_ids: Sequence[str] | str | None = None,
        skip: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[Cluster]:
        """Clusters, across all pages (10 a page unless `page_size` says). Filters:
        `project_id`, `states`, `cluster_ids`, `region_ids` (lists, or
        comma-separated strings); `skip` passes over that many first.

        Args:
            project_id: Only what belongs to this project.
            states: Only clusters in these states: a list, or one comma-separated str.
            cluster_ids: Only these clusters: a list of ids, or one comma-separated str.
            region_ids: Only these regions: a list, or one comma-separated str.
            skip: Pass over that many items first.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        *,
        display_name: str,
        region_id: str,
        tidb_node_setting: ClusterTidbNodeSetting | Mapping[str, Any],
        tikv_node_setting: ClusterStorageNodeSetting | Mapping[str, Any],
        tiflash_node_setting: ClusterStorageNodeSetting | Mapping[str, Any] | None = None,
        port: int | None = None,
        labels: Mapping[str, str] | None = None,
        root_password: str | None = None,
        project_id: str | None = None,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[Cluster]:
        """Create a cluster. Node settings are dicts in the API's camelCase:
        `tidb_node_setting={"nodeSpecKey": "8C16G", "tidbNodeGroups": [{"nodeCount": 2}]}`,
        `tikv_node_setting={"nodeSpecKey": "8C32G", "nodeCount": 3, "storageSizeGi": 500}`.
        `project_id` is a shorthand for `labels["tidb.cloud/project"]`.

        Args:
            display_name: The name people see.
            region_id: The region, such as `aws-us-east-1`.
            tidb_node_setting: The TiDB nodes: `{"nodeSpecKey", "tidbNodeGroups": [{"nodeCount"}]}`.
            tikv_node_setting: The TiKV nodes: `{"nodeSpecKey", "nodeCount", "storageSizeGi"}`.
            tiflash_node_setting: The TiFlash nodes: `{"nodeSpecKey", "nodeCount", "storageSizeGi"}`.
            port: The SQL port (4000 unless said).
            labels: Labels, a dict of str to str.
            root_password: The root password, 8 to 64 characters; never shown.
            project_id: A shorthand for `labels["tidb.cloud/project"]`.
            validate_only: Only check the request; change nothing."""
    def get(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[Cluster]:
        """One cluster by its id, as the service has it now.

        Args:
            cluster_id: The cluster's id."""
    def update(
        self,
        cluster_id: str,
        /,
        *,
        display_name: str | None = None,
        labels: Mapping[str, str] | None = None,
        tidb_node_setting: UpdateClusterRequestTidbNodeSetting | Mapping[str, Any] | None = None,
        tikv_node_setting: UpdateClusterRequestStorageNodeSetting | Mapping[str, Any] | None = None,
        tiflash_node_setting: UpdateClusterRequestStorageNodeSetting | Mapping[str, Any] | None = None,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[Cluster]:
        """Rename, relabel or resize a cluster. A node setting names what changes:
        `tidb_node_setting={"tidbNodeGroups": [{"tidbNodeGroupId": "...", "nodeCount": 3}]}`,
        `tikv_node_setting={"storageSizeGi": 1000}`.

        Args:
            cluster_id: The cluster's id.
            display_name: The name people see.
            labels: Labels, a dict of str to str.
            tidb_node_setting: The TiDB nodes: `{"nodeSpecKey", "tidbNodeGroups": [{"nodeCount"}]}`.
            tikv_node_setting: The TiKV nodes: `{"nodeSpecKey", "nodeCount", "storageSizeGi"}`.
            tiflash_node_setting: The TiFlash nodes: `{"nodeSpecKey", "nodeCount", "storageSizeGi"}`.
            validate_only: Only check the request; change nothing."""
    def delete(
        self,
        cluster_id: str,
        /,
        *,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[Cluster]:
        """Delete a cluster; returns it, DELETING. `validate_only=True` checks only.

        Args:
            cluster_id: The cluster's id.
            validate_only: Only check the request; change nothing."""
    def pause(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[Cluster]:
        """Pause an ACTIVE cluster; returns it (PAUSING).

        Args:
            cluster_id: The cluster's id."""
    def resume(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[Cluster]:
        """Resume a PAUSED cluster; returns it (RESUMING).

        Args:
            cluster_id: The cluster's id."""
    def reset_root_password(
        self,
        cluster_id: str,
        /,
        *,
        root_password: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Set a new root password (8 to 64 characters); it never appears in a
        repr, a log line or an error.

        Args:
            cluster_id: The cluster's id.
            root_password: The new root password, 8 to 64 characters; never shown."""
    def get_log_redaction_policy(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[LogRedactionPolicy]:
        """Whether sensitive data is redacted from the cluster's logs:
        `{"clusterId", "redactLog"}` (true unless turned off).

        Args:
            cluster_id: The cluster's id."""
    def update_log_redaction_policy(
        self,
        cluster_id: str,
        /,
        *,
        redact_log: bool,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[LogRedactionPolicy]:
        """Turn log redaction on or off (the cluster must be ACTIVE); turning it
        off exposes sensitive data in the logs, so turn it back on when done.

        Args:
            cluster_id: The cluster's id.
            redact_log: True: redact sensitive data from the logs; False: keep it."""
    def show_node_quota(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ShowNodeQuotaResponse]:
        """How many nodes of each component type (TIDB, TIKV, TIFLASH, ...) the
        organization may have."""
    def wait(
        self,
        cluster_id: str,
        /,
        *,
        state: str = "ACTIVE",
        timeout: float = 1800.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Call[Cluster]:
        """Poll until the cluster is in `state` (`"DELETED"`: until it is gone) and
        return it. Transitional states (PAUSING, RESUMING, MODIFYING, UPGRADING,
        IMPORTING, RESTORING, MAINTENANCE) keep it waiting, and so does the old
        state straight after this client's pause, resume, update or delete.
        Raises `WaiterError` on timeout or when the state cannot be reached.

        `timeout`: seconds for the whole wait. `poll_interval`: seconds between
        polls (default 0.5 s, growing to 15 s). `progress`: `None` draws a
        display where someone watches (a terminal, Jupyter) and nothing in a
        pipe; `True` always draws one (tqdm when installed); `False` never; a
        callable receives every polled cluster. Every waiter follows these rules.

        Args:
            cluster_id: The cluster's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class TidbNodeGroups:
    """TiDB node groups of a Dedicated cluster, with each group's public endpoint and private link
service."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        skip: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[TidbNodeGroup]:
        """The cluster's TiDB node groups (the default one too), across all pages;
        `skip` passes over that many first.

        Args:
            cluster_id: The cluster's id.
            skip: Pass over that many items first.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        cluster_id: str,
        /,
        *,
        display_name: str,
        node_count: int,
        node_spec_key: str | None = None,
        tiproxy_setting: TidbNodeGroupTiProxySetting | Mapping[str, Any] | None = None,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TidbNodeGroup:
        """Add a TiDB node group of `node_count` nodes (the cluster's TiDB node
        size unless `node_spec_key` says); `tiproxy_setting={"nodeSpecKey":
        "2C4G", "nodeCount": 2}` gives it TiProxy nodes. Returns it, MODIFYING.

        Args:
            cluster_id: The cluster's id.
            display_name: The name people see.
            node_count: How many TiDB nodes.
            node_spec_key: The node size; the cluster's TiDB node size when absent.
            tiproxy_setting: TiProxy nodes: `{"nodeSpecKey", "nodeCount"}`.
            validate_only: Only check the request; change nothing."""
    def get(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TidbNodeGroup:
        """One TiDB node group of the cluster (the default one too).

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id."""
    def update(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        /,
        *,
        display_name: str | None = None,
        node_count: int | None = None,
        tiproxy_setting: TidbNodeGroupTiProxySetting | Mapping[str, Any] | None = None,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TidbNodeGroup:
        """Rename a group or change its node count or TiProxy setting; a new size
        makes it MODIFYING until it is ACTIVE again.

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id.
            display_name: The name people see.
            node_count: The new number of TiDB nodes.
            tiproxy_setting: TiProxy nodes: `{"nodeSpecKey", "nodeCount"}`.
            validate_only: Only check the request; change nothing."""
    def delete(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        /,
        *,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Delete a group (not the default one); returns `{}`.

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id.
            validate_only: Only check the request; change nothing."""
    def get_public_endpoint_setting(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PublicEndpointSetting:
        """Whether the group's public endpoint is on, and who may reach it.

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id."""
    def update_public_endpoint_setting(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        /,
        *,
        enabled: bool | None = None,
        ip_access_list: Sequence[PublicEndpointSettingIpAccessList] | None = None,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PublicEndpointSetting:
        """Turn the public endpoint on or off (`enabled`), or replace its IP access
        list: `ip_access_list=[{"cidrNotation": "203.0.113.0/24", "description": "office"}]`.

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id.
            enabled: Turn the public endpoint on (True) or off (False).
            ip_access_list: The addresses allowed in: `[{"cidrNotation", "description"}]`.
            validate_only: Only check the request; change nothing."""
    def get_private_link_service(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PrivateLinkService:
        """The private link service private endpoints connect to.

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id."""
    def wait(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        /,
        *,
        state: str = "ACTIVE",
        timeout: float = 1800.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TidbNodeGroup:
        """Poll until the group is in `state` (`"DELETED"`: until it is gone) and
        return it; MODIFYING keeps it waiting, and so does the old state straight
        after this client's resize. Raises `WaiterError` on timeout or when the
        state cannot be reached.

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class AsyncTidbNodeGroups:
    """TiDB node groups of a Dedicated cluster, with each group's public endpoint and private link
service."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        skip: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[TidbNodeGroup]:
        """The cluster's TiDB node groups (the default one too), across all pages;
        `skip` passes over that many first.

        Args:
            cluster_id: The cluster's id.
            skip: Pass over that many items first.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        cluster_id: str,
        /,
        *,
        display_name: str,
        node_count: int,
        node_spec_key: str | None = None,
        tiproxy_setting: TidbNodeGroupTiProxySetting | Mapping[str, Any] | None = None,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[TidbNodeGroup]:
        """Add a TiDB node group of `node_count` nodes (the cluster's TiDB node
        size unless `node_spec_key` says); `tiproxy_setting={"nodeSpecKey":
        "2C4G", "nodeCount": 2}` gives it TiProxy nodes. Returns it, MODIFYING.

        Args:
            cluster_id: The cluster's id.
            display_name: The name people see.
            node_count: How many TiDB nodes.
            node_spec_key: The node size; the cluster's TiDB node size when absent.
            tiproxy_setting: TiProxy nodes: `{"nodeSpecKey", "nodeCount"}`.
            validate_only: Only check the request; change nothing."""
    def get(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[TidbNodeGroup]:
        """One TiDB node group of the cluster (the default one too).

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id."""
    def update(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        /,
        *,
        display_name: str | None = None,
        node_count: int | None = None,
        tiproxy_setting: TidbNodeGroupTiProxySetting | Mapping[str, Any] | None = None,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[TidbNodeGroup]:
        """Rename a group or change its node count or TiProxy setting; a new size
        makes it MODIFYING until it is ACTIVE again.

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id.
            display_name: The name people see.
            node_count: The new number of TiDB nodes.
            tiproxy_setting: TiProxy nodes: `{"nodeSpecKey", "nodeCount"}`.
            validate_only: Only check the request; change nothing."""
    def delete(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        /,
        *,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Delete a group (not the default one); returns `{}`.

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id.
            validate_only: Only check the request; change nothing."""
    def get_public_endpoint_setting(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[PublicEndpointSetting]:
        """Whether the group's public endpoint is on, and who may reach it.

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id."""
    def update_public_endpoint_setting(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        /,
        *,
        enabled: bool | None = None,
        ip_access_list: Sequence[PublicEndpointSettingIpAccessList] | None = None,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[PublicEndpointSetting]:
        """Turn the public endpoint on or off (`enabled`), or replace its IP access
        list: `ip_access_list=[{"cidrNotation": "203.0.113.0/24", "description": "office"}]`.

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id.
            enabled: Turn the public endpoint on (True) or off (False).
            ip_access_list: The addresses allowed in: `[{"cidrNotation", "description"}]`.
            validate_only: Only check the request; change nothing."""
    def get_private_link_service(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[PrivateLinkService]:
        """The private link service private endpoints connect to.

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id."""
    def wait(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        /,
        *,
        state: str = "ACTIVE",
        timeout: float = 1800.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Call[TidbNodeGroup]:
        """Poll until the group is in `state` (`"DELETED"`: until it is gone) and
        return it; MODIFYING keeps it waiting, and so does the old state straight
        after this client's resize. Raises `WaiterError` on timeout or when the
        state cannot be reached.

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class PrivateEndpoints:
    """Private endpoint connections to a TiDB node group's private link service."""

    def list(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        /,
        *,
        project_id: str | None = None,
        cloud_provider: str | None = None,
        skip: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[PrivateEndpointConnection]:
        """The group's private endpoint connections, across all pages. Filters:
        `project_id`, `cloud_provider`; `skip` passes over that many first.

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id.
            project_id: Only what belongs to this project.
            cloud_provider: Only this cloud provider's: `aws`, `gcp`, `azure` or `alicloud`.
            skip: Pass over that many items first.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        /,
        *,
        endpoint_id: str,
        private_ip_address: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PrivateEndpointConnection:
        """Register a VPC endpoint you made to the group's private link service:
        `endpoint_id` is `vpce-...` on AWS, the endpoint's name on Google Cloud,
        its resource ID on Azure (with `private_ip_address`). Returns it, PENDING.

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id.
            endpoint_id: Your endpoint: `vpce-...` on AWS, its name on GCP, its resource id on Azure.
            private_ip_address: The endpoint's private IP address (Azure)."""
    def get(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        private_endpoint_connection_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PrivateEndpointConnection:
        """One private endpoint connection, with its `endpointState`.

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id.
            private_endpoint_connection_id: The private endpoint connection's id."""
    def delete(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        private_endpoint_connection_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Remove the connection; returns `{}`.

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id.
            private_endpoint_connection_id: The private endpoint connection's id."""
    def wait(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        private_endpoint_connection_id: str,
        /,
        *,
        state: str = "ACTIVE",
        timeout: float = 1800.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> PrivateEndpointConnection:
        """Poll until the connection's `endpointState` is `state` (ACTIVE unless
        said; `"DELETED"`: until it is gone) and return it. FAILED raises
        `WaiterError` with the connection's `message`.

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id.
            private_endpoint_connection_id: The private endpoint connection's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class AsyncPrivateEndpoints:
    """Private endpoint connections to a TiDB node group's private link service."""

    def list(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        /,
        *,
        project_id: str | None = None,
        cloud_provider: str | None = None,
        skip: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[PrivateEndpointConnection]:
        """The group's private endpoint connections, across all pages. Filters:
        `project_id`, `cloud_provider`; `skip` passes over that many first.

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id.
            project_id: Only what belongs to this project.
            cloud_provider: Only this cloud provider's: `aws`, `gcp`, `azure` or `alicloud`.
            skip: Pass over that many items first.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        /,
        *,
        endpoint_id: str,
        private_ip_address: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[PrivateEndpointConnection]:
        """Register a VPC endpoint you made to the group's private link service:
        `endpoint_id` is `vpce-...` on AWS, the endpoint's name on Google Cloud,
        its resource ID on Azure (with `private_ip_address`). Returns it, PENDING.

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id.
            endpoint_id: Your endpoint: `vpce-...` on AWS, its name on GCP, its resource id on Azure.
            private_ip_address: The endpoint's private IP address (Azure)."""
    def get(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        private_endpoint_connection_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[PrivateEndpointConnection]:
        """One private endpoint connection, with its `endpointState`.

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id.
            private_endpoint_connection_id: The private endpoint connection's id."""
    def delete(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        private_endpoint_connection_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Remove the connection; returns `{}`.

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id.
            private_endpoint_connection_id: The private endpoint connection's id."""
    def wait(
        self,
        cluster_id: str,
        tidb_node_group_id: str,
        private_endpoint_connection_id: str,
        /,
        *,
        state: str = "ACTIVE",
        timeout: float = 1800.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Call[PrivateEndpointConnection]:
        """Poll until the connection's `endpointState` is `state` (ACTIVE unless
        said; `"DELETED"`: until it is gone) and return it. FAILED raises
        `WaiterError` with the connection's `message`.

        Args:
            cluster_id: The cluster's id.
            tidb_node_group_id: The TiDB node group's id.
            private_endpoint_connection_id: The private endpoint connection's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class NetworkContainers:
    """Network containers: the CIDR a project's Dedicated clusters use in a region."""

    def list(
        self,
        *,
        project_id: str | None = None,
        cloud_provider: str | None = None,
        skip: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[NetworkContainer]:
        """Network containers, across all pages. Filters: `project_id`,
        `cloud_provider`; `skip` passes over that many first.

        Args:
            project_id: Only what belongs to this project.
            cloud_provider: Only this cloud provider's: `aws`, `gcp`, `azure` or `alicloud`.
            skip: Pass over that many items first.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        *,
        region_id: str,
        cidr_notation: str | None = None,
        labels: Mapping[str, str] | None = None,
        project_id: str | None = None,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> NetworkContainer:
        """Set the CIDR for a region (`cidr_notation`, the region's default when
        absent), in the project of `labels["tidb.cloud/project"]` or
        `project_id` (the default project otherwise).

        Args:
            region_id: The region, such as `aws-us-east-1`.
            cidr_notation: The CIDR block, such as `172.16.0.0/21`; the region's default when absent.
            labels: Labels, a dict of str to str.
            project_id: The project, when `labels` does not name it (the default project otherwise).
            validate_only: Only check the request; change nothing."""
    def get(
        self,
        network_container_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> NetworkContainer:
        """One network container by its id.

        Args:
            network_container_id: The network container's id."""
    def delete(
        self,
        network_container_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Delete a network container no cluster or VPC peering uses; returns `{}`.

        Args:
            network_container_id: The network container's id."""

@final
class AsyncNetworkContainers:
    """Network containers: the CIDR a project's Dedicated clusters use in a region."""

    def list(
        self,
        *,
        project_id: str | None = None,
        cloud_provider: str | None = None,
        skip: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[NetworkContainer]:
        """Network containers, across all pages. Filters: `project_id`,
        `cloud_provider`; `skip` passes over that many first.

        Args:
            project_id: Only what belongs to this project.
            cloud_provider: Only this cloud provider's: `aws`, `gcp`, `azure` or `alicloud`.
            skip: Pass over that many items first.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        *,
        region_id: str,
        cidr_notation: str | None = None,
        labels: Mapping[str, str] | None = None,
        project_id: str | None = None,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[NetworkContainer]:
        """Set the CIDR for a region (`cidr_notation`, the region's default when
        absent), in the project of `labels["tidb.cloud/project"]` or
        `project_id` (the default project otherwise).

        Args:
            region_id: The region, such as `aws-us-east-1`.
            cidr_notation: The CIDR block, such as `172.16.0.0/21`; the region's default when absent.
            labels: Labels, a dict of str to str.
            project_id: The project, when `labels` does not name it (the default project otherwise).
            validate_only: Only check the request; change nothing."""
    def get(
        self,
        network_container_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[NetworkContainer]:
        """One network container by its id.

        Args:
            network_container_id: The network container's id."""
    def delete(
        self,
        network_container_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Delete a network container no cluster or VPC peering uses; returns `{}`.

        Args:
            network_container_id: The network container's id."""

@final
class VpcPeerings:
    """VPC peerings between your VPCs and a project's network container."""

    def list(
        self,
        *,
        project_id: str | None = None,
        cloud_provider: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[VpcPeering]:
        """VPC peerings, across all pages. Filters: `project_id`, `cloud_provider`.

        Args:
            project_id: Only what belongs to this project.
            cloud_provider: Only this cloud provider's: `aws`, `gcp`, `azure` or `alicloud`.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        *,
        tidb_cloud_region_id: str,
        customer_account_id: str,
        customer_vpc_id: str,
        customer_vpc_cidr: str,
        customer_region_id: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> VpcPeering:
        """Peer your VPC (`customer_vpc_id`, `customer_vpc_cidr`, in
        `customer_account_id` and, on AWS, `customer_region_id`) with the
        network container of `tidb_cloud_region_id`. Returns it, PENDING until
        you accept it on your side.

        Args:
            tidb_cloud_region_id: The region of the project's network container.
            customer_account_id: Your cloud account (AWS account, GCP project) id.
            customer_vpc_id: Your VPC's id (AWS) or network name (GCP).
            customer_vpc_cidr: Your VPC's CIDR block.
            customer_region_id: Your VPC's region (AWS only)."""
    def get(
        self,
        vpc_peering_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> VpcPeering:
        """One VPC peering by its id, with its `state`.

        Args:
            vpc_peering_id: The VPC peering's id."""
    def delete(
        self,
        vpc_peering_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Delete a peering; returns `{}`.

        Args:
            vpc_peering_id: The VPC peering's id."""
    def wait(
        self,
        vpc_peering_id: str,
        /,
        *,
        state: str = "ACTIVE",
        timeout: float = 1800.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> VpcPeering:
        """Poll until the peering is in `state` (ACTIVE unless said; `"DELETED"`:
        until it is gone) and return it. FAILED raises `WaiterError`.

        Args:
            vpc_peering_id: The VPC peering's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class AsyncVpcPeerings:
    """VPC peerings between your VPCs and a project's network container."""

    def list(
        self,
        *,
        project_id: str | None = None,
        cloud_provider: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[VpcPeering]:
        """VPC peerings, across all pages. Filters: `project_id`, `cloud_provider`.

        Args:
            project_id: Only what belongs to this project.
            cloud_provider: Only this cloud provider's: `aws`, `gcp`, `azure` or `alicloud`.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        *,
        tidb_cloud_region_id: str,
        customer_account_id: str,
        customer_vpc_id: str,
        customer_vpc_cidr: str,
        customer_region_id: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[VpcPeering]:
        """Peer your VPC (`customer_vpc_id`, `customer_vpc_cidr`, in
        `customer_account_id` and, on AWS, `customer_region_id`) with the
        network container of `tidb_cloud_region_id`. Returns it, PENDING until
        you accept it on your side.

        Args:
            tidb_cloud_region_id: The region of the project's network container.
            customer_account_id: Your cloud account (AWS account, GCP project) id.
            customer_vpc_id: Your VPC's id (AWS) or network name (GCP).
            customer_vpc_cidr: Your VPC's CIDR block.
            customer_region_id: Your VPC's region (AWS only)."""
    def get(
        self,
        vpc_peering_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[VpcPeering]:
        """One VPC peering by its id, with its `state`.

        Args:
            vpc_peering_id: The VPC peering's id."""
    def delete(
        self,
        vpc_peering_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Delete a peering; returns `{}`.

        Args:
            vpc_peering_id: The VPC peering's id."""
    def wait(
        self,
        vpc_peering_id: str,
        /,
        *,
        state: str = "ACTIVE",
        timeout: float = 1800.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Call[VpcPeering]:
        """Poll until the peering is in `state` (ACTIVE unless said; `"DELETED"`:
        until it is gone) and return it. FAILED raises `WaiterError`.

        Args:
            vpc_peering_id: The VPC peering's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class Regions:
    """Cloud regions and their node specifications."""

    def list(
        self,
        *,
        cloud_provider: str | None = None,
        project_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[Region]:
        """Regions, across all pages. Filters: `cloud_provider` ("aws", "gcp",
        "azure", "alicloud") and `project_id`.

        Args:
            cloud_provider: Only this cloud provider's: `aws`, `gcp`, `azure` or `alicloud`.
            project_id: Only the regions this project may use.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def get(
        self,
        region_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Region:
        """One region by its id, such as "aws-us-east-1".

        Args:
            region_id: The region, such as `aws-us-east-1`."""
    def list_node_specs(
        self,
        region_id: str,
        /,
        *,
        component_type: str | None = None,
        cluster_id: str | None = None,
        project_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[NodeSpec]:
        """The node specs a region offers, across all pages. Filters:
        `component_type` ("TIDB", "TIKV", "TIFLASH", "PD"), `cluster_id`, `project_id`.

        Args:
            region_id: The region, such as `aws-us-east-1`.
            component_type: Only this component's specs: `TIDB`, `TIKV`, `TIFLASH` or `PD`.
            cluster_id: Only the specs this cluster may use.
            project_id: Only the specs this project may use.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def show_cloud_providers(
        self,
        *,
        project_id: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ShowCloudProvidersResponse:
        """The cloud providers Dedicated clusters can run on (`project_id`: in that project).

        Args:
            project_id: Only the providers this project may use."""
    def get_node_spec(
        self,
        region_id: str,
        component_type: str,
        node_spec_key: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> NodeSpec:
        """One node spec: `get_node_spec("aws-us-east-1", "TIKV", "8C32G")`.

        Args:
            region_id: The region, such as `aws-us-east-1`.
            component_type: `TIDB`, `TIKV`, `TIFLASH` or `PD`.
            node_spec_key: The node size, such as `8C16G`."""

@final
class AsyncRegions:
    """Cloud regions and their node specifications."""

    def list(
        self,
        *,
        cloud_provider: str | None = None,
        project_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[Region]:
        """Regions, across all pages. Filters: `cloud_provider` ("aws", "gcp",
        "azure", "alicloud") and `project_id`.

        Args:
            cloud_provider: Only this cloud provider's: `aws`, `gcp`, `azure` or `alicloud`.
            project_id: Only the regions this project may use.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def get(
        self,
        region_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[Region]:
        """One region by its id, such as "aws-us-east-1".

        Args:
            region_id: The region, such as `aws-us-east-1`."""
    def list_node_specs(
        self,
        region_id: str,
        /,
        *,
        component_type: str | None = None,
        cluster_id: str | None = None,
        project_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[NodeSpec]:
        """The node specs a region offers, across all pages. Filters:
        `component_type` ("TIDB", "TIKV", "TIFLASH", "PD"), `cluster_id`, `project_id`.

        Args:
            region_id: The region, such as `aws-us-east-1`.
            component_type: Only this component's specs: `TIDB`, `TIKV`, `TIFLASH` or `PD`.
            cluster_id: Only the specs this cluster may use.
            project_id: Only the specs this project may use.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def show_cloud_providers(
        self,
        *,
        project_id: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ShowCloudProvidersResponse]:
        """The cloud providers Dedicated clusters can run on (`project_id`: in that project).

        Args:
            project_id: Only the providers this project may use."""
    def get_node_spec(
        self,
        region_id: str,
        component_type: str,
        node_spec_key: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[NodeSpec]:
        """One node spec: `get_node_spec("aws-us-east-1", "TIKV", "8C32G")`.

        Args:
            region_id: The region, such as `aws-us-east-1`.
            component_type: `TIDB`, `TIKV`, `TIFLASH` or `PD`.
            node_spec_key: The node size, such as `8C16G`."""

@final
class Imports:
    """Data import tasks of a cluster."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        order_by: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[Import]:
        """The cluster's imports, across all pages (10 a page unless `page_size`
        says); `order_by="createTime desc"` lists the newest first.

        Args:
            cluster_id: The cluster's id.
            order_by: The sort order, such as `"createTime desc"`.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        cluster_id: str,
        /,
        *,
        creation_details: CreationDetails | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Import:
        """Start an import. `creation_details` is the service's object:
        `{"importOptions": {"fileType": "CSV"}, "source": {"type": "S3", "s3":
        {"uri": ..., "authType": "ROLE_ARN", "roleArn": ...}}}`.

        Args:
            cluster_id: The cluster's id.
            creation_details: The service's object: `importOptions` and `source`."""
    def get(
        self,
        cluster_id: str,
        import_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Import:
        """One import of the cluster, with its `state`, `completePercent` and `message`.

        Args:
            cluster_id: The cluster's id.
            import_id: The import's id."""
    def cancel(
        self,
        cluster_id: str,
        import_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Cancel a PREPARING or IMPORTING import; it goes CANCELING, then CANCELED. Returns
        `{}`.

        Args:
            cluster_id: The cluster's id.
            import_id: The import's id."""
    def wait(
        self,
        cluster_id: str,
        import_id: str,
        /,
        *,
        timeout: float = 3600.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Import:
        """Poll until the import is COMPLETED and return it. FAILED or CANCELED
        raise `WaiterError` (with the import's `message`), as does a timeout;
        PREPARING, IMPORTING and CANCELING keep it waiting.

        Args:
            cluster_id: The cluster's id.
            import_id: The import's id.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class AsyncImports:
    """Data import tasks of a cluster."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        order_by: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[Import]:
        """The cluster's imports, across all pages (10 a page unless `page_size`
        says); `order_by="createTime desc"` lists the newest first.

        Args:
            cluster_id: The cluster's id.
            order_by: The sort order, such as `"createTime desc"`.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        cluster_id: str,
        /,
        *,
        creation_details: CreationDetails | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[Import]:
        """Start an import. `creation_details` is the service's object:
        `{"importOptions": {"fileType": "CSV"}, "source": {"type": "S3", "s3":
        {"uri": ..., "authType": "ROLE_ARN", "roleArn": ...}}}`.

        Args:
            cluster_id: The cluster's id.
            creation_details: The service's object: `importOptions` and `source`."""
    def get(
        self,
        cluster_id: str,
        import_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[Import]:
        """One import of the cluster, with its `state`, `completePercent` and `message`.

        Args:
            cluster_id: The cluster's id.
            import_id: The import's id."""
    def cancel(
        self,
        cluster_id: str,
        import_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Cancel a PREPARING or IMPORTING import; it goes CANCELING, then CANCELED. Returns
        `{}`.

        Args:
            cluster_id: The cluster's id.
            import_id: The import's id."""
    def wait(
        self,
        cluster_id: str,
        import_id: str,
        /,
        *,
        timeout: float = 3600.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Call[Import]:
        """Poll until the import is COMPLETED and return it. FAILED or CANCELED
        raise `WaiterError` (with the import's `message`), as does a timeout;
        PREPARING, IMPORTING and CANCELING keep it waiting.

        Args:
            cluster_id: The cluster's id.
            import_id: The import's id.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class Projects:
    """Projects of the organization (IAM server)."""

    def list(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[Project]:
        """The organization's projects (`id`, `name`, `cluster_count`, ...), across all pages.

        Args:
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        *,
        name: str,
        aws_cmek_enabled: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Create a project; returns `{"id": ...}` (through the older v1beta API).

        Args:
            name: The project's name.
            aws_cmek_enabled: Encrypt the project's AWS clusters with your own key."""
    def get_aws_cmek(
        self,
        project_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """The project's AWS customer-managed encryption keys (the older v1beta
        API): `{"items": [{"region", "kms_arn"}]}`.

        Args:
            project_id: The project's id."""
    def create_aws_cmek(
        self,
        project_id: str,
        /,
        *,
        specs: Sequence[Mapping[str, str]],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Configure the project's AWS customer-managed encryption keys, one a
        region; a region's key cannot be replaced once set. Returns `{}`.

        Args:
            project_id: The project's id.
            specs: `[{"region": "us-west-2", "kms_arn": "arn:aws:kms:..."}]`."""

@final
class AsyncProjects:
    """Projects of the organization (IAM server)."""

    def list(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[Project]:
        """The organization's projects (`id`, `name`, `cluster_count`, ...), across all pages.

        Args:
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        *,
        name: str,
        aws_cmek_enabled: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Create a project; returns `{"id": ...}` (through the older v1beta API).

        Args:
            name: The project's name.
            aws_cmek_enabled: Encrypt the project's AWS clusters with your own key."""
    def get_aws_cmek(
        self,
        project_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """The project's AWS customer-managed encryption keys (the older v1beta
        API): `{"items": [{"region", "kms_arn"}]}`.

        Args:
            project_id: The project's id."""
    def create_aws_cmek(
        self,
        project_id: str,
        /,
        *,
        specs: Sequence[Mapping[str, str]],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Configure the project's AWS customer-managed encryption keys, one a
        region; a region's key cannot be replaced once set. Returns `{}`.

        Args:
            project_id: The project's id.
            specs: `[{"region": "us-west-2", "kms_arn": "arn:aws:kms:..."}]`."""

@final
class Backups:
    """Backups of a Dedicated cluster (the older v1beta API: ids are the project's and the cluster's)."""

    def list(
        self,
        project_id: str,
        cluster_id: str,
        /,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[dict[str, Any]]:
        """The cluster's backups, manual and automatic, across all pages.

        Args:
            project_id: The project's id.
            cluster_id: The cluster's id.
            page_size: Items a page (the service's default when absent)."""
    def create(
        self,
        project_id: str,
        cluster_id: str,
        /,
        *,
        name: str,
        description: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Take a manual backup; returns `{"id": ...}`. Wait for it with `wait`.

        Args:
            project_id: The project's id.
            cluster_id: The cluster's id.
            name: The backup's name.
            description: A free-text description."""
    def get(
        self,
        project_id: str,
        cluster_id: str,
        backup_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """One backup, with its `status` (PENDING, RUNNING, SUCCESS, FAILED).

        Args:
            project_id: The project's id.
            cluster_id: The cluster's id.
            backup_id: The backup's id."""
    def delete(
        self,
        project_id: str,
        cluster_id: str,
        backup_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Delete a backup; returns `{}`.

        Args:
            project_id: The project's id.
            cluster_id: The cluster's id.
            backup_id: The backup's id."""
    def wait(
        self,
        project_id: str,
        cluster_id: str,
        backup_id: str,
        /,
        *,
        state: str = "SUCCESS",
        timeout: float = 3600.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Poll until the backup's `status` is `state` (SUCCESS unless said;
        `"DELETED"`: until it is gone) and return it. FAILED raises `WaiterError`.

        Args:
            project_id: The project's id.
            cluster_id: The cluster's id.
            backup_id: The backup's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class AsyncBackups:
    """Backups of a Dedicated cluster (the older v1beta API: ids are the project's and the cluster's)."""

    def list(
        self,
        project_id: str,
        cluster_id: str,
        /,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[dict[str, Any]]:
        """The cluster's backups, manual and automatic, across all pages.

        Args:
            project_id: The project's id.
            cluster_id: The cluster's id.
            page_size: Items a page (the service's default when absent)."""
    def create(
        self,
        project_id: str,
        cluster_id: str,
        /,
        *,
        name: str,
        description: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Take a manual backup; returns `{"id": ...}`. Wait for it with `wait`.

        Args:
            project_id: The project's id.
            cluster_id: The cluster's id.
            name: The backup's name.
            description: A free-text description."""
    def get(
        self,
        project_id: str,
        cluster_id: str,
        backup_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """One backup, with its `status` (PENDING, RUNNING, SUCCESS, FAILED).

        Args:
            project_id: The project's id.
            cluster_id: The cluster's id.
            backup_id: The backup's id."""
    def delete(
        self,
        project_id: str,
        cluster_id: str,
        backup_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Delete a backup; returns `{}`.

        Args:
            project_id: The project's id.
            cluster_id: The cluster's id.
            backup_id: The backup's id."""
    def wait(
        self,
        project_id: str,
        cluster_id: str,
        backup_id: str,
        /,
        *,
        state: str = "SUCCESS",
        timeout: float = 3600.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Poll until the backup's `status` is `state` (SUCCESS unless said;
        `"DELETED"`: until it is gone) and return it. FAILED raises `WaiterError`.

        Args:
            project_id: The project's id.
            cluster_id: The cluster's id.
            backup_id: The backup's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class Restores:
    """Restores of backups to new Dedicated clusters (the older v1beta API)."""

    def list(
        self,
        project_id: str,
        /,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[dict[str, Any]]:
        """The project's restore tasks, across all pages.

        Args:
            project_id: The project's id.
            page_size: Items a page (the service's default when absent)."""
    def create(
        self,
        project_id: str,
        /,
        *,
        backup_id: str,
        name: str,
        config: Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Restore `backup_id` to a new cluster called `name`; returns `{"id",
        "cluster_id"}`. `config={"root_password": ..., "port": 4000,
        "components": {"tidb": {"node_size": "8C16G", "node_quantity": 2},
        "tikv": {"node_size": "8C32G", "storage_size_gib": 500, "node_quantity": 3}}}`.

        Args:
            project_id: The project's id.
            backup_id: The backup to restore.
            name: The new cluster's name.
            config: The new cluster: `root_password`, `port` and `components`."""
    def get(
        self,
        project_id: str,
        restore_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """One restore task, with its `status` and the new cluster's id, name and state.

        Args:
            project_id: The project's id.
            restore_id: The restore task's id."""
    def wait(
        self,
        project_id: str,
        restore_id: str,
        /,
        *,
        state: str = "SUCCESS",
        timeout: float = 3600.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Poll until the restore's `status` is `state` (SUCCESS unless said) and
        return it. FAILED raises `WaiterError` with its `error_message`.

        Args:
            project_id: The project's id.
            restore_id: The restore task's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class AsyncRestores:
    """Restores of backups to new Dedicated clusters (the older v1beta API)."""

    def list(
        self,
        project_id: str,
        /,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[dict[str, Any]]:
        """The project's restore tasks, across all pages.

        Args:
            project_id: The project's id.
            page_size: Items a page (the service's default when absent)."""
    def create(
        self,
        project_id: str,
        /,
        *,
        backup_id: str,
        name: str,
        config: Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Restore `backup_id` to a new cluster called `name`; returns `{"id",
        "cluster_id"}`. `config={"root_password": ..., "port": 4000,
        "components": {"tidb": {"node_size": "8C16G", "node_quantity": 2},
        "tikv": {"node_size": "8C32G", "storage_size_gib": 500, "node_quantity": 3}}}`.

        Args:
            project_id: The project's id.
            backup_id: The backup to restore.
            name: The new cluster's name.
            config: The new cluster: `root_password`, `port` and `components`."""
    def get(
        self,
        project_id: str,
        restore_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """One restore task, with its `status` and the new cluster's id, name and state.

        Args:
            project_id: The project's id.
            restore_id: The restore task's id."""
    def wait(
        self,
        project_id: str,
        restore_id: str,
        /,
        *,
        state: str = "SUCCESS",
        timeout: float = 3600.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Poll until the restore's `status` is `state` (SUCCESS unless said) and
        return it. FAILED raises `WaiterError` with its `error_message`.

        Args:
            project_id: The project's id.
            restore_id: The restore task's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class SqlUsers:
    """SQL users of a cluster (IAM server); passwords never appear in a repr, a log line or an error."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[SqlUser]:
        """The cluster's SQL users, across all pages.

        Args:
            cluster_id: The cluster's id.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        cluster_id: str,
        /,
        *,
        user_name: str,
        password: str,
        builtin_role: str | None = None,
        custom_roles: Sequence[str] | None = None,
        auth_method: str = "mysql_native_password",
        auto_prefix: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SqlUser:
        """Create a SQL user with a built-in role (`"role_admin"`, `"role_readwrite"`,
        `"role_readonly"`) and/or custom roles. `auto_prefix=True` (Starter and
        Essential) puts the cluster's user prefix before the name.

        Args:
            cluster_id: The cluster's id.
            user_name: The SQL user's name.
            password: The password; never shown in a repr, a log line or an error.
            builtin_role: `role_admin`, `role_readwrite` or `role_readonly`.
            custom_roles: Custom roles: a list, or one comma-separated str.
            auth_method: How the user signs in: `mysql_native_password` unless said.
            auto_prefix: Put the cluster's user prefix before the name (Starter and Essential)."""
    def get(
        self,
        cluster_id: str,
        user_name: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SqlUser:
        """One SQL user of the cluster (never its password).

        Args:
            cluster_id: The cluster's id.
            user_name: The SQL user's name."""
    def update(
        self,
        cluster_id: str,
        user_name: str,
        /,
        *,
        builtin_role: str | None = None,
        custom_roles: Sequence[str] | None = None,
        password: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SqlUser:
        """Change a SQL user's roles or password.

        Args:
            cluster_id: The cluster's id.
            user_name: The SQL user's name.
            builtin_role: `role_admin`, `role_readwrite` or `role_readonly`.
            custom_roles: Custom roles: a list, or one comma-separated str.
            password: A new password; never shown in a repr, a log line or an error."""
    def delete(
        self,
        cluster_id: str,
        user_name: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BasicResp:
        """Drop a SQL user.

        Args:
            cluster_id: The cluster's id.
            user_name: The SQL user's name."""
    def get_db_user(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetDbuserRsp:
        """The database user this API key signs in to the cluster as, with a
        JWT to sign in with (a `SecretStr`): `{"dbuser", "jwt"}`.

        Args:
            cluster_id: The cluster's id."""

@final
class AsyncSqlUsers:
    """SQL users of a cluster (IAM server); passwords never appear in a repr, a log line or an error."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[SqlUser]:
        """The cluster's SQL users, across all pages.

        Args:
            cluster_id: The cluster's id.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        cluster_id: str,
        /,
        *,
        user_name: str,
        password: str,
        builtin_role: str | None = None,
        custom_roles: Sequence[str] | None = None,
        auth_method: str = "mysql_native_password",
        auto_prefix: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[SqlUser]:
        """Create a SQL user with a built-in role (`"role_admin"`, `"role_readwrite"`,
        `"role_readonly"`) and/or custom roles. `auto_prefix=True` (Starter and
        Essential) puts the cluster's user prefix before the name.

        Args:
            cluster_id: The cluster's id.
            user_name: The SQL user's name.
            password: The password; never shown in a repr, a log line or an error.
            builtin_role: `role_admin`, `role_readwrite` or `role_readonly`.
            custom_roles: Custom roles: a list, or one comma-separated str.
            auth_method: How the user signs in: `mysql_native_password` unless said.
            auto_prefix: Put the cluster's user prefix before the name (Starter and Essential)."""
    def get(
        self,
        cluster_id: str,
        user_name: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[SqlUser]:
        """One SQL user of the cluster (never its password).

        Args:
            cluster_id: The cluster's id.
            user_name: The SQL user's name."""
    def update(
        self,
        cluster_id: str,
        user_name: str,
        /,
        *,
        builtin_role: str | None = None,
        custom_roles: Sequence[str] | None = None,
        password: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[SqlUser]:
        """Change a SQL user's roles or password.

        Args:
            cluster_id: The cluster's id.
            user_name: The SQL user's name.
            builtin_role: `role_admin`, `role_readwrite` or `role_readonly`.
            custom_roles: Custom roles: a list, or one comma-separated str.
            password: A new password; never shown in a repr, a log line or an error."""
    def delete(
        self,
        cluster_id: str,
        user_name: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[BasicResp]:
        """Drop a SQL user.

        Args:
            cluster_id: The cluster's id.
            user_name: The SQL user's name."""
    def get_db_user(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[GetDbuserRsp]:
        """The database user this API key signs in to the cluster as, with a
        JWT to sign in with (a `SecretStr`): `{"dbuser", "jwt"}`.

        Args:
            cluster_id: The cluster's id."""

@final
class Integrations:
    """Third-party integrations of a cluster."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[IntegrationStatusResp]:
        """The cluster's integrations, as a list.

        Args:
            cluster_id: The cluster's id."""
    def create(
        self,
        cluster_id: str,
        /,
        *,
        type: str,
        datadog: CreateDatadogIntegrationRequest | Mapping[str, Any] | None = None,
        newrelic: CreateNewrelicIntegrationRequest | Mapping[str, Any] | None = None,
        prometheus: CreatePrometheusMetricsKeyRequest | Mapping[str, Any] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> IntegrationStatusResp:
        """Send the cluster's metrics to a provider: `type="DATADOG"` with
        `datadog={"apiKey": ..., "site": "US1"}`, `type="NEWRELIC"` with
        `newrelic={"apiKey": ..., "site": "US_OTLP"}`, or `type="PROMETHEUS"`.

        Args:
            cluster_id: The cluster's id.
            type: `DATADOG`, `NEWRELIC` or `PROMETHEUS`.
            datadog: `{"apiKey", "site"}` for a DATADOG integration.
            newrelic: `{"apiKey", "site"}` for a NEWRELIC integration.
            prometheus: The Prometheus settings (an empty object unless the service adds some)."""
    def delete(
        self,
        cluster_id: str,
        id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Remove an integration (its `id`); returns `{}`.

        Args:
            cluster_id: The cluster's id.
            id: The integration's id."""

@final
class AsyncIntegrations:
    """Third-party integrations of a cluster."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[list[IntegrationStatusResp]]:
        """The cluster's integrations, as a list.

        Args:
            cluster_id: The cluster's id."""
    def create(
        self,
        cluster_id: str,
        /,
        *,
        type: str,
        datadog: CreateDatadogIntegrationRequest | Mapping[str, Any] | None = None,
        newrelic: CreateNewrelicIntegrationRequest | Mapping[str, Any] | None = None,
        prometheus: CreatePrometheusMetricsKeyRequest | Mapping[str, Any] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[IntegrationStatusResp]:
        """Send the cluster's metrics to a provider: `type="DATADOG"` with
        `datadog={"apiKey": ..., "site": "US1"}`, `type="NEWRELIC"` with
        `newrelic={"apiKey": ..., "site": "US_OTLP"}`, or `type="PROMETHEUS"`.

        Args:
            cluster_id: The cluster's id.
            type: `DATADOG`, `NEWRELIC` or `PROMETHEUS`.
            datadog: `{"apiKey", "site"}` for a DATADOG integration.
            newrelic: `{"apiKey", "site"}` for a NEWRELIC integration.
            prometheus: The Prometheus settings (an empty object unless the service adds some)."""
    def delete(
        self,
        cluster_id: str,
        id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Remove an integration (its `id`); returns `{}`.

        Args:
            cluster_id: The cluster's id.
            id: The integration's id."""

@final
class ApiKeys:
    """API keys of the organization (IAM server)."""

    def list(
        self,
        *,
        project_id: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[ApiKey]:
        """The organization's API keys (never their secrets), across all pages; `project_id`
        keeps those of one project.

        Args:
            project_id: Only this project's keys.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        *,
        display_name: str,
        role: str,
        project_id: int | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ApiKey:
        """Create a key with an organization role (`"org:owner"`, `"org:member"`,
        `"org:billing_admin"`, ...) or, for `project_id`, a project role
        (`"project:owner"`, `"project:dev"`, ...). The result's `secretKey`, a
        `SecretStr`, is shown this once only.

        Args:
            display_name: The name people see.
            role: The key's role: `org:owner`, `org:member`, ..., `project:owner`, `project:dev`, ...
            project_id: The project of a project role."""
    def get(
        self,
        access_key: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ApiKey:
        """One API key by its access key (never its secret).

        Args:
            access_key: The API key's access key (its public part)."""
    def update(
        self,
        access_key: str,
        /,
        *,
        display_name: str | None = None,
        role: str | None = None,
        project_id: int | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Rename a key, or give it another role (`"org:member"`, `"project:dev"`,
        ...) or project (`project_id=0` for the organization).

        Args:
            access_key: The API key's access key (its public part).
            display_name: The name people see.
            role: The key's role: `org:owner`, `org:member`, ..., `project:owner`, `project:dev`, ...
            project_id: Move the key to this project (0: the organization)."""
    def delete(
        self,
        access_key: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete an API key; it stops authenticating at once. Returns None.

        Args:
            access_key: The API key's access key (its public part)."""

@final
class AsyncApiKeys:
    """API keys of the organization (IAM server)."""

    def list(
        self,
        *,
        project_id: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[ApiKey]:
        """The organization's API keys (never their secrets), across all pages; `project_id`
        keeps those of one project.

        Args:
            project_id: Only this project's keys.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        *,
        display_name: str,
        role: str,
        project_id: int | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ApiKey]:
        """Create a key with an organization role (`"org:owner"`, `"org:member"`,
        `"org:billing_admin"`, ...) or, for `project_id`, a project role
        (`"project:owner"`, `"project:dev"`, ...). The result's `secretKey`, a
        `SecretStr`, is shown this once only.

        Args:
            display_name: The name people see.
            role: The key's role: `org:owner`, `org:member`, ..., `project:owner`, `project:dev`, ...
            project_id: The project of a project role."""
    def get(
        self,
        access_key: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ApiKey]:
        """One API key by its access key (never its secret).

        Args:
            access_key: The API key's access key (its public part)."""
    def update(
        self,
        access_key: str,
        /,
        *,
        display_name: str | None = None,
        role: str | None = None,
        project_id: int | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[None]:
        """Rename a key, or give it another role (`"org:member"`, `"project:dev"`,
        ...) or project (`project_id=0` for the organization).

        Args:
            access_key: The API key's access key (its public part).
            display_name: The name people see.
            role: The key's role: `org:owner`, `org:member`, ..., `project:owner`, `project:dev`, ...
            project_id: Move the key to this project (0: the organization)."""
    def delete(
        self,
        access_key: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[None]:
        """Delete an API key; it stops authenticating at once. Returns None.

        Args:
            access_key: The API key's access key (its public part)."""

@final
class AuditLogs:
    """Console audit logs of the organization (IAM server)."""

    def list(
        self,
        *,
        start_time: _Time | None = None,
        end_time: _Time | None = None,
        event_types: Sequence[str] | str | None = None,
        keyword: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[OrgAuditLog]:
        """Audit log entries, newest first. Times are ISO 8601 strings or datetimes (naive means UTC).

        Args:
            start_time: Entries from this time: ISO 8601 or a datetime (naive means UTC).
            end_time: Entries before this time: ISO 8601 or a datetime (naive means UTC).
            event_types: Only these event types: a list, or one comma-separated str.
            keyword: Only entries that mention this word.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""

@final
class AsyncAuditLogs:
    """Console audit logs of the organization (IAM server)."""

    def list(
        self,
        *,
        start_time: _Time | None = None,
        end_time: _Time | None = None,
        event_types: Sequence[str] | str | None = None,
        keyword: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[OrgAuditLog]:
        """Audit log entries, newest first. Times are ISO 8601 strings or datetimes (naive means UTC).

        Args:
            start_time: Entries from this time: ISO 8601 or a datetime (naive means UTC).
            end_time: Entries before this time: ISO 8601 or a datetime (naive means UTC).
            event_types: Only these event types: a list, or one comma-separated str.
            keyword: Only entries that mention this word.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""

@final
class Billing:
    """Bills and costs (billing server)."""

    def get_monthly_bill(
        self,
        billed_month: _Month,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BillsExplorer:
        """The month's bill. `billed_month` is "YYYY-MM", a date or a datetime.

        Args:
            billed_month: The month: `"YYYY-MM"`, a date or a datetime."""
    def get_monthly_bill_details(
        self,
        billed_month: _Month,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BillsDetails:
        """The month's bill line by line (`{"details": [...]}`): per day, project, cluster and
        service. `billed_month` as for `get_monthly_bill`.

        Args:
            billed_month: The month: `"YYYY-MM"`, a date or a datetime."""
    def query_cost_explorer(
        self,
        *,
        groups: Groups | Mapping[str, Any] | None = None,
        filter: TrendsFilter | Mapping[str, Any] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BillsCostExplorer:
        """Costs over time. `groups={"groupBy": ["cluster", "service"],
        "timeGranularity": "day"}` splits each period's cost; `filter={"timeRange":
        {"startDate": "2025-01-01", "endDate": "2025-01-31"}, "projects": [...],
        "clusters": [...], "providers": [...], "services": [...]}` narrows it.

        Args:
            groups: `{"groupBy": [...], "timeGranularity": "day"}`: how costs are split.
            filter: `{"timeRange": {...}, "projects", "clusters", "providers", "services"}`."""
    def get_cost_explorer_args(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TrendsArgs:
        """What a cost explorer query can name: the organization's projects and
        clusters, the providers with their regions, and the services."""

@final
class AsyncBilling:
    """Bills and costs (billing server)."""

    def get_monthly_bill(
        self,
        billed_month: _Month,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[BillsExplorer]:
        """The month's bill. `billed_month` is "YYYY-MM", a date or a datetime.

        Args:
            billed_month: The month: `"YYYY-MM"`, a date or a datetime."""
    def get_monthly_bill_details(
        self,
        billed_month: _Month,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[BillsDetails]:
        """The month's bill line by line (`{"details": [...]}`): per day, project, cluster and
        service. `billed_month` as for `get_monthly_bill`.

        Args:
            billed_month: The month: `"YYYY-MM"`, a date or a datetime."""
    def query_cost_explorer(
        self,
        *,
        groups: Groups | Mapping[str, Any] | None = None,
        filter: TrendsFilter | Mapping[str, Any] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[BillsCostExplorer]:
        """Costs over time. `groups={"groupBy": ["cluster", "service"],
        "timeGranularity": "day"}` splits each period's cost; `filter={"timeRange":
        {"startDate": "2025-01-01", "endDate": "2025-01-31"}, "projects": [...],
        "clusters": [...], "providers": [...], "services": [...]}` narrows it.

        Args:
            groups: `{"groupBy": [...], "timeGranularity": "day"}`: how costs are split.
            filter: `{"timeRange": {...}, "projects", "clusters", "providers", "services"}`."""
    def get_cost_explorer_args(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[TrendsArgs]:
        """What a cost explorer query can name: the organization's projects and
        clusters, the providers with their regions, and the services."""

@final
class Changefeeds:
    """Changefeeds of Dedicated clusters: replication to Kafka, MySQL, S3, GCS or
Azure Blob storage."""

    def list(
        self,
        *,
        cluster_id: str,
        downstream_type: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[Changefeed]:
        """The cluster's changefeeds, across all pages; `downstream_type` keeps
        one kind of sink.

        Args:
            cluster_id: The source cluster's id.
            downstream_type: Only changefeeds to this kind of sink: `KAFKA`, `MYSQL`, `S3`, `GCS` or `AZURE_BLOB`.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        *,
        cluster_id: str,
        name: str,
        replication_capacity: str,
        downstream_type: str,
        table_config: dict[str, Any],
        start_position: dict[str, Any],
        network_info: dict[str, Any] | None = None,
        kafka: dict[str, Any] | None = None,
        mysql: dict[str, Any] | None = None,
        s3: dict[str, Any] | None = None,
        gcs: dict[str, Any] | None = None,
        azure_blob: dict[str, Any] | None = None,
        dry_run: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Changefeed:
        """Start replicating a cluster's changes to a sink: `downstream_type` with
        the settings of that type (`kafka=`, `mysql=`, `s3=`, `gcs=` or
        `azure_blob=`, dicts in the API's camelCase). Returns the changefeed,
        CREATING; `dry_run=True` only checks the request.

        Args:
            cluster_id: The source cluster's id.
            name: The changefeed's name.
            replication_capacity: Its capacity: a name from `list_rcus()`, such as `"4rcu"`.
            downstream_type: The kind of sink: `KAFKA`, `MYSQL`, `S3`, `GCS` or `AZURE_BLOB`.
            table_config: Which tables: `{"filterRules": ["*.*"], "mode": "IGNORE_NOT_SUPPORT_TABLE", "caseSensitive": true}`.
            start_position: Where to start: `{"mode": "FROM_NOW"}`, `FROM_TSO` with `startTso`, or `FROM_UTC` with `startTimestamp`.
            network_info: How the sink is reached: `{"networkType": "NETWORK_TYPE_PUBLIC"}`, ...
            kafka: Kafka settings: `broker`, `authentication`, `dataFormat`, `topicPartitionConfig`.
            mysql: MySQL settings: `{"connection": {"endpoint", "username", "password"}}`.
            s3: S3 settings: `endpoint` (`s3Uri`, `authType`, keys or role) and `dataFormat`.
            gcs: GCS settings: `endpoint` (`gcsUri`) and `dataFormat`.
            azure_blob: Azure Blob settings: `endpoint` (`blobUri`, `sasToken`) and `dataFormat`.
            dry_run: Only check the request; create nothing."""
    def get(
        self,
        changefeed_id: str,
        /,
        *,
        invalidate_cache: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Changefeed:
        """One changefeed, with its state and checkpoint.

        Args:
            changefeed_id: The changefeed's id.
            invalidate_cache: Read the checkpoint afresh rather than from the service's cache."""
    def delete(
        self,
        changefeed_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Delete a changefeed (DELETING, then gone); returns `{}`.

        Args:
            changefeed_id: The changefeed's id."""
    def pause(
        self,
        changefeed_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Pause a running changefeed (PAUSING, then PAUSED); returns `{}`.

        Args:
            changefeed_id: The changefeed's id."""
    def resume(
        self,
        changefeed_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Resume a paused changefeed from its checkpoint; returns `{}`.

        Args:
            changefeed_id: The changefeed's id."""
    def scale(
        self,
        changefeed_id: str,
        /,
        *,
        replication_capacity: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Changefeed:
        """Move a changefeed to another capacity; returns it, SCALING.

        Args:
            changefeed_id: The changefeed's id.
            replication_capacity: The new capacity: a name from `list_rcus()`, such as `"8rcu"`."""
    def edit_downstream_config(
        self,
        changefeed_id: str,
        /,
        *,
        downstream_type: str,
        table_config: TableConfig | Mapping[str, Any] | None = None,
        kafka: KafkaDownstreamConfig | Mapping[str, Any] | None = None,
        mysql: MySQLDownstreamConfig | Mapping[str, Any] | None = None,
        s3: S3DownstreamConfig | Mapping[str, Any] | None = None,
        gcs: GcsDownstreamConfig | Mapping[str, Any] | None = None,
        azure_blob: AzureBlobDownstreamConfig | Mapping[str, Any] | None = None,
        dry_run: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Changefeed:
        """Change a paused changefeed's sink settings or table filters (its
        `downstream_type` stays); returns it, EDITING, then PAUSED again.

        Args:
            changefeed_id: The changefeed's id.
            downstream_type: The changefeed's kind of sink, as it was created.
            table_config: Which tables, and which events to leave out.
            kafka: New Kafka settings.
            mysql: New MySQL settings.
            s3: New S3 settings.
            gcs: New GCS settings.
            azure_blob: New Azure Blob settings.
            dry_run: Only check the request; change nothing."""
    def list_rcus(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ListChangefeedRCUsResponse:
        """The capacities a changefeed can run at (`name` such as `"4rcu"`,
        `rcuNum`, `rpsLimit`), as a list."""
    def wait(
        self,
        changefeed_id: str,
        /,
        *,
        state: str = "RUNNING",
        timeout: float = 1800.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Changefeed:
        """Poll until the changefeed is in `state` (`"DELETED"`: until it is gone)
        and return it; CREATING, PAUSING, EDITING, SCALING and DELETING keep it
        waiting. FAILED and ERROR raise `WaiterError` with the changefeed's
        `error`, and so do a timeout and a state that cannot become `state`.

        Args:
            changefeed_id: The changefeed's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class AsyncChangefeeds:
    """Changefeeds of Dedicated clusters: replication to Kafka, MySQL, S3, GCS or
Azure Blob storage."""

    def list(
        self,
        *,
        cluster_id: str,
        downstream_type: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[Changefeed]:
        """The cluster's changefeeds, across all pages; `downstream_type` keeps
        one kind of sink.

        Args:
            cluster_id: The source cluster's id.
            downstream_type: Only changefeeds to this kind of sink: `KAFKA`, `MYSQL`, `S3`, `GCS` or `AZURE_BLOB`.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        *,
        cluster_id: str,
        name: str,
        replication_capacity: str,
        downstream_type: str,
        table_config: dict[str, Any],
        start_position: dict[str, Any],
        network_info: dict[str, Any] | None = None,
        kafka: dict[str, Any] | None = None,
        mysql: dict[str, Any] | None = None,
        s3: dict[str, Any] | None = None,
        gcs: dict[str, Any] | None = None,
        azure_blob: dict[str, Any] | None = None,
        dry_run: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[Changefeed]:
        """Start replicating a cluster's changes to a sink: `downstream_type` with
        the settings of that type (`kafka=`, `mysql=`, `s3=`, `gcs=` or
        `azure_blob=`, dicts in the API's camelCase). Returns the changefeed,
        CREATING; `dry_run=True` only checks the request.

        Args:
            cluster_id: The source cluster's id.
            name: The changefeed's name.
            replication_capacity: Its capacity: a name from `list_rcus()`, such as `"4rcu"`.
            downstream_type: The kind of sink: `KAFKA`, `MYSQL`, `S3`, `GCS` or `AZURE_BLOB`.
            table_config: Which tables: `{"filterRules": ["*.*"], "mode": "IGNORE_NOT_SUPPORT_TABLE", "caseSensitive": true}`.
            start_position: Where to start: `{"mode": "FROM_NOW"}`, `FROM_TSO` with `startTso`, or `FROM_UTC` with `startTimestamp`.
            network_info: How the sink is reached: `{"networkType": "NETWORK_TYPE_PUBLIC"}`, ...
            kafka: Kafka settings: `broker`, `authentication`, `dataFormat`, `topicPartitionConfig`.
            mysql: MySQL settings: `{"connection": {"endpoint", "username", "password"}}`.
            s3: S3 settings: `endpoint` (`s3Uri`, `authType`, keys or role) and `dataFormat`.
            gcs: GCS settings: `endpoint` (`gcsUri`) and `dataFormat`.
            azure_blob: Azure Blob settings: `endpoint` (`blobUri`, `sasToken`) and `dataFormat`.
            dry_run: Only check the request; create nothing."""
    def get(
        self,
        changefeed_id: str,
        /,
        *,
        invalidate_cache: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[Changefeed]:
        """One changefeed, with its state and checkpoint.

        Args:
            changefeed_id: The changefeed's id.
            invalidate_cache: Read the checkpoint afresh rather than from the service's cache."""
    def delete(
        self,
        changefeed_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Delete a changefeed (DELETING, then gone); returns `{}`.

        Args:
            changefeed_id: The changefeed's id."""
    def pause(
        self,
        changefeed_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Pause a running changefeed (PAUSING, then PAUSED); returns `{}`.

        Args:
            changefeed_id: The changefeed's id."""
    def resume(
        self,
        changefeed_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Resume a paused changefeed from its checkpoint; returns `{}`.

        Args:
            changefeed_id: The changefeed's id."""
    def scale(
        self,
        changefeed_id: str,
        /,
        *,
        replication_capacity: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[Changefeed]:
        """Move a changefeed to another capacity; returns it, SCALING.

        Args:
            changefeed_id: The changefeed's id.
            replication_capacity: The new capacity: a name from `list_rcus()`, such as `"8rcu"`."""
    def edit_downstream_config(
        self,
        changefeed_id: str,
        /,
        *,
        downstream_type: str,
        table_config: TableConfig | Mapping[str, Any] | None = None,
        kafka: KafkaDownstreamConfig | Mapping[str, Any] | None = None,
        mysql: MySQLDownstreamConfig | Mapping[str, Any] | None = None,
        s3: S3DownstreamConfig | Mapping[str, Any] | None = None,
        gcs: GcsDownstreamConfig | Mapping[str, Any] | None = None,
        azure_blob: AzureBlobDownstreamConfig | Mapping[str, Any] | None = None,
        dry_run: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[Changefeed]:
        """Change a paused changefeed's sink settings or table filters (its
        `downstream_type` stays); returns it, EDITING, then PAUSED again.

        Args:
            changefeed_id: The changefeed's id.
            downstream_type: The changefeed's kind of sink, as it was created.
            table_config: Which tables, and which events to leave out.
            kafka: New Kafka settings.
            mysql: New MySQL settings.
            s3: New S3 settings.
            gcs: New GCS settings.
            azure_blob: New Azure Blob settings.
            dry_run: Only check the request; change nothing."""
    def list_rcus(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ListChangefeedRCUsResponse]:
        """The capacities a changefeed can run at (`name` such as `"4rcu"`,
        `rcuNum`, `rpsLimit`), as a list."""
    def wait(
        self,
        changefeed_id: str,
        /,
        *,
        state: str = "RUNNING",
        timeout: float = 1800.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Call[Changefeed]:
        """Poll until the changefeed is in `state` (`"DELETED"`: until it is gone)
        and return it; CREATING, PAUSING, EDITING, SCALING and DELETING keep it
        waiting. FAILED and ERROR raise `WaiterError` with the changefeed's
        `error`, and so do a timeout and a state that cannot become `state`.

        Args:
            changefeed_id: The changefeed's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class ServerlessClusters:
    """TiDB Cloud Starter and Essential clusters."""

    def list(
        self,
        *,
        filter: str | None = None,
        cloud_provider: str | None = None,
        region_id: str | None = None,
        state: str | None = None,
        project_id: Sequence[str] | str | None = None,
        cluster_ids: Sequence[str] | str | None = None,
        display_name: str | None = None,
        labels: Mapping[str, str] | None = None,
        skip: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[ServerlessCluster]:
        """Clusters, across all pages (10 a page unless `page_size` says). Filters,
        joined with AND: `cloud_provider` ("aws", "alicloud"), `region_id`,
        `state`, `project_id`, `cluster_ids` (a list or a comma-separated str),
        `display_name`, `labels` (a dict), and `filter`, the service's own
        expression such as `'labels.env="prod"'`; `skip` passes over that many first.

        Args:
            filter: The service's filter expression, such as `'labels.env="prod"'`.
            cloud_provider: Only this cloud provider's: `aws`, `gcp`, `azure` or `alicloud`.
            region_id: Only clusters in this region.
            state: Only clusters in this state.
            project_id: Only these projects' clusters: a list, or one comma-separated str.
            cluster_ids: Only these clusters: a list of ids, or one comma-separated str.
            display_name: Only clusters of this name.
            labels: Only clusters with these labels (a dict).
            skip: Pass over that many items first.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        *,
        display_name: str,
        region_id: str,
        root_password: str | None = None,
        labels: Mapping[str, str] | None = None,
        project_id: str | None = None,
        spending_limit: ServerlessClusterSpendingLimit | Mapping[str, Any] | None = None,
        auto_scaling: ServerlessClusterAutoScaling | Mapping[str, Any] | None = None,
        automated_backup_policy: ServerlessClusterAutomatedBackupPolicy | Mapping[str, Any] | None = None,
        endpoints: ServerlessClusterEndpoints | Mapping[str, Any] | None = None,
        encryption_config: ServerlessClusterEncryptionConfig | Mapping[str, Any] | None = None,
        high_availability_type: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessCluster:
        """Create a Starter cluster, or an Essential one when `auto_scaling`
        (`{"minRcu": 2000, "maxRcu": 4000}`) is given. `region_id` is like
        "aws-us-east-1"; `spending_limit={"monthly": 1000}` caps a Starter
        cluster's monthly spend in US cents; `project_id` is a shorthand for
        `labels["tidb.cloud/project"]`. Returns the cluster, CREATING.

        Args:
            display_name: The name people see.
            region_id: The region, such as `aws-us-east-1`.
            root_password: The root password, 8 to 64 characters; never shown.
            labels: Labels, a dict of str to str.
            project_id: A shorthand for `labels["tidb.cloud/project"]`.
            spending_limit: `{"monthly": cents}`: the most a Starter cluster may cost a month.
            auto_scaling: `{"minRcu", "maxRcu"}`: makes the cluster an Essential one.
            automated_backup_policy: When automatic backups run and how long they are kept.
            endpoints: The public and private endpoints' settings, such as `{"public": {"disabled": True}}`.
            encryption_config: Encryption at rest: the service's object.
            high_availability_type: `ZONAL` or `REGIONAL` (Essential)."""
    def get(
        self,
        cluster_id: str,
        /,
        *,
        view: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessCluster:
        """One cluster by its id; `view="BASIC"` answers less.

        Args:
            cluster_id: The cluster's id.
            view: `BASIC` answers less, `FULL` (the default) everything."""
    def update(
        self,
        cluster_id: str,
        /,
        *,
        display_name: str | None = None,
        labels: Mapping[str, str] | None = None,
        spending_limit: ServerlessClusterSpendingLimit | Mapping[str, Any] | None = None,
        automated_backup_policy: ServerlessClusterAutomatedBackupPolicy | Mapping[str, Any] | None = None,
        endpoints: ServerlessClusterEndpoints | Mapping[str, Any] | None = None,
        auto_scaling: ServerlessClusterAutoScaling | Mapping[str, Any] | None = None,
        update_mask: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessCluster:
        """Change what is given (`display_name`, `labels`, `spending_limit`,
        `automated_backup_policy`, `endpoints` such as `{"public": {"disabled":
        True}}`, `auto_scaling`); the update mask names those fields unless
        `update_mask` (such as "spendingLimit.monthly") says. Returns the cluster.

        Args:
            cluster_id: The cluster's id.
            display_name: The name people see.
            labels: Labels, a dict of str to str.
            spending_limit: `{"monthly": cents}`: the most a Starter cluster may cost a month.
            automated_backup_policy: When automatic backups run and how long they are kept.
            endpoints: The public and private endpoints' settings, such as `{"public": {"disabled": True}}`.
            auto_scaling: `{"minRcu", "maxRcu"}`: makes the cluster an Essential one.
            update_mask: The fields to change, such as `spendingLimit.monthly`; those given unless said."""
    def delete(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessCluster:
        """Delete a cluster with its branches; returns it, DELETED.

        Args:
            cluster_id: The cluster's id."""
    def reset_root_password(
        self,
        cluster_id: str,
        /,
        *,
        root_password: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Set a new root password (8 to 64 characters); answers `{}`. The
        password never appears in a repr, a log line or an error.

        Args:
            cluster_id: The cluster's id.
            root_password: The new root password, 8 to 64 characters; never shown."""
    def restore(
        self,
        *,
        backup_id: str | None = None,
        cluster_id: str | None = None,
        backup_time: _Time | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessRestoreResponse:
        """Restore a backup (`backup_id`), or a cluster's data as it was at
        `backup_time` (`cluster_id` with a datetime or ISO 8601 str). Returns
        `{"clusterId": ...}`; the cluster is RESTORING until ACTIVE again.

        Args:
            backup_id: The backup to restore.
            cluster_id: The cluster whose data to restore as of `backup_time`.
            backup_time: The moment to restore, a datetime or an ISO 8601 str."""
    def batch_create(
        self,
        *,
        clusters: Sequence[ServerlessCluster | Mapping[str, Any]],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessBatchCreateClustersResponse:
        """Create many clusters with one request, all or none: `clusters` is a
        list of clusters as the API takes them (`{"displayName": ..., "region":
        {"name": "regions/aws-us-east-1"}, ...}`). Returns `{"clusters": [...]}`,
        each CREATING.

        Args:
            clusters: The clusters to create (up to 1000), each a dict in the API's camelCase."""
    def batch_get(
        self,
        *,
        cluster_ids: Sequence[str] | str,
        view: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessBatchGetClustersResponse:
        """Several clusters by id with one request: `{"clusters": [...]}`, in
        the order asked; `view="BASIC"` answers less.

        Args:
            cluster_ids: The clusters' ids: a list, or one comma-separated str.
            view: `BASIC` answers less, `FULL` (the default) everything."""
    def wait(
        self,
        cluster_id: str,
        /,
        *,
        state: str = "ACTIVE",
        timeout: float = 1800.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ServerlessCluster:
        """Poll until the cluster is in `state` (`"DELETED"`: until it is gone) and
        return it; CREATING and RESTORING keep it waiting. Raises `WaiterError`
        on timeout or when the state cannot be reached. `timeout`,
        `poll_interval` and `progress` as for the Dedicated `clusters.wait`.

        Args:
            cluster_id: The cluster's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class AsyncServerlessClusters:
    """TiDB Cloud Starter and Essential clusters."""

    def list(
        self,
        *,
        filter: str | None = None,
        cloud_provider: str | None = None,
        region_id: str | None = None,
        state: str | None = None,
        project_id: Sequence[str] | str | None = None,
        cluster_ids: Sequence[str] | str | None = None,
        display_name: str | None = None,
        labels: Mapping[str, str] | None = None,
        skip: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[ServerlessCluster]:
        """Clusters, across all pages (10 a page unless `page_size` says). Filters,
        joined with AND: `cloud_provider` ("aws", "alicloud"), `region_id`,
        `state`, `project_id`, `cluster_ids` (a list or a comma-separated str),
        `display_name`, `labels` (a dict), and `filter`, the service's own
        expression such as `'labels.env="prod"'`; `skip` passes over that many first.

        Args:
            filter: The service's filter expression, such as `'labels.env="prod"'`.
            cloud_provider: Only this cloud provider's: `aws`, `gcp`, `azure` or `alicloud`.
            region_id: Only clusters in this region.
            state: Only clusters in this state.
            project_id: Only these projects' clusters: a list, or one comma-separated str.
            cluster_ids: Only these clusters: a list of ids, or one comma-separated str.
            display_name: Only clusters of this name.
            labels: Only clusters with these labels (a dict).
            skip: Pass over that many items first.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        *,
        display_name: str,
        region_id: str,
        root_password: str | None = None,
        labels: Mapping[str, str] | None = None,
        project_id: str | None = None,
        spending_limit: ServerlessClusterSpendingLimit | Mapping[str, Any] | None = None,
        auto_scaling: ServerlessClusterAutoScaling | Mapping[str, Any] | None = None,
        automated_backup_policy: ServerlessClusterAutomatedBackupPolicy | Mapping[str, Any] | None = None,
        endpoints: ServerlessClusterEndpoints | Mapping[str, Any] | None = None,
        encryption_config: ServerlessClusterEncryptionConfig | Mapping[str, Any] | None = None,
        high_availability_type: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessCluster]:
        """Create a Starter cluster, or an Essential one when `auto_scaling`
        (`{"minRcu": 2000, "maxRcu": 4000}`) is given. `region_id` is like
        "aws-us-east-1"; `spending_limit={"monthly": 1000}` caps a Starter
        cluster's monthly spend in US cents; `project_id` is a shorthand for
        `labels["tidb.cloud/project"]`. Returns the cluster, CREATING.

        Args:
            display_name: The name people see.
            region_id: The region, such as `aws-us-east-1`.
            root_password: The root password, 8 to 64 characters; never shown.
            labels: Labels, a dict of str to str.
            project_id: A shorthand for `labels["tidb.cloud/project"]`.
            spending_limit: `{"monthly": cents}`: the most a Starter cluster may cost a month.
            auto_scaling: `{"minRcu", "maxRcu"}`: makes the cluster an Essential one.
            automated_backup_policy: When automatic backups run and how long they are kept.
            endpoints: The public and private endpoints' settings, such as `{"public": {"disabled": True}}`.
            encryption_config: Encryption at rest: the service's object.
            high_availability_type: `ZONAL` or `REGIONAL` (Essential)."""
    def get(
        self,
        cluster_id: str,
        /,
        *,
        view: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessCluster]:
        """One cluster by its id; `view="BASIC"` answers less.

        Args:
            cluster_id: The cluster's id.
            view: `BASIC` answers less, `FULL` (the default) everything."""
    def update(
        self,
        cluster_id: str,
        /,
        *,
        display_name: str | None = None,
        labels: Mapping[str, str] | None = None,
        spending_limit: ServerlessClusterSpendingLimit | Mapping[str, Any] | None = None,
        automated_backup_policy: ServerlessClusterAutomatedBackupPolicy | Mapping[str, Any] | None = None,
        endpoints: ServerlessClusterEndpoints | Mapping[str, Any] | None = None,
        auto_scaling: ServerlessClusterAutoScaling | Mapping[str, Any] | None = None,
        update_mask: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessCluster]:
        """Change what is given (`display_name`, `labels`, `spending_limit`,
        `automated_backup_policy`, `endpoints` such as `{"public": {"disabled":
        True}}`, `auto_scaling`); the update mask names those fields unless
        `update_mask` (such as "spendingLimit.monthly") says. Returns the cluster.

        Args:
            cluster_id: The cluster's id.
            display_name: The name people see.
            labels: Labels, a dict of str to str.
            spending_limit: `{"monthly": cents}`: the most a Starter cluster may cost a month.
            automated_backup_policy: When automatic backups run and how long they are kept.
            endpoints: The public and private endpoints' settings, such as `{"public": {"disabled": True}}`.
            auto_scaling: `{"minRcu", "maxRcu"}`: makes the cluster an Essential one.
            update_mask: The fields to change, such as `spendingLimit.monthly`; those given unless said."""
    def delete(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessCluster]:
        """Delete a cluster with its branches; returns it, DELETED.

        Args:
            cluster_id: The cluster's id."""
    def reset_root_password(
        self,
        cluster_id: str,
        /,
        *,
        root_password: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Set a new root password (8 to 64 characters); answers `{}`. The
        password never appears in a repr, a log line or an error.

        Args:
            cluster_id: The cluster's id.
            root_password: The new root password, 8 to 64 characters; never shown."""
    def restore(
        self,
        *,
        backup_id: str | None = None,
        cluster_id: str | None = None,
        backup_time: _Time | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessRestoreResponse]:
        """Restore a backup (`backup_id`), or a cluster's data as it was at
        `backup_time` (`cluster_id` with a datetime or ISO 8601 str). Returns
        `{"clusterId": ...}`; the cluster is RESTORING until ACTIVE again.

        Args:
            backup_id: The backup to restore.
            cluster_id: The cluster whose data to restore as of `backup_time`.
            backup_time: The moment to restore, a datetime or an ISO 8601 str."""
    def batch_create(
        self,
        *,
        clusters: Sequence[ServerlessCluster | Mapping[str, Any]],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessBatchCreateClustersResponse]:
        """Create many clusters with one request, all or none: `clusters` is a
        list of clusters as the API takes them (`{"displayName": ..., "region":
        {"name": "regions/aws-us-east-1"}, ...}`). Returns `{"clusters": [...]}`,
        each CREATING.

        Args:
            clusters: The clusters to create (up to 1000), each a dict in the API's camelCase."""
    def batch_get(
        self,
        *,
        cluster_ids: Sequence[str] | str,
        view: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessBatchGetClustersResponse]:
        """Several clusters by id with one request: `{"clusters": [...]}`, in
        the order asked; `view="BASIC"` answers less.

        Args:
            cluster_ids: The clusters' ids: a list, or one comma-separated str.
            view: `BASIC` answers less, `FULL` (the default) everything."""
    def wait(
        self,
        cluster_id: str,
        /,
        *,
        state: str = "ACTIVE",
        timeout: float = 1800.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessCluster]:
        """Poll until the cluster is in `state` (`"DELETED"`: until it is gone) and
        return it; CREATING and RESTORING keep it waiting. Raises `WaiterError`
        on timeout or when the state cannot be reached. `timeout`,
        `poll_interval` and `progress` as for the Dedicated `clusters.wait`.

        Args:
            cluster_id: The cluster's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class ServerlessBranches:
    """Branches of a Starter or Essential cluster."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[ServerlessBranch]:
        """The cluster's branches, across all pages.

        Args:
            cluster_id: The cluster's id.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        cluster_id: str,
        /,
        *,
        display_name: str,
        parent_id: str | None = None,
        parent_timestamp: _Time | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessBranch:
        """Branch the cluster's data as it is now, or as it was at
        `parent_timestamp` (a datetime or ISO 8601 str); `parent_id` branches
        another branch instead. Returns the branch, CREATING.

        Args:
            cluster_id: The cluster's id.
            display_name: The name people see.
            parent_id: Branch this branch instead of the cluster.
            parent_timestamp: Branch the data as it was then: a datetime or an ISO 8601 str."""
    def get(
        self,
        cluster_id: str,
        branch_id: str,
        /,
        *,
        view: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessBranch:
        """One branch; `view="BASIC"` answers less.

        Args:
            cluster_id: The cluster's id.
            branch_id: The branch's id.
            view: `BASIC` answers less, `FULL` (the default) everything."""
    def delete(
        self,
        cluster_id: str,
        branch_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessBranch:
        """Delete a branch; returns it, DELETED.

        Args:
            cluster_id: The cluster's id.
            branch_id: The branch's id."""
    def reset(
        self,
        cluster_id: str,
        branch_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessBranch:
        """Bring the branch back to its parent's data as it is now; returns it,
        RESTORING until ACTIVE again.

        Args:
            cluster_id: The cluster's id.
            branch_id: The branch's id."""
    def update_sql_user(
        self,
        cluster_id: str,
        branch_id: str,
        user_name: str,
        /,
        *,
        password: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessSqlUser:
        """Set a new password (8 to 64 characters) for one of the branch's SQL
        users, such as its root user (`<userPrefix>.root`). Returns
        `{"username": ...}`; the password never appears in a repr, a log line
        or an error.

        Args:
            cluster_id: The cluster's id.
            branch_id: The branch's id.
            user_name: The SQL user's name, with the branch's user prefix.
            password: The new password, 8 to 64 characters; never shown."""
    def wait(
        self,
        cluster_id: str,
        branch_id: str,
        /,
        *,
        state: str = "ACTIVE",
        timeout: float = 1800.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ServerlessBranch:
        """Poll until the branch is in `state` (`"DELETED"`: until it is gone) and
        return it; CREATING and RESTORING keep it waiting.

        Args:
            cluster_id: The cluster's id.
            branch_id: The branch's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class AsyncServerlessBranches:
    """Branches of a Starter or Essential cluster."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[ServerlessBranch]:
        """The cluster's branches, across all pages.

        Args:
            cluster_id: The cluster's id.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        cluster_id: str,
        /,
        *,
        display_name: str,
        parent_id: str | None = None,
        parent_timestamp: _Time | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessBranch]:
        """Branch the cluster's data as it is now, or as it was at
        `parent_timestamp` (a datetime or ISO 8601 str); `parent_id` branches
        another branch instead. Returns the branch, CREATING.

        Args:
            cluster_id: The cluster's id.
            display_name: The name people see.
            parent_id: Branch this branch instead of the cluster.
            parent_timestamp: Branch the data as it was then: a datetime or an ISO 8601 str."""
    def get(
        self,
        cluster_id: str,
        branch_id: str,
        /,
        *,
        view: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessBranch]:
        """One branch; `view="BASIC"` answers less.

        Args:
            cluster_id: The cluster's id.
            branch_id: The branch's id.
            view: `BASIC` answers less, `FULL` (the default) everything."""
    def delete(
        self,
        cluster_id: str,
        branch_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessBranch]:
        """Delete a branch; returns it, DELETED.

        Args:
            cluster_id: The cluster's id.
            branch_id: The branch's id."""
    def reset(
        self,
        cluster_id: str,
        branch_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessBranch]:
        """Bring the branch back to its parent's data as it is now; returns it,
        RESTORING until ACTIVE again.

        Args:
            cluster_id: The cluster's id.
            branch_id: The branch's id."""
    def update_sql_user(
        self,
        cluster_id: str,
        branch_id: str,
        user_name: str,
        /,
        *,
        password: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessSqlUser]:
        """Set a new password (8 to 64 characters) for one of the branch's SQL
        users, such as its root user (`<userPrefix>.root`). Returns
        `{"username": ...}`; the password never appears in a repr, a log line
        or an error.

        Args:
            cluster_id: The cluster's id.
            branch_id: The branch's id.
            user_name: The SQL user's name, with the branch's user prefix.
            password: The new password, 8 to 64 characters; never shown."""
    def wait(
        self,
        cluster_id: str,
        branch_id: str,
        /,
        *,
        state: str = "ACTIVE",
        timeout: float = 1800.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessBranch]:
        """Poll until the branch is in `state` (`"DELETED"`: until it is gone) and
        return it; CREATING and RESTORING keep it waiting.

        Args:
            cluster_id: The cluster's id.
            branch_id: The branch's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class ServerlessExports:
    """Exports of a Starter or Essential cluster's data."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        order_by: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[ServerlessExport]:
        """The cluster's exports, across all pages; `order_by="createTime desc"`
        lists the newest first.

        Args:
            cluster_id: The cluster's id.
            order_by: The sort order, such as `"createTime desc"`.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        cluster_id: str,
        /,
        *,
        display_name: str | None = None,
        export_options: ServerlessExportOptions | Mapping[str, Any] | None = None,
        target: ServerlessExportTarget | Mapping[str, Any] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessExport:
        """Export the cluster's data. `target={"type": "S3", "s3": {"uri": ...,
        "authType": "ROLE_ARN", "roleArn": ...}}` (or GCS, AZURE_BLOB, OSS;
        LOCAL when absent); `export_options={"fileType": "PARQUET",
        "filter": {"table": {"patterns": ["db.*"]}}}`. Returns it, RUNNING.

        Args:
            cluster_id: The cluster's id.
            display_name: The name people see.
            export_options: The file type, compression and table filter of the export.
            target: The destination: `{"type": "S3", "s3": {...}}`, GCS, AZURE_BLOB or OSS; LOCAL if absent."""
    def get(
        self,
        cluster_id: str,
        export_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessExport:
        """One export, with its `state` and, once done, `completeTime`.

        Args:
            cluster_id: The cluster's id.
            export_id: The export's id."""
    def delete(
        self,
        cluster_id: str,
        export_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessExport:
        """Delete an export and its files; returns it, DELETED.

        Args:
            cluster_id: The cluster's id.
            export_id: The export's id."""
    def cancel(
        self,
        cluster_id: str,
        export_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessExport:
        """Stop a RUNNING export; returns it, CANCELED.

        Args:
            cluster_id: The cluster's id.
            export_id: The export's id."""
    def list_files(
        self,
        cluster_id: str,
        export_id: str,
        /,
        *,
        generate_url: bool = False,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[ServerlessExportFile]:
        """The files a finished LOCAL export left with the service, across all
        pages: `name` and `size`, and a download `url` each when `generate_url`.

        Args:
            cluster_id: The cluster's id.
            export_id: The export's id.
            generate_url: Also give each file an expiring download URL.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def download_files(
        self,
        cluster_id: str,
        export_id: str,
        /,
        *,
        file_names: Sequence[str],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessDownloadExportFilesResponse:
        """Expiring download URLs of the files named: `{"files": [{"name",
        "size", "url"}]}`, in the order asked.

        Args:
            cluster_id: The cluster's id.
            export_id: The export's id.
            file_names: The names of the files, as `list_files` gives them."""
    def download_urls(
        self,
        cluster_id: str,
        export_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessDownloadExportsResponse:
        """Expiring download URLs of every file of the export: `{"downloads":
        [{"name", "size", "url"}]}`.

        Args:
            cluster_id: The cluster's id.
            export_id: The export's id."""
    def wait(
        self,
        cluster_id: str,
        export_id: str,
        /,
        *,
        state: str = "SUCCEEDED",
        timeout: float = 3600.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ServerlessExport:
        """Poll until the export is in `state` (SUCCEEDED unless said) and return
        it. FAILED, CANCELED and EXPIRED raise `WaiterError` with its `reason`.

        Args:
            cluster_id: The cluster's id.
            export_id: The export's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""
    def download(
        self,
        cluster_id: str | int,
        export_id: str,
        dest_dir: str | os.PathLike[str],
        /,
        *,
        concurrency: int = 4,
        overwrite: bool = False,
        progress: _Progress = None,
    ) -> builtins.list[str]:
        """Download every file of a finished LOCAL export into `dest_dir` (made
        if missing), `concurrency` files at a time, each streamed to a temporary
        name and renamed once whole and of the size the service listed. Returns the
        paths, sorted. An existing file is an error (before anything is downloaded)
        unless `overwrite=True`; a failed or stopped download leaves no partial file.
        `progress` follows the waiters' rule and counts bytes; a callable receives
        `{"state", "bytes", "totalBytes", "completePercent", "exportId",
        "files"}` about ten times a second.

        Args:
            cluster_id: The Starter or Essential cluster's id.
            export_id: The export's id; it must have SUCCEEDED, with a LOCAL target.
            dest_dir: The folder the files go to, made if missing.
            concurrency: Files downloaded at a time, 1 to 64.
            overwrite: Replace files that already exist in `dest_dir`.
            progress: None: a display where someone watches, nothing in a pipe; True: always one; False: never; a callable: fed the byte counts."""

@final
class AsyncServerlessExports:
    """Exports of a Starter or Essential cluster's data."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        order_by: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[ServerlessExport]:
        """The cluster's exports, across all pages; `order_by="createTime desc"`
        lists the newest first.

        Args:
            cluster_id: The cluster's id.
            order_by: The sort order, such as `"createTime desc"`.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        cluster_id: str,
        /,
        *,
        display_name: str | None = None,
        export_options: ServerlessExportOptions | Mapping[str, Any] | None = None,
        target: ServerlessExportTarget | Mapping[str, Any] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessExport]:
        """Export the cluster's data. `target={"type": "S3", "s3": {"uri": ...,
        "authType": "ROLE_ARN", "roleArn": ...}}` (or GCS, AZURE_BLOB, OSS;
        LOCAL when absent); `export_options={"fileType": "PARQUET",
        "filter": {"table": {"patterns": ["db.*"]}}}`. Returns it, RUNNING.

        Args:
            cluster_id: The cluster's id.
            display_name: The name people see.
            export_options: The file type, compression and table filter of the export.
            target: The destination: `{"type": "S3", "s3": {...}}`, GCS, AZURE_BLOB or OSS; LOCAL if absent."""
    def get(
        self,
        cluster_id: str,
        export_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessExport]:
        """One export, with its `state` and, once done, `completeTime`.

        Args:
            cluster_id: The cluster's id.
            export_id: The export's id."""
    def delete(
        self,
        cluster_id: str,
        export_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessExport]:
        """Delete an export and its files; returns it, DELETED.

        Args:
            cluster_id: The cluster's id.
            export_id: The export's id."""
    def cancel(
        self,
        cluster_id: str,
        export_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessExport]:
        """Stop a RUNNING export; returns it, CANCELED.

        Args:
            cluster_id: The cluster's id.
            export_id: The export's id."""
    def list_files(
        self,
        cluster_id: str,
        export_id: str,
        /,
        *,
        generate_url: bool = False,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[ServerlessExportFile]:
        """The files a finished LOCAL export left with the service, across all
        pages: `name` and `size`, and a download `url` each when `generate_url`.

        Args:
            cluster_id: The cluster's id.
            export_id: The export's id.
            generate_url: Also give each file an expiring download URL.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def download_files(
        self,
        cluster_id: str,
        export_id: str,
        /,
        *,
        file_names: Sequence[str],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessDownloadExportFilesResponse]:
        """Expiring download URLs of the files named: `{"files": [{"name",
        "size", "url"}]}`, in the order asked.

        Args:
            cluster_id: The cluster's id.
            export_id: The export's id.
            file_names: The names of the files, as `list_files` gives them."""
    def download_urls(
        self,
        cluster_id: str,
        export_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessDownloadExportsResponse]:
        """Expiring download URLs of every file of the export: `{"downloads":
        [{"name", "size", "url"}]}`.

        Args:
            cluster_id: The cluster's id.
            export_id: The export's id."""
    def wait(
        self,
        cluster_id: str,
        export_id: str,
        /,
        *,
        state: str = "SUCCEEDED",
        timeout: float = 3600.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessExport]:
        """Poll until the export is in `state` (SUCCEEDED unless said) and return
        it. FAILED, CANCELED and EXPIRED raise `WaiterError` with its `reason`.

        Args:
            cluster_id: The cluster's id.
            export_id: The export's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""
    def download(
        self,
        cluster_id: str | int,
        export_id: str,
        dest_dir: str | os.PathLike[str],
        /,
        *,
        concurrency: int = 4,
        overwrite: bool = False,
        progress: _Progress = None,
    ) -> Call[builtins.list[str]]:
        """Download every file of a finished LOCAL export into `dest_dir` (made
        if missing), `concurrency` files at a time, each streamed to a temporary
        name and renamed once whole and of the size the service listed. Returns the
        paths, sorted. An existing file is an error (before anything is downloaded)
        unless `overwrite=True`; a failed or stopped download leaves no partial file.
        `progress` follows the waiters' rule and counts bytes; a callable receives
        `{"state", "bytes", "totalBytes", "completePercent", "exportId",
        "files"}` about ten times a second.

        Args:
            cluster_id: The Starter or Essential cluster's id.
            export_id: The export's id; it must have SUCCEEDED, with a LOCAL target.
            dest_dir: The folder the files go to, made if missing.
            concurrency: Files downloaded at a time, 1 to 64.
            overwrite: Replace files that already exist in `dest_dir`.
            progress: None: a display where someone watches, nothing in a pipe; True: always one; False: never; a callable: fed the byte counts."""

@final
class ServerlessImports:
    """Imports into a Starter or Essential cluster."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        order_by: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[ServerlessImport]:
        """The cluster's imports, across all pages; `order_by="createTime desc"`
        lists the newest first.

        Args:
            cluster_id: The cluster's id.
            order_by: The sort order, such as `"createTime desc"`.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        cluster_id: str,
        /,
        *,
        import_options: ServerlessImportOptions | Mapping[str, Any],
        source: ServerlessImportSource | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessImport:
        """Start an import: `import_options={"fileType": "CSV"}`, `source={"type":
        "S3", "s3": {"uri": "s3://bucket/path/", "authType": "ROLE_ARN",
        "roleArn": ...}}` (or GCS, AZURE_BLOB, S3_COMPATIBLE, OSS), or a file
        uploaded with `start_upload`: `{"type": "LOCAL", "local": {"uploadId",
        "targetDatabase", "targetTable"}}`.

        Args:
            cluster_id: The cluster's id.
            import_options: `{"fileType": "CSV", ...}`: what the files are.
            source: Where the files are: `{"type": "S3", "s3": {...}}`, GCS, AZURE_BLOB, OSS, or LOCAL."""
    def get(
        self,
        cluster_id: str,
        import_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessImport:
        """One import, with its `state` and `completePercent`.

        Args:
            cluster_id: The cluster's id.
            import_id: The import's id."""
    def cancel(
        self,
        cluster_id: str,
        import_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Stop a running import; returns `{}`.

        Args:
            cluster_id: The cluster's id.
            import_id: The import's id."""
    def start_upload(
        self,
        cluster_id: str,
        /,
        *,
        file_name: str,
        part_number: int,
        target_database: str,
        target_table: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessStartUploadResponse:
        """Start uploading a local file in `part_number` parts for an import into
        `target_database`.`target_table`. Returns `{"uploadId", "uploadUrl":
        [one presigned URL a part]}`: PUT each part to its URL, keep each
        answer's ETag, then `complete_upload`.

        Args:
            cluster_id: The cluster's id.
            file_name: The file's name, without a path.
            part_number: How many parts the file goes up in (1 to 10000).
            target_database: The database to import into.
            target_table: The table to import into."""
    def complete_upload(
        self,
        cluster_id: str,
        /,
        *,
        upload_id: str,
        parts: Sequence[Mapping[str, Any]],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Finish an upload with every part's `{"partNumber", "etag"}`; returns
        `{}`. Then `create(..., source={"type": "LOCAL", "local": {"uploadId":
        ..., "targetDatabase": ..., "targetTable": ...}})` imports it.

        Args:
            cluster_id: The cluster's id.
            upload_id: The upload's id, as `start_upload` answered it.
            parts: Every part: `[{"partNumber": 1, "etag": "..."}, ...]`."""
    def cancel_upload(
        self,
        cluster_id: str,
        /,
        *,
        upload_id: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Give up an upload in progress; returns `{}`.

        Args:
            cluster_id: The cluster's id.
            upload_id: The upload's id, as `start_upload` answered it."""
    def wait(
        self,
        cluster_id: str,
        import_id: str,
        /,
        *,
        timeout: float = 3600.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ServerlessImport:
        """Poll until the import is COMPLETED and return it, showing
        `completePercent`; FAILED or CANCELED raises `WaiterError` with its message.

        Args:
            cluster_id: The cluster's id.
            import_id: The import's id.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""
    def upload_file(
        self,
        cluster_id: str | int,
        path: str | os.PathLike[str],
        /,
        *,
        target_database: str,
        target_table: str,
        file_type: str = "CSV",
        csv_format: Mapping[str, Any] | None = None,
        part_size: int | None = None,
        concurrency: int = 4,
        progress: _Progress = None,
    ) -> ServerlessImport:
        """Import a local file into `target_database`.`target_table`: upload it in
        parts of `part_size` bytes (8 MiB by default, more for a file over 78 GiB),
        `concurrency` at a time, straight from disk, each part retried on a lost
        connection or a 5xx; complete the upload; and start an import of it. Returns
        the import, to `wait` on as any other.

        If the upload fails, or is stopped (Ctrl-C, a cancelled task), it is
        cancelled on the service, so nothing is left behind. `progress` follows the
        waiters' rule (a display where someone watches) and counts bytes; a callable
        receives `{"state", "bytes", "totalBytes", "completePercent", "file",
        "uploadId"}` about ten times a second.

        Args:
            cluster_id: The Starter or Essential cluster's id.
            path: The local file to import.
            target_database: The database to import into.
            target_table: The table to import into.
            file_type: The file's format: CSV, SQL, AURORA_SNAPSHOT or PARQUET.
            csv_format: For a CSV file, its format in the API's camelCase (`{"separator": ",", "header": true}`).
            part_size: Bytes per uploaded part, 5 MiB to 5 GiB (8 MiB, or more for a file over 78 GiB).
            concurrency: Parts uploaded at a time, 1 to 64.
            progress: None: a display where someone watches, nothing in a pipe; True: always one; False: never; a callable: fed the byte counts."""

@final
class AsyncServerlessImports:
    """Imports into a Starter or Essential cluster."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        order_by: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[ServerlessImport]:
        """The cluster's imports, across all pages; `order_by="createTime desc"`
        lists the newest first.

        Args:
            cluster_id: The cluster's id.
            order_by: The sort order, such as `"createTime desc"`.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        cluster_id: str,
        /,
        *,
        import_options: ServerlessImportOptions | Mapping[str, Any],
        source: ServerlessImportSource | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessImport]:
        """Start an import: `import_options={"fileType": "CSV"}`, `source={"type":
        "S3", "s3": {"uri": "s3://bucket/path/", "authType": "ROLE_ARN",
        "roleArn": ...}}` (or GCS, AZURE_BLOB, S3_COMPATIBLE, OSS), or a file
        uploaded with `start_upload`: `{"type": "LOCAL", "local": {"uploadId",
        "targetDatabase", "targetTable"}}`.

        Args:
            cluster_id: The cluster's id.
            import_options: `{"fileType": "CSV", ...}`: what the files are.
            source: Where the files are: `{"type": "S3", "s3": {...}}`, GCS, AZURE_BLOB, OSS, or LOCAL."""
    def get(
        self,
        cluster_id: str,
        import_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessImport]:
        """One import, with its `state` and `completePercent`.

        Args:
            cluster_id: The cluster's id.
            import_id: The import's id."""
    def cancel(
        self,
        cluster_id: str,
        import_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Stop a running import; returns `{}`.

        Args:
            cluster_id: The cluster's id.
            import_id: The import's id."""
    def start_upload(
        self,
        cluster_id: str,
        /,
        *,
        file_name: str,
        part_number: int,
        target_database: str,
        target_table: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessStartUploadResponse]:
        """Start uploading a local file in `part_number` parts for an import into
        `target_database`.`target_table`. Returns `{"uploadId", "uploadUrl":
        [one presigned URL a part]}`: PUT each part to its URL, keep each
        answer's ETag, then `complete_upload`.

        Args:
            cluster_id: The cluster's id.
            file_name: The file's name, without a path.
            part_number: How many parts the file goes up in (1 to 10000).
            target_database: The database to import into.
            target_table: The table to import into."""
    def complete_upload(
        self,
        cluster_id: str,
        /,
        *,
        upload_id: str,
        parts: Sequence[Mapping[str, Any]],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Finish an upload with every part's `{"partNumber", "etag"}`; returns
        `{}`. Then `create(..., source={"type": "LOCAL", "local": {"uploadId":
        ..., "targetDatabase": ..., "targetTable": ...}})` imports it.

        Args:
            cluster_id: The cluster's id.
            upload_id: The upload's id, as `start_upload` answered it.
            parts: Every part: `[{"partNumber": 1, "etag": "..."}, ...]`."""
    def cancel_upload(
        self,
        cluster_id: str,
        /,
        *,
        upload_id: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Give up an upload in progress; returns `{}`.

        Args:
            cluster_id: The cluster's id.
            upload_id: The upload's id, as `start_upload` answered it."""
    def wait(
        self,
        cluster_id: str,
        import_id: str,
        /,
        *,
        timeout: float = 3600.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessImport]:
        """Poll until the import is COMPLETED and return it, showing
        `completePercent`; FAILED or CANCELED raises `WaiterError` with its message.

        Args:
            cluster_id: The cluster's id.
            import_id: The import's id.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""
    def upload_file(
        self,
        cluster_id: str | int,
        path: str | os.PathLike[str],
        /,
        *,
        target_database: str,
        target_table: str,
        file_type: str = "CSV",
        csv_format: Mapping[str, Any] | None = None,
        part_size: int | None = None,
        concurrency: int = 4,
        progress: _Progress = None,
    ) -> Call[ServerlessImport]:
        """Import a local file into `target_database`.`target_table`: upload it in
        parts of `part_size` bytes (8 MiB by default, more for a file over 78 GiB),
        `concurrency` at a time, straight from disk, each part retried on a lost
        connection or a 5xx; complete the upload; and start an import of it. Returns
        the import, to `wait` on as any other.

        If the upload fails, or is stopped (Ctrl-C, a cancelled task), it is
        cancelled on the service, so nothing is left behind. `progress` follows the
        waiters' rule (a display where someone watches) and counts bytes; a callable
        receives `{"state", "bytes", "totalBytes", "completePercent", "file",
        "uploadId"}` about ten times a second.

        Args:
            cluster_id: The Starter or Essential cluster's id.
            path: The local file to import.
            target_database: The database to import into.
            target_table: The table to import into.
            file_type: The file's format: CSV, SQL, AURORA_SNAPSHOT or PARQUET.
            csv_format: For a CSV file, its format in the API's camelCase (`{"separator": ",", "header": true}`).
            part_size: Bytes per uploaded part, 5 MiB to 5 GiB (8 MiB, or more for a file over 78 GiB).
            concurrency: Parts uploaded at a time, 1 to 64.
            progress: None: a display where someone watches, nothing in a pipe; True: always one; False: never; a callable: fed the byte counts."""

@final
class ServerlessBackups:
    """Backups of Starter and Essential clusters; `clusters.restore` brings one back."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[ServerlessBackup]:
        """The cluster's backups, across all pages.

        Args:
            cluster_id: The cluster's id.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def get(
        self,
        backup_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessBackup:
        """One backup by its id.

        Args:
            backup_id: The backup's id."""
    def delete(
        self,
        backup_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessBackup:
        """Delete a backup; returns it.

        Args:
            backup_id: The backup's id."""

@final
class AsyncServerlessBackups:
    """Backups of Starter and Essential clusters; `clusters.restore` brings one back."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[ServerlessBackup]:
        """The cluster's backups, across all pages.

        Args:
            cluster_id: The cluster's id.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def get(
        self,
        backup_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessBackup]:
        """One backup by its id.

        Args:
            backup_id: The backup's id."""
    def delete(
        self,
        backup_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessBackup]:
        """Delete a backup; returns it.

        Args:
            backup_id: The backup's id."""

@final
class ServerlessRegions:
    """Regions Starter and Essential clusters can run in."""

    def list(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[ServerlessRegion]:
        """The regions, each with the plans (`servicePlans`) it offers."""
    def list_cloud_providers(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessListCloudProvidersResponse:
        """The cloud providers Starter and Essential clusters run on:
        `{"cloudProviders": ["aws", ...]}`."""

@final
class AsyncServerlessRegions:
    """Regions Starter and Essential clusters can run in."""

    def list(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[ServerlessRegion]:
        """The regions, each with the plans (`servicePlans`) it offers."""
    def list_cloud_providers(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessListCloudProvidersResponse]:
        """The cloud providers Starter and Essential clusters run on:
        `{"cloudProviders": ["aws", ...]}`."""

@final
class MaintenanceWindows:
    """Each project's weekly maintenance window of its Dedicated clusters."""

    def list(
        self,
        *,
        project_id: str | None = None,
        skip: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[MaintenanceWindow]:
        """The maintenance windows of a project (the default project's unless
        `project_id` says), across all pages; `skip` passes over that many first.

        Args:
            project_id: The project's id; the default project when absent.
            skip: Pass over that many items first.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def get(
        self,
        maintenance_window_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MaintenanceWindow:
        """One project's maintenance window, with the date it next opens.

        Args:
            maintenance_window_id: The window's id: `project-{project_id}`."""
    def update(
        self,
        maintenance_window_id: str,
        /,
        *,
        week_day: int | None = None,
        day_hour: int | None = None,
        hour_minute: int | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MaintenanceWindow:
        """Move the window: the weekday it opens on and its hour and minute (UTC);
        what is not given stays. Returns the window, with the tasks whose
        schedule the move leaves alone in `unchangedMaintenanceTasks`.

        Args:
            maintenance_window_id: The window's id: `project-{project_id}`.
            week_day: The day of the week, 0 (Sunday) to 6.
            day_hour: The hour it opens, 0 to 23 (UTC).
            hour_minute: The minute of that hour, 0 to 59."""

@final
class AsyncMaintenanceWindows:
    """Each project's weekly maintenance window of its Dedicated clusters."""

    def list(
        self,
        *,
        project_id: str | None = None,
        skip: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[MaintenanceWindow]:
        """The maintenance windows of a project (the default project's unless
        `project_id` says), across all pages; `skip` passes over that many first.

        Args:
            project_id: The project's id; the default project when absent.
            skip: Pass over that many items first.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def get(
        self,
        maintenance_window_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[MaintenanceWindow]:
        """One project's maintenance window, with the date it next opens.

        Args:
            maintenance_window_id: The window's id: `project-{project_id}`."""
    def update(
        self,
        maintenance_window_id: str,
        /,
        *,
        week_day: int | None = None,
        day_hour: int | None = None,
        hour_minute: int | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[MaintenanceWindow]:
        """Move the window: the weekday it opens on and its hour and minute (UTC);
        what is not given stays. Returns the window, with the tasks whose
        schedule the move leaves alone in `unchangedMaintenanceTasks`.

        Args:
            maintenance_window_id: The window's id: `project-{project_id}`.
            week_day: The day of the week, 0 (Sunday) to 6.
            day_hour: The hour it opens, 0 to 23 (UTC).
            hour_minute: The minute of that hour, 0 to 59."""

@final
class MaintenanceTasks:
    """The maintenance tasks the service schedules into a project's window."""

    def list(
        self,
        *,
        project_id: str | None = None,
        skip: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[MaintenanceTask]:
        """The maintenance tasks of a project (the default project's unless
        `project_id` says), across all pages; `skip` passes over that many first.

        Args:
            project_id: The project's id; the default project when absent.
            skip: Pass over that many items first.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def get(
        self,
        maintenance_task_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MaintenanceTask:
        """One maintenance task: PENDING until its `scheduledApplyTime`, then
        RUNNING, then DONE.

        Args:
            maintenance_task_id: The task's id."""
    def update(
        self,
        maintenance_task_id: str,
        /,
        *,
        scheduled_apply_time: _Time,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MaintenanceTask:
        """Reschedule a PENDING task: to run at `scheduled_apply_time` (a
        datetime or an ISO 8601 str), no later than its `deadline`.

        Args:
            maintenance_task_id: The task's id.
            scheduled_apply_time: When the task runs: a datetime or an ISO 8601 str."""

@final
class AsyncMaintenanceTasks:
    """The maintenance tasks the service schedules into a project's window."""

    def list(
        self,
        *,
        project_id: str | None = None,
        skip: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[MaintenanceTask]:
        """The maintenance tasks of a project (the default project's unless
        `project_id` says), across all pages; `skip` passes over that many first.

        Args:
            project_id: The project's id; the default project when absent.
            skip: Pass over that many items first.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def get(
        self,
        maintenance_task_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[MaintenanceTask]:
        """One maintenance task: PENDING until its `scheduledApplyTime`, then
        RUNNING, then DONE.

        Args:
            maintenance_task_id: The task's id."""
    def update(
        self,
        maintenance_task_id: str,
        /,
        *,
        scheduled_apply_time: _Time,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[MaintenanceTask]:
        """Reschedule a PENDING task: to run at `scheduled_apply_time` (a
        datetime or an ISO 8601 str), no later than its `deadline`.

        Args:
            maintenance_task_id: The task's id.
            scheduled_apply_time: When the task runs: a datetime or an ISO 8601 str."""

@final
class NodeInstances:
    """The node instances of a Dedicated cluster: one per TiDB, TiKV, TiFlash,
PD and TiProxy node."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        component_type: str | None = None,
        skip: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[NodeInstance]:
        """The cluster's node instances, across all pages; `component_type`
        keeps one kind, `skip` passes over that many first.

        Args:
            cluster_id: The cluster's id.
            component_type: Only nodes of this kind: `TIDB`, `TIKV`, `TIFLASH`, `PD` or `TIPROXY`.
            skip: Pass over that many items first.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def get(
        self,
        cluster_id: str,
        instance_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> NodeInstance:
        """One node instance: its kind, size, zone and state (`AVAILABLE`, ...).

        Args:
            cluster_id: The cluster's id.
            instance_id: The node's id, such as `tidb-0` or `tikv-2`."""

@final
class AsyncNodeInstances:
    """The node instances of a Dedicated cluster: one per TiDB, TiKV, TiFlash,
PD and TiProxy node."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        component_type: str | None = None,
        skip: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[NodeInstance]:
        """The cluster's node instances, across all pages; `component_type`
        keeps one kind, `skip` passes over that many first.

        Args:
            cluster_id: The cluster's id.
            component_type: Only nodes of this kind: `TIDB`, `TIKV`, `TIFLASH`, `PD` or `TIPROXY`.
            skip: Pass over that many items first.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def get(
        self,
        cluster_id: str,
        instance_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[NodeInstance]:
        """One node instance: its kind, size, zone and state (`AVAILABLE`, ...).

        Args:
            cluster_id: The cluster's id.
            instance_id: The node's id, such as `tidb-0` or `tikv-2`."""

@final
class Members:
    """Members of the organization: the people who sign in to it, each with an
organization role and roles in projects and Starter/Essential instances."""

    def list(
        self,
        *,
        email: str | None = None,
        roles: Sequence[str] | str | None = None,
        statuses: Sequence[str] | str | None = None,
        order_by: str | None = None,
        project_id: str | None = None,
        instance_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[User]:
        """The members, across all pages (100 a page unless `page_size` says).
        Filters: `email`, `roles` and `statuses` (any of them), `project_id`,
        `instance_id`; `order_by` such as `"email desc"` or `"invite_time asc"`.

        Args:
            email: Only the member with this email address.
            roles: Only members with any of these roles (`org:owner`, `project:dev`, ...).
            statuses: Only members in any of these statuses: `Active`, `Pending`.
            order_by: `email`, `invite_time` or `login_time`, then `asc` or `desc`.
            project_id: Only members with a role in this project.
            instance_id: Only members with a role in this Starter or Essential instance.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def invite(
        self,
        *,
        emails: Sequence[str],
        org_role: Mapping[str, str],
        project_roles: Sequence[Mapping[str, str]] | None = None,
        instance_roles: Sequence[Mapping[str, str]] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> InviteUsersRsp:
        """Invite people by email: each becomes a member, `Pending` until they
        accept. Returns `{"success", "message", "users": [{"email", "userId"}]}`.

        Args:
            emails: The addresses to invite.
            org_role: Their organization role: `{"rbacRole": "org:member"}`.
            project_roles: Project roles: `[{"rbacRole": "project:dev", "scopeId": project_id}]`.
            instance_roles: Instance roles: `[{"rbacRole": "cluster:viewer", "scopeId": cluster_id}]`."""
    def batch_update(
        self,
        *,
        users: Sequence[Mapping[str, Any]],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BatchUpdateUsersRsp:
        """Change the roles of several members at once; each succeeds or fails on
        its own: `{"results": [{"userId", "success", "error"?}]}`.

        Args:
            users: `[{"userId", "orgRole"?, "projectRoles"?, "instanceRoles"?}]`."""
    def update(
        self,
        user_id: str,
        /,
        *,
        org_role: Mapping[str, str] | None = None,
        project_roles: Sequence[Mapping[str, str]] | None = None,
        instance_roles: Sequence[Mapping[str, str]] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Change a member's roles; what is not given stays.

        Args:
            user_id: The member's user id.
            org_role: The organization role: `{"rbacRole": "org:member"}`.
            project_roles: Every project role the member has: a list of role dicts.
            instance_roles: Every instance role the member has: a list of role dicts."""
    def delete(
        self,
        user_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Remove a member from the organization.

        Args:
            user_id: The member's user id."""
    def resend_invitation(
        self,
        user_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Send a `Pending` member's invitation email again.

        Args:
            user_id: The member's user id."""

@final
class AsyncMembers:
    """Members of the organization: the people who sign in to it, each with an
organization role and roles in projects and Starter/Essential instances."""

    def list(
        self,
        *,
        email: str | None = None,
        roles: Sequence[str] | str | None = None,
        statuses: Sequence[str] | str | None = None,
        order_by: str | None = None,
        project_id: str | None = None,
        instance_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[User]:
        """The members, across all pages (100 a page unless `page_size` says).
        Filters: `email`, `roles` and `statuses` (any of them), `project_id`,
        `instance_id`; `order_by` such as `"email desc"` or `"invite_time asc"`.

        Args:
            email: Only the member with this email address.
            roles: Only members with any of these roles (`org:owner`, `project:dev`, ...).
            statuses: Only members in any of these statuses: `Active`, `Pending`.
            order_by: `email`, `invite_time` or `login_time`, then `asc` or `desc`.
            project_id: Only members with a role in this project.
            instance_id: Only members with a role in this Starter or Essential instance.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def invite(
        self,
        *,
        emails: Sequence[str],
        org_role: Mapping[str, str],
        project_roles: Sequence[Mapping[str, str]] | None = None,
        instance_roles: Sequence[Mapping[str, str]] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[InviteUsersRsp]:
        """Invite people by email: each becomes a member, `Pending` until they
        accept. Returns `{"success", "message", "users": [{"email", "userId"}]}`.

        Args:
            emails: The addresses to invite.
            org_role: Their organization role: `{"rbacRole": "org:member"}`.
            project_roles: Project roles: `[{"rbacRole": "project:dev", "scopeId": project_id}]`.
            instance_roles: Instance roles: `[{"rbacRole": "cluster:viewer", "scopeId": cluster_id}]`."""
    def batch_update(
        self,
        *,
        users: Sequence[Mapping[str, Any]],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[BatchUpdateUsersRsp]:
        """Change the roles of several members at once; each succeeds or fails on
        its own: `{"results": [{"userId", "success", "error"?}]}`.

        Args:
            users: `[{"userId", "orgRole"?, "projectRoles"?, "instanceRoles"?}]`."""
    def update(
        self,
        user_id: str,
        /,
        *,
        org_role: Mapping[str, str] | None = None,
        project_roles: Sequence[Mapping[str, str]] | None = None,
        instance_roles: Sequence[Mapping[str, str]] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[None]:
        """Change a member's roles; what is not given stays.

        Args:
            user_id: The member's user id.
            org_role: The organization role: `{"rbacRole": "org:member"}`.
            project_roles: Every project role the member has: a list of role dicts.
            instance_roles: Every instance role the member has: a list of role dicts."""
    def delete(
        self,
        user_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[None]:
        """Remove a member from the organization.

        Args:
            user_id: The member's user id."""
    def resend_invitation(
        self,
        user_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[None]:
        """Send a `Pending` member's invitation email again.

        Args:
            user_id: The member's user id."""

@final
class MspCustomers:
    """The customers of a managed service provider (MSP): the organizations it
serves, on the IAM host's root. Organization owners only."""

    def list(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[MspCustomer]:
        """The customer organizations, across all pages.

        Args:
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def get(
        self,
        customer_org_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MspCustomer:
        """One customer organization: its name, contact email, state and term.

        Args:
            customer_org_id: The customer organization's id."""
    def create_signup_url(
        self,
        *,
        org_id: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MspCustomerSignupUrl:
        """A sign-up URL that brings a new customer organization in, with when
        it expires: `{"customerSignupUrl", "expiredAt"}`.

        Args:
            org_id: The MSP's own organization id."""

@final
class AsyncMspCustomers:
    """The customers of a managed service provider (MSP): the organizations it
serves, on the IAM host's root. Organization owners only."""

    def list(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[MspCustomer]:
        """The customer organizations, across all pages.

        Args:
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def get(
        self,
        customer_org_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[MspCustomer]:
        """One customer organization: its name, contact email, state and term.

        Args:
            customer_org_id: The customer organization's id."""
    def create_signup_url(
        self,
        *,
        org_id: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[MspCustomerSignupUrl]:
        """A sign-up URL that brings a new customer organization in, with when
        it expires: `{"customerSignupUrl", "expiredAt"}`.

        Args:
            org_id: The MSP's own organization id."""

@final
class ServerlessPrivateLinkConnections:
    """Private link connections of Starter and Essential clusters to endpoint services."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        state: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[ServerlessPrivateLinkConnection]:
        """The cluster's private link connections, across all pages; `state=`
        lists only those in that state.

        Args:
            cluster_id: The cluster's id.
            state: Only connections in this state: CREATING, PENDING_ACCEPTANCE, ACTIVE, FAILED, DELETING.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        cluster_id: str,
        /,
        *,
        display_name: str,
        type: str | None = None,
        aws_endpoint_service: ServerlessAwsEndpointService | Mapping[str, Any] | None = None,
        alicloud_endpoint_service: ServerlessAlicloudEndpointService | Mapping[str, Any] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessPrivateLinkConnection:
        """Connect the cluster to an endpoint service:
        `aws_endpoint_service={"name": "com.amazonaws.vpce.us-east-1.vpce-svc-..."}`
        or `alicloud_endpoint_service={"name": ...}`; `type` follows from the
        one given. Returns the connection, CREATING; `wait` for ACTIVE once the
        endpoint service's owner accepts it.

        Args:
            cluster_id: The cluster's id.
            display_name: The name people see.
            type: `AWS_ENDPOINT_SERVICE` or `ALICLOUD_ENDPOINT_SERVICE`; the one given's when absent.
            aws_endpoint_service: `{"name", "region"}` of an AWS endpoint service (region: the cluster's if absent).
            alicloud_endpoint_service: `{"name"}` of an Alibaba Cloud endpoint service."""
    def get(
        self,
        cluster_id: str,
        private_link_connection_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessPrivateLinkConnection:
        """One connection, with its `state`, `endpointId` and `attachedDomains`.

        Args:
            cluster_id: The cluster's id.
            private_link_connection_id: The connection's id (`plc-...`)."""
    def delete(
        self,
        cluster_id: str,
        private_link_connection_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessPrivateLinkConnection:
        """Delete a connection; returns it, DELETING until it is gone.

        Args:
            cluster_id: The cluster's id.
            private_link_connection_id: The connection's id (`plc-...`)."""
    def get_availability_zones(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessGetAvailabilityZonesResponse:
        """The account (`accountId`) the cluster connects from and the
        availability zones (`azIds`) an endpoint service must be in.

        Args:
            cluster_id: The cluster's id."""
    def attach_domains(
        self,
        cluster_id: str,
        private_link_connection_id: str,
        /,
        *,
        type: str,
        unique_name: str | None = None,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessAttachDomain:
        """Attach domains to an ACTIVE connection: `type="TIDBCLOUD_MANAGED"` or
        `"CONFLUENT"`, named by `unique_name`. Returns the attachment, with its
        `attachDomainId` and `domains`; `validate_only=True` only shows them
        (and may leave `unique_name` out for TIDBCLOUD_MANAGED).

        Args:
            cluster_id: The cluster's id.
            private_link_connection_id: The connection's id (`plc-...`).
            type: `TIDBCLOUD_MANAGED` or `CONFLUENT`.
            unique_name: The unique name the domains are made from.
            validate_only: Only check the request and show the domains; attach nothing."""
    def detach_domains(
        self,
        cluster_id: str,
        private_link_connection_id: str,
        /,
        *,
        attach_domain_id: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessAttachDomain:
        """Detach the domains of one attachment (its `attachDomainId`); returns it.

        Args:
            cluster_id: The cluster's id.
            private_link_connection_id: The connection's id (`plc-...`).
            attach_domain_id: The attachment to detach, as `attach_domains` answered it."""
    def wait(
        self,
        cluster_id: str,
        private_link_connection_id: str,
        /,
        *,
        state: str = "ACTIVE",
        timeout: float = 1800.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ServerlessPrivateLinkConnection:
        """Poll until the connection is in `state` (ACTIVE unless said;
        `"DELETED"`: until it is gone) and return it; CREATING and
        PENDING_ACCEPTANCE keep it waiting. FAILED raises `WaiterError` with
        its `message`.

        Args:
            cluster_id: The cluster's id.
            private_link_connection_id: The connection's id (`plc-...`).
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class AsyncServerlessPrivateLinkConnections:
    """Private link connections of Starter and Essential clusters to endpoint services."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        state: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[ServerlessPrivateLinkConnection]:
        """The cluster's private link connections, across all pages; `state=`
        lists only those in that state.

        Args:
            cluster_id: The cluster's id.
            state: Only connections in this state: CREATING, PENDING_ACCEPTANCE, ACTIVE, FAILED, DELETING.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        cluster_id: str,
        /,
        *,
        display_name: str,
        type: str | None = None,
        aws_endpoint_service: ServerlessAwsEndpointService | Mapping[str, Any] | None = None,
        alicloud_endpoint_service: ServerlessAlicloudEndpointService | Mapping[str, Any] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessPrivateLinkConnection]:
        """Connect the cluster to an endpoint service:
        `aws_endpoint_service={"name": "com.amazonaws.vpce.us-east-1.vpce-svc-..."}`
        or `alicloud_endpoint_service={"name": ...}`; `type` follows from the
        one given. Returns the connection, CREATING; `wait` for ACTIVE once the
        endpoint service's owner accepts it.

        Args:
            cluster_id: The cluster's id.
            display_name: The name people see.
            type: `AWS_ENDPOINT_SERVICE` or `ALICLOUD_ENDPOINT_SERVICE`; the one given's when absent.
            aws_endpoint_service: `{"name", "region"}` of an AWS endpoint service (region: the cluster's if absent).
            alicloud_endpoint_service: `{"name"}` of an Alibaba Cloud endpoint service."""
    def get(
        self,
        cluster_id: str,
        private_link_connection_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessPrivateLinkConnection]:
        """One connection, with its `state`, `endpointId` and `attachedDomains`.

        Args:
            cluster_id: The cluster's id.
            private_link_connection_id: The connection's id (`plc-...`)."""
    def delete(
        self,
        cluster_id: str,
        private_link_connection_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessPrivateLinkConnection]:
        """Delete a connection; returns it, DELETING until it is gone.

        Args:
            cluster_id: The cluster's id.
            private_link_connection_id: The connection's id (`plc-...`)."""
    def get_availability_zones(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessGetAvailabilityZonesResponse]:
        """The account (`accountId`) the cluster connects from and the
        availability zones (`azIds`) an endpoint service must be in.

        Args:
            cluster_id: The cluster's id."""
    def attach_domains(
        self,
        cluster_id: str,
        private_link_connection_id: str,
        /,
        *,
        type: str,
        unique_name: str | None = None,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessAttachDomain]:
        """Attach domains to an ACTIVE connection: `type="TIDBCLOUD_MANAGED"` or
        `"CONFLUENT"`, named by `unique_name`. Returns the attachment, with its
        `attachDomainId` and `domains`; `validate_only=True` only shows them
        (and may leave `unique_name` out for TIDBCLOUD_MANAGED).

        Args:
            cluster_id: The cluster's id.
            private_link_connection_id: The connection's id (`plc-...`).
            type: `TIDBCLOUD_MANAGED` or `CONFLUENT`.
            unique_name: The unique name the domains are made from.
            validate_only: Only check the request and show the domains; attach nothing."""
    def detach_domains(
        self,
        cluster_id: str,
        private_link_connection_id: str,
        /,
        *,
        attach_domain_id: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessAttachDomain]:
        """Detach the domains of one attachment (its `attachDomainId`); returns it.

        Args:
            cluster_id: The cluster's id.
            private_link_connection_id: The connection's id (`plc-...`).
            attach_domain_id: The attachment to detach, as `attach_domains` answered it."""
    def wait(
        self,
        cluster_id: str,
        private_link_connection_id: str,
        /,
        *,
        state: str = "ACTIVE",
        timeout: float = 1800.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessPrivateLinkConnection]:
        """Poll until the connection is in `state` (ACTIVE unless said;
        `"DELETED"`: until it is gone) and return it; CREATING and
        PENDING_ACCEPTANCE keep it waiting. FAILED raises `WaiterError` with
        its `message`.

        Args:
            cluster_id: The cluster's id.
            private_link_connection_id: The connection's id (`plc-...`).
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class ServerlessChangefeeds:
    """Changefeeds of a Starter or Essential cluster: replication to Kafka or MySQL."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        changefeed_type: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[ServerlessChangefeed]:
        """The cluster's changefeeds, across all pages; `changefeed_type` keeps
        one kind of sink.

        Args:
            cluster_id: The cluster's id.
            changefeed_type: Only changefeeds to this kind of sink: `KAFKA` or `MYSQL`.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        cluster_id: str,
        /,
        *,
        sink: ServerlessSinkInfo | Mapping[str, Any],
        filter: ServerlessChangefeedFilter | Mapping[str, Any],
        display_name: str | None = None,
        start_position: ServerlessStartPosition | Mapping[str, Any] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessChangefeed:
        """Start replicating the cluster's changes to `sink` (`{"type": "KAFKA",
        "kafka": {...}}` or `{"type": "MYSQL", "mysql": {...}}`); returns the
        changefeed, CREATING.

        Args:
            cluster_id: The cluster's id.
            sink: Where the changes go: `type` and the settings of that type.
            filter: Which tables: `{"filterRule": ["*.*"], "mode": "IGNORE_NOT_SUPPORT_TABLE"}`.
            display_name: The name people see.
            start_position: Where to start: `{"mode": "FROM_NOW"}`, `FROM_TSO` with `tso`, `FROM_TIME` with `time`."""
    def get(
        self,
        cluster_id: str,
        changefeed_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessChangefeed:
        """One changefeed, with its state and checkpoint.

        Args:
            cluster_id: The cluster's id.
            changefeed_id: The changefeed's id."""
    def update(
        self,
        cluster_id: str,
        changefeed_id: str,
        /,
        *,
        sink: ServerlessSinkInfo | Mapping[str, Any],
        filter: ServerlessChangefeedFilter | Mapping[str, Any],
        display_name: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessChangefeed:
        """Replace a paused changefeed's sink and filter (and name); its sink type
        stays. Returns it.

        Args:
            cluster_id: The cluster's id.
            changefeed_id: The changefeed's id.
            sink: Where the changes go, of the type it was created with.
            filter: Which tables.
            display_name: The name people see."""
    def delete(
        self,
        cluster_id: str,
        changefeed_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessChangefeed:
        """Delete a changefeed; returns it, DELETED.

        Args:
            cluster_id: The cluster's id.
            changefeed_id: The changefeed's id."""
    def start(
        self,
        cluster_id: str,
        changefeed_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessChangefeed:
        """Start a paused changefeed from its checkpoint; returns it.

        Args:
            cluster_id: The cluster's id.
            changefeed_id: The changefeed's id."""
    def stop(
        self,
        cluster_id: str,
        changefeed_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessChangefeed:
        """Stop a running changefeed (PAUSED); returns it.

        Args:
            cluster_id: The cluster's id.
            changefeed_id: The changefeed's id."""
    def test(
        self,
        cluster_id: str,
        /,
        *,
        sink: ServerlessSinkInfo | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Check that the cluster can reach `sink`, creating nothing; returns
        `{}`, or raises the service's error saying what is wrong.

        Args:
            cluster_id: The cluster's id.
            sink: The sink to check: `type` and the settings of that type."""
    def describe_schema_table(
        self,
        cluster_id: str,
        /,
        *,
        filter_rules: Sequence[str] | str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessDescribeSchemaTableResp:
        """Which of the cluster's tables `filter_rules` takes, split by whether
        they have a handle key (`handleKeyTables`, `nonHandleKeyTables`).

        Args:
            cluster_id: The cluster's id.
            filter_rules: Table filter rules: a list, or one comma-separated str."""
    def get_private_link_endpoint(
        self,
        cluster_id: str,
        /,
        *,
        private_link_service_name: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessPrivateLinkEndpoint:
        """The cluster's endpoint to a sink's private link service.

        Args:
            cluster_id: The cluster's id.
            private_link_service_name: The private link service the endpoint reaches."""
    def create_private_link_endpoint(
        self,
        cluster_id: str,
        /,
        *,
        private_link_service_name: str,
        changefeed_type: str,
        kafka: ServerlessKafkaEndpoint | Mapping[str, Any] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessPrivateLinkEndpoint:
        """Make an endpoint from the cluster to a sink's private link service;
        returns it, PENDING until the service accepts it (then AVAILABLE).

        Args:
            cluster_id: The cluster's id.
            private_link_service_name: The private link service to reach.
            changefeed_type: The kind of sink behind it: `KAFKA` or `MYSQL`.
            kafka: For Kafka: `{"kafkaType": "SELF_HOSTED", "advertisedListenersPattern": {...}}`."""
    def delete_private_link_endpoint(
        self,
        cluster_id: str,
        /,
        *,
        private_link_service_name: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessPrivateLinkEndpoint:
        """Remove the cluster's endpoint to a private link service; returns it, DELETING.

        Args:
            cluster_id: The cluster's id.
            private_link_service_name: The private link service the endpoint reaches."""
    def wait(
        self,
        cluster_id: str,
        changefeed_id: str,
        /,
        *,
        state: str = "RUNNING",
        timeout: float = 1800.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ServerlessChangefeed:
        """Poll until the changefeed is in `state` (`"DELETED"`: until it is gone)
        and return it; CREATING keeps it waiting. CREATE_FAILED and
        RUNNING_FAILED raise `WaiterError` with the changefeed's `error`.

        Args:
            cluster_id: The cluster's id.
            changefeed_id: The changefeed's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class AsyncServerlessChangefeeds:
    """Changefeeds of a Starter or Essential cluster: replication to Kafka or MySQL."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        changefeed_type: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[ServerlessChangefeed]:
        """The cluster's changefeeds, across all pages; `changefeed_type` keeps
        one kind of sink.

        Args:
            cluster_id: The cluster's id.
            changefeed_type: Only changefeeds to this kind of sink: `KAFKA` or `MYSQL`.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        cluster_id: str,
        /,
        *,
        sink: ServerlessSinkInfo | Mapping[str, Any],
        filter: ServerlessChangefeedFilter | Mapping[str, Any],
        display_name: str | None = None,
        start_position: ServerlessStartPosition | Mapping[str, Any] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessChangefeed]:
        """Start replicating the cluster's changes to `sink` (`{"type": "KAFKA",
        "kafka": {...}}` or `{"type": "MYSQL", "mysql": {...}}`); returns the
        changefeed, CREATING.

        Args:
            cluster_id: The cluster's id.
            sink: Where the changes go: `type` and the settings of that type.
            filter: Which tables: `{"filterRule": ["*.*"], "mode": "IGNORE_NOT_SUPPORT_TABLE"}`.
            display_name: The name people see.
            start_position: Where to start: `{"mode": "FROM_NOW"}`, `FROM_TSO` with `tso`, `FROM_TIME` with `time`."""
    def get(
        self,
        cluster_id: str,
        changefeed_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessChangefeed]:
        """One changefeed, with its state and checkpoint.

        Args:
            cluster_id: The cluster's id.
            changefeed_id: The changefeed's id."""
    def update(
        self,
        cluster_id: str,
        changefeed_id: str,
        /,
        *,
        sink: ServerlessSinkInfo | Mapping[str, Any],
        filter: ServerlessChangefeedFilter | Mapping[str, Any],
        display_name: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessChangefeed]:
        """Replace a paused changefeed's sink and filter (and name); its sink type
        stays. Returns it.

        Args:
            cluster_id: The cluster's id.
            changefeed_id: The changefeed's id.
            sink: Where the changes go, of the type it was created with.
            filter: Which tables.
            display_name: The name people see."""
    def delete(
        self,
        cluster_id: str,
        changefeed_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessChangefeed]:
        """Delete a changefeed; returns it, DELETED.

        Args:
            cluster_id: The cluster's id.
            changefeed_id: The changefeed's id."""
    def start(
        self,
        cluster_id: str,
        changefeed_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessChangefeed]:
        """Start a paused changefeed from its checkpoint; returns it.

        Args:
            cluster_id: The cluster's id.
            changefeed_id: The changefeed's id."""
    def stop(
        self,
        cluster_id: str,
        changefeed_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessChangefeed]:
        """Stop a running changefeed (PAUSED); returns it.

        Args:
            cluster_id: The cluster's id.
            changefeed_id: The changefeed's id."""
    def test(
        self,
        cluster_id: str,
        /,
        *,
        sink: ServerlessSinkInfo | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Check that the cluster can reach `sink`, creating nothing; returns
        `{}`, or raises the service's error saying what is wrong.

        Args:
            cluster_id: The cluster's id.
            sink: The sink to check: `type` and the settings of that type."""
    def describe_schema_table(
        self,
        cluster_id: str,
        /,
        *,
        filter_rules: Sequence[str] | str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessDescribeSchemaTableResp]:
        """Which of the cluster's tables `filter_rules` takes, split by whether
        they have a handle key (`handleKeyTables`, `nonHandleKeyTables`).

        Args:
            cluster_id: The cluster's id.
            filter_rules: Table filter rules: a list, or one comma-separated str."""
    def get_private_link_endpoint(
        self,
        cluster_id: str,
        /,
        *,
        private_link_service_name: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessPrivateLinkEndpoint]:
        """The cluster's endpoint to a sink's private link service.

        Args:
            cluster_id: The cluster's id.
            private_link_service_name: The private link service the endpoint reaches."""
    def create_private_link_endpoint(
        self,
        cluster_id: str,
        /,
        *,
        private_link_service_name: str,
        changefeed_type: str,
        kafka: ServerlessKafkaEndpoint | Mapping[str, Any] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessPrivateLinkEndpoint]:
        """Make an endpoint from the cluster to a sink's private link service;
        returns it, PENDING until the service accepts it (then AVAILABLE).

        Args:
            cluster_id: The cluster's id.
            private_link_service_name: The private link service to reach.
            changefeed_type: The kind of sink behind it: `KAFKA` or `MYSQL`.
            kafka: For Kafka: `{"kafkaType": "SELF_HOSTED", "advertisedListenersPattern": {...}}`."""
    def delete_private_link_endpoint(
        self,
        cluster_id: str,
        /,
        *,
        private_link_service_name: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessPrivateLinkEndpoint]:
        """Remove the cluster's endpoint to a private link service; returns it, DELETING.

        Args:
            cluster_id: The cluster's id.
            private_link_service_name: The private link service the endpoint reaches."""
    def wait(
        self,
        cluster_id: str,
        changefeed_id: str,
        /,
        *,
        state: str = "RUNNING",
        timeout: float = 1800.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessChangefeed]:
        """Poll until the changefeed is in `state` (`"DELETED"`: until it is gone)
        and return it; CREATING keeps it waiting. CREATE_FAILED and
        RUNNING_FAILED raise `WaiterError` with the changefeed's `error`.

        Args:
            cluster_id: The cluster's id.
            changefeed_id: The changefeed's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class ServerlessMigrations:
    """Data migrations from MySQL into a Starter or Essential cluster."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        order_by: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[ServerlessMigration]:
        """The cluster's migrations, across all pages; `order_by="createTime desc"`
        lists the newest first.

        Args:
            cluster_id: The cluster's id.
            order_by: The sort order, such as `"createTime desc"`.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        cluster_id: str,
        /,
        *,
        display_name: str,
        sources: Sequence[ServerlessSource],
        target: ServerlessTarget | Mapping[str, Any],
        mode: str,
        shard_mode: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessMigration:
        """Start migrating `sources` (`[{"sourceType": "MYSQL", "connProfile":
        {"connType": "PUBLIC", "host", "port", "user", "password"}}]`) into the
        cluster as `target`'s user; `mode` is `ALL` (existing data, then
        changes) or `INCREMENTAL` (changes from each source's `binlogGtid`, or
        `binlogName` and `binlogPosition`). Returns the migration, CREATING;
        passwords are never returned.

        Args:
            cluster_id: The cluster's id.
            display_name: The name people see.
            sources: The databases to migrate from, each with its `sourceType` and `connProfile`.
            target: The cluster's user the data is written as: `{"user", "password"}`.
            mode: `ALL` (existing data, then changes) or `INCREMENTAL` (changes only).
            shard_mode: How DDL of sharded tables is coordinated: `PESSIMISTIC` or `OPTIMISTIC`."""
    def get(
        self,
        cluster_id: str,
        migration_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessMigration:
        """One migration, with its state and each source's subtask.

        Args:
            cluster_id: The cluster's id.
            migration_id: The migration's id."""
    def delete(
        self,
        cluster_id: str,
        migration_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessMigration:
        """Delete a migration; returns it, DELETING until it is gone.

        Args:
            cluster_id: The cluster's id.
            migration_id: The migration's id."""
    def pause(
        self,
        cluster_id: str,
        migration_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Pause a RUNNING migration (PAUSED); returns `{}`.

        Args:
            cluster_id: The cluster's id.
            migration_id: The migration's id."""
    def resume(
        self,
        cluster_id: str,
        migration_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Resume a PAUSED migration (RUNNING); returns `{}`.

        Args:
            cluster_id: The cluster's id.
            migration_id: The migration's id."""
    def wait(
        self,
        cluster_id: str,
        migration_id: str,
        /,
        *,
        state: str = "RUNNING",
        timeout: float = 1800.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ServerlessMigration:
        """Poll until the migration is in `state` (`"DELETED"`: until it is gone)
        and return it; CREATING keeps it waiting. FAILED raises `WaiterError`
        with its subtasks' `errorMsg`.

        Args:
            cluster_id: The cluster's id.
            migration_id: The migration's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class AsyncServerlessMigrations:
    """Data migrations from MySQL into a Starter or Essential cluster."""

    def list(
        self,
        cluster_id: str,
        /,
        *,
        order_by: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[ServerlessMigration]:
        """The cluster's migrations, across all pages; `order_by="createTime desc"`
        lists the newest first.

        Args:
            cluster_id: The cluster's id.
            order_by: The sort order, such as `"createTime desc"`.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create(
        self,
        cluster_id: str,
        /,
        *,
        display_name: str,
        sources: Sequence[ServerlessSource],
        target: ServerlessTarget | Mapping[str, Any],
        mode: str,
        shard_mode: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessMigration]:
        """Start migrating `sources` (`[{"sourceType": "MYSQL", "connProfile":
        {"connType": "PUBLIC", "host", "port", "user", "password"}}]`) into the
        cluster as `target`'s user; `mode` is `ALL` (existing data, then
        changes) or `INCREMENTAL` (changes from each source's `binlogGtid`, or
        `binlogName` and `binlogPosition`). Returns the migration, CREATING;
        passwords are never returned.

        Args:
            cluster_id: The cluster's id.
            display_name: The name people see.
            sources: The databases to migrate from, each with its `sourceType` and `connProfile`.
            target: The cluster's user the data is written as: `{"user", "password"}`.
            mode: `ALL` (existing data, then changes) or `INCREMENTAL` (changes only).
            shard_mode: How DDL of sharded tables is coordinated: `PESSIMISTIC` or `OPTIMISTIC`."""
    def get(
        self,
        cluster_id: str,
        migration_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessMigration]:
        """One migration, with its state and each source's subtask.

        Args:
            cluster_id: The cluster's id.
            migration_id: The migration's id."""
    def delete(
        self,
        cluster_id: str,
        migration_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessMigration]:
        """Delete a migration; returns it, DELETING until it is gone.

        Args:
            cluster_id: The cluster's id.
            migration_id: The migration's id."""
    def pause(
        self,
        cluster_id: str,
        migration_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Pause a RUNNING migration (PAUSED); returns `{}`.

        Args:
            cluster_id: The cluster's id.
            migration_id: The migration's id."""
    def resume(
        self,
        cluster_id: str,
        migration_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Resume a PAUSED migration (RUNNING); returns `{}`.

        Args:
            cluster_id: The cluster's id.
            migration_id: The migration's id."""
    def wait(
        self,
        cluster_id: str,
        migration_id: str,
        /,
        *,
        state: str = "RUNNING",
        timeout: float = 1800.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessMigration]:
        """Poll until the migration is in `state` (`"DELETED"`: until it is gone)
        and return it; CREATING keeps it waiting. FAILED raises `WaiterError`
        with its subtasks' `errorMsg`.

        Args:
            cluster_id: The cluster's id.
            migration_id: The migration's id.
            state: The state to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class ServerlessMigrationPrechecks:
    """Prechecks: a migration's settings tried against its sources and the
cluster before the migration is created."""

    def create(
        self,
        cluster_id: str,
        /,
        *,
        display_name: str,
        sources: Sequence[ServerlessSource],
        target: ServerlessTarget | Mapping[str, Any],
        mode: str,
        shard_mode: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessCreateMigrationPrecheckResp:
        """Check the migration these arguments would create (as for
        `migrations.create`) without creating it; returns `{"precheckId"}`.
        `wait` gives its result.

        Args:
            cluster_id: The cluster's id.
            display_name: The name people see.
            sources: The databases to migrate from, each with its `sourceType` and `connProfile`.
            target: The cluster's user the data is written as: `{"user", "password"}`.
            mode: `ALL` (existing data, then changes) or `INCREMENTAL` (changes only).
            shard_mode: How DDL of sharded tables is coordinated: `PESSIMISTIC` or `OPTIMISTIC`."""
    def get(
        self,
        cluster_id: str,
        precheck_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessMigrationPrecheck:
        """One precheck: its `status`, counts, and once done its `items`.

        Args:
            cluster_id: The cluster's id.
            precheck_id: The precheck's id."""
    def delete(
        self,
        cluster_id: str,
        precheck_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Cancel a running precheck, or remove one that has ended; returns `{}`.

        Args:
            cluster_id: The cluster's id.
            precheck_id: The precheck's id."""
    def wait(
        self,
        cluster_id: str,
        precheck_id: str,
        /,
        *,
        state: str = "FINISHED",
        timeout: float = 1800.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ServerlessMigrationPrecheck:
        """Poll until the precheck has its result and return it, FINISHED (its
        items passed or warned). FAILED raises `WaiterError` naming the failed
        items, with the precheck (and all its `items`) as `last_response`;
        CANCELED raises it too. `state="FAILED"` returns a failed precheck instead.

        Args:
            cluster_id: The cluster's id.
            precheck_id: The precheck's id.
            state: The `status` to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class AsyncServerlessMigrationPrechecks:
    """Prechecks: a migration's settings tried against its sources and the
cluster before the migration is created."""

    def create(
        self,
        cluster_id: str,
        /,
        *,
        display_name: str,
        sources: Sequence[ServerlessSource],
        target: ServerlessTarget | Mapping[str, Any],
        mode: str,
        shard_mode: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessCreateMigrationPrecheckResp]:
        """Check the migration these arguments would create (as for
        `migrations.create`) without creating it; returns `{"precheckId"}`.
        `wait` gives its result.

        Args:
            cluster_id: The cluster's id.
            display_name: The name people see.
            sources: The databases to migrate from, each with its `sourceType` and `connProfile`.
            target: The cluster's user the data is written as: `{"user", "password"}`.
            mode: `ALL` (existing data, then changes) or `INCREMENTAL` (changes only).
            shard_mode: How DDL of sharded tables is coordinated: `PESSIMISTIC` or `OPTIMISTIC`."""
    def get(
        self,
        cluster_id: str,
        precheck_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessMigrationPrecheck]:
        """One precheck: its `status`, counts, and once done its `items`.

        Args:
            cluster_id: The cluster's id.
            precheck_id: The precheck's id."""
    def delete(
        self,
        cluster_id: str,
        precheck_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Cancel a running precheck, or remove one that has ended; returns `{}`.

        Args:
            cluster_id: The cluster's id.
            precheck_id: The precheck's id."""
    def wait(
        self,
        cluster_id: str,
        precheck_id: str,
        /,
        *,
        state: str = "FINISHED",
        timeout: float = 1800.0,
        poll_interval: float | None = None,
        progress: _Progress = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessMigrationPrecheck]:
        """Poll until the precheck has its result and return it, FINISHED (its
        items passed or warned). FAILED raises `WaiterError` naming the failed
        items, with the precheck (and all its `items`) as `last_response`;
        CANCELED raises it too. `state="FAILED"` returns a failed precheck instead.

        Args:
            cluster_id: The cluster's id.
            precheck_id: The precheck's id.
            state: The `status` to wait for; `"DELETED"`: until it is gone.
            timeout: Seconds for the whole wait.
            poll_interval: Seconds between polls (default 0.5 s, growing to 15 s).
            progress: None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; True: always one; False: never; a callable: fed every polled resource."""

@final
class DatabaseAuditLogs:
    """Database audit logging of Dedicated clusters: what each cluster logs,
where the logs go, and the log files."""

    def get_config(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AuditLogConfig:
        """The cluster's audit-log configuration: whether logging is on, the
        bucket, the format and the rotation policy.

        Args:
            cluster_id: The cluster's id."""
    def update_config(
        self,
        cluster_id: str,
        /,
        *,
        enabled: bool | None = None,
        bucket_uri: str | None = None,
        bucket_region_id: str | None = None,
        aws_role_arn: str | None = None,
        azure_sas_token: str | None = None,
        bucket_manager: str | None = None,
        unredacted: bool | None = None,
        format: str | None = None,
        rotation_policy: dict[str, Any] | None = None,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AuditLogConfig:
        """Change the configuration; what is not given stays. Enabling needs a
        bucket: the customer's (`bucket_uri`, with `aws_role_arn` on AWS or
        `azure_sas_token` on Azure) or, with `bucket_manager="PINGCAP"`, the
        service's. Returns the configuration; `validate_only=True` only checks.

        Args:
            cluster_id: The cluster's id.
            enabled: Turn audit logging on or off.
            bucket_uri: The customer's bucket folder, such as `s3://bucket/audit/`.
            bucket_region_id: The bucket's region, such as `aws-us-west-2`.
            aws_role_arn: The AWS role the service assumes to write to an S3 bucket.
            azure_sas_token: The SAS token that writes to an Azure Blob container; never answered.
            bucket_manager: Who manages the bucket: `CUSTOMER` (the default) or `PINGCAP`.
            unredacted: Log statements with their literal values rather than redacted.
            format: The log format: `TEXT` (the default) or `JSON`.
            rotation_policy: When a file is rotated: `{"maxSizeMib": 10, "maxAgeSecond": 86400}`.
            validate_only: Only check the request; change nothing."""
    def show_iam_principal(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ShowObjectStorageAccessIamPrincipalResponse:
        """The IAM principal that writes the cluster's logs to a customer's
        bucket: the one to grant access to the bucket (or to trust in the
        AWS role).

        Args:
            cluster_id: The cluster's id."""
    def query_files(
        self,
        cluster_id: str,
        /,
        *,
        start_time: _Time | None = None,
        end_time: _Time | None = None,
        skip: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[QueryAuditLogFilesResponseAuditLogFile]:
        """The cluster's audit-log files, oldest first, across all pages; each
        has its `filename`, `uri`, `bucket`, `sizeByte` and `createTime`.

        Args:
            cluster_id: The cluster's id.
            start_time: Files created at or after this time: ISO 8601 or a datetime (naive means UTC).
            end_time: Files created at or before this time: ISO 8601 or a datetime (naive means UTC).
            skip: Pass over that many items first.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def generate_download_address(
        self,
        cluster_id: str,
        /,
        *,
        audit_log_file_uri: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GenerateAuditLogFileDownloadAddressResponse:
        """A URL to fetch one file from, good for 15 minutes:
        `{"downloadAddress": ...}`.

        Args:
            cluster_id: The cluster's id.
            audit_log_file_uri: The file's `uri`, as `query_files` gives it."""
    def list_filter_rules(
        self,
        cluster_id: str,
        /,
        *,
        skip: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[AuditLogFilterRule]:
        """The cluster's filter rules, across all pages.

        Args:
            cluster_id: The cluster's id.
            skip: Pass over that many items first.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create_filter_rule(
        self,
        cluster_id: str,
        /,
        *,
        user_expr: str,
        event_types: Sequence[str] | str | None = None,
        display_name: str | None = None,
        disabled: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AuditLogFilterRule:
        """Log the events of the users `user_expr` matches; returns the rule,
        whose id is its `user_expr`.

        Args:
            cluster_id: The cluster's id.
            user_expr: The users: `<user>@<host>`, `%` and `_` as wildcards, such as `app@%`.
            event_types: The events to log (every event when absent): a list, or one comma-separated str.
            display_name: The rule's name (its `user_expr` when absent).
            disabled: Create the rule turned off."""
    def get_filter_rule(
        self,
        cluster_id: str,
        filter_rule_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AuditLogFilterRule:
        """One filter rule.

        Args:
            cluster_id: The cluster's id.
            filter_rule_id: The rule's id: its user expression."""
    def replace_filter_rule(
        self,
        cluster_id: str,
        filter_rule_id: str,
        /,
        *,
        user_expr: str | None = None,
        event_types: Sequence[str] | str | None = None,
        display_name: str | None = None,
        disabled: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ReplaceAuditLogFilterRuleResponse:
        """Replace a rule whole: what is not given takes its default (every
        event, turned on, named after its user). Returns `{"auditLogFilterRule": ...}`.

        Args:
            cluster_id: The cluster's id.
            filter_rule_id: The rule's id: its user expression.
            user_expr: The rule's user expression, which is its id and stays.
            event_types: The events to log (every event when absent): a list, or one comma-separated str.
            display_name: The rule's name (its user expression when absent).
            disabled: Turn the rule off."""
    def delete_filter_rule(
        self,
        cluster_id: str,
        filter_rule_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Delete a filter rule.

        Args:
            cluster_id: The cluster's id.
            filter_rule_id: The rule's id: its user expression."""
    def download(
        self,
        cluster_id: str | int,
        dest_dir: str | os.PathLike[str],
        /,
        *,
        start_time: str | None = None,
        end_time: str | None = None,
        concurrency: int = 4,
        overwrite: bool = False,
        progress: _Progress = None,
    ) -> builtins.list[str]:
        """Download the cluster's audit-log files (those created between
        `start_time` and `end_time`, when given) into `dest_dir` (made if missing),
        `concurrency` at a time: each gets a download address, is streamed to a
        temporary name and renamed once whole and of its listed size. Returns the
        paths, sorted. An existing file is an error (before anything is downloaded)
        unless `overwrite=True`; a failed or stopped download leaves no partial file.
        `progress` follows the waiters' rule and counts bytes.

        Args:
            cluster_id: The Dedicated cluster's id.
            dest_dir: The folder the files go to, made if missing.
            start_time: Only files created at or after this time (ISO 8601).
            end_time: Only files created at or before this time (ISO 8601).
            concurrency: Files downloaded at a time, 1 to 64.
            overwrite: Replace files that already exist in `dest_dir`.
            progress: None: a display where someone watches, nothing in a pipe; True: always one; False: never; a callable: fed the byte counts."""

@final
class AsyncDatabaseAuditLogs:
    """Database audit logging of Dedicated clusters: what each cluster logs,
where the logs go, and the log files."""

    def get_config(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[AuditLogConfig]:
        """The cluster's audit-log configuration: whether logging is on, the
        bucket, the format and the rotation policy.

        Args:
            cluster_id: The cluster's id."""
    def update_config(
        self,
        cluster_id: str,
        /,
        *,
        enabled: bool | None = None,
        bucket_uri: str | None = None,
        bucket_region_id: str | None = None,
        aws_role_arn: str | None = None,
        azure_sas_token: str | None = None,
        bucket_manager: str | None = None,
        unredacted: bool | None = None,
        format: str | None = None,
        rotation_policy: dict[str, Any] | None = None,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[AuditLogConfig]:
        """Change the configuration; what is not given stays. Enabling needs a
        bucket: the customer's (`bucket_uri`, with `aws_role_arn` on AWS or
        `azure_sas_token` on Azure) or, with `bucket_manager="PINGCAP"`, the
        service's. Returns the configuration; `validate_only=True` only checks.

        Args:
            cluster_id: The cluster's id.
            enabled: Turn audit logging on or off.
            bucket_uri: The customer's bucket folder, such as `s3://bucket/audit/`.
            bucket_region_id: The bucket's region, such as `aws-us-west-2`.
            aws_role_arn: The AWS role the service assumes to write to an S3 bucket.
            azure_sas_token: The SAS token that writes to an Azure Blob container; never answered.
            bucket_manager: Who manages the bucket: `CUSTOMER` (the default) or `PINGCAP`.
            unredacted: Log statements with their literal values rather than redacted.
            format: The log format: `TEXT` (the default) or `JSON`.
            rotation_policy: When a file is rotated: `{"maxSizeMib": 10, "maxAgeSecond": 86400}`.
            validate_only: Only check the request; change nothing."""
    def show_iam_principal(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ShowObjectStorageAccessIamPrincipalResponse]:
        """The IAM principal that writes the cluster's logs to a customer's
        bucket: the one to grant access to the bucket (or to trust in the
        AWS role).

        Args:
            cluster_id: The cluster's id."""
    def query_files(
        self,
        cluster_id: str,
        /,
        *,
        start_time: _Time | None = None,
        end_time: _Time | None = None,
        skip: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[QueryAuditLogFilesResponseAuditLogFile]:
        """The cluster's audit-log files, oldest first, across all pages; each
        has its `filename`, `uri`, `bucket`, `sizeByte` and `createTime`.

        Args:
            cluster_id: The cluster's id.
            start_time: Files created at or after this time: ISO 8601 or a datetime (naive means UTC).
            end_time: Files created at or before this time: ISO 8601 or a datetime (naive means UTC).
            skip: Pass over that many items first.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def generate_download_address(
        self,
        cluster_id: str,
        /,
        *,
        audit_log_file_uri: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[GenerateAuditLogFileDownloadAddressResponse]:
        """A URL to fetch one file from, good for 15 minutes:
        `{"downloadAddress": ...}`.

        Args:
            cluster_id: The cluster's id.
            audit_log_file_uri: The file's `uri`, as `query_files` gives it."""
    def list_filter_rules(
        self,
        cluster_id: str,
        /,
        *,
        skip: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[AuditLogFilterRule]:
        """The cluster's filter rules, across all pages.

        Args:
            cluster_id: The cluster's id.
            skip: Pass over that many items first.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create_filter_rule(
        self,
        cluster_id: str,
        /,
        *,
        user_expr: str,
        event_types: Sequence[str] | str | None = None,
        display_name: str | None = None,
        disabled: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[AuditLogFilterRule]:
        """Log the events of the users `user_expr` matches; returns the rule,
        whose id is its `user_expr`.

        Args:
            cluster_id: The cluster's id.
            user_expr: The users: `<user>@<host>`, `%` and `_` as wildcards, such as `app@%`.
            event_types: The events to log (every event when absent): a list, or one comma-separated str.
            display_name: The rule's name (its `user_expr` when absent).
            disabled: Create the rule turned off."""
    def get_filter_rule(
        self,
        cluster_id: str,
        filter_rule_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[AuditLogFilterRule]:
        """One filter rule.

        Args:
            cluster_id: The cluster's id.
            filter_rule_id: The rule's id: its user expression."""
    def replace_filter_rule(
        self,
        cluster_id: str,
        filter_rule_id: str,
        /,
        *,
        user_expr: str | None = None,
        event_types: Sequence[str] | str | None = None,
        display_name: str | None = None,
        disabled: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ReplaceAuditLogFilterRuleResponse]:
        """Replace a rule whole: what is not given takes its default (every
        event, turned on, named after its user). Returns `{"auditLogFilterRule": ...}`.

        Args:
            cluster_id: The cluster's id.
            filter_rule_id: The rule's id: its user expression.
            user_expr: The rule's user expression, which is its id and stays.
            event_types: The events to log (every event when absent): a list, or one comma-separated str.
            display_name: The rule's name (its user expression when absent).
            disabled: Turn the rule off."""
    def delete_filter_rule(
        self,
        cluster_id: str,
        filter_rule_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[dict[str, Any]]:
        """Delete a filter rule.

        Args:
            cluster_id: The cluster's id.
            filter_rule_id: The rule's id: its user expression."""
    def download(
        self,
        cluster_id: str | int,
        dest_dir: str | os.PathLike[str],
        /,
        *,
        start_time: str | None = None,
        end_time: str | None = None,
        concurrency: int = 4,
        overwrite: bool = False,
        progress: _Progress = None,
    ) -> Call[builtins.list[str]]:
        """Download the cluster's audit-log files (those created between
        `start_time` and `end_time`, when given) into `dest_dir` (made if missing),
        `concurrency` at a time: each gets a download address, is streamed to a
        temporary name and renamed once whole and of its listed size. Returns the
        paths, sorted. An existing file is an error (before anything is downloaded)
        unless `overwrite=True`; a failed or stopped download leaves no partial file.
        `progress` follows the waiters' rule and counts bytes.

        Args:
            cluster_id: The Dedicated cluster's id.
            dest_dir: The folder the files go to, made if missing.
            start_time: Only files created at or after this time (ISO 8601).
            end_time: Only files created at or before this time (ISO 8601).
            concurrency: Files downloaded at a time, 1 to 64.
            overwrite: Replace files that already exist in `dest_dir`.
            progress: None: a display where someone watches, nothing in a pipe; True: always one; False: never; a callable: fed the byte counts."""

@final
class ServerlessDatabaseAuditLogs:
    """Database audit logging of Starter and Essential clusters: what each
cluster logs, where the logs go, and the files TiDB Cloud keeps."""

    def get_config(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessAuditLogConfig:
        """The cluster's audit-log configuration: whether logging is on, the
        cloud storage and the rotation settings.

        Args:
            cluster_id: The cluster's id."""
    def update_config(
        self,
        cluster_id: str,
        /,
        *,
        enabled: bool | None = None,
        unredacted: bool | None = None,
        cloud_storage: dict[str, Any] | None = None,
        rotation_interval_minutes: int | None = None,
        rotation_size_mib: int | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessAuditLogConfig:
        """Change the configuration; what is not given stays. Enabling needs a
        cloud storage: `{"type": "TIDB_CLOUD"}` keeps the files with the
        service, or a bucket (`S3`, `GCS`, `AZURE_BLOB`, `OSS`). Returns it.

        Args:
            cluster_id: The cluster's id.
            enabled: Turn audit logging on or off.
            unredacted: Log statements with their literal values rather than redacted.
            cloud_storage: Where the logs go: `{"type": "S3", "s3": {"uri", "authType", "roleArn"}}`, ...
            rotation_interval_minutes: Minutes before a file is rotated (60 unless set).
            rotation_size_mib: MiB before a file is rotated (100 unless set)."""
    def list_filter_rules(
        self,
        cluster_id: str,
        /,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[ServerlessAuditLogFilterRule]:
        """The cluster's filter rules, across all pages.

        Args:
            cluster_id: The cluster's id.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create_filter_rule(
        self,
        cluster_id: str,
        /,
        *,
        display_name: str,
        users: Sequence[str] | str,
        filters: Sequence[dict[str, Any]],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessAuditLogFilterRule:
        """Log the events of `users` that `filters` take; returns the rule.

        Args:
            cluster_id: The cluster's id.
            display_name: The rule's name, unique within the cluster.
            users: The users: `<user>@<host>` or `<user>`, `%@%` for all; a list, or one comma-separated str.
            filters: Which events, any filter taking one: `[{"classes": ["QUERY_DDL"], "tables": ["app.*"]}]`; `[{}]` takes all."""
    def get_filter_rule(
        self,
        cluster_id: str,
        filter_rule_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessAuditLogFilterRule:
        """One filter rule.

        Args:
            cluster_id: The cluster's id.
            filter_rule_id: The rule's id."""
    def update_filter_rule(
        self,
        cluster_id: str,
        filter_rule_id: str,
        /,
        *,
        display_name: str | None = None,
        users: Sequence[str] | str | None = None,
        filters: Sequence[dict[str, Any]] | None = None,
        disabled: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessAuditLogFilterRule:
        """Change a rule; what is not given stays. Returns it.

        Args:
            cluster_id: The cluster's id.
            filter_rule_id: The rule's id.
            display_name: The rule's name, unique within the cluster.
            users: The users: `<user>@<host>` or `<user>`; a list, or one comma-separated str.
            filters: Which events, any filter taking one; `[{}]` takes all.
            disabled: Turn the rule off, or on again."""
    def delete_filter_rule(
        self,
        cluster_id: str,
        filter_rule_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessAuditLogFilterRule:
        """Delete a filter rule; returns it.

        Args:
            cluster_id: The cluster's id.
            filter_rule_id: The rule's id."""
    def list_files(
        self,
        cluster_id: str,
        /,
        *,
        date: str | datetime.date | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[ServerlessAuditLogFile]:
        """The audit-log files TiDB Cloud keeps for the cluster, oldest first,
        across all pages; each has its `name`, `sizeBytes` and `createTime`.

        Args:
            cluster_id: The cluster's id.
            date: Only the files of this UTC day: "YYYY-MM-DD", a date or a datetime.
            page_size: Items a page, up to 1000 (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def download_files(
        self,
        cluster_id: str,
        /,
        *,
        audit_log_file_names: Sequence[str] | str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ServerlessDownloadAuditLogFilesResponse:
        """Download URLs of up to 100 files, good for an hour:
        `{"auditLogFiles": [{"name", "sizeBytes", "url", "createTime"}]}`.

        Args:
            cluster_id: The cluster's id.
            audit_log_file_names: The files' names, as `list_files` gives them: a list, or one comma-separated str."""
    def download(
        self,
        cluster_id: str | int,
        dest_dir: str | os.PathLike[str],
        /,
        *,
        date: str | None = None,
        concurrency: int = 4,
        overwrite: bool = False,
        progress: _Progress = None,
    ) -> builtins.list[str]:
        """Download the cluster's audit-log files that TiDB Cloud keeps (those of
        one UTC day `date`, `YYYY-MM-DD`, when given) into `dest_dir` (made if
        missing), `concurrency` at a time, each streamed to a temporary name and
        renamed once whole and of its listed size. Returns the paths, sorted. An
        existing file is an error (before anything is downloaded) unless
        `overwrite=True`; a failed or stopped download leaves no partial file.
        `progress` follows the waiters' rule and counts bytes.

        Args:
            cluster_id: The Starter or Essential cluster's id.
            dest_dir: The folder the files go to, made if missing.
            date: Only the files of this UTC day, `YYYY-MM-DD`.
            concurrency: Files downloaded at a time, 1 to 64.
            overwrite: Replace files that already exist in `dest_dir`.
            progress: None: a display where someone watches, nothing in a pipe; True: always one; False: never; a callable: fed the byte counts."""

@final
class AsyncServerlessDatabaseAuditLogs:
    """Database audit logging of Starter and Essential clusters: what each
cluster logs, where the logs go, and the files TiDB Cloud keeps."""

    def get_config(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessAuditLogConfig]:
        """The cluster's audit-log configuration: whether logging is on, the
        cloud storage and the rotation settings.

        Args:
            cluster_id: The cluster's id."""
    def update_config(
        self,
        cluster_id: str,
        /,
        *,
        enabled: bool | None = None,
        unredacted: bool | None = None,
        cloud_storage: dict[str, Any] | None = None,
        rotation_interval_minutes: int | None = None,
        rotation_size_mib: int | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessAuditLogConfig]:
        """Change the configuration; what is not given stays. Enabling needs a
        cloud storage: `{"type": "TIDB_CLOUD"}` keeps the files with the
        service, or a bucket (`S3`, `GCS`, `AZURE_BLOB`, `OSS`). Returns it.

        Args:
            cluster_id: The cluster's id.
            enabled: Turn audit logging on or off.
            unredacted: Log statements with their literal values rather than redacted.
            cloud_storage: Where the logs go: `{"type": "S3", "s3": {"uri", "authType", "roleArn"}}`, ...
            rotation_interval_minutes: Minutes before a file is rotated (60 unless set).
            rotation_size_mib: MiB before a file is rotated (100 unless set)."""
    def list_filter_rules(
        self,
        cluster_id: str,
        /,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[ServerlessAuditLogFilterRule]:
        """The cluster's filter rules, across all pages.

        Args:
            cluster_id: The cluster's id.
            page_size: Items a page (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def create_filter_rule(
        self,
        cluster_id: str,
        /,
        *,
        display_name: str,
        users: Sequence[str] | str,
        filters: Sequence[dict[str, Any]],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessAuditLogFilterRule]:
        """Log the events of `users` that `filters` take; returns the rule.

        Args:
            cluster_id: The cluster's id.
            display_name: The rule's name, unique within the cluster.
            users: The users: `<user>@<host>` or `<user>`, `%@%` for all; a list, or one comma-separated str.
            filters: Which events, any filter taking one: `[{"classes": ["QUERY_DDL"], "tables": ["app.*"]}]`; `[{}]` takes all."""
    def get_filter_rule(
        self,
        cluster_id: str,
        filter_rule_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessAuditLogFilterRule]:
        """One filter rule.

        Args:
            cluster_id: The cluster's id.
            filter_rule_id: The rule's id."""
    def update_filter_rule(
        self,
        cluster_id: str,
        filter_rule_id: str,
        /,
        *,
        display_name: str | None = None,
        users: Sequence[str] | str | None = None,
        filters: Sequence[dict[str, Any]] | None = None,
        disabled: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessAuditLogFilterRule]:
        """Change a rule; what is not given stays. Returns it.

        Args:
            cluster_id: The cluster's id.
            filter_rule_id: The rule's id.
            display_name: The rule's name, unique within the cluster.
            users: The users: `<user>@<host>` or `<user>`; a list, or one comma-separated str.
            filters: Which events, any filter taking one; `[{}]` takes all.
            disabled: Turn the rule off, or on again."""
    def delete_filter_rule(
        self,
        cluster_id: str,
        filter_rule_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessAuditLogFilterRule]:
        """Delete a filter rule; returns it.

        Args:
            cluster_id: The cluster's id.
            filter_rule_id: The rule's id."""
    def list_files(
        self,
        cluster_id: str,
        /,
        *,
        date: str | datetime.date | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[ServerlessAuditLogFile]:
        """The audit-log files TiDB Cloud keeps for the cluster, oldest first,
        across all pages; each has its `name`, `sizeBytes` and `createTime`.

        Args:
            cluster_id: The cluster's id.
            date: Only the files of this UTC day: "YYYY-MM-DD", a date or a datetime.
            page_size: Items a page, up to 1000 (the service's default when absent).
            page_token: Start at this page, a token an earlier page gave."""
    def download_files(
        self,
        cluster_id: str,
        /,
        *,
        audit_log_file_names: Sequence[str] | str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ServerlessDownloadAuditLogFilesResponse]:
        """Download URLs of up to 100 files, good for an hour:
        `{"auditLogFiles": [{"name", "sizeBytes", "url", "createTime"}]}`.

        Args:
            cluster_id: The cluster's id.
            audit_log_file_names: The files' names, as `list_files` gives them: a list, or one comma-separated str."""
    def download(
        self,
        cluster_id: str | int,
        dest_dir: str | os.PathLike[str],
        /,
        *,
        date: str | None = None,
        concurrency: int = 4,
        overwrite: bool = False,
        progress: _Progress = None,
    ) -> Call[builtins.list[str]]:
        """Download the cluster's audit-log files that TiDB Cloud keeps (those of
        one UTC day `date`, `YYYY-MM-DD`, when given) into `dest_dir` (made if
        missing), `concurrency` at a time, each streamed to a temporary name and
        renamed once whole and of its listed size. Returns the paths, sorted. An
        existing file is an error (before anything is downloaded) unless
        `overwrite=True`; a failed or stopped download leaves no partial file.
        `progress` follows the waiters' rule and counts bytes.

        Args:
            cluster_id: The Starter or Essential cluster's id.
            dest_dir: The folder the files go to, made if missing.
            date: Only the files of this UTC day, `YYYY-MM-DD`.
            concurrency: Files downloaded at a time, 1 to 64.
            overwrite: Replace files that already exist in `dest_dir`.
            progress: None: a display where someone watches, nothing in a pipe; True: always one; False: never; a callable: fed the byte counts."""

@final
class Serverless:
    """TiDB Cloud Starter and Essential (serverless.tidbapi.com); calls block until done."""

    @property
    def backups(self) -> ServerlessBackups: ...
    @property
    def branches(self) -> ServerlessBranches: ...
    @property
    def changefeeds(self) -> ServerlessChangefeeds: ...
    @property
    def clusters(self) -> ServerlessClusters: ...
    @property
    def database_audit_logs(self) -> ServerlessDatabaseAuditLogs: ...
    @property
    def exports(self) -> ServerlessExports: ...
    @property
    def imports(self) -> ServerlessImports: ...
    @property
    def migration_prechecks(self) -> ServerlessMigrationPrechecks: ...
    @property
    def migrations(self) -> ServerlessMigrations: ...
    @property
    def private_link_connections(self) -> ServerlessPrivateLinkConnections: ...
    @property
    def regions(self) -> ServerlessRegions: ...

@final
class AsyncServerless:
    """TiDB Cloud Starter and Essential (serverless.tidbapi.com); calls return awaitables."""

    @property
    def backups(self) -> AsyncServerlessBackups: ...
    @property
    def branches(self) -> AsyncServerlessBranches: ...
    @property
    def changefeeds(self) -> AsyncServerlessChangefeeds: ...
    @property
    def clusters(self) -> AsyncServerlessClusters: ...
    @property
    def database_audit_logs(self) -> AsyncServerlessDatabaseAuditLogs: ...
    @property
    def exports(self) -> AsyncServerlessExports: ...
    @property
    def imports(self) -> AsyncServerlessImports: ...
    @property
    def migration_prechecks(self) -> AsyncServerlessMigrationPrechecks: ...
    @property
    def migrations(self) -> AsyncServerlessMigrations: ...
    @property
    def private_link_connections(self) -> AsyncServerlessPrivateLinkConnections: ...
    @property
    def regions(self) -> AsyncServerlessRegions: ...

@final
class TiDBCloud:
    """Client of the TiDB Cloud API; calls block until done (Ctrl-C interrupts them)."""
    def __new__(
        cls,
        public_key: str | None = None,
        private_key: str | None = None,
        *,
        base_url: str | None = None,
        dedicated_url: str | None = None,
        iam_url: str | None = None,
        billing_url: str | None = None,
        v1beta_url: str | None = None,
        serverless_url: str | None = None,
        timeout: float = 30.0,
        connect_timeout: float = 5.0,
        max_retries: int = 2,
        rate_limit: float | None = None,
        ca_bundle: str | os.PathLike[str] | None = None,
        verify: bool = True,
        proxy: str | None = None,
        trust_env: bool = True,
        max_connections: int = 100,
        max_response_bytes: int = 67108864,
    ) -> TiDBCloud: ...
    @property
    def public_key(self) -> str: ...
    @property
    def dedicated_url(self) -> str: ...
    @property
    def iam_url(self) -> str: ...
    @property
    def billing_url(self) -> str: ...
    @property
    def v1beta_url(self) -> str: ...
    @property
    def serverless_url(self) -> str: ...
    @property
    def timeout(self) -> float: ...
    @property
    def max_retries(self) -> int: ...
    @property
    def max_connections(self) -> int: ...
    @property
    def max_response_bytes(self) -> int: ...
    @property
    def is_closed(self) -> bool: ...
    def with_options(
        self, *, timeout: float | None = None, max_retries: int | None = None
    ) -> TiDBCloud: ...
    def close(self) -> None: ...
    def __enter__(self) -> TiDBCloud: ...
    def __exit__(self, *exc: object) -> None: ...
    @property
    def api_keys(self) -> ApiKeys: ...
    @property
    def audit_logs(self) -> AuditLogs: ...
    @property
    def backups(self) -> Backups: ...
    @property
    def billing(self) -> Billing: ...
    @property
    def changefeeds(self) -> Changefeeds: ...
    @property
    def clusters(self) -> Clusters: ...
    @property
    def database_audit_logs(self) -> DatabaseAuditLogs: ...
    @property
    def imports(self) -> Imports: ...
    @property
    def integrations(self) -> Integrations: ...
    @property
    def maintenance_tasks(self) -> MaintenanceTasks: ...
    @property
    def maintenance_windows(self) -> MaintenanceWindows: ...
    @property
    def members(self) -> Members: ...
    @property
    def msp_customers(self) -> MspCustomers: ...
    @property
    def network_containers(self) -> NetworkContainers: ...
    @property
    def node_instances(self) -> NodeInstances: ...
    @property
    def private_endpoints(self) -> PrivateEndpoints: ...
    @property
    def projects(self) -> Projects: ...
    @property
    def regions(self) -> Regions: ...
    @property
    def restores(self) -> Restores: ...
    @property
    def serverless(self) -> Serverless: ...
    @property
    def sql_users(self) -> SqlUsers: ...
    @property
    def tidb_node_groups(self) -> TidbNodeGroups: ...
    @property
    def vpc_peerings(self) -> VpcPeerings: ...

@final
class AsyncTiDBCloud:
    """Client of the TiDB Cloud API; calls return awaitables."""
    def __new__(
        cls,
        public_key: str | None = None,
        private_key: str | None = None,
        *,
        base_url: str | None = None,
        dedicated_url: str | None = None,
        iam_url: str | None = None,
        billing_url: str | None = None,
        v1beta_url: str | None = None,
        serverless_url: str | None = None,
        timeout: float = 30.0,
        connect_timeout: float = 5.0,
        max_retries: int = 2,
        rate_limit: float | None = None,
        ca_bundle: str | os.PathLike[str] | None = None,
        verify: bool = True,
        proxy: str | None = None,
        trust_env: bool = True,
        max_connections: int = 100,
        max_response_bytes: int = 67108864,
    ) -> AsyncTiDBCloud: ...
    @property
    def public_key(self) -> str: ...
    @property
    def dedicated_url(self) -> str: ...
    @property
    def iam_url(self) -> str: ...
    @property
    def billing_url(self) -> str: ...
    @property
    def v1beta_url(self) -> str: ...
    @property
    def serverless_url(self) -> str: ...
    @property
    def timeout(self) -> float: ...
    @property
    def max_retries(self) -> int: ...
    @property
    def max_connections(self) -> int: ...
    @property
    def max_response_bytes(self) -> int: ...
    @property
    def is_closed(self) -> bool: ...
    def with_options(
        self, *, timeout: float | None = None, max_retries: int | None = None
    ) -> AsyncTiDBCloud: ...
    def close(self) -> Call[None]: ...
    def __aenter__(self) -> Call[AsyncTiDBCloud]: ...
    def __aexit__(self, *exc: object) -> Call[None]: ...
    @property
    def api_keys(self) -> AsyncApiKeys: ...
    @property
    def audit_logs(self) -> AsyncAuditLogs: ...
    @property
    def backups(self) -> AsyncBackups: ...
    @property
    def billing(self) -> AsyncBilling: ...
    @property
    def changefeeds(self) -> AsyncChangefeeds: ...
    @property
    def clusters(self) -> AsyncClusters: ...
    @property
    def database_audit_logs(self) -> AsyncDatabaseAuditLogs: ...
    @property
    def imports(self) -> AsyncImports: ...
    @property
    def integrations(self) -> AsyncIntegrations: ...
    @property
    def maintenance_tasks(self) -> AsyncMaintenanceTasks: ...
    @property
    def maintenance_windows(self) -> AsyncMaintenanceWindows: ...
    @property
    def members(self) -> AsyncMembers: ...
    @property
    def msp_customers(self) -> AsyncMspCustomers: ...
    @property
    def network_containers(self) -> AsyncNetworkContainers: ...
    @property
    def node_instances(self) -> AsyncNodeInstances: ...
    @property
    def private_endpoints(self) -> AsyncPrivateEndpoints: ...
    @property
    def projects(self) -> AsyncProjects: ...
    @property
    def regions(self) -> AsyncRegions: ...
    @property
    def restores(self) -> AsyncRestores: ...
    @property
    def serverless(self) -> AsyncServerless: ...
    @property
    def sql_users(self) -> AsyncSqlUsers: ...
    @property
    def tidb_node_groups(self) -> AsyncTidbNodeGroups: ...
    @property
    def vpc_peerings(self) -> AsyncVpcPeerings: ...

@final
class MockServerHandle:
    def __new__(
        cls,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        rate_limit: tuple[int, float] | None = None,
        transition_seconds: float = 0.5,
        nonce_ttl: float = 300.0,
        algorithm: str = "MD5",
        record_bodies: bool = False,
        public_key: str | None = None,
        private_key: str | None = None,
        request_log: int | None = None,
        max_body_bytes: int | None = None,
        manual_clock: bool = False,
        control: bool = False,
        export_file_size: int | None = None,
    ) -> MockServerHandle: ...
    @property
    def url(self) -> str: ...
    @property
    def public_key(self) -> str: ...
    @property
    def private_key(self) -> str: ...
    @property
    def port(self) -> int: ...
    @property
    def running(self) -> bool: ...
    def stop(self) -> None: ...
    def request_count(
        self, method: str | None = None, path: str | None = None, *, authenticated: bool = False
    ) -> int: ...
    def requests(self) -> list[dict[str, Any]]: ...
    def reset_requests(self) -> None: ...
    def expire_nonces(self) -> None: ...
    def inject_fault(
        self,
        path: str,
        *,
        method: str | None = None,
        times: int = 1,
        status: int | None = None,
        retry_after: str | None = None,
        delay: float | None = None,
        drop: str | None = None,
        body: str | None = None,
        content_type: str | None = None,
        raw_body: bytes | None = None,
    ) -> None: ...
    def clear_faults(self) -> None: ...
    @property
    def faults_injected(self) -> int: ...
    def create_api_key(
        self, role: str, *, display_name: str = "test key", project_id: int = 0
    ) -> tuple[str, str]: ...
    def advance(self, seconds: float) -> float: ...
    def settle(self) -> float: ...
    def reset(self) -> None: ...
    def seed(self, kind: str, fields: str) -> str: ...
    @property
    def manual_clock(self) -> bool: ...

__all__ = [
    "ApiKeys",
    "AsyncApiKeys",
    "AsyncAuditLogs",
    "AsyncBackups",
    "AsyncBilling",
    "AsyncChangefeeds",
    "AsyncClusters",
    "AsyncDatabaseAuditLogs",
    "AsyncImports",
    "AsyncIntegrations",
    "AsyncMaintenanceTasks",
    "AsyncMaintenanceWindows",
    "AsyncMembers",
    "AsyncMspCustomers",
    "AsyncNetworkContainers",
    "AsyncNodeInstances",
    "AsyncPageIterator",
    "AsyncPager",
    "AsyncPrivateEndpoints",
    "AsyncProjects",
    "AsyncRegions",
    "AsyncRestores",
    "AsyncServerless",
    "AsyncServerlessBackups",
    "AsyncServerlessBranches",
    "AsyncServerlessChangefeeds",
    "AsyncServerlessClusters",
    "AsyncServerlessDatabaseAuditLogs",
    "AsyncServerlessExports",
    "AsyncServerlessImports",
    "AsyncServerlessMigrationPrechecks",
    "AsyncServerlessMigrations",
    "AsyncServerlessPrivateLinkConnections",
    "AsyncServerlessRegions",
    "AsyncSqlUsers",
    "AsyncTiDBCloud",
    "AsyncTidbNodeGroups",
    "AsyncVpcPeerings",
    "AuditLogs",
    "Backups",
    "Billing",
    "Bridge",
    "Call",
    "Changefeeds",
    "Clusters",
    "DatabaseAuditLogs",
    "Imports",
    "Integrations",
    "MaintenanceTasks",
    "MaintenanceWindows",
    "Members",
    "MockServerHandle",
    "MspCustomers",
    "NetworkContainers",
    "NodeInstances",
    "PageIterator",
    "Pager",
    "PrivateEndpoints",
    "Projects",
    "Ready",
    "Regions",
    "Restores",
    "Serverless",
    "ServerlessBackups",
    "ServerlessBranches",
    "ServerlessChangefeeds",
    "ServerlessClusters",
    "ServerlessDatabaseAuditLogs",
    "ServerlessExports",
    "ServerlessImports",
    "ServerlessMigrationPrechecks",
    "ServerlessMigrations",
    "ServerlessPrivateLinkConnections",
    "ServerlessRegions",
    "SqlUsers",
    "TiDBCloud",
    "TidbNodeGroups",
    "VpcPeerings",
    "__version__",
    "_conversion_timing",
    "_operations",
    "_panicking_call",
    "_params",
    "_shutdown",
]
