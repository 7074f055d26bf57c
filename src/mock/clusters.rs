//! Mock handlers for Clusters: the spec's validation and the state machine
//! CREATING → ACTIVE, pause → PAUSED, resume → RESUMING → ACTIVE,
//! update → MODIFYING → ACTIVE, delete → DELETING → gone.

use super::reply::{check_display_name, empty, ok, Body, Fail, Reply};
use super::routes::{paged_by, Ctx};
use super::seed;
use super::state::{ClusterRec, State, DEFAULT_PROJECT, OTHER_PROJECT};
use chrono::Utc;
use serde_json::{Map, Value};

pub const STATES: &[&str] = &[
    "CREATING",
    "ACTIVE",
    "PAUSED",
    "RESUMING",
    "DELETING",
    "UPGRADING",
    "MODIFYING",
];
const WRITERS: &[&str] = &["Organization Owner", "Project Owner"];

pub fn can_write(ctx: &Ctx) -> Result<(), Fail> {
    if WRITERS.contains(&ctx.key.role.as_str()) {
        Ok(())
    } else {
        Err(Fail::forbidden(format!(
            "the role {:?} of this API key cannot manage clusters",
            ctx.key.role
        )))
    }
}

/// The cluster, if this key may see it (a project key sees its own project only).
pub fn visible<'a>(state: &'a State, ctx: &Ctx, id: &str) -> Result<&'a ClusterRec, Fail> {
    state
        .cluster(id)
        .filter(|c| ctx.key.project().is_none_or(|p| p == c.project_id))
        .ok_or_else(|| Fail::not_found(format!("cluster {id} not found")))
}

pub fn list(state: &mut State, ctx: &Ctx) -> Reply {
    let project = ctx.query.get("projectId");
    let states = ctx.query.all("clusterStates");
    for s in &states {
        if !STATES.contains(s) {
            return Err(Fail::bad(format!(
                "clusterStates: unknown state {s:?}; expected one of {}",
                STATES.join(", ")
            )));
        }
    }
    let mut sorted = states.clone();
    sorted.sort_unstable();
    let listing = format!("clusters|{}|{}", project.unwrap_or(""), sorted.join(","));
    let scope = ctx.key.project();
    let items = state
        .clusters
        .values()
        .filter(|c| project.is_none_or(|p| c.project_id == p))
        .filter(|c| scope.as_deref().is_none_or(|p| c.project_id == p))
        .filter(|c| states.is_empty() || states.contains(&c.state))
        .map(|c| (c.seq, c));
    paged_by(ctx, &listing, "clusters", items, ClusterRec::to_json)
}

/// Check one component's spec; fill the storage default. `quantity_rule` adds
/// per-component limits (TiKV comes in multiples of three).
fn check_component(name: &str, v: &Value, with_storage: bool) -> Result<Value, Fail> {
    let m = v
        .as_object()
        .ok_or_else(|| Fail::bad(format!("components.{name} must be an object")))?;
    for k in m.keys() {
        let allowed =
            k == "nodeSize" || k == "nodeQuantity" || (with_storage && k == "storageSize");
        if !allowed {
            return Err(Fail::bad(format!(
                "components.{name}.{k} is not a known field"
            )));
        }
    }
    let b = Body(m);
    let size = b
        .opt_str("nodeSize")
        .map_err(|_| Fail::bad(format!("components.{name}.nodeSize must be a string")))?
        .ok_or_else(|| Fail::bad(format!("components.{name}.nodeSize is required")))?;
    if seed::hourly_price(name, size).is_none() {
        let known: Vec<&str> = seed::NODE_SPECS
            .iter()
            .filter(|s| s.0 == name)
            .map(|s| s.1)
            .collect();
        return Err(Fail::bad(format!(
            "components.{name}.nodeSize {size:?} is not offered; choose one of {}",
            known.join(", ")
        )));
    }
    let qty = b
        .opt_int("nodeQuantity")
        .map_err(|_| Fail::bad(format!("components.{name}.nodeQuantity must be an integer")))?
        .ok_or_else(|| Fail::bad(format!("components.{name}.nodeQuantity is required")))?;
    if !(1..=60).contains(&qty) {
        return Err(Fail::bad(format!(
            "components.{name}.nodeQuantity must be between 1 and 60"
        )));
    }
    if name == "tikv" && qty % 3 != 0 {
        return Err(Fail::bad(
            "components.tikv.nodeQuantity must be a multiple of 3",
        ));
    }
    let mut out = Map::new();
    out.insert("nodeSize".into(), Value::from(size));
    out.insert("nodeQuantity".into(), Value::from(qty));
    if with_storage {
        let storage = b
            .opt_int("storageSize")
            .map_err(|_| Fail::bad(format!("components.{name}.storageSize must be an integer")))?
            .unwrap_or(500);
        if !(200..=6144).contains(&storage) {
            return Err(Fail::bad(format!(
                "components.{name}.storageSize must be between 200 and 6144 GiB"
            )));
        }
        out.insert("storageSize".into(), Value::from(storage));
    }
    Ok(Value::Object(out))
}

