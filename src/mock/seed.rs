//! What the mock knows from the start: regions on AWS, GCP and Azure, and the
//! node sizes each offers for tidb, tikv and tiflash.

use serde_json::{json, Value};

pub struct Region {
    pub id: &'static str,
    pub provider: &'static str,
    pub name: &'static str,
}

pub const REGIONS: &[Region] = &[
    Region {
        id: "us-east-1",
        provider: "AWS",
        name: "N. Virginia (us-east-1)",
    },
    Region {
        id: "us-west-2",
        provider: "AWS",
        name: "Oregon (us-west-2)",
    },
    Region {
        id: "eu-central-1",
        provider: "AWS",
        name: "Frankfurt (eu-central-1)",
    },
    Region {
        id: "ap-northeast-1",
        provider: "AWS",
        name: "Tokyo (ap-northeast-1)",
    },
    Region {
        id: "ap-southeast-1",
        provider: "AWS",
        name: "Singapore (ap-southeast-1)",
    },
    Region {
        id: "us-central1",
        provider: "GCP",
        name: "Iowa (us-central1)",
    },
    Region {
        id: "europe-west1",
        provider: "GCP",
        name: "Belgium (europe-west1)",
    },
    Region {
        id: "asia-northeast1",
        provider: "GCP",
        name: "Tokyo (asia-northeast1)",
    },
    Region {
        id: "eastus",
        provider: "AZURE",
        name: "Virginia (eastus)",
    },
    Region {
        id: "westeurope",
        provider: "AZURE",
        name: "Netherlands (westeurope)",
    },
];

/// (component, key, vCPU, GiB, USD per node hour)
pub const NODE_SPECS: &[(&str, &str, u32, u32, &str)] = &[
    ("tidb", "4C16G", 4, 16, "0.42"),
    ("tidb", "8C16G", 8, 16, "0.71"),
    ("tidb", "16C32G", 16, 32, "1.42"),
    ("tikv", "4C16G", 4, 16, "0.51"),
    ("tikv", "8C32G", 8, 32, "0.97"),
    ("tikv", "16C64G", 16, 64, "1.93"),
    ("tiflash", "8C64G", 8, 64, "1.13"),
    ("tiflash", "16C128G", 16, 128, "2.26"),
];

pub fn region(id: &str) -> Option<&'static Region> {
    REGIONS.iter().find(|r| r.id == id)
}

pub fn region_json(r: &Region) -> Value {
    json!({ "regionId": r.id, "cloudProvider": r.provider, "displayName": r.name })
}

pub fn node_spec_json(spec: &(&str, &str, u32, u32, &str)) -> Value {
    json!({ "nodeSpecKey": spec.1, "componentType": spec.0, "cpu": spec.2, "memory": spec.3 })
}

/// Hourly price of one node of `size` for `component`, if the size exists.
pub fn hourly_price(component: &str, size: &str) -> Option<&'static str> {
    NODE_SPECS
        .iter()
        .find(|s| s.0 == component && s.1 == size)
        .map(|s| s.4)
}
