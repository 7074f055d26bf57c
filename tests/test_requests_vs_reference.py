"""What the client sends, held against the live API's own definitions
(`../shared/reference/live-api`, read by reference.py), not against the
project's spec: a mistake in the spec would pass the client, the stubs, the
CLI and the mock alike.

Every operation is called with every optional argument set, against a plain
recording server (servers/recording.py), and its one request must be:
- the reference operation that the client's operation names, by method and
  path, sent to that operation's server, with the ids in the path;
- made of query parameters and body fields the reference defines for that
  operation, of its types and enums, into nested objects;
- together with the other methods sending that operation, complete: every
  query parameter and body field the reference lets a caller set was sent,
  by a keyword argument or, for the exceptions in NOT_A_KEYWORD, through
  `extra_query=` / `extra_body=`.

The spec is read for one fact only: which operation (server, method, path) an
operation id stands for, and that operation must exist in the reference.
Waiters are checked as what they send: polls of their resource's `get`.
"""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from servers.recording import Recorded, RecordingServer

import tidbcloud
from reference import (
    SERVERS,
    Reference,
    RefOperation,
    check,
    check_query,
    example,
    path_values,
    resolve,
)
from tidbcloud import _core

REF = Reference()
SPEC = yaml.safe_load((Path(__file__).resolve().parent.parent / "spec" /
                       "tidbcloud-live.yml").read_text())
PUBLIC_KEY, PRIVATE_KEY = "recorder-public", "recorder-private-key"
PER_CALL = {"timeout", "extra_headers", "extra_query", "extra_body"}

# Plausible ids and names, and the arguments that the reference does not spell
# as a field (the client turns them into a filter expression or a label).
ARGS: dict[str, Any] = {
    "cluster_id": "1379661944646413143",
    "tidb_node_group_id": "1379661944646413144",
    "private_endpoint_connection_id": "pec-1379661944646413145",
    "network_container_id": "1379661944646413146",
    "vpc_peering_id": "1379661944646413147",
    "region_id": "aws-us-east-1",
    "component_type": "TIKV",
    "node_spec_key": "8C32G",
    "import_id": "import-2025-01-02",
    "id": "integration-1",
    "project_id": "1372813089189561287",
    "backup_id": "1379661944646413148",
    "restore_id": "1379661944646413149",
    "user_name": "app_user",
    "access_key": "AK7Q2X9Z",
    "billed_month": "2025-01",
    "branch_id": "bran-1379661944646413150",
    "export_id": "exp-1379661944646413151",
    "maintenance_window_id": "project-1372813089189561287",
    "maintenance_task_id": "1390000000000000001",
    "instance_id": "tikv-0",
    "user_id": "1370000000000000001",
    "private_link_connection_id": "plc-1379661944646413152",
    "changefeed_id": "1379661944646413152",
    "migration_id": "mig-1379661944646413153",
    "precheck_id": "pck-1379661944646413154",
    "filter_rule_id": "1379661944646413153",
    "customer_org_id": "1372813089206751001",
    "states": ["ACTIVE"],
    "event_types": ["CreateCluster"],
    "backup_time": "2025-01-02T03:04:05Z",
    "state": "ACTIVE",
    "cluster_ids": ["1379661944646413143"],
    "region_ids": ["aws-us-east-1"],
    "root_password": "Str0ng-Example-Pw",
    "cloud_provider": "aws",
    "display_name": "prod-1",
    "role": "org:member",
}

# (method, argument): values the reference's schema would not make (a name
# rule it writes no pattern for, a mask that must name fields).
OVERRIDES: dict[tuple[str, str], Any] = {
    ("ServerlessClusters.create", "display_name"): "starter-1",
    ("ServerlessClusters.list", "labels"): {"env": "prod"},
    ("ServerlessDatabaseAuditLogs.list_files", "date"): "2025-01-02",
    ("DatabaseAuditLogs.create_filter_rule", "event_types"): ["QUERY_DML"],
    ("DatabaseAuditLogs.replace_filter_rule", "event_types"): ["QUERY_DML"],
    ("ServerlessClusters.update", "update_mask"): "displayName,labels",
    ("Members.invite", "emails"): ["user@example.com"],
    ("ServerlessImports.complete_upload", "parts"): [{"partNumber": 1, "etag": "etag-1"}],
    ("ServerlessClusters.batch_create", "clusters"): [
        {"displayName": "starter-1", "region": {"name": "regions/aws-us-east-1"},
         "rootPassword": "Str0ng-Example-Pw"}],
}

