//! When to wait before another attempt, and for how long.

use rand::Rng;
use reqwest::header::HeaderMap;
use std::time::{Duration, SystemTime};

/// Longest server-requested wait we sit out; beyond it the 429 goes to the caller.
pub const MAX_SERVER_WAIT: f64 = 60.0;

/// Exponential backoff with jitter: about 0.5 s doubling per attempt, capped at 8 s,
/// each delay shortened by up to a quarter at random so that clients spread out.
pub fn backoff_delay(attempt: u32) -> Duration {
    let base = (0.5 * 2f64.powi(attempt.min(16) as i32)).min(8.0);
    let jitter = 1.0 - 0.25 * rand::thread_rng().gen::<f64>();
    Duration::from_secs_f64(base * jitter)
}

/// Seconds from a `Retry-After` value: delta-seconds (integer or decimal) or an HTTP date.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<f64> {
    let v = value.trim();
    if let Ok(secs) = v.parse::<f64>() {
        return (secs.is_finite() && secs >= 0.0).then_some(secs);
    }
    let when = httpdate::parse_http_date(v).ok()?;
    Some(
        when.duration_since(now)
            .map(|d| d.as_secs_f64())
            .unwrap_or(0.0),
    )
}

pub fn header_str<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// A server-requested wait as a duration, bounded by [`MAX_SERVER_WAIT`]; a
/// value that is no number of seconds waits not at all.
pub fn wait_duration(w: f64) -> Duration {
    Duration::try_from_secs_f64(w.clamp(0.0, MAX_SERVER_WAIT)).unwrap_or_default()
}

/// The server's requested wait: `Retry-After`, else `X-Ratelimit-Reset`.
pub fn server_wait(headers: &HeaderMap) -> Option<f64> {
    header_str(headers, "retry-after")
        .and_then(|v| parse_retry_after(v, SystemTime::now()))
        .or_else(|| {
            header_str(headers, "x-ratelimit-reset").and_then(|v| v.trim().parse::<f64>().ok())
        })
        .filter(|w| w.is_finite() && *w >= 0.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn backoff_doubles_and_caps() {
        for attempt in 0..10 {
            let d = backoff_delay(attempt).as_secs_f64();
            let nominal = (0.5 * 2f64.powi(attempt as i32)).min(8.0);
            assert!(
                d <= nominal && d >= nominal * 0.75,
                "attempt {attempt}: {d}"
            );
        }
    }

    #[test]
    fn retry_after_forms() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(parse_retry_after("3", now), Some(3.0));
        assert_eq!(parse_retry_after(" 1.5 ", now), Some(1.5));
        let later = httpdate::fmt_http_date(now + Duration::from_secs(42));
        assert_eq!(parse_retry_after(&later, now), Some(42.0));
        let earlier = httpdate::fmt_http_date(now - Duration::from_secs(5));
        assert_eq!(parse_retry_after(&earlier, now), Some(0.0));
        assert_eq!(parse_retry_after("-1", now), None);
        assert_eq!(parse_retry_after("soon", now), None);
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn server_wait_prefers_retry_after_then_ratelimit_reset() {
        assert_eq!(server_wait(&headers(&[("retry-after", "3")])), Some(3.0));
        assert_eq!(
            server_wait(&headers(&[
                ("retry-after", "2"),
                ("x-ratelimit-reset", "9")
            ])),
            Some(2.0)
        );
        assert_eq!(
            server_wait(&headers(&[("x-ratelimit-reset", "7")])),
            Some(7.0)
        );
        assert_eq!(
            server_wait(&headers(&[("x-ratelimit-reset", "soon")])),
            None
        );
        assert_eq!(server_wait(&HeaderMap::new()), None);
    }
}
