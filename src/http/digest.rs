//! HTTP Digest auth (RFC 7616 / 2617) on the client side: the challenge is cached
//! per origin and reused with a rising nonce count, so a call after the first costs
//! one HTTP exchange.

use digest_auth::{AuthContext, HttpMethod, WwwAuthenticateHeader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Mutex;

#[derive(Default)]
pub struct DigestCache {
    by_origin: Mutex<HashMap<String, WwwAuthenticateHeader>>,
}

/// The parts of a `WWW-Authenticate: Digest` challenge the transport acts on.
pub struct Challenge {
    pub header: WwwAuthenticateHeader,
}

impl Challenge {
    /// Parse the first Digest challenge among the `WWW-Authenticate` values, if any.
    pub fn find<'a>(values: impl Iterator<Item = &'a str>) -> Option<Challenge> {
        values
            .filter_map(normalize)
            .find_map(|v| WwwAuthenticateHeader::parse(&v).ok())
            .map(|header| Challenge { header })
    }

    pub fn stale(&self) -> bool {
        self.header.stale
    }

    pub fn nonce(&self) -> &str {
        &self.header.nonce
    }
}

/// An `Authorization` value and the nonce it answers.
pub struct Signed {
    pub header: String,
    pub nonce: String,
}

/// The scheme and the algorithm are case-insensitive (RFC 7235, RFC 7616), and
/// servers send `digest ... algorithm="md5"`; the parser wants canonical case.
fn normalize(value: &str) -> Option<String> {
    let v = value.trim();
    let rest = v
        .get(..6)
        .filter(|s| s.eq_ignore_ascii_case("digest"))
        .map(|_| &v[6..])?;
    let lower = rest.to_ascii_lowercase();
    let mut out = format!("Digest{rest}");
    if let Some(at) = lower.find("algorithm=") {
        let start = "Digest".len() + at + "algorithm=".len();
        let tail = &out[start..];
        let quoted = tail.starts_with('"');
        let body = tail.trim_start_matches('"');
        let end = body
            .find(|c: char| c == '"' || c == ',' || c.is_whitespace())
            .unwrap_or(body.len());
        let canonical = match body[..end].to_ascii_uppercase().as_str() {
            "MD5" => "MD5",
            "MD5-SESS" => "MD5-sess",
            "SHA-256" => "SHA-256",
            "SHA-256-SESS" => "SHA-256-sess",
            "SHA-512-256" => "SHA-512-256",
            "SHA-512-256-SESS" => "SHA-512-256-sess",
            _ => return Some(out),
        };
        let value_start = start + usize::from(quoted);
        out.replace_range(value_start..value_start + end, canonical);
    }
    Some(out)
}

impl DigestCache {
    /// The `Authorization` value for a request, from the cached challenge of `origin`.
    /// `None` when no challenge is cached yet (the first request goes out bare).
    pub fn authorize(
        &self,
        origin: &str,
        method: &str,
        uri: &str,
        username: &str,
        password: &str,
    ) -> Option<Signed> {
        let mut map = self.by_origin.lock().unwrap_or_else(|p| p.into_inner());
        let header = map.get_mut(origin)?;
        let ctx = AuthContext {
            username: Cow::Borrowed(username),
            password: Cow::Borrowed(password),
            uri: Cow::Borrowed(uri),
            body: None,
            method: HttpMethod(Cow::Borrowed(method)),
            cnonce: None,
        };
        match header.respond(&ctx) {
            Ok(a) => Some(Signed {
                header: a.to_header_string(),
                nonce: header.nonce.clone(),
            }),
            Err(_) => {
                // A challenge we cannot answer is useless: forget it.
                map.remove(origin);
                None
            }
        }
    }

    pub fn store(&self, origin: &str, challenge: Challenge) {
        let mut map = self.by_origin.lock().unwrap_or_else(|p| p.into_inner());
        map.insert(origin.to_owned(), challenge.header);
    }

