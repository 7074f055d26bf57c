"""``tidbcloud``: every operation of the client from a shell.

    tidbcloud clusters list --states ACTIVE
    tidbcloud clusters create --from-file cluster.json
    tidbcloud clusters wait 1379661944646413143 --state ACTIVE
    tidbcloud billing bill 2025-10 --output table

The commands are built from the client's own operation declarations
(``tidbcloud._core._operations()`` and each method's signature), so a new
operation appears here with no code of its own. Results are JSON on stdout (a
list operation prints every item, across all pages, as one array);
``--output table`` prints a table for people, the default on a terminal.
Boolean options are flags (``--validate-only``; ``--progress`` /
``--no-progress``); dicts and lists are JSON. ``-v`` logs each request and
its answer's status to stderr. Errors go to stderr with the API's message and
request id; a usage error names the option as it is typed here and shows the
command's usage. Exit status: 0 on success, 1 for an API or network error, 2
for a usage error.
"""

from __future__ import annotations

import argparse
import inspect
import json
import logging
import re
import sys
from collections.abc import Sequence
from typing import Any

from tidbcloud import _core
from tidbcloud._exceptions import APIStatusError, TiDBCloudError

# Shorter names for calls people type often.
ALIASES = {
    ("billing", "get-monthly-bill"): ["bill"],
    ("billing", "get-monthly-bill-details"): ["bill-details"],
    ("billing", "query-cost-explorer"): ["costs"],
}
# The whole-file jobs, written by hand rather than declared: (class, method,
# command), and the positional parameter the command takes as an option.
TRANSFERS = [("ServerlessImports", "upload_file", "upload"),
             ("ServerlessExports", "download", "download"),
             ("DatabaseAuditLogs", "download", "download"),
             ("ServerlessDatabaseAuditLogs", "download", "download")]
AS_OPTION = {("download", "dest_dir"): "--to"}
# Parameters whose values are text even when they look like numbers (ids,
# keys, names, months, times).
_TEXT = re.compile(r"(_ids?|_key|_name|name|password|_month|_time|_date)$")


def _attr_of(cls: str) -> str:
    """`TidbNodeGroups` -> `tidb_node_groups`."""
    return re.sub(r"(?<!^)([A-Z])", r"_\1", cls).lower()


# Resources grouped under an attribute of the client: `serverless_clusters`
# is `client.serverless.clusters` (the command `serverless-clusters`).
NAMESPACES = ("serverless",)


def attribute_path(attr: str) -> str:
    """Where a resource is on the client: `serverless_clusters` ->
    `serverless.clusters`, `tidb_node_groups` -> `tidb_node_groups`."""
    for ns in NAMESPACES:
        if attr.startswith(ns + "_"):
            return f"{ns}.{attr[len(ns) + 1:]}"
    return attr


def _resource(client: Any, attr: str) -> Any:
    for name in attribute_path(attr).split("."):
        client = getattr(client, name)
    return client


def _flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def _value(name: str, text: str) -> Any:
    """A command-line value: JSON when it parses as an object, a list,
    true/false/null or (unless `name` holds text, such as an id) a number;
    the text itself otherwise. Text that starts as an object or a list must
    be valid JSON: a typo there is an error, not a string."""
    try:
        v = json.loads(text)
    except ValueError as e:
        if text.lstrip()[:1] in ("{", "["):
            raise ValueError(f"invalid JSON for {_flag(name)}: {e}") from None
        return text
    if isinstance(v, (int, float)) and not isinstance(v, bool) and _TEXT.search(name):
        return text
    return v if isinstance(v, (dict, list, int, float, bool)) or v is None else text


# How a boolean option's value may be written after it (`--enabled true`,
# `--validate-only=True`), besides the flag forms.
_BOOL_WORDS = {"true": True, "yes": True, "on": True,
               "false": False, "no": False, "off": False}


def _is_bool(rust_type: str, py_type: str | None) -> bool:
    return rust_type in ("bool", "Option<bool>") or py_type == "_Progress"


def _bool_flags() -> frozenset[str]:
    """The spelling of every boolean option of every command."""
    return frozenset(_flag(n) for _c, _m, n, _k, ty, py, _d, _doc in _core._params()
                     if _is_bool(ty, py))


