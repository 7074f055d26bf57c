//! Maintenance of Dedicated clusters (Dedicated server): each project's
//! weekly maintenance window (a singleton, `project-{project_id}`), and the
//! maintenance tasks the service schedules into it, which may be deferred.

use super::{
    check_page_size, check_skip, list_request, object, request, text_opt, Api, ListSpec, Pending,
};
use crate::error::{Error, Result};
use crate::operations::{self as ops, Operation};
use serde_json::Value;

fn listing(
    op: &'static Operation,
    project_id: Option<&str>,
    skip: Option<i64>,
    page_size: Option<i64>,
) -> Result<ListSpec> {
    let mut spec = list_request(op, &[])?;
    spec.request = spec
        .request
        .query_opt("projectId", text_opt("project_id", project_id)?)
        .query_opt("skip", check_skip(skip)?)
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}

/// The maintenance windows: the given project's, or the default project's.
pub fn list_windows(
    project_id: Option<&str>,
    skip: Option<i64>,
    page_size: Option<i64>,
) -> Result<ListSpec> {
    listing(&ops::LIST_MAINTENANCE_WINDOWS, project_id, skip, page_size)
}

pub fn get_window(api: &Api, window_id: &str) -> Result<Pending> {
    api.call(request(
        &ops::GET_MAINTENANCE_WINDOW,
        &[("maintenance_window_id", window_id)],
    )?)
}

/// `n`, if given, within `low..=high`: the window's day and time fields.
fn within(name: &str, n: Option<i64>, low: i64, high: i64, what: &str) -> Result<Option<Value>> {
    match n {
        Some(v) if !(low..=high).contains(&v) => Err(Error::invalid(format!(
            "{name} must be {low} to {high} ({what}), got {v}"
        ))),
        n => Ok(n.map(Value::from)),
    }
}

/// When the window starts, in UTC: the day of the week (0 is Sunday), the
/// hour and the minute; what is not given stays as it is.
pub fn update_window(
    api: &Api,
    window_id: &str,
    week_day: Option<i64>,
    day_hour: Option<i64>,
    hour_minute: Option<i64>,
) -> Result<Pending> {
    let req = request(
        &ops::UPDATE_MAINTENANCE_WINDOW,
        &[("maintenance_window_id", window_id)],
    )?;
    let body = object([
        (
            "weekDay",
            within("week_day", week_day, 0, 6, "0 is Sunday")?,
        ),
        ("dayHour", within("day_hour", day_hour, 0, 23, "UTC")?),
        (
            "hourMinute",
            within("hour_minute", hour_minute, 0, 59, "UTC")?,
        ),
    ]);
    if body.as_object().is_some_and(|m| m.is_empty()) {
        return Err(Error::invalid(
            "update needs week_day=, day_hour= or hour_minute= (nothing to change)",
        ));
    }
    api.call(req.body(body))
}

/// The maintenance tasks: the given project's, or the default project's.
pub fn list_tasks(
    project_id: Option<&str>,
    skip: Option<i64>,
    page_size: Option<i64>,
) -> Result<ListSpec> {
    listing(&ops::LIST_MAINTENANCE_TASKS, project_id, skip, page_size)
}

pub fn get_task(api: &Api, task_id: &str) -> Result<Pending> {
    api.call(request(
        &ops::GET_MAINTENANCE_TASK,
        &[("maintenance_task_id", task_id)],
    )?)
}

/// Run the task at `scheduled_apply_time` (ISO 8601 with a zone) instead.
pub fn update_task(api: &Api, task_id: &str, scheduled_apply_time: &str) -> Result<Pending> {
    let req = request(
        &ops::UPDATE_MAINTENANCE_TASK,
        &[("maintenance_task_id", task_id)],
    )?;
    let at = crate::api::audit_logs::normalize_time("scheduled_apply_time", scheduled_apply_time)?;
    api.call(req.body(object([("scheduledApplyTime", Some(Value::from(at)))])))
}