# method -> the arguments each call leaves out, where the client takes one of
# several ways to say a thing (a restore from a snapshot, or to a point in
# time). Each way is one call; together they must reach every field.
VARIANTS: dict[str, list[set[str]]] = {
    "ServerlessClusters.restore": [{"cluster_id", "backup_time"}, {"backup_id"}],
    "ServerlessPrivateLinkConnections.create": [{"alicloud_endpoint_service"},
                                                {"aws_endpoint_service", "type"}],
}

# method -> (["query:name" | "body:name" | "body:wrapper.name"], why): what
# the reference defines that no keyword argument reaches. The test sends them
# through extra_query= / extra_body=, so they are checked like the rest.
# "GAP:" marks a keyword the client could offer.
NOT_A_KEYWORD: dict[str, tuple[list[str], str]] = {
    "PrivateEndpoints.create": (["query:validateOnly"], "GAP: the other Dedicated "
                                "creates take validate_only="),
    "Regions.list": (["query:skip"], "GAP: an offset into the pages; the other Dedicated "
                     "lists take skip=, and the pager walks every page anyway"),
    "Regions.list_node_specs": (["query:skip"], "GAP: as for Regions.list"),
    "Regions.get": (["query:projectId"], "GAP: regions as a project sees them"),
    "Regions.get_node_spec": (["query:projectId", "query:clusterId"],
                              "GAP: the filters list_node_specs takes as keywords"),
    "ServerlessClusters.list": (["query:orderBy"], "GAP: defined by the CLI's file only "
                                "(serverless-cluster-v1beta1.cli.json)"),
    "ServerlessClusters.create": (["body:auditLogConfig"], "database audit logging, defined "
                                  "by the CLI's file only; serverless.database_audit_logs."
                                  "update_config sets it on the cluster"),
    "ServerlessClusters.update": (["body:cluster.auditLogConfig"], "as for create"),
    "ServerlessBranches.create": (["body:annotations", "body:rootPassword"],
                                  "GAP: annotations (both files) and rootPassword (the "
                                  "CLI's file only)"),
    "DatabaseAuditLogs.create_filter_rule": (["body:dbExpr", "body:tableExpr",
                                              "body:accessTypeList"],
                                             "deprecated: legacy audit logging only"),
    "ServerlessRegions.list": (["query:cloudProvider", "query:servicePlan"],
                               "GAP: filters defined by the CLI's file only"),
}

# method -> ([parts of problems], why): what the client sends that the
# reference does not allow, left for the client to fix ("BUG:"). The test
# fails when one is no longer seen, so a fixed one leaves the list.
KNOWN: dict[str, tuple[list[str], str]] = {
}


# A method's verb, and the other words the reference uses for the same act:
# Starter/Essential call resetting the root password ChangeRootPassword,
# where Dedicated says ResetRootPassword; one method name serves both tiers.
# Starter/Essential changefeeds call an update EditChangefeed.
SAME_VERB: dict[str, tuple[str, ...]] = {
    "reset": ("change",),
    "update": ("edit",),
    # The reference lists a project's keys; the client gets them as one object.
    "Projects.get_aws_cmek": ("list",),
    # A migration's precheck is created by MigrationService_Precheck, and its
    # delete is CancelPrecheck.
    "ServerlessMigrationPrechecks.create": ("precheck",),
    "ServerlessMigrationPrechecks.delete": ("cancel",),
}


def _operations() -> list[tuple[str, str, str]]:
    """(method, operationId, kind) of every client method but the waiters."""
    return [(f"{cls}.{meth}", op, kind) for cls, meth, op, kind in _core._operations()
            if kind != "wait"]


