//! Mock handlers for Dedicated clusters, as the service takes and gives them:
//! node settings (TiDB node groups, TiKV and TiFlash with storage), labels
//! holding the project, and the state machine CREATING → ACTIVE,
//! pause → PAUSING → PAUSED, resume → RESUMING → ACTIVE,
//! update → MODIFYING → ACTIVE, delete → DELETING → gone.

use super::access::{can_write, visible};
use super::cluster_settings::{labels, storage_setting, tidb_setting};
use super::context::{Ctx, Route};
use super::listing::{paged, Listing};
use super::reply::{
    check_cluster_name, check_display_name, check_root_password, ok, Fail, Fields, Reply,
};
use super::seed;
use super::state::{ClusterRec, SqlUserRec, State, DEFAULT_PROJECT, PROJECT_LABEL};
use chrono::Utc;
use serde_json::{Map, Value};
use std::ops::Bound;
use std::time::Instant;

pub const STATES: &[&str] = &[
    "CREATING",
    "DELETING",
    "ACTIVE",
    "RESTORING",
    "MAINTENANCE",
    "DELETED",
    "INACTIVE",
    "UPGRADING",
    "IMPORTING",
    "MODIFYING",
    "PAUSING",
    "PAUSED",
    "RESUMING",
];
/// Fields of a Cluster: those a create may set, and those the service fills.
const WRITABLE: &[&str] = &[
    "displayName",
    "regionId",
    "labels",
    "tidbNodeSetting",
    "tikvNodeSetting",
    "tiflashNodeSetting",
    "port",
    "rootPassword",
];
const READ_ONLY: &[&str] = &[
    "name",
    "clusterId",
    "state",
    "version",
    "createdBy",
    "createTime",
    "updateTime",
    "pausePlan",
    "regionDisplayName",
    "cloudProvider",
    "annotations",
];

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
    let ids = ctx.query.all("clusterIds");
    let regions = ctx.query.all("regionIds");
    let mut key: Vec<String> = Vec::new();
    for list in [&states, &ids, &regions] {
        let mut sorted = list.clone();
        sorted.sort_unstable();
        key.push(sorted.join(","));
    }
    let skip = ctx.query.skip()?;
    let listing = format!(
        "clusters|{}|{}|{skip}",
        project.unwrap_or(""),
        key.join("|")
    );
    let scope = ctx.key.project();
    let keep = |c: &ClusterRec| {
        project.is_none_or(|p| c.project_id == p)
            && scope.as_deref().is_none_or(|p| c.project_id == p)
            && (states.is_empty() || states.contains(&c.state))
            && (ids.is_empty() || ids.contains(&c.id.as_str()))
            && (regions.is_empty() || regions.contains(&c.region.as_str()))
    };
    // A later page starts where its token says, not at the first cluster.
    let after = ctx
        .tokens
        .after(&listing, ctx.query.get("pageToken"))
        .map_err(Fail::bad)?;
    let counted_as = format!("{listing}|{}", scope.as_deref().unwrap_or(""));
    let total = state
        .count_of(&counted_as, |st| {
            st.clusters.values().filter(|c| keep(c)).count()
        })
        .saturating_sub(skip);
    let from = after.map_or(Bound::Unbounded, Bound::Excluded);
    let items = state
        .clusters
        .range((from, Bound::Unbounded))
        .map(|(_, c)| c)
        .filter(|c| keep(c))
        .skip(if after.is_none() { skip } else { 0 })
        .map(|c| (c.seq, c));
    // The service's default page of clusters is 10.
    paged(
        ctx,
        Listing::new(&listing, "clusters")
            .default_size(10)
            .counted()
            .total_of(total),
        items,
        |c| c.to_json(ctx.now),
    )
}

fn project_of(state: &State, ctx: &Ctx, labels: &Map<String, Value>) -> Result<String, Fail> {
    let project = match labels.get(PROJECT_LABEL).and_then(Value::as_str) {
        None => ctx
            .key
            .project()
            .unwrap_or_else(|| DEFAULT_PROJECT.to_owned()),
        Some(p) if state.is_project(p) => p.to_owned(),
        Some(p) => {
            return Err(Fail::bad(format!(
                "labels.\"{PROJECT_LABEL}\" {p:?} is not a project of this organization"
            )))
        }
    };
    if ctx.key.project().is_some_and(|p| p != project) {
        return Err(Fail::forbidden(
            "this API key cannot manage clusters in that project",
        ));
    }
    Ok(project)
}

