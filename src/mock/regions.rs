//! Mock handlers for Regions: the seeded regions and their node specs, paged.

use super::reply::{Fail, Reply};
use super::routes::{paged_by, Ctx};
use super::seed;

pub fn list(ctx: &Ctx) -> Reply {
    paged_by(
        ctx,
        "regions",
        "regions",
        numbered(seed::REGIONS),
        seed::region_json,
    )
}

pub fn get(id: &str) -> Reply {
    seed::region(id)
        .map(|r| Some(seed::region_json(r)))
        .ok_or_else(|| Fail::not_found(format!("region {id} not found")))
}

pub fn node_specs(ctx: &Ctx, id: &str) -> Reply {
    seed::region(id).ok_or_else(|| Fail::not_found(format!("region {id} not found")))?;
    paged_by(
        ctx,
        &format!("nodeSpecs|{id}"),
        "nodeSpecs",
        numbered(seed::NODE_SPECS),
        seed::node_spec_json,
    )
}

/// Seeded items keyed by their position, the order they are listed in.
fn numbered<T>(items: &[T]) -> impl Iterator<Item = (u64, &T)> {
    (0u64..).zip(items)
}
