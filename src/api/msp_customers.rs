//! MSP customers (the IAM host's root, outside `/v1beta1`): the organizations
//! a managed service provider serves, one of them, and a sign-up URL that
//! brings a new customer in.

use super::{check_page_size, list_request, request, require_text, Api, ListSpec, Pending};
use crate::error::Result;
use crate::operations as ops;
use serde_json::json;

/// The customers, a page at a time.
pub fn list(page_size: Option<i64>) -> Result<ListSpec> {
    let mut spec = list_request(&ops::LIST_MSP_CUSTOMERS, &[])?;
    spec.request = spec
        .request
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}

/// One customer, by its organization id.
pub fn get(api: &Api, customer_org_id: &str) -> Result<Pending> {
    api.call(request(
        &ops::GET_MSP_CUSTOMER,
        &[("customer_org_id", customer_org_id)],
    )?)
}

/// A new sign-up URL for a customer of the MSP organization `org_id`.
pub fn create_signup_url(api: &Api, org_id: &str) -> Result<Pending> {
    require_text("org_id", org_id)?;
    let req = super::fixed_request(&ops::CREATE_MSP_CUSTOMER_SIGNUP_URL);
    api.call(req.body(json!({ "orgId": org_id })))
}
