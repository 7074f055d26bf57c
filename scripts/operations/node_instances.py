"""Dedicated clusters' node instances, one per TiDB, TiKV, TiFlash, PD and
TiProxy node, and each cluster's log redaction policy."""

OPERATIONS = [
    ("listNodeInstances", "dedicated", "get", "/clusters/{clusterId}/nodeInstances"),
    ("getNodeInstance", "dedicated", "get", "/clusters/{clusterId}/nodeInstances/{instanceId}"),
    ("getLogRedactionPolicy", "dedicated", "get", "/clusters/{clusterId}/logRedactionPolicy"),
    ("updateLogRedactionPolicy", "dedicated", "patch", "/clusters/{clusterId}/logRedactionPolicy"),
]

# The definitions name the path parameter after the body's field.
SOURCE_PATHS = {
    "updateLogRedactionPolicy": "/clusters/{logRedactionPolicy.clusterId}/logRedactionPolicy",
}