pub fn create(state: &mut State, ctx: &Ctx) -> Reply {
    can_write(ctx)?;
    let validate_only = ctx.query.flag("validateOnly")?;
    let b = Fields::parse(&ctx.body)?;
    if let Some(k) =
        b.0.keys()
            .find(|k| !WRITABLE.contains(&k.as_str()) && !READ_ONLY.contains(&k.as_str()))
    {
        return Err(Fail::bad(format!("unknown field {k:?} in a Cluster")));
    }
    let name = b.req_str("displayName")?;
    check_cluster_name(name)?;
    let region_id = b.req_str("regionId")?;
    let region = seed::region(region_id)
        .ok_or_else(|| Fail::bad(format!("regionId {region_id:?} is not a known region")))?;
    let required = |field: &str| Fail::bad(format!("{field} is required"));
    let tidb = tidb_setting(
        b.0.get("tidbNodeSetting")
            .filter(|v| !v.is_null())
            .ok_or_else(|| required("tidbNodeSetting"))?,
        None,
        false,
        "",
    )?;
    let tikv = storage_setting(
        "tikv",
        b.0.get("tikvNodeSetting")
            .filter(|v| !v.is_null())
            .ok_or_else(|| required("tikvNodeSetting"))?,
        None,
    )?;
    let mut components = Map::new();
    components.insert("tidb".into(), tidb);
    components.insert("tikv".into(), tikv);
    if let Some(tf) = b.0.get("tiflashNodeSetting").filter(|v| !v.is_null()) {
        components.insert("tiflash".into(), storage_setting("tiflash", tf, None)?);
    }
    let mut labels = labels(b.0.get("labels"))?.unwrap_or_default();
    let project_id = project_of(state, ctx, &labels)?;
    labels.remove(PROJECT_LABEL);
    if let Some(pw) = b.opt_str("rootPassword")? {
        check_root_password(pw)?;
    }
    // The create sample sends no port: the service picks 4000.
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
        provider: region.provider.to_owned(),
        region: region_id.to_owned(),
        components: Value::Object(components),
        labels,
        created_by: ctx.key.email(),
        port,
        state: "CREATING",
        pending: None,
        create_time: now,
        update_time: now,
        history: Vec::new(),
        default_group_name: "DefaultGroup".into(),
        default_public: Default::default(),
        groups: Vec::new(),
        private_endpoints: Vec::new(),
        sql_users: vec![SqlUserRec::root(None)],
    };
    if validate_only {
        return ok(rec.to_json(ctx.now));
    }
    let out = state.insert_cluster(rec, ctx.now).to_json(ctx.now);
    let id = out["clusterId"].as_str().unwrap_or_default().to_owned();
    state.audit(&ctx.key, "CreateCluster", Some(&id), Some(&project_id));
    ok(out)
}

