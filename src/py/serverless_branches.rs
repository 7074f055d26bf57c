//! `client.serverless.branches`: branches of a Starter or Essential
//! cluster and their SQL users' passwords, declared as the other resources
//! are (see `declare.rs`).

use super::declare::resource;
use super::pager::Recipe;
use crate::api::serverless::branches;
use crate::api::waiters;
use crate::config::Secret;
use pyo3::prelude::*;

resource!(
/// Branches of a Starter or Essential cluster.
ServerlessBranches, AsyncServerlessBranches {
    /// The cluster's branches, across all pages.
    fn list(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listBranches" |api, _py| {
        Recipe { spec: branches::list(&cluster_id, page_size)?, api, page_token }
    }

    /// Branch the cluster's data as it is now, or as it was at
    /// `parent_timestamp` (a datetime or ISO 8601 str); `parent_id` branches
    /// another branch instead. Returns the branch, CREATING.
    fn create(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The name people see.
        display_name: String,
        /// Branch this branch instead of the cluster.
        parent_id: Option<String> = None,
        /// Branch the data as it was then: a datetime or an ISO 8601 str.
        parent_timestamp: Option<&Bound<'_, PyAny>> as "_Time" = None,
    ) -> call "createBranch" |api, py| {
        let at = super::time::iso_time(py, parent_timestamp, "parent_timestamp")?;
        branches::create(&api, &cluster_id, &display_name, parent_id.as_deref(), at.as_deref())?
    }

    /// One branch; `view="BASIC"` answers less.
    fn get(
        /// The cluster's id.
        cluster_id: String,
        /// The branch's id.
        branch_id: String,
        /;
        /// `BASIC` answers less, `FULL` (the default) everything.
        view: Option<String> = None,
    ) -> call "getBranch" |api, _py| {
        branches::get(&api, &cluster_id, &branch_id, view.as_deref())?
    }

    /// Delete a branch; returns it, DELETED.
    fn delete(
        /// The cluster's id.
        cluster_id: String,
        /// The branch's id.
        branch_id: String,
        /;
    ) -> call "deleteBranch" |api, _py| {
        branches::delete(&api, &cluster_id, &branch_id)?
    }

    /// Bring the branch back to its parent's data as it is now; returns it,
    /// RESTORING until ACTIVE again.
    fn reset(
        /// The cluster's id.
        cluster_id: String,
        /// The branch's id.
        branch_id: String,
        /;
    ) -> call "resetBranch" |api, _py| {
        branches::reset(&api, &cluster_id, &branch_id)?
    }

    /// Set a new password (8 to 64 characters) for one of the branch's SQL
    /// users, such as its root user (`<userPrefix>.root`). Returns
    /// `{"username": ...}`; the password never appears in a repr, a log line
    /// or an error.
    fn update_sql_user(
        /// The cluster's id.
        cluster_id: String,
        /// The branch's id.
        branch_id: String,
        /// The SQL user's name, with the branch's user prefix.
        user_name: String,
        /;
        /// The new password, 8 to 64 characters; never shown.
        password: String,
    ) -> call "updateBranchSqlUser" |api, _py| {
        branches::update_sql_user(&api, &cluster_id, &branch_id, &user_name, Secret::new(password))?
    }
} waits {
    /// Poll until the branch is in `state` (`"DELETED"`: until it is gone) and
    /// return it; CREATING and RESTORING keep it waiting.
    fn wait(
        /// The cluster's id.
        cluster_id: String,
        /// The branch's id.
        branch_id: String,
        /;
        /// The state to wait for; `"DELETED"`: until it is gone.
        state: &str = "ACTIVE",
    ) until waiters::BRANCH, timeout = 1800.0;
});
