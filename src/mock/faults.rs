//! Fault injection for reliability tests: on a path pattern and method, the next
//! N requests get a status, a delay, a dropped connection, a broken body or a
//! wrong content type.
//!
//! Status faults answer in place of the service (a proxy failing). The others
//! let the service do its work and then spoil the answer, as a network that
//! fails on the way back does: a create that meets one has happened.

use std::time::Duration;

#[derive(Debug, Clone, PartialEq)]
pub enum FaultKind {
    /// Answer with this status (and `Retry-After`, if given) without doing the work.
    Status {
        status: u16,
        retry_after: Option<String>,
    },
    /// Serve, then hold the answer back this long.
    Delay(Duration),
    /// Close the connection before any response byte.
    DropBeforeHeaders,
    /// Send the status and headers, then close the connection.
    DropAfterHeaders,
    /// Send half the body, then close the connection.
    Truncated,
    /// A 2xx with a body that is not JSON.
    Malformed,
    /// A 2xx whose content type is not JSON.
    WrongContentType,
    /// Replace the answer entirely (for fuzzing the client's parsing).
    Raw {
        status: u16,
        content_type: Option<String>,
        body: Vec<u8>,
    },
}

impl FaultKind {
    /// Whether the request is served before the answer is spoiled.
    pub fn serves(&self) -> bool {
        !matches!(self, FaultKind::Status { .. } | FaultKind::Raw { .. })
    }
}

#[derive(Debug, Clone)]
pub struct Fault {
    pub method: Option<String>,
    /// A full path, or a prefix ending in `*`.
    pub path: String,
    pub remaining: u32,
    pub kind: FaultKind,
}

#[derive(Default)]
pub struct Faults {
    list: Vec<Fault>,
    injected: u64,
}

impl Faults {
    pub fn add(&mut self, fault: Fault) {
        if fault.remaining > 0 {
            self.list.push(fault);
        }
    }

    pub fn clear(&mut self) {
        self.list.clear();
    }

    pub fn injected(&self) -> u64 {
        self.injected
    }

    /// The fault for this request, if one applies; uses up one of its turns.
    pub fn take(&mut self, method: &str, path: &str) -> Option<FaultKind> {
        let i = self.list.iter().position(|f| {
            f.method
                .as_deref()
                .is_none_or(|m| m.eq_ignore_ascii_case(method))
                && match f.path.strip_suffix('*') {
                    Some(prefix) => path.starts_with(prefix),
                    None => f.path == path,
                }
        })?;
        let f = &mut self.list[i];
        f.remaining -= 1;
        let kind = f.kind.clone();
        if f.remaining == 0 {
            self.list.remove(i);
        }
        self.injected += 1;
        Some(kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_match_and_run_out() {
        let mut f = Faults::default();
        f.add(Fault {
            method: Some("GET".into()),
            path: "/v1beta1/clusters*".into(),
            remaining: 2,
            kind: FaultKind::Malformed,
        });
        assert_eq!(f.take("POST", "/v1beta1/clusters"), None);
        assert_eq!(
            f.take("get", "/v1beta1/clusters/1"),
            Some(FaultKind::Malformed)
        );
        assert_eq!(f.take("GET", "/v1beta1/regions"), None);
        assert_eq!(
            f.take("GET", "/v1beta1/clusters"),
            Some(FaultKind::Malformed)
        );
        assert_eq!(f.take("GET", "/v1beta1/clusters"), None);
        assert_eq!(f.injected(), 2);
    }
}
