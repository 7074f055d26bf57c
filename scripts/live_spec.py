"""Write spec/tidbcloud-live.yml, the project's OpenAPI document of the live
TiDB Cloud API for every operation the client has, from the facts in the
reference definitions (../shared/reference/live-api): paths, methods,
parameters, field names, types, formats, enums, required lists and error
bodies. No prose is carried over: descriptions, titles, summaries and
examples are dropped, and operations keep the ids of spec/tidb-cloud-api.yml.

Where a definition and the service's own request samples disagree, the
document follows the samples (see OVERRIDES).

    python scripts/live_spec.py [REFERENCE_DIR]
"""

from __future__ import annotations

import copy
import json
import os
import re
import runpy
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# server -> (reference files, base URL). A server's operations and schemas are
# looked up in its files in order: the published reference first, then the
# CLI's definitions for what the reference leaves out.
SERVERS = {
    "dedicated": (["dedicated-v1beta1.docs.json", "dedicated-v1beta1.cli.json"],
                  "https://dedicated.tidbapi.com/v1beta1"),
    "iam": (["iam-v1beta1.docs.json", "iam-v1beta1.cli.json"], "https://iam.tidbapi.com/v1beta1"),
    "billing": (["billing-v1beta1.docs.json"], "https://billing.tidbapi.com/v1beta1"),
    # The IAM host's root: MSP customers live outside /v1beta1.
    "iam_root": (["iam-v1beta1.cli.json"], "https://iam.tidbapi.com"),
    "v1beta": (["v1beta.docs.json"], "https://api.tidbcloud.com/api/v1beta"),
    # Starter and Essential. Its paths overlap the Dedicated API's, so they are
    # written from the host's root (`/v1beta1/clusters`), as its backup
    # definitions write them.
    "serverless": (["serverless-v1beta1.docs.json", "serverless-backup-restore-v1beta1.cli.json",
                    "serverless-cluster-v1beta1.cli.json"],
                   "https://serverless.tidbapi.com"),
}

# The client's operations: (operationId, server, method, path). Where the
# definitions spell a path differently (`{tidbNodeGroup.clusterId}` for
# `{clusterId}`), SOURCE_PATHS gives their spelling; its parameters are renamed
# in order.
# The client's operations, one file a family in scripts/operations/: each
# defines OPERATIONS, rows of (operationId, server, method, path), and may add
# reference FILES per server, SOURCE_PATHS, OVERRIDES, BODY_OVERRIDES and
# OPTIONAL_BODIES of its own. Where the definitions spell a path differently
# (`{tidbNodeGroup.clusterId}` for `{clusterId}`), SOURCE_PATHS gives their
# spelling; its parameters are renamed in order.
FAMILIES = [
    runpy.run_path(os.path.join(ROOT, "scripts", "operations", f))
    for f in sorted(os.listdir(os.path.join(ROOT, "scripts", "operations")))
    if f.endswith(".py")
]
OPERATIONS = [row for f in FAMILIES for row in f["OPERATIONS"]]
for f in FAMILIES:
    for server, files in f.get("FILES", {}).items():
        SERVERS[server][0].extend(x for x in files if x not in SERVERS[server][0])

# Operations of the v1beta API carry its base path in their definitions.
V1BETA_PREFIX = "/api/v1beta"

# (operationId, request body pointer, action, value): like OVERRIDES, for the
# bodies defined inline in an operation.
BODY_OVERRIDES = [
    # The restore body requires a `cluster_spec` it does not define; the
    # service's sample sends `config`.
    ("createRestore", "required", "remove", "cluster_spec"),
]

SOURCE_PATHS = {
    # The Starter/Essential reference writes its paths below `/v1beta1`.
    "updateServerlessCluster": "/clusters/{cluster.clusterId}",
    "getServerlessImport": "/clusters/{clusterId}/imports/{id}",
    "cancelServerlessImport": "/clusters/{clusterId}/imports/{id}:cancel",
    # The CLI's IAM definitions carry the version in their paths.
    "listProjects": "/v1beta1/projects",
    "listSqlUsers": "/v1beta1/clusters/{clusterId}/sqlUsers",
    "createSqlUser": "/v1beta1/clusters/{clusterId}/sqlUsers",
    "getSqlUser": "/v1beta1/clusters/{clusterId}/sqlUsers/{userName}",
    "updateSqlUser": "/v1beta1/clusters/{clusterId}/sqlUsers/{userName}",
    "deleteSqlUser": "/v1beta1/clusters/{clusterId}/sqlUsers/{userName}",
    "createPrivateEndpointConnection":
        "/clusters/{clusterId}/tidbNodeGroups/{privateEndpointConnection.tidbNodeGroupId}"
        "/privateEndpointConnections",
    "createTidbNodeGroup": "/clusters/{tidbNodeGroup.clusterId}/tidbNodeGroups",
    "updateTidbNodeGroup":
        "/clusters/{tidbNodeGroup.clusterId}/tidbNodeGroups/{tidbNodeGroup.tidbNodeGroupId}",
    "updatePublicEndpointSetting": "/clusters/{clusterId}/tidbNodeGroups/"
                                   "{publicEndpointSetting.tidbNodeGroupId}/publicEndpointSetting",
}

