//! The service's checks on a Starter or Essential cluster's fields: spending
//! limit, auto scaling, backup policy, public endpoint, labels.

use crate::mock::context::Ctx;
use crate::mock::records::ORG_LABEL;
use crate::mock::reply::{Fail, Fields};
use crate::mock::state::{State, DEFAULT_PROJECT, ORG_ID, PROJECT_LABEL};
use serde_json::{json, Map, Value};

pub fn check_spending_limit(v: &Value) -> Result<(), Fail> {
    let b = Fields(
        v.as_object()
            .ok_or_else(|| Fail::bad("spendingLimit must be an object"))?,
    );
    b.only(&["monthly"], "spendingLimit")?;
    match b.opt_int("monthly")? {
        Some(n) if !(0..=i64::from(i32::MAX)).contains(&n) => Err(Fail::bad(format!(
            "spendingLimit.monthly must be 0 or more US cents, got {n}"
        ))),
        _ => Ok(()),
    }
}

pub fn check_auto_scaling(v: &Value) -> Result<(), Fail> {
    let b = Fields(
        v.as_object()
            .ok_or_else(|| Fail::bad("autoScaling must be an object"))?,
    );
    b.only(&["minRcu", "maxRcu"], "autoScaling")?;
    let min = b
        .opt_int("minRcu")?
        .ok_or_else(|| Fail::bad("autoScaling.minRcu is required"))?;
    let max = b
        .opt_int("maxRcu")?
        .ok_or_else(|| Fail::bad("autoScaling.maxRcu is required"))?;
    if min < 2000 || max > 100_000 || min > max {
        return Err(Fail::bad(format!(
            "autoScaling needs 2000 <= minRcu <= maxRcu <= 100000, got minRcu {min}, maxRcu {max}"
        )));
    }
    Ok(())
}

pub fn check_backup_policy(v: &Value) -> Result<(), Fail> {
    let b = Fields(
        v.as_object()
            .ok_or_else(|| Fail::bad("automatedBackupPolicy must be an object"))?,
    );
    b.only(&["startTime", "retentionDays"], "automatedBackupPolicy")?;
    if let Some(t) = b.opt_str("startTime")? {
        let ok = chrono::NaiveTime::parse_from_str(t, "%H:%M").is_ok() && t.len() == 5;
        if !ok {
            return Err(Fail::bad(format!(
                "automatedBackupPolicy.startTime must be HH:mm (UTC), got {t:?}"
            )));
        }
    }
    match b.opt_int("retentionDays")? {
        Some(d) if !(1..=30).contains(&d) => Err(Fail::bad(format!(
            "automatedBackupPolicy.retentionDays must be 1 to 30, got {d}"
        ))),
        _ => Ok(()),
    }
}

pub fn check_public(v: &Value) -> Result<(), Fail> {
    let b = Fields(
        v.as_object()
            .ok_or_else(|| Fail::bad("endpoints.public must be an object"))?,
    );
    b.only(
        &["host", "port", "disabled", "authorizedNetworks"],
        "endpoints.public",
    )?;
    if !matches!(
        b.0.get("disabled"),
        None | Some(Value::Bool(_)) | Some(Value::Null)
    ) {
        return Err(Fail::bad("endpoints.public.disabled must be true or false"));
    }
    match b.0.get("authorizedNetworks") {
        None | Some(Value::Null) => Ok(()),
        Some(Value::Array(nets)) => {
            for n in nets {
                let nb = Fields(n.as_object().ok_or_else(|| {
                    Fail::bad("endpoints.public.authorizedNetworks[] must be objects")
                })?);
                for f in ["startIpAddress", "endIpAddress"] {
                    let ip = nb.req_str(f).map_err(|_| {
                        Fail::bad(format!(
                            "endpoints.public.authorizedNetworks[].{f} is required"
                        ))
                    })?;
                    if ip.parse::<std::net::Ipv4Addr>().is_err() {
                        return Err(Fail::bad(format!(
                            "endpoints.public.authorizedNetworks[].{f} {ip:?} is not an IPv4 address"
                        )));
                    }
                }
                nb.req_str("displayName").map_err(|_| {
                    Fail::bad("endpoints.public.authorizedNetworks[].displayName is required")
                })?;
            }
            Ok(())
        }
        Some(_) => Err(Fail::bad(
            "endpoints.public.authorizedNetworks must be a list",
        )),
    }
}

pub fn check_endpoints(v: &Value) -> Result<Value, Fail> {
    let b = Fields(
        v.as_object()
            .ok_or_else(|| Fail::bad("endpoints must be an object"))?,
    );
    b.only(&["public", "private"], "endpoints")?;
    let public = v.get("public").cloned().unwrap_or_else(|| json!({}));
    check_public(&public)?;
    Ok(public)
}

pub fn default_public() -> Value {
    json!({ "disabled": false, "authorizedNetworks": [] })
}

/// The public settings with what `given` says: hosts and ports stay the service's.
pub fn merged_public(given: &Value) -> Value {
    let mut p = default_public();
    for k in ["disabled", "authorizedNetworks"] {
        if let Some(v) = given.get(k).filter(|v| !v.is_null()) {
            p[k] = v.clone();
        }
    }
    p
}

pub fn labels_of(
    st: &State,
    ctx: &Ctx,
    given: Option<&Map<String, Value>>,
) -> Result<Map<String, Value>, Fail> {
    let mut labels = given.cloned().unwrap_or_default();
    if labels.values().any(|v| !v.is_string()) {
        return Err(Fail::bad("labels must map strings to strings"));
    }
    let project = match labels.get(PROJECT_LABEL).and_then(Value::as_str) {
        Some(p) => p.to_owned(),
        None => ctx
            .key
            .project()
            .unwrap_or_else(|| DEFAULT_PROJECT.to_owned()),
    };
    if !st.is_project(&project) {
        return Err(Fail::bad(format!("project {project} not found")));
    }
    if ctx.key.project().is_some_and(|p| p != project) {
        return Err(Fail::forbidden(format!(
            "this API key cannot manage project {project}"
        )));
    }
    labels.insert(PROJECT_LABEL.into(), json!(project));
    labels.insert(ORG_LABEL.into(), json!(ORG_ID));
    Ok(labels)
}
