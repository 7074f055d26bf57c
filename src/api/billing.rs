//! Billing (billing server): monthly bill, daily details, cost explorer.

use super::{object, request, Api, Pending};
use crate::error::{Error, Result};
use crate::operations as ops;
use serde_json::Value;

/// `YYYY-MM` with a real month, else an error naming the value.
pub fn check_month(billed_month: &str) -> Result<()> {
    let b = billed_month.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let ok = b.len() == 7 && b[4] == b'-' && digits(0..4) && digits(5..7) && {
        let m = (b[5] - b'0') * 10 + (b[6] - b'0');
        (1..=12).contains(&m)
    };
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "billed_month must be YYYY-MM with a month from 01 to 12, got {billed_month:?}"
        )))
    }
}

pub fn get_monthly_bill(api: &Api, billed_month: &str) -> Result<Pending> {
    check_month(billed_month)?;
    api.call(request(
        &ops::GET_MONTHLY_BILL,
        &[("billed_month", billed_month)],
    )?)
}

pub fn get_monthly_bill_details(api: &Api, billed_month: &str) -> Result<Pending> {
    check_month(billed_month)?;
    api.call(request(
        &ops::GET_MONTHLY_BILL_DETAILS,
        &[("billed_month", billed_month)],
    )?)
}

/// Costs over time: `groups` is `{"groupBy": [...], "timeGranularity": ...}`,
/// `filter` is `{"timeRange": {"startDate", "endDate"}, "projects", ...}`.
pub fn query_cost_explorer(
    api: &Api,
    groups: Option<Value>,
    filter: Option<Value>,
) -> Result<Pending> {
    for (name, v) in [("groups", &groups), ("filter", &filter)] {
        if let Some(v) = v {
            super::require_object(name, v)?;
        }
    }
    let body = object([("groups", groups), ("filter", filter)]);
    // A query changes nothing: the table marks it safe to retry like a read.
    api.call(request(&ops::QUERY_COST_EXPLORER, &[])?.body(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months() {
        assert!(check_month("2025-01").is_ok());
        assert!(check_month("2025-12").is_ok());
        for bad in [
            "2025-13",
            "2025-00",
            "2025/10",
            "25-01",
            "2025-1",
            "",
            "2025-01-01",
            "２025-01",
        ] {
            assert!(check_month(bad).is_err(), "{bad}");
        }
    }
}
