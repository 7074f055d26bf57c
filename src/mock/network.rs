//! Mock handlers for network containers and VPC peerings. A container is a
//! project's private CIDR in one region: one per project and region, ACTIVE
//! once a cluster of the project runs there. A peering joins a customer VPC
//! (whose CIDR must not overlap) to a container: PENDING for the transition
//! time, then ACTIVE; a customer VPC id containing "fail" makes it FAILED.

use super::access::can_write;
use super::checks::provider_filter;
use super::context::{Ctx, Route};
use super::listing::{paged, Listing};
use super::records::{ContainerRec, PeeringRec};
use super::reply::{ok, Fail, Fields, Reply};
use super::seed;
use super::state::{State, DEFAULT_PROJECT, PROJECT_LABEL};
use axum::http::StatusCode;
use serde_json::{json, Map, Value};
use std::net::Ipv4Addr;

/// (first address, prefix length) of an IPv4 CIDR such as "10.250.0.0/16".
fn cidr(text: &str, field: &str) -> Result<(u32, u8), Fail> {
    text.split_once('/')
        .and_then(|(ip, bits)| {
            let ip: Ipv4Addr = ip.parse().ok()?;
            let bits: u8 = bits.parse().ok().filter(|b| *b <= 32)?;
            Some((u32::from(ip), bits))
        })
        .ok_or_else(|| {
            Fail::bad(format!(
                "{field} {text:?} is not an IPv4 CIDR such as 10.250.0.0/16"
            ))
        })
}

fn overlaps(a: (u32, u8), b: (u32, u8)) -> bool {
    let bits = a.1.min(b.1);
    let mask = if bits == 0 {
        0
    } else {
        u32::MAX << (32 - bits)
    };
    a.0 & mask == b.0 & mask
}

/// A private (RFC 1918) block of /16 to /23, as the service takes for a container.
fn check_container_cidr(text: &str) -> Result<(), Fail> {
    let (ip, bits) = cidr(text, "cidrNotation")?;
    let private = [("10.0.0.0", 8), ("172.16.0.0", 12), ("192.168.0.0", 16)]
        .iter()
        .any(|(net, n)| {
            net.parse::<Ipv4Addr>()
                .is_ok_and(|a| overlaps((ip, bits), (u32::from(a), *n)))
                && bits >= *n
        });
    if !private {
        return Err(Fail::bad(format!(
            "cidrNotation {text:?} must be within 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16"
        )));
    }
    if !(16..=23).contains(&bits) {
        return Err(Fail::bad(format!(
            "cidrNotation {text:?} must be a block of /16 to /23"
        )));
    }
    Ok(())
}

/// The project a request names in its labels, or the key's, or the default.
fn project_of(state: &State, ctx: &Ctx, labels: &Map<String, Value>) -> Result<String, Fail> {
    let named = labels.get(PROJECT_LABEL).and_then(Value::as_str);
    let project = named
        .map(str::to_owned)
        .or_else(|| ctx.key.project())
        .unwrap_or_else(|| DEFAULT_PROJECT.to_owned());
    if !state.is_project(&project) {
        return Err(Fail::bad(format!(
            "labels.\"{PROJECT_LABEL}\" {project:?} is not a project of this organization"
        )));
    }
    if ctx.key.project().is_some_and(|p| p != project) {
        return Err(Fail::forbidden("this API key cannot manage that project"));
    }
    Ok(project)
}

fn visible_project(ctx: &Ctx, project: &str) -> bool {
    ctx.key.project().is_none_or(|p| p == project)
}

fn filters<'a>(ctx: &'a Ctx) -> Result<(Option<&'a str>, Option<&'a str>), Fail> {
    Ok((ctx.query.get("projectId"), provider_filter(ctx)?))
}

pub fn list_containers(state: &mut State, ctx: &Ctx) -> Reply {
    let (project, provider) = filters(ctx)?;
    let skip = ctx.query.skip()?;
    let listing = format!(
        "networkContainers|{}|{}|{skip}",
        project.unwrap_or(""),
        provider.unwrap_or("")
    );
    let items: Vec<Value> = state
        .network_containers
        .iter()
        .filter(|c| visible_project(ctx, &c.project_id))
        .filter(|c| project.is_none_or(|p| p == c.project_id))
        .filter(|c| provider.is_none_or(|p| p == c.provider))
        .skip(skip)
        .map(|c| c.to_json(state))
        .collect();
    paged(
        ctx,
        Listing::new(&listing, "networkContainers")
            .default_size(10)
            .counted(),
        (0u64..).zip(items),
        |v| v,
    )
}

