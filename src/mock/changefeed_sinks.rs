//! Checks of a Dedicated changefeed's sink settings (Kafka, MySQL, S3, GCS,
//! Azure Blob), its table filters and start position, as the service states
//! them. A sink whose address names an "unreachable" host passes the checks
//! and fails when the changefeed starts, so that tests can reach FAILED.

use super::checks::{opt_enum, req_obj, req_str};
use super::reply::{one_of, Fail, Fields};
use serde_json::Value;

/// The sink types, and the field each one's settings go in.
pub const DOWNSTREAMS: &[(&str, &str)] = &[
    ("KAFKA", "kafka"),
    ("MYSQL", "mysql"),
    ("S3", "s3"),
    ("GCS", "gcs"),
    ("AZURE_BLOB", "azureBlob"),
];

/// The field a sink type's settings go in.
pub fn sink_field(downstream_type: &str) -> Result<&'static str, Fail> {
    let names: Vec<&str> = DOWNSTREAMS.iter().map(|(t, _)| *t).collect();
    one_of("downstreamType", downstream_type, &names)?;
    Ok(DOWNSTREAMS
        .iter()
        .find(|(t, _)| *t == downstream_type)
        .map_or("kafka", |(_, f)| *f))
}

/// Required enum: present and one of `allowed` (the UNSPECIFIED value is not).
fn req_enum(b: &Fields<'_>, field: &str, path: &str, allowed: &[&str]) -> Result<(), Fail> {
    let v = req_str(b, field, path)?;
    one_of(&format!("{path}{field}"), v, allowed)
}

/// `host:port`, one or more, comma-separated.
fn check_hosts(v: &str, field: &str) -> Result<(), Fail> {
    let ok = v.split(',').all(|hp| {
        hp.trim()
            .rsplit_once(':')
            .is_some_and(|(h, p)| !h.is_empty() && p.parse::<u16>().is_ok_and(|p| p > 0))
    });
    if ok {
        Ok(())
    } else {
        Err(Fail::bad(format!(
            "{field} {v:?} must be host:port, comma-separated when there are several"
        )))
    }
}

fn check_uri(v: &str, field: &str, schemes: &[&str]) -> Result<(), Fail> {
    super::checks::check_uri(v, field, schemes)
}

/// The error a changefeed meets when it starts, if its sink is out of reach.
fn reach(address: &str) -> Option<String> {
    address
        .contains("unreachable")
        .then(|| format!("cannot connect to the downstream at {address}: connection timed out"))
}

/// A Kafka sink's authentication, on both tiers: its type, and a user and
/// password unless it is DISABLE.
fn kafka_auth(k: &Fields<'_>, p: &str, ap: &str) -> Result<(), Fail> {
    let auth = req_obj(k, "authentication", p)?;
    req_enum(
        &auth,
        "authType",
        ap,
        &[
            "DISABLE",
            "SASL_PLAIN",
            "SASL_SCRAM_SHA_256",
            "SASL_SCRAM_SHA_512",
        ],
    )?;
    if auth.opt_str("authType")? != Some("DISABLE") {
        req_str(&auth, "username", ap)?;
        req_str(&auth, "password", ap)?;
    }
    Ok(())
}

/// A Kafka topic's replication factor and partition count, on both tiers:
/// each required, at least 1.
fn partition_counts(topics: &Fields<'_>, tp: &str) -> Result<(), Fail> {
    for f in ["replicationFactor", "partitionNum"] {
        if topics
            .0
            .get(f)
            .and_then(Value::as_i64)
            .is_none_or(|n| n < 1)
        {
            return Err(Fail::bad(format!(
                "{tp}{f} is required, an integer of at least 1"
            )));
        }
    }
    Ok(())
}

