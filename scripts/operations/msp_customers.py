"""MSP customers (IAM host root, outside /v1beta1): the organizations a
managed service provider serves, and sign-up URLs for new ones."""

OPERATIONS = [
    ("listMspCustomers", "iam_root", "get", "/mspCustomers"),
    ("getMspCustomer", "iam_root", "get", "/mspCustomers/{customerOrgId}"),
    ("createMspCustomerSignupUrl", "iam_root", "post", "/customerSignupUrl"),
]

# The IAM error, read again from the same file for this server.
SCHEMA_NAMES = {("iam_root", "api.OpenApiError"): "MspError"}
