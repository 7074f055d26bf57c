//! The Starter/Essential server (`/serverless/v1beta1/...` below the mock's
//! base): clusters, branches, exports, imports, backups and regions, with the
//! service's checks. Each record's state follows from its age and the
//! transition time, so nothing needs settling.

mod branches;
mod clusters;
mod exports;
mod imports;

use super::reply::{Fail, Reply};
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

/// Whether a request asks for the whole record (`view=FULL`, the default) or
/// its basics (`view=BASIC`).
pub fn full_view(ctx: &Ctx) -> Result<bool, Fail> {
    match ctx.query.get("view") {
        None | Some("FULL") => Ok(true),
        Some("BASIC") => Ok(false),
        Some(v) => Err(Fail::bad(format!("view {v:?} is not one of BASIC, FULL"))),
    }
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
