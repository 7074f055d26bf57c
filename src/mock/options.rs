//! How a mock server is set up: where it listens, its rate limit and pacing,
//! its clock, its keys, and the limits of what it keeps and accepts.

use super::auth::Algorithm;

#[derive(Debug, Clone)]
pub struct MockOptions {
    pub host: String,
    pub port: u16,
    /// (requests, window in seconds) per API key; `None` turns the limit off.
    pub rate_limit: Option<(u32, f64)>,
    pub transition_seconds: f64,
    pub nonce_ttl_seconds: f64,
    pub algorithm: Algorithm,
    /// Keep request and response bodies in the request log.
    pub record_bodies: bool,
    /// The Organization Owner key pair; random when `None`.
    pub owner_key: Option<(String, String)>,
    /// Most request-log entries kept (the oldest go first); counts stay exact.
    pub request_log: usize,
    /// Largest request body accepted; a larger one gets 413.
    pub max_body_bytes: usize,
    /// Transitions wait for the test to move the clock (`advance`, `settle`).
    pub manual_clock: bool,
    /// Serve the control endpoints below `/_mock/`.
    pub control: bool,
    /// The size in bytes of a LOCAL export's largest file (tens of KB when `None`).
    pub export_file_size: Option<u64>,
}

pub const DEFAULT_REQUEST_LOG: usize = 10_000;
pub const DEFAULT_MAX_BODY_BYTES: usize = 4 << 20;

impl Default for MockOptions {
    fn default() -> Self {
        MockOptions {
            host: "127.0.0.1".into(),
            port: 0,
            rate_limit: Some((100, 60.0)),
            transition_seconds: 0.5,
            nonce_ttl_seconds: 300.0,
            algorithm: Algorithm::Md5,
            record_bodies: false,
            owner_key: None,
            request_log: DEFAULT_REQUEST_LOG,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            manual_clock: false,
            control: false,
            export_file_size: None,
        }
    }
}
