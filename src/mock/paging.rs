//! Opaque, signed page tokens. A token names the last item of the page it ends and
//! the listing it belongs to, so that a forged token, or one reused with other
//! filters, is refused with 400.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::Value;
use sha2::{Digest, Sha256};

pub struct Tokens {
    secret: String,
}

pub struct Page {
    pub items: Vec<Value>,
    pub next_token: Option<String>,
    /// How many items the listing has in all, on every page.
    pub total: usize,
}

impl Tokens {
    pub fn new(secret: String) -> Self {
        Tokens { secret }
    }

    fn sign(&self, payload: &str) -> String {
        let mut h = Sha256::new();
        h.update(self.secret.as_bytes());
        h.update(b"|");
        h.update(payload.as_bytes());
        URL_SAFE_NO_PAD.encode(&h.finalize()[..12])
    }

    fn make(&self, listing: &str, after: u64) -> String {
        let payload = URL_SAFE_NO_PAD.encode(format!("{after}|{listing}"));
        format!("{payload}.{}", self.sign(&payload))
    }

    /// The sort key after which the next page starts.
    fn open(&self, listing: &str, token: &str) -> Option<u64> {
        let (payload, sig) = token.split_once('.')?;
        if self.sign(payload) != sig {
            return None;
        }
        let raw = String::from_utf8(URL_SAFE_NO_PAD.decode(payload).ok()?).ok()?;
        let (after, tok_listing) = raw.split_once('|')?;
        (tok_listing == listing)
            .then(|| after.parse().ok())
            .flatten()
    }

    /// The key after which the page `token` asks for starts (`None` for the
    /// first page), or why the token is refused.
    pub fn after(&self, listing: &str, token: Option<&str>) -> Result<Option<u64>, String> {
        match token.filter(|t| !t.is_empty()) {
            None => Ok(None),
            Some(t) => Some(self.open(listing, t).ok_or_else(|| {
                "pageToken is invalid, expired or belongs to another listing".to_string()
            }))
            .transpose(),
        }
    }

    /// One page of `items` (sorted by their key), for `listing` (path and filters).
    /// Only the items on the page are rendered. `known_total` spares counting
    /// the items past the page.
    pub fn page<T>(
        &self,
        listing: &str,
        items: impl IntoIterator<Item = (u64, T)>,
        page_size: usize,
        token: Option<&str>,
        known_total: Option<usize>,
        render: impl Fn(T) -> Value,
    ) -> Result<Page, String> {
        let after = self.after(listing, token)?;
        let mut total = 0;
        let mut rest = items
            .into_iter()
            .inspect(|_| total += 1)
            .filter(|(k, _)| after.is_none_or(|a| *k > a))
            .peekable();
        let mut page = Vec::with_capacity(page_size.min(100));
        let mut last = None;
        while page.len() < page_size {
            match rest.next() {
                Some((k, v)) => {
                    last = Some(k);
                    page.push(render(v));
                }
                None => break,
            }
        }
        let next_token = match (rest.peek(), last) {
            (Some(_), Some(k)) => Some(self.make(listing, k)),
            _ => None,
        };
        // Count what is left unrendered, for `totalSize`.
        match known_total {
            Some(t) => total = t,
            None => rest.for_each(drop),
        }
        Ok(Page {
            items: page,
            next_token,
            total,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn pages_and_refuses_forgeries() {
        let t = Tokens::new("s".into());
        let items = || (1..=5u64).map(|i| (i * 10, json!(i)));
        let p1 = t.page("L", items(), 2, None, None, |v| v).unwrap();
        assert_eq!(p1.items, vec![json!(1), json!(2)]);
        assert_eq!(p1.total, 5);
        let tok = p1.next_token.unwrap();
        let p2 = t.page("L", items(), 2, Some(&tok), None, |v| v).unwrap();
        assert_eq!(p2.items, vec![json!(3), json!(4)]);
        let p3 = t
            .page("L", items(), 2, p2.next_token.as_deref(), None, |v| v)
            .unwrap();
        assert_eq!(p3.items, vec![json!(5)]);
        assert!(p3.next_token.is_none());
        assert!(t
            .page("other", items(), 2, Some(&tok), None, |v| v)
            .is_err());
        assert!(t
            .page("L", items(), 2, Some("abc.def"), None, |v| v)
            .is_err());
        let forged = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode("0|L"),
            tok.split_once('.').unwrap().1
        );
        assert!(t.page("L", items(), 2, Some(&forged), None, |v| v).is_err());
    }
}
