//! Paging with the same filters on every page. The current servers page by
//! token: follow `nextPageToken` until it is empty; a token that comes back
//! twice is an error, not a loop. The older v1beta API pages by number
//! (`page`, `page_size`, and `total` in each answer): ask for the next page
//! until `total` items have come or a page comes back short.

use super::Api;
use crate::error::{Error, Result};
use crate::http::{Body, Request};
use crate::operations::{Operation, Paging};
use serde_json::Value;
use std::collections::HashSet;

/// A list operation: its first-page request, the key of the items in each
/// page, and how pages follow one another.
#[derive(Debug, Clone)]
pub struct ListSpec {
    pub request: Request,
    pub items_key: &'static str,
    pub paging: Paging,
}

impl ListSpec {
    /// The list of `op`, from its first-page request.
    pub fn of(op: &'static Operation, request: Request) -> ListSpec {
        ListSpec {
            request,
            items_key: op.items_key.unwrap_or("items"),
            paging: op.paging,
        }
    }
}

#[derive(Clone)]
pub struct Paginator {
    spec: ListSpec,
    next: Option<String>,
    seen: HashSet<String>,
    done: bool,
    /// For numbered paging: the next page, and how many items came so far.
    page: u64,
    received: u64,
}

/// The v1beta API's default page size.
const V1BETA_PAGE_SIZE: u64 = 10;

impl Paginator {
    pub fn new(spec: ListSpec, page_token: Option<String>) -> Self {
        let mut seen = HashSet::new();
        if let Some(t) = &page_token {
            seen.insert(t.clone());
        }
        Paginator {
            spec,
            next: page_token.filter(|t| !t.is_empty()),
            seen,
            done: false,
            page: 1,
            received: 0,
        }
    }

    fn numbered(&self) -> bool {
        self.spec.paging == Paging::Numbered
    }

    async fn next_numbered(&mut self, api: &Api) -> Result<Option<Value>> {
        let mut req = self.spec.request.clone();
        let size = req
            .query
            .iter()
            .find(|(k, _)| k == "page_size")
            .and_then(|(_, v)| v.parse::<u64>().ok())
            .unwrap_or(V1BETA_PAGE_SIZE);
        req.query.push(("page".into(), self.page.to_string()));
        let mut page = api.send(req).await?;
        if !page.is_object() {
            self.done = true;
            return Err(not_json(self.spec.items_key, crate::http::kind_of(&page)));
        }
        let count = count(&page, self.spec.items_key) as u64;
        let total = page.get("total").and_then(|t| {
            t.as_u64()
                .or_else(|| t.as_str().and_then(|s| s.parse().ok()))
        });
        self.received += count;
        self.page += 1;
        self.done = count < size || total.is_some_and(|t| self.received >= t);
        if page.get(self.spec.items_key).is_none() {
            if let Some(o) = page.as_object_mut() {
                o.insert(self.spec.items_key.into(), Value::Array(Vec::new()));
            }
        }
        Ok(Some(page))
    }

    /// Whether the last page has been returned.
    pub fn is_done(&self) -> bool {
        self.done
    }

    pub fn items_key(&self) -> &'static str {
        self.spec.items_key
    }

    /// The next page's body, or `None` once the last page has been returned.
    pub async fn next_page(&mut self, api: &Api) -> Result<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        if self.numbered() {
            return self.next_numbered(api).await;
        }
        let page: Value = api.send(self.request()).await?;
        self.advance(scan_value(&page, self.spec.items_key))?;
        Ok(Some(page))
    }

    /// The next page as it came (its bytes, unparsed, when it is one JSON
    /// object), or `None` once the last page has been returned.
    pub async fn next_body(&mut self, api: &Api) -> Result<Option<Page>> {
        if self.done {
            return Ok(None);
        }
        if self.numbered() {
            return Ok(self.next_numbered(api).await?.map(|v| Page {
                items: count(&v, self.spec.items_key),
                body: Body::Value(v),
            }));
        }
        let body: Body = api.send_as(self.request()).await?;
        let scanned = match &body {
            Body::Json(bytes) => scan(bytes, self.spec.items_key),
            Body::Value(v) => scan_value(v, self.spec.items_key),
        };
        let items = self.advance(scanned)?;
        Ok(Some(Page { body, items }))
    }

    /// The next page's request: the first page's, with the token to go on from.
    fn request(&self) -> Request {
        let mut req = self.spec.request.clone();
        if let Some(t) = &self.next {
            req.query.push(("pageToken".into(), t.clone()));
        }
        req
    }

    /// Move on past a page, as its scan says; its item count.
    fn advance(&mut self, scanned: std::result::Result<Scan, String>) -> Result<usize> {
        let key = self.spec.items_key;
        let scanned = scanned.map_err(|e| {
            self.done = true;
            not_json(key, &e)
        })?;
        let items = scanned.items.map_err(|kind| {
            self.done = true;
            not_a_list(key, kind)
        })?;
        match scanned.token.filter(|t| !t.is_empty()) {
            None => {
                self.done = true;
                self.next = None;
            }
            Some(t) => {
                if !self.seen.insert(t.clone()) {
                    self.done = true;
                    return Err(Error::Pagination(format!(
                        "the server returned page token {t:?} twice while listing {key}; \
                         stopping instead of looping"
                    )));
                }
                self.next = Some(t);
            }
        }
        Ok(items)
    }
}

