"""Shared test data and small helpers."""

from __future__ import annotations

import copy
from typing import Any

DEFAULT_PROJECT = "1372813089189561287"  # the mock's first project
OTHER_PROJECT = "1372813089189561288"

TIDB: dict[str, Any] = {"nodeSpecKey": "8C16G", "tidbNodeGroups": [{"nodeCount": 2}]}
TIKV: dict[str, Any] = {"nodeSpecKey": "8C32G", "nodeCount": 3, "storageSizeGi": 500}


def cluster_args(**over: Any) -> dict[str, Any]:
    """A create's arguments in the service's shapes (as its own sample sends them)."""
    args: dict[str, Any] = {
        "display_name": "prod",
        "region_id": "aws-us-east-1",
        "tidb_node_setting": copy.deepcopy(TIDB),
        "tikv_node_setting": copy.deepcopy(TIKV),
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
