//! Rules for the values an admin types: SIDs, tokens, phone numbers, ids,
//! gate settings. Pure functions, shared by the clap parsers, the prompts and
//! the checks run before anything is written.

use crate::secret::Secret;

/// Largest value of a signed `int(11)` column (dealer ids, owner ids).
pub const MAX_SIGNED_ID: u64 = i32::MAX as u64;
/// Largest value of an `int(11) unsigned` column (gate ids).
pub const MAX_UNSIGNED_ID: u64 = u32::MAX as u64;

/// Twilio trims nothing for us: a stray space or newline in a credential
/// (common when it comes from an env file) makes authentication fail with
/// 20003, so surrounding whitespace is removed before any check.
pub fn clean(value: &str) -> &str {
    value.trim()
}

fn is_hex32(value: &str) -> bool {
    value.len() == 32 && value.bytes().all(|b| b.is_ascii_hexdigit())
}

fn sid(value: &str, prefix: &str, what: &str) -> Result<String, String> {
    let value = clean(value);
    let ok = value.len() == 34 && value.starts_with(prefix) && is_hex32(&value[2..]);
    if ok {
        Ok(value.to_string())
    } else {
        Err(format!(
            "'{value}' is not a Twilio {what}: expected {prefix} followed by 32 hexadecimal characters (34 in all)"
        ))
    }
}

/// `AC` + 32 hex: a Twilio Account SID.
pub fn account_sid(value: &str) -> Result<String, String> {
    sid(value, "AC", "Account SID")
}

/// `SK` + 32 hex: a Twilio API Key SID.
pub fn api_key_sid(value: &str) -> Result<String, String> {
    sid(value, "SK", "API Key SID")
}

/// 32 hex characters. The message never repeats the value.
pub fn auth_token(value: &Secret) -> Result<Secret, String> {
    let token = clean(value.expose());
    if is_hex32(token) {
        Ok(Secret::new(token))
    } else {
        Err(format!(
            "the auth token must be 32 hexadecimal characters; the one given has {} characters{}",
            token.chars().count(),
            if token.chars().all(|c| c.is_ascii_hexdigit()) {
                ""
            } else {
                " and some are not hexadecimal"
            }
        ))
    }
}

/// Twilio shows an API key secret once, as 32 letters and digits. Its format
/// is not documented, so only what would break storage or authentication is
/// refused: emptiness, whitespace, control characters, absurd length.
pub fn api_secret(value: &Secret) -> Result<Secret, String> {
    let secret = clean(value.expose());
    let len = secret.chars().count();
    if len == 0 {
        return Err("the API key secret is empty".into());
    }
    if len > 128 {
        return Err(format!(
            "the API key secret is {len} characters long; Twilio's are 32"
        ));
    }
    if secret.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("the API key secret contains spaces or control characters".into());
    }
    Ok(Secret::new(secret))
}

/// An E.164 number: `+`, a country code that does not start with 0, and at
/// most 15 digits in all. Separators are refused rather than guessed away,
/// with the cleaned-up form offered as the fix.
pub fn e164(value: &str) -> Result<String, String> {
    let value = clean(value);
    let digits = value.strip_prefix('+').unwrap_or(value);
    let valid = value.starts_with('+')
        && (7..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0');
    if valid {
        return Ok(value.to_string());
    }
    let only_digits: String = value.chars().filter(char::is_ascii_digit).collect();
    let suggestion = if (7..=15).contains(&only_digits.len()) && !only_digits.starts_with('0') {
        format!(" (did you mean +{only_digits}?)")
    } else {
        String::new()
    };
    Err(format!(
        "'{value}' is not an E.164 phone number: write '+', the country code and the number, 7 to 15 digits, no spaces or dashes, e.g. +15551234567{suggestion}"
    ))
}

fn id_in_range(value: &str, max: u64) -> Result<u64, String> {
    let value = clean(value);
    match value.parse::<u64>() {
        Ok(0) => Err("must be 1 or more (ids start at 1)".into()),
        Ok(n) if n <= max => Ok(n),
        Ok(_) => Err(format!("must be at most {max}")),
        Err(_) => Err(format!("'{value}' is not a positive whole number")),
    }
}

/// A dealer or owner id: the `int(11)` range, 1 and up.
pub fn dealer_id(value: &str) -> Result<u64, String> {
    id_in_range(value, MAX_SIGNED_ID)
}

/// A gate id: the `int(11) unsigned` range, 1 and up.
pub fn gate_id(value: &str) -> Result<u64, String> {
    id_in_range(value, MAX_UNSIGNED_ID)
}

/// Which messages a gate handles. Navixy's docs name the classes
/// `notifications` and `commands`, and a leading `-` to exclude one; the same
/// sentence also spells the excluded forms in the singular. gatewayctl writes
/// only the plural forms, which match the class names, and points the
/// singular ones at them.
pub const CLASS_FILTERS: [&str; 5] = [
    "*",
    "notifications",
    "commands",
    "-notifications",
    "-commands",
];

pub fn class_filter(value: &str) -> Result<String, String> {
    let value = clean(value);
    if CLASS_FILTERS.contains(&value) {
        return Ok(value.to_string());
    }
    let plural = format!("{value}s");
    let hint = if CLASS_FILTERS.contains(&plural.as_str()) {
        format!(" (did you mean '{plural}'?)")
    } else {
        String::new()
    };
    Err(format!(
        "'{value}' is not a class filter: use one of {}{hint}",
        CLASS_FILTERS.join(", ")
    ))
}

/// The host Twilio should call for incoming SMS: a DNS name, an IPv4 address
/// or a bracketed IPv6 address. No scheme, port or path: gatewayctl adds those.
pub fn public_host(value: &str) -> Result<String, String> {
    let value = clean(value);
    if value.contains("://") || value.contains('/') {
        return Err(format!(
            "'{value}' should be a bare host name or address, e.g. navixy.example.com; gatewayctl adds http://, the port and the path"
        ));
    }
    if let Some(inner) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
        return match inner.parse::<std::net::Ipv6Addr>() {
            Ok(_) => Ok(value.to_string()),
            Err(_) => Err(format!("'{value}' is not a valid IPv6 address")),
        };
    }
    if value.parse::<std::net::Ipv6Addr>().is_ok() {
        return Ok(format!("[{value}]"));
    }
    if value.contains(':') {
        return Err(format!(
            "'{value}' contains ':'; give the port with --incoming-port, not in the host"
        ));
    }
    let labels_ok = !value.is_empty()
        && value.len() <= 253
        && value.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
    if labels_ok {
        Ok(value.to_ascii_lowercase())
    } else {
        Err(format!(
            "'{value}' is not a valid host name: use letters, digits, '-' and '.', e.g. navixy.example.com or 203.0.113.7"
        ))
    }
}

