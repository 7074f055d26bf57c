"""The last of what an operator of many clusters needs: the database user an
API key signs in to a cluster as, and a project's AWS customer-managed
encryption keys (the older v1beta API)."""

OPERATIONS = [
    ("getDbUser", "iam", "get", "/clusters/{clusterId}/dbuser"),
    ("getAwsCmek", "v1beta", "get", "/projects/{project_id}/aws-cmek"),
    ("createAwsCmek", "v1beta", "post", "/projects/{project_id}/aws-cmek"),
]

# The CLI's IAM definitions carry the version in this path.
SOURCE_PATHS = {
    "getDbUser": "/v1beta1/clusters/{clusterId}/dbuser",
}
