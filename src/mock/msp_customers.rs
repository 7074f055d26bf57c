//! MSP customers, at the IAM host's root: the mock's organization serves
//! three customer organizations (two active, one whose term has ended), and
//! makes sign-up URLs that expire in seven days for new ones. Only an
//! organization owner's key may see them.

use super::access::org_owner;
use super::context::{Ctx, Route};
use super::listing::{paged, Listing};
use super::reply::{ok, Fail, Fields, Reply};
use super::state::{State, ORG_ID};
use chrono::{Duration as Span, Utc};
use serde_json::{json, Value};

/// (org id, name, email, state, effected, expired) of each customer.
const CUSTOMERS: &[(&str, &str, &str, &str, &str, &str)] = &[
    (
        "1372813089206751001",
        "Acme Retail",
        "ops@acme.example.com",
        "active",
        "2025-01-06 09:00:00",
        "2027-01-06 09:00:00",
    ),
    (
        "1372813089206751002",
        "Globex Analytics",
        "admin@globex.example.com",
        "active",
        "2025-03-15 12:30:00",
        "2027-03-15 12:30:00",
    ),
    (
        "1372813089206751003",
        "Initech",
        "it@initech.example.com",
        "expired",
        "2024-02-01 08:00:00",
        "2025-02-01 08:00:00",
    ),
];

fn customer(c: &(&str, &str, &str, &str, &str, &str)) -> Value {
    let (org, name, email, state, effected, expired) = *c;
    json!({
        "id": org,
        "orgId": org,
        "orgName": name,
        "email": email,
        "state": state,
        "effectedTime": effected,
        "expiredTime": expired,
    })
}

pub fn list(_st: &mut State, ctx: &Ctx) -> Reply {
    org_owner(ctx, "list MSP customers")?;
    // As the definitions say, a page size of 0 is every customer at once.
    if ctx.query.get("pageSize") == Some("0") {
        let all: Vec<Value> = CUSTOMERS.iter().map(customer).collect();
        return ok(json!({ "mspCustomers": all }));
    }
    paged(
        ctx,
        Listing::new("mspCustomers", "mspCustomers"),
        CUSTOMERS.iter().enumerate().map(|(i, c)| (i as u64, c)),
        customer,
    )
}

pub fn get(_st: &mut State, ctx: &Ctx, org_id: &str) -> Reply {
    org_owner(ctx, "read MSP customers")?;
    CUSTOMERS
        .iter()
        .find(|c| c.0 == org_id)
        .map(customer)
        .map(Some)
        .ok_or_else(|| Fail::not_found(format!("MSP customer {org_id} not found")))
}

pub fn create_signup_url(st: &mut State, ctx: &Ctx) -> Reply {
    org_owner(ctx, "create MSP customer sign-up URLs")?;
    let b = Fields::parse(&ctx.body)?;
    b.only(&["orgId"], "the request")?;
    let org = b
        .opt_str("orgId")?
        .filter(|o| !o.trim().is_empty())
        .ok_or_else(|| Fail::bad("orgId is required"))?;
    // The URL is the MSP's own: for another organization there is none.
    if org != ORG_ID {
        return Err(Fail::not_found(format!("MSP organization {org} not found")));
    }
    let token = super::auth::random_hex(16);
    let expires = Utc::now() + Span::days(7);
    st.audit(&ctx.key, "CreateMspCustomerSignupUrl", None, None);
    ok(json!({
        "customerSignupUrl": format!(
            "https://tidbcloud.com/signup?msp={org}&third_party_account_provider=msp&third_party_account_token={token}"
        ),
        "expiredAt": expires.format("%Y-%m-%d %H:%M:%S").to_string(),
    }))
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listMspCustomers", |st, ctx, _| list(st, ctx)),
    ("getMspCustomer", |st, ctx, p| get(st, ctx, p.at(0))),
    ("createMspCustomerSignupUrl", |st, ctx, _| {
        create_signup_url(st, ctx)
    }),
];
