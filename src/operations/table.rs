//! The operation table, written by scripts/gen_operations.py from
//! spec/tidbcloud-live.yml. Do not edit: change the spec and run the script.
//! One operation a line: id, server, method, path, path parameters, items
//! key, paging, whether a failed attempt may be sent again, and whether
//! the answer may be empty.

use super::Method::{Delete, Get, Patch, Post, Put};
use super::Paging::{NotAList, Numbered, Single, Token};
use super::{op, Operation};
use crate::config::Server::{Billing, Dedicated, Iam, IamRoot, Serverless, V1beta};

pub const ATTACH_PRIVATE_LINK_DOMAINS: Operation = op("attachPrivateLinkDomains", Serverless, Post, "/clusters/{clusterId}/privateLinkConnections/{privateLinkConnectionId}:attachDomains", &["clusterId", "privateLinkConnectionId"], None, NotAList, false, false);
pub const BATCH_CREATE_SERVERLESS_CLUSTERS: Operation = op("batchCreateServerlessClusters", Serverless, Post, "/clusters:batchCreate", &[], None, NotAList, false, false);
pub const BATCH_GET_SERVERLESS_CLUSTERS: Operation = op("batchGetServerlessClusters", Serverless, Get, "/clusters:batchGet", &[], None, NotAList, true, false);
pub const BATCH_UPDATE_MEMBERS: Operation = op("batchUpdateMembers", Iam, Post, "/members/batchUpdate", &[], None, NotAList, false, false);
pub const CANCEL_EXPORT: Operation = op("cancelExport", Serverless, Post, "/clusters/{clusterId}/exports/{exportId}:cancel", &["clusterId", "exportId"], None, NotAList, false, false);
pub const CANCEL_IMPORT: Operation = op("cancelImport", Dedicated, Post, "/clusters/{clusterId}/imports/{importId}:cancel", &["clusterId", "importId"], None, NotAList, false, true);
pub const CANCEL_SERVERLESS_IMPORT: Operation = op("cancelServerlessImport", Serverless, Post, "/clusters/{clusterId}/imports/{importId}:cancel", &["clusterId", "importId"], None, NotAList, false, true);
pub const CANCEL_SERVERLESS_IMPORT_UPLOAD: Operation = op("cancelServerlessImportUpload", Serverless, Post, "/clusters/{clusterId}/imports:cancelUpload", &["clusterId"], None, NotAList, false, true);
pub const COMPLETE_SERVERLESS_IMPORT_UPLOAD: Operation = op("completeServerlessImportUpload", Serverless, Post, "/clusters/{clusterId}/imports:completeUpload", &["clusterId"], None, NotAList, false, true);
pub const CREATE_API_KEY: Operation = op("createApiKey", Iam, Post, "/apikeys", &[], None, NotAList, false, false);
pub const CREATE_AWS_CMEK: Operation = op("createAwsCmek", V1beta, Post, "/projects/{project_id}/aws-cmek", &["project_id"], None, NotAList, false, true);
pub const CREATE_BACKUP: Operation = op("createBackup", V1beta, Post, "/projects/{project_id}/clusters/{cluster_id}/backups", &["project_id", "cluster_id"], None, NotAList, false, false);
pub const CREATE_BRANCH: Operation = op("createBranch", Serverless, Post, "/clusters/{clusterId}/branches", &["clusterId"], None, NotAList, false, false);
pub const CREATE_CHANGEFEED: Operation = op("createChangefeed", Dedicated, Post, "/changefeeds", &[], None, NotAList, false, false);
pub const CREATE_CLUSTER: Operation = op("createCluster", Dedicated, Post, "/clusters", &[], None, NotAList, false, false);
pub const CREATE_DATABASE_AUDIT_LOG_FILTER_RULE: Operation = op("createDatabaseAuditLogFilterRule", Dedicated, Post, "/clusters/{clusterId}/auditLogFilterRules", &["clusterId"], None, NotAList, false, false);
pub const CREATE_EXPORT: Operation = op("createExport", Serverless, Post, "/clusters/{clusterId}/exports", &["clusterId"], None, NotAList, false, false);
pub const CREATE_IMPORT: Operation = op("createImport", Dedicated, Post, "/clusters/{clusterId}/imports", &["clusterId"], None, NotAList, false, false);
pub const CREATE_INTEGRATION: Operation = op("createIntegration", Dedicated, Post, "/clusters/{clusterId}/integrations", &["clusterId"], None, NotAList, false, false);
pub const CREATE_MIGRATION: Operation = op("createMigration", Serverless, Post, "/clusters/{clusterId}/migrations", &["clusterId"], None, NotAList, false, false);
pub const CREATE_MIGRATION_PRECHECK: Operation = op("createMigrationPrecheck", Serverless, Post, "/clusters/{clusterId}/migrationPrechecks", &["clusterId"], None, NotAList, false, false);
pub const CREATE_MSP_CUSTOMER_SIGNUP_URL: Operation = op("createMspCustomerSignupUrl", IamRoot, Post, "/customerSignupUrl", &[], None, NotAList, false, false);
pub const CREATE_NETWORK_CONTAINER: Operation = op("createNetworkContainer", Dedicated, Post, "/networkContainers", &[], None, NotAList, false, false);
pub const CREATE_PRIVATE_ENDPOINT_CONNECTION: Operation = op("createPrivateEndpointConnection", Dedicated, Post, "/clusters/{clusterId}/tidbNodeGroups/{tidbNodeGroupId}/privateEndpointConnections", &["clusterId", "tidbNodeGroupId"], None, NotAList, false, false);
pub const CREATE_PRIVATE_LINK_CONNECTION: Operation = op("createPrivateLinkConnection", Serverless, Post, "/clusters/{clusterId}/privateLinkConnections", &["clusterId"], None, NotAList, false, false);
pub const CREATE_PROJECT: Operation = op("createProject", V1beta, Post, "/projects", &[], None, NotAList, false, false);
pub const CREATE_RESTORE: Operation = op("createRestore", V1beta, Post, "/projects/{project_id}/restores", &["project_id"], None, NotAList, false, false);
pub const CREATE_SERVERLESS_CHANGEFEED: Operation = op("createServerlessChangefeed", Serverless, Post, "/clusters/{clusterId}/changefeeds", &["clusterId"], None, NotAList, false, false);
pub const CREATE_SERVERLESS_CHANGEFEED_PRIVATE_LINK_ENDPOINT: Operation = op("createServerlessChangefeedPrivateLinkEndpoint", Serverless, Post, "/clusters/{clusterId}/changefeeds/privateLinkEndpoint", &["clusterId"], None, NotAList, false, false);
pub const CREATE_SERVERLESS_CLUSTER: Operation = op("createServerlessCluster", Serverless, Post, "/clusters", &[], None, NotAList, false, false);
pub const CREATE_SERVERLESS_DATABASE_AUDIT_LOG_FILTER_RULE: Operation = op("createServerlessDatabaseAuditLogFilterRule", Serverless, Post, "/clusters/{clusterId}/auditLog/filterRules", &["clusterId"], None, NotAList, false, false);
pub const CREATE_SERVERLESS_IMPORT: Operation = op("createServerlessImport", Serverless, Post, "/clusters/{clusterId}/imports", &["clusterId"], None, NotAList, false, false);
pub const CREATE_SQL_USER: Operation = op("createSqlUser", Iam, Post, "/clusters/{clusterId}/sqlUsers", &["clusterId"], None, NotAList, false, false);
pub const CREATE_TIDB_NODE_GROUP: Operation = op("createTidbNodeGroup", Dedicated, Post, "/clusters/{clusterId}/tidbNodeGroups", &["clusterId"], None, NotAList, false, false);
pub const CREATE_VPC_PEERING: Operation = op("createVpcPeering", Dedicated, Post, "/vpcPeerings", &[], None, NotAList, false, false);
pub const DELETE_API_KEY: Operation = op("deleteApiKey", Iam, Delete, "/apikeys/{accessKey}", &["accessKey"], None, NotAList, true, true);
pub const DELETE_BACKUP: Operation = op("deleteBackup", V1beta, Delete, "/projects/{project_id}/clusters/{cluster_id}/backups/{backup_id}", &["project_id", "cluster_id", "backup_id"], None, NotAList, true, true);
pub const DELETE_BRANCH: Operation = op("deleteBranch", Serverless, Delete, "/clusters/{clusterId}/branches/{branchId}", &["clusterId", "branchId"], None, NotAList, true, false);
pub const DELETE_CHANGEFEED: Operation = op("deleteChangefeed", Dedicated, Delete, "/changefeeds/{changefeedId}", &["changefeedId"], None, NotAList, true, true);
pub const DELETE_CLUSTER: Operation = op("deleteCluster", Dedicated, Delete, "/clusters/{clusterId}", &["clusterId"], None, NotAList, true, false);
pub const DELETE_DATABASE_AUDIT_LOG_FILTER_RULE: Operation = op("deleteDatabaseAuditLogFilterRule", Dedicated, Delete, "/clusters/{clusterId}/auditLogFilterRules/{auditLogFilterRuleId}", &["clusterId", "auditLogFilterRuleId"], None, NotAList, true, true);
pub const DELETE_EXPORT: Operation = op("deleteExport", Serverless, Delete, "/clusters/{clusterId}/exports/{exportId}", &["clusterId", "exportId"], None, NotAList, true, false);
pub const DELETE_INTEGRATION: Operation = op("deleteIntegration", Dedicated, Delete, "/clusters/{clusterId}/integrations/{id}", &["clusterId", "id"], None, NotAList, true, true);
pub const DELETE_MEMBER: Operation = op("deleteMember", Iam, Delete, "/members/{userId}", &["userId"], None, NotAList, true, true);
pub const DELETE_MIGRATION: Operation = op("deleteMigration", Serverless, Delete, "/clusters/{clusterId}/migrations/{migrationId}", &["clusterId", "migrationId"], None, NotAList, true, false);
pub const DELETE_MIGRATION_PRECHECK: Operation = op("deleteMigrationPrecheck", Serverless, Delete, "/clusters/{clusterId}/migrationPrechecks/{precheckId}", &["clusterId", "precheckId"], None, NotAList, true, true);
pub const DELETE_NETWORK_CONTAINER: Operation = op("deleteNetworkContainer", Dedicated, Delete, "/networkContainers/{networkContainerId}", &["networkContainerId"], None, NotAList, true, true);
pub const DELETE_PRIVATE_ENDPOINT_CONNECTION: Operation = op("deletePrivateEndpointConnection", Dedicated, Delete, "/clusters/{clusterId}/tidbNodeGroups/{tidbNodeGroupId}/privateEndpointConnections/{privateEndpointConnectionId}", &["clusterId", "tidbNodeGroupId", "privateEndpointConnectionId"], None, NotAList, true, true);
pub const DELETE_PRIVATE_LINK_CONNECTION: Operation = op("deletePrivateLinkConnection", Serverless, Delete, "/clusters/{clusterId}/privateLinkConnections/{privateLinkConnectionId}", &["clusterId", "privateLinkConnectionId"], None, NotAList, true, false);
pub const DELETE_SERVERLESS_BACKUP: Operation = op("deleteServerlessBackup", Serverless, Delete, "/backups/{backupId}", &["backupId"], None, NotAList, true, false);
pub const DELETE_SERVERLESS_CHANGEFEED: Operation = op("deleteServerlessChangefeed", Serverless, Delete, "/clusters/{clusterId}/changefeeds/{changefeedId}", &["clusterId", "changefeedId"], None, NotAList, true, false);
pub const DELETE_SERVERLESS_CHANGEFEED_PRIVATE_LINK_ENDPOINT: Operation = op("deleteServerlessChangefeedPrivateLinkEndpoint", Serverless, Delete, "/clusters/{clusterId}/changefeeds/privateLinkEndpoint", &["clusterId"], None, NotAList, true, false);
pub const DELETE_SERVERLESS_CLUSTER: Operation = op("deleteServerlessCluster", Serverless, Delete, "/clusters/{clusterId}", &["clusterId"], None, NotAList, true, false);
pub const DELETE_SERVERLESS_DATABASE_AUDIT_LOG_FILTER_RULE: Operation = op("deleteServerlessDatabaseAuditLogFilterRule", Serverless, Delete, "/clusters/{clusterId}/auditLog/filterRules/{filterRuleId}", &["clusterId", "filterRuleId"], None, NotAList, true, false);
pub const DELETE_SQL_USER: Operation = op("deleteSqlUser", Iam, Delete, "/clusters/{clusterId}/sqlUsers/{userName}", &["clusterId", "userName"], None, NotAList, true, false);
pub const DELETE_TIDB_NODE_GROUP: Operation = op("deleteTidbNodeGroup", Dedicated, Delete, "/clusters/{clusterId}/tidbNodeGroups/{tidbNodeGroupId}", &["clusterId", "tidbNodeGroupId"], None, NotAList, true, true);
pub const DELETE_VPC_PEERING: Operation = op("deleteVpcPeering", Dedicated, Delete, "/vpcPeerings/{vpcPeeringId}", &["vpcPeeringId"], None, NotAList, true, true);
pub const DESCRIBE_SERVERLESS_CHANGEFEED_SCHEMA_TABLE: Operation = op("describeServerlessChangefeedSchemaTable", Serverless, Post, "/clusters/{clusterId}/changefeeds:describeSchemaTable", &["clusterId"], None, NotAList, false, false);
pub const DETACH_PRIVATE_LINK_DOMAINS: Operation = op("detachPrivateLinkDomains", Serverless, Post, "/clusters/{clusterId}/privateLinkConnections/{privateLinkConnectionId}:detachDomains", &["clusterId", "privateLinkConnectionId"], None, NotAList, false, false);
pub const DOWNLOAD_EXPORT: Operation = op("downloadExport", Serverless, Post, "/clusters/{clusterId}/exports/{exportId}:download", &["clusterId", "exportId"], None, NotAList, false, false);
pub const DOWNLOAD_EXPORT_FILES: Operation = op("downloadExportFiles", Serverless, Post, "/clusters/{clusterId}/exports/{exportId}/files:download", &["clusterId", "exportId"], None, NotAList, false, false);
pub const DOWNLOAD_SERVERLESS_DATABASE_AUDIT_LOG_FILES: Operation = op("downloadServerlessDatabaseAuditLogFiles", Serverless, Post, "/clusters/{clusterId}/auditLog/files:download", &["clusterId"], None, NotAList, true, false);
pub const EDIT_CHANGEFEED_DOWNSTREAM_CONFIG: Operation = op("editChangefeedDownstreamConfig", Dedicated, Post, "/changefeeds/{changefeedId}:editDownstreamConfig", &["changefeedId"], None, NotAList, false, false);
pub const GENERATE_DATABASE_AUDIT_LOG_DOWNLOAD_ADDRESS: Operation = op("generateDatabaseAuditLogDownloadAddress", Dedicated, Post, "/clusters/{clusterId}/auditLogConfig:generateAuditLogFileDownloadAddress", &["clusterId"], None, NotAList, true, false);
pub const GET_API_KEY: Operation = op("getApiKey", Iam, Get, "/apikeys/{accessKey}", &["accessKey"], None, NotAList, true, false);
pub const GET_AWS_CMEK: Operation = op("getAwsCmek", V1beta, Get, "/projects/{project_id}/aws-cmek", &["project_id"], None, NotAList, true, false);
pub const GET_BACKUP: Operation = op("getBackup", V1beta, Get, "/projects/{project_id}/clusters/{cluster_id}/backups/{backup_id}", &["project_id", "cluster_id", "backup_id"], None, NotAList, true, false);
pub const GET_BRANCH: Operation = op("getBranch", Serverless, Get, "/clusters/{clusterId}/branches/{branchId}", &["clusterId", "branchId"], None, NotAList, true, false);
pub const GET_CHANGEFEED: Operation = op("getChangefeed", Dedicated, Get, "/changefeeds/{changefeedId}", &["changefeedId"], None, NotAList, true, false);
pub const GET_CLUSTER: Operation = op("getCluster", Dedicated, Get, "/clusters/{clusterId}", &["clusterId"], None, NotAList, true, false);
pub const GET_COST_EXPLORER_ARGS: Operation = op("getCostExplorerArgs", Billing, Get, "/billsCostExplorer/args", &[], None, NotAList, true, false);
pub const GET_DATABASE_AUDIT_LOG_CONFIG: Operation = op("getDatabaseAuditLogConfig", Dedicated, Get, "/clusters/{clusterId}/auditLogConfig", &["clusterId"], None, NotAList, true, false);
pub const GET_DATABASE_AUDIT_LOG_FILTER_RULE: Operation = op("getDatabaseAuditLogFilterRule", Dedicated, Get, "/clusters/{clusterId}/auditLogFilterRules/{auditLogFilterRuleId}", &["clusterId", "auditLogFilterRuleId"], None, NotAList, true, false);
pub const GET_DB_USER: Operation = op("getDbUser", Iam, Get, "/clusters/{clusterId}/dbuser", &["clusterId"], None, NotAList, true, false);
pub const GET_EXPORT: Operation = op("getExport", Serverless, Get, "/clusters/{clusterId}/exports/{exportId}", &["clusterId", "exportId"], None, NotAList, true, false);
pub const GET_IMPORT: Operation = op("getImport", Dedicated, Get, "/clusters/{clusterId}/imports/{importId}", &["clusterId", "importId"], None, NotAList, true, false);
pub const GET_LOG_REDACTION_POLICY: Operation = op("getLogRedactionPolicy", Dedicated, Get, "/clusters/{clusterId}/logRedactionPolicy", &["clusterId"], None, NotAList, true, false);
pub const GET_MAINTENANCE_TASK: Operation = op("getMaintenanceTask", Dedicated, Get, "/maintenanceTasks/{maintenanceTaskId}", &["maintenanceTaskId"], None, NotAList, true, false);
pub const GET_MAINTENANCE_WINDOW: Operation = op("getMaintenanceWindow", Dedicated, Get, "/maintenanceWindows/{maintenanceWindowId}", &["maintenanceWindowId"], None, NotAList, true, false);
pub const GET_MIGRATION: Operation = op("getMigration", Serverless, Get, "/clusters/{clusterId}/migrations/{migrationId}", &["clusterId", "migrationId"], None, NotAList, true, false);
pub const GET_MIGRATION_PRECHECK: Operation = op("getMigrationPrecheck", Serverless, Get, "/clusters/{clusterId}/migrationPrechecks/{precheckId}", &["clusterId", "precheckId"], None, NotAList, true, false);
pub const GET_MONTHLY_BILL: Operation = op("getMonthlyBill", Billing, Get, "/bills/{billedMonth}", &["billedMonth"], None, NotAList, true, false);
pub const GET_MONTHLY_BILL_DETAILS: Operation = op("getMonthlyBillDetails", Billing, Get, "/billsDetails/{billedMonth}", &["billedMonth"], None, NotAList, true, false);
pub const GET_MSP_CUSTOMER: Operation = op("getMspCustomer", IamRoot, Get, "/mspCustomers/{customerOrgId}", &["customerOrgId"], None, NotAList, true, false);
pub const GET_NETWORK_CONTAINER: Operation = op("getNetworkContainer", Dedicated, Get, "/networkContainers/{networkContainerId}", &["networkContainerId"], None, NotAList, true, false);
pub const GET_NODE_INSTANCE: Operation = op("getNodeInstance", Dedicated, Get, "/clusters/{clusterId}/nodeInstances/{instanceId}", &["clusterId", "instanceId"], None, NotAList, true, false);
pub const GET_NODE_SPEC: Operation = op("getNodeSpec", Dedicated, Get, "/regions/{regionId}/componentTypes/{componentType}/nodeSpecs/{nodeSpecKey}", &["regionId", "componentType", "nodeSpecKey"], None, NotAList, true, false);
pub const GET_PRIVATE_ENDPOINT_CONNECTION: Operation = op("getPrivateEndpointConnection", Dedicated, Get, "/clusters/{clusterId}/tidbNodeGroups/{tidbNodeGroupId}/privateEndpointConnections/{privateEndpointConnectionId}", &["clusterId", "tidbNodeGroupId", "privateEndpointConnectionId"], None, NotAList, true, false);
pub const GET_PRIVATE_LINK_AVAILABILITY_ZONES: Operation = op("getPrivateLinkAvailabilityZones", Serverless, Get, "/clusters/{clusterId}/privateLinkConnections:getAvailabilityZones", &["clusterId"], None, NotAList, true, false);
pub const GET_PRIVATE_LINK_CONNECTION: Operation = op("getPrivateLinkConnection", Serverless, Get, "/clusters/{clusterId}/privateLinkConnections/{privateLinkConnectionId}", &["clusterId", "privateLinkConnectionId"], None, NotAList, true, false);
pub const GET_PRIVATE_LINK_SERVICE: Operation = op("getPrivateLinkService", Dedicated, Get, "/clusters/{clusterId}/tidbNodeGroups/{tidbNodeGroupId}/privateLinkService", &["clusterId", "tidbNodeGroupId"], None, NotAList, true, false);
pub const GET_PUBLIC_ENDPOINT_SETTING: Operation = op("getPublicEndpointSetting", Dedicated, Get, "/clusters/{clusterId}/tidbNodeGroups/{tidbNodeGroupId}/publicEndpointSetting", &["clusterId", "tidbNodeGroupId"], None, NotAList, true, false);
pub const GET_REGION: Operation = op("getRegion", Dedicated, Get, "/regions/{regionId}", &["regionId"], None, NotAList, true, false);
pub const GET_RESTORE: Operation = op("getRestore", V1beta, Get, "/projects/{project_id}/restores/{restore_id}", &["project_id", "restore_id"], None, NotAList, true, false);
pub const GET_SERVERLESS_BACKUP: Operation = op("getServerlessBackup", Serverless, Get, "/backups/{backupId}", &["backupId"], None, NotAList, true, false);
pub const GET_SERVERLESS_CHANGEFEED: Operation = op("getServerlessChangefeed", Serverless, Get, "/clusters/{clusterId}/changefeeds/{changefeedId}", &["clusterId", "changefeedId"], None, NotAList, true, false);
pub const GET_SERVERLESS_CHANGEFEED_PRIVATE_LINK_ENDPOINT: Operation = op("getServerlessChangefeedPrivateLinkEndpoint", Serverless, Get, "/clusters/{clusterId}/changefeeds/privateLinkEndpoint", &["clusterId"], None, NotAList, true, false);
pub const GET_SERVERLESS_CLUSTER: Operation = op("getServerlessCluster", Serverless, Get, "/clusters/{clusterId}", &["clusterId"], None, NotAList, true, false);
pub const GET_SERVERLESS_DATABASE_AUDIT_LOG_CONFIG: Operation = op("getServerlessDatabaseAuditLogConfig", Serverless, Get, "/clusters/{clusterId}/auditLog/config", &["clusterId"], None, NotAList, true, false);
pub const GET_SERVERLESS_DATABASE_AUDIT_LOG_FILTER_RULE: Operation = op("getServerlessDatabaseAuditLogFilterRule", Serverless, Get, "/clusters/{clusterId}/auditLog/filterRules/{filterRuleId}", &["clusterId", "filterRuleId"], None, NotAList, true, false);
pub const GET_SERVERLESS_IMPORT: Operation = op("getServerlessImport", Serverless, Get, "/clusters/{clusterId}/imports/{importId}", &["clusterId", "importId"], None, NotAList, true, false);
pub const GET_SQL_USER: Operation = op("getSqlUser", Iam, Get, "/clusters/{clusterId}/sqlUsers/{userName}", &["clusterId", "userName"], None, NotAList, true, false);
pub const GET_TIDB_NODE_GROUP: Operation = op("getTidbNodeGroup", Dedicated, Get, "/clusters/{clusterId}/tidbNodeGroups/{tidbNodeGroupId}", &["clusterId", "tidbNodeGroupId"], None, NotAList, true, false);
pub const GET_VPC_PEERING: Operation = op("getVpcPeering", Dedicated, Get, "/vpcPeerings/{vpcPeeringId}", &["vpcPeeringId"], None, NotAList, true, false);
pub const INVITE_MEMBERS: Operation = op("inviteMembers", Iam, Post, "/members", &[], None, NotAList, false, false);
pub const LIST_API_KEYS: Operation = op("listApiKeys", Iam, Get, "/apikeys", &[], Some("apiKeys"), Token, true, false);
pub const LIST_AUDIT_LOGS: Operation = op("listAuditLogs", Iam, Get, "/auditLogs", &[], Some("auditLogs"), Token, true, false);
pub const LIST_BACKUPS: Operation = op("listBackups", V1beta, Get, "/projects/{project_id}/clusters/{cluster_id}/backups", &["project_id", "cluster_id"], Some("items"), Numbered, true, false);
pub const LIST_BRANCHES: Operation = op("listBranches", Serverless, Get, "/clusters/{clusterId}/branches", &["clusterId"], Some("branches"), Token, true, false);
pub const LIST_CHANGEFEED_RCUS: Operation = op("listChangefeedRcus", Dedicated, Get, "/changefeedRCUs", &[], Some("rcus"), Single, true, false);
pub const LIST_CHANGEFEEDS: Operation = op("listChangefeeds", Dedicated, Get, "/changefeeds", &[], Some("changefeeds"), Token, true, false);
pub const LIST_CLUSTERS: Operation = op("listClusters", Dedicated, Get, "/clusters", &[], Some("clusters"), Token, true, false);
pub const LIST_DATABASE_AUDIT_LOG_FILES: Operation = op("listDatabaseAuditLogFiles", Dedicated, Get, "/clusters/{clusterId}/auditLogConfig:queryAuditLogFiles", &["clusterId"], Some("auditLogFiles"), Token, true, false);
pub const LIST_DATABASE_AUDIT_LOG_FILTER_RULES: Operation = op("listDatabaseAuditLogFilterRules", Dedicated, Get, "/clusters/{clusterId}/auditLogFilterRules", &["clusterId"], Some("auditLogFilterRules"), Token, true, false);
pub const LIST_EXPORT_FILES: Operation = op("listExportFiles", Serverless, Get, "/clusters/{clusterId}/exports/{exportId}/files", &["clusterId", "exportId"], Some("files"), Token, true, false);
pub const LIST_EXPORTS: Operation = op("listExports", Serverless, Get, "/clusters/{clusterId}/exports", &["clusterId"], Some("exports"), Token, true, false);
pub const LIST_IMPORTS: Operation = op("listImports", Dedicated, Get, "/clusters/{clusterId}/imports", &["clusterId"], Some("imports"), Token, true, false);
pub const LIST_INTEGRATIONS: Operation = op("listIntegrations", Dedicated, Get, "/clusters/{clusterId}/integrations", &["clusterId"], Some("items"), Single, true, false);
pub const LIST_MAINTENANCE_TASKS: Operation = op("listMaintenanceTasks", Dedicated, Get, "/maintenanceTasks", &[], Some("maintenanceTasks"), Token, true, false);
pub const LIST_MAINTENANCE_WINDOWS: Operation = op("listMaintenanceWindows", Dedicated, Get, "/maintenanceWindows", &[], Some("maintenanceWindows"), Token, true, false);
pub const LIST_MEMBERS: Operation = op("listMembers", Iam, Get, "/members", &[], Some("users"), Token, true, false);
pub const LIST_MIGRATIONS: Operation = op("listMigrations", Serverless, Get, "/clusters/{clusterId}/migrations", &["clusterId"], Some("migrations"), Token, true, false);
pub const LIST_MSP_CUSTOMERS: Operation = op("listMspCustomers", IamRoot, Get, "/mspCustomers", &[], Some("mspCustomers"), Token, true, false);
pub const LIST_NETWORK_CONTAINERS: Operation = op("listNetworkContainers", Dedicated, Get, "/networkContainers", &[], Some("networkContainers"), Token, true, false);
pub const LIST_NODE_INSTANCES: Operation = op("listNodeInstances", Dedicated, Get, "/clusters/{clusterId}/nodeInstances", &["clusterId"], Some("nodeInstances"), Token, true, false);
pub const LIST_NODE_SPECS: Operation = op("listNodeSpecs", Dedicated, Get, "/regions/{regionId}/nodeSpecs", &["regionId"], Some("nodeSpecs"), Token, true, false);
pub const LIST_PRIVATE_ENDPOINT_CONNECTIONS: Operation = op("listPrivateEndpointConnections", Dedicated, Get, "/clusters/{clusterId}/tidbNodeGroups/{tidbNodeGroupId}/privateEndpointConnections", &["clusterId", "tidbNodeGroupId"], Some("privateEndpointConnections"), Token, true, false);
pub const LIST_PRIVATE_LINK_CONNECTIONS: Operation = op("listPrivateLinkConnections", Serverless, Get, "/clusters/{clusterId}/privateLinkConnections", &["clusterId"], Some("privateLinkConnections"), Token, true, false);
pub const LIST_PROJECTS: Operation = op("listProjects", Iam, Get, "/projects", &[], Some("projects"), Token, true, false);
pub const LIST_REGIONS: Operation = op("listRegions", Dedicated, Get, "/regions", &[], Some("regions"), Token, true, false);
pub const LIST_RESTORES: Operation = op("listRestores", V1beta, Get, "/projects/{project_id}/restores", &["project_id"], Some("items"), Numbered, true, false);
pub const LIST_SERVERLESS_BACKUPS: Operation = op("listServerlessBackups", Serverless, Get, "/backups", &[], Some("backups"), Token, true, false);
pub const LIST_SERVERLESS_CHANGEFEEDS: Operation = op("listServerlessChangefeeds", Serverless, Get, "/clusters/{clusterId}/changefeeds", &["clusterId"], Some("changefeeds"), Token, true, false);
pub const LIST_SERVERLESS_CLOUD_PROVIDERS: Operation = op("listServerlessCloudProviders", Serverless, Get, "/regions:listCloudProviders", &[], Some("cloudProviders"), Single, true, false);
pub const LIST_SERVERLESS_CLUSTERS: Operation = op("listServerlessClusters", Serverless, Get, "/clusters", &[], Some("clusters"), Token, true, false);
pub const LIST_SERVERLESS_DATABASE_AUDIT_LOG_FILES: Operation = op("listServerlessDatabaseAuditLogFiles", Serverless, Get, "/clusters/{clusterId}/auditLog/files", &["clusterId"], Some("auditLogFiles"), Token, true, false);
pub const LIST_SERVERLESS_DATABASE_AUDIT_LOG_FILTER_RULES: Operation = op("listServerlessDatabaseAuditLogFilterRules", Serverless, Get, "/clusters/{clusterId}/auditLog/filterRules", &["clusterId"], Some("filterRules"), Token, true, false);
pub const LIST_SERVERLESS_IMPORTS: Operation = op("listServerlessImports", Serverless, Get, "/clusters/{clusterId}/imports", &["clusterId"], Some("imports"), Token, true, false);
pub const LIST_SERVERLESS_REGIONS: Operation = op("listServerlessRegions", Serverless, Get, "/regions", &[], Some("regions"), Single, true, false);
pub const LIST_SQL_USERS: Operation = op("listSqlUsers", Iam, Get, "/clusters/{clusterId}/sqlUsers", &["clusterId"], Some("sqlUsers"), Token, true, false);
pub const LIST_TIDB_NODE_GROUPS: Operation = op("listTidbNodeGroups", Dedicated, Get, "/clusters/{clusterId}/tidbNodeGroups", &["clusterId"], Some("tidbNodeGroups"), Token, true, false);
pub const LIST_VPC_PEERINGS: Operation = op("listVpcPeerings", Dedicated, Get, "/vpcPeerings", &[], Some("vpcPeerings"), Token, true, false);
pub const PAUSE_CHANGEFEED: Operation = op("pauseChangefeed", Dedicated, Post, "/changefeeds/{changefeedId}:pause", &["changefeedId"], None, NotAList, false, true);
pub const PAUSE_CLUSTER: Operation = op("pauseCluster", Dedicated, Post, "/clusters/{clusterId}:pauseCluster", &["clusterId"], None, NotAList, false, false);
pub const PAUSE_MIGRATION: Operation = op("pauseMigration", Serverless, Post, "/clusters/{clusterId}/migrations/{migrationId}:pause", &["clusterId", "migrationId"], None, NotAList, false, true);
pub const QUERY_COST_EXPLORER: Operation = op("queryCostExplorer", Billing, Post, "/billsCostExplorer", &[], None, NotAList, true, false);
pub const REPLACE_DATABASE_AUDIT_LOG_FILTER_RULE: Operation = op("replaceDatabaseAuditLogFilterRule", Dedicated, Post, "/clusters/{clusterId}/auditLogFilterRules/{auditLogFilterRuleId}:replaceAuditLogFilterRule", &["clusterId", "auditLogFilterRuleId"], None, NotAList, false, false);
pub const RESEND_MEMBER_INVITATION: Operation = op("resendMemberInvitation", Iam, Post, "/members/{userId}/resendInvitation", &["userId"], None, NotAList, false, true);
pub const RESET_BRANCH: Operation = op("resetBranch", Serverless, Post, "/clusters/{clusterId}/branches/{branchId}:reset", &["clusterId", "branchId"], None, NotAList, false, false);
pub const RESET_CLUSTER_ROOT_PASSWORD: Operation = op("resetClusterRootPassword", Dedicated, Post, "/clusters/{clusterId}:resetRootPassword", &["clusterId"], None, NotAList, false, true);
pub const RESET_SERVERLESS_CLUSTER_ROOT_PASSWORD: Operation = op("resetServerlessClusterRootPassword", Serverless, Put, "/clusters/{clusterId}/password", &["clusterId"], None, NotAList, true, true);
pub const RESTORE_SERVERLESS_CLUSTER: Operation = op("restoreServerlessCluster", Serverless, Post, "/clusters:restore", &[], None, NotAList, false, false);
pub const RESUME_CHANGEFEED: Operation = op("resumeChangefeed", Dedicated, Post, "/changefeeds/{changefeedId}:resume", &["changefeedId"], None, NotAList, false, true);
pub const RESUME_CLUSTER: Operation = op("resumeCluster", Dedicated, Post, "/clusters/{clusterId}:resumeCluster", &["clusterId"], None, NotAList, false, false);
pub const RESUME_MIGRATION: Operation = op("resumeMigration", Serverless, Post, "/clusters/{clusterId}/migrations/{migrationId}:resume", &["clusterId", "migrationId"], None, NotAList, false, true);
pub const SCALE_CHANGEFEED: Operation = op("scaleChangefeed", Dedicated, Post, "/changefeeds/{changefeedId}:scale", &["changefeedId"], None, NotAList, false, false);
pub const SHOW_CLOUD_PROVIDERS: Operation = op("showCloudProviders", Dedicated, Get, "/regions:showCloudProviders", &[], None, NotAList, true, false);
pub const SHOW_DATABASE_AUDIT_LOG_IAM_PRINCIPAL: Operation = op("showDatabaseAuditLogIamPrincipal", Dedicated, Get, "/clusters/{clusterId}/auditLogConfig:showObjectStorageAccessIamPrincipal", &["clusterId"], None, NotAList, true, false);
pub const SHOW_NODE_QUOTA: Operation = op("showNodeQuota", Dedicated, Get, "/clusters:showNodeQuota", &[], None, NotAList, true, false);
pub const START_SERVERLESS_CHANGEFEED: Operation = op("startServerlessChangefeed", Serverless, Post, "/clusters/{clusterId}/changefeeds/{changefeedId}:start", &["clusterId", "changefeedId"], None, NotAList, false, false);
pub const START_SERVERLESS_IMPORT_UPLOAD: Operation = op("startServerlessImportUpload", Serverless, Post, "/clusters/{clusterId}/imports:startUpload", &["clusterId"], None, NotAList, false, false);
pub const STOP_SERVERLESS_CHANGEFEED: Operation = op("stopServerlessChangefeed", Serverless, Post, "/clusters/{clusterId}/changefeeds/{changefeedId}:stop", &["clusterId", "changefeedId"], None, NotAList, false, false);
pub const TEST_SERVERLESS_CHANGEFEED: Operation = op("testServerlessChangefeed", Serverless, Post, "/clusters/{clusterId}/changefeeds:test", &["clusterId"], None, NotAList, false, true);
pub const UPDATE_API_KEY: Operation = op("updateApiKey", Iam, Patch, "/apikeys/{accessKey}", &["accessKey"], None, NotAList, true, true);
pub const UPDATE_BRANCH_SQL_USER: Operation = op("updateBranchSqlUser", Serverless, Patch, "/clusters/{clusterId}/branches/{branchId}/sqlUsers/{userName}", &["clusterId", "branchId", "userName"], None, NotAList, true, false);
pub const UPDATE_CLUSTER: Operation = op("updateCluster", Dedicated, Patch, "/clusters/{clusterId}", &["clusterId"], None, NotAList, true, false);
pub const UPDATE_DATABASE_AUDIT_LOG_CONFIG: Operation = op("updateDatabaseAuditLogConfig", Dedicated, Patch, "/clusters/{clusterId}/auditLogConfig", &["clusterId"], None, NotAList, true, false);
pub const UPDATE_LOG_REDACTION_POLICY: Operation = op("updateLogRedactionPolicy", Dedicated, Patch, "/clusters/{clusterId}/logRedactionPolicy", &["clusterId"], None, NotAList, true, false);
pub const UPDATE_MAINTENANCE_TASK: Operation = op("updateMaintenanceTask", Dedicated, Patch, "/maintenanceTasks/{maintenanceTaskId}", &["maintenanceTaskId"], None, NotAList, true, false);
pub const UPDATE_MAINTENANCE_WINDOW: Operation = op("updateMaintenanceWindow", Dedicated, Patch, "/maintenanceWindows/{maintenanceWindowId}", &["maintenanceWindowId"], None, NotAList, true, false);
pub const UPDATE_MEMBER: Operation = op("updateMember", Iam, Patch, "/members/{userId}", &["userId"], None, NotAList, true, true);
pub const UPDATE_PUBLIC_ENDPOINT_SETTING: Operation = op("updatePublicEndpointSetting", Dedicated, Patch, "/clusters/{clusterId}/tidbNodeGroups/{tidbNodeGroupId}/publicEndpointSetting", &["clusterId", "tidbNodeGroupId"], None, NotAList, true, false);
pub const UPDATE_SERVERLESS_CHANGEFEED: Operation = op("updateServerlessChangefeed", Serverless, Patch, "/clusters/{clusterId}/changefeeds/{changefeedId}", &["clusterId", "changefeedId"], None, NotAList, true, false);
pub const UPDATE_SERVERLESS_CLUSTER: Operation = op("updateServerlessCluster", Serverless, Patch, "/clusters/{clusterId}", &["clusterId"], None, NotAList, true, false);
pub const UPDATE_SERVERLESS_DATABASE_AUDIT_LOG_CONFIG: Operation = op("updateServerlessDatabaseAuditLogConfig", Serverless, Patch, "/clusters/{clusterId}/auditLog/config", &["clusterId"], None, NotAList, true, false);
pub const UPDATE_SERVERLESS_DATABASE_AUDIT_LOG_FILTER_RULE: Operation = op("updateServerlessDatabaseAuditLogFilterRule", Serverless, Patch, "/clusters/{clusterId}/auditLog/filterRules/{filterRuleId}", &["clusterId", "filterRuleId"], None, NotAList, true, false);
pub const UPDATE_SQL_USER: Operation = op("updateSqlUser", Iam, Patch, "/clusters/{clusterId}/sqlUsers/{userName}", &["clusterId", "userName"], None, NotAList, true, false);
pub const UPDATE_TIDB_NODE_GROUP: Operation = op("updateTidbNodeGroup", Dedicated, Patch, "/clusters/{clusterId}/tidbNodeGroups/{tidbNodeGroupId}", &["clusterId", "tidbNodeGroupId"], None, NotAList, true, false);

