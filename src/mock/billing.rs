//! Mock handlers for billing. Costs come from the clusters' history: each span of
//! a cluster's life is billed by whole node-hours (at least one), compute while
//! it runs and storage always, at the seeded hourly prices. The same history
//! gives the same bill. Amounts are decimal strings in USD.

use super::reply::{ok, Body, Fail, Reply};
use super::routes::Ctx;
use super::seed;
use super::state::{State, DEFAULT_PROJECT};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde_json::{json, Value};
use std::collections::BTreeMap;

const READERS: &[&str] = &[
    "Organization Owner",
    "Organization Billing Manager",
    "Organization Billing Viewer",
];
/// Storage price per GiB-hour, in micro-dollars.
const STORAGE_MICROS_PER_GIB_HOUR: i64 = 139;
pub const COMPUTE: &str = "TiDB Dedicated - Compute";
pub const STORAGE: &str = "TiDB Dedicated - Storage";

/// One billed line: a day, a cluster, a service, an amount in micro-dollars.
struct Line {
    date: NaiveDate,
    project: String,
    cluster: String,
    cluster_id: String,
    region: String,
    service: &'static str,
    micros: i64,
}

fn project_name(id: &str) -> String {
    if id == DEFAULT_PROJECT {
        "default project".into()
    } else {
        "analytics".into()
    }
}

fn price_micros(price: &str) -> i64 {
    let (whole, frac) = price.split_once('.').unwrap_or((price, "0"));
    let frac = format!("{frac:0<6}");
    whole.parse::<i64>().unwrap_or(0) * 1_000_000 + frac[..6].parse::<i64>().unwrap_or(0)
}

fn money(micros: i64) -> String {
    let cents = (micros + 5_000) / 10_000;
    format!("{}.{:02}", cents / 100, cents % 100)
}

