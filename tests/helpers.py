"""Shared test data and small helpers."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

DEFAULT_PROJECT = "1372813089189561287"  # the mock's first project
OTHER_PROJECT = "1372813089189561288"


def utc_today() -> dt.date:
    """Today where the service (and the mock) keeps its calendar: in UTC, whatever
    the machine's time zone."""
    return dt.datetime.now(dt.timezone.utc).date()


def utc_month() -> str:
    """This month in UTC, as `YYYY-MM`: the month the mock bills."""
    return f"{utc_today():%Y-%m}"


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


S3 = {"uri": "s3://sales-data/2025/", "authType": "ROLE_ARN",
      "roleArn": "arn:aws:iam::123456789012:role/import"}


def import_args(file_type: str = "CSV", source: dict[str, Any] | None = None,
                **options: Any) -> dict[str, Any]:
    """`imports.create` arguments: a CSV import from S3 unless told otherwise."""
    return {"creation_details": {
        "importOptions": {"fileType": file_type, **options},
        "source": source if source is not None else {"type": "S3", "s3": dict(S3)},
    }}


def put_parts(urls: list[str], data: bytes | None = None) -> list[dict[str, Any]]:
    """PUT one piece of `data` (a small CSV by default) to each presigned URL,
    as a client of the storage does; the parts with their ETags, in order."""
    import urllib.request

    data = data if data is not None else b"id,name\n" + b"".join(
        f"{i},n{i}\n".encode() for i in range(len(urls) * 3))
    step = -(-len(data) // len(urls))
    parts = []
    for n, url in enumerate(urls, 1):
        put = urllib.request.Request(url, data=data[(n - 1) * step:n * step], method="PUT")
        with urllib.request.urlopen(put) as r:
            parts.append({"partNumber": n, "etag": r.headers["ETag"]})
    return parts
