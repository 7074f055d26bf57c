//! What a mock handler returns: a JSON body, an empty 200, or an error in
//! the shape of the server the path belongs to.

use crate::config::Server;
use axum::http::StatusCode;
use serde_json::{json, Value};

#[derive(Debug)]
pub struct Fail {
    pub status: StatusCode,
    pub message: String,
}

pub type Reply = Result<Option<Value>, Fail>;

impl Fail {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        Fail {
            status,
            message: message.into(),
        }
    }
    pub fn bad(message: impl Into<String>) -> Self {
        Fail::new(StatusCode::BAD_REQUEST, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Fail::new(StatusCode::NOT_FOUND, message)
    }
    pub fn forbidden(message: impl Into<String>) -> Self {
        Fail::new(StatusCode::FORBIDDEN, message)
    }

    /// The error body in `server`'s shape.
    pub fn body(&self, server: Server) -> Value {
        error_body(server, self.status, &self.message)
    }
}

/// The service's two error shapes: Dedicated (and the older v1beta API) answers a google.rpc.Status
/// `{code: int, message, details}`; IAM and billing answer
/// `{code: string, error, msgPrefix, status: int}`.
pub fn error_body(server: Server, status: StatusCode, message: &str) -> Value {
    let n = status.as_u16();
    if matches!(server, Server::Iam | Server::IamRoot | Server::Billing) {
        let prefix = match n {
            400 => "invalid argument",
            401 => "unauthenticated",
            403 => "permission denied",
            404 => "not found",
            405 => "method not allowed",
            409 => "already exists",
            413 => "payload too large",
            429 => "rate limit exceeded",
            _ => "internal error",
        };
        return json!({
            "code": format!("{n}00001"),
            "error": message,
            "msgPrefix": prefix,
            "status": n,
        });
    }
    // The service's 429 carries its own code rather than the HTTP status.
    let code = if n == 429 { 49_900_007 } else { u32::from(n) };
    json!({ "code": code, "message": message, "details": [] })
}

pub fn ok(v: Value) -> Reply {
    Ok(Some(v))
}

pub fn empty() -> Reply {
    Ok(None)
}

/// A display name: 1 to 64 characters, none of them control characters.
pub fn check_display_name(name: &str) -> Result<(), Fail> {
    let len = name.chars().count();
    if len == 0 || len > 64 || name.chars().any(char::is_control) {
        return Err(Fail::bad(
            "displayName must be 1 to 64 printable characters",
        ));
    }
    Ok(())
}

/// `value` of `field` must be one of `allowed`.
pub fn one_of(field: &str, value: &str, allowed: &[&str]) -> Result<(), Fail> {
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(Fail::bad(format!(
            "{field} {value:?} is not one of {}",
            allowed.join(", ")
        )))
    }
}

/// A root password: 8 to 64 characters.
pub fn check_root_password(password: &str) -> Result<(), Fail> {
    if (8..=64).contains(&password.chars().count()) {
        Ok(())
    } else {
        Err(Fail::bad("rootPassword must be 8 to 64 characters"))
    }
}

/// A Dedicated cluster's name, as the service takes it: 4 to 64 letters,
/// digits and hyphens, starting and ending with a letter or digit.
pub fn check_cluster_name(name: &str) -> Result<(), Fail> {
    let b = name.as_bytes();
    let ok = (4..=64).contains(&b.len())
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric();
    if ok {
        Ok(())
    } else {
        Err(Fail::bad(format!(
            "displayName {name:?} must be 4 to 64 letters, digits and hyphens, \
             starting and ending with a letter or digit"
        )))
    }
}

/// Helpers to read a JSON request body with messages that say what is wrong.
pub struct Fields<'a>(pub &'a serde_json::Map<String, Value>);

impl<'a> Fields<'a> {
    pub fn parse(raw: &'a Option<Value>) -> Result<Fields<'a>, Fail> {
        match raw {
            Some(Value::Object(m)) => Ok(Fields(m)),
            Some(_) => Err(Fail::bad("the request body must be a JSON object")),
            None => Err(Fail::bad("the request body is required")),
        }
    }

    /// Refuse a field the message does not have, as the Dedicated server's
    /// gateway does: `what` names the message in the error.
    pub fn only(&self, known: &[&str], what: &str) -> Result<(), Fail> {
        match self.0.keys().find(|k| !known.contains(&k.as_str())) {
            Some(k) => Err(Fail::bad(format!("unknown field {k:?} in {what}"))),
            None => Ok(()),
        }
    }

    pub fn opt_str(&self, field: &str) -> Result<Option<&'a str>, Fail> {
        match self.0.get(field) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.as_str())),
            Some(_) => Err(Fail::bad(format!("{field} must be a string"))),
        }
    }

    pub fn req_str(&self, field: &str) -> Result<&'a str, Fail> {
        match self.opt_str(field)? {
            Some(s) if !s.trim().is_empty() => Ok(s),
            _ => Err(Fail::bad(format!("{field} is required"))),
        }
    }

    pub fn opt_int(&self, field: &str) -> Result<Option<i64>, Fail> {
        match self.0.get(field) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => v
                .as_i64()
                .map(Some)
                .ok_or_else(|| Fail::bad(format!("{field} must be an integer"))),
        }
    }

    pub fn opt_obj(&self, field: &str) -> Result<Option<&'a serde_json::Map<String, Value>>, Fail> {
        match self.0.get(field) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Object(m)) => Ok(Some(m)),
            Some(_) => Err(Fail::bad(format!("{field} must be an object"))),
        }
    }
}
