//! The list of resource classes: each pair registered with the module, and
//! `_operations()` / `_params()`, the tables of their declarations that the
//! CLI, the stub generator, the docs and the tests read. The classes
//! themselves are declared by API family, in the modules re-exported here.

pub use super::backups::*;
pub use super::billing::*;
pub use super::changefeeds::*;
pub use super::database_audit_logging::*;
pub use super::dedicated::*;
pub use super::iam::*;
pub use super::maintenance::*;
pub use super::members::*;
pub use super::msp_customers::*;
pub use super::networking::*;
pub use super::node_instances::*;
pub use super::serverless::*;
pub use super::serverless_branches::*;
pub use super::serverless_changefeeds::*;
pub use super::serverless_imports::*;
pub use super::serverless_migrations::*;
pub use super::serverless_private_link::*;
use pyo3::prelude::*;

/// A row of `_params()`: a `declare::Param` with the class in front.
type ParamRow = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    &'static str,
);

macro_rules! all_resources {
    ($($sync:ident / $async_:ident),* $(,)?) => {
        pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
            $(
                m.add_class::<$sync>()?;
                m.add_class::<$async_>()?;
            )*
            register_namespaces(m)?;
            m.add_function(wrap_pyfunction!(_operations, m)?)?;
            m.add_function(wrap_pyfunction!(_params, m)?)
        }

        /// (class, method, operationId, kind) of every operation: kind is
        /// "call", "pager" or "wait"; a waiter has no operationId.
        #[pyfunction]
        fn _operations() -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
            let mut out = Vec::new();
            $(
                for (method, op, kind) in $sync::OPERATIONS {
                    out.push((stringify!($sync), *method, *op, *kind));
                }
            )*
            out
        }

        /// (class, method, parameter, "positional" or "keyword", Rust type,
        /// Python type where the Rust type does not say it or None, default
        /// as Rust spells it or None, doc line) of every declared parameter,
        /// in signature order; the per-call options every call and pager
        /// also takes are not repeated here.
        #[pyfunction]
        fn _params() -> Vec<ParamRow> {
            let mut out = Vec::new();
            $(
                for (method, name, kind, ty, py_type, default, doc) in $sync::PARAMS {
                    let row = (*method, *name, *kind, *ty, *py_type, *default, doc.trim());
                    out.push((stringify!($sync), row.0, row.1, row.2, row.3, row.4, row.5, row.6));
                }
            )*
            out
        }
    };
}

all_resources!(
    Clusters / AsyncClusters,
    TidbNodeGroups / AsyncTidbNodeGroups,
    PrivateEndpoints / AsyncPrivateEndpoints,
    NetworkContainers / AsyncNetworkContainers,
    VpcPeerings / AsyncVpcPeerings,
    Regions / AsyncRegions,
    Imports / AsyncImports,
    Projects / AsyncProjects,
    Backups / AsyncBackups,
    Restores / AsyncRestores,
    SqlUsers / AsyncSqlUsers,
    Integrations / AsyncIntegrations,
    ApiKeys / AsyncApiKeys,
    AuditLogs / AsyncAuditLogs,
    Billing / AsyncBilling,
    Changefeeds / AsyncChangefeeds,
    ServerlessClusters / AsyncServerlessClusters,
    ServerlessBranches / AsyncServerlessBranches,
    ServerlessExports / AsyncServerlessExports,
    ServerlessImports / AsyncServerlessImports,
    ServerlessBackups / AsyncServerlessBackups,
    ServerlessRegions / AsyncServerlessRegions,
    MaintenanceWindows / AsyncMaintenanceWindows,
    MaintenanceTasks / AsyncMaintenanceTasks,
    NodeInstances / AsyncNodeInstances,
    Members / AsyncMembers,
    MspCustomers / AsyncMspCustomers,
    ServerlessPrivateLinkConnections / AsyncServerlessPrivateLinkConnections,
    ServerlessChangefeeds / AsyncServerlessChangefeeds,
    ServerlessMigrations / AsyncServerlessMigrations,
    ServerlessMigrationPrechecks / AsyncServerlessMigrationPrechecks,
    DatabaseAuditLogs / AsyncDatabaseAuditLogs,
    ServerlessDatabaseAuditLogs / AsyncServerlessDatabaseAuditLogs,
);