def _spell_booleans(argv: Sequence[str], flags: frozenset[str]) -> list[str]:
    """`--enabled true` and `--enabled=False` as the flags they mean
    (`--enabled`, `--no-enabled`), for scripts written either way."""
    out: list[str] = []
    it = iter(range(len(argv)))
    for i in it:
        arg = argv[i]
        flag, eq, word = arg.partition("=")
        if flag in flags and eq and word.lower() in _BOOL_WORDS:
            out.append(flag if _BOOL_WORDS[word.lower()] else "--no-" + flag[2:])
        elif arg in flags and i + 1 < len(argv) and argv[i + 1].lower() in _BOOL_WORDS:
            out.append(arg if _BOOL_WORDS[argv[i + 1].lower()] else "--no-" + arg[2:])
            next(it)
        else:
            out.append(arg)
    return out


class _Parser(argparse.ArgumentParser):
    """Reads `--enabled true` as `--enabled`, whoever parses (see `_spell_booleans`)."""

    def parse_known_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                         namespace: argparse.Namespace | None = None,
                         ) -> tuple[argparse.Namespace, list[str]]:
        argv = list(sys.argv[1:] if args is None else args)
        return super().parse_known_args(_spell_booleans(argv, _bool_flags()), namespace)


def summary(doc: str) -> str:
    """The first sentence of a docstring, whole (it may span lines)."""
    paragraph = re.sub(r"\s+", " ", inspect.cleandoc(doc).split("\n\n")[0]).strip()
    m = re.match(r"(.+?[.!?])(?=\s|$)", paragraph)
    return m.group(1) if m else paragraph


def cli_spelling(message: str, positional: Sequence[str], keywords: Sequence[str]) -> str:
    """An error message with the call's parameters as they are typed here:
    `page_size` as `--page-size`, `cluster_id` as `CLUSTER_ID`."""
    names = [(n, n.upper()) for n in positional] + [(n, _flag(n)) for n in keywords]
    for name, spelled in sorted(names, key=lambda p: -len(p[0])):
        n = re.escape(name)
        # A name without an underscore (`state`, `filter`) is a common word:
        # replaced only where it clearly names the parameter.
        where = (rf"(?<![\w-]){n}=?(?![\w=-])" if "_" in name
                 else rf"(?:^|(?<=: )){n}(?= must| is)|(?<![\w-]){n}=(?![\w=])")
        message = re.sub(where, spelled, message)  # no backslash in a spelling
    return message


def signature(method: Any) -> inspect.Signature:
    """The Python signature of a compiled method, from pyo3's text signature
    (`($self, a, /, *, b=None)`), defaults included."""
    text = method.__text_signature__
    if not text:
        raise ValueError(f"{method.__qualname__} has no text signature")
    scope: dict[str, Any] = {}
    exec(f"def f{text.replace('$self', 'self')}: pass", {}, scope)
    return inspect.signature(scope["f"])


# The per-call options every call takes, which no declaration describes.
PER_CALL = {
    "timeout": "seconds for each attempt (the client's 30 unless given)",
    "extra_headers": "a JSON object of headers to add to the request",
    "extra_query": "a JSON object of query parameters to add",
    "extra_body": "a JSON object of fields merged over the request body",
}


def args_section(doc: str) -> tuple[str, dict[str, str]]:
    """A docstring without its `Args:` section, and that section's
    `name: meaning` lines (the reference pages read the stubs' the same way)."""
    text, _, args = doc.partition("\n\nArgs:\n")
    described: dict[str, str] = {}
    for line in args.splitlines():
        name, sep, meaning = line.strip().partition(": ")
        if sep and line.startswith("    ") and not line.startswith("     "):
            described[name] = meaning
    return text, described


