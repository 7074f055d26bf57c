"""Starter and Essential, the rest of their clusters: the cloud providers
they run on, clusters made and read in batches, and a branch's SQL user
password."""

FILES = {"serverless": ["serverless-branch-v1beta1.cli.json"]}

OPERATIONS = [
    ("listServerlessCloudProviders", "serverless", "get", "/v1beta1/regions:listCloudProviders"),
    ("batchCreateServerlessClusters", "serverless", "post", "/v1beta1/clusters:batchCreate"),
    ("batchGetServerlessClusters", "serverless", "get", "/v1beta1/clusters:batchGet"),
    ("updateBranchSqlUser", "serverless", "patch",
     "/v1beta1/clusters/{clusterId}/branches/{branchId}/sqlUsers/{userName}"),
]

SOURCE_PATHS = {
    "updateBranchSqlUser": "/v1beta1/clusters/{clusterId}/branches/{branchId}/sqlUsers/{username}",
}

OVERRIDES = [
    # A password is sent, never returned.
    ("serverless.ServerlessBranchServiceUpdateSqlUserBody", "properties/password", "set",
     {"writeOnly": True}),
]
