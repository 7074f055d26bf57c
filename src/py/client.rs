//! `TiDBCloud` and `AsyncTiDBCloud`: settings, the resource attributes, options,
//! context managers. Both are generated from one definition.

use super::resources::*;
use super::runtime::Ready;
use super::serverless::{AsyncServerless, Serverless};
use crate::api::Api;
use crate::config::{seconds, Secret, Server, Settings};
use crate::http::CallOptions;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

fn retries(v: i64) -> PyResult<u32> {
    u32::try_from(v).ok().filter(|n| *n <= 20).ok_or_else(|| {
        PyValueError::new_err(format!("max_retries must be between 0 and 20, got {v}"))
    })
}

/// What a constructor was given besides keys and endpoints.
struct Options {
    timeout: f64,
    connect_timeout: f64,
    max_retries: i64,
    rate_limit: Option<f64>,
    ca_bundle: Option<String>,
    verify: bool,
    proxy: Option<String>,
    trust_env: bool,
    max_connections: i64,
    max_response_bytes: i64,
}

fn build_api(mut settings: Settings, o: Options) -> PyResult<Api> {
    settings.timeout = Some(o.timeout);
    settings.connect_timeout = Some(o.connect_timeout);
    settings.max_retries = Some(retries(o.max_retries)?);
    settings.rate_limit = o.rate_limit;
    settings.ca_bundle = o.ca_bundle;
    settings.verify_tls = Some(o.verify);
    settings.proxy = o.proxy.map(Secret::new);
    settings.trust_env = Some(o.trust_env);
    settings.max_connections = Some(o.max_connections);
    settings.max_response_bytes = Some(o.max_response_bytes);
    Ok(Api::new(settings, super::logging::observer())?)
}

fn call_options(timeout: Option<f64>, max_retries: Option<i64>) -> PyResult<CallOptions> {
    Ok(CallOptions {
        timeout: timeout.map(|t| seconds("timeout", t)).transpose()?,
        max_retries: max_retries.map(retries).transpose()?,
        observe: false,
    })
}

fn describe(name: &str, api: &Api) -> String {
    let c = api.config();
    let e = &c.endpoints;
    use crate::config::{below_base, Server};
    let one_host = [
        Server::Iam,
        Server::Billing,
        Server::V1beta,
        Server::Serverless,
        Server::IamRoot,
    ]
    .into_iter()
    .all(|s| below_base(&e.dedicated, s).is_ok_and(|u| u == e.base(s)));
    let urls = if one_host {
        format!("base_url={:?}", e.dedicated)
    } else {
        format!(
            "dedicated_url={:?}, iam_url={:?}, billing_url={:?}, v1beta_url={:?}, serverless_url={:?}",
            e.dedicated, e.iam, e.billing, e.v1beta, e.serverless
        )
    };
    format!("{name}(public_key={:?}, {urls})", c.public_key)
}

/// What both clients take, for their class docstrings (`help()` shows them).
macro_rules! arguments_doc {
    () => {
        "\n\nArguments, every one optional:\n\n\
        - `public_key`, `private_key`: the API key pair; by default\n\
        \x20 TIDBCLOUD_PUBLIC_KEY / TIDBCLOUD_PRIVATE_KEY, then TIDB_CLOUD_PUBLIC_KEY /\n\
        \x20 TIDB_CLOUD_PRIVATE_KEY. The private key never appears in a repr, a log\n\
        \x20 line or an error.\n\
        - `base_url`: one host serving every API at its own path (a mock's URL); by\n\
        \x20 default TIDBCLOUD_BASE_URL, else the service's hosts.\n\
        - `dedicated_url`, `iam_url`, `billing_url`, `v1beta_url`, `serverless_url`:\n\
        \x20 one server each (or TIDBCLOUD_DEDICATED_ENDPOINT, TIDBCLOUD_IAM_ENDPOINT,\n\
        \x20 TIDBCLOUD_BILLING_ENDPOINT, TIDBCLOUD_V1BETA_ENDPOINT,\n\
        \x20 TIDBCLOUD_SERVERLESS_ENDPOINT).\n\
        - `timeout`: seconds per attempt (30); `connect_timeout`: seconds to connect (5).\n\
        - `max_retries`: further attempts after a passing failure (2).\n\
        - `rate_limit`: requests per minute to pace at (the service allows 100).\n\
        - `ca_bundle`: a PEM file of extra trusted CAs; `verify`: check TLS (True).\n\
        - `proxy`: a proxy URL for every request; `trust_env`: read HTTPS_PROXY,\n\
        \x20 HTTP_PROXY, ALL_PROXY, NO_PROXY, SSL_CERT_FILE and SSL_CERT_DIR (True).\n\
        - `max_connections`: requests in flight at once (100).\n\
        - `max_response_bytes`: the largest answer read (64 MiB).\n\
        \nTIDBCLOUD_LOG=debug logs every exchange to the `tidbcloud` logger."
    };
}

