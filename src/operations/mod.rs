//! The operation table: for each operation of the API, its server, method,
//! path template, and for a list its items key and paging kind. It is
//! generated from the project's spec (`table.rs`); the client builds its
//! requests from it and the mock routes requests through it, so a method or a
//! path is written in one place.

// Generated, one operation a line: not for rustfmt.
#[rustfmt::skip]
mod table;

pub use table::*;

use crate::config::Server;
use std::collections::HashMap;
use std::sync::OnceLock;

/// An HTTP method, as the table writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }
}

/// How a list comes in pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paging {
    /// Not a list.
    NotAList,
    /// `pageToken` / `nextPageToken`.
    Token,
    /// `page` / `page_size`, with `total` in each answer (the older v1beta API).
    Numbered,
    /// One answer holds the whole list.
    Single,
}

/// One operation of the API.
#[derive(Debug)]
pub struct Operation {
    pub id: &'static str,
    pub server: Server,
    pub method: Method,
    /// Below the server's base URL, with `{name}` for each path parameter and
    /// an optional `:verb` on the last segment.
    pub path: &'static str,
    /// The path parameters, in order.
    pub params: &'static [&'static str],
    /// For a list: the key its items come under.
    pub items_key: Option<&'static str>,
    pub paging: Paging,
    /// Whether a failed attempt may be sent again like a read: every method
    /// but POST, and the POSTs that change nothing.
    pub idempotent: bool,
    /// Whether the answer may be empty (the spec's 200 has no body, or an
    /// object with no fields); any other empty answer is an error.
    pub answers_nothing: bool,
}

/// A row of the table.
#[allow(clippy::too_many_arguments)]
pub(crate) const fn op(
    id: &'static str,
    server: Server,
    method: Method,
    path: &'static str,
    params: &'static [&'static str],
    items_key: Option<&'static str>,
    paging: Paging,
    idempotent: bool,
    answers_nothing: bool,
) -> Operation {
    Operation {
        id,
        server,
        method,
        path,
        params,
        items_key,
        paging,
        idempotent,
        answers_nothing,
    }
}

/// One segment of a path template: a literal or a parameter, and the
/// `:verb` that may follow it.
struct Segment {
    literal: Option<&'static str>,
    verb: Option<&'static str>,
}

impl Segment {
    fn parse(seg: &'static str) -> Segment {
        let (head, verb) = match seg.split_once(':') {
            Some((h, v)) => (h, Some(v)),
            None => (seg, None),
        };
        let param = head.starts_with('{') && head.ends_with('}');
        Segment {
            literal: (!param).then_some(head),
            verb,
        }
    }

    /// The parameter this segment reads from `got`, `Some("")` for a literal
    /// that matches, `None` for no match; and the literal characters matched.
    fn read<'a>(&self, got: &'a str) -> Option<(&'a str, usize)> {
        let (head, mut literal) = match self.verb {
            Some(v) => (got.strip_suffix(v)?.strip_suffix(':')?, v.len() + 1),
            None => (got, 0),
        };
        match self.literal {
            Some(l) if l == head => {
                literal += l.len();
                Some(("", literal))
            }
            Some(_) => None,
            // A raw `:` is a verb's, never an id's: the client escapes it.
            None if head.is_empty() || head.contains(':') => None,
            None => Some((head, literal)),
        }
    }
}

/// Templates split into segments, by how many segments they have.
type Compiled = HashMap<usize, Vec<(&'static Operation, Vec<Segment>)>>;

/// Every operation's template, split once.
fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| {
        let mut by_len: HashMap<usize, Vec<_>> = HashMap::new();
        for op in ALL.iter().copied() {
            let segs: Vec<Segment> = op.path[1..].split('/').map(Segment::parse).collect();
            by_len.entry(segs.len()).or_default().push((op, segs));
        }
        by_len
    })
}

impl Operation {
    /// The path with `values` (already percent-encoded segments) in place of
    /// the parameters, in order.
    pub fn fill(&self, values: &[&str]) -> String {
        let mut out = String::with_capacity(self.path.len() + 32);
        let mut values = values.iter();
        let mut rest = self.path;
        while let Some(start) = rest.find('{') {
            out.push_str(&rest[..start]);
            let end = rest[start..]
                .find('}')
                .map_or(rest.len(), |e| start + e + 1);
            out.push_str(values.next().copied().unwrap_or_default());
            rest = &rest[end..];
        }
        out.push_str(rest);
        out
    }
}

