//! `client.members`: the people of the organization and their roles.

use super::convert::{dict_arg, from_py, str_list};
use super::declare::resource;
use super::pager::Recipe;
use crate::api::members::{self, Filter, Roles};
use pyo3::prelude::*;
use serde_json::Value;

/// A list argument as JSON, None when absent.
fn opt_json(obj: Option<&Bound<'_, PyAny>>, name: &str) -> PyResult<Option<Value>> {
    obj.filter(|o| !o.is_none())
        .map(|o| from_py(o, name))
        .transpose()
}

fn roles(
    org_role: Option<&Bound<'_, PyAny>>,
    project_roles: Option<&Bound<'_, PyAny>>,
    instance_roles: Option<&Bound<'_, PyAny>>,
) -> PyResult<Roles> {
    Ok(Roles {
        org_role: org_role
            .filter(|o| !o.is_none())
            .map(|o| dict_arg(o, "org_role"))
            .transpose()?,
        project_roles: opt_json(project_roles, "project_roles")?,
        instance_roles: opt_json(instance_roles, "instance_roles")?,
    })
}

resource!(
/// Members of the organization: the people who sign in to it, each with an
/// organization role and roles in projects and Starter/Essential instances.
Members, AsyncMembers {
    /// The members, across all pages (100 a page unless `page_size` says).
    /// Filters: `email`, `roles` and `statuses` (any of them), `project_id`,
    /// `instance_id`; `order_by` such as `"email desc"` or `"invite_time asc"`.
    fn list(
        /;
        /// Only the member with this email address.
        email: Option<String> = None,
        /// Only members with any of these roles (`org:owner`, `project:dev`, ...).
        roles: Option<&Bound<'_, PyAny>> as "Sequence[str] | str" = None,
        /// Only members in any of these statuses: `Active`, `Pending`.
        statuses: Option<&Bound<'_, PyAny>> as "Sequence[str] | str" = None,
        /// `email`, `invite_time` or `login_time`, then `asc` or `desc`.
        order_by: Option<String> = None,
        /// Only members with a role in this project.
        project_id: Option<String> = None,
        /// Only members with a role in this Starter or Essential instance.
        instance_id: Option<String> = None,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listMembers" |api, _py| {
        let roles = str_list(roles, "roles")?;
        let statuses = str_list(statuses, "statuses")?;
        let filter = Filter {
            email: email.as_deref(),
            roles: &roles,
            statuses: &statuses,
            order_by: order_by.as_deref(),
            project_id: project_id.as_deref(),
            instance_id: instance_id.as_deref(),
        };
        Recipe { spec: members::list(filter, page_size)?, api, page_token }
    }

    /// Invite people by email: each becomes a member, `Pending` until they
    /// accept. Returns `{"success", "message", "users": [{"email", "userId"}]}`.
    fn invite(
        /;
        /// The addresses to invite.
        emails: Vec<String>,
        /// Their organization role: `{"rbacRole": "org:member"}`.
        org_role: &Bound<'_, PyAny> as "Mapping[str, str]",
        /// Project roles: `[{"rbacRole": "project:dev", "scopeId": project_id}]`.
        project_roles: Option<&Bound<'_, PyAny>> as "Sequence[Mapping[str, str]]" = None,
        /// Instance roles: `[{"rbacRole": "cluster:viewer", "scopeId": cluster_id}]`.
        instance_roles: Option<&Bound<'_, PyAny>> as "Sequence[Mapping[str, str]]" = None,
    ) -> call "inviteMembers" |api, _py| {
        members::invite(&api, &emails, roles(Some(org_role), project_roles, instance_roles)?)?
    }

    /// Change the roles of several members at once; each succeeds or fails on
    /// its own: `{"results": [{"userId", "success", "error"?}]}`.
    fn batch_update(
        /;
        /// `[{"userId", "orgRole"?, "projectRoles"?, "instanceRoles"?}]`.
        users: &Bound<'_, PyAny> as "Sequence[Mapping[str, Any]]",
    ) -> call "batchUpdateMembers" |api, _py| {
        members::batch_update(&api, &from_py(users, "users")?)?
    }

    /// Change a member's roles; what is not given stays.
    fn update(
        /// The member's user id.
        user_id: String,
        /;
        /// The organization role: `{"rbacRole": "org:member"}`.
        org_role: Option<&Bound<'_, PyAny>> as "Mapping[str, str]" = None,
        /// Every project role the member has: a list of role dicts.
        project_roles: Option<&Bound<'_, PyAny>> as "Sequence[Mapping[str, str]]" = None,
        /// Every instance role the member has: a list of role dicts.
        instance_roles: Option<&Bound<'_, PyAny>> as "Sequence[Mapping[str, str]]" = None,
    ) -> call "updateMember" |api, _py| {
        members::update(&api, &user_id, roles(org_role, project_roles, instance_roles)?)?
    }

    /// Remove a member from the organization.
    fn delete(
        /// The member's user id.
        user_id: String,
        /;
    ) -> call "deleteMember" |api, _py| {
        members::delete(&api, &user_id)?
    }

    /// Send a `Pending` member's invitation email again.
    fn resend_invitation(
        /// The member's user id.
        user_id: String,
        /;
    ) -> call "resendMemberInvitation" |api, _py| {
        members::resend_invitation(&api, &user_id)?
    }
} waits {
});
