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
    "ClusterState",
    "CostExplorerRequest",
    "CostTrend",
    "CreateApiKeyRequest",
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
    "NodeChangingProgress",
    "NodeSpec",
    "PausePlan",
    "ProjectCost",
    "Region",
    "S3Source",
    "ServiceCost",
    "StorageNodeSetting",
    "StorageType",
    "TidbNodeGroup",
    "TidbNodeGroupEndpoint",
    "TidbNodeSetting",
    "UpdateApiKeyRequest",
    "UpdateClusterRequest",
    "UpdateTidbNodeGroup",
    "UpdateTidbNodeSetting",
]

# Known values; unknown ones from a newer service still arrive as plain strings.
ClusterState = (
    Literal[
        "CREATING", "DELETING", "ACTIVE", "RESTORING", "MAINTENANCE", "DELETED", "INACTIVE",
        "UPGRADING", "IMPORTING", "MODIFYING", "PAUSING", "PAUSED", "RESUMING",
    ]
    | str
)
ImportState = Literal["PENDING", "RUNNING", "COMPLETED", "FAILED", "CANCELLED"] | str
StorageType = Literal["Basic", "Standard", "Performance", "Plus"] | str


class TidbNodeGroupEndpoint(TypedDict, total=False):
    host: str
    port: int
    connectionType: Literal["PUBLIC", "VPC_PEERING", "PRIVATE_ENDPOINT"] | str


class NodeChangingProgress(TypedDict, total=False):
    matchingNodeSpecNodeCount: int
    remainingDeletionNodeCount: int


class TidbNodeGroup(TypedDict, total=False):
    name: str
    tidbNodeGroupId: str
    clusterId: str
    displayName: str
    nodeCount: int  # the one field a create sets
    endpoints: list[TidbNodeGroupEndpoint]
    nodeSpecKey: str
    nodeSpecDisplayName: str
    isDefaultGroup: bool
    state: Literal["ACTIVE", "MODIFYING", "PAUSED"] | str
    nodeChangingProgress: NodeChangingProgress


class TidbNodeSetting(TypedDict, total=False):
    """``tidb_node_setting=``:
    ``{"nodeSpecKey": "8C16G", "tidbNodeGroups": [{"nodeCount": 2}]}``."""

    nodeSpecKey: str
    tidbNodeGroups: list[TidbNodeGroup]
    nodeSpecDisplayName: str


class StorageNodeSetting(TypedDict, total=False):
    """``tikv_node_setting=`` / ``tiflash_node_setting=``:
    ``{"nodeSpecKey": "8C32G", "nodeCount": 3, "storageSizeGi": 500}``."""

    nodeSpecKey: str
    nodeCount: int
    storageSizeGi: int
    storageType: StorageType
    raftStoreIops: int
    nodeSpecDisplayName: str
    nodeChangingProgress: NodeChangingProgress


class UpdateTidbNodeGroup(TypedDict, total=False):
    tidbNodeGroupId: str
    nodeCount: int


class UpdateTidbNodeSetting(TypedDict, total=False):
    """In an update: ``{"tidbNodeGroups": [{"tidbNodeGroupId": "...", "nodeCount": 3}]}``."""

    nodeSpecKey: str
    tidbNodeGroups: list[UpdateTidbNodeGroup]


class PausePlan(TypedDict, total=False):
    pauseType: str
    scheduledResumeTime: str


class Cluster(TypedDict, total=False):
    name: str  # "clusters/{clusterId}"
    clusterId: str
    displayName: str
    regionId: str  # "aws-us-east-1"
    labels: dict[str, str]  # the project is labels["tidb.cloud/project"]
    tidbNodeSetting: TidbNodeSetting
    tikvNodeSetting: StorageNodeSetting
    tiflashNodeSetting: StorageNodeSetting
    port: int
    state: ClusterState
    version: str
    createdBy: str
    createTime: str
    updateTime: str
    pausePlan: PausePlan
    regionDisplayName: str
    cloudProvider: str  # "aws", "gcp", "azure", "alicloud"
    annotations: dict[str, str]


class UpdateClusterRequest(TypedDict, total=False):
    displayName: str
    labels: dict[str, str]
    tidbNodeSetting: UpdateTidbNodeSetting
    tikvNodeSetting: StorageNodeSetting
    tiflashNodeSetting: StorageNodeSetting


class ListClustersResponse(TypedDict, total=False):
    clusters: list[Cluster]
    totalSize: int
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