/// A schema (database) name, used as a quoted identifier in SQL. Navixy's is
/// `google`; tests use their own. Restricting it keeps printed scripts plain.
pub fn schema_name(value: &str) -> Result<String, String> {
    let value = clean(value);
    let ok = !value.is_empty()
        && value.len() <= 64
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$');
    if ok {
        Ok(value.to_string())
    } else {
        Err(format!(
            "'{value}' is not a schema name gatewayctl accepts: letters, digits, '_' and '$', at most 64"
        ))
    }
}

/// A free-text gate label: any text the column can hold, line breaks and
/// tabs included, but no other control characters (terminal escapes would
/// act on the screen of whoever lists the gates).
pub fn label(value: &str) -> Result<String, String> {
    if let Some(bad) = value
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
    {
        return Err(format!(
            "the label contains the control character U+{:04X}; use plain text",
            bad as u32
        ));
    }
    Ok(value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn account_sid_accepts_ac_and_32_hex_and_trims() {
        let sid = "AC0123456789abcdef0123456789ABCDEF";
        assert_eq!(account_sid(&format!("  {sid}\n")).unwrap(), sid);
        assert!(account_sid("SK0123456789abcdef0123456789abcdef").is_err());
        assert!(account_sid("AC0123456789abcdef0123456789abcde").is_err());
        assert!(account_sid("AC0123456789abcdef0123456789abcdeg").is_err());
    }

    #[test]
    fn auth_token_errors_never_repeat_the_token() {
        let bad = Secret::new("zzzz456789abcdef0123456789abcdef");
        let err = auth_token(&bad).unwrap_err();
        assert!(!err.contains("zzzz"), "{err}");
        assert!(err.contains("not hexadecimal"), "{err}");
        assert!(auth_token(&Secret::new("0123456789abcdef0123456789abcdef")).is_ok());
    }

    #[test]
    fn e164_rules() {
        assert_eq!(e164("+15551234567").unwrap(), "+15551234567");
        assert!(
            e164("15551234567")
                .unwrap_err()
                .contains("did you mean +15551234567")
        );
        assert!(
            e164("+1 555-123-4567")
                .unwrap_err()
                .contains("did you mean +15551234567")
        );
        assert!(e164("+0123456789").is_err());
        assert!(e164("+1234567890123456").is_err());
        assert!(e164("+123456").is_err());
    }

    #[test]
    fn ids_must_be_positive_and_in_range() {
        assert_eq!(dealer_id("7").unwrap(), 7);
        assert!(dealer_id("0").is_err());
        assert!(dealer_id("-1").is_err());
        assert!(dealer_id("2147483648").is_err());
        assert_eq!(gate_id("4294967295").unwrap(), 4_294_967_295);
    }

    #[test]
    fn class_filter_points_singular_forms_at_plural() {
        assert_eq!(class_filter("-commands").unwrap(), "-commands");
        assert!(
            class_filter("-command")
                .unwrap_err()
                .contains("did you mean '-commands'")
        );
        assert!(class_filter("all").is_err());
    }

    #[test]
    fn public_host_forms() {
        assert_eq!(
            public_host("Navixy.Example.com").unwrap(),
            "navixy.example.com"
        );
        assert_eq!(public_host("2001:db8::1").unwrap(), "[2001:db8::1]");
        assert!(public_host("http://x.example").is_err());
        assert!(public_host("x.example:22000").is_err());
        assert!(public_host("bad_host").is_err());
    }
}
