//! Reading an answer's body, never more than a limit: a hostile or broken
//! server cannot make the client hold an endless stream in memory.

use bytes::{Bytes, BytesMut};

/// What a body thrown away (a digest challenge's) may hold before the
/// connection is dropped instead of drained for reuse.
pub const DRAIN_CAP: u64 = 64 * 1024;

/// Why a body could not be read in full.
pub enum ReadFail {
    /// It is longer than the limit (said by its length, or seen while reading).
    TooLarge,
    /// The time for the attempt ran out while it arrived.
    Timeout(reqwest::Error),
    /// The connection broke while it arrived.
    Cut(reqwest::Error),
}

/// The whole body of `resp`, if it holds at most `cap` bytes.
pub async fn read_capped(mut resp: reqwest::Response, cap: u64) -> Result<Bytes, ReadFail> {
    if resp.content_length().is_some_and(|n| n > cap) {
        return Err(ReadFail::TooLarge);
    }
    // The usual answer is one chunk: kept as it is, copied only if more come.
    let mut first: Option<Bytes> = None;
    let mut buf = BytesMut::new();
    let mut len = 0u64;
    loop {
        match resp.chunk().await {
            Ok(Some(chunk)) => {
                len += chunk.len() as u64;
                if len > cap {
                    return Err(ReadFail::TooLarge);
                }
                match first.take() {
                    None if buf.is_empty() => first = Some(chunk),
                    prev => {
                        if let Some(p) = prev {
                            buf.extend_from_slice(&p);
                        }
                        buf.extend_from_slice(&chunk);
                    }
                }
            }
            Ok(None) => return Ok(first.unwrap_or_else(|| buf.freeze())),
            Err(e) if e.is_timeout() => return Err(ReadFail::Timeout(e)),
            Err(e) => return Err(ReadFail::Cut(e)),
        }
    }
}

/// Read and drop a small body so its connection can serve again; a large
/// one is dropped unread, and its connection with it.
pub async fn drain(resp: reqwest::Response) {
    let _ = read_capped(resp, DRAIN_CAP).await;
}
