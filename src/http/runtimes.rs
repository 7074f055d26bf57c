//! The runtimes calls run on: each thread's own single-threaded runtime for
//! blocking calls (the answer never crosses threads), and one shared
//! multi-threaded runtime for async calls. Both are made anew in a process
//! forked from the one that made them: their threads and epoll instance belong
//! to the parent, so the child leaks its copies instead of using or dropping
//! them (dropping would deregister the parent's sockets from the shared epoll).

use crate::error::{Error, Result};
use std::cell::RefCell;
use std::mem::ManuallyDrop;
use std::sync::{Arc, Mutex};

/// A thread's own runtime. Shared through an `Arc` so that `Transport::close`
/// can drive it from another thread while its owner is idle, letting the
/// connections it owns see that their pool is gone and close their sockets.
pub struct LocalRuntime {
    pid: u32,
    rt: ManuallyDrop<tokio::runtime::Runtime>,
    /// Held while some thread drives the runtime.
    driving: Mutex<()>,
}

impl LocalRuntime {
    /// Run `fut` to completion on this runtime.
    pub fn block_on<F: std::future::Future>(&self, fut: F) -> F::Output {
        let _driving = self.driving.lock().unwrap_or_else(|p| p.into_inner());
        self.rt.block_on(fut)
    }

    /// Let the runtime handle what happened while nobody drove it: above all,
    /// connections the server closed while they sat idle in the pool, so that
    /// the next request never goes out on a dead one.
    pub async fn catch_up() {
        // The first yield polls the I/O driver, which wakes the connection
        // tasks that saw a close; the second lets them run before we go on.
        for _ in 0..2 {
            tokio::task::yield_now().await;
        }
    }

    /// Drive the runtime briefly if no thread is driving it now.
    pub fn drive_if_idle(&self) {
        if tokio::runtime::Handle::try_current().is_ok() || self.pid != std::process::id() {
            return;
        }
        if let Ok(_driving) = self.driving.try_lock() {
            self.rt.block_on(Self::catch_up());
        }
    }
}

impl Drop for LocalRuntime {
    fn drop(&mut self) {
        if self.pid == std::process::id() {
            // SAFETY: dropped once, here, and never used again.
            unsafe { ManuallyDrop::drop(&mut self.rt) };
        }
    }
}

thread_local! {
    static LOCAL: RefCell<Option<Arc<LocalRuntime>>> = const { RefCell::new(None) };
}

/// This thread's runtime, made on first use (and again in a forked child).
pub fn local() -> Result<Arc<LocalRuntime>> {
    LOCAL.with(|cell| {
        let mut cell = cell.borrow_mut();
        let pid = std::process::id();
        if let Some(rt) = cell.as_ref().filter(|rt| rt.pid == pid) {
            return Ok(rt.clone());
        }
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| Error::Unusable(format!("cannot start an I/O runtime: {e}")))?;
        let rt = Arc::new(LocalRuntime {
            pid,
            rt: ManuallyDrop::new(rt),
            driving: Mutex::new(()),
        });
        // A copy inherited across fork is replaced; its Drop leaves it alone.
        *cell = Some(rt.clone());
        Ok(rt)
    })
}

/// The runtime of the calling thread if a blocking call is driving it now.
pub fn current_local() -> Option<Arc<LocalRuntime>> {
    let flavor = tokio::runtime::Handle::try_current().ok()?.runtime_flavor();
    if flavor != tokio::runtime::RuntimeFlavor::CurrentThread {
        return None;
    }
    LOCAL.with(|cell| cell.borrow().clone())
}

static SHARED: Mutex<Option<(u32, &'static tokio::runtime::Runtime)>> = Mutex::new(None);

/// The shared runtime of async calls, made on first use (and again in a forked child).
pub fn shared() -> Result<&'static tokio::runtime::Runtime> {
    let mut slot = SHARED.lock().unwrap_or_else(|p| p.into_inner());
    let pid = std::process::id();
    if let Some((owner, rt)) = *slot {
        if owner == pid {
            return Ok(rt);
        }
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("tidbcloud-io")
        .build()
        .map_err(|e| Error::Unusable(format!("cannot start the I/O runtime: {e}")))?;
    // Lives for the process: calls in flight at exit are simply abandoned.
    let rt: &'static tokio::runtime::Runtime = Box::leak(Box::new(rt));
    *slot = Some((pid, rt));
    Ok(rt)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_local_runtime_per_thread() {
        let a = local().unwrap();
        let b = local().unwrap();
        assert!(Arc::ptr_eq(&a, &b));
        let other = std::thread::spawn(|| local().map(|rt| Arc::as_ptr(&rt) as usize))
            .join()
            .unwrap()
            .unwrap();
        assert_ne!(other, Arc::as_ptr(&a) as usize);
        assert!(current_local().is_none());
        assert!(a.block_on(async { current_local().is_some() }));
    }

    #[test]
    fn shared_runtime_is_made_once() {
        let a = shared().unwrap() as *const _;
        let b = shared().unwrap() as *const _;
        assert_eq!(a, b);
    }
}
