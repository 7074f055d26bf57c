//! Mock handlers for the older v1beta API: creating projects, backups of a
//! cluster (PENDING → RUNNING → SUCCESS, one step per transition time) and
//! restores, which make a new cluster (RESTORING, then ACTIVE) from a backup.
//! Lists page by number (`page`, `page_size`) and say their `total`.

use super::access::{can_write, visible};
use super::context::{Ctx, Route};
use super::records::{task_status, BackupRec, RestoreRec};
use super::reply::{check_cluster_name, ok, Fail, Fields, Reply};
use super::seed;
use super::state::{ClusterRec, ProjectRec, SqlUserRec, State};
use chrono::Utc;
use serde_json::{json, Map, Value};

/// A page of `items` by number, as the older API gives it: `{items, total}`.
fn numbered(ctx: &Ctx, items: Vec<Value>) -> Reply {
    let int = |k: &str, default: usize| -> Result<usize, Fail> {
        match ctx.query.get(k) {
            None => Ok(default),
            Some(v) => v.parse::<usize>().ok().filter(|n| *n >= 1).ok_or_else(|| {
                Fail::bad(format!(
                    "{k} must be a whole number of 1 or more, got {v:?}"
                ))
            }),
        }
    };
    let page = int("page", 1)?;
    let size = int("page_size", 10)?;
    if size > 100 {
        return Err(Fail::bad(format!(
            "page_size must be at most 100, got {size}"
        )));
    }
    let total = items.len();
    let items: Vec<Value> = items
        .into_iter()
        .skip((page - 1).saturating_mul(size))
        .take(size)
        .collect();
    ok(json!({ "items": items, "total": total }))
}

/// The cluster, if it is in `project_id` and this key may see it.
fn cluster_in<'a>(
    state: &'a State,
    ctx: &Ctx,
    project_id: &str,
    cluster_id: &str,
) -> Result<&'a ClusterRec, Fail> {
    visible(state, ctx, cluster_id)
        .ok()
        .filter(|c| c.project_id == project_id)
        .ok_or_else(|| {
            Fail::not_found(format!(
                "cluster {cluster_id} not found in project {project_id}"
            ))
        })
}

pub fn create_project(state: &mut State, ctx: &Ctx) -> Reply {
    if !ctx.key.is_org_level() || ctx.key.role != "org:owner" {
        return Err(Fail::forbidden(
            "only an organization owner's key can create projects",
        ));
    }
    let b = Fields::parse(&ctx.body)?;
    b.only(&["name", "aws_cmek_enabled"], "a project")?;
    let name = b.req_str("name")?;
    if name.chars().count() > 64 {
        return Err(Fail::bad("name must be at most 64 characters long"));
    }
    if state.projects.iter().any(|p| p.name == name) {
        return Err(Fail::new(
            axum::http::StatusCode::CONFLICT,
            format!("a project called {name:?} already exists"),
        ));
    }
    let seq = state.next_seq();
    let id = format!("13728130891895{seq:05}");
    state.projects.push(ProjectRec {
        id: id.clone(),
        name: name.to_owned(),
        created: Utc::now().timestamp().to_string(),
    });
    state.audit(&ctx.key, "CreateProject", None, Some(&id));
    ok(json!({ "id": id }))
}

pub fn list(state: &mut State, ctx: &Ctx, project_id: &str, cluster_id: &str) -> Reply {
    cluster_in(state, ctx, project_id, cluster_id)?;
    let (now, step) = (ctx.now, state.transition);
    let items = state
        .backups
        .iter()
        .filter(|b| b.cluster_id == cluster_id)
        .rev()
        .map(|b| b.to_json(now, step))
        .collect();
    numbered(ctx, items)
}

pub fn create(state: &mut State, ctx: &Ctx, project_id: &str, cluster_id: &str) -> Reply {
    can_write(ctx)?;
    let c = cluster_in(state, ctx, project_id, cluster_id)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(&["name", "description"], "a backup")?;
    let name = b.req_str("name")?;
    let description = b.opt_str("description")?.unwrap_or_default();
    if description.chars().count() > 256 {
        return Err(Fail::bad("description must be at most 256 characters long"));
    }
    if c.state != "ACTIVE" {
        return Err(Fail::bad(format!(
            "cluster {cluster_id} is {}; a backup needs an ACTIVE cluster",
            c.state
        )));
    }
    let storage: i64 = ["tikv", "tiflash"]
        .iter()
        .map(|k| {
            c.components[*k]["storageSize"].as_i64().unwrap_or(0)
                * c.components[*k]["nodeQuantity"].as_i64().unwrap_or(0)
        })
        .sum();
    let seq = state.next_seq();
    let rec = BackupRec {
        id: format!("{seq}"),
        project_id: project_id.to_owned(),
        cluster_id: cluster_id.to_owned(),
        name: name.to_owned(),
        description: description.to_owned(),
        created: Utc::now(),
        started: ctx.now,
        // A tenth of a GiB per GiB of storage: data, not the disks.
        size: u64::try_from(storage).unwrap_or(0) * 107_374_182,
    };
    let id = rec.id.clone();
    state.backups.push(rec);
    state.audit(&ctx.key, "CreateBackup", Some(cluster_id), Some(project_id));
    ok(json!({ "id": id }))
}

