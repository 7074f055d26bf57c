"""Starter and Essential export files: the files a finished export left with
the service, and expiring URLs to download them."""

FILES = {"serverless": ["serverless-export-v1beta1.cli.json"]}

_EXPORT = "/v1beta1/clusters/{clusterId}/exports/{exportId}"

OPERATIONS = [
    ("listExportFiles", "serverless", "get", _EXPORT + "/files"),
    ("downloadExportFiles", "serverless", "post", _EXPORT + "/files:download"),
    ("downloadExport", "serverless", "post", _EXPORT + ":download"),
]