OPERATIONS = _operations()
NAMES = [name for name, _, _ in OPERATIONS]


def spec_operation(op_id: str) -> tuple[str, str, str]:
    """(server, METHOD, full path template) that the spec gives `op_id`."""
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == op_id:
                url = urlsplit(op["servers"][0]["url"])
                full = url.path.rstrip("/") + path
                # The server of the longest base path that holds it (IAM's
                # /v1beta1 before the IAM host's root).
                server = max((name for name, (host, base) in SERVERS.items()
                              if host == url.netloc and full.startswith(base + "/")),
                             key=lambda name: len(SERVERS[name][1]))
                return server, method.upper(), full
    raise LookupError(f"{op_id} is not in spec/tidbcloud-live.yml")


def expected(op_id: str) -> tuple[str, RefOperation]:
    server, method, template = spec_operation(op_id)
    ref = REF.find(SERVERS[server][0], method, template)
    assert ref is not None, f"{op_id}: {method} {template} on {server} is in no reference file"
    return server, ref


def bound_method(client: Any, name: str) -> Any:
    """`Clusters.list` on a client (or its async twin)."""
    cls, meth = name.split(".")
    for owner in (client, client.serverless):
        for attr in dir(owner):
            obj = None if attr.startswith("_") else getattr(owner, attr)
            if type(obj).__name__ in (cls, f"Async{cls}"):
                return getattr(obj, meth)
    raise LookupError(name)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def _free_string(s: dict) -> bool:
    """A string (or a list of them) with no enum: an id or a name."""
    if s.get("type") == "array":
        s = s.get("items", {})
    return s.get("type") in (None, "string") and not s.get("enum")


def value_for(name: str, arg: str, ref: RefOperation) -> Any:
    """OVERRIDES, then a plausible id or name from ARGS where the reference
    asks for a free string, then a value made from the reference's schema."""
    if (name, arg) in OVERRIDES:
        return OVERRIDES[(name, arg)]
    known = {**ref.fields(), **ref.query()}
    alts = known.get(_camel(arg)) or known.get(arg)
    if alts and not (arg in ARGS and _free_string(resolve(*alts[0]))):
        return example(alts, _camel(arg))
    if arg in ARGS:
        return ARGS[arg]
    raise LookupError(f"{name}: no value for {arg}= (add one to ARGS or OVERRIDES)")


def call_arguments(name: str, method: Any, ref: RefOperation,
                   omit: set[str] = frozenset()) -> tuple[list, dict]:
    """Positional ids, and every keyword argument but `omit`."""
    args: list = []
    kwargs: dict = {}
    for p in inspect.signature(method).parameters.values():
        if p.name in PER_CALL or p.name in omit:
            continue
        if p.kind is inspect.Parameter.POSITIONAL_ONLY:
            args.append(ARGS[p.name])
        else:
            kwargs[p.name] = value_for(name, p.name, ref)
    return args, kwargs


def extras(name: str, ref: RefOperation, sent: Recorded) -> dict[str, dict]:
    """`extra_query=` and `extra_body=` with what NOT_A_KEYWORD lists for
    `name`. `extra_body=` replaces a top-level field whole, so a field of a
    held object (`cluster.auditLogConfig`) goes in a copy of the object that
    `sent` (the same call without extras) carried."""
    body = json.loads(sent.body) if sent.body else {}
    extra: dict[str, dict] = {"query": {}, "body": {}}
    for item in NOT_A_KEYWORD.get(name, ([], ""))[0]:
        where, _, dotted = item.partition(":")
        *outer, field = dotted.split(".")
        alts = ref.query()[field] if where == "query" else ref.fields()[field]
        part = extra[where]
        for key in outer:
            part = part.setdefault(key, dict(body.get(key, {})))
        part[field] = example(alts, field)
    return {f"extra_{where}": values for where, values in extra.items() if values}


