//! Checks of request fields that several handlers share: required
//! objects and strings, enums, bucket URIs, list order, the provider filter,
//! and keeping credentials out of what is answered.

use super::context::Ctx;
use super::reply::{one_of, Fail, Fields};
use serde_json::{Map, Value};

/// `field` of `b`, an object the service requires.
pub(crate) fn req_obj<'a>(b: &Fields<'a>, field: &str, path: &str) -> Result<Fields<'a>, Fail> {
    b.opt_obj(field)
        .map_err(|_| Fail::bad(format!("{path}{field} must be an object")))?
        .map(Fields)
        .ok_or_else(|| Fail::bad(format!("{path}{field} is required")))
}

pub(crate) fn req_str<'a>(b: &Fields<'a>, field: &str, path: &str) -> Result<&'a str, Fail> {
    b.req_str(field)
        .map_err(|_| Fail::bad(format!("{path}{field} is required (a non-empty string)")))
}

pub(crate) fn opt_enum(
    b: &Fields<'_>,
    field: &str,
    path: &str,
    allowed: &[&str],
) -> Result<(), Fail> {
    match b.opt_str(field) {
        Ok(None) => Ok(()),
        Ok(Some(v)) => one_of(&format!("{path}{field}"), v, allowed),
        Err(_) => Err(Fail::bad(format!("{path}{field} must be a string"))),
    }
}

/// `field` of `b`, a boolean if given.
pub(crate) fn opt_bool(b: &Fields<'_>, field: &str) -> Result<Option<bool>, Fail> {
    match b.0.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(v)) => Ok(Some(*v)),
        Some(_) => Err(Fail::bad(format!("{field} must be true or false"))),
    }
}

/// `field` of `b`, a list of strings if given.
pub(crate) fn opt_str_list<'a>(b: &Fields<'a>, field: &str) -> Result<Option<Vec<&'a str>>, Fail> {
    match b.0.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| {
                v.as_str()
                    .ok_or_else(|| Fail::bad(format!("{field} must be a list of strings")))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some),
        Some(_) => Err(Fail::bad(format!("{field} must be a list of strings"))),
    }
}

pub(crate) fn check_uri(uri: &str, field: &str, schemes: &[&str]) -> Result<(), Fail> {
    let ok = schemes
        .iter()
        .any(|s| uri.strip_prefix(s).is_some_and(|rest| !rest.is_empty()));
    if ok {
        Ok(())
    } else {
        Err(Fail::bad(format!(
            "{field} {uri:?} must start with {}",
            schemes.join(" or ")
        )))
    }
}

/// `v` without its credential fields, at any depth.
pub(crate) fn without_credentials(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| !INPUT_ONLY.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), without_credentials(v)))
                .collect::<Map<_, _>>(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_credentials).collect()),
        other => other.clone(),
    }
}

/// Whether `orderBy` asks for the newest first; anything it cannot order by is refused.
pub(crate) fn newest_first(order_by: Option<&str>) -> Result<bool, Fail> {
    let Some(o) = order_by.map(str::trim).filter(|o| !o.is_empty()) else {
        return Ok(false);
    };
    let mut words = o.split_whitespace();
    let field = words.next().unwrap_or_default();
    let dir = words.next();
    if !ORDER_FIELDS.contains(&field) || words.next().is_some() {
        return Err(Fail::bad(format!(
            "orderBy {o:?}: the list can be ordered by createTime, optionally followed by asc or desc"
        )));
    }
    match dir.map(str::to_ascii_lowercase).as_deref() {
        None | Some("asc") => Ok(false),
        Some("desc") => Ok(true),
        Some(d) => Err(Fail::bad(format!(
            "orderBy {o:?}: the direction {d:?} is neither asc nor desc"
        ))),
    }
}

/// `items`, keyed by their sequence, in the order `orderBy` asks (creation
/// order, or newest first), and whether that is newest first.
pub(crate) fn in_order<T>(
    order_by: Option<&str>,
    items: impl Iterator<Item = (u64, T)>,
) -> Result<(Vec<(u64, T)>, bool), Fail> {
    let desc = newest_first(order_by)?;
    let mut out: Vec<(u64, T)> = items
        .map(|(seq, t)| (if desc { u64::MAX - seq } else { seq }, t))
        .collect();
    out.sort_unstable_by_key(|(k, _)| *k);
    Ok((out, desc))
}

/// The request's `cloudProvider` filter, if any, checked.
pub fn provider_filter<'a>(ctx: &'a Ctx) -> Result<Option<&'a str>, Fail> {
    let provider = ctx.query.get("cloudProvider");
    if let Some(p) = provider {
        one_of("cloudProvider", p, PROVIDERS)?;
    }
    Ok(provider)
}

/// Fields that carry credentials: accepted, never returned.
pub const INPUT_ONLY: &[&str] = &["secret", "sasToken", "serviceAccountKey"];

/// What `orderBy` may name.
pub const ORDER_FIELDS: &[&str] = &["createTime", "create_time"];

pub const PROVIDERS: &[&str] = &["aws", "gcp", "azure", "alicloud"];

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn credentials_are_taken_out_at_any_depth() {
        let v = json!({"source": {"s3": {"uri": "s3://b/", "accessKey": {"id": "AK", "secret": "S"}},
                       "azureBlob": {"sasToken": "T"}, "gcs": {"serviceAccountKey": "K"}}});
        let out = without_credentials(&v).to_string();
        assert!(out.contains("AK") && out.contains("s3://b/"));
        assert!(!out.contains("\"S\"") && !out.contains("\"T\"") && !out.contains("\"K\""));
    }

    #[test]
    fn order_by_is_checked() {
        assert!(!newest_first(None).unwrap());
        assert!(newest_first(Some("createTime desc")).unwrap());
        assert!(!newest_first(Some("create_time ASC")).unwrap());
        assert!(newest_first(Some("state")).is_err());
        assert!(newest_first(Some("createTime sideways")).is_err());
    }
}