fn find<'a>(state: &'a State, cluster_id: &str, backup_id: &str) -> Result<&'a BackupRec, Fail> {
    state
        .backups
        .iter()
        .find(|b| b.id == backup_id && b.cluster_id == cluster_id)
        .ok_or_else(|| Fail::not_found(format!("backup {backup_id} not found")))
}

pub fn get(state: &mut State, ctx: &Ctx, project_id: &str, cluster_id: &str, id: &str) -> Reply {
    cluster_in(state, ctx, project_id, cluster_id)?;
    ok(find(state, cluster_id, id)?.to_json(ctx.now, state.transition))
}

pub fn delete(state: &mut State, ctx: &Ctx, project_id: &str, cluster_id: &str, id: &str) -> Reply {
    can_write(ctx)?;
    cluster_in(state, ctx, project_id, cluster_id)?;
    find(state, cluster_id, id)?;
    state.backups.retain(|b| b.id != id);
    state.audit(&ctx.key, "DeleteBackup", Some(cluster_id), Some(project_id));
    ok(json!({}))
}

/// `components` of the older API as the cluster record keeps them.
fn components(given: Option<&Map<String, Value>>, source: &ClusterRec) -> Result<Value, Fail> {
    let Some(given) = given else {
        return Ok(source.components.clone());
    };
    let mut out = Map::new();
    for (name, storage) in [("tidb", false), ("tikv", true), ("tiflash", true)] {
        let Some(c) = given.get(name).filter(|v| !v.is_null()) else {
            if name != "tiflash" {
                return Err(Fail::bad(format!("config.components.{name} is required")));
            }
            continue;
        };
        let c = c
            .as_object()
            .map(Fields)
            .ok_or_else(|| Fail::bad(format!("config.components.{name} must be an object")))?;
        let at = format!("config.components.{name}");
        let size = c
            .req_str("node_size")
            .map_err(|_| Fail::bad(format!("{at}.node_size is required")))?;
        if seed::hourly_price(name, size).is_none() {
            return Err(Fail::bad(format!("{at}.node_size {size:?} is not offered")));
        }
        let qty = c
            .opt_int("node_quantity")?
            .filter(|n| *n >= 1)
            .ok_or_else(|| Fail::bad(format!("{at}.node_quantity must be 1 or more")))?;
        let mut rec = json!({ "nodeSize": size, "nodeQuantity": qty });
        if storage {
            let gib = c
                .opt_int("storage_size_gib")?
                .filter(|n| *n >= 1)
                .ok_or_else(|| Fail::bad(format!("{at}.storage_size_gib is required")))?;
            rec["storageSize"] = json!(gib);
        }
        out.insert(name.into(), rec);
    }
    Ok(Value::Object(out))
}

/// The project exists, and this key may see it.
fn project_in_scope(state: &State, ctx: &Ctx, project_id: &str) -> Result<(), Fail> {
    if !state.is_project(project_id) || ctx.key.project().is_some_and(|p| p != project_id) {
        return Err(Fail::not_found(format!("project {project_id} not found")));
    }
    Ok(())
}

pub fn list_restores(state: &mut State, ctx: &Ctx, project_id: &str) -> Reply {
    project_in_scope(state, ctx, project_id)?;
    let items = state
        .restores
        .iter()
        .filter(|r| r.project_id == project_id)
        .rev()
        .map(|r| r.to_json(state, ctx.now))
        .collect();
    numbered(ctx, items)
}

