//! Changefeeds of Starter and Essential clusters (`client.serverless.changefeeds`).

use super::convert::{dict_arg, opt_dict, str_list};
use super::declare::resource;
use super::pager::Recipe;
use crate::api::serverless::changefeeds::{self, Feed};
use crate::api::waiters;
use pyo3::prelude::*;

resource!(
/// Changefeeds of a Starter or Essential cluster: replication to Kafka or MySQL.
ServerlessChangefeeds, AsyncServerlessChangefeeds {
    /// The cluster's changefeeds, across all pages; `changefeed_type` keeps
    /// one kind of sink.
    fn list(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// Only changefeeds to this kind of sink: `KAFKA` or `MYSQL`.
        changefeed_type: Option<String> = None,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listServerlessChangefeeds" |api, _py| {
        let spec = changefeeds::list(&cluster_id, changefeed_type.as_deref(), page_size)?;
        Recipe { spec, api, page_token }
    }

    /// Start replicating the cluster's changes to `sink` (`{"type": "KAFKA",
    /// "kafka": {...}}` or `{"type": "MYSQL", "mysql": {...}}`); returns the
    /// changefeed, CREATING.
    fn create(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// Where the changes go: `type` and the settings of that type.
        sink: &Bound<'_, PyAny>,
        /// Which tables: `{"filterRule": ["*.*"], "mode": "IGNORE_NOT_SUPPORT_TABLE"}`.
        filter: &Bound<'_, PyAny>,
        /// The name people see.
        display_name: Option<String> = None,
        /// Where to start: `{"mode": "FROM_NOW"}`, `FROM_TSO` with `tso`, `FROM_TIME` with `time`.
        start_position: Option<&Bound<'_, PyAny>> = None,
    ) -> call "createServerlessChangefeed" |api, _py| {
        let feed = Feed {
            display_name,
            sink: dict_arg(sink, "sink")?,
            filter: dict_arg(filter, "filter")?,
            start_position: opt_dict(start_position, "start_position")?,
        };
        changefeeds::create(&api, &cluster_id, feed)?
    }

    /// One changefeed, with its state and checkpoint.
    fn get(
        /// The cluster's id.
        cluster_id: String,
        /// The changefeed's id.
        changefeed_id: String,
        /;
    ) -> call "getServerlessChangefeed" |api, _py| {
        changefeeds::get(&api, &cluster_id, &changefeed_id)?
    }

    /// Replace a paused changefeed's sink and filter (and name); its sink type
    /// stays. Returns it.
    fn update(
        /// The cluster's id.
        cluster_id: String,
        /// The changefeed's id.
        changefeed_id: String,
        /;
        /// Where the changes go, of the type it was created with.
        sink: &Bound<'_, PyAny>,
        /// Which tables.
        filter: &Bound<'_, PyAny>,
        /// The name people see.
        display_name: Option<String> = None,
    ) -> call "updateServerlessChangefeed" |api, _py| {
        let feed = Feed {
            display_name,
            sink: dict_arg(sink, "sink")?,
            filter: dict_arg(filter, "filter")?,
            start_position: None,
        };
        changefeeds::update(&api, &cluster_id, &changefeed_id, feed)?
    }

    /// Delete a changefeed; returns it, DELETED.
    fn delete(
        /// The cluster's id.
        cluster_id: String,
        /// The changefeed's id.
        changefeed_id: String,
        /;
    ) -> call "deleteServerlessChangefeed" |api, _py| {
        changefeeds::delete(&api, &cluster_id, &changefeed_id)?
    }

    /// Start a paused changefeed from its checkpoint; returns it.
    fn start(
        /// The cluster's id.
        cluster_id: String,
        /// The changefeed's id.
        changefeed_id: String,
        /;
    ) -> call "startServerlessChangefeed" |api, _py| {
        changefeeds::start_or_stop(&api, &cluster_id, &changefeed_id, true)?
    }

    /// Stop a running changefeed (PAUSED); returns it.
    fn stop(
        /// The cluster's id.
        cluster_id: String,
        /// The changefeed's id.
        changefeed_id: String,
        /;
    ) -> call "stopServerlessChangefeed" |api, _py| {
        changefeeds::start_or_stop(&api, &cluster_id, &changefeed_id, false)?
    }

    /// Check that the cluster can reach `sink`, creating nothing; returns
    /// `{}`, or raises the service's error saying what is wrong.
    fn test(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The sink to check: `type` and the settings of that type.
        sink: &Bound<'_, PyAny>,
    ) -> call "testServerlessChangefeed" |api, _py| {
        changefeeds::test(&api, &cluster_id, dict_arg(sink, "sink")?)?
    }

    /// Which of the cluster's tables `filter_rules` takes, split by whether
    /// they have a handle key (`handleKeyTables`, `nonHandleKeyTables`).
    fn describe_schema_table(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// Table filter rules: a list, or one comma-separated str.
        filter_rules: Option<&Bound<'_, PyAny>> as "Sequence[str] | str" = None,
    ) -> call "describeServerlessChangefeedSchemaTable" |api, _py| {
        let rules = str_list(filter_rules, "filter_rules")?;
        changefeeds::describe_schema_table(&api, &cluster_id, rules)?
    }

    /// The cluster's endpoint to a sink's private link service.
    fn get_private_link_endpoint(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The private link service the endpoint reaches.
        private_link_service_name: String,
    ) -> call "getServerlessChangefeedPrivateLinkEndpoint" |api, _py| {
        changefeeds::get_private_link_endpoint(&api, &cluster_id, &private_link_service_name)?
    }

    /// Make an endpoint from the cluster to a sink's private link service;
    /// returns it, PENDING until the service accepts it (then AVAILABLE).
    fn create_private_link_endpoint(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The private link service to reach.
        private_link_service_name: String,
        /// The kind of sink behind it: `KAFKA` or `MYSQL`.
        changefeed_type: String,
        /// For Kafka: `{"kafkaType": "SELF_HOSTED", "advertisedListenersPattern": {...}}`.
        kafka: Option<&Bound<'_, PyAny>> = None,
    ) -> call "createServerlessChangefeedPrivateLinkEndpoint" |api, _py| {
        changefeeds::create_private_link_endpoint(
            &api,
            &cluster_id,
            &private_link_service_name,
            &changefeed_type,
            opt_dict(kafka, "kafka")?,
        )?
    }

    /// Remove the cluster's endpoint to a private link service; returns it, DELETING.
    fn delete_private_link_endpoint(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The private link service the endpoint reaches.
        private_link_service_name: String,
    ) -> call "deleteServerlessChangefeedPrivateLinkEndpoint" |api, _py| {
        changefeeds::delete_private_link_endpoint(&api, &cluster_id, &private_link_service_name)?
    }
} waits {
    /// Poll until the changefeed is in `state` (`"DELETED"`: until it is gone)
    /// and return it; CREATING keeps it waiting. CREATE_FAILED and
    /// RUNNING_FAILED raise `WaiterError` with the changefeed's `error`.
    fn wait(
        /// The cluster's id.
        cluster_id: String,
        /// The changefeed's id.
        changefeed_id: String,
        /;
        /// The state to wait for; `"DELETED"`: until it is gone.
        state: &str = "RUNNING",
    ) until waiters::SERVERLESS_CHANGEFEED, timeout = 1800.0;
});
