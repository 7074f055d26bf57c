//! The connection pool of one runtime: timeouts, idle time, TLS, proxies.

use super::connecting::{Connecting, CountConnects};
use crate::config::Config;
use crate::error::{Error, Result};
use std::sync::Arc;
use std::time::Duration;

/// How long an idle connection stays pooled before it may be closed. The
/// pool sweeps at this interval, so an idle socket closes between 15 and 30
/// seconds after its last use. Load balancers close idle connections after a
/// minute or more; a blocking call also lets its runtime see closes that
/// happened meanwhile before it reuses one.
pub const POOL_IDLE: Duration = Duration::from_secs(15);

/// Hosts that never go through a proxy taken from the environment: the
/// bundled mock server and anything else on this machine.
const LOOPBACK: &str = "localhost,127.0.0.0/8,::1";

/// A connection pool for one runtime.
pub fn build_http(
    config: &Config,
    tls: Option<&Arc<rustls::ClientConfig>>,
    connecting: &Arc<Connecting>,
) -> Result<reqwest::Client> {
    let mut builder = reqwest::Client::builder()
        .connect_timeout(config.connect_timeout)
        .timeout(config.timeout)
        .user_agent(concat!("tidbcloud-python/", env!("CARGO_PKG_VERSION")))
        .pool_idle_timeout(POOL_IDLE)
        .pool_max_idle_per_host(config.max_connections)
        .tcp_nodelay(true)
        // Never follow a redirect: it would carry a signed request to another host.
        .redirect(reqwest::redirect::Policy::none())
        // Proxies are ours to choose (below), not reqwest's from the system.
        .no_proxy()
        .connector_layer(CountConnects(connecting.clone()));
    for proxy in proxies(config, &|k| std::env::var(k).ok())? {
        builder = builder.proxy(proxy);
    }
    match tls {
        // One verifier (and one load of the trusted roots) serves every pool.
        Some(tls) => builder = builder.tls_backend_preconfigured((**tls).clone()),
        None => builder = builder.danger_accept_invalid_certs(true),
    }
    builder
        .build()
        .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))
}

/// The proxies to use: `proxy=` for everything; else, unless `trust_env` is
/// off, `HTTPS_PROXY` / `HTTP_PROXY` / `ALL_PROXY` (either case) with
/// `NO_PROXY`, never for loopback.
fn proxies(config: &Config, env: &dyn Fn(&str) -> Option<String>) -> Result<Vec<reqwest::Proxy>> {
    if let Some(url) = &config.proxy {
        let p = reqwest::Proxy::all(url.expose())
            .map_err(|_| Error::invalid("proxy is not a valid proxy URL"))?;
        return Ok(vec![p]);
    }
    if !config.trust_env {
        return Ok(Vec::new());
    }
    let var = |name: &str| {
        [name.to_owned(), name.to_ascii_lowercase()]
            .into_iter()
            .find_map(|k| env(&k).filter(|v| !v.trim().is_empty()).map(|v| (k, v)))
    };
    let all = var("ALL_PROXY");
    let no_proxy = match var("NO_PROXY") {
        Some((_, list)) => format!("{list},{LOOPBACK}"),
        None => LOOPBACK.to_owned(),
    };
    let mut out = Vec::new();
    for name in ["HTTPS_PROXY", "HTTP_PROXY"] {
        if let Some((k, url)) = var(name).or_else(|| all.clone()) {
            let p = if name == "HTTPS_PROXY" {
                reqwest::Proxy::https(url.trim())
            } else {
                reqwest::Proxy::http(url.trim())
            };
            // The URL may hold a password: name the variable, not its value.
            let p = p.map_err(|_| Error::Config(format!("{k} is not a valid proxy URL")))?;
            out.push(p.no_proxy(reqwest::NoProxy::from_string(&no_proxy)));
        }
    }
    Ok(out)
}