def _common() -> argparse.ArgumentParser:
    """The options every command takes, before or after its name."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--public-key", default=argparse.SUPPRESS,
                        help="the API key's public half (else TIDBCLOUD_PUBLIC_KEY)")
    common.add_argument("--private-key", default=argparse.SUPPRESS,
                        help="better given in TIDBCLOUD_PRIVATE_KEY")
    common.add_argument("--base-url", default=argparse.SUPPRESS,
                        help="one host for every server (a mock, a proxy)")
    common.add_argument("--max-retries", type=int, default=argparse.SUPPRESS,
                        help="further attempts after a passing failure (2)")
    common.add_argument("--output", choices=["json", "table"], default=argparse.SUPPRESS,
                        help="json (the default in a pipe) or table (on a terminal)")
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                        help="log each request and its answer's status to stderr "
                             "(never a key, a password or a body)")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(
        prog="tidbcloud", description="The TiDB Cloud API from a shell.", parents=[common],
        epilog="Credentials and endpoints come from the options or, as for the "
               "library, from TIDBCLOUD_PUBLIC_KEY, TIDBCLOUD_PRIVATE_KEY, "
               "TIDBCLOUD_BASE_URL and the per-server TIDBCLOUD_*_ENDPOINT variables.")
    parser.add_argument("--version", action="version", version=f"tidbcloud {_core.__version__}")
    resources = parser.add_subparsers(dest="resource", metavar="RESOURCE", required=True,
                                      parser_class=argparse.ArgumentParser)
    # Each declared parameter's doc line, for its option's help (argparse
    # formats help with %).
    docs = {(c, m, n): doc.replace("%", "%%")
            for c, m, n, _kind, _ty, _py, _default, doc in _core._params()}
    booleans = {(c, m, n) for c, m, n, _kind, ty, py, _d, _doc in _core._params()
                if _is_bool(ty, py)}
    by_class: dict[str, list[tuple[str, str]]] = {}
    for cls, method, _op, kind in _core._operations():
        by_class.setdefault(cls, []).append((method, kind))
    for cls, method, _command in TRANSFERS:
        by_class[cls].append((method, "transfer"))
    commands = {(cls, method): command for cls, method, command in TRANSFERS}
    for cls, methods in by_class.items():
        attr = _attr_of(cls)
        klass = getattr(_core, cls)
        rp = resources.add_parser(attr.replace("_", "-"), help=summary(klass.__doc__ or ""),
                                  description=inspect.cleandoc(klass.__doc__ or ""))
        rp.set_defaults(attr=attr)
        calls = rp.add_subparsers(dest="call", metavar="CALL", required=True)
        for method, kind in methods:
            fn = getattr(klass, method)
            command = commands.get((cls, method), method.replace("_", "-"))
            doc, described = args_section(inspect.cleandoc(fn.__doc__ or ""))
            described = {n: line.replace("%", "%%") for n, line in described.items()}
            aliases = ALIASES.get((attr.replace("_", "-"), command), [])
            cp = calls.add_parser(command, aliases=aliases, parents=[common],
                                  help=summary(doc) if doc else None, description=doc,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
            cp.set_defaults(method=method, kind=kind, positional=[], keywords=[], command=cp)
            for p in list(signature(fn).parameters.values())[1:]:
                if (command, p.name) in AS_OPTION:
                    cp.add_argument(AS_OPTION[command, p.name], dest=p.name, required=True,
                                    metavar=p.name.upper(), help=described.get(p.name))
                    cp.get_default("positional").append(p.name)
                elif p.kind is p.POSITIONAL_ONLY:
                    cp.add_argument(p.name, metavar=p.name.upper(),
                                    help=docs.get((cls, method, p.name),
                                                  described.get(p.name)))
                    cp.get_default("positional").append(p.name)
                else:
                    flag = _flag(p.name)
                    required = p.default is p.empty
                    line = docs.get((cls, method, p.name), described.get(p.name))
                    if line is None:
                        line = PER_CALL.get(p.name)
                    if p.name == "progress":  # its doc line speaks of Python values
                        line = ("--progress: always draw a progress display (on stderr); "
                                "--no-progress: never; neither: only on a terminal")
                    # The whole-file jobs are not declared: their flags are
                    # known by their defaults.
                    if (cls, method, p.name) in booleans or p.name == "progress" \
                            or isinstance(p.default, bool):
                        off = "" if p.default is None else f" (default: --no-{flag[2:]})" \
                            if p.default is False else " (default: on)"
                        cp.add_argument(flag, dest=p.name, action=argparse.BooleanOptionalAction,
                                        default=argparse.SUPPRESS,
                                        help=(line or "") + off)
                    else:
                        hint = " (required)" if required else "" if p.default is None \
                            else f" (default: {p.default!r})"
                        cp.add_argument(flag, dest=p.name, default=argparse.SUPPRESS,
                                        help=(line or "") + hint)
                    cp.get_default("keywords").append((p.name, required))
            cp.add_argument("--from-file", metavar="FILE",
                            help="a JSON object of arguments (snake_case, or the API's "
                                 "camelCase fields); the options given override it")
    return parser


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()


def _arguments(args: argparse.Namespace, parser: argparse.ArgumentParser) -> dict[str, Any]:
    """The call's keyword arguments: the file's, then the options' (parsed
    as `_value` says, booleans as they are)."""
    names = {n for n, _ in args.keywords}
    kwargs: dict[str, Any] = {}
    if args.from_file:
        try:
            with open(args.from_file) as f:
                given = json.load(f)
        except (OSError, ValueError) as e:
            parser.error(f"--from-file {args.from_file}: {e}")
        if not isinstance(given, dict):
            parser.error(f"--from-file {args.from_file}: expected a JSON object")
        extra = {}
        for k, v in given.items():
            name = k if k in names else _snake(k)
            if name in names:
                kwargs[name] = v
            else:
                extra[k] = v  # a field this client does not know yet: sent as is
        if extra and "extra_body" in names:
            kwargs["extra_body"] = extra
        elif extra:
            parser.error(f"--from-file: unknown arguments {sorted(extra)}")
    for name in names:
        if name in vars(args):
            given = getattr(args, name)
            try:
                kwargs[name] = given if isinstance(given, bool) else _value(name, given)
            except ValueError as e:
                parser.error(str(e))
    missing = [n for n, required in args.keywords if required and n not in kwargs]
    if missing:
        parser.error("missing " + ", ".join(_flag(m) for m in missing))
    return kwargs


def _cell(v: Any) -> str:
    if isinstance(v, (dict, list)):
        text = json.dumps(v)
        return text if len(text) <= 40 else text[:37] + "..."
    return "" if v is None else str(v)


def table(result: Any) -> str:
    """A plain-text table: one row per item of a list, or one per field of an object."""
    if isinstance(result, list) and result and all(isinstance(r, dict) for r in result):
        columns: list[str] = []
        for row in result:
            for k, v in row.items():
                if k not in columns and not isinstance(v, (dict, list)):
                    columns.append(k)
        rows = [[_cell(r.get(c)) for c in columns] for r in result]
    elif isinstance(result, dict):
        columns = ["field", "value"]
        rows = [[k, _cell(v)] for k, v in result.items()]
    else:
        return json.dumps(result, indent=2)
    widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip()
              for r in rows]
    return "\n".join(lines)


def _log_requests() -> None:
    """`-v`: the `tidbcloud` logger's records (one line per exchange, with
    its status and time, and one per retry) on stderr."""
    logger = logging.getLogger("tidbcloud")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("tidbcloud: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)


CLIENT_OPTIONS = ("public_key", "private_key", "base_url", "max_retries")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command: argparse.ArgumentParser = args.command
    kwargs = _arguments(args, command)
    positional = [getattr(args, n) for n in args.positional]
    given = vars(args)
    options = {k: given[k] for k in CLIENT_OPTIONS if k in given}
    if given.get("verbose"):
        _log_requests()
    try:
        with _core.TiDBCloud(**options) as client:
            call = getattr(_resource(client, args.attr), args.method)
            result = call(*positional, **kwargs)
            if args.kind == "pager":
                result = list(result)
    except (TypeError, ValueError) as e:
        names = [n for n, _ in args.keywords] + list(CLIENT_OPTIONS)
        command.print_usage(sys.stderr)
        print(f"tidbcloud: {cli_spelling(str(e), args.positional, names)}", file=sys.stderr)
        return 2
    except APIStatusError as e:
        where = f" (request id {e.request_id})" if e.request_id and \
            e.request_id not in str(e) else ""
        print(f"tidbcloud: {e}{where}", file=sys.stderr)
        return 1
    except TiDBCloudError as e:
        # The client's own errors (no key, a network failure) may name its options.
        print(f"tidbcloud: {cli_spelling(str(e), [], CLIENT_OPTIONS)}", file=sys.stderr)
        return 1
    output = given.get("output") or ("table" if sys.stdout.isatty() else "json")
    if output == "table":
        print(table(result))
    else:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
