//! Changefeeds: replication out of a Dedicated cluster (`client.changefeeds`).

use super::convert::{dict_arg, opt_dict};
use super::declare::resource;
use super::pager::Recipe;
use crate::api::changefeeds::{self, Downstream, NewChangefeed};
use crate::api::waiters;
use pyo3::prelude::*;

resource!(
/// Changefeeds of Dedicated clusters: replication to Kafka, MySQL, S3, GCS or
/// Azure Blob storage.
Changefeeds, AsyncChangefeeds {
    /// The cluster's changefeeds, across all pages; `downstream_type` keeps
    /// one kind of sink.
    fn list(
        /;
        /// The source cluster's id.
        cluster_id: String,
        /// Only changefeeds to this kind of sink: `KAFKA`, `MYSQL`, `S3`, `GCS` or `AZURE_BLOB`.
        downstream_type: Option<String> = None,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listChangefeeds" |api, _py| {
        let spec = changefeeds::list(&cluster_id, downstream_type.as_deref(), page_size)?;
        Recipe { spec, api, page_token }
    }

    /// Start replicating a cluster's changes to a sink: `downstream_type` with
    /// the settings of that type (`kafka=`, `mysql=`, `s3=`, `gcs=` or
    /// `azure_blob=`, dicts in the API's camelCase). Returns the changefeed,
    /// CREATING; `dry_run=True` only checks the request.
    fn create(
        /;
        /// The source cluster's id.
        cluster_id: String,
        /// The changefeed's name.
        name: String,
        /// Its capacity: a name from `list_rcus()`, such as `"4rcu"`.
        replication_capacity: String,
        /// The kind of sink: `KAFKA`, `MYSQL`, `S3`, `GCS` or `AZURE_BLOB`.
        downstream_type: String,
        /// Which tables: `{"filterRules": ["*.*"], "mode": "IGNORE_NOT_SUPPORT_TABLE", "caseSensitive": true}`.
        table_config: &Bound<'_, PyAny> as "dict[str, Any]",
        /// Where to start: `{"mode": "FROM_NOW"}`, `FROM_TSO` with `startTso`, or `FROM_UTC` with `startTimestamp`.
        start_position: &Bound<'_, PyAny> as "dict[str, Any]",
        /// How the sink is reached: `{"networkType": "NETWORK_TYPE_PUBLIC"}`, ...
        network_info: Option<&Bound<'_, PyAny>> as "dict[str, Any]" = None,
        /// Kafka settings: `broker`, `authentication`, `dataFormat`, `topicPartitionConfig`.
        kafka: Option<&Bound<'_, PyAny>> as "dict[str, Any]" = None,
        /// MySQL settings: `{"connection": {"endpoint", "username", "password"}}`.
        mysql: Option<&Bound<'_, PyAny>> as "dict[str, Any]" = None,
        /// S3 settings: `endpoint` (`s3Uri`, `authType`, keys or role) and `dataFormat`.
        s3: Option<&Bound<'_, PyAny>> as "dict[str, Any]" = None,
        /// GCS settings: `endpoint` (`gcsUri`) and `dataFormat`.
        gcs: Option<&Bound<'_, PyAny>> as "dict[str, Any]" = None,
        /// Azure Blob settings: `endpoint` (`blobUri`, `sasToken`) and `dataFormat`.
        azure_blob: Option<&Bound<'_, PyAny>> as "dict[str, Any]" = None,
        /// Only check the request; create nothing.
        dry_run: bool = false,
    ) -> call "createChangefeed" |api, _py| {
        let c = NewChangefeed {
            cluster_id,
            name,
            replication_capacity,
            downstream: Downstream {
                downstream_type,
                kafka: opt_dict(kafka, "kafka")?,
                mysql: opt_dict(mysql, "mysql")?,
                s3: opt_dict(s3, "s3")?,
                gcs: opt_dict(gcs, "gcs")?,
                azure_blob: opt_dict(azure_blob, "azure_blob")?,
            },
            table_config: dict_arg(table_config, "table_config")?,
            start_position: dict_arg(start_position, "start_position")?,
            network_info: opt_dict(network_info, "network_info")?,
        };
        changefeeds::create(&api, c, dry_run)?
    }

    /// One changefeed, with its state and checkpoint.
    fn get(
        /// The changefeed's id.
        changefeed_id: String,
        /;
        /// Read the checkpoint afresh rather than from the service's cache.
        invalidate_cache: bool = false,
    ) -> call "getChangefeed" |api, _py| {
        changefeeds::get(&api, &changefeed_id, invalidate_cache)?
    }

    /// Delete a changefeed (DELETING, then gone); returns `{}`.
    fn delete(
        /// The changefeed's id.
        changefeed_id: String,
        /;
    ) -> call "deleteChangefeed" |api, _py| {
        changefeeds::delete(&api, &changefeed_id)?
    }

    /// Pause a running changefeed (PAUSING, then PAUSED); returns `{}`.
    fn pause(
        /// The changefeed's id.
        changefeed_id: String,
        /;
    ) -> call "pauseChangefeed" |api, _py| {
        changefeeds::pause_or_resume(&api, &changefeed_id, true)?
    }

    /// Resume a paused changefeed from its checkpoint; returns `{}`.
    fn resume(
        /// The changefeed's id.
        changefeed_id: String,
        /;
    ) -> call "resumeChangefeed" |api, _py| {
        changefeeds::pause_or_resume(&api, &changefeed_id, false)?
    }

    /// Move a changefeed to another capacity; returns it, SCALING.
    fn scale(
        /// The changefeed's id.
        changefeed_id: String,
        /;
        /// The new capacity: a name from `list_rcus()`, such as `"8rcu"`.
        replication_capacity: String,
    ) -> call "scaleChangefeed" |api, _py| {
        changefeeds::scale(&api, &changefeed_id, &replication_capacity)?
    }

    /// Change a paused changefeed's sink settings or table filters (its
    /// `downstream_type` stays); returns it, EDITING, then PAUSED again.
    fn edit_downstream_config(
        /// The changefeed's id.
        changefeed_id: String,
        /;
        /// The changefeed's kind of sink, as it was created.
        downstream_type: String,
        /// Which tables, and which events to leave out.
        table_config: Option<&Bound<'_, PyAny>> = None,
        /// New Kafka settings.
        kafka: Option<&Bound<'_, PyAny>> = None,
        /// New MySQL settings.
        mysql: Option<&Bound<'_, PyAny>> = None,
        /// New S3 settings.
        s3: Option<&Bound<'_, PyAny>> = None,
        /// New GCS settings.
        gcs: Option<&Bound<'_, PyAny>> = None,
        /// New Azure Blob settings.
        azure_blob: Option<&Bound<'_, PyAny>> = None,
        /// Only check the request; change nothing.
        dry_run: bool = false,
    ) -> call "editChangefeedDownstreamConfig" |api, _py| {
        let d = Downstream {
            downstream_type,
            kafka: opt_dict(kafka, "kafka")?,
            mysql: opt_dict(mysql, "mysql")?,
            s3: opt_dict(s3, "s3")?,
            gcs: opt_dict(gcs, "gcs")?,
            azure_blob: opt_dict(azure_blob, "azure_blob")?,
        };
        let tables = opt_dict(table_config, "table_config")?;
        changefeeds::edit_downstream_config(&api, &changefeed_id, d, tables, dry_run)?
    }

    /// The capacities a changefeed can run at (`name` such as `"4rcu"`,
    /// `rcuNum`, `rpsLimit`), as a list.
    fn list_rcus(
        /;
    ) -> call "listChangefeedRcus" |api, _py| {
        changefeeds::list_rcus(&api)?
    }
} waits {
    /// Poll until the changefeed is in `state` (`"DELETED"`: until it is gone)
    /// and return it; CREATING, PAUSING, EDITING, SCALING and DELETING keep it
    /// waiting. FAILED and ERROR raise `WaiterError` with the changefeed's
    /// `error`, and so do a timeout and a state that cannot become `state`.
    fn wait(
        /// The changefeed's id.
        changefeed_id: String,
        /;
        /// The state to wait for; `"DELETED"`: until it is gone.
        state: &str = "RUNNING",
    ) until waiters::CHANGEFEED, timeout = 1800.0;
});
