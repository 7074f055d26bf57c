"""Starter and Essential private link connections: a cluster's way out to an
endpoint service (AWS or Alibaba Cloud) of the user's, the availability zones
it can use, and the domains attached to a connection."""

FILES = {"serverless": ["serverless-privatelink-v1beta1.cli.json"]}

_PLC = "/v1beta1/clusters/{clusterId}/privateLinkConnections"

OPERATIONS = [
    ("listPrivateLinkConnections", "serverless", "get", _PLC),
    ("createPrivateLinkConnection", "serverless", "post", _PLC),
    ("getPrivateLinkConnection", "serverless", "get", _PLC + "/{privateLinkConnectionId}"),
    ("deletePrivateLinkConnection", "serverless", "delete", _PLC + "/{privateLinkConnectionId}"),
    ("getPrivateLinkAvailabilityZones", "serverless", "get", _PLC + ":getAvailabilityZones"),
    ("attachPrivateLinkDomains", "serverless", "post",
     _PLC + "/{privateLinkConnectionId}:attachDomains"),
    ("detachPrivateLinkDomains", "serverless", "post",
     _PLC + "/{privateLinkConnectionId}:detachDomains"),
]
