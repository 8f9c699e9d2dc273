//! A string that must never reach output, errors, logs or debug prints,
//! and the masking of stored provider settings for display.

use serde_json::Value;
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

/// Whether a settings key or column name names a credential: it mentions
/// a token, secret, pass(word), pwd/psw, hash, key, auth or credential.
/// Erring towards masking is cheap; `*_sid` names (`account_sid`,
/// `api_sid`) are identifiers Twilio shows openly, not secrets.
pub fn looks_secret(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    !name.ends_with("_sid")
        && [
            "token",
            "secret",
            "pass",
            "pwd",
            "psw",
            "hash",
            "key",
            "auth",
            "credential",
            "private",
        ]
        .iter()
        .any(|word| name.contains(word))
}

/// A free-text value fit to show: a URL in it loses its password and any
/// secret-looking query value.
pub fn mask_text(text: &str) -> String {
    mask_url(text).unwrap_or_else(|| text.to_string())
}

/// A copy of stored provider settings (`sms_gates.params`) fit to show:
/// every string or number under a secret-looking key is masked, at any
/// depth; so is a top-level value that is not an object, which has no key
/// to tell what it is; and URLs anywhere lose their password and any
/// secret-looking query parameter.
pub fn mask_json(value: &Value) -> Value {
    mask_value(value, !value.is_object())
}

fn mask_value(value: &Value, secret: bool) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(key, v)| (key.clone(), mask_value(v, secret || looks_secret(key))))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(|v| mask_value(v, secret)).collect()),
        Value::String(s) if secret => Value::String(mask(s)),
        Value::Number(n) if secret => Value::String(mask(&n.to_string())),
        Value::String(s) => Value::String(mask_url(s).unwrap_or_else(|| s.clone())),
        other => other.clone(),
    }
}

/// The URL with its password and secret-looking query values masked, or
/// None when the text is not such a URL or has nothing to mask.
fn mask_url(text: &str) -> Option<String> {
    let mut url = url::Url::parse(text).ok()?;
    if !url.has_host() {
        return None;
    }
    let mut changed = false;
    if let Some(password) = url.password() {
        let masked = mask(password);
        url.set_password(Some(&masked)).ok()?;
        changed = true;
    }
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect();
    if pairs.iter().any(|(name, _)| looks_secret(name)) {
        let masked = pairs.into_iter().map(|(name, value)| {
            let value = if looks_secret(&name) {
                mask(&value)
            } else {
                value
            };
            (name, value)
        });
        url.query_pairs_mut().clear().extend_pairs(masked);
        changed = true;
    }
    changed.then(|| url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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

    #[test]
    fn secret_looking_names() {
        for name in [
            "auth_token",
            "api_secret",
            "password",
            "hash",
            "api_key",
            "API_KEY",
        ] {
            assert!(looks_secret(name), "{name}");
        }
        for name in [
            "account_sid",
            "api_sid",
            "key_sid",
            "login",
            "username",
            "url",
        ] {
            assert!(!looks_secret(name), "{name}");
        }
    }

    #[test]
    fn params_are_masked_by_key_at_any_depth() {
        let params = json!({
            "account_sid": "ACdc5f132a3c49700934481addd5ce1659",
            "auth_token": "1095175a27d2044c06e1db8577b484f3",
            "enable_status_callback": true,
            "api_key": 12345678,
            "addresses": ["10.0.0.1:2775"],
            "nested": {"password": ["abcdefghijklmnop", "short"], "port": 2775},
        });
        assert_eq!(
            mask_json(&params),
            json!({
                "account_sid": "ACdc5f132a3c49700934481addd5ce1659",
                "auth_token": "10...f3",
                "enable_status_callback": true,
                "api_key": "********",
                "addresses": ["10.0.0.1:2775"],
                "nested": {"password": ["ab...op", "*****"], "port": 2775},
            })
        );
    }

    #[test]
    fn a_top_level_value_without_a_key_is_masked() {
        assert_eq!(
            mask_json(&json!("1095175a27d2044c06e1db8577b484f3")),
            json!("10...f3")
        );
        assert_eq!(mask_json(&json!(["abcdefghijklmnop"])), json!(["ab...op"]));
    }

    #[test]
    fn urls_lose_passwords_and_secret_query_values() {
        let params = json!({
            "url": "https://navixy:s3cretpassword1@sms.example.com/send?user=navixy&apikey=0123456789abcdef",
            "plain": "https://sms.example.com/send?user=navixy",
        });
        let masked = mask_json(&params);
        assert_eq!(
            masked["url"],
            "https://navixy:s3...d1@sms.example.com/send?user=navixy&apikey=01...ef"
        );
        assert_eq!(masked["plain"], "https://sms.example.com/send?user=navixy");
    }
}
