//! A list's answer: one page of items under the list's key, with the next
//! page's token and, for some lists, the total.

use super::context::Ctx;
use super::reply::{Fail, Reply};
use serde_json::{Map, Value};

/// A page of `items` (in key order) as `{<key>: [...], nextPageToken}`,
/// rendering only the items that land on the page.
pub fn paged_by<T>(
    ctx: &Ctx,
    listing: &str,
    key: &str,
    items: impl IntoIterator<Item = (u64, T)>,
    render: impl Fn(T) -> Value,
) -> Reply {
    paged(ctx, Listing::new(listing, key), items, render)
}

/// What a list answers besides its items.
pub struct Listing<'a> {
    /// The path and filters: a page token is good for this listing only.
    pub listing: &'a str,
    /// The key the items go under.
    pub key: &'a str,
    /// Items on a page unless the request says `pageSize`.
    pub default_size: usize,
    /// The most items a request may ask a page for.
    pub max_size: usize,
    /// Whether the answer carries `totalSize`, as some of the service's lists do.
    pub total: bool,
    /// How many items the listing has, when the caller knows without counting.
    pub known_total: Option<usize>,
}

impl<'a> Listing<'a> {
    pub fn new(listing: &'a str, key: &'a str) -> Self {
        Listing {
            listing,
            key,
            default_size: 100,
            max_size: 100,
            total: false,
            known_total: None,
        }
    }
    pub fn counted(self) -> Self {
        Listing {
            total: true,
            ..self
        }
    }
    /// The listing's size, known already: the items past the page are not counted.
    pub fn total_of(self, n: usize) -> Self {
        Listing {
            known_total: Some(n),
            ..self
        }
    }
    pub fn default_size(self, n: usize) -> Self {
        Listing {
            default_size: n,
            ..self
        }
    }
    pub fn max_size(self, n: usize) -> Self {
        Listing {
            max_size: n,
            ..self
        }
    }
}

/// One page of `items` as `{<key>: [...], nextPageToken, totalSize?}`,
/// rendering only the items that land on the page.
pub fn paged<T>(
    ctx: &Ctx,
    l: Listing<'_>,
    items: impl IntoIterator<Item = (u64, T)>,
    render: impl Fn(T) -> Value,
) -> Reply {
    let page_size = ctx.query.page_size_within(l.default_size, l.max_size)?;
    let page = ctx
        .tokens
        .page(
            l.listing,
            items,
            page_size,
            ctx.query.get("pageToken"),
            l.known_total,
            render,
        )
        .map_err(Fail::bad)?;
    let mut out = Map::new();
    out.insert(l.key.into(), Value::Array(page.items));
    if let Some(t) = page.next_token {
        out.insert("nextPageToken".into(), Value::String(t));
    }
    if l.total {
        out.insert("totalSize".into(), Value::from(page.total));
    }
    Ok(Some(Value::Object(out)))
}