fn kafka(k: &Fields<'_>) -> Result<Option<String>, Fail> {
    let p = "kafka.";
    let broker = req_obj(k, "broker", p)?;
    req_enum(
        &broker,
        "version",
        "kafka.broker.",
        &[
            "KAFKA_VERSION_0XX",
            "KAFKA_VERSION_1XX",
            "KAFKA_VERSION_2XX",
            "KAFKA_VERSION_3XX",
        ],
    )?;
    let endpoints = req_str(&broker, "brokerEndpoints", "kafka.broker.")?;
    check_hosts(endpoints, "kafka.broker.brokerEndpoints")?;
    opt_enum(
        &broker,
        "compression",
        "kafka.broker.",
        &["NONE", "GZIP", "SNAPPY", "LZ4", "ZSTD"],
    )?;
    kafka_auth(k, p, "kafka.authentication.")?;
    let format = req_obj(k, "dataFormat", p)?;
    req_enum(
        &format,
        "protocol",
        "kafka.dataFormat.",
        &[
            "PROTOCOL_CANAL_JSON",
            "PROTOCOL_OPEN_PROTOCOL",
            "PROTOCOL_AVRO",
            "PROTOCOL_DEBEZIUM",
        ],
    )?;
    if format.opt_str("protocol")? == Some("PROTOCOL_AVRO") {
        let avro = req_obj(&format, "avroConfig", "kafka.dataFormat.")?;
        let registry = req_obj(&avro, "schemaRegistry", "kafka.dataFormat.avroConfig.")?;
        let rp = "kafka.dataFormat.avroConfig.schemaRegistry.";
        req_str(&registry, "schemaRegistryEndpoints", rp)?;
        if registry.0.get("enableBasicAuth") == Some(&Value::Bool(true)) {
            req_str(&registry, "basicAuthUsername", rp)?;
            req_str(&registry, "basicAuthPassword", rp)?;
        }
    }
    let topics = req_obj(k, "topicPartitionConfig", p)?;
    let tp = "kafka.topicPartitionConfig.";
    req_enum(
        &topics,
        "dispatchType",
        tp,
        &[
            "DISPATCH_TYPE_ONE_TOPIC",
            "DISPATCH_TYPE_BY_TABLE",
            "DISPATCH_TYPE_BY_DATABASE",
        ],
    )?;
    if topics.opt_str("dispatchType")? == Some("DISPATCH_TYPE_ONE_TOPIC") {
        req_str(&topics, "defaultTopic", tp)?;
    }
    partition_counts(&topics, tp)?;
    if let Some(list) = topics.0.get("partitionDispatchers") {
        for (i, d) in list.as_array().into_iter().flatten().enumerate() {
            let d = Fields(d.as_object().ok_or_else(|| {
                Fail::bad(format!("{tp}partitionDispatchers[{i}] must be an object"))
            })?);
            let dp = format!("{tp}partitionDispatchers[{i}].");
            req_enum(
                &d,
                "partitionType",
                &dp,
                &["TABLE", "INDEX_VALUE", "Timestamp", "COLUMNS"],
            )?;
            let needs_columns = d.opt_str("partitionType")? == Some("COLUMNS");
            let columns = d.0.get("columns").and_then(Value::as_array);
            if needs_columns && columns.is_none_or(Vec::is_empty) {
                return Err(Fail::bad(format!(
                    "{dp}columns must name a column for COLUMNS"
                )));
            }
        }
    }
    Ok(reach(endpoints))
}

fn mysql(m: &Fields<'_>) -> Result<Option<String>, Fail> {
    let conn = req_obj(m, "connection", "mysql.")?;
    let endpoint = req_str(&conn, "endpoint", "mysql.connection.")?;
    check_hosts(endpoint, "mysql.connection.endpoint")?;
    req_str(&conn, "username", "mysql.connection.")?;
    Ok(reach(endpoint))
}

