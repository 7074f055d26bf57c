"""TypedDicts of the API's schemas, so that editors complete the keys of results.

Results are plain dicts at run time; these types only describe them. Every key
is optional (``total=False``): the service may leave any of them out, and keys
not listed here are kept as they come.
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict

__all__ = [
    "ApiKey",
    "AuditLog",
    "BillDetail",
    "BillsCostExplorer",
    "BillsDetails",
    "BillsExplorer",
    "BillsOverview",
    "Cluster",
    "ClusterComponents",
    "ClusterState",
    "ComponentSpec",
    "ConnectionString",
    "ConnectionStrings",
    "CostExplorerRequest",
    "CostTrend",
    "CreateApiKeyRequest",
    "CreateClusterRequest",
    "CreateImportRequest",
    "CreateIntegrationRequest",
    "ErrorResponse",
    "Import",
    "ImportState",
    "Integration",
    "ListApiKeysResponse",
    "ListAuditLogsResponse",
    "ListClustersResponse",
    "ListImportsResponse",
    "ListIntegrationsResponse",
    "ListNodeSpecsResponse",
    "ListRegionsResponse",
    "NodeSpec",
    "ProjectCost",
    "Region",
    "S3Source",
    "ServiceCost",
    "StorageComponentSpec",
    "UpdateApiKeyRequest",
    "UpdateClusterRequest",
]

# Known values; unknown ones from a newer service still arrive as plain strings.
ClusterState = (
    Literal["CREATING", "ACTIVE", "PAUSED", "RESUMING", "DELETING", "UPGRADING", "MODIFYING"]
    | str
)
ImportState = Literal["PENDING", "RUNNING", "COMPLETED", "FAILED", "CANCELLED"] | str


class ComponentSpec(TypedDict, total=False):
    nodeSize: str
    nodeQuantity: int


class StorageComponentSpec(TypedDict, total=False):
    nodeSize: str
    nodeQuantity: int
    storageSize: int


class ClusterComponents(TypedDict, total=False):
    tidb: ComponentSpec
    tikv: StorageComponentSpec
    tiflash: StorageComponentSpec


class ConnectionString(TypedDict, total=False):
    host: str
    port: int


class ConnectionStrings(TypedDict, total=False):
    defaultUser: str
    standard: ConnectionString
    vpcPeering: ConnectionString
    privateEndpoint: ConnectionString


class Cluster(TypedDict, total=False):
    clusterId: str
    displayName: str
    clusterType: str
    cloudProvider: str
    regionId: str
    projectId: str
    tidbVersion: str
    state: ClusterState
    createTime: str
    updateTime: str
    components: ClusterComponents
    connectionStrings: ConnectionStrings


class CreateClusterRequest(TypedDict, total=False):
    displayName: str
    projectId: str
    cloudProvider: str
    regionId: str
    components: ClusterComponents
    rootPassword: str
    port: int


class UpdateClusterRequest(TypedDict, total=False):
    displayName: str
    components: ClusterComponents


class ListClustersResponse(TypedDict, total=False):
    clusters: list[Cluster]
    nextPageToken: str


class Region(TypedDict, total=False):
    name: str  # "regions/aws-us-east-1"
    regionId: str  # "aws-us-east-1"
    cloudProvider: str  # "aws", "gcp", "azure", "alicloud"
    displayName: str
    provider: str | None  # deprecated twin of cloudProvider


class ListRegionsResponse(TypedDict, total=False):
    regions: list[Region]
    totalSize: int
    nextPageToken: str


class NodeSpec(TypedDict, total=False):
    name: str
    regionId: str
    componentType: str  # "TIDB", "TIKV", "TIFLASH", "PD"
    nodeSpecKey: str  # "8C16G"
    displayName: str
    vCpu: int
    memorySizeGi: int
    defaultStorageSizeGi: int
    minStorageSizeGi: int
    maxStorageSizeGi: int
    defaultNodeCount: int
    storageTypes: list[str]  # "Basic", "Standard", "Performance", "Plus"
    minRaftStoreIops: int
    maxRaftStoreIops: int
    default: bool


class ListNodeSpecsResponse(TypedDict, total=False):
    nodeSpecs: list[NodeSpec]
    totalSize: int
    nextPageToken: str


class S3Source(TypedDict, total=False):
    bucketUri: str
    roleArn: str


class Import(TypedDict, total=False):
    importId: str
    clusterId: str
    state: ImportState
    sourceType: str
    fileFormat: str
    progress: float
    createTime: str
    errorMessage: str


class CreateImportRequest(TypedDict, total=False):
    sourceType: str
    fileFormat: str
    targetDatabase: str
    s3Source: S3Source


class ListImportsResponse(TypedDict, total=False):
    imports: list[Import]
    nextPageToken: str


class Integration(TypedDict, total=False):
    id: str
    integrationType: str
    active: bool


class CreateIntegrationRequest(TypedDict, total=False):
    integrationType: str
    config: dict[str, Any]


class ListIntegrationsResponse(TypedDict, total=False):
    integrations: list[Integration]


class ApiKey(TypedDict, total=False):
    name: str
    accessKey: str
    secretKey: str
    displayName: str
    role: str


class CreateApiKeyRequest(TypedDict, total=False):
    displayName: str
    projectId: int
    role: str


class UpdateApiKeyRequest(TypedDict, total=False):
    displayName: str
    role: str


class ListApiKeysResponse(TypedDict, total=False):
    apiKeys: list[ApiKey]
    nextPageToken: str


class AuditLog(TypedDict, total=False):
    eventType: str
    operationEmail: str
    result: str
    timestamp: str
    clusterId: str
    projectId: str
    orgId: str


class ListAuditLogsResponse(TypedDict, total=False):
    auditLogs: list[AuditLog]
    nextPageToken: str


class BillsOverview(TypedDict, total=False):
    totalCost: str
    currency: str


class ProjectCost(TypedDict, total=False):
    projectName: str
    totalCost: str


class ServiceCost(TypedDict, total=False):
    serviceName: str
    totalCost: str


class BillsExplorer(TypedDict, total=False):
    overview: BillsOverview
    summaryByProject: list[ProjectCost]
    summaryByService: list[ServiceCost]


class BillDetail(TypedDict, total=False):
    billedDate: str
    projectName: str
    clusterName: str
    servicePathName: str
    credits: str
    discounts: str
    runningTotal: str
    totalCost: str


class BillsDetails(TypedDict, total=False):
    billsDetails: list[BillDetail]


class CostExplorerRequest(TypedDict, total=False):
    filter: dict[str, Any]
    groups: list[str]


class CostTrend(TypedDict, total=False):
    date: str
    cost: str


class BillsCostExplorer(TypedDict, total=False):
    trends: list[CostTrend]


class ErrorResponse(TypedDict, total=False):
    code: int | str
    status: str
    error: str
    msgPrefix: str
    message: str
    details: list[Any]
