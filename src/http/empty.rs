//! Which operations may answer with no body. The spec gives these a 200 with
//! no schema or an empty object; every other operation promises a body, so an
//! empty answer (or a 204) to it is an error, not a silent `None`.

use crate::config::Server;
use reqwest::Method;

/// (server, method, path below the server's base URL), where `*` stands for
/// one id and `*:verb` for an id followed by a custom verb.
const ANSWER_NOTHING: &[(Server, &str, &str)] = &[
    (Server::Dedicated, "POST", "/clusters/*:resetRootPassword"),
    (Server::Dedicated, "POST", "/clusters/*/imports/*:cancel"),
    (Server::Dedicated, "DELETE", "/clusters/*/tidbNodeGroups/*"),
    (Server::Dedicated, "DELETE", "/clusters/*/integrations/*"),
    (
        Server::Dedicated,
        "DELETE",
        "/clusters/*/tidbNodeGroups/*/privateEndpointConnections/*",
    ),
    (Server::Dedicated, "DELETE", "/networkContainers/*"),
    (Server::Dedicated, "DELETE", "/vpcPeerings/*"),
    (Server::Iam, "PATCH", "/apikeys/*"),
    (Server::Iam, "DELETE", "/apikeys/*"),
    (Server::V1beta, "DELETE", "/projects/*/clusters/*/backups/*"),
    (Server::Serverless, "POST", "/clusters/*/imports/*:cancel"),
];

/// Whether the operation of this request may answer with an empty body.
pub fn may_answer_nothing(server: Server, method: &Method, path: &str) -> bool {
    ANSWER_NOTHING
        .iter()
        .any(|(s, m, p)| *s == server && method.as_str() == *m && matches(p, path))
}

fn matches(pattern: &str, path: &str) -> bool {
    let mut want = pattern.split('/');
    let mut got = path.split('/');
    loop {
        match (want.next(), got.next()) {
            (None, None) => return true,
            (Some(w), Some(g)) => {
                let ok = match w.strip_prefix('*') {
                    // An id (percent-encoded, so it holds no `:`), then the verb.
                    Some(verb) => g
                        .strip_suffix(verb)
                        .is_some_and(|id| !id.is_empty() && !id.contains(':')),
                    None => w == g,
                };
                if !ok {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_listed_operations_may_answer_nothing() {
        let d = Server::Dedicated;
        assert!(may_answer_nothing(
            d,
            &Method::POST,
            "/clusters/1:resetRootPassword"
        ));
        assert!(may_answer_nothing(
            d,
            &Method::DELETE,
            "/clusters/1/tidbNodeGroups/g%2E"
        ));
        assert!(may_answer_nothing(
            Server::Iam,
            &Method::PATCH,
            "/apikeys/k"
        ));
        assert!(!may_answer_nothing(d, &Method::DELETE, "/clusters/1"));
        assert!(!may_answer_nothing(
            d,
            &Method::GET,
            "/clusters/1/tidbNodeGroups/g"
        ));
        assert!(!may_answer_nothing(Server::Iam, &Method::GET, "/apikeys/k"));
        assert!(!may_answer_nothing(d, &Method::POST, "/clusters/1:pause"));
        assert!(!may_answer_nothing(
            Server::Serverless,
            &Method::DELETE,
            "/clusters/1"
        ));
    }
}
