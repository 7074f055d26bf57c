"""Starter and Essential changefeeds: replication out of a cluster to Kafka or
MySQL, with a check of a sink that creates nothing and a look at which tables
a filter takes. Paths are written from the host's root."""

FILES = {"serverless": ["serverless-cdc-v1beta1.cli.json"]}

_BASE = "/v1beta1/clusters/{clusterId}/changefeeds"

OPERATIONS = [
    ("listServerlessChangefeeds", "serverless", "get", _BASE),
    ("createServerlessChangefeed", "serverless", "post", _BASE),
    ("getServerlessChangefeed", "serverless", "get", _BASE + "/{changefeedId}"),
    ("updateServerlessChangefeed", "serverless", "patch", _BASE + "/{changefeedId}"),
    ("deleteServerlessChangefeed", "serverless", "delete", _BASE + "/{changefeedId}"),
    ("startServerlessChangefeed", "serverless", "post", _BASE + "/{changefeedId}:start"),
    ("stopServerlessChangefeed", "serverless", "post", _BASE + "/{changefeedId}:stop"),
    ("testServerlessChangefeed", "serverless", "post", _BASE + ":test"),
    ("describeServerlessChangefeedSchemaTable", "serverless", "post",
     _BASE + ":describeSchemaTable"),
    ("getServerlessChangefeedPrivateLinkEndpoint", "serverless", "get",
     _BASE + "/privateLinkEndpoint"),
    ("createServerlessChangefeedPrivateLinkEndpoint", "serverless", "post",
     _BASE + "/privateLinkEndpoint"),
    ("deleteServerlessChangefeedPrivateLinkEndpoint", "serverless", "delete",
     _BASE + "/privateLinkEndpoint"),
]

# The list's answer would take the name of the resource class.
SCHEMA_NAMES = {("serverless", "Changefeeds"): "ChangefeedList"}

# Credentials of a sink are sent, never returned: write-only, and required of
# a request by the mock's own checks only.
OVERRIDES = [
    ("serverless.ServerlessMySQLAuthentication", "required", "remove", "password"),
    ("serverless.ServerlessGlueSchemaRegistry", "required", "remove", "secretAccessKey"),
] + [
    (f"serverless.Serverless{name}", f"properties/{field}", "set", {"writeOnly": True})
    for name, field in (("MySQLAuthentication", "password"),
                        ("KafkaAuthentication", "password"),
                        ("ConfluentSchemaRegistry", "password"),
                        ("GlueSchemaRegistry", "secretAccessKey"))
]
