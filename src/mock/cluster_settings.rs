//! The service's checks on a Dedicated cluster's node settings: node specs,
//! counts, storage sizes and types, labels.

use super::reply::{one_of, Fail, Fields};
use super::seed;
use serde_json::{Map, Value};

const STORAGE_TYPES: &[&str] = &["Basic", "Standard", "Performance", "Plus"];

/// The storage types the mock's node specs offer (see seed.rs).
const OFFERED_STORAGE: &[&str] = &["Standard", "Performance"];

pub fn int_in(b: &Fields<'_>, field: &str, path: &str) -> Result<Option<i64>, Fail> {
    b.opt_int(field)
        .map_err(|_| Fail::bad(format!("{path}.{field} must be an integer")))
}

pub fn spec_key<'a>(b: &Fields<'a>, component: &str, path: &str) -> Result<Option<&'a str>, Fail> {
    let key = b
        .opt_str("nodeSpecKey")
        .map_err(|_| Fail::bad(format!("{path}.nodeSpecKey must be a string")))?;
    if let Some(k) = key {
        if seed::hourly_price(component, k).is_none() {
            let known: Vec<&str> = seed::NODE_SPECS
                .iter()
                .filter(|s| s.0 == component)
                .map(|s| s.1)
                .collect();
            return Err(Fail::bad(format!(
                "{path}.nodeSpecKey {k:?} is not offered for {}; choose one of {}",
                seed::component_type(component),
                known.join(", ")
            )));
        }
    }
    Ok(key)
}

pub fn object<'a>(v: &'a Value, path: &str) -> Result<&'a Map<String, Value>, Fail> {
    v.as_object()
        .ok_or_else(|| Fail::bad(format!("{path} must be an object")))
}

pub fn check_count(component: &str, n: i64, path: &str) -> Result<(), Fail> {
    if !(1..=60).contains(&n) {
        return Err(Fail::bad(format!(
            "{path}.nodeCount must be between 1 and 60"
        )));
    }
    if component == "tikv" && n % 3 != 0 {
        return Err(Fail::bad(format!(
            "{path}.nodeCount must be a multiple of 3"
        )));
    }
    Ok(())
}

/// A TiDB node setting (create: one node group with its count; update: the
/// default group by its id) merged over `current`.
pub fn tidb_setting(
    v: &Value,
    current: Option<&Value>,
    update: bool,
    gid: &str,
) -> Result<Value, Fail> {
    let path = "tidbNodeSetting";
    let b = Fields(object(v, path)?);
    let mut out = current
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    match spec_key(&b, "tidb", path)? {
        Some(k) => {
            out.insert("nodeSize".into(), Value::from(k));
        }
        None if !update => return Err(Fail::bad(format!("{path}.nodeSpecKey is required"))),
        None => {}
    }
    match v.get("tidbNodeGroups") {
        None | Some(Value::Null) if update => {}
        None | Some(Value::Null) => {
            return Err(Fail::bad(format!("{path}.tidbNodeGroups is required")))
        }
        Some(Value::Array(groups)) => {
            if groups.len() != 1 {
                return Err(Fail::bad(format!(
                    "{path}.tidbNodeGroups must hold the one default group; add others as TiDB node groups"
                )));
            }
            let g = Fields(object(&groups[0], "tidbNodeSetting.tidbNodeGroups[0]")?);
            let gpath = "tidbNodeSetting.tidbNodeGroups[0]";
            if update {
                match g.opt_str("tidbNodeGroupId")? {
                    Some(id) if id == gid => {}
                    Some(id) => {
                        return Err(Fail::not_found(format!("TiDB node group {id} not found")))
                    }
                    None => return Err(Fail::bad(format!("{gpath}.tidbNodeGroupId is required"))),
                }
            }
            match int_in(&g, "nodeCount", gpath)? {
                Some(n) => {
                    check_count("tidb", n, gpath)?;
                    out.insert("nodeQuantity".into(), Value::from(n));
                }
                None if !update => return Err(Fail::bad(format!("{gpath}.nodeCount is required"))),
                None => {}
            }
        }
        Some(_) => return Err(Fail::bad(format!("{path}.tidbNodeGroups must be a list"))),
    }
    Ok(Value::Object(out))
}

/// A TiKV or TiFlash setting merged over `current`; on create every sizing
/// field is required.
pub fn storage_setting(component: &str, v: &Value, current: Option<&Value>) -> Result<Value, Fail> {
    let path = format!("{component}NodeSetting");
    let b = Fields(object(v, &path)?);
    let create = current.is_none();
    let mut out = current
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let need = |field: &str| Fail::bad(format!("{path}.{field} is required"));
    match spec_key(&b, component, &path)? {
        Some(k) => {
            out.insert("nodeSize".into(), Value::from(k));
        }
        None if create => return Err(need("nodeSpecKey")),
        None => {}
    }
    match int_in(&b, "nodeCount", &path)? {
        Some(n) => {
            check_count(component, n, &path)?;
            out.insert("nodeQuantity".into(), Value::from(n));
        }
        None if create => return Err(need("nodeCount")),
        None => {}
    }
    let (min, max) = if component == "tikv" {
        (200, 6144)
    } else {
        (200, 4096)
    };
    match int_in(&b, "storageSizeGi", &path)? {
        Some(n) if !(min..=max).contains(&n) => {
            return Err(Fail::bad(format!(
                "{path}.storageSizeGi must be between {min} and {max}"
            )))
        }
        Some(n) => {
            if let Some(old) = out.get("storageSize").and_then(Value::as_i64) {
                if !create && n < old {
                    return Err(Fail::bad(format!(
                        "{path}.storageSizeGi cannot shrink from {old} to {n}"
                    )));
                }
            }
            out.insert("storageSize".into(), Value::from(n));
        }
        None if create => return Err(need("storageSizeGi")),
        None => {}
    }
    if let Some(t) = b.opt_str("storageType")? {
        one_of(&format!("{path}.storageType"), t, STORAGE_TYPES)?;
        if !OFFERED_STORAGE.contains(&t) {
            return Err(Fail::bad(format!(
                "{path}.storageType {t:?} is not offered for this node spec; choose one of {}",
                OFFERED_STORAGE.join(", ")
            )));
        }
        out.insert("storageType".into(), Value::from(t));
    }
    if let Some(iops) = int_in(&b, "raftStoreIops", &path)? {
        if component != "tikv" || !(3000..=16000).contains(&iops) {
            return Err(Fail::bad(format!(
                "{path}.raftStoreIops must be between 3000 and 16000, for TiKV only"
            )));
        }
        out.insert("raftStoreIops".into(), Value::from(iops));
    }
    Ok(Value::Object(out))
}

/// Labels: a map of strings; the project label must name a project of the
/// organization the key may use.
pub fn labels(v: Option<&Value>) -> Result<Option<Map<String, Value>>, Fail> {
    let Some(v) = v.filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    let m = object(v, "labels")?;
    if let Some((k, _)) = m.iter().find(|(_, v)| !v.is_string()) {
        return Err(Fail::bad(format!("labels.{k} must be a string")));
    }
    Ok(Some(m.clone()))
}
