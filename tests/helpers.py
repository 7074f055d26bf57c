"""Shared test data and small helpers."""

from __future__ import annotations

import copy
from typing import Any

OTHER_PROJECT = "1372813089189561288"

COMPONENTS: dict[str, Any] = {
    "tidb": {"nodeSize": "8C16G", "nodeQuantity": 2},
    "tikv": {"nodeSize": "8C32G", "nodeQuantity": 3, "storageSize": 500},
}


def cluster_args(**over: Any) -> dict[str, Any]:
    args: dict[str, Any] = {
        "display_name": "prod",
        "cloud_provider": "AWS",
        "region_id": "aws-us-east-1",
        "components": copy.deepcopy(COMPONENTS),
    }
    args.update(over)
    return args

S3 = {"bucketUri": "s3://sales-data/2025/", "roleArn": "arn:aws:iam::123456789012:role/import"}


def import_args(**over: Any) -> dict[str, Any]:
    args: dict[str, Any] = {
        "source_type": "S3",
        "file_format": "CSV",
        "target_database": "sales",
        "s3_source": dict(S3),
    }
    args.update(over)
    return args
