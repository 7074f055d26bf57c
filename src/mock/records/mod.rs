//! The records the state keeps, each with the JSON the service answers for it.

mod accounts;
mod audit_log_files;
mod audit_logging;
mod changefeeds;
mod clusters;
mod dedicated;
mod fleet;
mod migrations;
mod serverless;
mod serverless_more;

pub use accounts::*;
pub use audit_logging::*;
pub use changefeeds::*;
pub use clusters::*;
pub use dedicated::*;
pub use fleet::*;
pub use migrations::*;
pub use serverless::*;
pub use serverless_more::*;