pub fn create_container(state: &mut State, ctx: &Ctx) -> Reply {
    can_write(ctx)?;
    let validate_only = ctx.query.flag("validateOnly")?;
    let b = Fields::parse(&ctx.body)?;
    b.only(
        &[
            "name",
            "networkContainerId",
            "labels",
            "regionId",
            "cidrNotation",
            "cloudProvider",
            "state",
            "regionDisplayName",
            "vpcId",
        ],
        "a network container",
    )?;
    let region_id = b.req_str("regionId")?;
    let region = seed::region(region_id)
        .ok_or_else(|| Fail::bad(format!("regionId {region_id:?} is not a known region")))?;
    let labels = b.opt_obj("labels")?.cloned().unwrap_or_default();
    if labels.values().any(|v| !v.is_string()) {
        return Err(Fail::bad("labels must map names to strings"));
    }
    let project = project_of(state, ctx, &labels)?;
    let cidr_text = b.opt_str("cidrNotation")?.unwrap_or("172.16.0.0/21");
    check_container_cidr(cidr_text)?;
    if state
        .network_containers
        .iter()
        .any(|c| c.project_id == project && c.region == region_id)
    {
        return Err(Fail::new(
            StatusCode::CONFLICT,
            format!("project {project} already has a network container in {region_id}"),
        ));
    }
    let seq = state.next_seq();
    let mut own = labels;
    own.remove(PROJECT_LABEL);
    let rec = ContainerRec {
        seq,
        id: format!("{seq}"),
        project_id: project.clone(),
        region: region_id.to_owned(),
        provider: region.provider.to_owned(),
        cidr: cidr_text.to_owned(),
        labels: own,
    };
    let out = rec.to_json(state);
    if validate_only {
        return ok(out);
    }
    state.network_containers.push(rec);
    state.audit(&ctx.key, "CreateNetworkContainer", None, Some(&project));
    ok(out)
}

fn container<'a>(state: &'a State, ctx: &Ctx, id: &str) -> Result<&'a ContainerRec, Fail> {
    state
        .network_containers
        .iter()
        .find(|c| c.id == id && visible_project(ctx, &c.project_id))
        .ok_or_else(|| Fail::not_found(format!("network container {id} not found")))
}

pub fn get_container(state: &mut State, ctx: &Ctx, id: &str) -> Reply {
    ok(container(state, ctx, id)?.to_json(state))
}

pub fn delete_container(state: &mut State, ctx: &Ctx, id: &str) -> Reply {
    can_write(ctx)?;
    let c = container(state, ctx, id)?;
    if c.to_json(state)["state"] == "ACTIVE" {
        return Err(Fail::bad(format!(
            "network container {id} is ACTIVE: clusters of project {} run in {}",
            c.project_id, c.region
        )));
    }
    if state.vpc_peerings.iter().any(|p| p.container == id) {
        return Err(Fail::bad(format!(
            "network container {id} has VPC peerings; delete them first"
        )));
    }
    let project = c.project_id.clone();
    state.network_containers.retain(|c| c.id != id);
    state.audit(&ctx.key, "DeleteNetworkContainer", None, Some(&project));
    ok(json!({}))
}

pub fn list_peerings(state: &mut State, ctx: &Ctx) -> Reply {
    let (project, provider) = filters(ctx)?;
    let listing = format!(
        "vpcPeerings|{}|{}",
        project.unwrap_or(""),
        provider.unwrap_or("")
    );
    let items: Vec<Value> = state
        .vpc_peerings
        .iter()
        .filter(|p| visible_project(ctx, &p.project_id))
        .filter(|p| project.is_none_or(|x| x == p.project_id))
        .map(|p| p.to_json(state, ctx.now))
        .filter(|v| provider.is_none_or(|x| v["tidbCloudCloudProvider"] == x))
        .collect();
    paged(
        ctx,
        Listing::new(&listing, "vpcPeerings")
            .default_size(10)
            .counted(),
        (0u64..).zip(items),
        |v| v,
    )
}

