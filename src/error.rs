//! One error type for the whole core. The Python layer maps each variant to an
//! exception class; nothing here knows about Python.

use serde_json::Value;
use std::fmt;
use std::sync::Arc;

/// A non-2xx answer from the API, parsed tolerantly from either error body shape:
/// `{code, status, error, msgPrefix}` (the spec) or `{code, message, details}`
/// (the live Dedicated API), with `code` an int or a string.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: u16,
    pub code: Option<Value>,
    pub error: Option<String>,
    pub message: String,
    pub request_id: Option<String>,
    pub body: Option<Value>,
    /// Seconds the server asked us to wait (429), from `Retry-After` or `X-Ratelimit-Reset`.
    pub retry_after: Option<f64>,
}

#[derive(Debug, Clone)]
pub enum Error {
    /// Bad input caught before any request is sent.
    InvalidArgument(String),
    /// Missing credentials, bad endpoint URL, bad option.
    Config(String),
    /// The request never got a usable answer (refused, reset, DNS, TLS, ...).
    Connection(String),
    /// The request or the connection attempt ran out of time.
    Timeout(String),
    /// The server answered with an error status.
    Status(Box<ApiError>),
    /// The server answered 2xx, but the body is not what the API promises.
    Decode {
        message: String,
        status: u16,
        request_id: Option<String>,
    },
    /// Paging went wrong (a token came back twice).
    Pagination(String),
    /// A waiter gave up: timed out or reached a state it cannot leave.
    Waiter {
        message: String,
        last_state: Option<String>,
        last_response: Option<Value>,
    },
    /// The client was closed, or used in a process forked after it started.
    Unusable(String),
    /// A caller-supplied callback failed; the original error is carried as is.
    Callback(Arc<dyn std::error::Error + Send + Sync>),
}

pub type Result<T> = std::result::Result<T, Error>;

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HTTP {}", self.status)?;
        if let Some(e) = &self.error {
            write!(f, " {e}")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        Ok(())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidArgument(m)
            | Error::Config(m)
            | Error::Connection(m)
            | Error::Timeout(m)
            | Error::Pagination(m)
            | Error::Unusable(m) => f.write_str(m),
            Error::Status(e) => e.fmt(f),
            Error::Decode {
                message, status, ..
            } => write!(f, "unexpected response (HTTP {status}): {message}"),
            Error::Waiter { message, .. } => f.write_str(message),
            Error::Callback(e) => write!(f, "a callback failed: {e}"),
        }
    }
}

impl std::error::Error for Error {}

impl Error {
    pub fn invalid(msg: impl Into<String>) -> Self {
        Error::InvalidArgument(msg.into())
    }

    /// Replace every occurrence of each secret in the texts this error carries,
    /// so that a server echoing a password back cannot leak it through us.
    pub fn redact(mut self, secrets: &[&str]) -> Self {
        let secrets: Vec<&str> = secrets.iter().copied().filter(|s| !s.is_empty()).collect();
        if secrets.is_empty() {
            return self;
        }
        let scrub = |s: &mut String| {
            for secret in &secrets {
                if s.contains(secret) {
                    *s = s.replace(secret, "***");
                }
            }
        };
        match &mut self {
            Error::InvalidArgument(m)
            | Error::Config(m)
            | Error::Connection(m)
            | Error::Timeout(m)
            | Error::Pagination(m)
            | Error::Unusable(m) => scrub(m),
            Error::Decode { message, .. } => scrub(message),
            Error::Waiter { message, .. } => scrub(message),
            Error::Callback(_) => {}
            Error::Status(e) => {
                scrub(&mut e.message);
                if let Some(err) = &mut e.error {
                    scrub(err);
                }
                if let Some(body) = &mut e.body {
                    redact_value(body, &secrets);
                }
            }
        }
        self
    }
}

