//! Imports (Dedicated server): list, create, get, cancel.

use super::{
    check_page_size, credentials, list_request, request, require_object, text_opt, Api, ListSpec,
    Pending,
};
use crate::error::{Error, Result};
use crate::operations as ops;
use serde_json::{json, Value};

/// The fields of an import source or export target that hold credentials.
pub(crate) const CREDENTIALS: &[&str] = &["secret", "sasToken", "serviceAccountKey"];

pub fn list(cluster_id: &str, order_by: Option<&str>, page_size: Option<i64>) -> Result<ListSpec> {
    let mut spec = list_request(&ops::LIST_IMPORTS, &[("cluster_id", cluster_id)])?;
    spec.request = spec
        .request
        .query_opt(
            "orderBy",
            text_opt("order_by", order_by)?.map(str::to_owned),
        )
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}

/// Start an import. `creation_details` is the service's object: `importOptions`
/// (with `fileType`) and `source` (with `type` and its settings) are required.
pub fn create(api: &Api, cluster_id: &str, creation_details: Value) -> Result<Pending> {
    let req = request(&ops::CREATE_IMPORT, &[("cluster_id", cluster_id)])?;
    require_object("creation_details", &creation_details)?;
    for part in ["importOptions", "source"] {
        match creation_details.get(part) {
            Some(v) if v.is_object() => {}
            _ => {
                return Err(Error::invalid(format!(
                    "creation_details needs {part:?}, a dict"
                )))
            }
        }
    }
    // Access keys, SAS tokens and service-account keys stay out of errors.
    let secrets = credentials(&creation_details, CREDENTIALS);
    let body = json!({ "creationDetails": creation_details });
    let mut req = req.body(body);
    for s in secrets {
        req = req.secret(s);
    }
    api.call(req)
}

pub fn get(api: &Api, cluster_id: &str, import_id: &str) -> Result<Pending> {
    api.call(request(
        &ops::GET_IMPORT,
        &[("cluster_id", cluster_id), ("import_id", import_id)],
    )?)
}

pub fn cancel(api: &Api, cluster_id: &str, import_id: &str) -> Result<Pending> {
    api.call(request(
        &ops::CANCEL_IMPORT,
        &[("cluster_id", cluster_id), ("import_id", import_id)],
    )?)
}
