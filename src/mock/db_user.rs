//! Mock handler for the database user an API key signs in to a cluster as:
//! `apikey_{access key}` under the cluster's user prefix, with a short-lived
//! JWT naming it (unsigned in the mock: nothing checks it).

use super::access::visible;
use super::context::{Ctx, Route};
use super::reply::{ok, Reply};
use super::state::State;
use base64::Engine;
use chrono::{Duration as Span, Utc};
use serde_json::json;

pub fn get(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    let c = visible(st, ctx, cluster_id)?;
    let user = format!("apikey_{}", ctx.key.access_key.to_ascii_lowercase());
    let now = Utc::now();
    let claims = json!({
        "sub": user,
        "cluster_id": c.id,
        "iat": now.timestamp(),
        "exp": (now + Span::hours(1)).timestamp(),
    });
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let jwt = format!(
        "{}.{}.{}",
        b64.encode(r#"{"alg":"HS256","typ":"JWT"}"#),
        b64.encode(claims.to_string()),
        super::auth::random_hex(16),
    );
    ok(json!({ "dbuser": user, "jwt": jwt }))
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[("getDbUser", |st, ctx, p| get(st, ctx, p.at(0)))];
