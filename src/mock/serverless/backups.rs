//! Backups of Starter and Essential clusters, which the service takes on its
//! schedule once a cluster is ACTIVE: list, get, delete.

use crate::mock::access::{can_write, serverless_backup, serverless_visible};
use crate::mock::context::{Ctx, Route};
use crate::mock::listing::{paged, Listing};
use crate::mock::records::ServerlessBackupRec;
use crate::mock::reply::{ok, Fail, Reply};
use crate::mock::state::State;

pub fn list_backups(st: &mut State, ctx: &Ctx) -> Reply {
    let cid = ctx
        .query
        .get("clusterId")
        .filter(|c| !c.is_empty())
        .ok_or_else(|| Fail::bad("clusterId is required"))?;
    serverless_visible(st, ctx, cid)?;
    let items = st
        .serverless
        .backups
        .iter()
        .filter(|b| b.cluster_id == cid && b.from <= ctx.now)
        .map(|b| (b.seq, b));
    let listing = format!("serverless-backups|{cid}");
    paged(
        ctx,
        Listing::new(&listing, "backups").default_size(10).counted(),
        items,
        ServerlessBackupRec::to_json,
    )
}

pub fn get_backup(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    ok(serverless_backup(st, ctx, id)?.to_json())
}

pub fn delete_backup(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    can_write(ctx)?;
    let out = serverless_backup(st, ctx, id)?.to_json();
    st.serverless.backups.retain(|b| b.id != id);
    st.audit(&ctx.key, "DeleteServerlessBackup", None, None);
    ok(out)
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listServerlessBackups", |st, ctx, _| list_backups(st, ctx)),
    ("getServerlessBackup", |st, ctx, p| {
        get_backup(st, ctx, p.at(0))
    }),
    ("deleteServerlessBackup", |st, ctx, p| {
        delete_backup(st, ctx, p.at(0))
    }),
];
