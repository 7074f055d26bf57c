//! Connects in progress, counted across every pool of a transport.
//!
//! The pool races each new connect against a connection being freed; when
//! the freed one wins, the connect still finishes and its socket joins the
//! pool. A connection permit let go while such a connect is under way would
//! let the next call open one more socket, so permits wait for none to be.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::sync::Notify;

#[derive(Default)]
pub struct Connecting {
    now: AtomicUsize,
    idle: Notify,
}

impl Connecting {
    /// Wait until no connect is under way, or `limit` has passed.
    pub async fn settled(&self, limit: Duration) {
        let wait = async {
            loop {
                let notified = self.idle.notified();
                if self.now.load(Ordering::Acquire) == 0 {
                    return;
                }
                notified.await;
            }
        };
        let _ = tokio::time::timeout(limit, wait).await;
    }
}

/// Counts one connect while it runs (dropped when it ends either way).
struct Counting(Arc<Connecting>);

impl Counting {
    fn new(c: &Arc<Connecting>) -> Self {
        c.now.fetch_add(1, Ordering::AcqRel);
        Counting(c.clone())
    }
}

impl Drop for Counting {
    fn drop(&mut self) {
        if self.0.now.fetch_sub(1, Ordering::AcqRel) == 1 {
            self.0.idle.notify_waiters();
        }
    }
}

/// The connector layer that does the counting.
#[derive(Clone)]
pub struct CountConnects(pub Arc<Connecting>);

impl<S> tower::Layer<S> for CountConnects {
    type Service = Counted<S>;
    fn layer(&self, inner: S) -> Counted<S> {
        Counted {
            inner,
            connecting: self.0.clone(),
        }
    }
}

#[derive(Clone)]
pub struct Counted<S> {
    inner: S,
    connecting: Arc<Connecting>,
}

type BoxFuture<T, E> = Pin<Box<dyn Future<Output = Result<T, E>> + Send>>;

impl<S, R> tower::Service<R> for Counted<S>
where
    S: tower::Service<R>,
    S::Future: Send + 'static,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = BoxFuture<S::Response, S::Error>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: R) -> Self::Future {
        let counting = Counting::new(&self.connecting);
        let fut = self.inner.call(req);
        Box::pin(async move {
            let out = fut.await;
            drop(counting);
            out
        })
    }
}
