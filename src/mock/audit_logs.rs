//! Mock handler for audit logs: every administrative action, newest first, with
//! the service's time, event type and keyword filters and `totalSize`.

use super::context::{Ctx, Route};
use super::listing::{paged, Listing};
use super::reply::{Fail, Reply};
use super::state::{AuditRec, State};
use chrono::{DateTime, Utc};

const READERS: &[&str] = &["org:owner", "org:audit_admin"];

fn time(ctx: &Ctx, name: &str) -> Result<Option<DateTime<Utc>>, Fail> {
    ctx.query
        .get(name)
        .map(|v| {
            DateTime::parse_from_rfc3339(v)
                .map(|t| t.with_timezone(&Utc))
                .map_err(|_| Fail::bad(format!("{name} must be an RFC 3339 date-time, got {v:?}")))
        })
        .transpose()
}

pub fn list(state: &mut State, ctx: &Ctx) -> Reply {
    if !READERS.contains(&ctx.key.role.as_str()) {
        return Err(Fail::forbidden(format!(
            "the role {:?} of this API key cannot read audit logs",
            ctx.key.role
        )));
    }
    let start = time(ctx, "startTime")?;
    let end = time(ctx, "endTime")?;
    let types = ctx.query.all("auditEventTypes");
    let keyword = ctx.query.get("keyword").map(str::to_ascii_lowercase);
    let listing = format!(
        "audit|{}|{}|{}|{}",
        ctx.query.get("startTime").unwrap_or(""),
        ctx.query.get("endTime").unwrap_or(""),
        types.join(","),
        keyword.as_deref().unwrap_or("")
    );
    let newest = u64::MAX;
    let items = state
        .audit
        .iter()
        .rev()
        .filter(|a| start.is_none_or(|s| a.time >= s))
        .filter(|a| end.is_none_or(|e| a.time <= e))
        .filter(|a| types.is_empty() || types.contains(&a.event_type.as_str()))
        .filter(|a| {
            keyword.as_deref().is_none_or(|k| {
                a.event_type.to_ascii_lowercase().contains(k)
                    || a.email.to_ascii_lowercase().contains(k)
                    || a.cluster.as_ref().is_some_and(|(id, name)| {
                        id.contains(k) || name.to_ascii_lowercase().contains(k)
                    })
            })
        })
        // Newest first: the sort key must rise as we go, so count down from the top.
        .map(|a| (newest - a.seq, a));
    paged(
        ctx,
        Listing::new(&listing, "auditLogs").counted(),
        items,
        AuditRec::to_json,
    )
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[("listAuditLogs", |st, ctx, _| list(st, ctx))];
