//! Client settings: credentials, endpoints, timeouts, retries, rate limit.
//! Resolution order: explicit arguments, then `TIDBCLOUD_*`, then `TIDB_CLOUD_*`.

use crate::error::{Error, Result};
use std::fmt;
use std::time::Duration;

pub const DEFAULT_DEDICATED_URL: &str = "https://dedicated.tidbapi.com/v1beta1";
pub const DEFAULT_IAM_URL: &str = "https://iam.tidbapi.com/v1beta1";
pub const DEFAULT_BILLING_URL: &str = "https://billing.tidbapi.com/v1beta1";
/// The older API, for backups, restores and creating projects.
pub const DEFAULT_V1BETA_URL: &str = "https://api.tidbcloud.com/api/v1beta";
pub const DEFAULT_SERVERLESS_URL: &str = "https://serverless.tidbapi.com/v1beta1";
/// A `base_url` names one host that serves every API at its own path, as the
/// mock does: Dedicated, IAM and billing at `/v1beta1`, the older API at
/// `/api/v1beta`, and Starter/Essential, whose paths are Dedicated's too, at
/// `/v1beta1/serverless`. Its path is that host's root, or ends in `/v1beta1`
/// (as `MockServer.url` does).
pub const V1BETA1_BELOW_ROOT: &str = "/v1beta1";
pub const V1BETA_BELOW_ROOT: &str = "/api/v1beta";
pub const SERVERLESS_BELOW_BASE: &str = "/serverless";

/// The URL of `server` on the host that `base` names.
pub fn below_base(base: &str, server: Server) -> Result<String> {
    let base = normalize_url(base)?;
    let root = base.strip_suffix(V1BETA1_BELOW_ROOT).unwrap_or(&base);
    let v1beta1 = format!("{root}{V1BETA1_BELOW_ROOT}");
    Ok(match server {
        Server::Dedicated | Server::Iam | Server::Billing => v1beta1,
        Server::V1beta => format!("{root}{V1BETA_BELOW_ROOT}"),
        Server::Serverless => format!("{v1beta1}{SERVERLESS_BELOW_BASE}"),
        Server::IamRoot => root.to_owned(),
    })
}

/// A string that never shows itself in `Debug` or `Display`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// The API servers; each operation belongs to one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Server {
    Dedicated,
    Iam,
    Billing,
    /// The older v1beta API (backups, restores, creating projects).
    V1beta,
    /// Starter and Essential clusters.
    Serverless,
    /// The IAM host's root, outside `/v1beta1`: MSP customers and their
    /// sign-up URLs. Always the IAM endpoint without its `/v1beta1`.
    IamRoot,
}

#[derive(Debug, Clone)]
pub struct Endpoints {
    pub dedicated: String,
    pub iam: String,
    pub billing: String,
    pub v1beta: String,
    pub serverless: String,
    /// The IAM endpoint's host root (`iam` without its `/v1beta1`).
    pub iam_root: String,
}

