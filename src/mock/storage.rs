//! Where imports read from and exports write to: the bucket kinds the service
//! knows, their URI schemes and the credentials each auth type needs, checked
//! the one way for Dedicated imports and for Starter/Essential imports and
//! exports.

use super::checks::{check_uri, req_obj, req_str};
use super::reply::{one_of, Fail, Fields};
use serde_json::Value;

/// A kind of location: its `type`, the field holding its settings (none for
/// LOCAL), the URI schemes, and per auth type the field with the credentials.
pub struct Location {
    pub kind: &'static str,
    pub field: &'static str,
    pub schemes: &'static [&'static str],
    pub auth: &'static [(&'static str, &'static str)],
}

pub const LOCAL: Location = Location {
    kind: "LOCAL",
    field: "",
    schemes: &[],
    auth: &[],
};
pub const S3: Location = Location {
    kind: "S3",
    field: "s3",
    schemes: &["s3://"],
    auth: &[("ROLE_ARN", "roleArn"), ("ACCESS_KEY", "accessKey")],
};
pub const GCS: Location = Location {
    kind: "GCS",
    field: "gcs",
    schemes: &["gs://"],
    auth: &[("SERVICE_ACCOUNT_KEY", "serviceAccountKey")],
};
pub const AZURE_BLOB: Location = Location {
    kind: "AZURE_BLOB",
    field: "azureBlob",
    schemes: &["azure://", "https://"],
    auth: &[("SAS_TOKEN", "sasToken")],
};
pub const S3_COMPATIBLE: Location = Location {
    kind: "S3_COMPATIBLE",
    field: "s3Compatible",
    schemes: &["s3://"],
    auth: &[("ACCESS_KEY", "accessKey")],
};
pub const OSS: Location = Location {
    kind: "OSS",
    field: "oss",
    schemes: &["oss://"],
    auth: &[("ACCESS_KEY", "accessKey")],
};

/// Check `obj`, a source or target at `path` (`creationDetails.source`),
/// against the kinds it may name: the one object its `type` names, with the
/// credentials its `authType` needs.
pub fn check_location(obj: &Fields<'_>, path: &str, kinds: &[Location]) -> Result<(), Fail> {
    let mut known: Vec<&str> = vec!["type"];
    known.extend(kinds.iter().map(|k| k.field).filter(|f| !f.is_empty()));
    obj.only(&known, path)?;
    let kind = req_str(obj, "type", &format!("{path}."))?;
    let names: Vec<&str> = kinds.iter().map(|k| k.kind).collect();
    one_of(&format!("{path}.type"), kind, &names)?;
    let Some(loc) = kinds.iter().find(|k| k.kind == kind) else {
        return Ok(());
    };
    if loc.field.is_empty() {
        return Ok(()); // LOCAL: the service keeps the files
    }
    let noun = path.rsplit('.').next().unwrap_or(path);
    let p = format!("{path}.{}.", loc.field);
    let cfg = obj.opt_obj(loc.field)?.map(Fields).ok_or_else(|| {
        Fail::bad(format!(
            "{path}.{} is required when the {noun} type is {kind}",
            loc.field
        ))
    })?;
    check_uri(req_str(&cfg, "uri", &p)?, &format!("{p}uri"), loc.schemes)?;
    let auth_type = req_str(&cfg, "authType", &p)?;
    let auths: Vec<&str> = loc.auth.iter().map(|(a, _)| *a).collect();
    one_of(&format!("{p}authType"), auth_type, &auths)?;
    let needs = loc
        .auth
        .iter()
        .find(|(a, _)| *a == auth_type)
        .map_or("", |(_, n)| *n);
    if needs == "accessKey" {
        let key = req_obj(&cfg, "accessKey", &p)?;
        req_str(&key, "id", &format!("{p}accessKey."))?;
        req_str(&key, "secret", &format!("{p}accessKey."))?;
    } else {
        let value = req_str(&cfg, needs, &p).map_err(|_| {
            Fail::bad(format!(
                "{p}{needs} is required when authType is {auth_type}"
            ))
        })?;
        if needs == "roleArn" && !value.starts_with("arn:aws:iam::") {
            return Err(Fail::bad(format!(
                "{p}roleArn must be an IAM role ARN, got {value:?}"
            )));
        }
    }
    Ok(())
}

/// Whether a location's URI asks the mock to fail the task ("fail" in it).
pub fn fails(location: &Value) -> bool {
    location.as_object().is_some_and(|m| {
        m.values()
            .any(|c| c["uri"].as_str().is_some_and(|u| u.contains("fail")))
    })
}