pub fn create_peering(state: &mut State, ctx: &Ctx) -> Reply {
    can_write(ctx)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(
        &[
            "name",
            "vpcPeeringId",
            "labels",
            "tidbCloudRegionId",
            "customerRegionId",
            "customerAccountId",
            "customerVpcId",
            "customerVpcCidr",
            "tidbCloudCloudProvider",
            "tidbCloudAccountId",
            "tidbCloudVpcId",
            "tidbCloudVpcCidr",
            "state",
            "awsVpcPeeringConnectionId",
        ],
        "a VPC peering",
    )?;
    let region_id = b.req_str("tidbCloudRegionId")?;
    let region = seed::region(region_id).ok_or_else(|| {
        Fail::bad(format!(
            "tidbCloudRegionId {region_id:?} is not a known region"
        ))
    })?;
    let account = b.req_str("customerAccountId")?;
    let vpc = b.req_str("customerVpcId")?;
    let customer_cidr = cidr(b.req_str("customerVpcCidr")?, "customerVpcCidr")?;
    let customer_region = b.opt_str("customerRegionId")?;
    if region.provider == "aws" && customer_region.is_none() {
        return Err(Fail::bad(
            "customerRegionId is required for a peering on AWS",
        ));
    }
    if let Some(r) = customer_region {
        if seed::region(r).is_none() && !r.starts_with(&format!("{}-", region.provider)) {
            return Err(Fail::bad(format!(
                "customerRegionId {r:?} is not a {} region",
                region.provider
            )));
        }
    }
    let project = ctx
        .key
        .project()
        .unwrap_or_else(|| DEFAULT_PROJECT.to_owned());
    let c = state
        .network_containers
        .iter()
        .find(|c| c.project_id == project && c.region == region_id)
        .ok_or_else(|| {
            Fail::bad(format!(
                "project {project} has no network container in {region_id}; create one first"
            ))
        })?;
    if overlaps(customer_cidr, cidr(&c.cidr, "cidrNotation")?) {
        return Err(Fail::bad(format!(
            "customerVpcCidr overlaps the network container's {}",
            c.cidr
        )));
    }
    let container = c.id.clone();
    let mut body = Map::new();
    for k in [
        "tidbCloudRegionId",
        "customerRegionId",
        "customerAccountId",
        "customerVpcId",
        "customerVpcCidr",
    ] {
        if let Some(v) = b.0.get(k).filter(|v| !v.is_null()) {
            body.insert(k.into(), v.clone());
        }
    }
    let seq = state.next_seq();
    let rec = PeeringRec {
        seq,
        id: format!("{seq}"),
        project_id: project.clone(),
        container,
        body,
        ready_at: ctx.now + state.transition,
        fails: vpc.contains("fail") || account.contains("fail"),
    };
    let out = rec.to_json(state, ctx.now);
    state.vpc_peerings.push(rec);
    state.audit(&ctx.key, "CreateVpcPeering", None, Some(&project));
    ok(out)
}

fn peering<'a>(state: &'a State, ctx: &Ctx, id: &str) -> Result<&'a PeeringRec, Fail> {
    state
        .vpc_peerings
        .iter()
        .find(|p| p.id == id && visible_project(ctx, &p.project_id))
        .ok_or_else(|| Fail::not_found(format!("VPC peering {id} not found")))
}

pub fn get_peering(state: &mut State, ctx: &Ctx, id: &str) -> Reply {
    ok(peering(state, ctx, id)?.to_json(state, ctx.now))
}

pub fn delete_peering(state: &mut State, ctx: &Ctx, id: &str) -> Reply {
    can_write(ctx)?;
    let project = peering(state, ctx, id)?.project_id.clone();
    state.vpc_peerings.retain(|p| p.id != id);
    state.audit(&ctx.key, "DeleteVpcPeering", None, Some(&project));
    ok(json!({}))
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listNetworkContainers", |st, ctx, _| {
        list_containers(st, ctx)
    }),
    ("createNetworkContainer", |st, ctx, _| {
        create_container(st, ctx)
    }),
    ("getNetworkContainer", |st, ctx, p| {
        get_container(st, ctx, p.at(0))
    }),
    ("deleteNetworkContainer", |st, ctx, p| {
        delete_container(st, ctx, p.at(0))
    }),
    ("listVpcPeerings", |st, ctx, _| list_peerings(st, ctx)),
    ("createVpcPeering", |st, ctx, _| create_peering(st, ctx)),
    ("getVpcPeering", |st, ctx, p| get_peering(st, ctx, p.at(0))),
    ("deleteVpcPeering", |st, ctx, p| {
        delete_peering(st, ctx, p.at(0))
    }),
];
