"""The live API's own definitions (swagger 2.0, `<repo>/../shared/reference/live-api`),
read directly: which operation a request is, and whether its query and body are
ones the service defines. Nothing here reads the project's spec, so a mistake
made there cannot hide a mistake in what the client sends.

Where a published file (`*.docs.json`) and the CLI's (`*.cli.json`) both define
an operation, both count: a parameter or field defined in either is accepted,
and an enum is the union of both. The published file comes first when a value
is made up from a schema.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

REPO = Path(__file__).resolve().parent.parent
REFERENCE_DIR = REPO.parent / "shared" / "reference" / "live-api"

# The client's servers: the live host of each and the path its default URL
# has on that host (https://dedicated.tidbapi.com/v1beta1 and so on). A
# request is read relative to its server's URL, then placed below that path
# to meet the definitions, whose paths carry the rest.
SERVERS = {
    "dedicated": ("dedicated.tidbapi.com", "/v1beta1"),
    "iam": ("iam.tidbapi.com", "/v1beta1"),
    "billing": ("billing.tidbapi.com", "/v1beta1"),
    "v1beta": ("api.tidbcloud.com", "/api/v1beta"),
    "serverless": ("serverless.tidbapi.com", "/v1beta1"),
    "iam_root": ("iam.tidbapi.com", ""),
}

HTTP_METHODS = ("get", "put", "post", "patch", "delete")
INT32 = (-(2**31), 2**31 - 1)
Alt = tuple[dict, dict]  # a schema and the file it is read in (for its $refs)


def normalize(template: str) -> str:
    """A path template with its parameters unnamed: the files spell one
    parameter differently (`{clusterId}`, `{cluster.clusterId}`)."""
    return re.sub(r"{[^}]+}", "{}", template)


@dataclass
class Source:
    file: str
    doc: dict
    template: str  # the full path on the host, parameters as the file names them
    op: dict


@dataclass
class RefOperation:
    host: str
    method: str  # upper case
    key: str  # the normalized full path
    sources: list[Source] = field(default_factory=list)

    @property
    def label(self) -> str:
        files = ", ".join(s.file for s in self.sources)
        return f"{self.method} {self.host}{self.sources[0].template} ({files})"

    @property
    def operation_ids(self) -> set[str]:
        return {s.op["operationId"] for s in self.sources if s.op.get("operationId")}

    def _params(self, where: str) -> Iterable[tuple[dict, dict]]:
        for s in self.sources:
            for p in s.op.get("parameters", []):
                if p.get("in") == where:
                    yield p, s.doc

    def query(self) -> dict[str, list[Alt]]:
        out: dict[str, list[Alt]] = {}
        for p, doc in self._params("query"):
            out.setdefault(p["name"], []).append((p, doc))
        return out

    def body(self) -> list[Alt]:
        return [(p["schema"], doc) for p, doc in self._params("body")]

    def fields(self) -> dict[str, list[Alt]]:
        """The body's top-level fields and, one level down, the fields of the
        objects it holds (a PATCH's `cluster`), by name."""
        out: dict[str, list[Alt]] = {}
        for schema, doc in self.body():
            for name, ps in resolve(schema, doc).get("properties", {}).items():
                out.setdefault(name, []).append((ps, doc))
                for inner, s in resolve(ps, doc).get("properties", {}).items():
                    out.setdefault(inner, []).append((s, doc))
        return out

    def path_fields(self) -> set[str]:
        """`cluster.clusterId` and the like: body fields the path fills in."""
        return {n for s in self.sources
                for n in re.findall(r"{([^}]+)}", s.template) if "." in n}

    def wrapper(self) -> str | None:
        """The body field that holds the resource, where the path takes an id
        from it (`{cluster.clusterId}`, a body `{"cluster": ..., "updateMask"}`)."""
        heads = {n.split(".")[0] for n in self.path_fields()}
        for schema, doc in self.body():
            for name in resolve(schema, doc).get("properties", {}):
                if name in heads:
                    return name
        return None

    def settable(self) -> set[str]:
        """The query parameters and body fields a caller may set, the fields of
        a held resource as `cluster.displayName`; not the ids the path carries."""
        bound = {n.rsplit(".", 1)[1] for n in self.path_fields()}
        out = set(self.query()) | writable(self.body())
        wrap = self.wrapper()
        if wrap:
            inner = [(ps, doc) for schema, doc in self.body()
                     for name, ps in resolve(schema, doc).get("properties", {}).items()
                     if name == wrap]
            out |= {f"{wrap}.{n}" for n in writable(inner) - bound}
        return out - bound

    def regex(self) -> re.Pattern[str]:
        parts = re.split(r"{[^}]+}", self.sources[0].template)
        return re.compile("^" + "([^/]+?)".join(re.escape(p) for p in parts) + "$")


class Reference:
    def __init__(self, directory: Path = REFERENCE_DIR) -> None:
        if not directory.is_dir():
            raise FileNotFoundError(
                f"the live API definitions are not at {directory}: the repository is "
                "expected next to shared/ (shared/reference/live-api)")
        self.ops: dict[tuple[str, str, str], RefOperation] = {}
        # Published files first: their schemas make the examples.
        files = sorted(directory.glob("*.json"), key=lambda f: (".cli." in f.name, f.name))
        for f in files:
            doc = json.loads(f.read_text())
            base = doc.get("basePath") or ""
            for path, item in doc["paths"].items():
                for method, op in item.items():
                    if method not in HTTP_METHODS:
                        continue
                    template = base.rstrip("/") + path
                    k = (doc["host"], method.upper(), normalize(template))
                    ref = self.ops.setdefault(k, RefOperation(*k))
                    ref.sources.append(Source(f.name, doc, template, op))

    def find(self, host: str, method: str, template: str) -> RefOperation | None:
        return self.ops.get((host, method.upper(), normalize(template)))

    def match(self, host: str, method: str, path: str) -> list[RefOperation]:
        """The operations on `host` whose template matches `path` under any
        method, the most specific (most literal text) first."""
        hits = [r for (h, _, _), r in self.ops.items() if h == host and r.regex().match(path)]
        return sorted(hits, key=lambda r: (-len(r.key.replace("{}", "")), r.method != method))


# --- schemas -----------------------------------------------------------------

def resolve(schema: dict, doc: dict) -> dict:
    """`$ref` followed and `allOf` merged, within the file the schema is read in."""
    seen = 0
    while "$ref" in schema and seen < 50:
        schema = doc["definitions"][schema["$ref"].split("/")[-1]]
        seen += 1
    if "allOf" in schema:
        merged: dict = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            p = resolve(part, doc)
            merged.setdefault("properties", {})
            merged["properties"] = {**p.get("properties", {}), **merged["properties"]}
            for k, v in p.items():
                if k != "properties":
                    merged.setdefault(k, v)
        if not merged.get("properties"):
            merged.pop("properties", None)
        return merged
    return schema


def writable(alts: list[Alt]) -> set[str]:
    """The properties of an object that are not read-only."""
    return {name for schema, doc in alts
            for name, ps in resolve(schema, doc).get("properties", {}).items()
            if not (ps.get("readOnly") or resolve(ps, doc).get("readOnly"))}


def _type(s: dict) -> str | None:
    t = s.get("type")
    if isinstance(t, str) and t in ("string", "integer", "number", "boolean", "array", "object"):
        return t
    if "properties" in s or "additionalProperties" in s:
        return "object"
    if "items" in s:
        return "array"
    return None


def _num(v: Any) -> float | None:
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "null"


SECRET = re.compile(r"(password|secret|sastoken|serviceaccountkey|apikey)$", re.I)


def _show(value: Any, where: str) -> str:
    """A value for a message, masked where the field holds a credential."""
    return "'***'" if SECRET.search(where.split(".")[-1].split("[")[0]) else repr(value)


def check(value: Any, alts: list[Alt], where: str) -> list[str]:
    """What is wrong with `value` as an instance of any of `alts`, each read
    field by field: a field defined in any alternative is accepted."""
    rs = [(resolve(s, d), d) for s, d in alts]
    types = {_type(s) for s, _ in rs}
    if None in types:  # an alternative that says nothing constrains nothing
        return []
    got = _json_type(value)
    if got == "null":
        return [] if any(s.get("x-nullable") for s, _ in rs) else [f"{where}: null"]
    if got not in types and not (got == "integer" and "number" in types):
        says = "/".join(sorted(types))
        return [f"{where}: {got} {_show(value, where)}, the reference says {says}"]
    same = [(s, d) for s, d in rs if _type(s) == got or (got == "integer" and _type(s) == "number")]
    if got == "object":
        return _check_object(value, same, where)
    if got == "array":
        items = [(s["items"], d) for s, d in same if "items" in s]
        return [p for i, v in enumerate(value) for p in check(v, items, f"{where}[{i}]")] \
            if items else []
    return _check_scalar(value, [s for s, _ in same], where)


def _check_object(value: dict, alts: list[Alt], where: str) -> list[str]:
    problems: list[str] = []
    props: dict[str, list[Alt]] = {}
    extra: list[Alt] = []
    free = False
    for s, d in alts:
        for name, ps in s.get("properties", {}).items():
            props.setdefault(name, []).append((ps, d))
        ap = s.get("additionalProperties")
        if isinstance(ap, dict):
            extra.append((ap, d))
        elif ap is True or ("properties" not in s and ap is None):
            free = True
    for k, v in value.items():
        if k in props:
            if all(resolve(ps, d).get("readOnly") or ps.get("readOnly") for ps, d in props[k]):
                problems.append(f"{where}.{k}: read-only in the reference")
            problems += check(v, props[k], f"{where}.{k}")
        elif extra:
            problems += check(v, extra, f"{where}.{k}")
        elif not free:
            problems.append(f"{where}.{k}: not a field the reference defines "
                            f"(it has {', '.join(sorted(props)) or 'none'})")
    return problems


def _check_scalar(value: Any, alts: list[dict], where: str) -> list[str]:
    enums = [s.get("enum") for s in alts]
    if all(enums) and not any(value in e for e in enums if e):
        members = sorted({str(m) for e in enums if e for m in e})
        return [f"{where}: {_show(value, where)} is not one of {', '.join(members)}"]
    fails = []
    for s in alts:  # accepted when one alternative accepts it
        why = _scalar_problem(value, s)
        if why is None:
            return []
        fails.append(why)
    if not fails:
        return []
    return [f"{where}: {fails[0].replace(repr(value), _show(value, where))}"]


def _scalar_problem(value: Any, s: dict) -> str | None:
    fmt = s.get("format")
    if isinstance(value, str):
        if fmt == "date-time":
            try:
                datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                return f"{value!r} is not a date-time"
        if fmt in ("int64", "uint64") and not re.fullmatch(r"-?\d+", value):
            return f"{value!r} is not an {fmt} written as a string"
        lo, hi = _num(s.get("minLength")), _num(s.get("maxLength"))
        if (lo is not None and len(value) < lo) or (hi is not None and len(value) > hi):
            return f"{value!r} is not {s.get('minLength')} to {s.get('maxLength')} long"
        pattern = s.get("pattern")
        if isinstance(pattern, str):
            try:
                if not re.search(pattern, value):
                    return f"{value!r} does not match {pattern}"
            except re.error:
                pass
    elif isinstance(value, (int, float)):
        lo, hi = _num(s.get("minimum")), _num(s.get("maximum"))
        if fmt == "int32" or (fmt is None and s.get("type") == "integer"):
            lo = INT32[0] if lo is None else lo
            hi = INT32[1] if hi is None else hi
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            return f"{value!r} is out of [{lo}, {hi}]"
    return None


def check_query(target: str, params: dict[str, list[Alt]]) -> tuple[list[str], set[str]]:
    """The problems of a request target's query, and the names it carries."""
    query = target.partition("?")[2]
    values: dict[str, list[str]] = {}
    try:
        pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=bool(query))
    except ValueError:
        return [f"query {query!r} is malformed"], set()
    for k, v in pairs:
        values.setdefault(k, []).append(v)
    problems: list[str] = []
    for name, vs in values.items():
        where = f"query {name}"
        if name not in params:
            problems.append(f"{where}: not a parameter the reference defines "
                            f"(it has {', '.join(sorted(params)) or 'none'})")
            continue
        alts = [(resolve(p, d), d) for p, d in params[name]]
        arrays = [(s["items"], d) for s, d in alts if s.get("type") == "array" and "items" in s]
        if arrays:
            for i, v in enumerate(vs):
                problems += check(_from_query(v, [resolve(s, d) for s, d in arrays]),
                                  arrays, f"{where}[{i}]")
        elif len(vs) > 1:
            problems.append(f"{where}: sent {len(vs)} times, the reference defines one value")
        else:
            problems += check(_from_query(vs[0], [s for s, _ in alts]), alts, where)
    return problems, set(values)