# Keys that carry facts; everything else (descriptions, titles, examples,
# vendor extensions) is left behind.
FACT_KEYS = {
    "type", "format", "enum", "required", "properties", "items", "additionalProperties",
    "readOnly", "allOf", "$ref", "minimum", "maximum", "minLength", "maxLength", "pattern",
    "minItems", "maxItems", "default", "x-nullable",
}

# (schema name, JSON pointer inside it, action, value): where the definitions
# disagree with the service's own samples or its documented limits.
OVERRIDES = [
    # The create sample sends no port; the service picks 4000.
    ("dedicated.Cluster", "required", "remove", "port"),
    # The update sample renames a cluster "My Cluster Updated By API": the
    # create-time name rule does not bind what a cluster may be called.
    ("dedicated.Cluster", "properties/displayName", "drop", ["pattern", "minLength"]),
    # The root password is 8 to 64 characters long (reference text).
    ("dedicated.ResetRootPasswordBody", "properties/rootPassword", "set",
     {"minLength": 8, "maxLength": 64}),
    # Credentials are sent, never returned (the field texts say so, though the
    # access key's required list names its secret): write-only, and required
    # of a request by the mock's own checks only.
    ("dedicated.S3SourceAccessKey", "required", "remove", "secret"),
    ("dedicated.S3SourceAccessKey", "properties/secret", "set", {"writeOnly": True}),
    ("dedicated.AzureBlobSource", "properties/sasToken", "set", {"writeOnly": True}),
    ("dedicated.GCSSource", "properties/serviceAccountKey", "set", {"writeOnly": True}),
    ("iam.CreateSqlUserReq", "properties/password", "set", {"writeOnly": True}),
    ("iam.UpdateSqlUserReq", "properties/password", "set", {"writeOnly": True}),
    ("serverless.ServerlessCluster", "properties/rootPassword", "set", {"writeOnly": True}),
    ("serverless.ServerlessClusterServiceChangeRootPasswordBody", "properties/password", "set",
     {"writeOnly": True, "minLength": 8, "maxLength": 64}),
] + [
    # The same for Starter/Essential imports and exports.
    (f"serverless.Serverless{name}", "required", "remove", "secret")
    for name in ("S3SourceAccessKey", "S3CompatibleSourceAccessKey", "OSSSourceAccessKey",
                 "S3TargetAccessKey", "OSSTargetAccessKey")
] + [
    (f"serverless.Serverless{name}", f"properties/{field}", "set", {"writeOnly": True})
    for name, field in (("S3SourceAccessKey", "secret"), ("S3CompatibleSourceAccessKey", "secret"),
                        ("OSSSourceAccessKey", "secret"), ("S3TargetAccessKey", "secret"),
                        ("OSSTargetAccessKey", "secret"), ("AzureBlobSource", "sasToken"),
                        ("AzureBlobTarget", "sasToken"), ("GCSSource", "serviceAccountKey"),
                        ("GCSTarget", "serviceAccountKey"))
]

# Operations whose definitions require a body that the service's own samples
# do not send: the body is optional.
OPTIONAL_BODIES = {"cancelImport", "queryCostExplorer"}

for _f in FAMILIES:
    SOURCE_PATHS.update(_f.get("SOURCE_PATHS", {}))
    OVERRIDES.extend(_f.get("OVERRIDES", []))
    BODY_OVERRIDES.extend(_f.get("BODY_OVERRIDES", []))
    OPTIONAL_BODIES.update(_f.get("OPTIONAL_BODIES", set()))

# (server, definition name) -> the name the document gives it, where the
# short name would be a resource class's (a family's SCHEMA_NAMES).
SCHEMA_NAMES: dict[tuple[str, str], str] = {}
for _f in FAMILIES:
    SCHEMA_NAMES.update(_f.get("SCHEMA_NAMES", {}))

