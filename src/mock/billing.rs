//! Mock handlers for billing. Costs come from the clusters' history: each span of
//! a cluster's life is billed by whole node-hours (at least one), compute while
//! it runs and storage always, at the seeded hourly prices. The same history
//! gives the same bill. Amounts are decimal strings in US dollars, and every
//! billed item carries credits, discounts, running total and total cost.

use super::context::{Ctx, Route};
use super::reply::{ok, one_of, Fail, Fields, Reply};
use super::seed;
use super::state::State;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

const READERS: &[&str] = &["org:owner", "org:billing_admin", "org:billing_viewer"];
/// Storage price per GiB-hour, in micro-dollars.
const STORAGE_MICROS_PER_GIB_HOUR: i64 = 139;
/// The product every mock cluster is billed under.
const PRODUCT: &str = "TiDB Dedicated";

/// One billed line: a day, a cluster, a service, an amount in micro-dollars.
struct Line {
    date: NaiveDate,
    project_id: String,
    project: String,
    cluster: String,
    cluster_id: String,
    provider: String,
    region: String,
    /// (category, component): "Node Compute" or "Node Storage", and "TiDB",
    /// "TiKV" or "TiFlash". The product is always TiDB Dedicated.
    service: (&'static str, &'static str),
    micros: i64,
}

impl Line {
    /// The service's three-level name, "TiDB Dedicated - Node Compute - TiKV".
    fn service_path(&self) -> String {
        format!("{PRODUCT} - {} - {}", self.service.0, self.service.1)
    }
}

fn price_micros(price: &str) -> i64 {
    let (whole, frac) = price.split_once('.').unwrap_or((price, "0"));
    let frac = format!("{frac:0<6}");
    whole.parse::<i64>().unwrap_or(0) * 1_000_000 + frac[..6].parse::<i64>().unwrap_or(0)
}

/// Dollars with two decimals, as the service's examples show them ("0.00").
fn money(micros: i64) -> String {
    let cents = (micros + 5_000) / 10_000;
    format!("{}.{:02}", cents / 100, cents % 100)
}

/// The four amounts every billed item carries. No credits or discounts are
/// given, so what is owed is what was used.
fn amounts(micros: i64) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("credits".into(), json!("0.00"));
    m.insert("discounts".into(), json!("0.00"));
    m.insert("runningTotal".into(), json!(money(micros)));
    m.insert("totalCost".into(), json!(money(micros)));
    m
}

fn with_amounts(mut v: Value, micros: i64) -> Value {
    if let Some(o) = v.as_object_mut() {
        o.extend(amounts(micros));
    }
    v
}

/// Hourly cost of each component of a component set, in micro-dollars.
fn hourly(components: &Value) -> Vec<((&'static str, &'static str), i64)> {
    let mut out = Vec::new();
    for (name, label) in [("tidb", "TiDB"), ("tikv", "TiKV"), ("tiflash", "TiFlash")] {
        let c = &components[name];
        let qty = c["nodeQuantity"].as_i64().unwrap_or(0);
        if qty == 0 {
            continue;
        }
        if let Some(size) = c["nodeSize"].as_str() {
            let price = seed::hourly_price(name, size).map_or(0, price_micros);
            out.push((("Node Compute", label), price * qty));
        }
        let storage = c["storageSize"].as_i64().unwrap_or(0) * qty;
        if storage > 0 {
            out.push((
                ("Node Storage", label),
                storage * STORAGE_MICROS_PER_GIB_HOUR,
            ));
        }
    }
    // TiDB node groups besides the default one bill as TiDB compute.
    for g in components["tidbGroups"].as_array().into_iter().flatten() {
        let qty = g["nodeQuantity"].as_i64().unwrap_or(0);
        if let Some(size) = g["nodeSize"].as_str() {
            let price = seed::hourly_price("tidb", size).map_or(0, price_micros);
            out.push((("Node Compute", "TiDB"), price * qty));
        }
    }
    out
}

fn lines(state: &State, now: DateTime<Utc>) -> Vec<Line> {
    let live = state.clusters.values().map(|c| (c, None));
    let gone = state.deleted.iter().map(|(c, at)| (c, Some(*at)));
    let mut out = Vec::new();
    for (c, ended) in live.chain(gone) {
        for (i, span) in c.history.iter().enumerate() {
            let until = c
                .history
                .get(i + 1)
                .map(|s| s.from)
                .or(ended)
                .unwrap_or(now);
            let secs = (until - span.from).num_seconds().max(0);
            let hours = ((secs + 3599) / 3600).max(1);
            for (service, per_hour) in hourly(&span.components) {
                // A paused cluster keeps its storage and stops its compute.
                if service.0 == "Node Compute" && !span.running {
                    continue;
                }
                out.push(Line {
                    date: span.from.date_naive(),
                    project_id: c.project_id.clone(),
                    project: state.project_name(&c.project_id),
                    cluster: c.display_name.clone(),
                    cluster_id: c.id.clone(),
                    provider: c.provider.clone(),
                    region: c.region.clone(),
                    service,
                    micros: per_hour * hours,
                });
            }
        }
    }
    out
}