fn check_components(m: &Map<String, Value>) -> Result<Value, Fail> {
    for k in m.keys() {
        if !matches!(k.as_str(), "tidb" | "tikv" | "tiflash") {
            return Err(Fail::bad(format!(
                "components.{k} is not a known component"
            )));
        }
    }
    let mut out = Map::new();
    for (name, storage, required) in [
        ("tidb", false, true),
        ("tikv", true, true),
        ("tiflash", true, false),
    ] {
        match m.get(name) {
            Some(v) if !v.is_null() => {
                out.insert(name.into(), check_component(name, v, storage)?);
            }
            _ if required => return Err(Fail::bad(format!("components.{name} is required"))),
            _ => {}
        }
    }
    Ok(Value::Object(out))
}

pub fn create(state: &mut State, ctx: &Ctx) -> Reply {
    can_write(ctx)?;
    let validate_only = ctx.query.flag("validateOnly")?;
    let b = Body::parse(&ctx.body)?;
    let name = b.req_str("displayName")?;
    check_display_name(name)?;
    let provider = b.req_str("cloudProvider")?;
    if !matches!(provider, "AWS" | "GCP" | "AZURE") {
        return Err(Fail::bad(format!(
            "cloudProvider {provider:?} is not one of AWS, GCP, AZURE"
        )));
    }
    let region_id = b.req_str("regionId")?;
    let region = seed::region(region_id)
        .ok_or_else(|| Fail::bad(format!("regionId {region_id:?} is not a known region")))?;
    if !region.provider.eq_ignore_ascii_case(provider) {
        return Err(Fail::bad(format!(
            "region {region_id} belongs to {}, not {provider}",
            region.provider
        )));
    }
    let components = check_components(
        b.opt_obj("components")?
            .ok_or_else(|| Fail::bad("components is required"))?,
    )?;
    let project_id = match b.opt_str("projectId")? {
        None => ctx
            .key
            .project()
            .unwrap_or_else(|| DEFAULT_PROJECT.to_owned()),
        Some(p) if p == DEFAULT_PROJECT || p == OTHER_PROJECT => p.to_owned(),
        Some(p) => {
            return Err(Fail::bad(format!(
                "projectId {p:?} is not a project of this organization"
            )))
        }
    };
    if ctx.key.project().is_some_and(|p| p != project_id) {
        return Err(Fail::forbidden(
            "this API key cannot create clusters in that project",
        ));
    }
    if let Some(pw) = b.opt_str("rootPassword")? {
        if !(8..=64).contains(&pw.chars().count()) {
            return Err(Fail::bad("rootPassword must be 8 to 64 characters"));
        }
    }
    let port = b.opt_int("port")?.unwrap_or(4000);
    if !(1024..=65535).contains(&port) {
        return Err(Fail::bad("port must be between 1024 and 65535"));
    }
    let (seq, id) = if validate_only {
        (0, String::new())
    } else {
        state.new_cluster_id()
    };
    let now = Utc::now();
    let rec = ClusterRec {
        seq,
        id,
        project_id: project_id.clone(),
        display_name: name.to_owned(),
        provider: provider.to_owned(),
        region: region_id.to_owned(),
        components,
        port,
        state: "CREATING",
        pending: None,
        create_time: now,
        update_time: now,
        history: Vec::new(),
    };
    if validate_only {
        return ok(rec.to_json());
    }
    let out = state.insert_cluster(rec, ctx.now).to_json();
    let id = out["clusterId"].as_str().unwrap_or_default().to_owned();
    state.audit(&ctx.key, "CreateCluster", Some(&id), Some(&project_id));
    ok(out)
}

pub fn get(state: &mut State, ctx: &Ctx, id: &str) -> Reply {
    ok(visible(state, ctx, id)?.to_json())
}

fn require_state(c: &ClusterRec, allowed: &[&str], action: &str) -> Result<(), Fail> {
    if allowed.contains(&c.state) {
        Ok(())
    } else {
        Err(Fail::bad(format!(
            "cannot {action} cluster {} while it is {}; it must be {}",
            c.id,
            c.state,
            allowed.join(" or ")
        )))
    }
}

