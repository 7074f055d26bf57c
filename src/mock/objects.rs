//! The mock's own object storage, where the service would use a bucket: the
//! parts of local-file uploads, kept on disk in a directory of the server's
//! own, and the presigned URLs that reach them and the files of exports.
//! A URL is signed with a secret of this server and expires; it carries no
//! other credentials, as S3's presigned URLs do not.

use super::auth::random_hex;
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

/// Where object URLs live, apart from every API path.
pub const PREFIX: &str = "/_objects/";

/// How long an upload URL works, in seconds (as the service's do).
pub const UPLOAD_URL_SECONDS: u64 = 3600;
/// How long a download URL works, in seconds.
pub const DOWNLOAD_URL_SECONDS: u64 = 3600;

pub struct Objects {
    /// `http://host:port`, the origin the URLs point at.
    origin: String,
    secret: String,
    /// Upload parts, one file each; removed with the server.
    dir: PathBuf,
}

/// Why an object request is refused: an HTTP status, an S3 error code and a message.
pub type Refusal = (u16, &'static str, String);

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

impl Objects {
    pub fn new(origin: String) -> std::io::Result<Objects> {
        let dir = std::env::temp_dir().join(format!(
            "tidbcloud-mock-{}-{}",
            std::process::id(),
            random_hex(6)
        ));
        std::fs::create_dir_all(&dir)?;
        Ok(Objects {
            origin,
            secret: random_hex(16),
            dir,
        })
    }

    fn signature(&self, method: &str, path: &str, expires: u64, nonce: &str) -> String {
        let mut h = Sha256::new();
        for part in [
            self.secret.as_bytes(),
            method.as_bytes(),
            path.as_bytes(),
            nonce.as_bytes(),
        ] {
            h.update(part);
            h.update([0]);
        }
        h.update(expires.to_string().as_bytes());
        super::auth::hex(&h.finalize())
    }

    /// A URL that lets `method` reach `key` (below `PREFIX`) for `seconds`.
    pub fn signed_url(&self, method: &str, key: &str, seconds: u64) -> String {
        let path = format!("{PREFIX}{key}");
        let expires = unix_now() + seconds;
        // Each URL its own, as two asked for at once are two grants.
        let nonce = random_hex(8);
        let sig = self.signature(method, &path, expires, &nonce);
        format!(
            "{}{path}?X-Amz-Expires={seconds}&X-Expires-At={expires}&X-Nonce={nonce}\
             &X-Amz-Signature={sig}",
            self.origin
        )
    }

    /// Whether `query` signs `method` on `path` and has not expired.
    pub fn check(&self, method: &str, path: &str, query: &str) -> Result<(), Refusal> {
        let mut expires = None;
        let mut sig = None;
        let mut nonce = String::new();
        for (k, v) in form_urlencoded::parse(query.as_bytes()) {
            match k.as_ref() {
                "X-Expires-At" => expires = v.parse::<u64>().ok(),
                "X-Amz-Signature" => sig = Some(v.into_owned()),
                "X-Nonce" => nonce = v.into_owned(),
                _ => {}
            }
        }
        let (Some(expires), Some(sig)) = (expires, sig) else {
            return Err((
                403,
                "AccessDenied",
                "the request is not signed: use the URL as the service gave it".into(),
            ));
        };
        if sig != self.signature(method, path, expires, &nonce) {
            return Err((
                403,
                "SignatureDoesNotMatch",
                "the signature does not match this request".into(),
            ));
        }
        if unix_now() > expires {
            return Err((403, "AccessDenied", "Request has expired".into()));
        }
        Ok(())
    }

    /// The file holding part `n` of upload `id`.
    pub fn part_path(&self, upload_id: &str, n: u32) -> PathBuf {
        self.dir.join(format!("{upload_id}.part{n:05}"))
    }

    /// Remove every part of upload `id` there is.
    pub fn remove_parts(&self, upload_id: &str, parts: u32) {
        for n in 1..=parts {
            let _ = std::fs::remove_file(self.part_path(upload_id, n));
        }
    }
}

impl Drop for Objects {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
