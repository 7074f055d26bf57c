//! Per-call escape hatches: headers, query parameters and body fields the
//! client does not know yet, sent as given. Checked and merged when a call is
//! made, so a bad one is an error before anything is sent.

use crate::error::{Error, Result};
use crate::http::Request;
use reqwest::header::{HeaderName, HeaderValue};
use reqwest::Method;
use serde_json::{Map, Value};

/// Headers the transport owns: the digest signature, the framing, the host.
const RESERVED: &[&str] = &[
    "authorization",
    "host",
    "content-length",
    "transfer-encoding",
];

#[derive(Debug, Clone, Default)]
pub struct Extras {
    pub headers: Vec<(HeaderName, HeaderValue)>,
    pub query: Vec<(String, String)>,
    pub body: Option<Map<String, Value>>,
}

impl Extras {
    /// Check header names and values once, when the options are given.
    pub fn new(
        headers: Vec<(String, String)>,
        query: Vec<(String, String)>,
        body: Option<Map<String, Value>>,
    ) -> Result<Extras> {
        let mut checked = Vec::with_capacity(headers.len());
        for (name, value) in headers {
            let n = HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
                Error::invalid(format!("extra_headers: {name:?} is no header name"))
            })?;
            if RESERVED.contains(&n.as_str()) {
                return Err(Error::invalid(format!(
                    "extra_headers: {name:?} is set by the client and cannot be replaced"
                )));
            }
            let v = HeaderValue::from_str(&value).map_err(|_| {
                Error::invalid(format!(
                    "extra_headers: the value of {name:?} is not a valid header value"
                ))
            })?;
            checked.push((n, v));
        }
        for (k, _) in &query {
            if k.is_empty() {
                return Err(Error::invalid("extra_query: a parameter name is empty"));
            }
        }
        Ok(Extras {
            headers: checked,
            query,
            body,
        })
    }

    pub fn is_empty(&self) -> bool {
        self.headers.is_empty() && self.query.is_empty() && self.body.is_none()
    }

    /// `req` with these extras: headers added (replacing ours of the same
    /// name), query parameters appended, body fields merged over ours.
    pub fn apply(&self, mut req: Request) -> Result<Request> {
        req.headers.extend(self.headers.iter().cloned());
        req.query.extend(
            self.query
                .iter()
                .map(|(k, v)| (k.clone().into(), v.clone())),
        );
        if let Some(extra) = &self.body {
            if req.method == Method::GET || req.method == Method::DELETE {
                return Err(Error::invalid(format!(
                    "extra_body: {} {} sends no body",
                    req.method, req.path
                )));
            }
            let mut body = match req.body.take() {
                Some(Value::Object(m)) => m,
                None => Map::new(),
                Some(other) => {
                    return Err(Error::invalid(format!(
                        "extra_body: the body of {} {} is {}, not an object",
                        req.method,
                        req.path,
                        crate::http::kind_of(&other)
                    )))
                }
            };
            for (k, v) in extra {
                body.insert(k.clone(), v.clone());
            }
            req.body = Some(Value::Object(body));
        }
        Ok(req)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operations as ops;
    use serde_json::json;

    fn extras(body: Option<Value>) -> Extras {
        Extras::new(
            vec![("X-Trace".into(), "t1".into())],
            vec![("newFilter".into(), "a".into())],
            body.and_then(|b| b.as_object().cloned()),
        )
        .unwrap()
    }

    #[test]
    fn merges_headers_query_and_body() {
        let req = crate::api::request(&ops::CREATE_CLUSTER, &[])
            .unwrap()
            .body(json!({"displayName": "a", "port": 4000}));
        let req = extras(Some(json!({"port": 4001, "newField": true})))
            .apply(req)
            .unwrap();
        assert_eq!(
            req.body,
            Some(json!({"displayName": "a", "port": 4001, "newField": true}))
        );
        assert_eq!(req.query, vec![("newFilter".into(), "a".to_string())]);
        assert_eq!(req.headers[0].0.as_str(), "x-trace");
        let pause = crate::api::request(&ops::PAUSE_CLUSTER, &[("cluster_id", "c")]).unwrap();
        let pause = extras(Some(json!({"force": true}))).apply(pause).unwrap();
        assert_eq!(pause.body, Some(json!({"force": true})));
    }

    #[test]
    fn refuses_what_cannot_be_sent() {
        let get = crate::api::request(&ops::LIST_CLUSTERS, &[]).unwrap();
        assert!(extras(Some(json!({"a": 1}))).apply(get).is_err());
        for (name, value) in [("Authorization", "x"), ("bad name", "x"), ("X-Ok", "a\nb")] {
            assert!(
                Extras::new(vec![(name.into(), value.into())], vec![], None).is_err(),
                "{name}"
            );
        }
        assert!(Extras::new(vec![], vec![(String::new(), "v".into())], None).is_err());
    }
}