/// A page as it came, and how many items it holds.
pub struct Page {
    pub body: Body,
    pub items: usize,
}

fn count(page: &Value, key: &str) -> usize {
    match page.get(key) {
        Some(Value::Array(a)) => a.len(),
        _ => 0,
    }
}

fn not_json(key: &str, why: &str) -> Error {
    Error::Decode {
        message: format!("a page of {key} is not a JSON object ({why})"),
        status: 200,
        request_id: None,
    }
}

fn not_a_list(key: &str, kind: &str) -> Error {
    Error::Decode {
        message: format!("{key} in a page should be a list, got {kind}"),
        status: 200,
        request_id: None,
    }
}

/// What paging needs from a page: its next token and its item count.
struct Scan {
    token: Option<String>,
    /// The count, or what the items key holds instead of a list.
    items: std::result::Result<usize, &'static str>,
}

/// The token and item count of a page already parsed.
fn scan_value(page: &Value, key: &str) -> std::result::Result<Scan, String> {
    if !page.is_object() {
        return Err(crate::http::kind_of(page).to_owned());
    }
    Ok(Scan {
        token: page
            .get("nextPageToken")
            .and_then(Value::as_str)
            .map(str::to_owned),
        items: match page.get(key) {
            None | Some(Value::Null) => Ok(0),
            Some(Value::Array(a)) => Ok(a.len()),
            Some(other) => Err(crate::http::kind_of(other)),
        },
    })
}

/// Read the token and count the items without building the page.
fn scan(bytes: &[u8], key: &str) -> std::result::Result<Scan, String> {
    use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
    use std::fmt;

    struct Top<'k>(&'k str);
    impl<'de> DeserializeSeed<'de> for Top<'_> {
        type Value = Scan;
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Scan, D::Error> {
            d.deserialize_map(self)
        }
    }
    impl<'de> Visitor<'de> for Top<'_> {
        type Value = Scan;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a JSON object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> std::result::Result<Scan, A::Error> {
            let mut out = Scan {
                token: None,
                items: Ok(0),
            };
            while let Some(k) = m.next_key::<std::borrow::Cow<'de, str>>()? {
                if k == self.0 {
                    out.items = m.next_value::<Items>()?.0;
                } else if k == "nextPageToken" {
                    // A token that is not a string ends the listing, as a `Value` would.
                    out.token = m.next_value::<Token>()?.0;
                } else {
                    m.next_value::<IgnoredAny>()?;
                }
            }
            Ok(out)
        }
    }

    struct Items(std::result::Result<usize, &'static str>);
    impl<'de> serde::Deserialize<'de> for Items {
        fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
            d.deserialize_any(ItemsVisitor)
        }
    }
    struct ItemsVisitor;
    impl<'de> Visitor<'de> for ItemsVisitor {
        type Value = Items;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a list")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> std::result::Result<Items, A::Error> {
            let mut n = 0;
            while s.next_element::<IgnoredAny>()?.is_some() {
                n += 1;
            }
            Ok(Items(Ok(n)))
        }
        fn visit_unit<E>(self) -> std::result::Result<Items, E> {
            Ok(Items(Ok(0)))
        }
        fn visit_bool<E>(self, _: bool) -> std::result::Result<Items, E> {
            Ok(Items(Err("a boolean")))
        }
        fn visit_i64<E>(self, _: i64) -> std::result::Result<Items, E> {
            Ok(Items(Err("a number")))
        }
        fn visit_u64<E>(self, _: u64) -> std::result::Result<Items, E> {
            Ok(Items(Err("a number")))
        }
        fn visit_f64<E>(self, _: f64) -> std::result::Result<Items, E> {
            Ok(Items(Err("a number")))
        }
        fn visit_str<E>(self, _: &str) -> std::result::Result<Items, E> {
            Ok(Items(Err("a string")))
        }
        fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> std::result::Result<Items, A::Error> {
            while m.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            Ok(Items(Err("an object")))
        }
    }

    struct Token(Option<String>);
    impl<'de> serde::Deserialize<'de> for Token {
        fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
            let v = serde_json::Value::deserialize(d)?;
            Ok(Token(v.as_str().map(str::to_owned)))
        }
    }

    let mut de = serde_json::Deserializer::from_slice(bytes);
    let scan = Top(key).deserialize(&mut de).map_err(|e| e.to_string())?;
    de.end().map_err(|e| e.to_string())?;
    Ok(scan)
}

/// Take the items out of a page body; a missing key is an empty page.
pub fn take_items(page: &mut Value, key: &str) -> Result<Vec<Value>> {
    match page.get_mut(key).map(Value::take) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => Ok(items),
        Some(other) => Err(Error::Decode {
            message: format!(
                "{key} in a page should be a list, got {}",
                crate::http::kind_of(&other)
            ),
            status: 200,
            request_id: None,
        }),
    }
}