pub fn get(state: &mut State, ctx: &Ctx, id: &str) -> Reply {
    ok(visible(state, ctx, id)?.to_json(ctx.now))
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

const UPDATABLE: &[&str] = &[
    "displayName",
    "labels",
    "tidbNodeSetting",
    "tikvNodeSetting",
    "tiflashNodeSetting",
];

pub fn update(state: &mut State, ctx: &Ctx, id: &str) -> Reply {
    can_write(ctx)?;
    let validate_only = ctx.query.flag("validateOnly")?;
    let c = visible(state, ctx, id)?.clone();
    let b = Fields::parse(&ctx.body)?;
    if let Some(k) = b.0.keys().find(|k| !UPDATABLE.contains(&k.as_str())) {
        return Err(Fail::bad(format!("{k:?} cannot be updated")));
    }
    let given = |k: &str| b.0.get(k).filter(|v| !v.is_null());
    if UPDATABLE.iter().all(|k| given(k).is_none()) {
        return Err(Fail::bad(format!(
            "nothing to update: give one of {}",
            UPDATABLE.join(", ")
        )));
    }
    let name = b.opt_str("displayName")?;
    if let Some(n) = name {
        // A rename takes any name of 1 to 64 printable characters: the service's
        // own update sample sends "My Cluster Updated By API".
        check_display_name(n)?;
    }
    let new_labels = labels(given("labels"))?;
    if let Some(l) = &new_labels {
        if l.get(PROJECT_LABEL)
            .and_then(Value::as_str)
            .is_some_and(|p| p != c.project_id)
        {
            return Err(Fail::bad(format!(
                "labels.\"{PROJECT_LABEL}\" cannot be changed"
            )));
        }
    }
    let mut comps = c.components.as_object().cloned().unwrap_or_default();
    let mut resized = false;
    if let Some(v) = given("tidbNodeSetting") {
        comps.insert(
            "tidb".into(),
            tidb_setting(v, comps.get("tidb"), true, &c.tidb_group_id())?,
        );
        resized = true;
    }
    for component in ["tikv", "tiflash"] {
        if let Some(v) = given(&format!("{component}NodeSetting")) {
            // Merged over the current setting; a TiFlash added by an update
            // has none, so it needs its whole setting, as on create.
            let merged = storage_setting(component, v, comps.get(component))?;
            comps.insert(component.into(), merged);
            resized = true;
        }
    }
    if resized {
        require_state(&c, &["ACTIVE"], "modify")?;
    } else {
        require_state(
            &c,
            &["ACTIVE", "PAUSED", "CREATING", "MODIFYING", "RESUMING"],
            "update",
        )?;
    }
    if validate_only {
        let mut preview = c.clone();
        preview.components = Value::Object(comps);
        return ok(preview.to_json(ctx.now));
    }
    let now = ctx.now;
    if let Some(rec) = state.cluster_mut(id) {
        if let Some(n) = name {
            rec.display_name = n.to_owned();
        }
        if let Some(mut l) = new_labels {
            l.remove(PROJECT_LABEL);
            rec.labels = l;
        }
        rec.components = Value::Object(comps);
        rec.update_time = Utc::now();
    }
    if resized {
        state.transition(id, "MODIFYING", "ACTIVE", now);
    }
    state.audit(&ctx.key, "UpdateCluster", Some(id), Some(&c.project_id));
    ok(visible(state, ctx, id)?.to_json(ctx.now))
}

pub fn delete(state: &mut State, ctx: &Ctx, id: &str) -> Reply {
    can_write(ctx)?;
    let validate_only = ctx.query.flag("validateOnly")?;
    let c = visible(state, ctx, id)?;
    require_state(c, &["ACTIVE", "PAUSED"], "delete")?;
    if validate_only {
        return ok(c.to_json(ctx.now));
    }
    let project = c.project_id.clone();
    // Rendered now: with no pacing the cluster is gone at once.
    let mut deleting = c.clone();
    deleting.state = "DELETING";
    state.transition(id, "DELETING", "GONE", ctx.now);
    state.audit(&ctx.key, "DeleteCluster", Some(id), Some(&project));
    ok(deleting.to_json(ctx.now))
}

/// Pause and resume answer `{"cluster": ...}`, as the service does.
fn wrapped(c: &ClusterRec, now: Instant) -> Reply {
    ok(serde_json::json!({ "cluster": c.to_json(now) }))
}

pub fn pause(state: &mut State, ctx: &Ctx, id: &str) -> Reply {
    can_write(ctx)?;
    let c = visible(state, ctx, id)?;
    require_state(c, &["ACTIVE"], "pause")?;
    let project = c.project_id.clone();
    state.transition(id, "PAUSING", "PAUSED", ctx.now);
    state.audit(&ctx.key, "PauseCluster", Some(id), Some(&project));
    wrapped(visible(state, ctx, id)?, ctx.now)
}

pub fn resume(state: &mut State, ctx: &Ctx, id: &str) -> Reply {
    can_write(ctx)?;
    let c = visible(state, ctx, id)?;
    require_state(c, &["PAUSED"], "resume")?;
    let project = c.project_id.clone();
    state.transition(id, "RESUMING", "ACTIVE", ctx.now);
    state.audit(&ctx.key, "ResumeCluster", Some(id), Some(&project));
    wrapped(visible(state, ctx, id)?, ctx.now)
}

pub fn reset_root_password(state: &mut State, ctx: &Ctx, id: &str) -> Reply {
    can_write(ctx)?;
    let c = visible(state, ctx, id)?;
    require_state(c, &["ACTIVE"], "reset the root password of")?;
    let project = c.project_id.clone();
    let b = Fields::parse(&ctx.body)?;
    check_root_password(b.req_str("rootPassword")?)?;
    state.audit(&ctx.key, "ResetRootPassword", Some(id), Some(&project));
    ok(serde_json::json!({}))
}

/// How many nodes of each component type the organization may have in all.
pub fn node_quota() -> Reply {
    ok(serde_json::json!({
        "componentQuotas": [
            { "componentType": "TIDB", "quota": 150 },
            { "componentType": "TIKV", "quota": 150 },
            { "componentType": "TIFLASH", "quota": 50 },
        ]
    }))
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listClusters", |st, ctx, _| list(st, ctx)),
    ("createCluster", |st, ctx, _| create(st, ctx)),
    ("showNodeQuota", |_, _, _| node_quota()),
    ("getCluster", |st, ctx, p| get(st, ctx, p.at(0))),
    ("updateCluster", |st, ctx, p| update(st, ctx, p.at(0))),
    ("deleteCluster", |st, ctx, p| delete(st, ctx, p.at(0))),
    ("pauseCluster", |st, ctx, p| pause(st, ctx, p.at(0))),
    ("resumeCluster", |st, ctx, p| resume(st, ctx, p.at(0))),
    ("resetClusterRootPassword", |st, ctx, p| {
        reset_root_password(st, ctx, p.at(0))
    }),
];
