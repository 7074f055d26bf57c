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
    "AzureBlobSource",
    "BillDetail",
    "BillsCostExplorer",
    "BillsDetails",
    "BillsExplorer",
    "BillsOverview",
    "CSVFormat",
    "Cluster",
    "ClusterState",
    "CostBreakdown",
    "CostElement",
    "CostExplorerFilter",
    "CostExplorerGroups",
    "CostExplorerProvider",
    "CostExplorerRequest",
    "CostExplorerService",
    "CreateApiKeyRequest",
    "CreateIntegrationRequest",
    "CreationDetails",
    "ErrorResponse",
    "GCSSource",
    "Import",
    "ImportOptions",
    "ImportSource",
    "ImportState",
    "ImportTargetTableInfo",
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
    "OtherCharge",
    "PausePlan",
    "ProjectCost",
    "PrometheusIntegration",
    "ProviderIntegration",
    "ProviderSettings",
    "Region",
    "S3AccessKey",
    "S3Source",
    "ServiceCost",
    "StorageNodeSetting",
    "StorageType",
    "SummaryByProject",
    "TableName",
    "TidbNodeGroup",
    "TidbNodeGroupEndpoint",
    "TidbNodeSetting",
    "TimeRange",
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
ImportState = (
    Literal["PREPARING", "IMPORTING", "COMPLETED", "FAILED", "CANCELING", "CANCELED"] | str
)
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


class S3AccessKey(TypedDict, total=False):
    id: str
    secret: str  # sent, never returned


class S3Source(TypedDict, total=False):
    uri: str  # "s3://bucket/path/"
    authType: str  # "ROLE_ARN", "ACCESS_KEY"
    roleArn: str
    accessKey: S3AccessKey


class GCSSource(TypedDict, total=False):
    uri: str  # "gs://bucket/path/"
    authType: str  # "SERVICE_ACCOUNT_KEY"
    serviceAccountKey: str  # sent, never returned


class AzureBlobSource(TypedDict, total=False):
    uri: str  # "azure://account.blob.core.windows.net/container/path/"
    authType: str  # "SAS_TOKEN"
    sasToken: str  # sent, never returned


class ImportSource(TypedDict, total=False):
    type: str  # "S3", "GCS", "AZURE_BLOB"
    s3: S3Source
    gcs: GCSSource
    azureBlob: AzureBlobSource


class CSVFormat(TypedDict, total=False):
    separator: str
    delimiter: str
    header: bool
    notNull: bool
    nullValue: str
    backslashEscape: bool
    trimLastSeparator: bool


class ImportOptions(TypedDict, total=False):
    fileType: str  # "CSV", "SQL", "AURORA_SNAPSHOT", "PARQUET"
    csvFormat: CSVFormat
    duplicationHandling: str  # "REPLACE", "IGNORE", "ERROR"
    validateOnly: bool


class TableName(TypedDict, total=False):
    schema: str
    table: str


class ImportTargetTableInfo(TypedDict, total=False):
    targetTable: TableName
    customFile: str
    matchedUri: str


class CreationDetails(TypedDict, total=False):
    importOptions: ImportOptions
    source: ImportSource
    targetTableInfos: list[ImportTargetTableInfo]
    checkItems: list[str]


class Import(TypedDict, total=False):
    name: str  # "clusters/{clusterId}/imports/{importId}"
    importId: str
    clusterId: str
    state: ImportState
    completePercent: int  # 0 to 100
    message: str  # why it failed; empty otherwise
    totalSize: str  # bytes, as a string
    creator: str
    createTime: str
    completeTime: str
    creationDetails: CreationDetails


class ListImportsResponse(TypedDict, total=False):
    imports: list[Import]
    totalSize: int
    nextPageToken: str


class ProviderIntegration(TypedDict, total=False):
    """Datadog or New Relic: where the metrics go, and how that is going."""

    state: str  # "ACTIVE", "ERROR", "NONE"
    statusReason: str
    site: str  # Datadog "US1".."AP2"; New Relic "US_OTLP", "EU_OTLP"
    siteUrl: str
    dashboardUrl: str
    maskedApiKey: str  # "****3086"


class PrometheusIntegration(TypedDict, total=False):
    key: str  # the read key, a SecretStr, in the create answer only
    queryEndpoint: str


class Integration(TypedDict, total=False):
    id: str
    type: str  # "DATADOG", "NEWRELIC", "PROMETHEUS"
    datadog: ProviderIntegration
    newrelic: ProviderIntegration
    prometheus: PrometheusIntegration
    createTime: str
    updateTime: str
    creator: str


class ProviderSettings(TypedDict, total=False):
    apiKey: str  # sent, never returned whole
    site: str


class CreateIntegrationRequest(TypedDict, total=False):
    type: str
    datadog: ProviderSettings
    newrelic: ProviderSettings
    prometheus: dict[str, Any]


