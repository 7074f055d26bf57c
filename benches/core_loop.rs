//! The core without Python: sequential and concurrent gets against a running
//! mock, the ceiling the Python binding is measured against.
//!
//! `core_loop URL PUBLIC PRIVATE MODE N [CONCURRENCY]` prints seconds elapsed.
//! MODE is `clusters:<id>` (sequential, on tokio's default multi-thread
//! runtime), `local:<id>` (sequential, on a current-thread runtime, as the
//! Python sync face runs) or `fanout:<id>` (N gets, CONCURRENCY at a time).

use std::sync::Arc;
use std::time::Instant;
use tidbcloud::api::{clusters, regions};
use tidbcloud::{Api, Secret, Settings};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 6 {
        return Err("usage: core_loop URL PUBLIC PRIVATE MODE N [CONCURRENCY]".into());
    }
    let api = Api::new(
        Settings {
            public_key: Some(args[2].clone()),
            private_key: Some(Secret::new(args[3].clone())),
            base_url: Some(args[1].clone()),
            ..Default::default()
        },
        None,
    )?;
    let mode = args[4].clone();
    let n: usize = args[5].parse()?;
    let concurrency: usize = args.get(6).map(|c| c.parse()).transpose()?.unwrap_or(1);
    let rt = if mode.starts_with("local:") {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?
    } else {
        tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()?
    };
    let elapsed = rt.block_on(async move {
        // Warm up: the digest challenge and a pooled connection.
        regions::get(&api, "aws-us-east-1")
            .expect("valid arguments")
            .await?;
        let started = Instant::now();
        if let Some(id) = mode.strip_prefix("fanout:") {
            let id: Arc<str> = id.into();
            let sem = Arc::new(tokio::sync::Semaphore::new(concurrency));
            let mut tasks = Vec::with_capacity(n);
            for _ in 0..n {
                let (api, id, sem) = (api.clone(), id.clone(), sem.clone());
                tasks.push(tokio::spawn(async move {
                    let _permit = sem.acquire().await.map_err(|e| e.to_string())?;
                    clusters::get(&api, &id)
                        .expect("valid arguments")
                        .await
                        .map_err(|e| e.to_string())
                }));
            }
            for t in tasks {
                t.await.map_err(|e| e.to_string())??;
            }
        } else if let Some(id) = mode
            .strip_prefix("clusters:")
            .or_else(|| mode.strip_prefix("local:"))
        {
            for _ in 0..n {
                clusters::get(&api, id)
                    .expect("valid arguments")
                    .await
                    .map_err(|e| e.to_string())?;
            }
        } else {
            return Err(format!("unknown mode {mode}").into());
        }
        Ok::<f64, Box<dyn std::error::Error>>(started.elapsed().as_secs_f64())
    })?;
    println!("{elapsed}");
    Ok(())
}
