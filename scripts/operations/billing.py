"""Billing: monthly bills, their details, the cost explorer."""

OPERATIONS = [
    ("getMonthlyBill", "billing", "get", "/bills/{billedMonth}"),
    ("getMonthlyBillDetails", "billing", "get", "/billsDetails/{billedMonth}"),
    ("queryCostExplorer", "billing", "post", "/billsCostExplorer"),
    ("getCostExplorerArgs", "billing", "get", "/billsCostExplorer/args"),
]
