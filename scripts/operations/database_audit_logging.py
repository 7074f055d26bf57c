"""Dedicated database audit logging: a cluster's audit-log configuration, the
IAM principal that writes to a customer's bucket, the log files and their
download addresses, and the filter rules that choose what is logged."""

_CLUSTER = "/clusters/{clusterId}"
_RULES = _CLUSTER + "/auditLogFilterRules"

OPERATIONS = [
    ("getDatabaseAuditLogConfig", "dedicated", "get", _CLUSTER + "/auditLogConfig"),
    ("updateDatabaseAuditLogConfig", "dedicated", "patch", _CLUSTER + "/auditLogConfig"),
    ("showDatabaseAuditLogIamPrincipal", "dedicated", "get",
     _CLUSTER + "/auditLogConfig:showObjectStorageAccessIamPrincipal"),
    # A list in all but its name: its answer pages like the others.
    ("listDatabaseAuditLogFiles", "dedicated", "get",
     _CLUSTER + "/auditLogConfig:queryAuditLogFiles"),
    ("generateDatabaseAuditLogDownloadAddress", "dedicated", "post",
     _CLUSTER + "/auditLogConfig:generateAuditLogFileDownloadAddress"),
    ("listDatabaseAuditLogFilterRules", "dedicated", "get", _RULES),
    ("createDatabaseAuditLogFilterRule", "dedicated", "post", _RULES),
    ("getDatabaseAuditLogFilterRule", "dedicated", "get", _RULES + "/{auditLogFilterRuleId}"),
    ("deleteDatabaseAuditLogFilterRule", "dedicated", "delete",
     _RULES + "/{auditLogFilterRuleId}"),
    ("replaceDatabaseAuditLogFilterRule", "dedicated", "post",
     _RULES + "/{auditLogFilterRuleId}:replaceAuditLogFilterRule"),
]

# The definitions name the path parameters after the body's fields.
SOURCE_PATHS = {
    "updateDatabaseAuditLogConfig": "/clusters/{auditLogConfig.clusterId}/auditLogConfig",
    "createDatabaseAuditLogFilterRule":
        "/clusters/{auditLogFilterRule.clusterId}/auditLogFilterRules",
    "replaceDatabaseAuditLogFilterRule":
        "/clusters/{auditLogFilterRule.clusterId}/auditLogFilterRules/"
        "{auditLogFilterRule.auditLogFilterRuleId}:replaceAuditLogFilterRule",
}

# The Azure SAS token is sent, never answered.
OVERRIDES = [
    ("dedicated.AuditLogConfig", "properties/azureSasToken", "set", {"writeOnly": True}),
]
