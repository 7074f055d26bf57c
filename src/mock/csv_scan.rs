//! Reading an uploaded CSV file as an import would: counting its records, a
//! piece at a time, and finding the first place it cannot be parsed (a quoted
//! field never closed, or a record with another number of fields than the
//! first).

use std::io::Read;

/// How a CSV file is written: its import's `csvFormat`, with the defaults
/// the definitions state.
pub struct Format {
    pub separator: Vec<u8>,
    pub delimiter: Option<u8>,
    pub backslash_escape: bool,
}

impl Default for Format {
    fn default() -> Self {
        Format {
            separator: b",".to_vec(),
            delimiter: Some(b'"'),
            backslash_escape: true,
        }
    }
}

/// The records of `input` (a header included), or why it cannot be parsed.
pub fn count_records(input: impl Read, f: &Format) -> Result<u64, String> {
    let mut scan = Scan {
        f,
        in_quotes: false,
        escaped: false,
        fields: 1,
        record_has_bytes: false,
        expected: None,
        records: 0,
        line: 1,
        quote_line: 0,
        sep_matched: 0,
        start_line: 1,
    };
    let mut reader = std::io::BufReader::with_capacity(1 << 16, input);
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = reader
            .read(&mut buf)
            .map_err(|e| format!("the file cannot be read: {e}"))?;
        if n == 0 {
            break;
        }
        for &b in &buf[..n] {
            scan.byte(b)?;
        }
    }
    if scan.in_quotes {
        return Err(format!(
            "line {}: a quoted field is never closed",
            scan.quote_line
        ));
    }
    scan.end_record()?;
    Ok(scan.records)
}

struct Scan<'a> {
    f: &'a Format,
    in_quotes: bool,
    escaped: bool,
    fields: usize,
    record_has_bytes: bool,
    expected: Option<usize>,
    records: u64,
    line: u64,
    quote_line: u64,
    /// How much of the separator the last bytes matched.
    sep_matched: usize,
    /// The line the record being read began on.
    start_line: u64,
}

impl Scan<'_> {
    fn byte(&mut self, b: u8) -> Result<(), String> {
        if b == b'\n' {
            self.line += 1;
        }
        if self.in_quotes {
            if self.escaped {
                self.escaped = false;
            } else if self.f.backslash_escape && b == b'\\' {
                self.escaped = true;
            } else if Some(b) == self.f.delimiter {
                self.in_quotes = false;
            }
            return Ok(());
        }
        if Some(b) == self.f.delimiter {
            // Also the second quote of `""`, a quote inside a quoted field.
            self.in_quotes = true;
            self.quote_line = self.line;
            self.start_record();
            return Ok(());
        }
        if b == b'\n' {
            self.sep_matched = 0;
            return self.end_record();
        }
        if b == b'\r' {
            return Ok(());
        }
        self.start_record();
        let sep = &self.f.separator;
        if b == sep[self.sep_matched] {
            self.sep_matched += 1;
            if self.sep_matched == sep.len() {
                self.sep_matched = 0;
                self.fields += 1;
            }
        } else {
            self.sep_matched = usize::from(b == sep[0]);
        }
        Ok(())
    }

    fn start_record(&mut self) {
        if !self.record_has_bytes {
            self.record_has_bytes = true;
            self.start_line = self.line;
        }
    }

    fn end_record(&mut self) -> Result<(), String> {
        if !self.record_has_bytes {
            // A blank line (or the end after a last newline) is no record.
            self.fields = 1;
            return Ok(());
        }
        let line = self.start_line;
        match self.expected {
            None => self.expected = Some(self.fields),
            Some(n) if n != self.fields => {
                return Err(format!(
                    "line {}: {} fields where the first record has {n}",
                    line, self.fields
                ))
            }
            Some(_) => {}
        }
        self.records += 1;
        self.fields = 1;
        self.record_has_bytes = false;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(s: &str) -> Result<u64, String> {
        count_records(s.as_bytes(), &Format::default())
    }

    #[test]
    fn counts_records_with_quotes_and_blank_lines() {
        assert_eq!(count("a,b\n1,2\n\n3,\"x,\ny\"\n"), Ok(3));
        assert_eq!(count("a,b\n1,\"say \"\"hi\"\"\"\n"), Ok(2));
        assert_eq!(count(""), Ok(0));
        assert_eq!(count("a,b"), Ok(1));
    }

    #[test]
    fn finds_what_cannot_be_parsed() {
        assert_eq!(
            count("a,b\n1,2,3\n"),
            Err("line 2: 3 fields where the first record has 2".into())
        );
        assert!(count("a,b\n1,\"open\n")
            .unwrap_err()
            .contains("never closed"));
    }
}