pub fn create_restore(state: &mut State, ctx: &Ctx, project_id: &str) -> Reply {
    can_write(ctx)?;
    project_in_scope(state, ctx, project_id)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(&["backup_id", "name", "config"], "a restore")?;
    let backup_id = b.req_str("backup_id")?;
    let name = b.req_str("name")?;
    check_cluster_name(name).map_err(|_| {
        Fail::bad(format!(
            "name {name:?} must be 4 to 64 letters, digits and hyphens, starting and ending with a letter or digit"
        ))
    })?;
    let config = b
        .opt_obj("config")?
        .map(Fields)
        .ok_or_else(|| Fail::bad("config is required (with its root_password)"))?;
    config.only(
        &["root_password", "port", "components", "ip_access_list"],
        "config",
    )?;
    let password = config
        .req_str("root_password")
        .map_err(|_| Fail::bad("config.root_password is required"))?;
    let len = password.chars().count();
    if !(8..=64).contains(&len) {
        return Err(Fail::bad(
            "config.root_password must be 8 to 64 characters long",
        ));
    }
    let port = config.opt_int("port")?.unwrap_or(4000);
    if !(1024..=65535).contains(&port) || port == 10080 {
        return Err(Fail::bad(format!(
            "config.port must be 1024 to 65535 and not 10080, got {port}"
        )));
    }
    let backup = state
        .backups
        .iter()
        .find(|x| x.id == backup_id && x.project_id == project_id)
        .ok_or_else(|| {
            Fail::not_found(format!(
                "backup {backup_id} not found in project {project_id}"
            ))
        })?;
    if task_status(backup.started, ctx.now, state.transition) != "SUCCESS" {
        return Err(Fail::bad(format!("backup {backup_id} has not finished")));
    }
    if state
        .clusters
        .values()
        .any(|c| c.project_id == project_id && c.display_name == name)
    {
        return Err(Fail::bad(format!(
            "a cluster called {name:?} already exists in project {project_id}"
        )));
    }
    let source = state.cluster(&backup.cluster_id).cloned().ok_or_else(|| {
        Fail::bad(format!(
            "the cluster of backup {backup_id} no longer exists"
        ))
    })?;
    let comps = components(config.opt_obj("components")?, &source)?;
    let (seq, cluster_id) = state.new_cluster_id();
    let now = Utc::now();
    let cluster = ClusterRec {
        seq,
        id: cluster_id.clone(),
        project_id: project_id.to_owned(),
        display_name: name.to_owned(),
        provider: source.provider.clone(),
        region: source.region.clone(),
        components: comps,
        labels: Map::new(),
        created_by: ctx.key.email(),
        port,
        state: "RESTORING",
        pending: None,
        create_time: now,
        update_time: now,
        history: Vec::new(),
        default_group_name: "DefaultGroup".into(),
        default_public: Default::default(),
        groups: Vec::new(),
        private_endpoints: Vec::new(),
        sql_users: vec![SqlUserRec::root(Some(password))],
    };
    state.insert_cluster(cluster, ctx.now);
    let rseq = state.next_seq();
    let rec = RestoreRec {
        id: format!("{rseq}"),
        project_id: project_id.to_owned(),
        backup_id: backup_id.to_owned(),
        cluster_id: cluster_id.clone(),
        cluster_name: name.to_owned(),
        created: now,
        started: ctx.now,
    };
    let id = rec.id.clone();
    state.restores.push(rec);
    state.audit(
        &ctx.key,
        "CreateRestore",
        Some(&cluster_id),
        Some(project_id),
    );
    ok(json!({ "id": id, "cluster_id": cluster_id }))
}

pub fn get_restore(state: &mut State, ctx: &Ctx, project_id: &str, id: &str) -> Reply {
    if ctx.key.project().is_some_and(|p| p != project_id) {
        return Err(Fail::not_found(format!("restore {id} not found")));
    }
    state
        .restores
        .iter()
        .find(|r| r.id == id && r.project_id == project_id)
        .map(|r| Some(r.to_json(state, ctx.now)))
        .ok_or_else(|| Fail::not_found(format!("restore {id} not found")))
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("createProject", |st, ctx, _| create_project(st, ctx)),
    ("listBackups", |st, ctx, p| list(st, ctx, p.at(0), p.at(1))),
    ("createBackup", |st, ctx, p| {
        create(st, ctx, p.at(0), p.at(1))
    }),
    ("getBackup", |st, ctx, p| {
        get(st, ctx, p.at(0), p.at(1), p.at(2))
    }),
    ("deleteBackup", |st, ctx, p| {
        delete(st, ctx, p.at(0), p.at(1), p.at(2))
    }),
    ("listRestores", |st, ctx, p| list_restores(st, ctx, p.at(0))),
    ("createRestore", |st, ctx, p| {
        create_restore(st, ctx, p.at(0))
    }),
    ("getRestore", |st, ctx, p| {
        get_restore(st, ctx, p.at(0), p.at(1))
    }),
];
