//! Who else hears of a long wait for the rate limit: a waiter sets a hook for
//! the polls it makes, so that its progress display can say why a poll is late
//! (the log hears of every such wait through the observer).

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

/// Told the length of a wait and its cause, before the wait.
pub type PacedHook = Arc<dyn Fn(Duration, &str) + Send + Sync>;

tokio::task_local! {
    static HOOK: PacedHook;
}

/// Run `work`, telling `hook` of every wait over a second that the rate limit
/// imposes on the requests `work` makes.
pub async fn telling<F: Future>(hook: PacedHook, work: F) -> F::Output {
    HOOK.scope(hook, work).await
}

/// Tell the hook of the running work, if it set one.
pub(super) fn tell(wait: Duration, cause: &str) {
    let _ = HOOK.try_with(|h| h(wait, cause));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn only_the_work_inside_hears() {
        let heard = Arc::new(Mutex::new(Vec::new()));
        let h = heard.clone();
        let hook: PacedHook = Arc::new(move |w, c| h.lock().unwrap().push((w, c.to_owned())));
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        rt.block_on(async {
            tell(Duration::from_secs(9), "outside");
            telling(hook, async { tell(Duration::from_secs(2), "inside") }).await;
        });
        assert_eq!(
            *heard.lock().unwrap(),
            vec![(Duration::from_secs(2), "inside".to_owned())]
        );
    }
}
