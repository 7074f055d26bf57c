//! Dedicated backups and restores, through the older v1beta API (whose ids
//! are the project's and the cluster's).

use super::convert::dict_arg;
use super::declare::resource;
use super::pager::Recipe;
use crate::api::{backups, waiters};
use pyo3::prelude::*;

resource!(
/// Backups of a Dedicated cluster (the older v1beta API: ids are the project's and the cluster's).
Backups, AsyncBackups {
    /// The cluster's backups, manual and automatic, across all pages.
    fn list(
        /// The project's id.
        project_id: String,
        /// The cluster's id.
        cluster_id: String,
        /;
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
    ) -> pager "listBackups" |api, _py| {
        Recipe {
            spec: backups::list_backups(&project_id, &cluster_id, page_size)?,
            api,
            page_token: None,
        }
    }

    /// Take a manual backup; returns `{"id": ...}`. Wait for it with `wait`.
    fn create(
        /// The project's id.
        project_id: String,
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The backup's name.
        name: String,
        /// A free-text description.
        description: Option<String> = None,
    ) -> call "createBackup" |api, _py| {
        backups::create_backup(&api, &project_id, &cluster_id, &name, description)?
    }

    /// One backup, with its `status` (PENDING, RUNNING, SUCCESS, FAILED).
    fn get(
        /// The project's id.
        project_id: String,
        /// The cluster's id.
        cluster_id: String,
        /// The backup's id.
        backup_id: String,
        /;
    ) -> call "getBackup" |api, _py| {
        backups::get_backup(&api, &project_id, &cluster_id, &backup_id)?
    }

    /// Delete a backup; returns `{}`.
    fn delete(
        /// The project's id.
        project_id: String,
        /// The cluster's id.
        cluster_id: String,
        /// The backup's id.
        backup_id: String,
        /;
    ) -> call "deleteBackup" |api, _py| {
        backups::delete_backup(&api, &project_id, &cluster_id, &backup_id)?
    }
} waits {
    /// Poll until the backup's `status` is `state` (SUCCESS unless said;
    /// `"DELETED"`: until it is gone) and return it. FAILED raises `WaiterError`.
    fn wait(
        /// The project's id.
        project_id: String,
        /// The cluster's id.
        cluster_id: String,
        /// The backup's id.
        backup_id: String,
        /;
        /// The state to wait for; `"DELETED"`: until it is gone.
        state: &str = "SUCCESS",
    ) until waiters::BACKUP, timeout = 3600.0;
});

resource!(
/// Restores of backups to new Dedicated clusters (the older v1beta API).
Restores, AsyncRestores {
    /// The project's restore tasks, across all pages.
    fn list(
        /// The project's id.
        project_id: String,
        /;
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
    ) -> pager "listRestores" |api, _py| {
        Recipe { spec: backups::list_restores(&project_id, page_size)?, api, page_token: None }
    }

    /// Restore `backup_id` to a new cluster called `name`; returns `{"id",
    /// "cluster_id"}`. `config={"root_password": ..., "port": 4000,
    /// "components": {"tidb": {"node_size": "8C16G", "node_quantity": 2},
    /// "tikv": {"node_size": "8C32G", "storage_size_gib": 500, "node_quantity": 3}}}`.
    fn create(
        /// The project's id.
        project_id: String,
        /;
        /// The backup to restore.
        backup_id: String,
        /// The new cluster's name.
        name: String,
        /// The new cluster: `root_password`, `port` and `components`.
        config: &Bound<'_, PyAny>,
    ) -> call "createRestore" |api, _py| {
        backups::create_restore(&api, &project_id, &backup_id, &name, dict_arg(config, "config")?)?
    }

    /// One restore task, with its `status` and the new cluster's id, name and state.
    fn get(
        /// The project's id.
        project_id: String,
        /// The restore task's id.
        restore_id: String,
        /;
    ) -> call "getRestore" |api, _py| {
        backups::get_restore(&api, &project_id, &restore_id)?
    }
} waits {
    /// Poll until the restore's `status` is `state` (SUCCESS unless said) and
    /// return it. FAILED raises `WaiterError` with its `error_message`.
    fn wait(
        /// The project's id.
        project_id: String,
        /// The restore task's id.
        restore_id: String,
        /;
        /// The state to wait for; `"DELETED"`: until it is gone.
        state: &str = "SUCCESS",
    ) until waiters::RESTORE, timeout = 3600.0;
});