fn readers_only(ctx: &Ctx) -> Result<(), Fail> {
    if READERS.contains(&ctx.key.role.as_str()) {
        Ok(())
    } else {
        Err(Fail::forbidden(format!(
            "the role {:?} of this API key cannot read billing",
            ctx.key.role
        )))
    }
}

/// (year, month) from "YYYY-MM", refusing months in the future.
fn month(text: &str, now: DateTime<Utc>) -> Result<(i32, u32), Fail> {
    let bad = || Fail::bad(format!("billedMonth must be YYYY-MM, got {text:?}"));
    let (y, m) = text.split_once('-').ok_or_else(bad)?;
    if y.len() != 4 || m.len() != 2 {
        return Err(bad());
    }
    let y: i32 = y.parse().map_err(|_| bad())?;
    let m: u32 = m.parse().map_err(|_| bad())?;
    if !(1..=12).contains(&m) {
        return Err(bad());
    }
    if (y, m) > (now.year(), now.month()) {
        return Err(Fail::bad(format!("billedMonth {text} is in the future")));
    }
    Ok((y, m))
}

fn in_month(lines: Vec<Line>, (y, m): (i32, u32)) -> Vec<Line> {
    lines
        .into_iter()
        .filter(|l| l.date.year() == y && l.date.month() == m)
        .collect()
}

fn sum_by<K: Ord>(lines: &[&Line], key: impl Fn(&Line) -> K) -> BTreeMap<K, i64> {
    let mut m = BTreeMap::new();
    for l in lines {
        *m.entry(key(l)).or_insert(0) += l.micros;
    }
    m
}

pub fn monthly(state: &mut State, ctx: &Ctx, billed_month: &str) -> Reply {
    readers_only(ctx)?;
    let now = Utc::now();
    let lines = in_month(lines(state, now), month(billed_month, now)?);
    let all: Vec<&Line> = lines.iter().collect();
    let total: i64 = lines.iter().map(|l| l.micros).sum();
    let projects: Vec<Value> = sum_by(&all, |l| l.project.clone())
        .into_iter()
        .map(|(p, v)| with_amounts(json!({ "projectName": p }), v))
        .collect();
    // Product, then category, then component: the service's three levels.
    let by_category: Vec<Value> = sum_by(&all, |l| l.service.0)
        .into_iter()
        .map(|(category, v)| {
            let inner: Vec<&Line> = all
                .iter()
                .copied()
                .filter(|l| l.service.0 == category)
                .collect();
            let components: Vec<Value> = sum_by(&inner, |l| l.service.1)
                .into_iter()
                .map(|(c, v)| with_amounts(json!({ "serviceName": c, "serviceCosts": [] }), v))
                .collect();
            with_amounts(
                json!({ "serviceName": category, "serviceCosts": components }),
                v,
            )
        })
        .collect();
    let by_service = if lines.is_empty() {
        Vec::new()
    } else {
        vec![with_amounts(
            json!({ "serviceName": PRODUCT, "serviceCosts": by_category }),
            total,
        )]
    };
    ok(json!({
        "overview": with_amounts(json!({ "billedMonth": billed_month }), total),
        "summaryByProject": {
            "projects": projects,
            "otherCharges": [with_amounts(json!({ "chargeName": "Support Plan" }), 0)],
        },
        "summaryByService": by_service,
    }))
}

pub fn details(state: &mut State, ctx: &Ctx, billed_month: &str) -> Reply {
    readers_only(ctx)?;
    let now = Utc::now();
    let lines = in_month(lines(state, now), month(billed_month, now)?);
    let all: Vec<&Line> = lines.iter().collect();
    let grouped = sum_by(&all, |l| {
        (
            l.date,
            l.project.clone(),
            l.cluster.clone(),
            l.service_path(),
        )
    });
    let details: Vec<Value> = grouped
        .into_iter()
        .map(|((date, project, cluster, service), micros)| {
            with_amounts(
                json!({
                    "billedDate": date.to_string(),
                    "projectName": project,
                    "clusterName": cluster,
                    "servicePathName": service,
                }),
                micros,
            )
        })
        .collect();
    ok(json!({ "details": details }))
}

const GROUP_BY: &[&str] = &[
    "service", "product", "project", "cluster", "provider", "region",
];
const GRANULARITY: &[&str] = &["day", "month", "total"];

fn strings(v: Option<&Value>, field: &str) -> Result<Vec<String>, Fail> {
    match v {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|i| {
                i.as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| Fail::bad(format!("{field} must be a list of strings")))
            })
            .collect(),
        Some(_) => Err(Fail::bad(format!("{field} must be a list of strings"))),
    }
}