def examine(rec: Recorded, name: str, server: str, ref: RefOperation,
            ids: list[str]) -> list[str]:
    """Everything wrong with one recorded request of method `name` as `ref`
    on `server`; `ids` are the call's positional arguments, the path's first."""
    sent_server, _, rel = rec.target.partition("?")[0].lstrip("/").partition("/")
    if sent_server == "iam":
        # The IAM endpoint ends in /v1beta1; the MSP calls are at its root.
        head, _, rest = rel.partition("/")
        sent_server, rel = ("iam", rest) if head == "v1beta1" else ("iam_root", rel)
    if sent_server != server:
        return [f"sent to the {sent_server} server, the operation is on {server}"]
    host, prefix = SERVERS[server]
    path = prefix + "/" + rel
    hits = REF.match(host, rec.method, path)
    if not hits or hits[0] is not ref or rec.method != ref.method:
        found = ", ".join(h.label for h in hits[:3]) or "no operation"
        return [f"{rec.method} {path} is not {ref.label}; it matches {found}"]
    problems = []
    verb = name.split(".")[1].split("_")[0]
    ids_of = ref.operation_ids
    verbs = {verb, *SAME_VERB.get(verb, ()), *SAME_VERB.get(name, ())}
    if ids_of and not any(v in i.lower() for i in ids_of for v in verbs):
        problems.append(f"{name} sends {'/'.join(sorted(ids_of))}, which is not a {verb}")
    values = path_values(ref, path)
    if values != ids[:len(values)] or len(values) > len(ids):
        problems.append(f"path ids {values} are not the arguments {ids}")
    problems += check_query(rec.target, ref.query())[0]
    if rec.body:
        if not rec.headers.get("content-type", "").startswith("application/json"):
            problems.append(f"body sent as {rec.headers.get('content-type')!r}, not JSON")
        body = json.loads(rec.body)
        if not ref.body():
            problems.append("a body, where the reference defines none")
        else:
            problems += check(body, ref.body(), "body")
    return problems


def sent_names(rec: Recorded, wrap: str | None) -> set[str]:
    names = check_query(rec.target, {})[1]
    body = json.loads(rec.body) if rec.body else {}
    if not isinstance(body, dict):
        return names  # a list body (the parts of an upload) has no field names
    names |= set(body)
    if wrap and isinstance(body.get(wrap), dict):
        names |= {f"{wrap}.{k}" for k in body[wrap]}
    return names


def assert_known(name: str, problems: list[str]) -> None:
    known = KNOWN.get(name, ([], ""))[0]
    new = [p for p in problems if not any(k in p for k in known)]
    gone = [k for k in known if not any(k in p for p in problems)]
    assert not new, f"{name} sends what the reference does not allow:\n" + "\n".join(new)
    assert not gone, f"{name}: no longer seen, remove from KNOWN: {gone}"


def client_options(srv: RecordingServer) -> dict[str, Any]:
    """Each server below a prefix of its own, so a request says which server it
    went to, whatever the prefixes of `base_url=` become."""
    return {"public_key": PUBLIC_KEY, "private_key": PRIVATE_KEY, "max_retries": 0,
            **{f"{name}_url": f"{srv.root}/{name}" for name in SERVERS if name != "iam_root"},
            # The MSP calls go to the IAM endpoint's root, without its /v1beta1.
            "iam_url": f"{srv.root}/iam/v1beta1"}


@pytest.fixture(scope="module")
def recorder():
    with RecordingServer(PUBLIC_KEY, PRIVATE_KEY) as srv:
        yield srv


@pytest.fixture(scope="module")
def client(recorder):
    with tidbcloud.TiDBCloud(**client_options(recorder)) as c:
        yield c


@pytest.fixture
async def aclient(recorder):
    async with tidbcloud.AsyncTiDBCloud(**client_options(recorder)) as c:
        yield c


def sharing(op_id: str) -> list[tuple[str, str]]:
    """(method, kind) of every method that sends `op_id`."""
    return [(name, kind) for name, oid, kind in OPERATIONS if oid == op_id]


