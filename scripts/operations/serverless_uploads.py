"""Starter and Essential imports from a local file: the file goes up in parts
to presigned URLs (start, complete or cancel the upload), then an import
with source type LOCAL reads it."""

FILES = {"serverless": ["serverless-import-v1beta1.cli.json"]}

_IMPORTS = "/v1beta1/clusters/{clusterId}/imports"

OPERATIONS = [
    ("startServerlessImportUpload", "serverless", "post", _IMPORTS + ":startUpload"),
    ("completeServerlessImportUpload", "serverless", "post", _IMPORTS + ":completeUpload"),
    ("cancelServerlessImportUpload", "serverless", "post", _IMPORTS + ":cancelUpload"),
]

# The published reference's import source predates local files; the CLI's
# definitions add the LOCAL type and its `local` settings.
OVERRIDES = [
    ("serverless.ServerlessImportSource", "properties/type", "drop", ["$ref"]),
    ("serverless.ServerlessImportSource", "properties/type", "set",
     {"type": "string", "enum": ["LOCAL", "S3", "GCS", "AZURE_BLOB", "S3_COMPATIBLE", "OSS"]}),
    ("serverless.ServerlessImportSource", "properties", "set", {"local": {
        "type": "object",
        "properties": {
            "uploadId": {"type": "string"},
            "targetDatabase": {"type": "string"},
            "targetTable": {"type": "string"},
            "fileName": {"type": "string", "readOnly": True},
        },
        "required": ["uploadId", "targetDatabase", "targetTable"],
    }}),
]
