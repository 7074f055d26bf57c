//! Mock handlers for maintenance: each project's weekly window (a singleton,
//! `project-{project_id}`, Tuesday 03:00 UTC until moved) and the tasks the
//! service plans into it. A task is PENDING until its scheduled time, RUNNING
//! for the transition time, then DONE; a PENDING task may be moved to any
//! later time up to its deadline. Moving the window moves every PENDING task
//! not moved by hand to the window's next opening, when that is before the
//! task's deadline; the others are the window's `unchangedMaintenanceTasks`.

use super::access::can_write;
use super::context::{Ctx, Route};
use super::listing::{paged, Listing};
use super::reply::{ok, Fail, Fields, Reply};
use super::state::{State, DEFAULT_PROJECT, TIDB_VERSION};
use crate::mock::records::{whole_seconds, TaskRec, WindowRec};
use chrono::{DateTime, Duration as Span, Utc};
use serde_json::{json, Value};

const WINDOW_PREFIX: &str = "project-";

/// How long a task runs: the mock's transition time.
fn run_time(st: &State) -> Span {
    Span::from_std(st.transition).unwrap_or_else(|_| Span::zero())
}

/// Give every project its planned tasks once: an upgrade due in the next
/// window, and one done a month ago.
fn plan(st: &mut State, now: DateTime<Utc>) {
    let projects: Vec<String> = st.projects.iter().map(|p| p.id.clone()).collect();
    for p in projects {
        if !st.fleet.planned.insert(p.clone()) {
            continue;
        }
        let window = st.fleet.windows.get(&p).copied().unwrap_or_default();
        let now = whole_seconds(now);
        let upgrade = TaskRec {
            id: format!("{}", 1_390_000_000_000_000_000 + st.next_seq()),
            project_id: p.clone(),
            description: format!("Upgrade the project's Dedicated clusters to TiDB {TIDB_VERSION}"),
            created: now,
            scheduled: window.next_after(now),
            deadline: now + Span::days(30),
            deferred: false,
        };
        let done = TaskRec {
            id: format!("{}", 1_390_000_000_000_000_000 + st.next_seq()),
            project_id: p.clone(),
            description: "Apply the operating system's security patches".into(),
            created: now - Span::days(40),
            scheduled: now - Span::days(35),
            deadline: now - Span::days(10),
            deferred: false,
        };
        st.fleet.tasks.push(done);
        st.fleet.tasks.push(upgrade);
    }
}

/// The project a list is about: the one asked for, else the key's own, else
/// the organization's default project; a key of another project may not look.
fn project_of(st: &State, ctx: &Ctx) -> Result<String, Fail> {
    let asked = ctx.query.get("projectId").filter(|p| !p.is_empty());
    let p = asked
        .map(str::to_owned)
        .or_else(|| ctx.key.project())
        .unwrap_or_else(|| DEFAULT_PROJECT.to_owned());
    check_project(st, ctx, &p)?;
    Ok(p)
}

fn check_project(st: &State, ctx: &Ctx, p: &str) -> Result<(), Fail> {
    if !st.is_project(p) {
        return Err(Fail::not_found(format!("project {p} not found")));
    }
    if ctx.key.project().is_some_and(|own| own != p) {
        return Err(Fail::forbidden(format!(
            "this API key belongs to another project than {p}"
        )));
    }
    Ok(())
}

/// The project of a window id (`project-{project_id}`), visible to the key.
fn window_project(st: &State, ctx: &Ctx, id: &str) -> Result<String, Fail> {
    let p = id.strip_prefix(WINDOW_PREFIX).ok_or_else(|| {
        Fail::bad(format!(
            "maintenanceWindowId {id:?} is not of the form project-{{project_id}}"
        ))
    })?;
    let found = st.is_project(p) && ctx.key.project().is_none_or(|own| own == p);
    if !found {
        return Err(Fail::not_found(format!(
            "maintenance window {id} not found"
        )));
    }
    Ok(p.to_owned())
}

fn window_json(st: &State, project: &str, now: DateTime<Utc>) -> Value {
    let w = st.fleet.windows.get(project).copied().unwrap_or_default();
    let run = run_time(st);
    // Tasks that keep their time whatever the window does.
    let unchanged: Vec<Value> = st
        .fleet
        .tasks
        .iter()
        .filter(|t| t.project_id == project)
        .filter(|t| match t.state(now, run) {
            "PENDING" => t.deferred,
            "RUNNING" => true,
            _ => false,
        })
        .map(|t| t.json(now, run))
        .collect();
    json!({
        "name": format!("maintenanceWindows/{WINDOW_PREFIX}{project}"),
        "maintenanceWindowId": format!("{WINDOW_PREFIX}{project}"),
        "projectId": project,
        "weekDay": w.week_day,
        "dayHour": w.day_hour,
        "hourMinute": w.hour_minute,
        "nextMaintenanceDate": super::state::rfc3339(w.next_after(now)),
        "unchangedMaintenanceTasks": unchanged,
    })
}

pub fn list_windows(st: &mut State, ctx: &Ctx) -> Reply {
    let now = Utc::now();
    plan(st, now);
    let project = project_of(st, ctx)?;
    let skip = ctx.query.skip()?;
    let listing = format!("maintenanceWindows|{project}|{skip}");
    let one = [window_json(st, &project, now)];
    paged(
        ctx,
        Listing::new(&listing, "maintenanceWindows").counted(),
        (0u64..).zip(one).skip(skip),
        |w| w,
    )
}

pub fn get_window(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    let now = Utc::now();
    plan(st, now);
    let project = window_project(st, ctx, id)?;
    ok(window_json(st, &project, now))
}

