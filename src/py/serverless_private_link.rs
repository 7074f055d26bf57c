//! `client.serverless.private_link_connections`: a Starter or Essential
//! cluster's connections to endpoint services of the user's, declared as the
//! other resources are (see `declare.rs`).

use super::convert::opt_dict;
use super::declare::resource;
use super::pager::Recipe;
use crate::api::serverless::private_link;
use crate::api::waiters;
use pyo3::prelude::*;

resource!(
/// Private link connections of Starter and Essential clusters to endpoint services.
ServerlessPrivateLinkConnections, AsyncServerlessPrivateLinkConnections {
    /// The cluster's private link connections, across all pages; `state=`
    /// lists only those in that state.
    fn list(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// Only connections in this state: CREATING, PENDING_ACCEPTANCE, ACTIVE, FAILED, DELETING.
        state: Option<String> = None,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listPrivateLinkConnections" |api, _py| {
        Recipe {
            spec: private_link::list(&cluster_id, state.as_deref(), page_size)?,
            api,
            page_token,
        }
    }

    /// Connect the cluster to an endpoint service:
    /// `aws_endpoint_service={"name": "com.amazonaws.vpce.us-east-1.vpce-svc-..."}`
    /// or `alicloud_endpoint_service={"name": ...}`; `type` follows from the
    /// one given. Returns the connection, CREATING; `wait` for ACTIVE once the
    /// endpoint service's owner accepts it.
    fn create(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The name people see.
        display_name: String,
        /// `AWS_ENDPOINT_SERVICE` or `ALICLOUD_ENDPOINT_SERVICE`; the one given's when absent.
        r#type: Option<String> = None,
        /// `{"name", "region"}` of an AWS endpoint service (region: the cluster's if absent).
        aws_endpoint_service: Option<&Bound<'_, PyAny>>
            as "ServerlessAwsEndpointService | Mapping[str, Any]" = None,
        /// `{"name"}` of an Alibaba Cloud endpoint service.
        alicloud_endpoint_service: Option<&Bound<'_, PyAny>>
            as "ServerlessAlicloudEndpointService | Mapping[str, Any]" = None,
    ) -> call "createPrivateLinkConnection" |api, _py| {
        let c = private_link::NewConnection {
            display_name,
            r#type,
            aws_endpoint_service: opt_dict(aws_endpoint_service, "aws_endpoint_service")?,
            alicloud_endpoint_service: opt_dict(
                alicloud_endpoint_service,
                "alicloud_endpoint_service",
            )?,
        };
        private_link::create(&api, &cluster_id, c)?
    }

    /// One connection, with its `state`, `endpointId` and `attachedDomains`.
    fn get(
        /// The cluster's id.
        cluster_id: String,
        /// The connection's id (`plc-...`).
        private_link_connection_id: String,
        /;
    ) -> call "getPrivateLinkConnection" |api, _py| {
        private_link::get(&api, &cluster_id, &private_link_connection_id)?
    }

    /// Delete a connection; returns it, DELETING until it is gone.
    fn delete(
        /// The cluster's id.
        cluster_id: String,
        /// The connection's id (`plc-...`).
        private_link_connection_id: String,
        /;
    ) -> call "deletePrivateLinkConnection" |api, _py| {
        private_link::delete(&api, &cluster_id, &private_link_connection_id)?
    }

    /// The account (`accountId`) the cluster connects from and the
    /// availability zones (`azIds`) an endpoint service must be in.
    fn get_availability_zones(
        /// The cluster's id.
        cluster_id: String,
        /;
    ) -> call "getPrivateLinkAvailabilityZones" |api, _py| {
        private_link::get_availability_zones(&api, &cluster_id)?
    }

    /// Attach domains to an ACTIVE connection: `type="TIDBCLOUD_MANAGED"` or
    /// `"CONFLUENT"`, named by `unique_name`. Returns the attachment, with its
    /// `attachDomainId` and `domains`; `validate_only=True` only shows them
    /// (and may leave `unique_name` out for TIDBCLOUD_MANAGED).
    fn attach_domains(
        /// The cluster's id.
        cluster_id: String,
        /// The connection's id (`plc-...`).
        private_link_connection_id: String,
        /;
        /// `TIDBCLOUD_MANAGED` or `CONFLUENT`.
        r#type: String,
        /// The unique name the domains are made from.
        unique_name: Option<String> = None,
        /// Only check the request and show the domains; attach nothing.
        validate_only: bool = false,
    ) -> call "attachPrivateLinkDomains" |api, _py| {
        private_link::attach_domains(
            &api,
            &cluster_id,
            &private_link_connection_id,
            &r#type,
            unique_name.as_deref(),
            validate_only,
        )?
    }

    /// Detach the domains of one attachment (its `attachDomainId`); returns it.
    fn detach_domains(
        /// The cluster's id.
        cluster_id: String,
        /// The connection's id (`plc-...`).
        private_link_connection_id: String,
        /;
        /// The attachment to detach, as `attach_domains` answered it.
        attach_domain_id: String,
    ) -> call "detachPrivateLinkDomains" |api, _py| {
        private_link::detach_domains(
            &api,
            &cluster_id,
            &private_link_connection_id,
            &attach_domain_id,
        )?
    }
} waits {
    /// Poll until the connection is in `state` (ACTIVE unless said;
    /// `"DELETED"`: until it is gone) and return it; CREATING and
    /// PENDING_ACCEPTANCE keep it waiting. FAILED raises `WaiterError` with
    /// its `message`.
    fn wait(
        /// The cluster's id.
        cluster_id: String,
        /// The connection's id (`plc-...`).
        private_link_connection_id: String,
        /;
        /// The state to wait for; `"DELETED"`: until it is gone.
        state: &str = "ACTIVE",
    ) until waiters::PRIVATE_LINK_CONNECTION, timeout = 1800.0;
});
