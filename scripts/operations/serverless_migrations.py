"""Data migrations into a Starter or Essential cluster from MySQL (self-managed,
Amazon RDS or Alibaba Cloud RDS): the migrations, which can be paused and
resumed, and the prechecks that try a migration's settings before it is made.
Paths are written from the host's root."""

FILES = {"serverless": ["serverless-dm-v1beta1.cli.json"]}

_BASE = "/v1beta1/clusters/{clusterId}"

OPERATIONS = [
    ("listMigrations", "serverless", "get", _BASE + "/migrations"),
    ("createMigration", "serverless", "post", _BASE + "/migrations"),
    ("getMigration", "serverless", "get", _BASE + "/migrations/{migrationId}"),
    ("deleteMigration", "serverless", "delete", _BASE + "/migrations/{migrationId}"),
    ("pauseMigration", "serverless", "post", _BASE + "/migrations/{migrationId}:pause"),
    ("resumeMigration", "serverless", "post", _BASE + "/migrations/{migrationId}:resume"),
    ("createMigrationPrecheck", "serverless", "post", _BASE + "/migrationPrechecks"),
    ("getMigrationPrecheck", "serverless", "get", _BASE + "/migrationPrechecks/{precheckId}"),
    ("deleteMigrationPrecheck", "serverless", "delete",
     _BASE + "/migrationPrechecks/{precheckId}"),
]

# These definitions write their request samples under `x-codeSamples`; they
# are kept and replayed like the reference's own.
CAMEL_SAMPLES = True

# The samples of pause and resume send no body.
OPTIONAL_BODIES = {"pauseMigration", "resumeMigration"}

_BODIES = ("MigrationServiceCreateMigrationBody", "MigrationServicePrecheckBody")

OVERRIDES = [
    # The service's samples name a migration with `name`, not `displayName`:
    # either is taken, so neither is required by the document.
    (f"serverless.Serverless{body}", "required", "remove", "displayName")
    for body in _BODIES
] + [
    # Credentials are sent, never returned: write-only, and required of a
    # request by the mock's own checks only (a migration's answer carries its
    # sources' connection profiles without them).
    ("serverless.ServerlessConnProfile", "required", "remove", "password"),
    ("serverless.ServerlessConnProfile", "properties/password", "set", {"writeOnly": True}),
    ("serverless.ServerlessTarget", "properties/password", "set", {"writeOnly": True}),
    ("serverless.ServerlessSecurity", "properties/sslKeyContent", "set", {"writeOnly": True}),
]
