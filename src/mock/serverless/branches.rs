//! Branches: a copy of a cluster's data (now, or at `parentTimestamp`), or of
//! another of its branches. CREATING → ACTIVE; reset → RESTORING → ACTIVE.

use crate::mock::access::can_write;
use crate::mock::access::{serverless_active, serverless_visible};
use crate::mock::auth::random_hex;
use crate::mock::context::{Ctx, Route};
use crate::mock::listing::{paged, Listing};
use crate::mock::records::BranchRec;
use crate::mock::records::{state_at, Busy};
use crate::mock::reply::{check_display_name, ok, Fail, Fields, Reply};
use crate::mock::state::{rfc3339, State};
use chrono::{DateTime, SubsecRound, Utc};
use serde_json::json;

fn find<'a>(st: &'a State, ctx: &Ctx, cluster_id: &str, id: &str) -> Result<&'a BranchRec, Fail> {
    serverless_visible(st, ctx, cluster_id)?;
    st.serverless
        .branches
        .iter()
        .find(|b| b.id == id && b.cluster_id == cluster_id)
        .ok_or_else(|| Fail::not_found(format!("branch {id} not found in cluster {cluster_id}")))
}

pub fn list(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    serverless_visible(st, ctx, cluster_id)?;
    let items = st
        .serverless
        .branches
        .iter()
        .filter(|b| b.cluster_id == cluster_id)
        .map(|b| (b.seq, b));
    let listing = format!("branches|{cluster_id}");
    paged(
        ctx,
        Listing::new(&listing, "branches")
            .default_size(10)
            .counted(),
        items,
        |b| b.to_json(ctx.now, true),
    )
}

pub fn create(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    can_write(ctx)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(
        &[
            "displayName",
            "parentId",
            "parentTimestamp",
            "name",
            "branchId",
            "clusterId",
            "createdBy",
            "state",
            "endpoints",
            "userPrefix",
            "createTime",
            "updateTime",
            "annotations",
            "parentDisplayName",
        ],
        "a Branch",
    )?;
    let name = b.req_str("displayName")?;
    check_display_name(name)?;
    let c = serverless_active(st, ctx, cluster_id, "a branch")?.clone();
    let parent_id = b.opt_str("parentId")?.unwrap_or(cluster_id);
    let (parent_name, parent_created) = if parent_id == cluster_id {
        (c.display_name.clone(), c.create_time)
    } else {
        let p = find(st, ctx, cluster_id, parent_id).map_err(|_| {
            Fail::bad(format!(
                "parentId {parent_id:?} is neither the cluster nor one of its branches"
            ))
        })?;
        if state_at(p.busy, ctx.now) != "ACTIVE" {
            return Err(Fail::bad(format!(
                "the parent branch {parent_id} is not ACTIVE"
            )));
        }
        (p.display_name.clone(), p.create_time)
    };
    let now = Utc::now();
    let at = match b.opt_str("parentTimestamp")? {
        None => now,
        Some(t) => {
            let t = DateTime::parse_from_rfc3339(t)
                .map_err(|_| Fail::bad(format!("parentTimestamp {t:?} is not an RFC 3339 time")))?
                .with_timezone(&Utc);
            if t > now || t < parent_created - chrono::Duration::seconds(1) {
                return Err(Fail::bad(format!(
                    "parentTimestamp must be between the parent's creation ({}) and now",
                    rfc3339(parent_created)
                )));
            }
            t
        }
    };
    let seq = st.next_seq();
    let id = format!("bran-{}", &random_hex(13)[..26]);
    let rec = BranchRec {
        seq,
        host: c.host(false),
        id,
        cluster_id: cluster_id.to_owned(),
        display_name: name.to_owned(),
        parent_id: parent_id.to_owned(),
        parent_display_name: parent_name,
        parent_timestamp: at.trunc_subsecs(0),
        created_by: ctx.key.email(),
        user_prefix: random_hex(8)[..15].to_owned(),
        create_time: now,
        update_time: now,
        busy: Some(Busy {
            until: ctx.now + st.transition,
            state: "CREATING",
        }),
    };
    let out = rec.to_json(ctx.now, true);
    st.serverless.branches.push(rec);
    st.audit(&ctx.key, "CreateBranch", None, Some(c.project()));
    ok(out)
}

pub fn get(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    let full = super::full_view(ctx)?;
    ok(find(st, ctx, cluster_id, id)?.to_json(ctx.now, full))
}

pub fn delete(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    can_write(ctx)?;
    let mut out = find(st, ctx, cluster_id, id)?.to_json(ctx.now, true);
    out["state"] = json!("DELETED");
    st.serverless
        .branches
        .retain(|b| !(b.id == id && b.cluster_id == cluster_id));
    st.audit(&ctx.key, "DeleteBranch", None, None);
    ok(out)
}

pub fn reset(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    can_write(ctx)?;
    let b = find(st, ctx, cluster_id, id)?;
    let s = state_at(b.busy, ctx.now);
    if s != "ACTIVE" {
        return Err(Fail::bad(format!(
            "branch {id} is {s}; only an ACTIVE branch can be reset"
        )));
    }
    let until = ctx.now + st.transition;
    let rec = st
        .serverless
        .branches
        .iter_mut()
        .find(|b| b.id == id && b.cluster_id == cluster_id)
        .ok_or_else(|| Fail::not_found(format!("branch {id} not found")))?;
    rec.busy = Some(Busy {
        until,
        state: "RESTORING",
    });
    rec.update_time = Utc::now();
    rec.parent_timestamp = rec.update_time.trunc_subsecs(0);
    let out = rec.to_json(ctx.now, true);
    st.audit(&ctx.key, "ResetBranch", None, None);
    ok(out)
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listBranches", |st, ctx, p| list(st, ctx, p.at(0))),
    ("createBranch", |st, ctx, p| create(st, ctx, p.at(0))),
    ("getBranch", |st, ctx, p| get(st, ctx, p.at(0), p.at(1))),
    ("deleteBranch", |st, ctx, p| {
        delete(st, ctx, p.at(0), p.at(1))
    }),
    ("resetBranch", |st, ctx, p| reset(st, ctx, p.at(0), p.at(1))),
];