macro_rules! client_class {
    ($name:ident, $doc:expr, $ns:ident, { $($(#[doc = $adoc:literal])* $attr:ident: $res:ident),* $(,)? }) => {
        #[doc = $doc]
        #[pyclass(frozen, module = "tidbcloud._core")]
        pub struct $name {
            api: Api,
            $(
                $(#[doc = $adoc])*
                #[pyo3(get)]
                $attr: Py<$res>,
            )*
            /// Starter and Essential clusters and what belongs to them.
            #[pyo3(get)]
            serverless: Py<$ns>,
        }

        impl $name {
            fn from_api(py: Python<'_>, api: Api) -> PyResult<Self> {
                Ok($name {
                    $($attr: Py::new(py, $res { api: api.clone() })?,)*
                    serverless: Py::new(py, $ns::new(py, &api)?)?,
                    api,
                })
            }
        }

        #[pymethods]
        impl $name {
            #[new]
            #[pyo3(signature = (public_key=None, private_key=None, *, base_url=None, dedicated_url=None,
                iam_url=None, billing_url=None, v1beta_url=None, serverless_url=None, timeout=30.0, connect_timeout=5.0, max_retries=2,
                rate_limit=None, ca_bundle=None, verify=true, proxy=None, trust_env=true,
                max_connections=100, max_response_bytes=67108864))]
            #[allow(clippy::too_many_arguments)]
            fn new(
                py: Python<'_>,
                public_key: Option<String>,
                private_key: Option<String>,
                base_url: Option<String>,
                dedicated_url: Option<String>,
                iam_url: Option<String>,
                billing_url: Option<String>,
                v1beta_url: Option<String>,
                serverless_url: Option<String>,
                timeout: f64,
                connect_timeout: f64,
                max_retries: i64,
                rate_limit: Option<f64>,
                ca_bundle: Option<std::path::PathBuf>,
                verify: bool,
                proxy: Option<String>,
                trust_env: bool,
                max_connections: i64,
                max_response_bytes: i64,
            ) -> PyResult<Self> {
                let settings = Settings {
                    public_key,
                    private_key: private_key.map(Secret::new),
                    base_url,
                    dedicated_url,
                    iam_url,
                    billing_url,
                    v1beta_url,
                    serverless_url,
                    ..Settings::default()
                };
                let options = Options {
                    timeout,
                    connect_timeout,
                    max_retries,
                    rate_limit,
                    ca_bundle: ca_bundle.map(|p| p.to_string_lossy().into_owned()),
                    verify,
                    proxy,
                    trust_env,
                    max_connections,
                    max_response_bytes,
                };
                Self::from_api(py, build_api(settings, options)?)
            }

            /// A copy with other per-call settings, sharing connections, the digest
            /// challenge and the rate limiter with this client.
            #[pyo3(signature = (*, timeout=None, max_retries=None))]
            fn with_options(&self, py: Python<'_>, timeout: Option<f64>, max_retries: Option<i64>) -> PyResult<Self> {
                let opts = call_options(timeout, max_retries)?;
                Self::from_api(py, self.api.with_options(opts))
            }

            /// The API key's public half (the private half is never shown).
            #[getter]
            fn public_key(&self) -> String {
                self.api.config().public_key.clone()
            }
            /// Where the Dedicated API is served.
            #[getter]
            fn dedicated_url(&self) -> String {
                self.api.config().endpoints.base(Server::Dedicated).to_owned()
            }
            /// Where the IAM API (projects, API keys, SQL users, audit logs) is served.
            #[getter]
            fn iam_url(&self) -> String {
                self.api.config().endpoints.base(Server::Iam).to_owned()
            }
            /// Where the billing API is served.
            #[getter]
            fn billing_url(&self) -> String {
                self.api.config().endpoints.base(Server::Billing).to_owned()
            }
            /// Where the older v1beta API (backups, restores) is served.
            #[getter]
            fn v1beta_url(&self) -> String {
                self.api.config().endpoints.base(Server::V1beta).to_owned()
            }
            /// Where the Starter and Essential API is served.
            #[getter]
            fn serverless_url(&self) -> String {
                self.api.config().endpoints.base(Server::Serverless).to_owned()
            }
            /// Seconds for each attempt of a call.
            #[getter]
            fn timeout(&self) -> f64 {
                self.api.options().timeout.unwrap_or(self.api.config().timeout).as_secs_f64()
            }
            /// Further attempts after a passing failure.
            #[getter]
            fn max_retries(&self) -> u32 {
                self.api.options().max_retries.unwrap_or(self.api.config().max_retries)
            }
            /// Requests in flight at once, at most.
            #[getter]
            fn max_connections(&self) -> usize {
                self.api.config().max_connections
            }
            /// The largest answer read, in bytes.
            #[getter]
            fn max_response_bytes(&self) -> u64 {
                self.api.config().max_response_bytes
            }
            /// Whether `close()` was called; calls then raise `TiDBCloudError`.
            #[getter]
            fn is_closed(&self) -> bool {
                self.api.transport().is_closed()
            }
            fn __repr__(&self) -> String {
                describe(stringify!($name), &self.api)
            }
        }
    };
}

client_class!(TiDBCloud, concat!("Client of the TiDB Cloud API; calls block until done (Ctrl-C interrupts them).", arguments_doc!()), Serverless, {
    /// TiDB Cloud Dedicated clusters.
    clusters: Clusters,
    /// TiDB node groups of a Dedicated cluster, with each group's public endpoint and private link service.
    tidb_node_groups: TidbNodeGroups,
    /// Private endpoint connections to a TiDB node group's private link service.
    private_endpoints: PrivateEndpoints,
    /// Network containers: the CIDR a project's Dedicated clusters use in a region.
    network_containers: NetworkContainers,
    /// VPC peerings between your VPCs and a project's network container.
    vpc_peerings: VpcPeerings,
    /// Cloud regions and their node specifications.
    regions: Regions,
    /// Data import tasks of a cluster.
    imports: Imports,
    /// Third-party integrations of a cluster.
    integrations: Integrations,
    /// Projects of the organization (IAM server).
    projects: Projects,
    /// SQL users of a cluster (IAM server).
    sql_users: SqlUsers,
    /// Backups of a Dedicated cluster (the older v1beta API: ids are the project's and the cluster's).
    backups: Backups,
    /// Restores of backups to new Dedicated clusters (the older v1beta API).
    restores: Restores,
    /// API keys of the organization (IAM server).
    api_keys: ApiKeys,
    /// Console audit logs of the organization (IAM server).
    audit_logs: AuditLogs,
    /// Bills and costs (billing server).
    billing: Billing,
    /// Each project's weekly maintenance window of its Dedicated clusters.
    maintenance_windows: MaintenanceWindows,
    /// The maintenance tasks the service schedules into a project's window.
    maintenance_tasks: MaintenanceTasks,
    /// The node instances of a Dedicated cluster: one per TiDB, TiKV, TiFlash, PD and TiProxy node.
    node_instances: NodeInstances,
    /// Members of the organization: the people who sign in to it, each with an organization role and roles in projects and Starter/Essential instances.
    members: Members,
    /// Changefeeds of Dedicated clusters: replication to Kafka, MySQL, S3, GCS or Azure Blob storage.
    changefeeds: Changefeeds,
    /// Database audit logging of Dedicated clusters: what each cluster logs, where the logs go, and the log files.
    database_audit_logs: DatabaseAuditLogs,
    /// The customers of a managed service provider (MSP): the organizations it serves, on the IAM host's root.
    msp_customers: MspCustomers,
});
client_class!(AsyncTiDBCloud, concat!("Client of the TiDB Cloud API; calls return awaitables.", arguments_doc!()), AsyncServerless, {
    /// TiDB Cloud Dedicated clusters.
    clusters: AsyncClusters,
    /// TiDB node groups of a Dedicated cluster, with each group's public endpoint and private link service.
    tidb_node_groups: AsyncTidbNodeGroups,
    /// Private endpoint connections to a TiDB node group's private link service.
    private_endpoints: AsyncPrivateEndpoints,
    /// Network containers: the CIDR a project's Dedicated clusters use in a region.
    network_containers: AsyncNetworkContainers,
    /// VPC peerings between your VPCs and a project's network container.
    vpc_peerings: AsyncVpcPeerings,
    /// Cloud regions and their node specifications.
    regions: AsyncRegions,
    /// Data import tasks of a cluster.
    imports: AsyncImports,
    /// Third-party integrations of a cluster.
    integrations: AsyncIntegrations,
    /// Projects of the organization (IAM server).
    projects: AsyncProjects,
    /// SQL users of a cluster (IAM server).
    sql_users: AsyncSqlUsers,
    /// Backups of a Dedicated cluster (the older v1beta API: ids are the project's and the cluster's).
    backups: AsyncBackups,
    /// Restores of backups to new Dedicated clusters (the older v1beta API).
    restores: AsyncRestores,
    /// API keys of the organization (IAM server).
    api_keys: AsyncApiKeys,
    /// Console audit logs of the organization (IAM server).
    audit_logs: AsyncAuditLogs,
    /// Bills and costs (billing server).
    billing: AsyncBilling,
    /// Each project's weekly maintenance window of its Dedicated clusters.
    maintenance_windows: AsyncMaintenanceWindows,
    /// The maintenance tasks the service schedules into a project's window.
    maintenance_tasks: AsyncMaintenanceTasks,
    /// The node instances of a Dedicated cluster: one per TiDB, TiKV, TiFlash, PD and TiProxy node.
    node_instances: AsyncNodeInstances,
    /// Members of the organization: the people who sign in to it, each with an organization role and roles in projects and Starter/Essential instances.
    members: AsyncMembers,
    /// Changefeeds of Dedicated clusters: replication to Kafka, MySQL, S3, GCS or Azure Blob storage.
    changefeeds: AsyncChangefeeds,
    /// Database audit logging of Dedicated clusters: what each cluster logs, where the logs go, and the log files.
    database_audit_logs: AsyncDatabaseAuditLogs,
    /// The customers of a managed service provider (MSP): the organizations it serves, on the IAM host's root.
    msp_customers: AsyncMspCustomers,
});

#[pymethods]
impl TiDBCloud {
    /// Close pooled connections. Later calls raise `TiDBCloudError`.
    fn close(&self) {
        self.api.transport().close();
    }
    /// `with TiDBCloud() as client:` gives the client itself...
    fn __enter__(slf: Py<Self>) -> Py<Self> {
        slf
    }
    /// ...and closes it when the block ends, however it ends.
    #[pyo3(signature = (*_exc))]
    fn __exit__(&self, _exc: &Bound<'_, pyo3::types::PyTuple>) {
        self.close();
    }
}

#[pymethods]
impl AsyncTiDBCloud {
    /// Close pooled connections (awaitable). Later calls raise `TiDBCloudError`.
    fn close(&self, py: Python<'_>) -> PyResult<Ready> {
        self.api.transport().close();
        Ok(Ready::new(py.None()))
    }
    /// `async with AsyncTiDBCloud() as client:` gives the client itself...
    fn __aenter__(slf: Py<Self>) -> Ready {
        Ready::new(slf.into_any())
    }
    /// ...and closes it when the block ends, however it ends.
    #[pyo3(signature = (*_exc))]
    fn __aexit__(&self, py: Python<'_>, _exc: &Bound<'_, pyo3::types::PyTuple>) -> PyResult<Ready> {
        self.close(py)
    }
}
