//! The Starter/Essential server (`/serverless/v1beta1/...` below the mock's
//! base): clusters, branches, exports, imports, backups and regions, with the
//! service's checks. Each record's state follows from its age and the
//! transition time, so nothing needs settling.

mod branches;
mod clusters;
mod exports;
mod imports;

use super::imports::{check_uri, req_obj, req_str};
use super::reply::{one_of, Body, Fail, Reply};
use super::routes::Ctx;
use super::state::State;
use axum::http::{Method, StatusCode};
use std::time::Instant;

pub use clusters::SlCluster;

/// The server's records, kept in the mock's one state.
#[derive(Default)]
pub struct Data {
    pub clusters: Vec<SlCluster>,
    pub branches: Vec<branches::BranchRec>,
    pub exports: Vec<exports::ExportRec>,
    pub imports: Vec<super::imports::ImportRec>,
    pub backups: Vec<clusters::BackupRec>,
}

/// A state that lasts until a moment, then gives way to ACTIVE.
#[derive(Debug, Clone, Copy)]
pub struct Busy {
    pub until: Instant,
    pub state: &'static str,
}

pub fn state_at(busy: Option<Busy>, now: Instant) -> &'static str {
    match busy {
        Some(b) if now < b.until => b.state,
        _ => "ACTIVE",
    }
}

/// What a source (imports) or target (exports) of `kind` needs: the field
/// holding its settings, the URI schemes, and per auth type the field with
/// the credentials.
pub struct Location {
    pub kind: &'static str,
    pub field: &'static str,
    pub schemes: &'static [&'static str],
    pub auth: &'static [(&'static str, &'static str)],
}

/// Check `obj` (a source or target) against the locations it may name.
pub fn check_location(obj: &Body<'_>, path: &str, kinds: &[Location]) -> Result<(), Fail> {
    let mut known: Vec<&str> = vec!["type"];
    known.extend(kinds.iter().map(|k| k.field).filter(|f| !f.is_empty()));
    obj.only(&known, path)?;
    let kind = req_str(obj, "type", &format!("{path}."))?;
    let names: Vec<&str> = kinds.iter().map(|k| k.kind).collect();
    one_of(&format!("{path}.type"), kind, &names)?;
    let Some(loc) = kinds.iter().find(|k| k.kind == kind) else {
        return Ok(());
    };
    if loc.field.is_empty() {
        return Ok(()); // LOCAL: the service keeps the files
    }
    let p = format!("{path}.{}.", loc.field);
    let cfg = obj.opt_obj(loc.field)?.map(Body).ok_or_else(|| {
        Fail::bad(format!(
            "{path}.{} is required when the type is {kind}",
            loc.field
        ))
    })?;
    check_uri(req_str(&cfg, "uri", &p)?, &format!("{p}uri"), loc.schemes)?;
    let auth_type = req_str(&cfg, "authType", &p)?;
    let auths: Vec<&str> = loc.auth.iter().map(|(a, _)| *a).collect();
    one_of(&format!("{p}authType"), auth_type, &auths)?;
    let needs = loc
        .auth
        .iter()
        .find(|(a, _)| *a == auth_type)
        .map_or("", |(_, n)| *n);
    if needs == "accessKey" {
        let key = req_obj(&cfg, "accessKey", &p)?;
        req_str(&key, "id", &format!("{p}accessKey."))?;
        req_str(&key, "secret", &format!("{p}accessKey."))?;
    } else {
        let value = req_str(&cfg, needs, &p).map_err(|_| {
            Fail::bad(format!(
                "{p}{needs} is required when authType is {auth_type}"
            ))
        })?;
        if needs == "roleArn" && !value.starts_with("arn:aws:iam::") {
            return Err(Fail::bad(format!(
                "{p}roleArn must be an IAM role ARN, got {value:?}"
            )));
        }
    }
    if let Some(ep) = cfg.opt_str("endpoint")? {
        check_uri(ep, &format!("{p}endpoint"), &["https://"])?;
    }
    Ok(())
}

/// Whether a location's URI asks the mock to fail the task ("fail" in it).
pub fn fails(v: &serde_json::Value) -> bool {
    v.as_object().is_some_and(|m| {
        m.values()
            .any(|c| c["uri"].as_str().is_some_and(|u| u.contains("fail")))
    })
}

pub fn dispatch(
    st: &mut State,
    ctx: &Ctx,
    method: &Method,
    segs: &[&str],
    verb: Option<&str>,
    path: &str,
) -> Reply {
    let not_allowed = || {
        Fail::new(
            StatusCode::METHOD_NOT_ALLOWED,
            format!("{method} is not allowed on {path}"),
        )
    };
    match (segs, verb) {
        (["clusters"], None) => match *method {
            Method::GET => clusters::list(st, ctx),
            Method::POST => clusters::create(st, ctx),
            _ => Err(not_allowed()),
        },
        (["clusters"], Some("restore")) if method == Method::POST => clusters::restore(st, ctx),
        (["clusters", id], None) => match *method {
            Method::GET => clusters::get(st, ctx, id),
            Method::PATCH => clusters::update(st, ctx, id),
            Method::DELETE => clusters::delete(st, ctx, id),
            _ => Err(not_allowed()),
        },
        (["clusters", id, "branches"], None) => match *method {
            Method::GET => branches::list(st, ctx, id),
            Method::POST => branches::create(st, ctx, id),
            _ => Err(not_allowed()),
        },
        (["clusters", id, "branches", b], None) => match *method {
            Method::GET => branches::get(st, ctx, id, b),
            Method::DELETE => branches::delete(st, ctx, id, b),
            _ => Err(not_allowed()),
        },
        (["clusters", id, "branches", b], Some("reset")) if method == Method::POST => {
            branches::reset(st, ctx, id, b)
        }
        (["clusters", id, "exports"], None) => match *method {
            Method::GET => exports::list(st, ctx, id),
            Method::POST => exports::create(st, ctx, id),
            _ => Err(not_allowed()),
        },
        (["clusters", id, "exports", e], None) => match *method {
            Method::GET => exports::get(st, ctx, id, e),
            Method::DELETE => exports::delete(st, ctx, id, e),
            _ => Err(not_allowed()),
        },
        (["clusters", id, "exports", e], Some("cancel")) if method == Method::POST => {
            exports::cancel(st, ctx, id, e)
        }
        (["clusters", id, "imports"], None) => match *method {
            Method::GET => imports::list(st, ctx, id),
            Method::POST => imports::create(st, ctx, id),
            _ => Err(not_allowed()),
        },
        (["clusters", id, "imports", i], None) if method == Method::GET => {
            imports::get(st, ctx, id, i)
        }
        (["clusters", id, "imports", i], Some("cancel")) if method == Method::POST => {
            imports::cancel(st, ctx, id, i)
        }
        (["backups"], None) if method == Method::GET => clusters::list_backups(st, ctx),
        (["backups", b], None) => match *method {
            Method::GET => clusters::get_backup(st, ctx, b),
            Method::DELETE => clusters::delete_backup(st, ctx, b),
            _ => Err(not_allowed()),
        },
        (["regions"], None) if method == Method::GET => clusters::regions(),
        (["clusters" | "backups" | "regions", ..], _) => Err(not_allowed()),
        _ => Err(Fail::not_found(format!("no such path {path}"))),
    }
}
