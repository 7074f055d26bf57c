//! Moving file bytes to and from presigned URLs (upload parts, export and
//! audit-log files): streamed from and to disk in pieces, never held whole;
//! no digest auth and no rate limit, as these URLs are the storage's, not the
//! API's; retried with backoff on a lost connection or a 5xx, as a PUT of a
//! part or a GET may be. The URL's query (its signature) never appears in an
//! error.

use super::retry::backoff_delay;
use super::transport::Transport;
use crate::error::{ApiError, Error, Result};
use futures_util::StreamExt;
use reqwest::header::{CONTENT_LENGTH, ETAG};
use reqwest::{Method, StatusCode};
use std::path::Path;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncSeekExt, AsyncWriteExt};

/// How much is read from or written to disk at a time.
const PIECE: usize = 512 << 10;
/// A bound on a whole download that never comes first: pieces that stop
/// coming end it long before.
const WHOLE_FILE: Duration = Duration::from_secs(7 * 86_400);
/// The slowest rate a part may go at before its PUT times out, bytes a second.
const SLOWEST: f64 = 64.0 * 1024.0;

/// Counts bytes as they move: a positive count as they go, a negative one
/// when an attempt that carried them failed and starts over.
pub type Moved = std::sync::Arc<dyn Fn(i64) + Send + Sync>;

/// Where a URL points, without its query: what errors may show.
fn shown(url: &reqwest::Url) -> String {
    format!("{}{}", url.origin().ascii_serialization(), url.path())
}

fn parse(url: &str) -> Result<reqwest::Url> {
    let u = reqwest::Url::parse(url).map_err(|_| Error::Decode {
        message: "the service gave a transfer URL that is not a URL".into(),
        status: 200,
        request_id: None,
    })?;
    if !matches!(u.scheme(), "http" | "https") {
        return Err(Error::Decode {
            message: format!(
                "the service gave a transfer URL of scheme {:?}; only http and https are used",
                u.scheme()
            ),
            status: 200,
            request_id: None,
        });
    }
    Ok(u)
}

/// What failed, and whether another attempt may succeed.
enum Failed {
    Retry(Error),
    Stop(Error),
}

/// The storage's error: S3 answers XML with `<Code>` and `<Message>`.
fn storage_error(what: &str, status: StatusCode, body: &[u8]) -> Error {
    let text = String::from_utf8_lossy(&body[..body.len().min(4096)]).into_owned();
    let tag = |name: &str| {
        let open = format!("<{name}>");
        let start = text.find(&open)? + open.len();
        let end = text[start..].find(&format!("</{name}>"))? + start;
        Some(text[start..end].to_owned())
    };
    let code = tag("Code");
    let message = match (&code, tag("Message")) {
        (Some(c), Some(m)) => format!("{what}: HTTP {}: {c}: {m}", status.as_u16()),
        (Some(c), None) => format!("{what}: HTTP {}: {c}", status.as_u16()),
        _ => format!("{what}: HTTP {}", status.as_u16()),
    };
    Error::Status(Box::new(ApiError {
        status: status.as_u16(),
        code: code.map(serde_json::Value::String),
        error: None,
        message,
        request_id: None,
        body: None,
        retry_after: None,
    }))
}

fn classify(what: &str, status: StatusCode, body: &[u8]) -> Failed {
    let e = storage_error(what, status, body);
    if status.is_server_error() || status.as_u16() == 408 || status.as_u16() == 429 {
        Failed::Retry(e)
    } else {
        Failed::Stop(e)
    }
}

fn sent_error(what: &str, e: reqwest::Error) -> Failed {
    // reqwest's message may quote the URL; keep only what it says went wrong.
    let e = e.without_url();
    if e.is_timeout() {
        Failed::Retry(Error::Timeout(format!("{what}: timed out: {e}")))
    } else {
        Failed::Retry(Error::Connection(format!("{what}: {e}")))
    }
}

impl Transport {
    /// Try `attempt` up to `max_retries` more times while it fails in a way
    /// another attempt may mend.
    async fn with_retries<T, F, Fut>(&self, mut attempt: F) -> Result<T>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = std::result::Result<T, Failed>>,
    {
        let mut n = 0;
        loop {
            match attempt().await {
                Ok(v) => return Ok(v),
                Err(Failed::Retry(e)) if n < self.config().max_retries => {
                    tokio::time::sleep(backoff_delay(n)).await;
                    n += 1;
                    drop(e);
                }
                Err(Failed::Retry(e) | Failed::Stop(e)) => return Err(e),
            }
        }
    }