/// The raw parameters and literal characters when `got` fits `template`.
fn fit(template: &[Segment], got: &[&str]) -> Option<(Vec<String>, usize)> {
    let mut params = Vec::new();
    let mut literal = 0;
    for (t, g) in template.iter().zip(got) {
        let (param, n) = t.read(g)?;
        literal += n;
        if t.literal.is_none() {
            params.push(param.to_owned());
        }
    }
    Some((params, literal))
}

/// What a request's path is, among the operations of `servers`.
pub enum Match {
    /// This operation, with its raw path parameters.
    Found(&'static Operation, Vec<String>),
    /// The path is an operation's, but not with this method: these are.
    WrongMethod(Vec<Method>),
    NotFound,
}

/// The operation that `method` and `path` (below the server's base URL) name
/// among the operations of `servers`. A more literal template wins over one
/// that reads the same segment as an id.
pub fn route(servers: &[Server], method: &str, path: &str) -> Match {
    let Some(rest) = path.strip_prefix('/') else {
        return Match::NotFound;
    };
    let got: Vec<&str> = rest.split('/').collect();
    let mut best: Option<(&'static Operation, Vec<String>, usize)> = None;
    let mut allowed = Vec::new();
    for (op, template) in compiled().get(&got.len()).into_iter().flatten() {
        if !servers.contains(&op.server) {
            continue;
        }
        let Some((params, score)) = fit(template, &got) else {
            continue;
        };
        if op.method.as_str() != method {
            allowed.push(op.method);
            continue;
        }
        if best.as_ref().is_none_or(|(_, _, s)| score > *s) {
            best = Some((op, params, score));
        }
    }
    match best {
        Some((op, params, _)) => Match::Found(op, params),
        None if allowed.is_empty() => Match::NotFound,
        None => {
            allowed.dedup();
            Match::WrongMethod(allowed)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_templates_well_formed() {
        let mut ids: Vec<&str> = ALL.iter().map(|o| o.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), ALL.len());
        for op in ALL {
            assert!(op.path.starts_with('/'), "{}", op.id);
            assert_eq!(op.path.matches('{').count(), op.params.len(), "{}", op.id);
            assert_eq!(
                op.items_key.is_some(),
                op.paging != Paging::NotAList,
                "{}",
                op.id
            );
        }
    }

    #[test]
    fn fill_and_match_round_trip() {
        let p = GET_TIDB_NODE_GROUP.fill(&["c1", "g%2F2"]);
        assert_eq!(p, "/clusters/c1/tidbNodeGroups/g%2F2");
        match route(&[Server::Dedicated], "GET", &p) {
            Match::Found(op, params) => {
                assert_eq!(op.id, "getTidbNodeGroup");
                assert_eq!(params, ["c1", "g%2F2"]);
            }
            _ => panic!("not routed"),
        }
        let pause = PAUSE_CLUSTER.fill(&["42"]);
        assert_eq!(pause, "/clusters/42:pauseCluster");
        assert!(matches!(
            route(&[Server::Dedicated], "POST", &pause),
            Match::Found(op, _) if op.id == "pauseCluster"
        ));
    }

    #[test]
    fn literal_templates_win_and_wrong_methods_are_named() {
        assert!(matches!(
            route(&[Server::Dedicated], "GET", "/clusters:showNodeQuota"),
            Match::Found(op, _) if op.id == "showNodeQuota"
        ));
        assert!(matches!(
            route(&[Server::Dedicated], "PUT", "/clusters/1"),
            Match::WrongMethod(m) if m.contains(&Method::Get) && m.contains(&Method::Delete)
        ));
        assert!(matches!(
            route(&[Server::Dedicated], "GET", "/nothing/here"),
            Match::NotFound
        ));
        assert!(matches!(
            route(&[Server::Dedicated], "POST", "/clusters/1:unknownVerb"),
            Match::NotFound
        ));
    }
}