pub fn update(state: &mut State, ctx: &Ctx, id: &str) -> Reply {
    can_write(ctx)?;
    let c = visible(state, ctx, id)?.clone();
    let b = Body::parse(&ctx.body)?;
    let name = b.opt_str("displayName")?;
    let comps = b.opt_obj("components")?;
    if name.is_none() && comps.is_none() {
        return Err(Fail::bad(
            "nothing to update: give displayName or components",
        ));
    }
    if let Some(n) = name {
        check_display_name(n)?;
    }
    let new_components = match comps {
        None => None,
        Some(m) => {
            require_state(&c, &["ACTIVE"], "modify")?;
            let mut merged = c.components.as_object().cloned().unwrap_or_default();
            for (k, v) in m {
                let base = merged
                    .get(k)
                    .and_then(Value::as_object)
                    .cloned()
                    .unwrap_or_default();
                let mut comp = base;
                match v.as_object() {
                    Some(patch) => comp.extend(patch.clone()),
                    None => return Err(Fail::bad(format!("components.{k} must be an object"))),
                }
                merged.insert(k.clone(), Value::Object(comp));
            }
            let checked = check_components(&merged)?;
            for name in ["tikv", "tiflash"] {
                let old = c.components[name]["storageSize"].as_i64();
                let new = checked[name]["storageSize"].as_i64();
                if let (Some(o), Some(n)) = (old, new) {
                    if n < o {
                        return Err(Fail::bad(format!(
                            "components.{name}.storageSize cannot shrink from {o} to {n}"
                        )));
                    }
                }
            }
            Some(checked)
        }
    };
    if name.is_some() {
        require_state(
            &c,
            &["ACTIVE", "PAUSED", "CREATING", "MODIFYING", "RESUMING"],
            "rename",
        )?;
    }
    let now = ctx.now;
    if let Some(rec) = state.cluster_mut(id) {
        if let Some(n) = name {
            rec.display_name = n.to_owned();
            rec.update_time = Utc::now();
        }
        if let Some(comps) = &new_components {
            rec.components = comps.clone();
        }
    }
    if new_components.is_some() {
        state.transition(id, "MODIFYING", "ACTIVE", now);
    }
    state.audit(&ctx.key, "UpdateCluster", Some(id), Some(&c.project_id));
    ok(visible(state, ctx, id)?.to_json())
}

pub fn delete(state: &mut State, ctx: &Ctx, id: &str) -> Reply {
    can_write(ctx)?;
    let c = visible(state, ctx, id)?;
    require_state(c, &["ACTIVE", "PAUSED"], "delete")?;
    let project = c.project_id.clone();
    state.transition(id, "DELETING", "GONE", ctx.now);
    state.audit(&ctx.key, "DeleteCluster", Some(id), Some(&project));
    empty()
}

pub fn pause(state: &mut State, ctx: &Ctx, id: &str) -> Reply {
    can_write(ctx)?;
    let c = visible(state, ctx, id)?;
    require_state(c, &["ACTIVE"], "pause")?;
    let project = c.project_id.clone();
    state.transition(id, "PAUSED", "PAUSED", ctx.now);
    state.audit(&ctx.key, "PauseCluster", Some(id), Some(&project));
    ok(visible(state, ctx, id)?.to_json())
}

pub fn resume(state: &mut State, ctx: &Ctx, id: &str) -> Reply {
    can_write(ctx)?;
    let c = visible(state, ctx, id)?;
    require_state(c, &["PAUSED"], "resume")?;
    let project = c.project_id.clone();
    state.transition(id, "RESUMING", "ACTIVE", ctx.now);
    state.audit(&ctx.key, "ResumeCluster", Some(id), Some(&project));
    ok(visible(state, ctx, id)?.to_json())
}

pub fn reset_root_password(state: &mut State, ctx: &Ctx, id: &str) -> Reply {
    can_write(ctx)?;
    let c = visible(state, ctx, id)?;
    require_state(c, &["ACTIVE"], "reset the root password of")?;
    let project = c.project_id.clone();
    let b = Body::parse(&ctx.body)?;
    let pw = b.req_str("password")?;
    if !(8..=64).contains(&pw.chars().count()) {
        return Err(Fail::bad("password must be 8 to 64 characters"));
    }
    state.audit(&ctx.key, "ResetRootPassword", Some(id), Some(&project));
    empty()
}