/// A day or time field of a window, within its range.
fn field(b: &Fields<'_>, name: &str, high: i64) -> Result<Option<i64>, Fail> {
    match b.opt_int(name)? {
        Some(n) if !(0..=high).contains(&n) => {
            Err(Fail::bad(format!("{name} must be 0 to {high}, got {n}")))
        }
        n => Ok(n),
    }
}

pub fn update_window(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    let now = Utc::now();
    plan(st, now);
    let project = window_project(st, ctx, id)?;
    can_write(ctx)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(
        &["maintenanceWindowId", "weekDay", "dayHour", "hourMinute"],
        "a maintenance window",
    )?;
    if let Some(other) = b.opt_str("maintenanceWindowId")?.filter(|o| *o != id) {
        return Err(Fail::bad(format!(
            "maintenanceWindowId {other:?} is not the window of the path, {id}"
        )));
    }
    let (day, hour, minute) = (
        field(&b, "weekDay", 6)?,
        field(&b, "dayHour", 23)?,
        field(&b, "hourMinute", 59)?,
    );
    if day.is_none() && hour.is_none() && minute.is_none() {
        return Err(Fail::bad(
            "nothing to update: give weekDay, dayHour or hourMinute",
        ));
    }
    let old = st.fleet.windows.get(&project).copied().unwrap_or_default();
    let new = WindowRec {
        week_day: day.unwrap_or(old.week_day),
        day_hour: hour.unwrap_or(old.day_hour),
        hour_minute: minute.unwrap_or(old.hour_minute),
    };
    st.fleet.windows.insert(project.clone(), new);
    let (run, next) = (run_time(st), new.next_after(whole_seconds(now)));
    for t in st
        .fleet
        .tasks
        .iter_mut()
        .filter(|t| t.project_id == project)
    {
        if t.state(now, run) == "PENDING" && !t.deferred && next <= t.deadline {
            t.scheduled = next;
        }
    }
    st.audit(&ctx.key, "UpdateMaintenanceWindow", None, Some(&project));
    ok(window_json(st, &project, now))
}

pub fn list_tasks(st: &mut State, ctx: &Ctx) -> Reply {
    let now = Utc::now();
    plan(st, now);
    let project = project_of(st, ctx)?;
    let skip = ctx.query.skip()?;
    let listing = format!("maintenanceTasks|{project}|{skip}");
    let run = run_time(st);
    let tasks = st.fleet.tasks.iter().filter(|t| t.project_id == project);
    paged(
        ctx,
        Listing::new(&listing, "maintenanceTasks").counted(),
        (0u64..).zip(tasks).skip(skip),
        |t| t.json(now, run),
    )
}

fn task<'a>(st: &'a State, ctx: &Ctx, id: &str) -> Result<&'a TaskRec, Fail> {
    st.fleet
        .tasks
        .iter()
        .find(|t| t.id == id && ctx.key.project().is_none_or(|p| p == t.project_id))
        .ok_or_else(|| Fail::not_found(format!("maintenance task {id} not found")))
}

pub fn get_task(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    let now = Utc::now();
    plan(st, now);
    ok(task(st, ctx, id)?.json(now, run_time(st)))
}

pub fn update_task(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    let now = Utc::now();
    plan(st, now);
    let run = run_time(st);
    let t = task(st, ctx, id)?;
    can_write(ctx)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(
        &["maintenanceTaskId", "scheduledApplyTime"],
        "a maintenance task",
    )?;
    if let Some(other) = b.opt_str("maintenanceTaskId")?.filter(|o| *o != id) {
        return Err(Fail::bad(format!(
            "maintenanceTaskId {other:?} is not the task of the path, {id}"
        )));
    }
    let raw = b.req_str("scheduledApplyTime")?;
    let at = DateTime::parse_from_rfc3339(raw)
        .map(|t| whole_seconds(t.with_timezone(&Utc)))
        .map_err(|_| {
            Fail::bad(format!(
                "scheduledApplyTime {raw:?} is not an RFC 3339 time"
            ))
        })?;
    let state = t.state(now, run);
    if state != "PENDING" {
        return Err(Fail::bad(format!(
            "maintenance task {id} is {state}; only a PENDING task can be rescheduled"
        )));
    }
    if at <= now {
        return Err(Fail::bad(format!(
            "scheduledApplyTime {raw} is not in the future"
        )));
    }
    if at > t.deadline {
        return Err(Fail::bad(format!(
            "scheduledApplyTime {raw} is after the task's deadline, {}",
            super::state::rfc3339(t.deadline)
        )));
    }
    let project = t.project_id.clone();
    let slot = st.fleet.tasks.iter_mut().find(|t| t.id == id);
    if let Some(t) = slot {
        t.scheduled = at;
        t.deferred = true;
    }
    st.audit(&ctx.key, "UpdateMaintenanceTask", None, Some(&project));
    get_task(st, ctx, id)
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listMaintenanceWindows", |st, ctx, _| list_windows(st, ctx)),
    ("getMaintenanceWindow", |st, ctx, p| {
        get_window(st, ctx, p.at(0))
    }),
    ("updateMaintenanceWindow", |st, ctx, p| {
        update_window(st, ctx, p.at(0))
    }),
    ("listMaintenanceTasks", |st, ctx, _| list_tasks(st, ctx)),
    ("getMaintenanceTask", |st, ctx, p| {
        get_task(st, ctx, p.at(0))
    }),
    ("updateMaintenanceTask", |st, ctx, p| {
        update_task(st, ctx, p.at(0))
    }),
];
