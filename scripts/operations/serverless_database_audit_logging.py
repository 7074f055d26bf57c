"""Starter and Essential database audit logging: a cluster's audit-log
configuration, its filter rules, and the log files kept by TiDB Cloud with
their download URLs. Paths are written from the host's root."""

FILES = {"serverless": ["serverless-auditlog-v1beta1.cli.json"]}

_BASE = "/v1beta1/clusters/{clusterId}/auditLog"

OPERATIONS = [
    ("getServerlessDatabaseAuditLogConfig", "serverless", "get", _BASE + "/config"),
    ("updateServerlessDatabaseAuditLogConfig", "serverless", "patch", _BASE + "/config"),
    ("listServerlessDatabaseAuditLogFilterRules", "serverless", "get", _BASE + "/filterRules"),
    ("createServerlessDatabaseAuditLogFilterRule", "serverless", "post", _BASE + "/filterRules"),
    ("getServerlessDatabaseAuditLogFilterRule", "serverless", "get",
     _BASE + "/filterRules/{filterRuleId}"),
    ("updateServerlessDatabaseAuditLogFilterRule", "serverless", "patch",
     _BASE + "/filterRules/{filterRuleId}"),
    ("deleteServerlessDatabaseAuditLogFilterRule", "serverless", "delete",
     _BASE + "/filterRules/{filterRuleId}"),
    ("listServerlessDatabaseAuditLogFiles", "serverless", "get", _BASE + "/files"),
    ("downloadServerlessDatabaseAuditLogFiles", "serverless", "post", _BASE + "/files:download"),
]

# Credentials of a bucket are sent, never answered: write-only, and required
# of a request by the mock's own checks only.
OVERRIDES = [
    (f"serverless.Serverless{name}", "required", "remove", "secret")
    for name in ("S3CloudStorageAccessKey", "OSSCloudStorageAccessKey")
] + [
    (f"serverless.Serverless{name}", f"properties/{field}", "set", {"writeOnly": True})
    for name, field in (("S3CloudStorageAccessKey", "secret"),
                        ("OSSCloudStorageAccessKey", "secret"),
                        ("GCSCloudStorage", "serviceAccountKey"),
                        ("AzureBlobCloudStorage", "sasToken"))
]
