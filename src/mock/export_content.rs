//! What a finished LOCAL export's files hold, made as they are read, so that
//! a file of any size is served without being kept: rows of one fixed width
//! (so that a file's size is known before it is made), as CSV or SQL, and
//! gzip-compressed as the service's default is. The gzip stream uses stored
//! (uncompressed) deflate blocks: any gzip reader takes it, and its size is
//! known in advance too.

use bytes::Bytes;
use futures_util::Stream;

/// The file kinds the mock writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Csv,
    Sql,
}

/// One file: its kind, its rows, and whether it is gzipped.
#[derive(Clone, Debug)]
pub struct FileContent {
    pub kind: Kind,
    pub table: String,
    pub rows: u64,
    pub gzip: bool,
}

/// The largest stored deflate block.
const BLOCK: u64 = 65_535;
/// What the generator hands out at a time.
const CHUNK: u64 = BLOCK;

impl FileContent {
    fn header(&self) -> String {
        match self.kind {
            Kind::Csv => "id,name,amount\n".to_owned(),
            Kind::Sql => format!("-- rows of {}\n", self.table),
        }
    }

    fn row(&self, i: u64) -> String {
        let cents = (i * 7919) % 100_000_000;
        match self.kind {
            Kind::Csv => format!(
                "{i:010},\"customer {i:010}\",{:08}.{:02}\n",
                cents / 100,
                cents % 100
            ),
            Kind::Sql => format!(
                "INSERT INTO `{}` VALUES ({i:010},'customer {i:010}',{:08}.{:02});\n",
                self.table.rsplit('.').next().unwrap_or("t"),
                cents / 100,
                cents % 100
            ),
        }
    }

    fn row_len(&self) -> u64 {
        self.row(0).len() as u64
    }

    /// Bytes before compression.
    pub fn plain_size(&self) -> u64 {
        self.header().len() as u64 + self.rows * self.row_len()
    }

    /// Bytes as served.
    pub fn size(&self) -> u64 {
        let plain = self.plain_size();
        if !self.gzip {
            return plain;
        }
        let blocks = plain.div_ceil(BLOCK).max(1);
        10 + blocks * 5 + plain + 8
    }

    /// Plain bytes `[from, from + n)`.
    fn plain(&self, from: u64, n: u64) -> Vec<u8> {
        let header = self.header();
        let h = header.len() as u64;
        let l = self.row_len();
        let mut out = Vec::with_capacity(n as usize);
        let mut at = from;
        let end = from + n;
        while at < end {
            if at < h {
                let s = &header.as_bytes()[at as usize..h.min(end) as usize];
                out.extend_from_slice(s);
                at += s.len() as u64;
                continue;
            }
            let i = (at - h) / l;
            let off = ((at - h) % l) as usize;
            let row = self.row(i);
            let take = (l as usize - off).min((end - at) as usize);
            out.extend_from_slice(&row.as_bytes()[off..off + take]);
            at += take as u64;
        }
        out
    }

    /// The file, a piece at a time.
    pub fn stream(self) -> impl Stream<Item = Result<Bytes, std::io::Error>> + Send {
        let total = self.plain_size();
        // (next plain offset, crc so far, whether the gzip header is out, done)
        let start = (0u64, Crc::new(), false, false);
        futures_util::stream::unfold(
            (self, start),
            move |(c, (at, mut crc, begun, done))| async move {
                if done {
                    return None;
                }
                let n = CHUNK.min(total - at);
                let plain = c.plain(at, n);
                let next = at + n;
                let last = next >= total;
                if !c.gzip {
                    let out = Bytes::from(plain);
                    let finished = last;
                    return Some((Ok(out), (c, (next, crc, true, finished))));
                }
                let mut out = Vec::with_capacity(plain.len() + 32);
                if !begun {
                    out.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]);
                }
                crc.update(&plain);
                out.push(u8::from(last));
                let len = plain.len() as u16;
                out.extend_from_slice(&len.to_le_bytes());
                out.extend_from_slice(&(!len).to_le_bytes());
                out.extend_from_slice(&plain);
                if last {
                    out.extend_from_slice(&crc.value().to_le_bytes());
                    out.extend_from_slice(&((total & 0xffff_ffff) as u32).to_le_bytes());
                }
                Some((Ok(Bytes::from(out)), (c, (next, crc, true, last))))
            },
        )
    }
}

/// CRC-32 (IEEE), as gzip's trailer needs.
#[derive(Clone, Copy)]
struct Crc(u32);

impl Crc {
    fn new() -> Crc {
        Crc(0xffff_ffff)
    }

    fn update(&mut self, data: &[u8]) {
        let mut c = self.0;
        for &b in data {
            c ^= u32::from(b);
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    (c >> 1) ^ 0xedb8_8320
                } else {
                    c >> 1
                };
            }
        }
        self.0 = c;
    }

    fn value(self) -> u32 {
        !self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::StreamExt;

    fn collect(c: FileContent) -> Vec<u8> {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        rt.block_on(async {
            let mut out = Vec::new();
            let mut s = std::pin::pin!(c.stream());
            while let Some(b) = s.next().await {
                out.extend_from_slice(&b.unwrap());
            }
            out
        })
    }

    #[test]
    fn sizes_are_known_before_the_bytes() {
        for (rows, gzip) in [(0, false), (3, true), (5000, true), (5000, false)] {
            let c = FileContent {
                kind: Kind::Csv,
                table: "app.orders".into(),
                rows,
                gzip,
            };
            assert_eq!(collect(c.clone()).len() as u64, c.size(), "{rows} {gzip}");
        }
    }

    #[test]
    fn crc_of_a_known_string() {
        let mut c = Crc::new();
        c.update(b"123456789");
        assert_eq!(c.value(), 0xcbf4_3926);
    }
}