    /// A connection permit: transfers count against `max_connections` too.
    async fn permit(&self) -> std::result::Result<tokio::sync::OwnedSemaphorePermit, Failed> {
        self.conns
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| Failed::Stop(Error::Unusable("the client has been closed".into())))
    }

    /// PUT bytes `[offset, offset + len)` of `file` to `url`; the part's ETag.
    pub async fn put_part(
        &self,
        url: &str,
        file: &Path,
        (offset, len): (u64, u64),
        what: &str,
        moved: Moved,
    ) -> Result<String> {
        let url = parse(url)?;
        let client = self.client()?;
        let timeout = self.config().timeout + Duration::from_secs_f64(len as f64 / SLOWEST);
        self.with_retries(|| {
            let (client, url, moved) = (client.clone(), url.clone(), moved.clone());
            async move {
                let _permit = self.permit().await?;
                let sent = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
                let body = part_body(file, offset, len, moved.clone(), sent.clone())
                    .await
                    .map_err(|e| {
                        Failed::Stop(Error::invalid(format!("{what}: cannot read the file: {e}")))
                    })?;
                let result = client
                    .request(Method::PUT, url.clone())
                    .timeout(timeout)
                    .header(CONTENT_LENGTH, len)
                    .body(body)
                    .send()
                    .await;
                let outcome = match result {
                    Err(e) => Err(sent_error(what, e)),
                    Ok(resp) => {
                        let status = resp.status();
                        let etag = resp
                            .headers()
                            .get(ETAG)
                            .and_then(|v| v.to_str().ok())
                            .map(str::to_owned);
                        let body = resp.bytes().await.unwrap_or_default();
                        match (status.is_success(), etag) {
                            (true, Some(etag)) => Ok(etag),
                            (true, None) => Err(Failed::Stop(Error::Decode {
                                message: format!(
                                    "{what}: the storage answered without an ETag ({})",
                                    shown(&url)
                                ),
                                status: status.as_u16(),
                                request_id: None,
                            })),
                            (false, _) => Err(classify(what, status, &body)),
                        }
                    }
                };
                if outcome.is_err() {
                    // What this attempt carried goes again.
                    moved(-(sent.load(std::sync::atomic::Ordering::Relaxed) as i64));
                }
                outcome
            }
        })
        .await
    }

    /// GET `url` into `dest` (created new), which must come to `size` bytes;
    /// a server that sends another size is an error, and no more than `size`
    /// bytes are ever written.
    pub async fn get_to_file(
        &self,
        url: &str,
        dest: &Path,
        size: u64,
        what: &str,
        moved: Moved,
    ) -> Result<()> {
        let url = parse(url)?;
        let client = self.client()?;
        let idle = self.config().timeout;
        self.with_retries(|| {
            let (client, url, moved) = (client.clone(), url.clone(), moved.clone());
            async move {
                let _permit = self.permit().await?;
                // No bound on the whole body, which may take long (the
                // client's own timeout is for API answers): the headers must
                // come within `idle`, and then each piece.
                let sent = client
                    .request(Method::GET, url.clone())
                    .timeout(WHOLE_FILE)
                    .send();
                let resp = match tokio::time::timeout(idle, sent).await {
                    Err(_) => {
                        return Err(Failed::Retry(Error::Timeout(format!(
                            "{what}: no answer for {:.1} s",
                            idle.as_secs_f64()
                        ))))
                    }
                    Ok(Err(e)) => return Err(sent_error(what, e)),
                    Ok(Ok(r)) => r,
                };
                let status = resp.status();
                if !status.is_success() {
                    let body = resp.bytes().await.unwrap_or_default();
                    return Err(classify(what, status, &body));
                }
                if let Some(n) = resp.content_length() {
                    if n != size {
                        return Err(Failed::Stop(Error::Decode {
                            message: format!("{what}: the storage sends {n} bytes where the service listed {size}"),
                            status: status.as_u16(),
                            request_id: None,
                        }));
                    }
                }
                let mut out = tokio::fs::File::create(dest)
                    .await
                    .map_err(|e| Failed::Stop(Error::invalid(format!("{what}: cannot write {}: {e}", dest.display()))))?;
                let mut got = 0u64;
                let mut stream = resp.bytes_stream();
                let failed = |got: u64, f: Failed| {
                    moved(-(got as i64));
                    f
                };
                loop {
                    let next = match tokio::time::timeout(idle, stream.next()).await {
                        Err(_) => return Err(failed(got, Failed::Retry(Error::Timeout(format!(
                            "{what}: no data for {:.1} s", idle.as_secs_f64()))))),
                        Ok(None) => break,
                        Ok(Some(Err(e))) => return Err(failed(got, sent_error(what, e))),
                        Ok(Some(Ok(chunk))) => chunk,
                    };
                    got += next.len() as u64;
                    if got > size {
                        return Err(failed(got - next.len() as u64, Failed::Stop(Error::Decode {
                            message: format!("{what}: the storage sends more than the {size} bytes the service listed"),
                            status: status.as_u16(),
                            request_id: None,
                        })));
                    }
                    out.write_all(&next).await.map_err(|e| Failed::Stop(Error::invalid(format!(
                        "{what}: cannot write {}: {e}", dest.display()))))?;
                    moved(next.len() as i64);
                }
                out.flush().await.map_err(|e| Failed::Stop(Error::invalid(format!(
                    "{what}: cannot write {}: {e}", dest.display()))))?;
                if got != size {
                    return Err(failed(got, Failed::Retry(Error::Connection(format!(
                        "{what}: the file ended at {got} of {size} bytes")))));
                }
                Ok(())
            }
        })
        .await
    }
}

/// A part of `file` as a request body, read a piece at a time.
async fn part_body(
    file: &Path,
    offset: u64,
    len: u64,
    moved: Moved,
    sent: std::sync::Arc<std::sync::atomic::AtomicU64>,
) -> std::io::Result<reqwest::Body> {
    let mut f = tokio::fs::File::open(file).await?;
    f.seek(std::io::SeekFrom::Start(offset)).await?;
    let stream = futures_util::stream::unfold((f, len), move |(mut f, left)| {
        let (moved, sent) = (moved.clone(), sent.clone());
        async move {
            if left == 0 {
                return None;
            }
            let mut buf = vec![0u8; PIECE.min(left as usize)];
            match f.read(&mut buf).await {
                Ok(0) => Some((
                    Err(std::io::Error::new(
                        std::io::ErrorKind::UnexpectedEof,
                        "the file got shorter",
                    )),
                    (f, 0),
                )),
                Ok(n) => {
                    buf.truncate(n);
                    moved(n as i64);
                    sent.fetch_add(n as u64, std::sync::atomic::Ordering::Relaxed);
                    Some((Ok(bytes::Bytes::from(buf)), (f, left - n as u64)))
                }
                Err(e) => Some((Err(e), (f, 0))),
            }
        }
    });
    Ok(reqwest::Body::wrap_stream(stream))
}
