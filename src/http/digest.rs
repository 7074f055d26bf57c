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
    use md5::Md5;
    use sha2::{Digest, Sha256};

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// RFC 7616 section 3.4.1 (qop=auth), written out here rather than taken
    /// from the crate the cache uses, so that it can check that crate's answers.
    fn expected_response(
        algorithm: &str,
        parts: [&str; 8], // user, realm, password, method, uri, nonce, nc, cnonce
    ) -> String {
        let [user, realm, password, method, uri, nonce, nc, cnonce] = parts;
        let h = |s: String| match algorithm {
            "MD5" => hex(&Md5::digest(s.as_bytes())),
            "SHA-256" => hex(&Sha256::digest(s.as_bytes())),
            other => panic!("no vector for {other}"),
        };
        let ha1 = h(format!("{user}:{realm}:{password}"));
        let ha2 = h(format!("{method}:{uri}"));
        h(format!("{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}"))
    }

    /// The `name=value` pairs of an `Authorization: Digest ...` value, unquoted.
    fn fields(header: &str) -> HashMap<String, String> {
        let rest = header.strip_prefix("Digest ").expect("a Digest header");
        let mut out = HashMap::new();
        let mut s = rest.trim();
        while let Some(eq) = s.find('=') {
            let name = s[..eq].trim().trim_start_matches(',').trim().to_owned();
            let after = &s[eq + 1..];
            let (value, next) = match after.strip_prefix('"') {
                Some(q) => {
                    let end = q.find('"').expect("a closing quote");
                    (q[..end].to_owned(), &q[end + 1..])
                }
                None => {
                    let end = after.find(',').unwrap_or(after.len());
                    (after[..end].trim().to_owned(), &after[end..])
                }
            };
            out.insert(name, value);
            s = next.trim_start_matches(',').trim();
        }
        out
    }

    /// Sign one request through `DigestCache::authorize`, as the transport does,
    /// after the cache has stored `challenge` (parsed as it arrives on the wire).
    fn signed_by_cache(challenge: &str, user: &str, pw: &str) -> HashMap<String, String> {
        let cache = DigestCache::default();
        cache.store(
            "http://example.org",
            Challenge::find([challenge].into_iter()).expect("a challenge"),
        );
        let signed = cache
            .authorize("http://example.org", "GET", "/dir/index.html", user, pw)
            .expect("a signed request");
        fields(&signed.header)
    }

    /// RFC 2617 section 3.5 and RFC 7616 section 3.9.1: the cache's header
    /// carries the vector's fields, and its response is the RFC's computation
    /// for the cnonce it chose. The RFC's own response anchors that computation.
    fn check_vector(
        challenge: &str,
        user: &str,
        pw: &str,
        realm: &str,
        algorithm: &str,
        rfc: (&str, &str),
    ) {
        let (rfc_cnonce, rfc_response) = rfc;
        let f = signed_by_cache(challenge, user, pw);
        let nonce = f["nonce"].clone();
        let at = |cnonce: &str| {
            expected_response(
                algorithm,
                [
                    user,
                    realm,
                    pw,
                    "GET",
                    "/dir/index.html",
                    &nonce,
                    "00000001",
                    cnonce,
                ],
            )
        };
        assert_eq!(
            at(rfc_cnonce),
            rfc_response,
            "the computation meets the RFC"
        );
        assert_eq!(f["username"], user);
        assert_eq!(f["realm"], realm);
        assert_eq!(f["uri"], "/dir/index.html");
        assert_eq!(f["qop"], "auth");
        assert_eq!(f["nc"], "00000001");
        assert!(
            f.get("algorithm")
                .map_or(algorithm == "MD5", |a| a == algorithm),
            "{f:?}"
        );
        assert!(!f["cnonce"].is_empty());
        assert_eq!(f["response"], at(&f["cnonce"]), "{f:?}");
    }

    #[test]
    fn rfc2617_md5_vector_through_the_cache() {
        check_vector(
            r#"Digest realm="testrealm@host.com", qop="auth", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41""#,
            "Mufasa",
            "Circle Of Life",
            "testrealm@host.com",
            "MD5",
            ("0a4f113b", "6629fae49393a05397450978507c4ef1"),
        );
    }

    #[test]
    fn rfc7616_vectors_through_the_cache() {
        let base = r#"realm="http-auth@example.org", qop="auth", nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS""#;
        let cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
        check_vector(
            &format!("Digest {base}, algorithm=MD5"),
            "Mufasa",
            "Circle of Life",
            "http-auth@example.org",
            "MD5",
            (cnonce, "8ca523f5e9506fed4657c9700eebdbec"),
        );
        // Lower case, as some servers send it: the cache must still sign SHA-256.
        check_vector(
            &format!("digest {base}, algorithm=sha-256"),
            "Mufasa",
            "Circle of Life",
            "http-auth@example.org",
            "SHA-256",
            (
                cnonce,
                "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1",
            ),
        );
    }

    #[test]
    fn the_opaque_goes_back_unchanged() {
        let f = signed_by_cache(
            r#"Digest realm="r", qop="auth", nonce="n", opaque="5ccc069c403ebaf9f0171e9517f40e41""#,
            "u",
            "p",
        );
        assert_eq!(f["opaque"], "5ccc069c403ebaf9f0171e9517f40e41");
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