SHORT_NAMES = {
    "tidb_cloud_open_apidedicatedv1beta1": "",
    "tidb_cloud_open_apiserverlessv1beta1": "",
    "serverlessv1beta1": "",
    "dedicatedv1beta1": "",
    "openapiv1beta1": "",
    "commonv1beta1": "",
    "v1beta1ClusterService": "",
    "v1beta1": "",
    "googlerpc": "Rpc",
    "protobuf": "Protobuf",
    "api.OpenApi": "",
    "api.": "",
    "controller.": "",
    "forms.": "",
    "billing_errors.": "Billing",
}


def short(server: str, name: str) -> str:
    name = SCHEMA_NAMES.get((server, name), name)
    for prefix, repl in SHORT_NAMES.items():
        if name.startswith(prefix):
            name = repl + name[len(prefix):]
            break
    name = name.replace(".", "")
    name = f"{name[:1].upper()}{name[1:]}"
    if server == "serverless" and not name.startswith("Serverless"):
        # Its Cluster, Region and Import are not the Dedicated ones.
        name = "Serverless" + name
    return f"{server}.{name}"


class Converter:
    def __init__(self, server: str, docs: list[dict]) -> None:
        self.server, self.docs = server, docs
        self.schemas: dict[str, dict] = {}

    def definition(self, name: str) -> dict:
        """A definition by name, from the first file that has it."""
        for d in self.docs:
            if name in d.get("definitions", {}):
                return d["definitions"][name]
        raise KeyError(name)

    def ref(self, ref: str) -> str:
        name = ref.split("/")[-1]
        target = short(self.server, name)
        if target not in self.schemas:
            self.schemas[target] = {}  # placeholder against cycles
            self.schemas[target] = self.schema(self.definition(name))
        return f"#/components/schemas/{target}"

    def schema(self, s: dict) -> dict:
        out: dict = {}
        for k, v in s.items():
            if k not in FACT_KEYS:
                continue
            if k == "$ref":
                return {"$ref": self.ref(v)}
            if k == "properties":
                out[k] = {p: self.schema(ps) for p, ps in v.items()}
            elif k in ("items", "additionalProperties") and isinstance(v, dict):
                out[k] = self.schema(v)
            elif k == "allOf":
                parts = [self.schema(p) for p in v]
                # `allOf` of one reference is how the definitions attach prose
                # to a field: it is that reference.
                out = parts[0] if len(parts) == 1 else {**out, "allOf": parts}
            elif k == "x-nullable":
                out["nullable"] = bool(v)
            elif k in ("minimum", "maximum", "default") and isinstance(v, str) \
                    and s.get("type") in ("integer", "number"):
                # The IAM definitions write numeric bounds as strings.
                out[k] = int(v) if s.get("type") == "integer" else float(v)
            else:
                out[k] = copy.deepcopy(v)
        if s.get("readOnly") and "$ref" in out:
            out = {"allOf": [out], "readOnly": True}
        return out

    def source(self, op_id: str, method: str, path: str) -> tuple[dict, dict[str, str]]:
        """The operation's definition, from the first file that has it, and the
        renaming of its path parameters to ours."""
        src_path = SOURCE_PATHS.get(op_id, path)
        if self.server == "v1beta":
            src_path = V1BETA_PREFIX + src_path
        for d in self.docs:
            if self.server == "serverless" and src_path not in d["paths"]:
                src_path = "/v1beta1" + src_path if not src_path.startswith("/v1beta1") \
                    else src_path.removeprefix("/v1beta1")
            if method in d["paths"].get(src_path, {}):
                names = re.findall(r"{([^}]+)}", src_path)
                ours = re.findall(r"{([^}]+)}", path)
                return d["paths"][src_path][method], dict(zip(names, ours, strict=True))
        raise KeyError(f"{method} {src_path}")

    def operation(self, op_id: str, method: str, path: str) -> dict:
        src, renamed = self.source(op_id, method, path)
        out: dict = {"operationId": op_id, "parameters": [], "responses": {}}
        for p in src.get("parameters", []):
            if p["in"] == "path":
                p = {**p, "name": renamed.get(p["name"], p["name"])}
            if p["in"] == "body":
                out["requestBody"] = {
                    "required": bool(p.get("required")) and op_id not in OPTIONAL_BODIES,
                    "content": {"application/json": {"schema": self.schema(p["schema"])}},
                }
                continue
            param = {"name": p["name"], "in": p["in"], "required": bool(p.get("required"))}
            sch = {k: v for k, v in p.items() if k in FACT_KEYS and k != "required"}
            if p.get("type") == "array":
                sch["items"] = self.schema(p.get("items", {"type": "string"}))
                param["explode"] = True
                param["style"] = "form"
            param["schema"] = self.schema(sch) if "$ref" not in sch else sch
            out["parameters"].append(param)
        if not out["parameters"]:
            del out["parameters"]
        for code, r in src.get("responses", {}).items():
            resp: dict = {"description": ""}
            if "schema" in r:
                resp["content"] = {"application/json": {"schema": self.schema(r["schema"])}}
            out["responses"][str(code)] = resp
        return out


