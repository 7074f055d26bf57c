"""Type stubs of the compiled core (``tidbcloud._core``)."""

import datetime
import os
from collections.abc import Awaitable, Callable, Coroutine, Generator, Iterator, Mapping, Sequence
from typing import Any, Generic, TypeVar, final

from tidbcloud.types import (
    ApiKey,
    AuditLog,
    BillsCostExplorer,
    BillsDetails,
    BillsExplorer,
    Cluster,
    CostExplorerFilter,
    CostExplorerGroups,
    CreationDetails,
    Import,
    Integration,
    NodeSpec,
    ProviderSettings,
    Region,
    StorageNodeSetting,
    TidbNodeSetting,
    UpdateTidbNodeSetting,
)

__version__: str

_T = TypeVar("_T")
_Month = str | datetime.date
_Time = str | datetime.datetime
_Progress = bool | Callable[[Any], object] | None

@final
class Pager(Generic[_T]):
    """A list result: iterate for items across all pages, or ``.pages()`` for pages."""
    def __iter__(self) -> PageIterator[_T]: ...
    def pages(self) -> PageIterator[dict[str, Any]]: ...

@final
class PageIterator(Generic[_T]):
    def __iter__(self) -> PageIterator[_T]: ...
    def __next__(self) -> _T: ...

@final
class AsyncPager(Generic[_T]):
    """An async list result: ``async for`` items, or ``.pages()`` for pages."""
    def __aiter__(self) -> AsyncPageIterator[_T]: ...
    def pages(self) -> AsyncPageIterator[dict[str, Any]]: ...

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

def _shutdown() -> None:
    """Run at interpreter exit: from then on no thread of tidbcloud's calls into Python."""

@final
class Bridge:
    """Hands finished calls to an event loop in batches (internal)."""
    def drain(self) -> None: ...
    def forget(self, id: int, fut: Any) -> None: ...

@final
class Clusters:
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
    ) -> Pager[Cluster]: ...
    def create(
        self,
        *,
        display_name: str,
        region_id: str,
        tidb_node_setting: TidbNodeSetting | Mapping[str, Any],
        tikv_node_setting: StorageNodeSetting | Mapping[str, Any],
        tiflash_node_setting: StorageNodeSetting | Mapping[str, Any] | None = None,
        port: int | None = None,
        labels: Mapping[str, str] | None = None,
        root_password: str | None = None,
        project_id: str | None = None,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Cluster: ...
    def get(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Cluster: ...
    def update(
        self,
        cluster_id: str,
        /,
        *,
        display_name: str | None = None,
        labels: Mapping[str, str] | None = None,
        tidb_node_setting: UpdateTidbNodeSetting | Mapping[str, Any] | None = None,
        tikv_node_setting: StorageNodeSetting | Mapping[str, Any] | None = None,
        tiflash_node_setting: StorageNodeSetting | Mapping[str, Any] | None = None,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Cluster: ...
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
    ) -> Cluster: ...
    def pause(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Cluster: ...
    def resume(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Cluster: ...
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
    ) -> Cluster: ...
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
    ) -> dict[str, Any]: ...

@final
class AsyncClusters:
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
    ) -> AsyncPager[Cluster]: ...
    def create(
        self,
        *,
        display_name: str,
        region_id: str,
        tidb_node_setting: TidbNodeSetting | Mapping[str, Any],
        tikv_node_setting: StorageNodeSetting | Mapping[str, Any],
        tiflash_node_setting: StorageNodeSetting | Mapping[str, Any] | None = None,
        port: int | None = None,
        labels: Mapping[str, str] | None = None,
        root_password: str | None = None,
        project_id: str | None = None,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[Cluster]: ...
    def get(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[Cluster]: ...
    def update(
        self,
        cluster_id: str,
        /,
        *,
        display_name: str | None = None,
        labels: Mapping[str, str] | None = None,
        tidb_node_setting: UpdateTidbNodeSetting | Mapping[str, Any] | None = None,
        tikv_node_setting: StorageNodeSetting | Mapping[str, Any] | None = None,
        tiflash_node_setting: StorageNodeSetting | Mapping[str, Any] | None = None,
        validate_only: bool = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[Cluster]: ...
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
    ) -> Call[Cluster]: ...
    def pause(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[Cluster]: ...
    def resume(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[Cluster]: ...
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
    ) -> Call[Cluster]: ...
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
    ) -> Call[dict[str, Any]]: ...

@final
class Regions:
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
    ) -> Pager[Region]: ...
    def get(
        self,
        region_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Region: ...
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
    ) -> Pager[NodeSpec]: ...

@final
class AsyncRegions:
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
    ) -> AsyncPager[Region]: ...
    def get(
        self,
        region_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[Region]: ...
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
    ) -> AsyncPager[NodeSpec]: ...

@final
class Imports:
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
    ) -> Pager[Import]: ...
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
    ) -> Import: ...
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
    ) -> Import: ...
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
    ) -> Import: ...
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
    ) -> dict[str, Any]: ...

@final
class AsyncImports:
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
    ) -> AsyncPager[Import]: ...
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
    ) -> Call[Import]: ...
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
    ) -> Call[Import]: ...
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
    ) -> Call[Import]: ...
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
    ) -> Call[dict[str, Any]]: ...

