//! The mock's digest verifier (RFC 7616, qop=auth, MD5 or SHA-256). Written
//! independently of the client's digest code so that it catches the client's
//! mistakes instead of repeating them.

use md5::Md5;
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    Md5,
    Sha256,
}

impl Algorithm {
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Md5 => "MD5",
            Algorithm::Sha256 => "SHA-256",
        }
    }
    fn hash(self, data: &str) -> String {
        match self {
            Algorithm::Md5 => hex(&Md5::digest(data.as_bytes())),
            Algorithm::Sha256 => hex(&Sha256::digest(data.as_bytes())),
        }
    }
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn random_hex(n_bytes: usize) -> String {
    let mut buf = vec![0u8; n_bytes];
    rand::thread_rng().fill_bytes(&mut buf);
    hex(&buf)
}

struct NonceInfo {
    issued: Instant,
    expired: bool,
    used_nc: HashSet<u32>,
}

pub struct NonceStore {
    realm: String,
    opaque: String,
    algorithm: Algorithm,
    ttl: Duration,
    nonces: HashMap<String, NonceInfo>,
}

/// Why a request was not let in.
#[derive(Debug, PartialEq, Eq)]
pub enum Denied {
    /// No or unusable credentials: answer with a fresh challenge.
    Challenge(String),
    /// Right credentials, old nonce: a fresh challenge with `stale=true`.
    Stale,
}

impl NonceStore {
    pub fn new(realm: &str, algorithm: Algorithm, ttl: Duration) -> Self {
        NonceStore {
            realm: realm.to_owned(),
            opaque: random_hex(16),
            algorithm,
            ttl,
            nonces: HashMap::new(),
        }
    }

    /// A `WWW-Authenticate` value with a newly issued nonce.
    pub fn challenge(&mut self, stale: bool, now: Instant) -> String {
        if self.nonces.len() > 50_000 {
            let ttl = self.ttl;
            self.nonces
                .retain(|_, n| !n.expired && now.duration_since(n.issued) < ttl);
        }
        let nonce = random_hex(16);
        self.nonces.insert(
            nonce.clone(),
            NonceInfo {
                issued: now,
                expired: false,
                used_nc: HashSet::new(),
            },
        );
        format!(
            r#"Digest realm="{}", qop="auth", nonce="{}", opaque="{}", algorithm={}{}"#,
            self.realm,
            nonce,
            self.opaque,
            self.algorithm.name(),
            if stale { ", stale=true" } else { "" }
        )
    }

    pub fn expire_all(&mut self) {
        for n in self.nonces.values_mut() {
            n.expired = true;
        }
    }

