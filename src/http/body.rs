//! What a successful answer's body becomes: a `serde_json::Value` for code
//! that reads fields, or the checked bytes themselves for a caller that turns
//! JSON into objects of its own in one pass (the Python face), so that no
//! `Value` is built only to be thrown away.

use bytes::Bytes;
use reqwest::header::HeaderMap;
use serde::de::IgnoredAny;
use serde_json::Value;

/// A success body, in the form its caller asked for.
pub trait Decode: Sized + Send + 'static {
    /// What an empty body (or a delete that had already happened) stands for.
    fn null() -> Self;
    /// The body, or why it is not a JSON object.
    fn decode(headers: &HeaderMap, body: Bytes) -> Result<Self, String>;
}

impl Decode for Value {
    fn null() -> Self {
        Value::Null
    }

    fn decode(headers: &HeaderMap, body: Bytes) -> Result<Self, String> {
        decode_value(headers, &body)
    }
}

/// A body as it came, once it is known to be one JSON object; or a `Value`,
/// for results built from several answers.
#[derive(Debug, Clone)]
pub enum Body {
    /// A complete, valid JSON object.
    Json(Bytes),
    Value(Value),
}

impl Decode for Body {
    fn null() -> Self {
        Body::Value(Value::Null)
    }

    fn decode(headers: &HeaderMap, body: Bytes) -> Result<Self, String> {
        let start = body.iter().position(|b| !b.is_ascii_whitespace());
        // The checks a `Value` makes, without building one: a content type of
        // JSON, valid syntax, an object. Anything else takes the `Value` path,
        // which says exactly what is wrong.
        if start.is_some_and(|i| body[i] == b'{') && json_type(headers) && valid_json(&body) {
            return Ok(Body::Json(body));
        }
        decode_value(headers, &body).map(Body::Value)
    }
}

impl Body {
    /// The body as a `Value`.
    pub fn into_value(self) -> Result<Value, serde_json::Error> {
        match self {
            Body::Json(b) => serde_json::from_slice(&b),
            Body::Value(v) => Ok(v),
        }
    }
}

/// Whether `body` is one JSON document, numbers beyond what serde_json reads
/// (`1e400`) included: the Python face reads those as `json.loads` does.
fn valid_json(body: &[u8]) -> bool {
    match serde_json::from_slice::<IgnoredAny>(body) {
        Ok(_) => true,
        Err(e) if e.to_string().starts_with("number out of range") => {
            super::numbers::zero_numbers(body)
                .is_some_and(|z| serde_json::from_slice::<IgnoredAny>(&z.bytes).is_ok())
        }
        Err(_) => false,
    }
}

/// The content type, lower case and without parameters, if there is one.
fn mime(headers: &HeaderMap) -> Option<String> {
    let ct = headers.get(reqwest::header::CONTENT_TYPE)?.to_str().ok()?;
    Some(
        ct.split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase(),
    )
}

/// Whether the body may be JSON: no content type, or a JSON one.
fn json_type(headers: &HeaderMap) -> bool {
    mime(headers).is_none_or(|m| m == "application/json" || m.ends_with("+json"))
}

fn decode_value(headers: &HeaderMap, body: &[u8]) -> Result<Value, String> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Value::Null);
    }
    if !json_type(headers) {
        let mime = mime(headers).unwrap_or_default();
        return Err(format!("expected a JSON body, got content type {mime:?}"));
    }
    let v: Value = serde_json::from_slice(body).map_err(|e| {
        format!(
            "the body is not valid JSON ({e}); it was {} bytes",
            body.len()
        )
    })?;
    if !v.is_object() {
        return Err(format!(
            "expected a JSON object, got {}",
            super::kind_of(&v)
        ));
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(ct: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("content-type", HeaderValue::from_str(ct).unwrap());
        h
    }

    #[test]
    fn success_bodies_must_be_json_objects() {
        let json = headers("application/json; charset=utf-8");
        assert_eq!(
            Value::decode(&json, Bytes::from_static(b" ")).unwrap(),
            Value::Null
        );
        assert!(Value::decode(&json, Bytes::from_static(br#"{"a":1}"#)).is_ok());
        let err = Value::decode(&json, Bytes::from_static(b"[1]")).unwrap_err();
        assert!(err.contains("expected a JSON object"), "{err}");
        let html = headers("text/html");
        assert!(Value::decode(&html, Bytes::from_static(b"{}"))
            .unwrap_err()
            .contains("text/html"));
    }

    #[test]
    fn bodies_stay_bytes_only_when_a_value_would_have_been_an_object() {
        let json = headers("application/problem+json");
        let ok = Body::decode(&json, Bytes::from_static(b" {\"a\": [1, 2]} ")).unwrap();
        assert!(matches!(ok, Body::Json(_)));
        assert_eq!(ok.into_value().unwrap(), serde_json::json!({"a": [1, 2]}));
        let huge = Body::decode(&json, Bytes::from_static(b"{\"a\": [1e400, -1e999]}"));
        assert!(matches!(huge, Ok(Body::Json(_))));
        assert!(matches!(
            Body::decode(&json, Bytes::from_static(b"")).unwrap(),
            Body::Value(Value::Null)
        ));
        for (ct, bad, words) in [
            ("application/json", &b"{\"a\": }"[..], "not valid JSON"),
            ("application/json", b"{} {}", "not valid JSON"),
            (
                "application/json",
                b"[{}]",
                "expected a JSON object, got an array",
            ),
            ("text/plain", b"{}", "text/plain"),
        ] {
            let err = Body::decode(&headers(ct), Bytes::copy_from_slice(bad)).unwrap_err();
            assert!(err.contains(words), "{err}");
        }
    }
}