def _from_query(raw: str, alts: list[dict]) -> Any:
    """A query value read as the type the reference gives it (left a string
    when it does not read as one, so the check says so)."""
    types = {_type(s) for s in alts}
    if "integer" in types and re.fullmatch(r"-?\d+", raw):
        return int(raw)
    if "number" in types:
        try:
            return float(raw)
        except ValueError:
            return raw
    if "boolean" in types and raw in ("true", "false"):
        return raw == "true"
    return raw


def path_values(ref: RefOperation, path: str) -> list[str]:
    m = ref.regex().match(path)
    return [unquote(g) for g in m.groups()] if m else []


# --- examples ----------------------------------------------------------------

def example(alts: list[Alt], name: str = "value", depth: int = 0) -> Any:
    """A value the reference accepts, made from its first alternative with
    every writable field filled in: an enum's first member, the reference's
    example, or a value of the type within its bounds."""
    s, doc = alts[0]
    s = resolve(s, doc)
    enum = [m for m in s.get("enum", []) if "UNSPECIFIED" not in str(m)]
    if enum:
        return enum[0]
    t = _type(s)
    given = s.get("example", s.get("x-example"))
    if t in ("string", "integer", "number", "boolean") and given is not None and \
            _json_type(given) in (t, "integer" if t == "number" else t) and \
            _scalar_problem(given, s) is None:
        return given  # the reference's own example, where it gives one
    if t == "object":
        if depth > 6:
            return {}
        out = {k: example([(ps, doc)], k, depth + 1)
               for k, ps in s.get("properties", {}).items()
               if not (ps.get("readOnly") or resolve(ps, doc).get("readOnly"))}
        if not out and isinstance(s.get("additionalProperties"), dict):
            out = {"env": example([(s["additionalProperties"], doc)], name, depth + 1)}
        return out
    if t == "array":
        return [example([(s.get("items", {}), doc)], name, depth + 1)]
    if t == "boolean":
        return True
    if t in ("integer", "number"):
        lo, hi = _num(s.get("minimum")), _num(s.get("maximum"))
        v = max(lo if lo is not None else 1, 1)
        v = min(v, hi) if hi is not None else v
        return int(v) if t == "integer" else v + 0.5
    return _string(s, name)


def _string(s: dict, name: str) -> str:
    fmt = s.get("format")
    if fmt == "date-time":
        return "2025-01-02T03:04:05Z"
    if fmt in ("int64", "uint64"):
        return "1379661944646413143"
    if fmt == "byte":
        return base64.b64encode(b"example").decode()
    candidates = [f"{name}-1", "example-1", "1379661944646413143", "aws-us-east-1",
                  "s3://bucket/path/", "arn:aws:iam::123456789012:role/example"]
    lo, hi = int(_num(s.get("minLength")) or 0), int(_num(s.get("maxLength")) or 10**6)
    pattern = s.get("pattern")
    for c in candidates:
        c = c.ljust(lo, "x")[:hi]
        if not isinstance(pattern, str) or re.search(pattern, c):
            return c
    return candidates[0]