/// The file format of an object-storage sink.
fn data_format(s: &Fields<'_>, path: &str) -> Result<(), Fail> {
    let f = req_obj(s, "dataFormat", path)?;
    let fp = format!("{path}dataFormat.");
    req_enum(
        &f,
        "protocol",
        &fp,
        &["PROTOCOL_CSV", "PROTOCOL_CANAL_JSON", "PROTOCOL_PARQUET"],
    )?;
    opt_enum(&f, "dateSeparator", &fp, &["NONE", "YEAR", "MONTH", "DAY"])?;
    opt_enum(&f, "binaryEncodingMethod", &fp, &["BASE64", "HEX"])?;
    if let Some(flush) = s.opt_obj("storageFlushConfig")? {
        if let Some(size) = flush.get("fileSize") {
            let n = size
                .as_str()
                .and_then(|t| t.parse::<u64>().ok())
                .or(size.as_u64());
            if !n.is_some_and(|n| (1_048_576..=536_870_912).contains(&n)) {
                return Err(Fail::bad(format!(
                    "{path}storageFlushConfig.fileSize must be 1048576 to 536870912 bytes"
                )));
            }
        }
    }
    Ok(())
}

fn s3(s: &Fields<'_>) -> Result<Option<String>, Fail> {
    let e = req_obj(s, "endpoint", "s3.")?;
    let ep = "s3.endpoint.";
    let uri = req_str(&e, "s3Uri", ep)?;
    check_uri(uri, "s3.endpoint.s3Uri", &["s3://"])?;
    req_enum(
        &e,
        "authType",
        ep,
        &["S3_AUTH_TYPE_AK_SK", "S3_AUTH_TYPE_ASSUME_ROLE"],
    )?;
    if e.opt_str("authType")? == Some("S3_AUTH_TYPE_AK_SK") {
        req_str(&e, "accessKey", ep)?;
        req_str(&e, "secretKey", ep)?;
    } else {
        let arn = req_str(&e, "iamAssumedRoleArn", ep)?;
        check_uri(arn, "s3.endpoint.iamAssumedRoleArn", &["arn:aws:iam::"])?;
    }
    data_format(s, "s3.")?;
    Ok(reach(uri))
}

fn gcs(s: &Fields<'_>) -> Result<Option<String>, Fail> {
    let e = req_obj(s, "endpoint", "gcs.")?;
    let uri = req_str(&e, "gcsUri", "gcs.endpoint.")?;
    check_uri(uri, "gcs.endpoint.gcsUri", &["gs://", "gcs://"])?;
    data_format(s, "gcs.")?;
    Ok(reach(uri))
}

fn azure_blob(s: &Fields<'_>) -> Result<Option<String>, Fail> {
    let e = req_obj(s, "endpoint", "azureBlob.")?;
    let ep = "azureBlob.endpoint.";
    let uri = req_str(&e, "blobUri", ep)?;
    check_uri(uri, "azureBlob.endpoint.blobUri", &["azure://", "https://"])?;
    req_str(&e, "sasToken", ep)?;
    data_format(s, "azureBlob.")?;
    Ok(reach(uri))
}

/// Check the settings of `downstream_type` in `b` (and that no other type's
/// are there); the error the sink will meet when it starts, if any.
pub fn check_sink(b: &Fields<'_>, downstream_type: &str) -> Result<Option<String>, Fail> {
    let own = sink_field(downstream_type)?;
    for (_, field) in DOWNSTREAMS {
        if *field != own && b.0.get(*field).is_some_and(|v| !v.is_null()) {
            return Err(Fail::bad(format!(
                "{field} does not go with downstreamType {downstream_type}"
            )));
        }
    }
    let settings = req_obj(b, own, "")?;
    match own {
        "kafka" => kafka(&settings),
        "mysql" => mysql(&settings),
        "s3" => s3(&settings),
        "gcs" => gcs(&settings),
        _ => azure_blob(&settings),
    }
}

/// Which tables: filter rules, the mode, event filters.
pub fn check_table_config(t: &Fields<'_>) -> Result<(), Fail> {
    opt_enum(
        t,
        "mode",
        "tableConfig.",
        &["IGNORE_NOT_SUPPORT_TABLE", "FORCE_SYNC"],
    )?;
    if let Some(rules) = t.0.get("filterRules") {
        let rules = rules.as_array().filter(|r| r.iter().all(Value::is_string));
        if rules.is_none_or(|r| {
            r.iter()
                .any(|x| x.as_str().is_none_or(|s| s.trim().is_empty()))
        }) {
            return Err(Fail::bad(
                "tableConfig.filterRules must be a list of rules such as \"db.*\"",
            ));
        }
    }
    Ok(())
}

