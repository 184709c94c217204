//! Plain text for messages: quoting a value from outside, byte counts. Pure, no DOM.

/// Longest quoted value in a message, characters.
pub const QUOTE_MAX: usize = 80;

/// `s` cut to [`QUOTE_MAX`] characters (with `…`), control characters replaced, for quoting
/// in a message.
pub fn quote(s: &str) -> String {
    let clean: String = s
        .chars()
        .map(|c| if c.is_control() { '�' } else { c })
        .collect();
    if clean.chars().count() <= QUOTE_MAX {
        clean
    } else {
        let mut out: String = clean.chars().take(QUOTE_MAX - 1).collect();
        out.push('…');
        out
    }
}

/// A byte count for people: `12 kB` (rounded up) under 1 MiB, `1.6 MB` above.
pub fn human_bytes(n: u64) -> String {
    if n >= 1 << 20 {
        format!("{:.1} MB", n as f64 / 1e6)
    } else {
        format!("{} kB", n.div_ceil(1000))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes() {
        assert_eq!(human_bytes(1), "1 kB");
        assert_eq!(human_bytes(12_345), "13 kB");
        assert_eq!(human_bytes(1_624_938), "1.6 MB");
    }
}
