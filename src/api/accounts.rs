//! The last of an operator's calls: the database user an API key signs in to
//! a cluster as (IAM), and a project's AWS customer-managed encryption keys
//! (the older v1beta API).

use super::{request, require_text, Api, Pending};
use crate::error::{Error, Result};
use crate::operations as ops;
use serde_json::{json, Value};

/// The database user this API key is mapped to on the cluster, with a JWT
/// to sign in as it.
pub fn get_db_user(api: &Api, cluster_id: &str) -> Result<Pending> {
    api.call(request(&ops::GET_DB_USER, &[("cluster_id", cluster_id)])?)
}

/// The project's AWS customer-managed encryption keys: `{"items": [...]}`.
pub fn get_aws_cmek(api: &Api, project_id: &str) -> Result<Pending> {
    api.call(request(&ops::GET_AWS_CMEK, &[("project_id", project_id)])?)
}

/// Configure the project's AWS customer-managed encryption keys: `specs` is
/// a list of `{"region": "us-west-2", "kms_arn": "arn:aws:kms:..."}`.
pub fn create_aws_cmek(api: &Api, project_id: &str, specs: &Value) -> Result<Pending> {
    let req = request(&ops::CREATE_AWS_CMEK, &[("project_id", project_id)])?;
    let items = specs.as_array().filter(|s| !s.is_empty()).ok_or_else(|| {
        Error::invalid("specs must be a non-empty list of {\"region\", \"kms_arn\"} dicts")
    })?;
    for (i, s) in items.iter().enumerate() {
        for field in ["region", "kms_arn"] {
            let v = s.get(field).and_then(Value::as_str).unwrap_or("");
            require_text(&format!("specs[{i}][{field:?}]"), v)?;
        }
    }
    api.call(req.body(json!({ "specs": specs })))
}