/// Where replication starts: now, a TSO, or a moment in UTC.
pub fn check_start_position(s: &Fields<'_>) -> Result<(), Fail> {
    let p = "startPosition.";
    req_enum(s, "mode", p, &["FROM_NOW", "FROM_TSO", "FROM_UTC"])?;
    match s.opt_str("mode")? {
        Some("FROM_TSO") => {
            let tso = req_str(s, "startTso", p)?;
            if tso.parse::<u64>().is_err() {
                return Err(Fail::bad(format!(
                    "startPosition.startTso {tso:?} is not a TSO"
                )));
            }
        }
        Some("FROM_UTC") => {
            let at = req_str(s, "startTimestamp", p)?;
            if chrono::DateTime::parse_from_rfc3339(at).is_err() {
                return Err(Fail::bad(format!(
                    "startPosition.startTimestamp {at:?} is not an RFC 3339 time"
                )));
            }
        }
        _ => {}
    }
    Ok(())
}

/// How the sink is reached.
pub fn check_network(n: &Fields<'_>) -> Result<(), Fail> {
    req_enum(
        n,
        "networkType",
        "networkInfo.",
        &[
            "NETWORK_TYPE_PUBLIC",
            "NETWORK_TYPE_VPC_PEERING",
            "NETWORK_TYPE_PRIVATE_LINK",
        ],
    )?;
    if n.opt_str("networkType")? == Some("NETWORK_TYPE_PRIVATE_LINK") {
        req_str(n, "sinkEndpointId", "networkInfo.")?;
    }
    Ok(())
}

/// A Starter or Essential sink's network: a public address or a private link.
fn serverless_network(n: &Fields<'_>, path: &str, public: &str) -> Result<Option<String>, Fail> {
    req_enum(n, "networkType", path, &["PUBLIC", "PRIVATE_LINK"])?;
    if n.opt_str("networkType")? == Some("PUBLIC") {
        let address = req_str(n, public, path)?;
        check_hosts(address, &format!("{path}{public}"))?;
        return Ok(reach(address));
    }
    let link = req_obj(n, "privateLink", path)?;
    let lp = format!("{path}privateLink.");
    let id = req_str(&link, "privateLinkConnectionId", &lp)?;
    let port = link.0.get("port").and_then(Value::as_i64);
    if port.is_none_or(|p| !(1..=65535).contains(&p)) {
        return Err(Fail::bad(format!("{lp}port is required, 1 to 65535")));
    }
    Ok(reach(id))
}

fn serverless_kafka(k: &Fields<'_>) -> Result<Option<String>, Fail> {
    let p = "sink.kafka.";
    let network = req_obj(k, "network", p)?;
    let unreachable = serverless_network(&network, "sink.kafka.network.", "publicEndpoints")?;
    let broker = req_obj(k, "broker", p)?;
    req_enum(
        &broker,
        "kafkaVersion",
        "sink.kafka.broker.",
        &["VERSION_2XX", "VERSION_3XX"],
    )?;
    kafka_auth(k, p, "sink.kafka.authentication.")?;
    let format = req_obj(k, "dataFormat", p)?;
    let fp = "sink.kafka.dataFormat.";
    req_enum(
        &format,
        "protocol",
        fp,
        &["CANAL_JSON", "OPEN_PROTOCOL", "AVRO", "DEBEZIUM"],
    )?;
    if format.opt_str("protocol")? == Some("AVRO") {
        let avro = req_obj(&format, "avroConfig", fp)?;
        let confluent = avro.opt_obj("confluentSchemaRegistry")?;
        let glue = avro.opt_obj("awsGlueSchemaRegistry")?;
        match (confluent, glue) {
            (Some(c), None) => {
                req_str(
                    &Fields(c),
                    "endpoint",
                    "sink.kafka.dataFormat.avroConfig.confluentSchemaRegistry.",
                )?;
            }
            (None, Some(g)) => {
                for f in ["region", "name", "accessKeyId", "secretAccessKey"] {
                    req_str(
                        &Fields(g),
                        f,
                        "sink.kafka.dataFormat.avroConfig.awsGlueSchemaRegistry.",
                    )?;
                }
            }
            _ => return Err(Fail::bad(
                "AVRO needs one schema registry: confluentSchemaRegistry or awsGlueSchemaRegistry",
            )),
        }
    }
    let topics = req_obj(k, "topicPartitionConfig", p)?;
    let tp = "sink.kafka.topicPartitionConfig.";
    req_enum(
        &topics,
        "dispatchType",
        tp,
        &["ONE_TOPIC", "BY_TABLE", "BY_DATABASE"],
    )?;
    if topics.opt_str("dispatchType")? == Some("ONE_TOPIC") {
        req_str(&topics, "defaultTopic", tp)?;
    }
    partition_counts(&topics, tp)?;
    Ok(unreachable)
}

