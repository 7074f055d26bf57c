"""Starter and Essential take a region as its id (`aws-us-east-1`) or as the
name `serverless.regions.list()` gives (`regions/aws-us-east-1`), on create
and in list's filter, and send `regions/aws-us-east-1` either way."""

from __future__ import annotations

import json

import pytest

from tidbcloud.testing import MockServer


@pytest.fixture
def mock():
    with MockServer(transition_seconds=0, rate_limit=None, record_bodies=True) as m:
        yield m


def test_create_takes_the_name_regions_list_gives(mock):
    client = mock.client()
    region = next(iter(client.serverless.regions.list()))
    assert region["name"].startswith("regions/")
    by_name = client.serverless.clusters.create(display_name="by-name", region_id=region["name"])
    assert by_name["region"]["name"] == region["name"]
    sent = json.loads(mock.requests()[-1]["request_body"])
    assert sent["region"] == {"name": region["name"]}  # not regions/regions/...
    by_id = client.serverless.clusters.create(display_name="by-id",
                                              region_id=region["name"].split("/", 1)[1])
    assert by_id["region"]["name"] == region["name"]
    listed = {c["clusterId"] for c in client.serverless.clusters.list(region_id=region["name"])}
    assert listed == {by_name["clusterId"], by_id["clusterId"]}
    assert listed == {c["clusterId"] for c in client.serverless.clusters.list(
        region_id=region["regionId"])}


@pytest.mark.parametrize("bad", ["", "regions/", "regions/ "])
def test_a_region_without_an_id_is_refused_before_sending(mock, bad):
    client = mock.client()
    before = mock.request_count()
    with pytest.raises(ValueError, match="region_id must be a non-empty string"):
        client.serverless.clusters.create(display_name="no-region", region_id=bad)
    assert mock.request_count() == before
