//! Mock handlers for a project's AWS customer-managed encryption keys (the
//! older v1beta API): one key a region, given as an AWS KMS key ARN; a
//! region's key is set once and kept.

use super::access::can_write;
use super::context::{Ctx, Route};
use super::reply::{ok, Fail, Fields, Reply};
use super::seed::REGIONS;
use super::state::State;
use serde_json::{json, Value};

fn project(st: &State, ctx: &Ctx, id: &str) -> Result<(), Fail> {
    let mine = ctx.key.project().is_none_or(|p| p == id);
    if st.is_project(id) && mine {
        Ok(())
    } else {
        Err(Fail::not_found(format!("project {id} not found")))
    }
}

pub fn get(st: &mut State, ctx: &Ctx, project_id: &str) -> Reply {
    project(st, ctx, project_id)?;
    let items: Vec<Value> = st
        .fleet
        .cmek
        .get(project_id)
        .into_iter()
        .flatten()
        .map(|(region, arn)| json!({ "region": region, "kms_arn": arn }))
        .collect();
    ok(json!({ "items": items }))
}

pub fn create(st: &mut State, ctx: &Ctx, project_id: &str) -> Reply {
    project(st, ctx, project_id)?;
    can_write(ctx)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(&["specs"], "an AWS CMEK request")?;
    let specs = match b.0.get("specs") {
        Some(Value::Array(items)) if !items.is_empty() => items,
        _ => return Err(Fail::bad("specs is required (a non-empty list)")),
    };
    let have = st.fleet.cmek.get(project_id).cloned().unwrap_or_default();
    let mut added: Vec<(String, String)> = Vec::new();
    for (i, s) in specs.iter().enumerate() {
        let at = format!("specs[{i}]");
        let f = s
            .as_object()
            .map(Fields)
            .ok_or_else(|| Fail::bad(format!("{at} must be an object")))?;
        f.only(&["region", "kms_arn"], &at)?;
        let region = f
            .req_str("region")
            .map_err(|_| Fail::bad(format!("{at}.region is required")))?;
        let arn = f
            .req_str("kms_arn")
            .map_err(|_| Fail::bad(format!("{at}.kms_arn is required")))?;
        let known = REGIONS
            .iter()
            .any(|r| r.provider == "aws" && r.id.strip_prefix("aws-") == Some(region));
        if !known {
            return Err(Fail::bad(format!(
                "{at}.region {region:?} is not an AWS region TiDB Cloud offers (such as us-west-2)"
            )));
        }
        if !arn.starts_with("arn:aws:kms:") {
            return Err(Fail::bad(format!(
                "{at}.kms_arn {arn:?} is not an AWS KMS key ARN (arn:aws:kms:...)"
            )));
        }
        if have.iter().chain(&added).any(|(r, _)| r == region) {
            return Err(Fail::bad(format!(
                "{at}: the project has a key for {region} already; it cannot be replaced"
            )));
        }
        added.push((region.to_owned(), arn.to_owned()));
    }
    st.fleet
        .cmek
        .entry(project_id.to_owned())
        .or_default()
        .extend(added);
    st.audit(&ctx.key, "CreateAwsCmek", None, Some(project_id));
    ok(json!({}))
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("getAwsCmek", |st, ctx, p| get(st, ctx, p.at(0))),
    ("createAwsCmek", |st, ctx, p| create(st, ctx, p.at(0))),
];