def calls_sync(client: Any, recorder: RecordingServer, name: str, op_id: str,
               kind: str) -> list[tuple[list, Recorded]]:
    """Each variant's call with every keyword argument; then, where
    NOT_A_KEYWORD lists some, the first again with them as extras."""
    ref = expected(op_id)[1]
    method = bound_method(client, name)
    out: list[tuple[list, Recorded]] = []

    def send(args: list, kwargs: dict) -> None:
        recorder.take()
        result = method(*args, **kwargs)
        if kind == "pager":
            next(iter(result.pages()))
        out.append((args, one(name, recorder.take())))

    for omit in VARIANTS.get(name, [set()]):
        send(*call_arguments(name, method, ref, omit))
    if name in NOT_A_KEYWORD:
        args, kwargs = call_arguments(name, method, ref, VARIANTS.get(name, [set()])[0])
        send(args, {**kwargs, **extras(name, ref, out[0][1])})
    return out


async def calls_async(client: Any, recorder: RecordingServer, name: str, op_id: str,
                      kind: str) -> list[tuple[list, Recorded]]:
    """calls_sync on the async face."""
    ref = expected(op_id)[1]
    method = bound_method(client, name)
    out: list[tuple[list, Recorded]] = []

    async def send(args: list, kwargs: dict) -> None:
        recorder.take()
        if kind == "pager":
            async for _ in method(*args, **kwargs).pages():
                break
        else:
            await method(*args, **kwargs)
        out.append((args, one(name, recorder.take())))

    for omit in VARIANTS.get(name, [set()]):
        await send(*call_arguments(name, method, ref, omit))
    if name in NOT_A_KEYWORD:
        args, kwargs = call_arguments(name, method, ref, VARIANTS.get(name, [set()])[0])
        await send(args, {**kwargs, **extras(name, ref, out[0][1])})
    return out


def one(name: str, recs: list[Recorded]) -> Recorded:
    assert len(recs) == 1, f"{name} sent {len(recs)} requests: {[r.target for r in recs]}"
    return recs[0]


def verify(name: str, op_id: str, mine: list[tuple[list, Recorded]],
           others: list[tuple[list, Recorded]]) -> None:
    """`name`'s requests are ones the reference allows; with those of the other
    methods sending the same operation, they set every field it defines."""
    server, ref = expected(op_id)
    listed = {item.partition(":")[2] for item in NOT_A_KEYWORD.get(name, ([], ""))[0]}
    plain = mine[:-1] if listed else mine  # the last call sent them as extras
    reached = {n for _, rec in plain for n in sent_names(rec, ref.wrapper())} & listed
    assert not reached, f"{name}: a keyword reaches {sorted(reached)}; take it off NOT_A_KEYWORD"
    for args, rec in mine:
        assert_known(name, examine(rec, name, server, ref, args))
    sent: set[str] = set()
    for _, rec in mine + others:
        sent |= sent_names(rec, ref.wrapper())
    missing = ref.settable() - sent
    assert not missing, (f"{name}: the reference defines {sorted(missing)}, which no "
                         "argument reached (a keyword, or NOT_A_KEYWORD with a reason)")


@pytest.mark.parametrize(("name", "op_id", "kind"), OPERATIONS, ids=NAMES)
def test_request_matches_reference(client, recorder, name, op_id, kind):
    mine = calls_sync(client, recorder, name, op_id, kind)
    others = [c for other, k in sharing(op_id) if other != name
              for c in calls_sync(client, recorder, other, op_id, k)]
    verify(name, op_id, mine, others)


@pytest.mark.parametrize(("name", "op_id", "kind"), OPERATIONS, ids=NAMES)
async def test_async_request_matches_reference(aclient, recorder, name, op_id, kind):
    mine = await calls_async(aclient, recorder, name, op_id, kind)
    others = [c for other, k in sharing(op_id) if other != name
              for c in await calls_async(aclient, recorder, other, op_id, k)]
    verify(name, op_id, mine, others)


WAITERS = [cls for cls, _, _, kind in _core._operations() if kind == "wait"]


