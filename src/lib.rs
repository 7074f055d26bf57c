//! tidbcloud: a client for the TiDB Cloud management API and a mock server that
//! behaves like it. `api/` and `http/` are plain Rust; `py/` is the Python face.

pub mod api;
pub mod config;
pub mod error;
pub mod http;
pub mod mock;
pub mod operations;

#[cfg(feature = "python")]
mod py;

pub use api::Api;
pub use config::{Config, Secret, Server, Settings};
pub use error::{ApiError, Error, Result};
