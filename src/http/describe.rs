//! What errors and events say about an exchange: its status, its request
//! id, the kind of a JSON value, and an error with its causes.

use super::retry::header_str;
use crate::error::Error;
use reqwest::header::HeaderMap;
use serde_json::Value;

pub fn status_opt(s: u16) -> Option<u16> {
    (s != 0).then_some(s)
}

pub fn status_of(e: &Error) -> Option<u16> {
    match e {
        Error::Status(a) => Some(a.status),
        _ => None,
    }
}

pub fn request_id(headers: &HeaderMap) -> Option<String> {
    header_str(headers, "x-debug-trace-id")
        .or_else(|| header_str(headers, "x-request-id"))
        .map(str::to_owned)
}

pub fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// An error with its sources, since reqwest's top-level message is terse.
pub fn chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        let t = c.to_string();
        if !s.contains(&t) {
            s.push_str(": ");
            s.push_str(&t);
        }
        cur = c.source();
    }
    s
}
