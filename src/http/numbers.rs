//! JSON numbers as their text. serde_json reads an integer beyond 64 bits as
//! a float, `-0` as a float, and refuses `1e400`; Python's `json.loads` gives
//! an int, an int and `inf`. A body with such a number is read a second time
//! with each number replaced by `0`, its text kept aside in document order,
//! so the caller can build each number from its text as `json.loads` would.

use std::ops::Range;

/// A body with every number replaced by `0`, and where each one was.
pub struct Zeroed {
    pub bytes: Vec<u8>,
    pub numbers: Vec<Range<usize>>,
}

/// `body` with its numbers set aside, or `None` when a number token is not
/// valid JSON (the caller's parser then reports the body as it is).
pub fn zero_numbers(body: &[u8]) -> Option<Zeroed> {
    let mut bytes = Vec::with_capacity(body.len());
    let mut numbers = Vec::new();
    let mut i = 0;
    while i < body.len() {
        let b = body[i];
        if b == b'"' {
            // Copy the string as it is, escapes included.
            let start = i;
            i += 1;
            while i < body.len() && body[i] != b'"' {
                i += if body[i] == b'\\' { 2 } else { 1 };
            }
            i = (i + 1).min(body.len());
            bytes.extend_from_slice(&body[start..i]);
        } else if b == b'-' || b.is_ascii_digit() {
            let start = i;
            while i < body.len()
                && matches!(body[i], b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')
            {
                i += 1;
            }
            if !is_number(&body[start..i]) {
                return None;
            }
            numbers.push(start..i);
            bytes.push(b'0');
        } else {
            bytes.push(b);
            i += 1;
        }
    }
    Some(Zeroed { bytes, numbers })
}

/// Whether `t` is an integer literal (no fraction, no exponent).
pub fn is_integer(t: &[u8]) -> bool {
    !t.iter().any(|b| matches!(b, b'.' | b'e' | b'E'))
}

/// JSON's number grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
fn is_number(t: &[u8]) -> bool {
    let mut i = usize::from(t.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let s = *i;
        while *i < t.len() && t[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - s
    };
    let int_start = i;
    let n = digits(&mut i);
    if n == 0 || (n > 1 && t[int_start] == b'0') {
        return false;
    }
    if t.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    }
    if matches!(t.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(t.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == t.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_set_aside_in_order_and_strings_are_left_alone() {
        let body = br#"{"a": 1180591620717411303424, "b\"1": [-0, 1e400, "2.5"], "c": 0.5}"#;
        let z = zero_numbers(body).unwrap();
        assert_eq!(
            std::str::from_utf8(&z.bytes).unwrap(),
            r#"{"a": 0, "b\"1": [0, 0, "2.5"], "c": 0}"#
        );
        let texts: Vec<&[u8]> = z.numbers.iter().map(|r| &body[r.clone()]).collect();
        assert_eq!(
            texts,
            [&b"1180591620717411303424"[..], b"-0", b"1e400", b"0.5"]
        );
        assert!(is_integer(b"-0") && !is_integer(b"1e400") && !is_integer(b"0.5"));
    }

    #[test]
    fn malformed_numbers_are_not_rescued() {
        for bad in [&b"[-]"[..], b"[01]", b"[1.]", b"[1e]", b"[1-2]"] {
            assert!(
                zero_numbers(bad).is_none(),
                "{}",
                String::from_utf8_lossy(bad)
            );
        }
    }
}
