//! The Starter/Essential server (`/v1beta1/serverless/...` on the mock's
//! host): clusters, branches, exports, imports, backups, regions and database
//! audit logging, with the service's checks. Each record's state follows from
//! its age and the transition time, so nothing needs settling.

pub mod backups;
pub mod branch_users;
pub mod branches;
pub mod changefeeds;
pub mod clusters;
pub mod database_audit_logging;
pub mod export_files;
pub mod exports;
mod fields;
pub mod imports;
pub mod migrations;
pub mod private_link;
pub mod uploads;

use super::context::Ctx;
use super::reply::Fail;

/// Whether a request asks for the whole record (`view=FULL`, the default) or
/// its basics (`view=BASIC`).
pub fn full_view(ctx: &Ctx) -> Result<bool, Fail> {
    match ctx.query.get("view") {
        None | Some("FULL") => Ok(true),
        Some("BASIC") => Ok(false),
        Some(v) => Err(Fail::bad(format!("view {v:?} is not one of BASIC, FULL"))),
    }
}
