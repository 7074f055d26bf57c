//! Mock handlers for Integrations, in the service's shapes: `type` plus the
//! settings object it names, one integration per type and cluster (a second
//! is 409), listed under `items` with `total`. API keys are shown masked,
//! never whole; a Prometheus read key is shown once, when it is created.

use super::access::{can_write, visible};
use super::context::{Ctx, Route};
use super::records::IntegrationRec;
use super::reply::{ok, one_of, Fail, Fields, Reply};
use super::state::State;
use axum::http::StatusCode;
use chrono::Utc;
use serde_json::{json, Map, Value};

const TYPES: &[&str] = &["DATADOG", "NEWRELIC", "PROMETHEUS"];
/// (site, its web address)
const DATADOG_SITES: &[(&str, &str)] = &[
    ("US1", "https://app.datadoghq.com"),
    ("US3", "https://us3.datadoghq.com"),
    ("US5", "https://us5.datadoghq.com"),
    ("EU1", "https://app.datadoghq.eu"),
    ("US1_FED", "https://app.ddog-gov.com"),
    ("AP1", "https://ap1.datadoghq.com"),
    ("AP2", "https://ap2.datadoghq.com"),
];
const NEWRELIC_SITES: &[(&str, &str)] = &[
    ("US_OTLP", "https://one.newrelic.com"),
    ("EU_OTLP", "https://one.eu.newrelic.com"),
];

pub fn list(state: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    visible(state, ctx, cluster_id)?;
    let items: Vec<Value> = state
        .integrations
        .iter()
        .filter(|i| i.cluster_id == cluster_id)
        .map(IntegrationRec::to_json)
        .collect();
    ok(json!({ "total": items.len(), "items": items }))
}

/// A provider's `apiKey` (the service also takes the proto name `api_key`,
/// which its own example body uses) and `site`, checked.
fn key_and_site(
    settings: &Map<String, Value>,
    field: &str,
    sites: &[(&str, &str)],
) -> Result<(String, (String, String)), Fail> {
    let b = Fields(settings);
    let key = match (b.opt_str("apiKey")?, b.opt_str("api_key")?) {
        (Some(k), _) | (None, Some(k)) if !k.trim().is_empty() => k,
        _ => return Err(Fail::bad(format!("{field}.apiKey is required"))),
    };
    let names: Vec<&str> = sites.iter().map(|(s, _)| *s).collect();
    let site = b.opt_str("site")?.unwrap_or(sites[0].0);
    one_of(&format!("{field}.site"), site, &names)?;
    let url = sites
        .iter()
        .find(|(s, _)| *s == site)
        .map_or("", |(_, u)| *u);
    let tail: String = key
        .chars()
        .rev()
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    Ok((tail, (site.to_owned(), url.to_owned())))
}

pub fn create(state: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    can_write(ctx)?;
    let project = visible(state, ctx, cluster_id)?.project_id.clone();
    let b = Fields::parse(&ctx.body)?;
    b.only(
        &["type", "datadog", "newrelic", "prometheus"],
        "an integration",
    )?;
    let kind = b.req_str("type")?;
    one_of("type", kind, TYPES)?;
    let field = kind.to_ascii_lowercase();
    let settings = b
        .opt_obj(&field)?
        .ok_or_else(|| Fail::bad(format!("{field} is required when type is {kind}")))?;
    let (key_tail, site) = match kind {
        "DATADOG" => {
            let (t, s) = key_and_site(settings, &field, DATADOG_SITES)?;
            (t, Some(s))
        }
        "NEWRELIC" => {
            let (t, s) = key_and_site(settings, &field, NEWRELIC_SITES)?;
            (t, Some(s))
        }
        _ => (String::new(), None),
    };
    if state
        .integrations
        .iter()
        .any(|i| i.cluster_id == cluster_id && i.kind == kind)
    {
        return Err(Fail::new(
            StatusCode::CONFLICT,
            format!("cluster {cluster_id} already has a {kind} integration"),
        ));
    }
    let seq = state.next_seq();
    let rec = IntegrationRec {
        id: seq.to_string(),
        cluster_id: cluster_id.to_owned(),
        kind: kind.to_owned(),
        site,
        key_tail,
        creator: ctx.key.email(),
        create_time: Utc::now(),
    };
    let mut out = rec.to_json();
    if kind == "PROMETHEUS" {
        out["prometheus"]["key"] = json!(format!("prom-read-{}", super::auth::random_hex(16)));
    }
    state.integrations.push(rec);
    state.audit(
        &ctx.key,
        "CreateIntegration",
        Some(cluster_id),
        Some(&project),
    );
    ok(out)
}

pub fn delete(state: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    can_write(ctx)?;
    let project = visible(state, ctx, cluster_id)?.project_id.clone();
    let before = state.integrations.len();
    state
        .integrations
        .retain(|i| !(i.cluster_id == cluster_id && i.id == id));
    if state.integrations.len() == before {
        return Err(Fail::not_found(format!(
            "integration {id} not found in cluster {cluster_id}"
        )));
    }
    state.audit(
        &ctx.key,
        "DeleteIntegration",
        Some(cluster_id),
        Some(&project),
    );
    ok(json!({}))
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listIntegrations", |st, ctx, p| list(st, ctx, p.at(0))),
    ("createIntegration", |st, ctx, p| create(st, ctx, p.at(0))),
    ("deleteIntegration", |st, ctx, p| {
        delete(st, ctx, p.at(0), p.at(1))
    }),
];
