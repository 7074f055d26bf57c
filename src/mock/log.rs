//! The request log a test reads back.

/// One entry of the request log kept for tests.
#[derive(Debug, Clone)]
pub struct Logged {
    pub method: String,
    pub path: String,
    pub query: String,
    pub status: u16,
    pub key: Option<String>,
    pub user_agent: Option<String>,
    /// Bodies, kept only when the mock records them (for contract checks).
    pub request_body: Option<String>,
    pub response_body: Option<String>,
    /// Set when an injected fault shaped this exchange.
    pub fault: bool,
}
