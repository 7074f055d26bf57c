//! Transport: one request in, one JSON value (or a typed error) out.
//! Digest auth, retries with backoff, client-side rate limiting and timeouts live here.

mod body;
mod connecting;
mod describe;
mod digest;
pub mod numbers;
pub mod pacing;
mod pool;
mod ratelimit;
mod reading;
mod request;
mod retry;
pub mod runtimes;
mod tls;
mod transfer;
mod transport;

pub use body::{Body, Decode};
pub use digest::DigestCache;
pub use ratelimit::pace_interval;
pub use retry::{backoff_delay, parse_retry_after};
pub use transfer::Moved;
pub use transport::{
    kind_of, CallOptions, Observer, Request, RequestEvent, Safety, Transport, WaitEvent,
};
