//! `client.msp_customers`: a managed service provider's customer
//! organizations, and sign-up URLs for new ones.

use super::declare::resource;
use super::pager::Recipe;
use crate::api::msp_customers;
use pyo3::prelude::*;

resource!(
/// The customers of a managed service provider (MSP): the organizations it
/// serves, on the IAM host's root. Organization owners only.
MspCustomers, AsyncMspCustomers {
    /// The customer organizations, across all pages.
    fn list(
        /;
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listMspCustomers" |api, _py| {
        Recipe {
            spec: msp_customers::list(page_size)?,
            api,
            page_token,
        }
    }

    /// One customer organization: its name, contact email, state and term.
    fn get(
        /// The customer organization's id.
        customer_org_id: String,
        /;
    ) -> call "getMspCustomer" |api, _py| {
        msp_customers::get(&api, &customer_org_id)?
    }

    /// A sign-up URL that brings a new customer organization in, with when
    /// it expires: `{"customerSignupUrl", "expiredAt"}`.
    fn create_signup_url(
        /;
        /// The MSP's own organization id.
        org_id: String,
    ) -> call "createMspCustomerSignupUrl" |api, _py| {
        msp_customers::create_signup_url(&api, &org_id)?
    }
} waits {});