    /// The nonce count of the cached challenge (how many times it has been used).
    pub fn nonce_count(&self, origin: &str) -> Option<u32> {
        let map = self.by_origin.lock().unwrap_or_else(|p| p.into_inner());
        map.get(origin).map(|h| h.nc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use digest_auth::AuthorizationHeader;

    fn response_for(
        challenge: &str,
        method: &str,
        uri: &str,
        user: &str,
        pw: &str,
        cnonce: &str,
    ) -> AuthorizationHeader {
        let mut h = WwwAuthenticateHeader::parse(challenge).unwrap();
        let mut ctx = AuthContext::new_with_method(
            user,
            pw,
            uri,
            Option::<&[u8]>::None,
            HttpMethod::from(method),
        );
        ctx.set_custom_cnonce(cnonce);
        h.respond(&ctx).unwrap()
    }

    /// RFC 2617 section 3.5: Mufasa / "Circle Of Life", MD5, qop=auth.
    #[test]
    fn rfc2617_md5_vector() {
        let challenge = r#"Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41""#;
        // Use qop=auth only so the vector matches the RFC text.
        let challenge = challenge.replace("auth,auth-int", "auth");
        let a = response_for(
            &challenge,
            "GET",
            "/dir/index.html",
            "Mufasa",
            "Circle Of Life",
            "0a4f113b",
        );
        assert_eq!(a.response, "6629fae49393a05397450978507c4ef1");
        assert_eq!(a.nc, 1);
    }

    /// RFC 7616 section 3.9.1: the same exchange with MD5 and SHA-256.
    #[test]
    fn rfc7616_vectors() {
        let base = r#"realm="http-auth@example.org", qop="auth", nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS""#;
        let cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
        let md5 = response_for(
            &format!("Digest {base}, algorithm=MD5"),
            "GET",
            "/dir/index.html",
            "Mufasa",
            "Circle of Life",
            cnonce,
        );
        assert_eq!(md5.response, "8ca523f5e9506fed4657c9700eebdbec");
        let sha = response_for(
            &format!("Digest {base}, algorithm=SHA-256"),
            "GET",
            "/dir/index.html",
            "Mufasa",
            "Circle of Life",
            cnonce,
        );
        assert_eq!(
            sha.response,
            "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"
        );
    }

    #[test]
    fn cache_reuses_challenge_with_rising_nonce_count() {
        let cache = DigestCache::default();
        assert!(cache.authorize("http://h", "GET", "/a", "u", "p").is_none());
        let c = Challenge::find(
            [r#"Digest realm="r", qop="auth", nonce="n1", algorithm=MD5"#].into_iter(),
        )
        .unwrap();
        cache.store("http://h", c);
        let first = cache
            .authorize("http://h", "GET", "/a?x=1", "u", "p")
            .unwrap();
        assert_eq!(first.nonce, "n1");
        let first = first.header;
        let second = cache
            .authorize("http://h", "GET", "/a?x=1", "u", "p")
            .unwrap()
            .header;
        assert!(first.contains("nc=00000001"), "{first}");
        assert!(second.contains("nc=00000002"), "{second}");
        assert!(
            first.contains(r#"uri="/a?x=1""#),
            "the full URI with its query is signed: {first}"
        );
        assert_eq!(cache.nonce_count("http://h"), Some(2));
        assert!(cache
            .authorize("http://other", "GET", "/a", "u", "p")
            .is_none());
    }

    #[test]
    fn lowercase_scheme_and_algorithm_are_understood() {
        let c = Challenge::find(
            [r#"digest nonce="n", qop="auth", algorithm="md5", realm="r""#].into_iter(),
        )
        .unwrap();
        assert_eq!(c.header.realm, "r");
        let c = Challenge::find([r#"DIGEST realm="r", nonce="n", algorithm=sha-256"#].into_iter())
            .unwrap();
        assert_eq!(c.header.algorithm.to_string(), "SHA-256");
    }

    #[test]
    fn finds_digest_among_other_schemes_and_reads_stale() {
        let c = Challenge::find(
            [
                "Basic realm=\"x\"",
                r#"Digest realm="r", nonce="n", qop="auth", stale=true"#,
            ]
            .into_iter(),
        )
        .unwrap();
        assert!(c.stale());
        assert!(Challenge::find(["Basic realm=\"x\""].into_iter()).is_none());
        assert!(Challenge::find(["Digest garbage"].into_iter()).is_none());
    }
}