fn serverless_mysql(m: &Fields<'_>) -> Result<Option<String>, Fail> {
    let network = req_obj(m, "network", "sink.mysql.")?;
    let unreachable = serverless_network(&network, "sink.mysql.network.", "publicEndpoint")?;
    let auth = req_obj(m, "authentication", "sink.mysql.")?;
    req_str(&auth, "userName", "sink.mysql.authentication.")?;
    req_str(&auth, "password", "sink.mysql.authentication.")?;
    Ok(unreachable)
}

/// Check a Starter or Essential sink (`{type, kafka | mysql}`); its type, and
/// the error it will meet when it starts, if any.
pub fn check_serverless_sink<'a>(s: &Fields<'a>) -> Result<(&'a str, Option<String>), Fail> {
    let kind = req_str(s, "type", "sink.")?;
    one_of("sink.type", kind, &["KAFKA", "MYSQL"])?;
    let (own, other) = if kind == "KAFKA" {
        ("kafka", "mysql")
    } else {
        ("mysql", "kafka")
    };
    if s.0.get(other).is_some_and(|v| !v.is_null()) {
        return Err(Fail::bad(format!(
            "sink.{other} does not go with sink.type {kind}"
        )));
    }
    let settings = req_obj(s, own, "sink.")?;
    let unreachable = if kind == "KAFKA" {
        serverless_kafka(&settings)?
    } else {
        serverless_mysql(&settings)?
    };
    Ok((kind, unreachable))
}

/// Which tables (Starter and Essential): rules, the mode, event filters.
pub fn check_serverless_filter(f: &Fields<'_>) -> Result<(), Fail> {
    opt_enum(
        f,
        "mode",
        "filter.",
        &["IGNORE_NOT_SUPPORT_TABLE", "FORCE_SYNC"],
    )?;
    if let Some(rules) = f.0.get("filterRule") {
        let ok = rules.as_array().is_some_and(|r| {
            r.iter()
                .all(|x| x.as_str().is_some_and(|s| !s.trim().is_empty()))
        });
        if !ok {
            return Err(Fail::bad(
                "filter.filterRule must be a list of rules such as \"db.*\"",
            ));
        }
    }
    Ok(())
}

/// Where replication starts (Starter and Essential): now, a TSO, a time.
pub fn check_serverless_start(s: &Fields<'_>) -> Result<(), Fail> {
    let p = "startPosition.";
    opt_enum(s, "mode", p, &["FROM_NOW", "FROM_TSO", "FROM_TIME"])?;
    match s.opt_str("mode")? {
        Some("FROM_TSO") => {
            let tso = req_str(s, "tso", p)?;
            if tso.parse::<u64>().is_err() {
                return Err(Fail::bad(format!("startPosition.tso {tso:?} is not a TSO")));
            }
        }
        Some("FROM_TIME") => {
            let at = req_str(s, "time", p)?;
            if chrono::DateTime::parse_from_rfc3339(at).is_err() {
                return Err(Fail::bad(format!(
                    "startPosition.time {at:?} is not an RFC 3339 time"
                )));
            }
        }
        _ => {}
    }
    Ok(())
}
