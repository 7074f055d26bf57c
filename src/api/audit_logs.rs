//! Audit logs (IAM server): a filtered, paged list.

use super::{check_page_size, list_request, ListSpec};
use crate::error::{Error, Result};
use crate::operations as ops;
use chrono::{DateTime, SecondsFormat, Utc};

#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub start_time: Option<String>,
    pub end_time: Option<String>,
    pub event_types: Vec<String>,
    pub keyword: Option<String>,
}

/// An ISO 8601 / RFC 3339 time, normalized to UTC with a `Z`.
pub fn normalize_time(name: &str, v: &str) -> Result<String> {
    parse_time(name, v).map(utc_text)
}

fn utc_text(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// An ISO 8601 / RFC 3339 time with a zone, in UTC.
fn parse_time(name: &str, v: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(v.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            Error::invalid(format!(
                "{name} must be an ISO 8601 time with a zone like 2025-01-31T12:00:00Z, got {v:?} ({e})"
            ))
        })
}

pub fn list(f: Filter, page_size: Option<i64>) -> Result<ListSpec> {
    let start = f
        .start_time
        .as_deref()
        .map(|t| parse_time("start_time", t))
        .transpose()?;
    let end = f
        .end_time
        .as_deref()
        .map(|t| parse_time("end_time", t))
        .transpose()?;
    if let (Some(s), Some(e)) = (start, end) {
        if s > e {
            return Err(Error::invalid("start_time must not be after end_time"));
        }
    }
    let types: Vec<&str> = f
        .event_types
        .iter()
        .flat_map(|t| t.split(','))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect();
    let mut spec = list_request(&ops::LIST_AUDIT_LOGS, &[])?;
    spec.request = spec
        .request
        .query_opt("pageSize", check_page_size(page_size)?)
        .query_opt("startTime", start.map(utc_text))
        .query_opt("endTime", end.map(utc_text))
        .query_opt(
            "auditEventTypes",
            (!types.is_empty()).then(|| types.join(",")),
        )
        .query_opt("keyword", f.keyword.filter(|k| !k.is_empty()));
    Ok(spec)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_normalize_to_utc() {
        assert_eq!(
            normalize_time("t", "2025-01-31T14:00:00+02:00").unwrap(),
            "2025-01-31T12:00:00Z"
        );
        assert!(normalize_time("t", "yesterday").is_err());
        assert!(normalize_time("t", "2025-01-31").is_err());
    }
}
