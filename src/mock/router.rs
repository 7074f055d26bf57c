//! From a request's method and path to the handler of its operation, through
//! the operation table: each server sits at its own path on the mock's host,
//! a path no operation has is a 404 and a known path with the wrong method a
//! 405, each in the server's own error shape.

use super::context::{Ctx, Handler, Params, Route};
use super::reply::{Fail, Reply};
use super::state::State;
use super::{
    api_keys, audit_logs, aws_cmek, backups, billing, changefeeds, clusters,
    database_audit_logging, db_user, imports, integrations, log_redaction, maintenance, members,
    msp_customers, network, node_instances, private_endpoints, projects, regions, serverless,
    sql_users, tidb_node_groups,
};
use crate::config::Server;
use crate::operations::{self, Match as Found};
use axum::http::{Method, StatusCode};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Where each server's paths start on the mock's host, most specific first.
/// The older v1beta API is where the service has it; Starter and Essential,
/// whose paths are Dedicated's too, sit below `/v1beta1/serverless`.
pub const PREFIXES: &[(&str, &[Server])] = &[
    ("/api/v1beta", &[Server::V1beta]),
    ("/v1beta1/serverless", &[Server::Serverless]),
    (
        "/v1beta1",
        &[Server::Dedicated, Server::Iam, Server::Billing],
    ),
    // The IAM host's root (MSP customers): whatever no prefix above took.
    ("", &[Server::IamRoot]),
];

/// Every handler module's routes.
const FAMILIES: &[&[Route]] = &[
    api_keys::ROUTES,
    audit_logs::ROUTES,
    backups::ROUTES,
    billing::ROUTES,
    changefeeds::ROUTES,
    clusters::ROUTES,
    database_audit_logging::ROUTES,
    imports::ROUTES,
    integrations::ROUTES,
    maintenance::ROUTES,
    log_redaction::ROUTES,
    members::ROUTES,
    msp_customers::ROUTES,
    node_instances::ROUTES,
    aws_cmek::ROUTES,
    db_user::ROUTES,
    network::ROUTES,
    private_endpoints::ROUTES,
    projects::ROUTES,
    regions::ROUTES,
    sql_users::ROUTES,
    tidb_node_groups::ROUTES,
    serverless::backups::ROUTES,
    serverless::branches::ROUTES,
    serverless::branch_users::ROUTES,
    serverless::changefeeds::ROUTES,
    serverless::clusters::ROUTES,
    serverless::database_audit_logging::ROUTES,
    serverless::exports::ROUTES,
    serverless::export_files::ROUTES,
    serverless::imports::ROUTES,
    serverless::migrations::ROUTES,
    serverless::private_link::ROUTES,
    serverless::uploads::ROUTES,
];

fn handlers() -> &'static HashMap<&'static str, Handler> {
    static HANDLERS: OnceLock<HashMap<&'static str, Handler>> = OnceLock::new();
    HANDLERS.get_or_init(|| {
        FAMILIES
            .iter()
            .flat_map(|f| f.iter())
            .map(|(id, h)| (*id, *h))
            .collect()
    })
}

/// What a request's path names.
pub struct Located {
    /// The server whose error shape answers a failure.
    pub server: Server,
    pub route: Found,
}

/// The server and operation of `method` on `path` (the full path on the host).
pub fn locate(method: &str, path: &str) -> Located {
    for (prefix, servers) in PREFIXES {
        let Some(rest) = path.strip_prefix(prefix) else {
            continue;
        };
        if !(rest.is_empty() || rest.starts_with('/')) {
            continue;
        }
        let route = operations::route(servers, method, rest);
        // The host's root holds a few IAM paths only; any other path there
        // is unknown to every server.
        if prefix.is_empty() && matches!(route, Found::NotFound) {
            break;
        }
        let server = match &route {
            Found::Found(op, _) => op.server,
            _ => likely_server(servers, rest),
        };
        return Located { server, route };
    }
    Located {
        server: Server::Dedicated,
        route: Found::NotFound,
    }
}

/// For a path no operation has: the server with operations below the same
/// first segment, so that its error comes in the shape a client of that
/// server expects.
fn likely_server(servers: &[Server], rest: &str) -> Server {
    let first = |p: &str| -> String {
        let seg = p.trim_start_matches('/').split('/').next().unwrap_or("");
        seg.split(':').next().unwrap_or("").to_owned()
    };
    let head = first(rest);
    operations::ALL
        .iter()
        .find(|op| servers.contains(&op.server) && first(op.path) == head)
        .map_or(servers[0], |op| op.server)
}

/// Answer a request whose key is known and within its rate; `route` is what
/// `locate` made of its path.
pub fn dispatch(st: &mut State, ctx: &Ctx, method: &Method, path: &str, route: Found) -> Reply {
    let (op, raw) = match route {
        Found::Found(op, raw) => (op, raw),
        Found::WrongMethod(allowed) => {
            let allowed: Vec<&str> = allowed.iter().map(|m| m.as_str()).collect();
            return Err(Fail::new(
                StatusCode::METHOD_NOT_ALLOWED,
                format!(
                    "{method} is not allowed on {path}; it takes {}",
                    allowed.join(", ")
                ),
            ));
        }
        Found::NotFound => return Err(Fail::not_found(format!("no such path {path}"))),
    };
    let params = raw
        .iter()
        .map(|s| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8()
                .map(|c| c.into_owned())
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| Fail::not_found(format!("no such path {path}")))?;
    let handler = handlers()
        .get(op.id)
        .ok_or_else(|| Fail::not_found(format!("no such path {path}")))?;
    if *method != Method::GET {
        st.touch();
    }
    st.settle(ctx.now);
    handler(st, ctx, &Params(params))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_has_one_handler() {
        let mut ids: Vec<&str> = FAMILIES
            .iter()
            .flat_map(|f| f.iter())
            .map(|r| r.0)
            .collect();
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n, "an operation is routed twice");
        let table: Vec<&str> = operations::ALL.iter().map(|o| o.id).collect();
        for id in &ids {
            assert!(table.contains(id), "{id} is routed but not in the table");
        }
        for id in &table {
            assert!(ids.contains(id), "{id} has no handler");
        }
    }

    #[test]
    fn each_server_at_its_own_path() {
        let at = |m: &str, p: &str| match locate(m, p).route {
            Found::Found(op, _) => op.id,
            Found::WrongMethod(_) => "405",
            Found::NotFound => "404",
        };
        assert_eq!(at("GET", "/v1beta1/projects"), "listProjects");
        assert_eq!(at("POST", "/api/v1beta/projects"), "createProject");
        assert_eq!(at("POST", "/v1beta1/projects"), "405");
        assert_eq!(
            at("POST", "/api/v1beta/projects/1/clusters/2/backups"),
            "createBackup"
        );
        assert_eq!(at("GET", "/v1beta1/projects/1/restores"), "404");
        assert_eq!(
            at("GET", "/v1beta1/serverless/clusters/9"),
            "getServerlessCluster"
        );
        assert_eq!(at("GET", "/v1beta1/clusters/9"), "getCluster");
        assert_eq!(at("GET", "/v1beta1x/clusters"), "404");
        assert_eq!(locate("GET", "/v1beta1/apikeys/a/b").server, Server::Iam);
    }
}
