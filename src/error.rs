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
    pub fn redact(self, secrets: &[&str]) -> Self {
        self.redact_with(&Redactor::new(secrets))
    }

    /// [`Error::redact`] with the forms of the secrets worked out already.
    pub fn redact_with(mut self, r: &Redactor) -> Self {
        if r.forms.is_empty() {
            return self;
        }
        match &mut self {
            Error::InvalidArgument(m)
            | Error::Config(m)
            | Error::Connection(m)
            | Error::Timeout(m)
            | Error::Pagination(m)
            | Error::Unusable(m) => r.scrub(m),
            Error::Decode { message, .. } => r.scrub(message),
            Error::Waiter { message, .. } => r.scrub(message),
            Error::Callback(_) => {}
            Error::Status(e) => {
                r.scrub(&mut e.message);
                if let Some(err) = &mut e.error {
                    r.scrub(err);
                }
                if let Some(body) = &mut e.body {
                    r.scrub_value(body);
                }
            }
        }
        self
    }
}

/// Every form in which a server may echo a secret it was sent: as it is,
/// JSON-escaped (`\"`, `\u00e9`), and percent-encoded (either case of hex,
/// `+` or `%20` for a space, the reserved characters kept or not).
#[derive(Default)]
pub struct Redactor {
    forms: Vec<String>,
}

impl Redactor {
    pub fn new(secrets: &[&str]) -> Self {
        use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
        const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
            .remove(b'-')
            .remove(b'_')
            .remove(b'.')
            .remove(b'~');
        // What Python's `quote` leaves as it is by default.
        const PATH: &AsciiSet = &UNRESERVED.remove(b'/');
        // What JavaScript's encodeURIComponent leaves as it is.
        const COMPONENT: &AsciiSet = &UNRESERVED
            .remove(b'!')
            .remove(b'*')
            .remove(b'\'')
            .remove(b'(')
            .remove(b')');
        let mut forms: Vec<String> = Vec::new();
        for s in secrets.iter().filter(|s| !s.is_empty()) {
            let quoted = serde_json::to_string(s).unwrap_or_default();
            let json = quoted
                .strip_prefix('"')
                .and_then(|q| q.strip_suffix('"'))
                .unwrap_or(&quoted)
                .to_owned();
            let ascii: String = json
                .chars()
                .map(|c| match c {
                    c if c.is_ascii() => c.to_string(),
                    c => {
                        let mut units = [0u16; 2];
                        c.encode_utf16(&mut units)
                            .iter()
                            .map(|u| format!("\\u{u:04x}"))
                            .collect()
                    }
                })
                .collect();
            let mut candidates = vec![s.to_string(), json, ascii];
            for set in [UNRESERVED, PATH, COMPONENT] {
                candidates.push(utf8_percent_encode(s, set).to_string());
            }
            candidates.push(form_urlencoded::byte_serialize(s.as_bytes()).collect());
            for c in candidates {
                // Hex in either case: `%c3%a9` as well as `%C3%A9`, `\u00E9`.
                let (upper, lower) = (hex_case(&c, true), hex_case(&c, false));
                for form in [c, upper, lower] {
                    if !form.is_empty() && !forms.contains(&form) {
                        forms.push(form);
                    }
                }
            }
        }
        // The longest first, so that no shorter form leaves part of a longer one.
        forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
        Redactor { forms }
    }

    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    pub fn scrub(&self, s: &mut String) {
        for form in &self.forms {
            if s.contains(form.as_str()) {
                *s = s.replace(form.as_str(), "***");
            }
        }
    }

    pub fn scrub_value(&self, v: &mut Value) {
        match v {
            Value::String(s) => self.scrub(s),
            Value::Array(items) => items.iter_mut().for_each(|i| self.scrub_value(i)),
            Value::Object(map) => map.values_mut().for_each(|i| self.scrub_value(i)),
            _ => {}
        }
    }
}

/// `s` with the hex digits of its `%XX` and `\\uXXXX` escapes in one letter case.
fn hex_case(s: &str, upper: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut hex_left = 0;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if hex_left > 0 && c.is_ascii_hexdigit() {
            hex_left -= 1;
            out.push(if upper {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            });
            continue;
        }
        hex_left = 0;
        out.push(c);
        if c == '%' {
            hex_left = 2;
        } else if c == '\\' && chars.peek() == Some(&'u') {
            out.push('u');
            chars.next();
            hex_left = 4;
        }
    }
    out
}

/// At most `max` bytes of `s` (on a character boundary), saying how long it was.
pub fn clip(s: &str, max: usize) -> std::borrow::Cow<'_, str> {
    if s.len() <= max {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    std::borrow::Cow::Owned(format!(
        "{}... ({} bytes in all; cut short here)",
        &s[..end],
        s.len()
    ))
}

/// How much of a message an exception or a log line shows.
pub const MESSAGE_CAP: usize = 4096;

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

    #[test]
    fn redaction_catches_escaped_and_encoded_echoes() {
        let secret = "Pw\"é &x/";
        let echoes = [
            r#"Pw\"é &x/"#,
            r#"Pw\"\u00e9 &x/"#,
            r#"Pw\"\u00E9 &x/"#,
            "Pw%22%C3%A9%20%26x%2F",
            "Pw%22%c3%a9%20%26x%2f",
            "Pw%22%C3%A9+%26x%2F",
        ];
        let r = Redactor::new(&[secret]);
        for echo in echoes {
            let mut s = format!("rejected <{echo}> here");
            r.scrub(&mut s);
            assert_eq!(s, "rejected <***> here", "{echo}");
        }
    }

    #[test]
    fn clip_keeps_short_texts_and_cuts_long_ones_on_a_boundary() {
        assert_eq!(clip("short", 10), "short");
        let long = "é".repeat(3000);
        let c = clip(&long, 4001);
        assert!(
            c.len() < 4100 && c.contains("6000 bytes in all"),
            "{}",
            c.len()
        );
    }
}