def waiter_call(client: Any, recorder: RecordingServer, cls: str) -> tuple[Any, list, dict]:
    """A waiter, its ids, and options that end it at its first poll: the
    recorder answers every state field with the state it waits for."""
    method = bound_method(client, f"{cls}.wait")
    sig = inspect.signature(method)
    state = sig.parameters["state"].default if "state" in sig.parameters else "COMPLETED"
    recorder.answer = lambda _m, _p: {"state": state, "endpointState": state, "status": state}
    args = [ARGS[p.name] for p in sig.parameters.values()
            if p.kind is inspect.Parameter.POSITIONAL_ONLY]
    return method, args, {"timeout": 10, "poll_interval": 0.1}


def verify_polls(cls: str, args: list, recs: list[Recorded]) -> None:
    op_id = next(oid for name, oid, _ in OPERATIONS if name == f"{cls}.get")
    server, ref = expected(op_id)
    assert recs, f"{cls}.wait sent nothing"
    for rec in recs:
        assert_known(f"{cls}.get", examine(rec, f"{cls}.get", server, ref, args))


@pytest.mark.parametrize("cls", WAITERS)
def test_a_waiter_polls_its_get(client, recorder, cls):
    method, args, options = waiter_call(client, recorder, cls)
    recorder.take()
    try:
        method(*args, **options)
    finally:
        recorder.answer = lambda _m, _p: {}
    verify_polls(cls, args, recorder.take())


@pytest.mark.parametrize("cls", WAITERS)
async def test_async_a_waiter_polls_its_get(aclient, recorder, cls):
    method, args, options = waiter_call(aclient, recorder, cls)
    recorder.take()
    try:
        await method(*args, **options)
    finally:
        recorder.answer = lambda _m, _p: {}
    verify_polls(cls, args, recorder.take())


# --- the checks catch what they should ----------------------------------------

def problems_of(client: Any, recorder: RecordingServer, name: str, *args: Any,
                **kwargs: Any) -> list[str]:
    """What examine finds in the one request of `name(*args, **kwargs)`."""
    op_id = next(oid for n, oid, _ in OPERATIONS if n == name)
    server, ref = expected(op_id)
    recorder.take()
    result = bound_method(client, name)(*args, **kwargs)
    if hasattr(result, "pages"):
        next(iter(result.pages()))
    return examine(one(name, recorder.take()), name, server, ref, list(args))


def test_a_misspelt_query_parameter_is_caught(client, recorder):
    # The service ignores it and answers every region, unfiltered.
    problems = problems_of(client, recorder, "Regions.list", extra_query={"cloudprovider": "gcp"})
    assert any(p.startswith("query cloudprovider: not a parameter") for p in problems), problems


def test_an_unknown_body_field_is_caught(client, recorder):
    from helpers import cluster_args

    problems = problems_of(client, recorder, "Clusters.create", **cluster_args(),
                           extra_body={"bogus": 1})
    assert any(p.startswith("body.bogus: not a field") for p in problems), problems


def test_a_wrong_type_is_caught_at_the_top_and_nested(client, recorder):
    from helpers import cluster_args

    tidb = {"nodeSpecKey": "8C16G", "tidbNodeGroups": [{"nodeCount": 2.5}]}
    tikv = {"nodeSpecKey": "8C32G", "nodeCount": "3", "storageSizeGi": 500, "nodeCont": 3}
    problems = problems_of(client, recorder, "Clusters.create",
                           **cluster_args(tidb_node_setting=tidb, tikv_node_setting=tikv),
                           extra_body={"port": "4000"})
    for wrong in ("body.port: string '4000'", "body.tikvNodeSetting.nodeCount: string",
                  "body.tikvNodeSetting.nodeCont: not a field",
                  "body.tidbNodeSetting.tidbNodeGroups[0].nodeCount: number 2.5"):
        assert any(p.startswith(wrong) for p in problems), (wrong, problems)