impl Endpoints {
    pub fn base(&self, server: Server) -> &str {
        match server {
            Server::Dedicated => &self.dedicated,
            Server::Iam => &self.iam,
            Server::Billing => &self.billing,
            Server::V1beta => &self.v1beta,
            Server::Serverless => &self.serverless,
            Server::IamRoot => &self.iam_root,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Config {
    pub public_key: String,
    pub private_key: Secret,
    pub endpoints: Endpoints,
    /// Total time for one attempt (connect, send, receive).
    pub timeout: Duration,
    pub connect_timeout: Duration,
    pub max_retries: u32,
    /// Optional pacing in requests per minute, on top of the server's own headers.
    pub rate_limit: Option<f64>,
    /// PEM file with extra trusted CA certificates.
    pub ca_bundle: Option<String>,
    pub verify_tls: bool,
    /// A proxy for every request (its URL may hold a password).
    pub proxy: Option<Secret>,
    /// Whether `HTTP(S)_PROXY`, `ALL_PROXY` and `NO_PROXY` apply.
    pub trust_env: bool,
    /// Most connections open at once; calls beyond it wait for one.
    pub max_connections: usize,
    /// Most bytes one answer may hold.
    pub max_response_bytes: u64,
}

pub const DEFAULT_MAX_CONNECTIONS: usize = 100;
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 64 * 1024 * 1024;

/// What the caller passed; `None` means "not given, look further".
#[derive(Debug, Default, Clone)]
pub struct Settings {
    pub public_key: Option<String>,
    pub private_key: Option<Secret>,
    pub base_url: Option<String>,
    pub dedicated_url: Option<String>,
    pub iam_url: Option<String>,
    pub billing_url: Option<String>,
    pub v1beta_url: Option<String>,
    pub serverless_url: Option<String>,
    pub timeout: Option<f64>,
    pub connect_timeout: Option<f64>,
    pub max_retries: Option<u32>,
    pub rate_limit: Option<f64>,
    pub ca_bundle: Option<String>,
    pub verify_tls: Option<bool>,
    pub proxy: Option<Secret>,
    pub trust_env: Option<bool>,
    pub max_connections: Option<i64>,
    pub max_response_bytes: Option<i64>,
}

pub const PUBLIC_KEY_VARS: [&str; 2] = ["TIDBCLOUD_PUBLIC_KEY", "TIDB_CLOUD_PUBLIC_KEY"];
pub const PRIVATE_KEY_VARS: [&str; 2] = ["TIDBCLOUD_PRIVATE_KEY", "TIDB_CLOUD_PRIVATE_KEY"];

impl Config {
    /// Resolve settings against the process environment.
    pub fn from_settings(s: Settings) -> Result<Config> {
        Self::resolve(s, &|k| std::env::var(k).ok())
    }

    /// Resolve settings against `env` (injectable so tests need not touch the process).
    pub fn resolve(s: Settings, env: &dyn Fn(&str) -> Option<String>) -> Result<Config> {
        let env_nonempty = |k: &str| env(k).filter(|v| !v.trim().is_empty());
        let first_env = |vars: &[&str]| vars.iter().find_map(|k| env_nonempty(k));

        let public_key = match s.public_key {
            Some(k) => nonempty_arg("public_key", k)?,
            None => first_env(&PUBLIC_KEY_VARS).ok_or_else(|| {
                Error::Config(format!(
                    "no public key: pass public_key= or set {} (or {})",
                    PUBLIC_KEY_VARS[0], PUBLIC_KEY_VARS[1]
                ))
            })?,
        };
        let private_key = match s.private_key {
            Some(k) => Secret::new(nonempty_arg("private_key", k.expose().to_owned())?),
            None => Secret::new(first_env(&PRIVATE_KEY_VARS).ok_or_else(|| {
                Error::Config(format!(
                    "no private key: pass private_key= or set {} (or {})",
                    PRIVATE_KEY_VARS[0], PRIVATE_KEY_VARS[1]
                ))
            })?),
        };

        // Order per server: its own argument, base_url=, its own variable,
        // TIDBCLOUD_BASE_URL, the default. So `base_url=mock.url` always reaches the mock.
        let base_env = env_nonempty("TIDBCLOUD_BASE_URL");
        let pick =
            |arg: Option<String>, server: Server, var: &str, default: &str| -> Result<String> {
                if let Some(url) = arg {
                    return normalize_url(&url);
                }
                if let Some(base) = &s.base_url {
                    return below_base(base, server);
                }
                if let Some(url) = env_nonempty(var) {
                    return normalize_url(&url);
                }
                match &base_env {
                    Some(base) => below_base(base, server),
                    None => Ok(default.to_owned()),
                }
            };
        let iam = pick(
            s.iam_url.clone(),
            Server::Iam,
            "TIDBCLOUD_IAM_ENDPOINT",
            DEFAULT_IAM_URL,
        )?;
        let endpoints = Endpoints {
            iam_root: iam
                .strip_suffix(V1BETA1_BELOW_ROOT)
                .unwrap_or(&iam)
                .to_owned(),
            dedicated: pick(
                s.dedicated_url.clone(),
                Server::Dedicated,
                "TIDBCLOUD_DEDICATED_ENDPOINT",
                DEFAULT_DEDICATED_URL,
            )?,
            iam,
            billing: pick(
                s.billing_url.clone(),
                Server::Billing,
                "TIDBCLOUD_BILLING_ENDPOINT",
                DEFAULT_BILLING_URL,
            )?,
            v1beta: pick(
                s.v1beta_url.clone(),
                Server::V1beta,
                "TIDBCLOUD_V1BETA_ENDPOINT",
                DEFAULT_V1BETA_URL,
            )?,
            serverless: pick(
                s.serverless_url.clone(),
                Server::Serverless,
                "TIDBCLOUD_SERVERLESS_ENDPOINT",
                DEFAULT_SERVERLESS_URL,
            )?,
        };

        let timeout = seconds("timeout", s.timeout.unwrap_or(30.0))?;
        let connect_timeout = seconds("connect_timeout", s.connect_timeout.unwrap_or(5.0))?;
        let max_retries = s.max_retries.unwrap_or(2);
        if max_retries > 20 {
            return Err(Error::invalid("max_retries must be between 0 and 20"));
        }
        if let Some(r) = s.rate_limit {
            crate::http::pace_interval(r).map_err(Error::invalid)?;
        }
        let max_connections = match s.max_connections {
            None => DEFAULT_MAX_CONNECTIONS,
            Some(n) if (1..=100_000).contains(&n) => n as usize,
            Some(n) => {
                return Err(Error::invalid(format!(
                    "max_connections must be between 1 and 100000, got {n}"
                )))
            }
        };
        let max_response_bytes = match s.max_response_bytes {
            None => DEFAULT_MAX_RESPONSE_BYTES,
            Some(n) if n >= 1 => n as u64,
            Some(n) => {
                return Err(Error::invalid(format!(
                    "max_response_bytes must be a positive number of bytes, got {n}"
                )))
            }
        };
        let proxy = match s.proxy {
            Some(p) => Some(Secret::new(proxy_url(p.expose())?)),
            None => None,
        };
        Ok(Config {
            public_key,
            private_key,
            endpoints,
            timeout,
            connect_timeout,
            max_retries,
            rate_limit: s.rate_limit,
            ca_bundle: s.ca_bundle,
            verify_tls: s.verify_tls.unwrap_or(true),
            proxy,
            trust_env: s.trust_env.unwrap_or(true),
            max_connections,
            max_response_bytes,
        })
    }
}

fn nonempty_arg(name: &str, v: String) -> Result<String> {
    if v.trim().is_empty() {
        Err(Error::invalid(format!("{name} must not be empty")))
    } else {
        Ok(v)
    }
}

/// Check a proxy URL: http or https with a host. Its text may hold a
/// password, so an error names the option, not the value.
fn proxy_url(raw: &str) -> Result<String> {
    let url = reqwest::Url::parse(raw.trim())
        .map_err(|e| Error::invalid(format!("proxy is not a valid URL: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(Error::invalid(
            "proxy must be an http:// or https:// URL with a host",
        ));
    }
    Ok(raw.trim().to_owned())
}

/// Check a duration in seconds and turn it into a `Duration`.
pub fn seconds(name: &str, v: f64) -> Result<Duration> {
    if v.is_finite() && v > 0.0 && v <= 86_400.0 {
        Ok(Duration::from_secs_f64(v))
    } else {
        Err(Error::invalid(format!(
            "{name} must be a positive number of seconds, got {v}"
        )))
    }
}

/// Validate an endpoint URL and drop a trailing slash.
pub fn normalize_url(raw: &str) -> Result<String> {
    let trimmed = raw.trim().trim_end_matches('/');
    let url = reqwest::Url::parse(trimmed)
        .map_err(|e| Error::invalid(format!("invalid endpoint URL {trimmed:?}: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(Error::invalid(format!(
            "invalid endpoint URL {trimmed:?}: it must be http:// or https:// with a host"
        )));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::invalid(format!(
            "invalid endpoint URL {trimmed:?}: it must not have a query or fragment"
        )));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::invalid(
            "invalid endpoint URL: credentials belong in public_key/private_key, not the URL",
        ));
    }
    Ok(trimmed.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let m: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| m.get(k).cloned()
    }

