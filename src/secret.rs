//! A string that must never reach output, errors, logs or debug prints.

use std::fmt;

/// Holds a credential. `Debug` and `Display` print a mask, so a secret that
/// slips into a format string or a `{:?}` leaks nothing.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The real value, for the few places that must send or store it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// First and last two characters, enough for an admin to tell two
    /// credentials apart without revealing either.
    pub fn masked(&self) -> String {
        mask(&self.0)
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// Masks all but the first and last two characters (all of it when short).
pub fn mask(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    if chars.len() < 12 {
        return "*".repeat(chars.len().max(3));
    }
    let head: String = chars[..2].iter().collect();
    let tail: String = chars[chars.len() - 2..].iter().collect();
    format!("{head}...{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_hide_the_value() {
        let secret = Secret::new("0123456789abcdef0123456789abcdef");
        assert_eq!(format!("{secret:?}"), "Secret(***)");
        assert_eq!(format!("{secret}"), "***");
        assert_eq!(secret.masked(), "01...ef");
    }

    #[test]
    fn short_values_are_fully_masked() {
        assert_eq!(mask("abc"), "***");
        assert_eq!(mask(""), "***");
        assert_eq!(mask("abcdefghijk"), "***********");
    }
}
