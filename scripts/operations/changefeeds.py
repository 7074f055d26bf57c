"""Dedicated changefeeds: replication out of a cluster to Kafka, MySQL or
object storage, with the capacity (RCU) options they can run at."""

OPERATIONS = [
    ("listChangefeeds", "dedicated", "get", "/changefeeds"),
    ("createChangefeed", "dedicated", "post", "/changefeeds"),
    ("getChangefeed", "dedicated", "get", "/changefeeds/{changefeedId}"),
    ("deleteChangefeed", "dedicated", "delete", "/changefeeds/{changefeedId}"),
    ("pauseChangefeed", "dedicated", "post", "/changefeeds/{changefeedId}:pause"),
    ("resumeChangefeed", "dedicated", "post", "/changefeeds/{changefeedId}:resume"),
    ("scaleChangefeed", "dedicated", "post", "/changefeeds/{changefeedId}:scale"),
    ("editChangefeedDownstreamConfig", "dedicated", "post",
     "/changefeeds/{changefeedId}:editDownstreamConfig"),
    ("listChangefeedRcus", "dedicated", "get", "/changefeedRCUs"),
]

# Credentials of a sink are sent, never returned: write-only, and required of
# a request by the mock's own checks only.
OVERRIDES = [
    ("dedicated.AzureBlobDownstreamConfigEndpoint", "required", "remove", "sasToken"),
] + [
    (f"dedicated.{name}", f"properties/{field}", "set", {"writeOnly": True})
    for name, field in (("S3DownstreamConfigEndpoint", "secretKey"),
                        ("AzureBlobDownstreamConfigEndpoint", "sasToken"),
                        ("Connection", "password"),
                        ("KafkaDownstreamConfigAuthentication", "password"),
                        ("AvroConfigSchemaRegistry", "basicAuthPassword"))
]