/// Every operation, by id.
pub static ALL: &[&Operation] = &[
    &ATTACH_PRIVATE_LINK_DOMAINS,
    &BATCH_CREATE_SERVERLESS_CLUSTERS,
    &BATCH_GET_SERVERLESS_CLUSTERS,
    &BATCH_UPDATE_MEMBERS,
    &CANCEL_EXPORT,
    &CANCEL_IMPORT,
    &CANCEL_SERVERLESS_IMPORT,
    &CANCEL_SERVERLESS_IMPORT_UPLOAD,
    &COMPLETE_SERVERLESS_IMPORT_UPLOAD,
    &CREATE_API_KEY,
    &CREATE_AWS_CMEK,
    &CREATE_BACKUP,
    &CREATE_BRANCH,
    &CREATE_CHANGEFEED,
    &CREATE_CLUSTER,
    &CREATE_DATABASE_AUDIT_LOG_FILTER_RULE,
    &CREATE_EXPORT,
    &CREATE_IMPORT,
    &CREATE_INTEGRATION,
    &CREATE_MIGRATION,
    &CREATE_MIGRATION_PRECHECK,
    &CREATE_MSP_CUSTOMER_SIGNUP_URL,
    &CREATE_NETWORK_CONTAINER,
    &CREATE_PRIVATE_ENDPOINT_CONNECTION,
    &CREATE_PRIVATE_LINK_CONNECTION,
    &CREATE_PROJECT,
    &CREATE_RESTORE,
    &CREATE_SERVERLESS_CHANGEFEED,
    &CREATE_SERVERLESS_CHANGEFEED_PRIVATE_LINK_ENDPOINT,
    &CREATE_SERVERLESS_CLUSTER,
    &CREATE_SERVERLESS_DATABASE_AUDIT_LOG_FILTER_RULE,
    &CREATE_SERVERLESS_IMPORT,
    &CREATE_SQL_USER,
    &CREATE_TIDB_NODE_GROUP,
    &CREATE_VPC_PEERING,
    &DELETE_API_KEY,
    &DELETE_BACKUP,
    &DELETE_BRANCH,
    &DELETE_CHANGEFEED,
    &DELETE_CLUSTER,
    &DELETE_DATABASE_AUDIT_LOG_FILTER_RULE,
    &DELETE_EXPORT,
    &DELETE_INTEGRATION,
    &DELETE_MEMBER,
    &DELETE_MIGRATION,
    &DELETE_MIGRATION_PRECHECK,
    &DELETE_NETWORK_CONTAINER,
    &DELETE_PRIVATE_ENDPOINT_CONNECTION,
    &DELETE_PRIVATE_LINK_CONNECTION,
    &DELETE_SERVERLESS_BACKUP,
    &DELETE_SERVERLESS_CHANGEFEED,
    &DELETE_SERVERLESS_CHANGEFEED_PRIVATE_LINK_ENDPOINT,
    &DELETE_SERVERLESS_CLUSTER,
    &DELETE_SERVERLESS_DATABASE_AUDIT_LOG_FILTER_RULE,
    &DELETE_SQL_USER,
    &DELETE_TIDB_NODE_GROUP,
    &DELETE_VPC_PEERING,
    &DESCRIBE_SERVERLESS_CHANGEFEED_SCHEMA_TABLE,
    &DETACH_PRIVATE_LINK_DOMAINS,
    &DOWNLOAD_EXPORT,
    &DOWNLOAD_EXPORT_FILES,
    &DOWNLOAD_SERVERLESS_DATABASE_AUDIT_LOG_FILES,
    &EDIT_CHANGEFEED_DOWNSTREAM_CONFIG,
    &GENERATE_DATABASE_AUDIT_LOG_DOWNLOAD_ADDRESS,
    &GET_API_KEY,
    &GET_AWS_CMEK,
    &GET_BACKUP,
    &GET_BRANCH,
    &GET_CHANGEFEED,
    &GET_CLUSTER,
    &GET_COST_EXPLORER_ARGS,
    &GET_DATABASE_AUDIT_LOG_CONFIG,
    &GET_DATABASE_AUDIT_LOG_FILTER_RULE,
    &GET_DB_USER,
    &GET_EXPORT,
    &GET_IMPORT,
    &GET_LOG_REDACTION_POLICY,
    &GET_MAINTENANCE_TASK,
    &GET_MAINTENANCE_WINDOW,
    &GET_MIGRATION,
    &GET_MIGRATION_PRECHECK,
    &GET_MONTHLY_BILL,
    &GET_MONTHLY_BILL_DETAILS,
    &GET_MSP_CUSTOMER,
    &GET_NETWORK_CONTAINER,
    &GET_NODE_INSTANCE,
    &GET_NODE_SPEC,
    &GET_PRIVATE_ENDPOINT_CONNECTION,
    &GET_PRIVATE_LINK_AVAILABILITY_ZONES,
    &GET_PRIVATE_LINK_CONNECTION,
    &GET_PRIVATE_LINK_SERVICE,
    &GET_PUBLIC_ENDPOINT_SETTING,
    &GET_REGION,
    &GET_RESTORE,
    &GET_SERVERLESS_BACKUP,
    &GET_SERVERLESS_CHANGEFEED,
    &GET_SERVERLESS_CHANGEFEED_PRIVATE_LINK_ENDPOINT,
    &GET_SERVERLESS_CLUSTER,
    &GET_SERVERLESS_DATABASE_AUDIT_LOG_CONFIG,
    &GET_SERVERLESS_DATABASE_AUDIT_LOG_FILTER_RULE,
    &GET_SERVERLESS_IMPORT,
    &GET_SQL_USER,
    &GET_TIDB_NODE_GROUP,
    &GET_VPC_PEERING,
    &INVITE_MEMBERS,
    &LIST_API_KEYS,
    &LIST_AUDIT_LOGS,
    &LIST_BACKUPS,
    &LIST_BRANCHES,
    &LIST_CHANGEFEED_RCUS,
    &LIST_CHANGEFEEDS,
    &LIST_CLUSTERS,
    &LIST_DATABASE_AUDIT_LOG_FILES,
    &LIST_DATABASE_AUDIT_LOG_FILTER_RULES,
    &LIST_EXPORT_FILES,
    &LIST_EXPORTS,
    &LIST_IMPORTS,
    &LIST_INTEGRATIONS,
    &LIST_MAINTENANCE_TASKS,
    &LIST_MAINTENANCE_WINDOWS,
    &LIST_MEMBERS,
    &LIST_MIGRATIONS,
    &LIST_MSP_CUSTOMERS,
    &LIST_NETWORK_CONTAINERS,
    &LIST_NODE_INSTANCES,
    &LIST_NODE_SPECS,
    &LIST_PRIVATE_ENDPOINT_CONNECTIONS,
    &LIST_PRIVATE_LINK_CONNECTIONS,
    &LIST_PROJECTS,
    &LIST_REGIONS,
    &LIST_RESTORES,
    &LIST_SERVERLESS_BACKUPS,
    &LIST_SERVERLESS_CHANGEFEEDS,
    &LIST_SERVERLESS_CLOUD_PROVIDERS,
    &LIST_SERVERLESS_CLUSTERS,
    &LIST_SERVERLESS_DATABASE_AUDIT_LOG_FILES,
    &LIST_SERVERLESS_DATABASE_AUDIT_LOG_FILTER_RULES,
    &LIST_SERVERLESS_IMPORTS,
    &LIST_SERVERLESS_REGIONS,
    &LIST_SQL_USERS,
    &LIST_TIDB_NODE_GROUPS,
    &LIST_VPC_PEERINGS,
    &PAUSE_CHANGEFEED,
    &PAUSE_CLUSTER,
    &PAUSE_MIGRATION,
    &QUERY_COST_EXPLORER,
    &REPLACE_DATABASE_AUDIT_LOG_FILTER_RULE,
    &RESEND_MEMBER_INVITATION,
    &RESET_BRANCH,
    &RESET_CLUSTER_ROOT_PASSWORD,
    &RESET_SERVERLESS_CLUSTER_ROOT_PASSWORD,
    &RESTORE_SERVERLESS_CLUSTER,
    &RESUME_CHANGEFEED,
    &RESUME_CLUSTER,
    &RESUME_MIGRATION,
    &SCALE_CHANGEFEED,
    &SHOW_CLOUD_PROVIDERS,
    &SHOW_DATABASE_AUDIT_LOG_IAM_PRINCIPAL,
    &SHOW_NODE_QUOTA,
    &START_SERVERLESS_CHANGEFEED,
    &START_SERVERLESS_IMPORT_UPLOAD,
    &STOP_SERVERLESS_CHANGEFEED,
    &TEST_SERVERLESS_CHANGEFEED,
    &UPDATE_API_KEY,
    &UPDATE_BRANCH_SQL_USER,
    &UPDATE_CLUSTER,
    &UPDATE_DATABASE_AUDIT_LOG_CONFIG,
    &UPDATE_LOG_REDACTION_POLICY,
    &UPDATE_MAINTENANCE_TASK,
    &UPDATE_MAINTENANCE_WINDOW,
    &UPDATE_MEMBER,
    &UPDATE_PUBLIC_ENDPOINT_SETTING,
    &UPDATE_SERVERLESS_CHANGEFEED,
    &UPDATE_SERVERLESS_CLUSTER,
    &UPDATE_SERVERLESS_DATABASE_AUDIT_LOG_CONFIG,
    &UPDATE_SERVERLESS_DATABASE_AUDIT_LOG_FILTER_RULE,
    &UPDATE_SQL_USER,
    &UPDATE_TIDB_NODE_GROUP,
];