class ListIntegrationsResponse(TypedDict, total=False):
    items: list[Integration]
    total: int


class ApiKey(TypedDict, total=False):
    name: str  # "orgs/{orgId}/apiKeys/{n}"
    accessKey: str
    secretKey: str  # a SecretStr, in the create answer only
    displayName: str
    role: str  # "org:owner", "org:member", ..., "project:owner", "project:dev", ...


class CreateApiKeyRequest(TypedDict, total=False):
    displayName: str
    projectId: int
    role: str


class UpdateApiKeyRequest(TypedDict, total=False):
    displayName: str
    projectId: int
    role: str


class ListApiKeysResponse(TypedDict, total=False):
    apiKeys: list[ApiKey]
    nextPageToken: str


class AuditLog(TypedDict, total=False):
    id: str
    eventType: str  # "CreateCluster", "PauseCluster", ...
    result: str  # "Success", "Failure"
    endTime: str
    details: str  # a JSON document, as a string
    operationEmail: str
    operationId: str
    operationIp: str
    operationLoginMethod: str
    operationType: str
    organizationId: str
    organizationName: str
    projectId: str
    projectName: str
    clusterId: str
    clusterName: str
    clusterType: str
    tranceId: str  # the service's spelling


class ListAuditLogsResponse(TypedDict, total=False):
    auditLogs: list[AuditLog]
    totalSize: int
    nextPageToken: str


class BillsOverview(TypedDict, total=False):
    """Amounts are US dollars as decimal strings ("12.34"); totalCost is
    runningTotal less discounts and credits."""

    billedMonth: str  # "2025-01"
    credits: str
    discounts: str
    runningTotal: str
    totalCost: str


class ProjectCost(TypedDict, total=False):
    projectName: str
    credits: str
    discounts: str
    runningTotal: str
    totalCost: str


class OtherCharge(TypedDict, total=False):
    chargeName: str  # "Support Plan"
    credits: str
    discounts: str
    runningTotal: str
    totalCost: str


class SummaryByProject(TypedDict, total=False):
    projects: list[ProjectCost]
    otherCharges: list[OtherCharge]


class ServiceCost(TypedDict, total=False):
    """One level of a service's name ("TiDB Dedicated", then "Node Compute",
    then "TiKV"), with the levels below it in serviceCosts."""

    serviceName: str
    serviceCosts: list[ServiceCost]
    credits: str
    discounts: str
    runningTotal: str
    totalCost: str


class BillsExplorer(TypedDict, total=False):
    overview: BillsOverview
    summaryByProject: SummaryByProject
    summaryByService: list[ServiceCost]


class BillDetail(TypedDict, total=False):
    billedDate: str  # "2025-01-31"
    projectName: str
    clusterName: str
    servicePathName: str  # "TiDB Dedicated - Node Compute - TiKV"
    credits: str
    discounts: str
    runningTotal: str
    totalCost: str


class BillsDetails(TypedDict, total=False):
    details: list[BillDetail]


class CostExplorerGroups(TypedDict, total=False):
    groupBy: list[str]  # "service", "product", "project", "cluster", "provider", "region"
    timeGranularity: str  # "day", "month", "total"


class TimeRange(TypedDict, total=False):
    startDate: str  # "2025-01-01"
    endDate: str


class CostExplorerProvider(TypedDict, total=False):
    name: str  # "aws"
    regions: list[str]


class CostExplorerService(TypedDict, total=False):
    product: str  # "TiDB Dedicated"
    category: str  # "Node Compute"
    component: str  # "TiKV"
    service: str  # the three levels: "TiDB Dedicated - Node Compute - TiKV"


class CostExplorerFilter(TypedDict, total=False):
    timeRange: TimeRange
    projects: list[str]  # project ids
    clusters: list[str]  # cluster ids
    providers: list[CostExplorerProvider]
    services: list[CostExplorerService]


class CostExplorerRequest(TypedDict, total=False):
    groups: CostExplorerGroups
    filter: CostExplorerFilter


class CostBreakdown(TypedDict, total=False):
    billedDate: str
    detailKey: str  # the group's ids, " / " between groups
    detailName: str  # the group's names, likewise
    credits: str
    discounts: str
    runningTotal: str
    totalCost: str


class CostElement(TypedDict, total=False):
    billedDate: str  # a day, a month ("2025-01") or the whole range
    breakdown: list[CostBreakdown]
    credits: str
    discounts: str
    runningTotal: str
    totalCost: str


class BillsCostExplorer(TypedDict, total=False):
    elements: list[CostElement]
    credits: str
    discounts: str
    runningTotal: str
    totalCost: str


class ErrorResponse(TypedDict, total=False):
    """Dedicated: code (int), message, details. IAM and billing: code (str),
    error, msgPrefix, status (int)."""

    code: int | str
    message: str
    details: list[Any]
    error: Any
    msgPrefix: str
    status: int
