"""Write src/operations/table.rs, the operation table, from spec/tidbcloud-live.yml.

One row per operation: its id, server, method, path template below the
server's base URL, path parameters, and for a list its items key and paging
kind. The request builders, the mock's router, the waiters and the stubs all
read this table, so an operation's method and path are written in the spec
alone.

    python scripts/gen_operations.py           # rewrite the table
    python scripts/gen_operations.py --check   # exit 1 when it is stale
"""

from __future__ import annotations

import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC = os.path.join(ROOT, "spec", "tidbcloud-live.yml")
OUT = os.path.join(ROOT, "src", "operations", "table.rs")

SERVERS = {
    "dedicated": "Dedicated",
    "iam": "Iam",
    "billing": "Billing",
    "v1beta": "V1beta",
    "serverless": "Serverless",
    "iam_root": "IamRoot",
}

# The Starter/Essential spec writes paths from its host's root; the client's
# base URL for that server already ends in the version.
BASE_PATHS = {"serverless": "/v1beta1"}

# POSTs that change nothing (a download URL is made afresh each time), so a
# failed one may be sent again like a read.
READ_ONLY_POSTS = {"queryCostExplorer", "generateDatabaseAuditLogDownloadAddress",
                   "downloadServerlessDatabaseAuditLogFiles"}


def resolve(schemas: dict, s: dict) -> dict:
    while True:
        if "$ref" in s:
            s = schemas[s["$ref"].split("/")[-1]]
        elif "allOf" in s and len(s["allOf"]) == 1:
            s = s["allOf"][0]
        else:
            return s


def answers_nothing(schemas: dict, op: dict) -> bool:
    """Whether the operation's answer may be empty: its 200 has no body, or
    an object with no fields. Every other answer must have a body."""
    ok = op["responses"].get("200", {})
    schema = ok.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return True
    s = resolve(schemas, schema)
    return s.get("type") == "object" and not s.get("properties") and "allOf" not in s


def rows(spec: dict) -> list[dict]:
    schemas = spec["components"]["schemas"]
    out = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            server = op["tags"][0]
            rel = path.removeprefix(BASE_PATHS.get(server, ""))
            row = {
                "id": op["operationId"],
                "server": server,
                "method": method.upper(),
                "path": rel,
                "params": re.findall(r"{([^}]+)}", rel),
                "items_key": None,
                "paging": "NotAList",
                "idempotent": method != "post" or op["operationId"] in READ_ONLY_POSTS,
                "answers_nothing": answers_nothing(schemas, op),
            }
            if op["operationId"].startswith("list"):
                body = op["responses"]["200"]["content"]["application/json"]["schema"]
                props = resolve(schemas, body).get("properties", {})
                arrays = [k for k, v in props.items() if resolve(schemas, v).get("type") == "array"]
                if len(arrays) != 1:
                    raise SystemExit(f"{row['id']}: a list needs one array field, has {arrays}")
                row["items_key"] = arrays[0]
                queries = {p["name"] for p in op.get("parameters", []) if p["in"] == "query"}
                if "nextPageToken" in props:
                    row["paging"] = "Token"
                elif "page" in queries:
                    row["paging"] = "Numbered"
                else:
                    row["paging"] = "Single"
            out.append(row)
    return sorted(out, key=lambda r: r["id"])


def const_name(op_id: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", op_id).upper()


def names(values: set[str]) -> str:
    return ", ".join(sorted(values))


def render(table: list[dict]) -> str:
    methods = names({r["method"].capitalize() for r in table})
    pagings = names({r["paging"] for r in table})
    servers = names({SERVERS[r["server"]] for r in table})
    lines = [
        "//! The operation table, written by scripts/gen_operations.py from",
        "//! spec/tidbcloud-live.yml. Do not edit: change the spec and run the script.",
        "//! One operation a line: id, server, method, path, path parameters, items",
        "//! key, paging, whether a failed attempt may be sent again, and whether",
        "//! the answer may be empty.",
        "",
        f"use super::Method::{{{methods}}};",
        f"use super::Paging::{{{pagings}}};",
        "use super::{op, Operation};",
        f"use crate::config::Server::{{{servers}}};",
        "",
    ]
    for r in table:
        items = f'Some("{r["items_key"]}")' if r["items_key"] else "None"
        paging = r["paging"]
        params = ", ".join(f'"{p}"' for p in r["params"])
        lines.append(
            f"pub const {const_name(r['id'])}: Operation = op(\"{r['id']}\", "
            f"{SERVERS[r['server']]}, {r['method'].capitalize()}, \"{r['path']}\", "
            f"&[{params}], {items}, {paging}, {'true' if r['idempotent'] else 'false'}, "
            f"{'true' if r['answers_nothing'] else 'false'});"
        )
    lines += ["", "/// Every operation, by id.", "pub static ALL: &[&Operation] = &["]
    lines += [f"    &{const_name(r['id'])}," for r in table]
    lines += ["];", ""]
    return "\n".join(lines)


def main() -> int:
    with open(SPEC) as f:
        text = render(rows(yaml.safe_load(f)))
    if "--check" in sys.argv:
        try:
            with open(OUT) as f:
                current = f.read()
        except FileNotFoundError:
            current = ""
        if current != text:
            print(f"{OUT} is stale: run python scripts/gen_operations.py", file=sys.stderr)
            return 1
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        f.write(text)
    print(f"wrote {OUT}: {text.count('pub const')} operations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
