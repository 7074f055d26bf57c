//! Mock handlers for Regions: the seeded regions and their node specs, paged.

use super::reply::{Fail, Reply};
use super::routes::{paged, Ctx};
use super::seed;
use serde_json::Value;

pub fn list(ctx: &Ctx) -> Reply {
    let items = seed::REGIONS.iter().map(seed::region_json);
    paged(ctx, "regions", "regions", numbered(items))
}

pub fn get(id: &str) -> Reply {
    seed::region(id)
        .map(|r| Some(seed::region_json(r)))
        .ok_or_else(|| Fail::not_found(format!("region {id} not found")))
}

pub fn node_specs(ctx: &Ctx, id: &str) -> Reply {
    seed::region(id).ok_or_else(|| Fail::not_found(format!("region {id} not found")))?;
    let items = seed::NODE_SPECS.iter().map(seed::node_spec_json);
    paged(
        ctx,
        &format!("nodeSpecs|{id}"),
        "nodeSpecs",
        numbered(items),
    )
}

fn numbered(items: impl Iterator<Item = Value>) -> impl Iterator<Item = (u64, Value)> {
    (0u64..).zip(items)
}
