"""Results as pandas DataFrames: ``pager.to_pandas()`` and
``tidbcloud.to_dataframe(result)`` for the bills and the cost explorer.

pandas is optional (``pip install "tidbcloud[pandas]"``): it is imported only
when a DataFrame is asked for, and its absence is an ``ImportError`` that says
what to install.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

# The amounts every billed item carries, as decimal strings of US dollars
# ("12.34"); in a DataFrame they become floats, so that they sum and plot.
AMOUNTS = ("credits", "discounts", "runningTotal", "totalCost")

# The tables each kind of result holds, the default first.
BILL_TABLES = ("services", "projects", "other_charges", "overview")
COST_TABLES = ("breakdown", "elements")


def _pandas(what: str) -> Any:
    try:
        # Imported by name: pandas may be absent, and its types with it.
        pandas = importlib.import_module("pandas")
    except ImportError as e:
        raise ImportError(
            f"{what} needs pandas, which is not installed: "
            'pip install pandas (or pip install "tidbcloud[pandas]")'
        ) from e
    return pandas


def _frame(rows: list[Any], what: str) -> Any:
    pd = _pandas(what)
    df = pd.DataFrame(rows)
    for column in AMOUNTS:
        if column in df.columns:
            df[column] = pd.to_numeric(df[column]).astype(float)
    return df


def pager_to_pandas(pager: Any) -> Any:
    pd = _pandas("to_pandas()")  # before any page is asked for
    return pd.DataFrame(list(pager))


async def _collect(pager: Any) -> list[Any]:
    return [item async for item in pager]


def async_to_list(pager: Any) -> Any:
    return _collect(pager)


def async_to_pandas(pager: Any) -> Any:
    pd = _pandas("to_pandas()")

    async def frame() -> Any:
        return pd.DataFrame(await _collect(pager))

    return frame()


def _service_rows(costs: list[Any], path: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """The leaves of the bill's service tree (product, category, component),
    each with its path as the bill details name it ("A - B - C")."""
    rows = []
    for c in costs:
        here = (*path, str(c.get("serviceName", "")))
        inner = c.get("serviceCosts") or []
        if inner:
            rows += _service_rows(inner, here)
        else:
            row = {"servicePathName": " - ".join(here), "serviceName": here[-1]}
            row.update({k: v for k, v in c.items() if k not in ("serviceName", "serviceCosts")})
            rows.append(row)
    return rows


def _choose(table: str | None, tables: tuple[str, ...], kind: str) -> str:
    if table is None:
        return tables[0]
    if table not in tables:
        raise ValueError(f"table must be one of {', '.join(map(repr, tables))} for {kind}, "
                         f"got {table!r}")
    return table


def _bill_rows(bill: Mapping[str, Any], table: str | None) -> list[Any]:
    table = _choose(table, BILL_TABLES, "a monthly bill")
    if table == "services":
        return _service_rows(bill.get("summaryByService") or [])
    if table == "overview":
        return [bill.get("overview") or {}]
    by_project = bill.get("summaryByProject") or {}
    return list(by_project.get("projects" if table == "projects" else "otherCharges") or [])


def _cost_rows(result: Mapping[str, Any], table: str | None) -> list[Any]:
    elements = result.get("elements") or []
    grouped = any(e.get("breakdown") for e in elements)
    # Grouped queries are about their breakdown; others have only totals.
    table = _choose(table, COST_TABLES if grouped else COST_TABLES[::-1], "a cost explorer query")
    if table == "elements":
        return [{k: v for k, v in e.items() if k != "breakdown"} for e in elements]
    return [b for e in elements for b in e.get("breakdown") or []]


def to_dataframe(result: Any, table: str | None = None) -> Any:
    """A result as a ``pandas.DataFrame``, one row per item, amounts as floats.

    - ``billing.get_monthly_bill(...)``: ``table="services"`` (the default:
      one row per service component, with its ``servicePathName``),
      ``"projects"``, ``"other_charges"`` or ``"overview"`` (one row);
    - ``billing.get_monthly_bill_details(...)``: one row per detail line;
    - ``billing.query_cost_explorer(...)``: ``table="breakdown"`` (one row
      per period and group: the default when ``groups`` grouped the query)
      or ``"elements"`` (one row per period: the default otherwise);
    - a pager (all pages), a list of dicts, or a dict that holds one list of
      dicts (``{"componentQuotas": [...]}``): one row per item.

    The amounts (``credits``, ``discounts``, ``runningTotal``, ``totalCost``)
    arrive as decimal strings of US dollars and become floats. Needs pandas.
    """
    from tidbcloud._core import AsyncPager, Pager

    if isinstance(result, AsyncPager):
        raise TypeError("to_dataframe: an AsyncPager is read with `await pager.to_pandas()`")
    if isinstance(result, Pager):
        result = list(result)
    if isinstance(result, list):
        rows = result
    elif isinstance(result, Mapping):
        if "summaryByService" in result or "summaryByProject" in result:
            rows = _bill_rows(result, table)
            table = None
        elif "elements" in result:
            rows = _cost_rows(result, table)
            table = None
        else:
            lists = [k for k, v in result.items() if isinstance(v, list)]
            if len(lists) != 1:
                raise ValueError("to_dataframe: this dict is not a bill or a cost explorer "
                                 f"answer and holds {len(lists)} lists, not one")
            rows = result[lists[0]]
    else:
        raise TypeError(f"to_dataframe: expected a result dict, a list or a pager, "
                        f"got {type(result).__name__}")
    if table is not None:
        raise ValueError("table applies to a monthly bill or a cost explorer answer only")
    if not all(isinstance(r, Mapping) for r in rows):
        raise TypeError("to_dataframe: the rows must be dicts")
    return _frame(list(rows), "to_dataframe()")