    #[test]
    fn arguments_beat_environment() {
        let env = env_of(&[
            ("TIDBCLOUD_PUBLIC_KEY", "envpub"),
            ("TIDBCLOUD_PRIVATE_KEY", "envpriv"),
        ]);
        let c = Config::resolve(
            Settings {
                public_key: Some("argpub".into()),
                private_key: Some(Secret::new("argpriv")),
                ..Default::default()
            },
            &env,
        )
        .unwrap();
        assert_eq!(c.public_key, "argpub");
        assert_eq!(c.private_key.expose(), "argpriv");
    }

    #[test]
    fn tidbcloud_vars_beat_tidb_cloud_vars() {
        let env = env_of(&[
            ("TIDBCLOUD_PUBLIC_KEY", "a"),
            ("TIDB_CLOUD_PUBLIC_KEY", "b"),
            ("TIDB_CLOUD_PRIVATE_KEY", "c"),
        ]);
        let c = Config::resolve(Settings::default(), &env).unwrap();
        assert_eq!(c.public_key, "a");
        assert_eq!(c.private_key.expose(), "c");
        assert_eq!(c.endpoints.dedicated, DEFAULT_DEDICATED_URL);
        assert_eq!(c.endpoints.iam, DEFAULT_IAM_URL);
        assert_eq!(c.endpoints.billing, DEFAULT_BILLING_URL);
        assert_eq!(c.endpoints.v1beta, DEFAULT_V1BETA_URL);
        assert_eq!(c.endpoints.serverless, DEFAULT_SERVERLESS_URL);
    }