    /// Check an `Authorization` header. `lookup` gives the secret of a username.
    /// Returns the username on success.
    pub fn verify(
        &mut self,
        header: Option<&str>,
        method: &str,
        request_uri: &str,
        lookup: impl Fn(&str) -> Option<String>,
        now: Instant,
    ) -> Result<String, Denied> {
        let header =
            header.ok_or_else(|| Denied::Challenge("missing Authorization header".into()))?;
        let rest = header
            .trim_start()
            .strip_prefix("Digest ")
            .or_else(|| header.trim_start().strip_prefix("digest "))
            .ok_or_else(|| Denied::Challenge("the Authorization scheme must be Digest".into()))?;
        let p = parse_params(rest)
            .ok_or_else(|| Denied::Challenge("malformed Authorization header".into()))?;
        let get = |k: &str| p.get(k).map(String::as_str);
        let need = |k: &'static str| {
            get(k).ok_or_else(|| Denied::Challenge(format!("Authorization lacks {k}")))
        };
        let username = need("username")?;
        let realm = need("realm")?;
        let nonce = need("nonce")?;
        let uri = need("uri")?;
        let response = need("response")?;
        let qop = need("qop")?;
        let nc_text = need("nc")?;
        let cnonce = need("cnonce")?;
        if realm != self.realm {
            return Err(Denied::Challenge("wrong realm".into()));
        }
        if qop != "auth" {
            return Err(Denied::Challenge("qop must be auth".into()));
        }
        let algorithm = match get("algorithm") {
            None => Algorithm::Md5,
            Some(a) if a.eq_ignore_ascii_case("MD5") => Algorithm::Md5,
            Some(a) if a.eq_ignore_ascii_case("SHA-256") => Algorithm::Sha256,
            Some(a) => return Err(Denied::Challenge(format!("unsupported algorithm {a}"))),
        };
        if algorithm != self.algorithm {
            return Err(Denied::Challenge(format!(
                "this server expects algorithm {}",
                self.algorithm.name()
            )));
        }
        if get("opaque").is_some_and(|o| o != self.opaque) {
            return Err(Denied::Stale);
        }
        if uri != request_uri {
            return Err(Denied::Challenge(format!(
                "the signed uri {uri:?} is not the request target {request_uri:?}"
            )));
        }
        let nc = (nc_text.len() == 8)
            .then(|| u32::from_str_radix(nc_text, 16).ok())
            .flatten()
            .ok_or_else(|| Denied::Challenge("nc must be 8 hex digits".into()))?;
        let secret = lookup(username).ok_or_else(|| Denied::Challenge("unknown API key".into()))?;
        let h = |s: &str| algorithm.hash(s);
        let ha1 = h(&format!("{username}:{realm}:{secret}"));
        let ha2 = h(&format!("{method}:{uri}"));
        let expected = h(&format!("{ha1}:{nonce}:{nc_text}:{cnonce}:{qop}:{ha2}"));
        if !constant_time_eq(
            expected.as_bytes(),
            response.to_ascii_lowercase().as_bytes(),
        ) {
            return Err(Denied::Challenge("wrong digest response".into()));
        }
        // The digest is right; now the nonce must be ours, fresh, and the count unused.
        let ttl = self.ttl;
        match self.nonces.get_mut(nonce) {
            Some(info) if !info.expired && now.duration_since(info.issued) < ttl => {
                if !info.used_nc.insert(nc) {
                    return Err(Denied::Stale);
                }
                Ok(username.to_owned())
            }
            _ => Err(Denied::Stale),
        }
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// `k=v, k="quoted, \"v\""` into a map (keys lowercased).
fn parse_params(s: &str) -> Option<HashMap<String, String>> {
    let mut out = HashMap::new();
    let mut chars = s.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace() || *c == ',') {
            chars.next();
        }
        if chars.peek().is_none() {
            return Some(out);
        }
        let mut key = String::new();
        while let Some(&c) = chars.peek() {
            if c == '=' || c.is_whitespace() {
                break;
            }
            key.push(c);
            chars.next();
        }
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        if chars.next() != Some('=') {
            return None;
        }
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let mut value = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next()? {
                    '\\' => value.push(chars.next()?),
                    '"' => break,
                    c => value.push(c),
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == ',' || c.is_whitespace() {
                    break;
                }
                value.push(c);
                chars.next();
            }
        }
        out.insert(key.to_ascii_lowercase(), value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(store: &NonceStore, nonce: &str, nc: &str, uri: &str, pw: &str) -> String {
        let a = store.algorithm;
        let ha1 = a.hash(&format!("u:{}:{pw}", store.realm));
        let ha2 = a.hash(&format!("GET:{uri}"));
        let r = a.hash(&format!("{ha1}:{nonce}:{nc}:c1:auth:{ha2}"));
        format!(
            r#"Digest username="u", realm="{}", nonce="{nonce}", uri="{uri}", qop=auth, nc={nc}, cnonce="c1", response="{r}", opaque="{}", algorithm={}"#,
            store.realm,
            store.opaque,
            a.name()
        )
    }

    fn nonce_of(challenge: &str) -> String {
        parse_params(challenge.strip_prefix("Digest ").unwrap()).unwrap()["nonce"].clone()
    }

    #[test]
    fn verifies_and_rejects() {
        for alg in [Algorithm::Md5, Algorithm::Sha256] {
            let mut s = NonceStore::new("r", alg, Duration::from_secs(60));
            let now = Instant::now();
            let n = nonce_of(&s.challenge(false, now));
            let look = |u: &str| (u == "u").then(|| "pw".to_string());
            let ok = answer(&s, &n, "00000001", "/a?b=1", "pw");
            assert_eq!(
                s.verify(Some(&ok), "GET", "/a?b=1", look, now),
                Ok("u".into())
            );
            // Replay of the same nonce count.
            assert_eq!(
                s.verify(Some(&ok), "GET", "/a?b=1", look, now),
                Err(Denied::Stale)
            );
            // Signed URI must be the request target, query included.
            let other = answer(&s, &n, "00000002", "/a", "pw");
            assert!(matches!(
                s.verify(Some(&other), "GET", "/a?b=1", look, now),
                Err(Denied::Challenge(_))
            ));
            let wrong = answer(&s, &n, "00000003", "/a", "bad");
            assert!(matches!(
                s.verify(Some(&wrong), "GET", "/a", look, now),
                Err(Denied::Challenge(_))
            ));
            // Expired nonce with right credentials: stale.
            s.expire_all();
            let later = answer(&s, &n, "00000004", "/a", "pw");
            assert_eq!(
                s.verify(Some(&later), "GET", "/a", look, now),
                Err(Denied::Stale)
            );
        }
    }

    #[test]
    fn parses_quoted_params() {
        let p = parse_params(r#"a="x, \"y\"", b=tok ,c="""#).unwrap();
        assert_eq!(p["a"], r#"x, "y""#);
        assert_eq!(p["b"], "tok");
        assert_eq!(p["c"], "");
        assert!(parse_params(r#"a="unterminated"#).is_none());
    }
}