@final
class Integrations:
    def list(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[Integration]: ...
    def create(
        self,
        cluster_id: str,
        /,
        *,
        type: str,
        datadog: ProviderSettings | Mapping[str, Any] | None = None,
        newrelic: ProviderSettings | Mapping[str, Any] | None = None,
        prometheus: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Integration: ...

@final
class AsyncIntegrations:
    def list(
        self,
        cluster_id: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[list[Integration]]: ...
    def create(
        self,
        cluster_id: str,
        /,
        *,
        type: str,
        datadog: ProviderSettings | Mapping[str, Any] | None = None,
        newrelic: ProviderSettings | Mapping[str, Any] | None = None,
        prometheus: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[Integration]: ...

@final
class ApiKeys:
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
    ) -> Pager[ApiKey]: ...
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
    ) -> ApiKey: ...
    def get(
        self,
        access_key: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ApiKey: ...
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
    ) -> None: ...
    def delete(
        self,
        access_key: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None: ...

@final
class AsyncApiKeys:
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
    ) -> AsyncPager[ApiKey]: ...
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
    ) -> Call[ApiKey]: ...
    def get(
        self,
        access_key: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[ApiKey]: ...
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
    ) -> Call[None]: ...
    def delete(
        self,
        access_key: str,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[None]: ...

@final
class AuditLogs:
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
    ) -> Pager[AuditLog]: ...

@final
class AsyncAuditLogs:
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
    ) -> AsyncPager[AuditLog]: ...

@final
class Billing:
    def get_monthly_bill(
        self,
        billed_month: _Month,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BillsExplorer: ...
    def get_monthly_bill_details(
        self,
        billed_month: _Month,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BillsDetails: ...
    def query_cost_explorer(
        self,
        *,
        groups: CostExplorerGroups | Mapping[str, Any] | None = None,
        filter: CostExplorerFilter | Mapping[str, Any] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BillsCostExplorer: ...

@final
class AsyncBilling:
    def get_monthly_bill(
        self,
        billed_month: _Month,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[BillsExplorer]: ...
    def get_monthly_bill_details(
        self,
        billed_month: _Month,
        /,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[BillsDetails]: ...
    def query_cost_explorer(
        self,
        *,
        groups: CostExplorerGroups | Mapping[str, Any] | None = None,
        filter: CostExplorerFilter | Mapping[str, Any] | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call[BillsCostExplorer]: ...

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
        timeout: float = 30.0,
        connect_timeout: float = 5.0,
        max_retries: int = 2,
        rate_limit: float | None = None,
        ca_bundle: str | os.PathLike[str] | None = None,
        verify: bool = True,
    ) -> TiDBCloud: ...
    @property
    def clusters(self) -> Clusters: ...
    @property
    def regions(self) -> Regions: ...
    @property
    def imports(self) -> Imports: ...
    @property
    def integrations(self) -> Integrations: ...
    @property
    def api_keys(self) -> ApiKeys: ...
    @property
    def audit_logs(self) -> AuditLogs: ...
    @property
    def billing(self) -> Billing: ...
    @property
    def public_key(self) -> str: ...
    @property
    def dedicated_url(self) -> str: ...
    @property
    def iam_url(self) -> str: ...
    @property
    def billing_url(self) -> str: ...
    @property
    def timeout(self) -> float: ...
    @property
    def max_retries(self) -> int: ...
    @property
    def is_closed(self) -> bool: ...
    def with_options(
        self, *, timeout: float | None = None, max_retries: int | None = None
    ) -> TiDBCloud: ...
    def close(self) -> None: ...
    def __enter__(self) -> TiDBCloud: ...
    def __exit__(self, *exc: object) -> None: ...

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
        timeout: float = 30.0,
        connect_timeout: float = 5.0,
        max_retries: int = 2,
        rate_limit: float | None = None,
        ca_bundle: str | os.PathLike[str] | None = None,
        verify: bool = True,
    ) -> AsyncTiDBCloud: ...
    @property
    def clusters(self) -> AsyncClusters: ...
    @property
    def regions(self) -> AsyncRegions: ...
    @property
    def imports(self) -> AsyncImports: ...
    @property
    def integrations(self) -> AsyncIntegrations: ...
    @property
    def api_keys(self) -> AsyncApiKeys: ...
    @property
    def audit_logs(self) -> AsyncAuditLogs: ...
    @property
    def billing(self) -> AsyncBilling: ...
    @property
    def public_key(self) -> str: ...
    @property
    def dedicated_url(self) -> str: ...
    @property
    def iam_url(self) -> str: ...
    @property
    def billing_url(self) -> str: ...
    @property
    def timeout(self) -> float: ...
    @property
    def max_retries(self) -> int: ...
    @property
    def is_closed(self) -> bool: ...
    def with_options(
        self, *, timeout: float | None = None, max_retries: int | None = None
    ) -> AsyncTiDBCloud: ...
    def close(self) -> Call[None]: ...
    def __aenter__(self) -> Call[AsyncTiDBCloud]: ...
    def __aexit__(self, *exc: object) -> Call[None]: ...

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
    def request_count(self, method: str | None = None, path: str | None = None) -> int: ...
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

__all__ = [
    "ApiKeys",
    "AsyncApiKeys",
    "AsyncAuditLogs",
    "AsyncBilling",
    "AsyncClusters",
    "AsyncImports",
    "AsyncIntegrations",
    "AsyncPageIterator",
    "AsyncPager",
    "AsyncRegions",
    "AsyncTiDBCloud",
    "AuditLogs",
    "Billing",
    "Bridge",
    "Call",
    "Clusters",
    "Imports",
    "Integrations",
    "MockServerHandle",
    "PageIterator",
    "Pager",
    "Ready",
    "Regions",
    "TiDBCloud",
    "__version__",
    "_panicking_call",
    "_shutdown",
]
