"""IAM: API keys, audit logs, projects and SQL users."""

OPERATIONS = [
    ("listApiKeys", "iam", "get", "/apikeys"),
    ("createApiKey", "iam", "post", "/apikeys"),
    ("getApiKey", "iam", "get", "/apikeys/{accessKey}"),
    ("updateApiKey", "iam", "patch", "/apikeys/{accessKey}"),
    ("deleteApiKey", "iam", "delete", "/apikeys/{accessKey}"),
    ("listAuditLogs", "iam", "get", "/auditLogs"),
    ("listProjects", "iam", "get", "/projects"),
    ("listSqlUsers", "iam", "get", "/clusters/{clusterId}/sqlUsers"),
    ("createSqlUser", "iam", "post", "/clusters/{clusterId}/sqlUsers"),
    ("getSqlUser", "iam", "get", "/clusters/{clusterId}/sqlUsers/{userName}"),
    ("updateSqlUser", "iam", "patch", "/clusters/{clusterId}/sqlUsers/{userName}"),
    ("deleteSqlUser", "iam", "delete", "/clusters/{clusterId}/sqlUsers/{userName}"),
]