/// Hourly compute and storage of a component set, in micro-dollars.
fn hourly(components: &Value) -> (i64, i64) {
    let mut compute = 0;
    let mut storage = 0;
    for name in ["tidb", "tikv", "tiflash"] {
        let c = &components[name];
        let qty = c["nodeQuantity"].as_i64().unwrap_or(0);
        if let Some(size) = c["nodeSize"].as_str() {
            compute += seed::hourly_price(name, size).map_or(0, price_micros) * qty;
        }
        storage += c["storageSize"].as_i64().unwrap_or(0) * qty * STORAGE_MICROS_PER_GIB_HOUR;
    }
    (compute, storage)
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
            let hours = (secs + 3599) / 3600;
            let hours = hours.max(1);
            let (compute, storage) = hourly(&span.components);
            let base = |service, micros| Line {
                date: span.from.date_naive(),
                project: project_name(&c.project_id),
                cluster: c.display_name.clone(),
                cluster_id: c.id.clone(),
                region: c.region.clone(),
                service,
                micros,
            };
            if span.running {
                out.push(base(COMPUTE, compute * hours));
            }
            out.push(base(STORAGE, storage * hours));
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

fn sum_by(lines: &[Line], key: impl Fn(&Line) -> String) -> BTreeMap<String, i64> {
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
    let total: i64 = lines.iter().map(|l| l.micros).sum();
    let by_project: Vec<Value> = sum_by(&lines, |l| l.project.clone())
        .into_iter()
        .map(|(p, v)| json!({ "projectName": p, "totalCost": money(v) }))
        .collect();
    let by_service: Vec<Value> = sum_by(&lines, |l| l.service.to_owned())
        .into_iter()
        .map(|(s, v)| json!({ "serviceName": s, "totalCost": money(v) }))
        .collect();
    ok(json!({
        "overview": { "totalCost": money(total), "currency": "USD" },
        "summaryByProject": by_project,
        "summaryByService": by_service,
    }))
}

pub fn details(state: &mut State, ctx: &Ctx, billed_month: &str) -> Reply {
    readers_only(ctx)?;
    let now = Utc::now();
    let lines = in_month(lines(state, now), month(billed_month, now)?);
    let mut grouped: BTreeMap<(NaiveDate, String, String, &'static str), i64> = BTreeMap::new();
    for l in &lines {
        *grouped
            .entry((l.date, l.project.clone(), l.cluster.clone(), l.service))
            .or_insert(0) += l.micros;
    }
    let mut running = 0;
    let details: Vec<Value> = grouped
        .into_iter()
        .map(|((date, project, cluster, service), micros)| {
            running += micros;
            json!({
                "billedDate": date.to_string(),
                "projectName": project,
                "clusterName": cluster,
                "servicePathName": service,
                "credits": "0.00",
                "discounts": "0.00",
                "runningTotal": money(running),
                "totalCost": money(micros),
            })
        })
        .collect();
    ok(json!({ "billsDetails": details }))
}

const GROUPS: &[&str] = &["project", "cluster", "service", "region"];
const FILTERS: &[&str] = &[
    "projectName",
    "clusterId",
    "serviceName",
    "regionId",
    "startDate",
    "endDate",
];

pub fn cost_explorer(state: &mut State, ctx: &Ctx) -> Reply {
    readers_only(ctx)?;
    let b = Body::parse(&ctx.body)?;
    let filter = b.opt_obj("filter")?.cloned().unwrap_or_default();
    for k in filter.keys() {
        if !FILTERS.contains(&k.as_str()) {
            return Err(Fail::bad(format!(
                "filter.{k} is not one of {}",
                FILTERS.join(", ")
            )));
        }
    }
    let text = |k: &str| -> Result<Option<String>, Fail> {
        match filter.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(Fail::bad(format!("filter.{k} must be a string"))),
        }
    };
    let date = |k: &str| -> Result<Option<NaiveDate>, Fail> {
        text(k)?
            .map(|s| {
                NaiveDate::parse_from_str(&s, "%Y-%m-%d")
                    .map_err(|_| Fail::bad(format!("filter.{k} must be YYYY-MM-DD, got {s:?}")))
            })
            .transpose()
    };
    let (start, end) = (date("startDate")?, date("endDate")?);
    let (project, cluster, service, region) = (
        text("projectName")?,
        text("clusterId")?,
        text("serviceName")?,
        text("regionId")?,
    );
    let groups: Vec<String> = match ctx.body.as_ref().and_then(|b| b.get("groups")) {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(g)) => g
            .iter()
            .map(|v| {
                v.as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| Fail::bad("groups must be strings"))
            })
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(Fail::bad("groups must be a list of strings")),
    };
    for g in &groups {
        if !GROUPS.contains(&g.as_str()) {
            return Err(Fail::bad(format!(
                "group {g:?} is not one of {}",
                GROUPS.join(", ")
            )));
        }
    }
    let lines: Vec<Line> = lines(state, Utc::now())
        .into_iter()
        .filter(|l| start.is_none_or(|s| l.date >= s) && end.is_none_or(|e| l.date <= e))
        .filter(|l| project.as_deref().is_none_or(|p| l.project == p))
        .filter(|l| cluster.as_deref().is_none_or(|c| l.cluster_id == c))
        .filter(|l| service.as_deref().is_none_or(|s| l.service == s))
        .filter(|l| region.as_deref().is_none_or(|r| l.region == r))
        .collect();
    let mut trends: BTreeMap<(NaiveDate, Vec<String>), i64> = BTreeMap::new();
    for l in &lines {
        let key: Vec<String> = groups
            .iter()
            .map(|g| match g.as_str() {
                "project" => l.project.clone(),
                "cluster" => l.cluster.clone(),
                "service" => l.service.to_owned(),
                _ => l.region.clone(),
            })
            .collect();
        *trends.entry((l.date, key)).or_insert(0) += l.micros;
    }
    let trends: Vec<Value> = trends
        .into_iter()
        .map(|((date, key), micros)| {
            let mut v = json!({ "date": date.to_string(), "cost": money(micros) });
            for (g, k) in groups.iter().zip(key) {
                v[g.as_str()] = Value::String(k);
            }
            v
        })
        .collect();
    ok(json!({ "trends": trends }))
}

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
