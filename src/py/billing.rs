//! The billing server: monthly bills and the cost explorer.

use super::convert::opt_dict;
use super::declare::resource;
use crate::api::billing;
use pyo3::prelude::*;

resource!(
/// Bills and costs (billing server).
Billing, AsyncBilling {
    /// The month's bill. `billed_month` is "YYYY-MM", a date or a datetime.
    fn get_monthly_bill(
        /// The month: `"YYYY-MM"`, a date or a datetime.
        billed_month: &Bound<'_, PyAny> as "_Month",
        /;
    ) -> call "getMonthlyBill" |api, py| {
        let month = super::time::billed_month(py, billed_month)?;
        billing::get_monthly_bill(&api, &month)?
    }

    /// The month's bill line by line (`{"details": [...]}`): per day, project, cluster and
    /// service. `billed_month` as for `get_monthly_bill`.
    fn get_monthly_bill_details(
        /// The month: `"YYYY-MM"`, a date or a datetime.
        billed_month: &Bound<'_, PyAny> as "_Month",
        /;
    ) -> call "getMonthlyBillDetails" |api, py| {
        let month = super::time::billed_month(py, billed_month)?;
        billing::get_monthly_bill_details(&api, &month)?
    }

    /// Costs over time. `groups={"groupBy": ["cluster", "service"],
    /// "timeGranularity": "day"}` splits each period's cost; `filter={"timeRange":
    /// {"startDate": "2025-01-01", "endDate": "2025-01-31"}, "projects": [...],
    /// "clusters": [...], "providers": [...], "services": [...]}` narrows it.
    fn query_cost_explorer(
        /;
        /// `{"groupBy": [...], "timeGranularity": "day"}`: how costs are split.
        groups: Option<&Bound<'_, PyAny>> = None,
        /// `{"timeRange": {...}, "projects", "clusters", "providers", "services"}`.
        filter: Option<&Bound<'_, PyAny>> = None,
    ) -> call "queryCostExplorer" |api, _py| {
        billing::query_cost_explorer(
            &api,
            opt_dict(groups, "groups")?,
            opt_dict(filter, "filter")?,
        )?
    }

    /// What a cost explorer query can name: the organization's projects and
    /// clusters, the providers with their regions, and the services.
    fn get_cost_explorer_args(
        /;
    ) -> call "getCostExplorerArgs" |api, _py| {
        crate::api::call_op(&api, &crate::operations::GET_COST_EXPLORER_ARGS, &[])?
    }
} waits {
});
