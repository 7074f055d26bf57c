//! The records the state keeps, each with the JSON the service answers for it.

mod accounts;
mod changefeeds;
mod clusters;
mod dedicated;
mod serverless;

pub use accounts::*;
pub use changefeeds::*;
pub use clusters::*;
pub use dedicated::*;
pub use serverless::*;
