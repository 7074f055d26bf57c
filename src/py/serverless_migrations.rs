//! Data migrations into Starter and Essential clusters
//! (`client.serverless.migrations`) and their prechecks
//! (`client.serverless.migration_prechecks`).

use super::convert::{dict_arg, type_name};
use super::declare::resource;
use super::pager::Recipe;
use crate::api::serverless::migrations::{self, Plan};
use crate::api::waiters;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyTuple};
use serde_json::Value;

/// A list of dicts as a JSON array; anything else is a `TypeError`.
fn dict_list(obj: &Bound<'_, PyAny>, name: &str) -> PyResult<Value> {
    if !(obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>()) {
        return Err(PyTypeError::new_err(format!(
            "{name} must be a list of dicts, got {}",
            type_name(obj)
        )));
    }
    let items = obj
        .try_iter()?
        .enumerate()
        .map(|(i, item)| dict_arg(&item?, &format!("{name}[{i}]")))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(Value::Array(items))
}

/// The plan both creates take, from their keyword arguments.
fn plan(
    display_name: String,
    sources: &Bound<'_, PyAny>,
    target: &Bound<'_, PyAny>,
    mode: String,
    shard_mode: Option<String>,
) -> PyResult<Plan> {
    Ok(Plan {
        display_name,
        sources: dict_list(sources, "sources")?,
        target: dict_arg(target, "target")?,
        mode,
        shard_mode,
    })
}

resource!(
/// Data migrations from MySQL into a Starter or Essential cluster.
ServerlessMigrations, AsyncServerlessMigrations {
    /// The cluster's migrations, across all pages; `order_by="createTime desc"`
    /// lists the newest first.
    fn list(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The sort order, such as `"createTime desc"`.
        order_by: Option<String> = None,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listMigrations" |api, _py| {
        let spec = migrations::list(&cluster_id, order_by.as_deref(), page_size)?;
        Recipe { spec, api, page_token }
    }

    /// Start migrating `sources` (`[{"sourceType": "MYSQL", "connProfile":
    /// {"connType": "PUBLIC", "host", "port", "user", "password"}}]`) into the
    /// cluster as `target`'s user; `mode` is `ALL` (existing data, then
    /// changes) or `INCREMENTAL` (changes from each source's `binlogGtid`, or
    /// `binlogName` and `binlogPosition`). Returns the migration, CREATING;
    /// passwords are never returned.
    fn create(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The name people see.
        display_name: String,
        /// The databases to migrate from, each with its `sourceType` and `connProfile`.
        sources: &Bound<'_, PyAny>,
        /// The cluster's user the data is written as: `{"user", "password"}`.
        target: &Bound<'_, PyAny>,
        /// `ALL` (existing data, then changes) or `INCREMENTAL` (changes only).
        mode: String,
        /// How DDL of sharded tables is coordinated: `PESSIMISTIC` or `OPTIMISTIC`.
        shard_mode: Option<String> = None,
    ) -> call "createMigration" |api, _py| {
        let p = plan(display_name, sources, target, mode, shard_mode)?;
        migrations::create(&api, &cluster_id, p)?
    }

    /// One migration, with its state and each source's subtask.
    fn get(
        /// The cluster's id.
        cluster_id: String,
        /// The migration's id.
        migration_id: String,
        /;
    ) -> call "getMigration" |api, _py| {
        migrations::get(&api, &cluster_id, &migration_id)?
    }

    /// Delete a migration; returns it, DELETING until it is gone.
    fn delete(
        /// The cluster's id.
        cluster_id: String,
        /// The migration's id.
        migration_id: String,
        /;
    ) -> call "deleteMigration" |api, _py| {
        migrations::delete(&api, &cluster_id, &migration_id)?
    }

    /// Pause a RUNNING migration (PAUSED); returns `{}`.
    fn pause(
        /// The cluster's id.
        cluster_id: String,
        /// The migration's id.
        migration_id: String,
        /;
    ) -> call "pauseMigration" |api, _py| {
        migrations::pause_or_resume(&api, &cluster_id, &migration_id, true)?
    }

    /// Resume a PAUSED migration (RUNNING); returns `{}`.
    fn resume(
        /// The cluster's id.
        cluster_id: String,
        /// The migration's id.
        migration_id: String,
        /;
    ) -> call "resumeMigration" |api, _py| {
        migrations::pause_or_resume(&api, &cluster_id, &migration_id, false)?
    }
} waits {
    /// Poll until the migration is in `state` (`"DELETED"`: until it is gone)
    /// and return it; CREATING keeps it waiting. FAILED raises `WaiterError`
    /// with its subtasks' `errorMsg`.
    fn wait(
        /// The cluster's id.
        cluster_id: String,
        /// The migration's id.
        migration_id: String,
        /;
        /// The state to wait for; `"DELETED"`: until it is gone.
        state: &str = "RUNNING",
    ) until waiters::MIGRATION, timeout = 1800.0;
});

resource!(
/// Prechecks: a migration's settings tried against its sources and the
/// cluster before the migration is created.
ServerlessMigrationPrechecks, AsyncServerlessMigrationPrechecks {
    /// Check the migration these arguments would create (as for
    /// `migrations.create`) without creating it; returns `{"precheckId"}`.
    /// `wait` gives its result.
    fn create(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The name people see.
        display_name: String,
        /// The databases to migrate from, each with its `sourceType` and `connProfile`.
        sources: &Bound<'_, PyAny>,
        /// The cluster's user the data is written as: `{"user", "password"}`.
        target: &Bound<'_, PyAny>,
        /// `ALL` (existing data, then changes) or `INCREMENTAL` (changes only).
        mode: String,
        /// How DDL of sharded tables is coordinated: `PESSIMISTIC` or `OPTIMISTIC`.
        shard_mode: Option<String> = None,
    ) -> call "createMigrationPrecheck" |api, _py| {
        let p = plan(display_name, sources, target, mode, shard_mode)?;
        migrations::create_precheck(&api, &cluster_id, p)?
    }

    /// One precheck: its `status`, counts, and once done its `items`.
    fn get(
        /// The cluster's id.
        cluster_id: String,
        /// The precheck's id.
        precheck_id: String,
        /;
    ) -> call "getMigrationPrecheck" |api, _py| {
        migrations::get_precheck(&api, &cluster_id, &precheck_id)?
    }

    /// Cancel a running precheck, or remove one that has ended; returns `{}`.
    fn delete(
        /// The cluster's id.
        cluster_id: String,
        /// The precheck's id.
        precheck_id: String,
        /;
    ) -> call "deleteMigrationPrecheck" |api, _py| {
        migrations::delete_precheck(&api, &cluster_id, &precheck_id)?
    }
} waits {
    /// Poll until the precheck has its result and return it, FINISHED (its
    /// items passed or warned). FAILED raises `WaiterError` naming the failed
    /// items, with the precheck (and all its `items`) as `last_response`;
    /// CANCELED raises it too. `state="FAILED"` returns a failed precheck instead.
    fn wait(
        /// The cluster's id.
        cluster_id: String,
        /// The precheck's id.
        precheck_id: String,
        /;
        /// The `status` to wait for; `"DELETED"`: until it is gone.
        state: &str = "FINISHED",
    ) until waiters::MIGRATION_PRECHECK, timeout = 1800.0;
});
