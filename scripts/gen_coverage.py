"""Write the README's coverage table: every operation of every file of the
service's definitions (`<repo>/../shared/reference/live-api`), and where it
lives in the client, or, for an operation of the older v1beta API that the
v1beta1 API replaces, which call replaces it.

    python scripts/gen_coverage.py           # rewrite the table in README.md
    python scripts/gen_coverage.py --check   # exit 1 if it is stale or an
                                             # operation is neither covered
                                             # nor listed as replaced

Run it with the wheel installed: the client's methods come from it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from urllib.parse import urlsplit

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = os.path.join(os.path.dirname(ROOT), "shared", "reference", "live-api")
README = os.path.join(ROOT, "README.md")
SPEC = os.path.join(ROOT, "spec", "tidbcloud-live.yml")
START, END = "<!-- coverage: start -->", "<!-- coverage: end -->"
METHODS = ("get", "put", "post", "patch", "delete")

# Operations of the older v1beta API (api.tidbcloud.com/api/v1beta) that the
# v1beta1 APIs replace, with the call that does their work now.
REPLACED = {
    ("GET", "/api/v1beta/clusters/provider/regions"): "regions.list",
    ("GET", "/api/v1beta/projects"): "projects.list",
    ("GET", "/api/v1beta/projects/{}/clusters"): "clusters.list",
    ("POST", "/api/v1beta/projects/{}/clusters"): "clusters.create",
    ("GET", "/api/v1beta/projects/{}/clusters/{}"): "clusters.get",
    ("PATCH", "/api/v1beta/projects/{}/clusters/{}"):
        "clusters.update, clusters.pause, clusters.resume",
    ("DELETE", "/api/v1beta/projects/{}/clusters/{}"): "clusters.delete",
    ("GET", "/api/v1beta/projects/{}/clusters/{}/imports"): "imports.list",
    ("POST", "/api/v1beta/projects/{}/clusters/{}/imports"): "imports.create",
    ("GET", "/api/v1beta/projects/{}/clusters/{}/imports/{}"): "imports.get",
    ("PATCH", "/api/v1beta/projects/{}/clusters/{}/imports/{}"): "imports.cancel",
    ("GET", "/api/v1beta/projects/{}/clusters/{}/imports/role_info"):
        "imports.create (the role is given in `source.s3.roleArn`)",
    ("POST", "/api/v1beta/projects/{}/clusters/{}/imports/preview"):
        "imports.create (the import reports what it read)",
    ("POST", "/api/v1beta/projects/{}/clusters/{}/imports/upload_file"):
        "serverless.imports.upload_file (local files; Dedicated imports read buckets)",
    ("GET", "/api/v1beta/projects/{}/clusters/{}/private_endpoint_service"):
        "tidb_node_groups.get_private_link_service",
    ("POST", "/api/v1beta/projects/{}/clusters/{}/private_endpoint_service"):
        "tidb_node_groups.create (each node group has its service)",
    ("GET", "/api/v1beta/projects/{}/clusters/{}/private_endpoints"): "private_endpoints.list",
    ("POST", "/api/v1beta/projects/{}/clusters/{}/private_endpoints"): "private_endpoints.create",
    ("DELETE", "/api/v1beta/projects/{}/clusters/{}/private_endpoints/{}"):
        "private_endpoints.delete",
    ("GET", "/api/v1beta/projects/{}/private_endpoints"):
        "private_endpoints.list (per cluster and node group)",
}


def normalize(path: str) -> str:
    return re.sub(r"{[^}]+}", "{}", path)


def reference() -> dict[tuple[str, str, str], list[str]]:
    """(host, METHOD, path) -> the files that define it."""
    if not os.path.isdir(REFERENCE):
        raise SystemExit(f"the service's definitions are not at {REFERENCE}")
    out: dict[tuple[str, str, str], list[str]] = {}
    for name in sorted(os.listdir(REFERENCE)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(REFERENCE, name)) as f:
            doc = json.load(f)
        base = (doc.get("basePath") or "").rstrip("/")
        for path, item in doc["paths"].items():
            for method in item:
                if method in METHODS:
                    key = (doc["host"], method.upper(), normalize(base + path))
                    out.setdefault(key, []).append(name)
    return out


def implemented() -> dict[tuple[str, str, str], str]:
    """(host, METHOD, path) -> the client's call(s) of that operation."""
    from tidbcloud import _core
    from tidbcloud.cli import _attr_of, attribute_path

    calls: dict[str, list[str]] = {}
    for cls, method, op, kind in _core._operations():
        if kind != "wait":
            calls.setdefault(op, []).append(f"{attribute_path(_attr_of(cls))}.{method}")
    with open(SPEC) as f:
        spec = yaml.safe_load(f)
    out = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            url = urlsplit(op["servers"][0]["url"])
            key = (url.netloc, method.upper(), normalize(url.path.rstrip("/") + path))
            out[key] = ", ".join(f"`{c}`" for c in calls.get(op["operationId"], []))
    return out


def table() -> tuple[str, list[str]]:
    ref, ours = reference(), implemented()
    rows, missing = [], []
    for (host, method, path), files in sorted(ref.items(), key=lambda kv: (kv[1][0], kv[0])):
        where = ours.get((host, method, path))
        if not where and (method, path) in REPLACED:
            call, _, why = REPLACED[method, path].partition(" (")
            where = f"replaced by `{call}`" + (f" ({why}" if why else "")
        if not where:
            missing.append(f"{method} {host}{path} ({', '.join(files)})")
            where = "**missing**"
        rows.append(f"| {', '.join(files)} | `{method} {host}{path}` | {where} |")
    covered = sum(1 for r in rows if "replaced by" not in r and "**missing**" not in r)
    head = (f"{len(rows)} operations in the service's definitions: {covered} are calls of "
            f"the client, {len(rows) - covered - len(missing)} of the older v1beta API are "
            "replaced by v1beta1 calls.\n\n"
            "| Definition | Operation (`{}` is a path parameter) | In the client |\n"
            "|---|---|---|\n")
    return head + "\n".join(rows) + "\n", missing


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    text, missing = table()
    with open(README) as f:
        readme = f.read()
    start, end = readme.index(START) + len(START), readme.index(END)
    new = readme[:start] + "\n" + text + readme[end:]
    if missing:
        print("neither in the client nor replaced:\n  " + "\n  ".join(missing), file=sys.stderr)
    if args.check:
        if new != readme:
            print("README.md's coverage table is stale: run python scripts/gen_coverage.py",
                  file=sys.stderr)
        return 1 if missing or new != readme else 0
    with open(README, "w") as f:
        f.write(new)
    print(f"wrote the coverage table of {README}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
