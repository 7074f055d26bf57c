//! TLS settings shared by every connection pool: the trusted roots are loaded
//! once (per process for the default settings, per client with `ca_bundle=`),
//! not once per thread's pool.

use crate::config::Config;
use crate::error::{Error, Result};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;
use std::sync::{Arc, OnceLock};

static DEFAULT: OnceLock<Arc<rustls::ClientConfig>> = OnceLock::new();

/// The TLS settings for `config`; `None` when verification is turned off.
pub fn client_config(config: &Config) -> Result<Option<Arc<rustls::ClientConfig>>> {
    if !config.verify_tls {
        return Ok(None);
    }
    let Some(path) = &config.ca_bundle else {
        if let Some(c) = DEFAULT.get() {
            return Ok(Some(c.clone()));
        }
        let c = build(Vec::new())?;
        return Ok(Some(DEFAULT.get_or_init(|| c).clone()));
    };
    let pem = std::fs::read(path)
        .map_err(|e| Error::Config(format!("cannot read CA bundle {path:?}: {e}")))?;
    let roots = CertificateDer::pem_slice_iter(&pem)
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| Error::Config(format!("invalid CA bundle {path:?}: {e}")))?;
    if roots.is_empty() {
        return Err(Error::Config(format!(
            "invalid CA bundle {path:?}: it holds no certificate"
        )));
    }
    build(roots).map(Some)
}

/// The platform's trusted roots plus `extra`, checked by one shared verifier.
fn build(extra: Vec<CertificateDer<'static>>) -> Result<Arc<rustls::ClientConfig>> {
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let verifier =
        rustls_platform_verifier::Verifier::new_with_extra_roots(extra, provider.clone())
            .map_err(|e| Error::Config(format!("cannot set up TLS verification: {e}")))?;
    let mut tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::Config(format!("cannot set up TLS: {e}")))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    tls.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Arc::new(tls))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;

    fn config(ca: Option<String>, verify: bool) -> Config {
        Config::from_settings(Settings {
            public_key: Some("pk".into()),
            private_key: Some(crate::config::Secret::new("sk")),
            ca_bundle: ca,
            verify_tls: Some(verify),
            ..Default::default()
        })
        .unwrap()
    }

    #[test]
    fn default_settings_share_one_config_across_threads() {
        let a = client_config(&config(None, true)).unwrap().unwrap();
        let b = std::thread::spawn(|| client_config(&config(None, true)).unwrap().unwrap())
            .join()
            .unwrap();
        assert!(Arc::ptr_eq(&a, &b));
        assert!(client_config(&config(None, false)).unwrap().is_none());
    }

    #[test]
    fn a_bundle_without_certificates_is_refused() {
        let path = std::env::temp_dir().join(format!("tidbcloud-empty-{}.pem", std::process::id()));
        std::fs::write(&path, b"not a certificate").unwrap();
        let err = client_config(&config(Some(path.display().to_string()), true)).unwrap_err();
        std::fs::remove_file(&path).ok();
        assert!(err.to_string().contains("no certificate"), "{err}");
    }
}