def apply_overrides(schemas: dict, paths: dict) -> None:
    bodies = {op["operationId"]: op for item in paths.values() for op in item.values()}
    targets = [(schemas[name], pointer, action, value)
               for name, pointer, action, value in OVERRIDES]
    targets += [(bodies[op]["requestBody"]["content"]["application/json"]["schema"],
                 pointer, action, value) for op, pointer, action, value in BODY_OVERRIDES]
    for node, pointer, action, value in targets:
        parts = pointer.split("/")
        for part in parts[:-1]:
            node = node[part]
        last = parts[-1]
        if action == "remove":
            node[last] = [x for x in node[last] if x != value]
        elif action == "set":
            node[last].update(value)
        elif action == "drop":
            for key in value:
                node[last].pop(key, None)


def load(ref_dir: str) -> dict[str, list[dict]]:
    return {s: [json.load(open(os.path.join(ref_dir, f))) for f in files]
            for s, (files, _) in SERVERS.items()}


def build(ref_dir: str) -> dict:
    converters = {s: Converter(s, docs) for s, docs in load(ref_dir).items()}
    paths: dict = {}
    for op_id, server, method, path in OPERATIONS:
        op = converters[server].operation(op_id, method, path)
        op["servers"] = [{"url": SERVERS[server][1]}]
        op["tags"] = [server]
        paths.setdefault(path, {})[method] = op
    schemas: dict = {}
    for c in converters.values():
        schemas.update(c.schemas)
    apply_overrides(schemas, paths)
    return {
        "openapi": "3.0.3",
        "info": {"title": "TiDB Cloud API as tidbcloud speaks it", "version": "v1beta1"},
        "servers": [{"url": SERVERS["dedicated"][1]}],
        "components": {
            "securitySchemes": {"digest": {"type": "http", "scheme": "digest"}},
            "schemas": dict(sorted(schemas.items())),
        },
        "security": [{"digest": []}],
        "paths": paths,
    }


# Operations whose definitions' `x-codeSamples` (lang cURL) are kept too: the
# families that say CAMEL_SAMPLES.
CAMEL_SAMPLED = {row[0] for f in FAMILIES if f.get("CAMEL_SAMPLES") for row in f["OPERATIONS"]}


def samples(ref_dir: str) -> list[dict]:
    """The service's own request samples (curl commands) of our operations,
    by operation id, so the suite can replay them against the mock."""
    out = []
    converters = {s: Converter(s, docs) for s, docs in load(ref_dir).items()}
    for op_id, server, method, path in OPERATIONS:
        src, _ = converters[server].source(op_id, method, path)
        keys = ["x-code-samples"] + (["x-codeSamples"] if op_id in CAMEL_SAMPLED else [])
        for s in (s for k in keys for s in src.get(k, [])):
            if s.get("lang", "").lower() == "curl":
                out.append({"operationId": op_id, "curl": s["source"]})
    return out


def main() -> int:
    ref_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        ROOT, "..", "shared", "reference", "live-api")
    doc = build(ref_dir)
    out = os.path.join(ROOT, "spec", "tidbcloud-live.yml")
    with open(out, "w") as f:
        f.write("# Written by scripts/live_spec.py from the live definitions: facts only.\n")
        yaml.safe_dump(doc, f, sort_keys=False, width=100)
    print(f"wrote {out}: {len(OPERATIONS)} operations, {len(doc['components']['schemas'])} schemas")
    found = samples(ref_dir)
    with open(os.path.join(ROOT, "spec", "tidbcloud-live-samples.json"), "w") as f:
        json.dump(found, f, indent=1)
        f.write("\n")
    print(f"wrote {len(found)} request samples")
    return 0


if __name__ == "__main__":
    sys.exit(main())