fn objects<'a>(v: Option<&'a Value>, field: &str) -> Result<Vec<Fields<'a>>, Fail> {
    match v {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|i| {
                i.as_object()
                    .map(Fields)
                    .ok_or_else(|| Fail::bad(format!("{field} must be a list of objects")))
            })
            .collect(),
        Some(_) => Err(Fail::bad(format!("{field} must be a list of objects"))),
    }
}

/// What a cost query keeps: each filter, when given, must match.
struct CostFilter {
    start: NaiveDate,
    end: NaiveDate,
    projects: Vec<String>,
    clusters: Vec<String>,
    /// (provider, its regions; empty for all of them)
    providers: Vec<(String, Vec<String>)>,
    /// (product, category, component, full name), each optional
    services: Vec<[Option<String>; 4]>,
}

impl CostFilter {
    fn parse(f: Option<Fields<'_>>, now: DateTime<Utc>) -> Result<CostFilter, Fail> {
        let today = now.date_naive();
        let first = today.with_day(1).unwrap_or(today);
        let Some(f) = f else {
            return Ok(CostFilter {
                start: first,
                end: today,
                projects: Vec::new(),
                clusters: Vec::new(),
                providers: Vec::new(),
                services: Vec::new(),
            });
        };
        let range = f.opt_obj("timeRange")?.map(Fields);
        let date = |k: &str, default: NaiveDate| -> Result<NaiveDate, Fail> {
            match range.as_ref().map(|r| r.opt_str(k)).transpose()?.flatten() {
                None => Ok(default),
                Some(s) => NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| {
                    Fail::bad(format!(
                        "filter.timeRange.{k} must be YYYY-MM-DD, got {s:?}"
                    ))
                }),
            }
        };
        let (start, end) = (date("startDate", first)?, date("endDate", today)?);
        if start > end {
            return Err(Fail::bad("filter.timeRange.startDate is after its endDate"));
        }
        let mut providers = Vec::new();
        for p in objects(f.0.get("providers"), "filter.providers")? {
            let name = p
                .req_str("name")
                .map_err(|_| Fail::bad("filter.providers[].name is required"))?;
            providers.push((
                name.to_ascii_lowercase(),
                strings(p.0.get("regions"), "filter.providers[].regions")?,
            ));
        }
        let mut services = Vec::new();
        for s in objects(f.0.get("services"), "filter.services")? {
            let mut levels: [Option<String>; 4] = Default::default();
            for (i, k) in ["product", "category", "component", "service"]
                .iter()
                .enumerate()
            {
                levels[i] = s.opt_str(k)?.map(str::to_owned);
            }
            services.push(levels);
        }
        Ok(CostFilter {
            start,
            end,
            projects: strings(f.0.get("projects"), "filter.projects")?,
            clusters: strings(f.0.get("clusters"), "filter.clusters")?,
            providers,
            services,
        })
    }

    fn keeps(&self, l: &Line) -> bool {
        let service_ok = |s: &[Option<String>; 4]| {
            let have = [PRODUCT, l.service.0, l.service.1, &l.service_path()].map(str::to_owned);
            s.iter()
                .zip(have.iter())
                .all(|(want, got)| want.as_deref().is_none_or(|w| w == got))
        };
        (self.start..=self.end).contains(&l.date)
            && (self.projects.is_empty() || self.projects.contains(&l.project_id))
            && (self.clusters.is_empty() || self.clusters.contains(&l.cluster_id))
            && (self.providers.is_empty()
                || self.providers.iter().any(|(p, regions)| {
                    *p == l.provider && (regions.is_empty() || regions.contains(&l.region))
                }))
            && (self.services.is_empty() || self.services.iter().any(service_ok))
    }
}

/// (key, name) of a line under one grouping.
fn group_of(l: &Line, by: &str) -> (String, String) {
    match by {
        "service" => (l.service_path(), l.service_path()),
        "product" => (PRODUCT.to_owned(), PRODUCT.to_owned()),
        "project" => (l.project_id.clone(), l.project.clone()),
        "cluster" => (l.cluster_id.clone(), l.cluster.clone()),
        "provider" => (l.provider.clone(), l.provider.clone()),
        _ => (l.region.clone(), l.region.clone()),
    }
}