def test_a_value_outside_an_enum_is_caught(client, recorder):
    problems = problems_of(client, recorder, "Regions.list_node_specs", "aws-us-east-1",
                           extra_query={"componentType": "tikv"})
    assert any("query componentType: 'tikv' is not one of" in p for p in problems), problems
    problems = problems_of(client, recorder, "Clusters.create", display_name="prod",
                           region_id="aws-us-east-1",
                           tidb_node_setting={"nodeSpecKey": "8C16G",
                                              "tidbNodeGroups": [{"nodeCount": 2}]},
                           tikv_node_setting={"nodeSpecKey": "8C32G", "nodeCount": 3,
                                              "storageSizeGi": 500, "storageType": "Fast"})
    assert any(p.startswith("body.tikvNodeSetting.storageType: 'Fast' is not one of")
               for p in problems), problems


def test_a_malformed_query_value_is_caught(client, recorder):
    problems = problems_of(client, recorder, "AuditLogs.list",
                           extra_query={"startTime": "yesterday", "pageSize": "ten"})
    assert "query startTime: 'yesterday' is not a date-time" in problems, problems
    assert any(p.startswith("query pageSize: string 'ten'") for p in problems), problems
    problems = problems_of(client, recorder, "AuditLogs.list", extra_query={"pageSize": "1000"})
    assert problems == ["query pageSize: 1000 is out of [1.0, 100.0]"], problems


def test_a_secret_in_a_problem_is_masked(client, recorder):
    problems = problems_of(client, recorder, "Clusters.reset_root_password",
                           "1379661944646413143", root_password="Str0ng-Example-Pw",
                           extra_body={"rootPassword": 12345678})
    assert any(p.startswith("body.rootPassword: integer '***'") for p in problems), problems
    assert not any("12345678" in p for p in problems)


def recorded(method: str, target: str, body: Any = None) -> Recorded:
    data = json.dumps(body).encode() if body is not None else b""
    return Recorded(method, target, {"content-type": "application/json"}, data)


@pytest.mark.parametrize(("rec", "wrong"), [
    (recorded("DELETE", "/dedicated/clusters"), "DELETE /v1beta1/clusters is not GET"),
    (recorded("GET", "/dedicated/cluster"), "GET /v1beta1/cluster is not GET"),
    (recorded("GET", "/dedicated/clusters/1379661944646413143"), "it matches GET"),
    (recorded("GET", "/iam/v1beta1/clusters"), "sent to the iam server"),
    (recorded("GET", "/dedicated/clusters?clusterIds=1&projectId=1&projectId=2"),
     "query projectId: sent 2 times"),
    (recorded("GET", "/dedicated/clusters", {"pageSize": 1}), "a body, where the reference"),
], ids=["method", "path", "another-operation", "server", "repeated", "body"])
def test_a_wrong_request_is_caught(rec, wrong):
    server, ref = expected("listClusters")
    problems = examine(rec, "Clusters.list", server, ref, [])
    assert any(wrong in p for p in problems), problems


def test_wrong_ids_in_the_path_are_caught():
    server, ref = expected("getCluster")
    rec = recorded("GET", "/dedicated/clusters/42")
    assert examine(rec, "Clusters.get", server, ref, ["1379661944646413143"]) == [
        "path ids ['42'] are not the arguments ['1379661944646413143']"]


def test_a_parameter_left_out_is_caught(client, recorder):
    """Completeness: a call that sets nothing leaves the filters unsent."""
    ref = expected("listClusters")[1]
    recorder.take()
    next(iter(client.clusters.list().pages()))
    sent = sent_names(one("Clusters.list", recorder.take()), ref.wrapper())
    unsent = ref.settable() - sent
    assert {"projectId", "clusterIds", "regionIds", "clusterStates", "skip"} <= unsent


def test_the_reference_is_read_from_beside_the_repository():
    from reference import REFERENCE_DIR

    assert REFERENCE_DIR.parent.parent.parent == Path(__file__).resolve().parent.parent.parent
    assert REF.find("dedicated.tidbapi.com", "GET", "/v1beta1/clusters") is not None
