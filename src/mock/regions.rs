//! Mock handlers for Regions: the seeded regions and their node specs, paged,
//! with the service's filters (`cloudProvider`, `componentType`, `clusterId`).

use super::checks::{provider_filter, PROVIDERS};
use super::context::{Ctx, Route};
use super::listing::{paged, Listing};
use super::reply::{one_of, Fail, Reply};
use super::seed;
use super::state::State;

const COMPONENT_TYPES: &[&str] = &["TIDB", "TIKV", "TIFLASH", "PD"];

pub fn list(ctx: &Ctx) -> Reply {
    let provider = provider_filter(ctx)?;
    let regions = seed::REGIONS
        .iter()
        .filter(|r| provider.is_none_or(|p| r.provider == p));
    let listing = format!("regions|{}", provider.unwrap_or(""));
    paged(
        ctx,
        Listing::new(&listing, "regions").counted(),
        numbered(regions),
        seed::region_json,
    )
}

pub fn get(id: &str) -> Reply {
    seed::region(id)
        .map(|r| Some(seed::region_json(r)))
        .ok_or_else(|| Fail::not_found(format!("region {id} not found")))
}

pub fn node_specs(state: &State, ctx: &Ctx, id: &str) -> Reply {
    let region =
        seed::region(id).ok_or_else(|| Fail::not_found(format!("region {id} not found")))?;
    let kind = ctx.query.get("componentType");
    if let Some(k) = kind {
        one_of("componentType", k, COMPONENT_TYPES)?;
    }
    if let Some(c) = ctx.query.get("clusterId") {
        if state.cluster(c).is_none() {
            return Err(Fail::not_found(format!("cluster {c} not found")));
        }
    }
    let specs = seed::NODE_SPECS
        .iter()
        .filter(|s| kind.is_none_or(|k| seed::component_type(s.0) == k));
    let listing = format!("nodeSpecs|{id}|{}", kind.unwrap_or(""));
    paged(
        ctx,
        Listing::new(&listing, "nodeSpecs").counted(),
        numbered(specs),
        |s| seed::node_spec_json(region, s),
    )
}

/// The providers the seeded regions are on, in the service's order.
pub fn cloud_providers(ctx: &Ctx) -> Reply {
    if let Some(p) = ctx.query.get("projectId") {
        if p.trim().is_empty() {
            return Err(Fail::bad("projectId must not be empty"));
        }
    }
    let offered: Vec<&str> = PROVIDERS
        .iter()
        .copied()
        .filter(|p| seed::REGIONS.iter().any(|r| r.provider == *p))
        .collect();
    Ok(Some(serde_json::json!({ "cloudProviders": offered })))
}

/// One node spec of a region, by component type and key.
pub fn node_spec(id: &str, component_type: &str, key: &str) -> Reply {
    let region =
        seed::region(id).ok_or_else(|| Fail::not_found(format!("region {id} not found")))?;
    one_of("componentType", component_type, COMPONENT_TYPES)?;
    seed::NODE_SPECS
        .iter()
        .find(|s| seed::component_type(s.0) == component_type && s.1 == key)
        .map(|s| Some(seed::node_spec_json(region, s)))
        .ok_or_else(|| {
            Fail::not_found(format!(
                "no {component_type} node spec {key} in region {id}"
            ))
        })
}

/// Items keyed by their position, the order they are listed in.
fn numbered<T>(items: impl IntoIterator<Item = T>) -> impl Iterator<Item = (u64, T)> {
    (0u64..).zip(items)
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listRegions", |_, ctx, _| list(ctx)),
    ("showCloudProviders", |_, ctx, _| cloud_providers(ctx)),
    ("getNodeSpec", |_, _, p| {
        node_spec(p.at(0), p.at(1), p.at(2))
    }),
    ("getRegion", |_, _, p| get(p.at(0))),
    ("listNodeSpecs", |st, ctx, p| node_specs(st, ctx, p.at(0))),
];