fn redact_value(v: &mut Value, secrets: &[&str]) {
    match v {
        Value::String(s) => {
            for secret in secrets {
                if s.contains(secret) {
                    *s = s.replace(secret, "***");
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|i| redact_value(i, secrets)),
        Value::Object(map) => map.values_mut().for_each(|i| redact_value(i, secrets)),
        _ => {}
    }
}

impl ApiError {
    /// Build from a status, the raw body and the request id, whatever shape the body has.
    pub fn from_body(status: u16, body: &[u8], request_id: Option<String>) -> Self {
        let parsed: Option<Value> = serde_json::from_slice(body).ok();
        let obj = parsed.as_ref().and_then(Value::as_object);
        let text = |key: &str| {
            obj.and_then(|o| o.get(key))
                .and_then(Value::as_str)
                .map(str::to_owned)
                .filter(|s| !s.is_empty())
        };
        let code = obj
            .and_then(|o| o.get("code"))
            .filter(|c| c.is_number() || c.is_string())
            .cloned();
        // IAM and billing: `error` holds the detail (a string, or an object
        // with a `message`), `msgPrefix` what kind of failure it is.
        let detail = text("error").or_else(|| {
            obj.and_then(|o| o.get("error"))
                .and_then(|e| e.get("message"))
                .and_then(Value::as_str)
                .map(str::to_owned)
        });
        let error = text("status");
        let message = match (text("msgPrefix"), detail) {
            (Some(p), Some(d)) if d.starts_with(&p) => Some(d),
            (Some(p), Some(d)) => Some(format!("{p}: {d}")),
            (p, d) => p.or(d),
        }
        .or_else(|| text("message"))
        .unwrap_or_else(|| {
            if parsed.is_some() || body.is_empty() {
                reason_phrase(status).to_owned()
            } else {
                // A non-JSON body (a proxy's HTML page, say): show its start.
                let s = String::from_utf8_lossy(body);
                let s = s.trim();
                let cut: String = s.chars().take(200).collect();
                if cut.is_empty() {
                    reason_phrase(status).to_owned()
                } else {
                    cut
                }
            }
        });
        ApiError {
            status,
            code,
            error,
            message,
            request_id,
            body: parsed,
            retry_after: None,
        }
    }
}

fn reason_phrase(status: u16) -> &'static str {
    match status {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        408 => "Request Timeout",
        409 => "Conflict",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "HTTP error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parses_the_iam_and_billing_shape() {
        let body = br#"{"code":"40000001","error":"displayName is required","msgPrefix":"invalid argument","status":400}"#;
        let e = ApiError::from_body(400, body, Some("t-1".into()));
        assert_eq!(e.code, Some(json!("40000001")));
        assert_eq!(e.error, None);
        assert_eq!(e.message, "invalid argument: displayName is required");
        assert_eq!(e.request_id.as_deref(), Some("t-1"));
        assert!(e.body.is_some());
        let body = br#"{"code":"1","error":{"message":"no such key"},"msgPrefix":"not found"}"#;
        assert_eq!(
            ApiError::from_body(404, body, None).message,
            "not found: no such key"
        );
    }

    #[test]
    fn parses_the_grpc_status_words() {
        let body = br#"{"code":3,"status":"INVALID_ARGUMENT","message":"bad"}"#;
        let e = ApiError::from_body(400, body, None);
        assert_eq!(e.error.as_deref(), Some("INVALID_ARGUMENT"));
        assert_eq!(e.message, "bad");
    }

    #[test]
    fn parses_live_dedicated_shape_with_string_code() {
        let body = br#"{"code":"49900007","message":"cluster not found","details":[]}"#;
        let e = ApiError::from_body(404, body, None);
        assert_eq!(e.code, Some(json!("49900007")));
        assert_eq!(e.message, "cluster not found");
        assert_eq!(e.error, None);
    }

    #[test]
    fn parses_live_shape_with_int_code() {
        let e = ApiError::from_body(403, br#"{"code":7,"message":"denied"}"#, None);
        assert_eq!(e.code, Some(json!(7)));
        assert_eq!(e.message, "denied");
    }

    #[test]
    fn non_json_body_keeps_its_start_and_empty_body_uses_reason() {
        let e = ApiError::from_body(502, b"<html>bad gateway</html>", None);
        assert_eq!(e.message, "<html>bad gateway</html>");
        assert!(e.body.is_none());
        let e = ApiError::from_body(503, b"", None);
        assert_eq!(e.message, "Service Unavailable");
        let e = ApiError::from_body(500, b"[1,2]", None);
        assert_eq!(e.message, "Internal Server Error");
        assert_eq!(e.code, None);
    }

    #[test]
    fn redaction_reaches_message_and_body() {
        let body =
            br#"{"code":400,"msgPrefix":"password hunter22 too weak","details":{"p":"hunter22"}}"#;
        let e = Error::Status(Box::new(ApiError::from_body(400, body, None))).redact(&["hunter22"]);
        let Error::Status(api) = e else {
            panic!("wrong variant")
        };
        assert_eq!(api.message, "password *** too weak");
        assert_eq!(api.body.unwrap()["details"]["p"], json!("***"));
    }
}
