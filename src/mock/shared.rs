//! What the mock's request handling shares: the state, the nonces, the rate
//! limiter, the faults and the request log, each behind its own lock, taken
//! briefly and never across an await.

use super::auth::random_hex;
use super::auth::NonceStore;
use super::clock::Clock;
use super::control::{self, Controls, Seeder};
use super::faults::Faults;
use super::log::Logged;
use super::objects::Objects;
use super::options::MockOptions;
use super::paging::Tokens;
use super::ratelimit::KeyLimiter;
use super::state::{KeyRec, State};
use serde_json::{Map, Value};
use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, MutexGuard};

/// Everything the request handlers share. Each part has its own lock, taken
/// briefly and never across an await.
pub struct Shared {
    state: Mutex<State>,
    nonces: Mutex<NonceStore>,
    limiter: Mutex<Option<KeyLimiter>>,
    log: Mutex<Log>,
    faults: Mutex<Faults>,
    pub tokens: Tokens,
    pub record_bodies: bool,
    pub max_body_bytes: usize,
    /// The clock every transition is measured against.
    pub clock: Clock,
    /// Whether the control endpoints below `/_mock/` answer.
    pub control_endpoints: bool,
    /// The Organization Owner key, kept through a reset.
    pub owner: KeyRec,
    pub objects: Objects,
}

/// The last `cap` requests, and how many of each kind came in all, so that
/// counting stays exact after old entries are dropped.
struct Log {
    entries: VecDeque<Logged>,
    cap: usize,
    /// (method, path, authenticated) to how many came.
    counts: HashMap<(String, String, bool), usize>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Shared {
    pub fn new(
        state: State,
        nonces: NonceStore,
        limiter: Option<KeyLimiter>,
        owner: KeyRec,
        opts: &MockOptions,
        objects: Objects,
    ) -> Shared {
        Shared {
            state: Mutex::new(state),
            nonces: Mutex::new(nonces),
            limiter: Mutex::new(limiter),
            log: Mutex::new(Log {
                entries: VecDeque::new(),
                cap: opts.request_log,
                counts: HashMap::new(),
            }),
            faults: Mutex::new(Faults::default()),
            tokens: Tokens::new(random_hex(16)),
            record_bodies: opts.record_bodies,
            max_body_bytes: opts.max_body_bytes,
            clock: Clock::new(opts.manual_clock),
            control_endpoints: opts.control,
            owner,
            objects,
        }
    }

    /// The requests the log still holds, oldest first.
    pub fn entries(&self) -> Vec<Logged> {
        lock(&self.log).entries.iter().cloned().collect()
    }

    /// How many requests match `method` and `path` (either may be `None`;
    /// `path` may end in `*` to match a prefix), of all that came.
    pub fn count(&self, method: Option<&str>, path: Option<&str>, authenticated: bool) -> usize {
        let log = lock(&self.log);
        log.counts
            .iter()
            .filter(|((_, _, authed), _)| !authenticated || *authed)
            .filter(|((m, _, _), _)| method.is_none_or(|want| m.eq_ignore_ascii_case(want)))
            .filter(|((_, p, _), _)| path.is_none_or(|want| path_matches(want, p)))
            .map(|(_, n)| n)
            .sum()
    }

    pub fn reset_log(&self) {
        let mut log = lock(&self.log);
        log.entries.clear();
        log.counts.clear();
    }

    pub fn state(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }
    pub fn nonces(&self) -> MutexGuard<'_, NonceStore> {
        lock(&self.nonces)
    }
    pub fn limiter(&self) -> MutexGuard<'_, Option<KeyLimiter>> {
        lock(&self.limiter)
    }
    pub fn faults(&self) -> MutexGuard<'_, Faults> {
        lock(&self.faults)
    }
    pub fn log(&self, entry: Logged) {
        let mut log = lock(&self.log);
        let key = (
            entry.method.clone(),
            entry.path.clone(),
            entry.key.is_some(),
        );
        *log.counts.entry(key).or_default() += 1;
        if log.cap == 0 {
            return;
        }
        if log.entries.len() >= log.cap {
            log.entries.pop_front();
        }
        log.entries.push_back(entry);
    }
}

fn path_matches(pattern: &str, path: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => path.starts_with(prefix),
        None => pattern == path,
    }
}

/// A test's controls, over the shared parts: the clock and the store first,
/// then what a reset also clears.
impl Controls for Shared {
    fn advance(&self, seconds: f64) -> Result<f64, String> {
        control::advance(&self.clock, &mut self.state(), seconds)
    }

    fn settle(&self) -> f64 {
        control::settle(&self.clock, &mut self.state())
    }

    fn reset(&self) {
        control::reset_store(&mut self.state(), &self.owner);
        self.reset_log();
        self.faults().clear();
        if let Some(l) = self.limiter().as_mut() {
            l.forget();
        }
    }

    fn seed(&self, kind: &str, fields: Map<String, Value>) -> Result<Value, String> {
        let by = Seeder {
            owner: &self.owner,
            tokens: &self.tokens,
            objects: &self.objects,
        };
        let mut st = self.state();
        control::seed(&by, &mut st, self.clock.now(), kind, fields)
    }
}
