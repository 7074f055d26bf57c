//! Branches: a copy of a cluster's data (now, or at `parentTimestamp`), or of
//! another of its branches. CREATING → ACTIVE; reset → RESTORING → ACTIVE.

use super::clusters::{active, visible};
use super::{state_at, Busy};
use crate::mock::auth::random_hex;
use crate::mock::clusters::can_write;
use crate::mock::reply::{check_display_name, ok, Body, Fail, Reply};
use crate::mock::routes::{paged, Ctx, Listing};
use crate::mock::state::{rfc3339, State};
use chrono::{DateTime, SubsecRound, Utc};
use serde_json::{json, Value};
use std::time::Instant;

#[derive(Debug, Clone)]
pub struct BranchRec {
    pub seq: u64,
    pub id: String,
    pub cluster_id: String,
    pub display_name: String,
    pub parent_id: String,
    pub parent_display_name: String,
    pub parent_timestamp: DateTime<Utc>,
    pub created_by: String,
    pub user_prefix: String,
    pub host: String,
    pub create_time: DateTime<Utc>,
    pub update_time: DateTime<Utc>,
    pub busy: Option<Busy>,
}

impl BranchRec {
    fn to_json(&self, now: Instant, full: bool) -> Value {
        let mut v = json!({
            "name": format!("clusters/{}/branches/{}", self.cluster_id, self.id),
            "branchId": self.id,
            "displayName": self.display_name,
            "clusterId": self.cluster_id,
            "parentId": self.parent_id,
            "state": state_at(self.busy, now),
            "createTime": rfc3339(self.create_time),
        });
        if full {
            for (k, x) in [
                ("createdBy", json!(self.created_by)),
                (
                    "endpoints",
                    json!({
                        "public": { "host": self.host, "port": 4000, "disabled": false, "authorizedNetworks": [] },
                    }),
                ),
                ("userPrefix", json!(self.user_prefix)),
                ("updateTime", json!(rfc3339(self.update_time))),
                ("annotations", json!({})),
                ("parentDisplayName", json!(self.parent_display_name)),
                ("parentTimestamp", json!(rfc3339(self.parent_timestamp))),
            ] {
                v[k] = x;
            }
        }
        v
    }
}

fn find<'a>(st: &'a State, ctx: &Ctx, cluster_id: &str, id: &str) -> Result<&'a BranchRec, Fail> {
    visible(st, ctx, cluster_id)?;
    st.serverless
        .branches
        .iter()
        .find(|b| b.id == id && b.cluster_id == cluster_id)
        .ok_or_else(|| Fail::not_found(format!("branch {id} not found in cluster {cluster_id}")))
}

pub fn list(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    visible(st, ctx, cluster_id)?;
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
    let b = Body::parse(&ctx.body)?;
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
    let c = active(st, ctx, cluster_id, "a branch")?.clone();
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
