//! `client.maintenance_windows` and `client.maintenance_tasks`: when the
//! service may work on a project's Dedicated clusters, and what it plans to
//! do then.

use super::declare::resource;
use super::pager::Recipe;
use crate::api::maintenance;
use pyo3::prelude::*;

resource!(
/// Each project's weekly maintenance window of its Dedicated clusters.
MaintenanceWindows, AsyncMaintenanceWindows {
    /// The maintenance windows of a project (the default project's unless
    /// `project_id` says), across all pages; `skip` passes over that many first.
    fn list(
        /;
        /// The project's id; the default project when absent.
        project_id: Option<String> = None,
        /// Pass over that many items first.
        skip: Option<i64> = None,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listMaintenanceWindows" |api, _py| {
        let spec = maintenance::list_windows(project_id.as_deref(), skip, page_size)?;
        Recipe { spec, api, page_token }
    }

    /// One project's maintenance window, with the date it next opens.
    fn get(
        /// The window's id: `project-{project_id}`.
        maintenance_window_id: String,
        /;
    ) -> call "getMaintenanceWindow" |api, _py| {
        maintenance::get_window(&api, &maintenance_window_id)?
    }

    /// Move the window: the weekday it opens on and its hour and minute (UTC);
    /// what is not given stays. Returns the window, with the tasks whose
    /// schedule the move leaves alone in `unchangedMaintenanceTasks`.
    fn update(
        /// The window's id: `project-{project_id}`.
        maintenance_window_id: String,
        /;
        /// The day of the week, 0 (Sunday) to 6.
        week_day: Option<i64> = None,
        /// The hour it opens, 0 to 23 (UTC).
        day_hour: Option<i64> = None,
        /// The minute of that hour, 0 to 59.
        hour_minute: Option<i64> = None,
    ) -> call "updateMaintenanceWindow" |api, _py| {
        maintenance::update_window(&api, &maintenance_window_id, week_day, day_hour, hour_minute)?
    }
} waits {
});

resource!(
/// The maintenance tasks the service schedules into a project's window.
MaintenanceTasks, AsyncMaintenanceTasks {
    /// The maintenance tasks of a project (the default project's unless
    /// `project_id` says), across all pages; `skip` passes over that many first.
    fn list(
        /;
        /// The project's id; the default project when absent.
        project_id: Option<String> = None,
        /// Pass over that many items first.
        skip: Option<i64> = None,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listMaintenanceTasks" |api, _py| {
        let spec = maintenance::list_tasks(project_id.as_deref(), skip, page_size)?;
        Recipe { spec, api, page_token }
    }

    /// One maintenance task: PENDING until its `scheduledApplyTime`, then
    /// RUNNING, then DONE.
    fn get(
        /// The task's id.
        maintenance_task_id: String,
        /;
    ) -> call "getMaintenanceTask" |api, _py| {
        maintenance::get_task(&api, &maintenance_task_id)?
    }

    /// Reschedule a PENDING task: to run at `scheduled_apply_time` (a
    /// datetime or an ISO 8601 str), no later than its `deadline`.
    fn update(
        /// The task's id.
        maintenance_task_id: String,
        /;
        /// When the task runs: a datetime or an ISO 8601 str.
        scheduled_apply_time: &Bound<'_, PyAny> as "_Time",
    ) -> call "updateMaintenanceTask" |api, py| {
        let at = super::time::iso_time(py, Some(scheduled_apply_time), "scheduled_apply_time")?
            .ok_or_else(|| pyo3::exceptions::PyValueError::new_err(
                "scheduled_apply_time must be a datetime or an ISO 8601 str, not None",
            ))?;
        maintenance::update_task(&api, &maintenance_task_id, &at)?
    }
} waits {
});