    #[test]
    fn missing_key_names_both_variables() {
        let env = env_of(&[("TIDBCLOUD_PUBLIC_KEY", "a")]);
        let e = Config::resolve(Settings::default(), &env)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("TIDBCLOUD_PRIVATE_KEY") && e.contains("TIDB_CLOUD_PRIVATE_KEY"),
            "{e}"
        );
    }

    #[test]
    fn base_url_routes_all_servers_and_per_server_overrides_win() {
        let env = env_of(&[
            ("TIDBCLOUD_PUBLIC_KEY", "a"),
            ("TIDBCLOUD_PRIVATE_KEY", "b"),
            ("TIDBCLOUD_IAM_ENDPOINT", "http://env-iam/v1beta1"),
        ]);
        let c = Config::resolve(
            Settings {
                base_url: Some("http://127.0.0.1:9/v1beta1/".into()),
                billing_url: Some("http://bill.example/v1beta1".into()),
                ..Default::default()
            },
            &env,
        )
        .unwrap();
        assert_eq!(c.endpoints.dedicated, "http://127.0.0.1:9/v1beta1");
        assert_eq!(c.endpoints.iam, "http://127.0.0.1:9/v1beta1");
        assert_eq!(c.endpoints.billing, "http://bill.example/v1beta1");
        // The older API at its own path on the same host.
        assert_eq!(c.endpoints.v1beta, "http://127.0.0.1:9/api/v1beta");
        // Starter/Essential paths overlap Dedicated's: below the base, apart.
        assert_eq!(
            c.endpoints.serverless,
            "http://127.0.0.1:9/v1beta1/serverless"
        );
    }

    #[test]
    fn per_server_variables_apply_without_base_url_argument() {
        let env = env_of(&[
            ("TIDBCLOUD_PUBLIC_KEY", "a"),
            ("TIDBCLOUD_PRIVATE_KEY", "b"),
            ("TIDBCLOUD_BASE_URL", "http://base/v1beta1"),
            ("TIDBCLOUD_IAM_ENDPOINT", "http://env-iam/v1beta1"),
        ]);
        let c = Config::resolve(Settings::default(), &env).unwrap();
        assert_eq!(c.endpoints.iam, "http://env-iam/v1beta1");
        assert_eq!(c.endpoints.dedicated, "http://base/v1beta1");
        assert_eq!(c.endpoints.serverless, "http://base/v1beta1/serverless");
        assert_eq!(c.endpoints.v1beta, "http://base/api/v1beta");
        // A host's root names the same places.
        assert_eq!(
            below_base("http://base/", Server::Dedicated).unwrap(),
            "http://base/v1beta1"
        );
        assert_eq!(
            below_base("http://base/p", Server::V1beta).unwrap(),
            "http://base/p/api/v1beta"
        );
        let env = env_of(&[
            ("TIDBCLOUD_PUBLIC_KEY", "a"),
            ("TIDBCLOUD_PRIVATE_KEY", "b"),
            ("TIDBCLOUD_BASE_URL", "http://base/v1beta1"),
            ("TIDBCLOUD_SERVERLESS_ENDPOINT", "http://sl/v1beta1"),
        ]);
        let c = Config::resolve(Settings::default(), &env).unwrap();
        assert_eq!(c.endpoints.serverless, "http://sl/v1beta1");
    }

    #[test]
    fn bad_values_are_rejected() {
        let env = env_of(&[
            ("TIDBCLOUD_PUBLIC_KEY", "a"),
            ("TIDBCLOUD_PRIVATE_KEY", "b"),
        ]);
        for s in [
            Settings {
                base_url: Some("ftp://x".into()),
                ..Default::default()
            },
            Settings {
                base_url: Some("not a url".into()),
                ..Default::default()
            },
            Settings {
                base_url: Some("http://u:p@host/".into()),
                ..Default::default()
            },
            Settings {
                timeout: Some(0.0),
                ..Default::default()
            },
            Settings {
                timeout: Some(f64::NAN),
                ..Default::default()
            },
            Settings {
                rate_limit: Some(-1.0),
                ..Default::default()
            },
            Settings {
                rate_limit: Some(1e-18),
                ..Default::default()
            },
            Settings {
                public_key: Some("  ".into()),
                ..Default::default()
            },
            Settings {
                max_connections: Some(0),
                ..Default::default()
            },
            Settings {
                max_response_bytes: Some(-1),
                ..Default::default()
            },
            Settings {
                proxy: Some(Secret::new("ftp://user:hunter2@proxy")),
                ..Default::default()
            },
        ] {
            assert!(matches!(
                Config::resolve(s, &env),
                Err(Error::InvalidArgument(_))
            ));
        }
    }

    #[test]
    fn secret_debug_hides_value() {
        let s = Secret::new("topsecret");
        assert!(!format!("{s:?}").contains("topsecret"));
    }
}
