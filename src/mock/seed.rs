//! What the mock knows from the start: regions on AWS, GCP and Azure (ids as
//! the service writes them, `aws-us-east-1`), and the node sizes each offers
//! for TiDB, TiKV and TiFlash.

use serde_json::{json, Value};

pub struct Region {
    /// `{cloudProvider}-{region code}`.
    pub id: &'static str,
    /// Lower case: aws, gcp, azure.
    pub provider: &'static str,
    pub name: &'static str,
}

pub const REGIONS: &[Region] = &[
    Region {
        id: "aws-us-east-1",
        provider: "aws",
        name: "N. Virginia (us-east-1)",
    },
    Region {
        id: "aws-us-west-2",
        provider: "aws",
        name: "Oregon (us-west-2)",
    },
    Region {
        id: "aws-eu-central-1",
        provider: "aws",
        name: "Frankfurt (eu-central-1)",
    },
    Region {
        id: "aws-ap-northeast-1",
        provider: "aws",
        name: "Tokyo (ap-northeast-1)",
    },
    Region {
        id: "aws-ap-southeast-1",
        provider: "aws",
        name: "Singapore (ap-southeast-1)",
    },
    Region {
        id: "gcp-us-central1",
        provider: "gcp",
        name: "Iowa (us-central1)",
    },
    Region {
        id: "gcp-europe-west1",
        provider: "gcp",
        name: "Belgium (europe-west1)",
    },
    Region {
        id: "gcp-asia-northeast1",
        provider: "gcp",
        name: "Tokyo (asia-northeast1)",
    },
    Region {
        id: "azure-eastus",
        provider: "azure",
        name: "Virginia (eastus)",
    },
    Region {
        id: "azure-westeurope",
        provider: "azure",
        name: "Netherlands (westeurope)",
    },
];

/// (component, key, vCPU, GiB, USD per node hour)
pub const NODE_SPECS: &[(&str, &str, u32, u32, &str)] = &[
    ("tidb", "4C16G", 4, 16, "0.42"),
    ("tidb", "8C16G", 8, 16, "0.71"),
    ("tidb", "8C32G", 8, 32, "0.92"),
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
    json!({
        "name": format!("regions/{}", r.id),
        "regionId": r.id,
        "cloudProvider": r.provider,
        "displayName": r.name,
        "provider": r.provider,
    })
}

pub type NodeSpec = (&'static str, &'static str, u32, u32, &'static str);

/// The service's component type for one of ours (`tikv` is `TIKV`).
pub fn component_type(component: &str) -> String {
    component.to_ascii_uppercase()
}

/// A node spec as the service lists it for `region`.
pub fn node_spec_json(region: &Region, spec: &NodeSpec) -> Value {
    let (component, key, vcpu, mem, _) = *spec;
    let kind = component_type(component);
    let first = NODE_SPECS.iter().find(|s| s.0 == component).map(|s| s.1) == Some(key);
    let mut v = json!({
        "name": format!("regions/{}/componentTypes/{kind}/nodeSpecs/{key}", region.id),
        "regionId": region.id,
        "componentType": kind,
        "nodeSpecKey": key,
        "displayName": format!("{vcpu} vCPU, {mem} GiB"),
        "vCpu": vcpu,
        "memorySizeGi": mem,
        "defaultNodeCount": if component == "tidb" { 2 } else { 3 },
        "default": first,
    });
    if component != "tidb" {
        let o = v.as_object_mut().expect("a JSON object");
        o.insert("defaultStorageSizeGi".into(), json!(500));
        o.insert("minStorageSizeGi".into(), json!(200));
        o.insert(
            "maxStorageSizeGi".into(),
            json!(if component == "tikv" { 6144 } else { 4096 }),
        );
        o.insert("storageTypes".into(), json!(["Standard", "Performance"]));
        if component == "tikv" {
            o.insert("minRaftStoreIops".into(), json!(3000));
            o.insert("maxRaftStoreIops".into(), json!(16000));
        }
    }
    v
}

/// Hourly price of one node of `size` for `component`, if the size exists.
pub fn hourly_price(component: &str, size: &str) -> Option<&'static str> {
    NODE_SPECS
        .iter()
        .find(|s| s.0 == component && s.1 == size)
        .map(|s| s.4)
}