pub fn cost_explorer(state: &mut State, ctx: &Ctx) -> Reply {
    readers_only(ctx)?;
    let now = Utc::now();
    // The service's own sample sends no body at all.
    let empty = Map::new();
    let b = match &ctx.body {
        None => Fields(&empty),
        Some(_) => Fields::parse(&ctx.body)?,
    };
    let groups = b.opt_obj("groups")?.map(Fields);
    let group_by = strings(
        groups.as_ref().and_then(|g| g.0.get("groupBy")),
        "groups.groupBy",
    )?;
    for g in &group_by {
        one_of("groups.groupBy[]", g, GROUP_BY)?;
    }
    let granularity = match groups
        .as_ref()
        .map(|g| g.opt_str("timeGranularity"))
        .transpose()?
    {
        Some(Some(t)) => {
            one_of("groups.timeGranularity", t, GRANULARITY)?;
            t
        }
        _ => "day",
    };
    let filter = CostFilter::parse(b.opt_obj("filter")?.map(Fields), now)?;
    let lines: Vec<Line> = lines(state, now)
        .into_iter()
        .filter(|l| filter.keeps(l))
        .collect();
    let period = |d: NaiveDate| match granularity {
        "day" => d.to_string(),
        "month" => d.format("%Y-%m").to_string(),
        _ => format!("{}/{}", filter.start, filter.end),
    };
    let all: Vec<&Line> = lines.iter().collect();
    let total: i64 = lines.iter().map(|l| l.micros).sum();
    let elements: Vec<Value> = sum_by(&all, |l| period(l.date))
        .into_iter()
        .map(|(when, micros)| {
            let inside: Vec<&Line> = all
                .iter()
                .copied()
                .filter(|l| period(l.date) == when)
                .collect();
            let breakdown: Vec<Value> = if group_by.is_empty() {
                Vec::new()
            } else {
                sum_by(&inside, |l| {
                    let parts: Vec<(String, String)> =
                        group_by.iter().map(|g| group_of(l, g)).collect();
                    (
                        parts
                            .iter()
                            .map(|p| p.0.as_str())
                            .collect::<Vec<_>>()
                            .join(" / "),
                        parts
                            .iter()
                            .map(|p| p.1.as_str())
                            .collect::<Vec<_>>()
                            .join(" / "),
                    )
                })
                .into_iter()
                .map(|((key, name), v)| {
                    with_amounts(
                        json!({ "billedDate": when, "detailKey": key, "detailName": name }),
                        v,
                    )
                })
                .collect()
            };
            with_amounts(
                json!({ "billedDate": when, "breakdown": breakdown }),
                micros,
            )
        })
        .collect();
    ok(with_amounts(json!({ "elements": elements }), total))
}

/// What a cost explorer query can name, from what the organization has had:
/// its projects, every cluster billed (deleted ones too), the providers with
/// their regions, and the services the bills carry.
pub fn cost_explorer_args(state: &mut State, ctx: &Ctx) -> Reply {
    readers_only(ctx)?;
    let lines = lines(state, Utc::now());
    let projects: Vec<Value> = state
        .projects
        .iter()
        .map(|p| json!({ "id": p.id, "name": p.name, "status": "ACTIVE" }))
        .collect();
    let live = state.clusters.values().map(|c| (c, "ACTIVE"));
    let gone = state.deleted.iter().map(|(c, _)| (c, "DELETED"));
    let clusters: Vec<Value> = live
        .chain(gone)
        .map(|(c, status)| {
            json!({
                "id": c.id,
                "ProjectID": c.project_id,
                "name": c.display_name,
                "regionName": c.region,
                "status": status,
            })
        })
        .collect();
    let mut regions: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for l in &lines {
        let r = regions.entry(l.provider.clone()).or_default();
        if !r.contains(&l.region) {
            r.push(l.region.clone());
        }
    }
    let providers: Vec<Value> = regions
        .into_iter()
        .map(|(name, regions)| json!({ "name": name, "regions": regions }))
        .collect();
    let mut services: Vec<(&str, &str)> = lines.iter().map(|l| l.service).collect();
    services.sort_unstable();
    services.dedup();
    let services: Vec<Value> = services
        .into_iter()
        .map(|(category, component)| {
            json!({
                "product": PRODUCT,
                "category": category,
                "component": component,
                "service": format!("{PRODUCT} - {category} - {component}"),
            })
        })
        .collect();
    ok(json!({
        "projects": projects,
        "clusters": clusters,
        "providers": providers,
        "services": services,
    }))
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("getMonthlyBill", |st, ctx, p| monthly(st, ctx, p.at(0))),
    ("getMonthlyBillDetails", |st, ctx, p| {
        details(st, ctx, p.at(0))
    }),
    ("queryCostExplorer", |st, ctx, _| cost_explorer(st, ctx)),
    ("getCostExplorerArgs", |st, ctx, _| {
        cost_explorer_args(st, ctx)
    }),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_rounds_to_cents() {
        assert_eq!(money(0), "0.00");
        assert_eq!(money(1_234_567), "1.23");
        assert_eq!(money(1_235_000), "1.24");
        assert_eq!(price_micros("0.71"), 710_000);
        assert_eq!(price_micros("2.26"), 2_260_000);
    }
}
