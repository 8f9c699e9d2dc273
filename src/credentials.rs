//! Twilio credentials, as an admin gives them and as Navixy stores them.

use crate::input;
use crate::secret::Secret;
use serde::{Deserialize, Serialize};

/// The two ways Twilio authenticates a REST call. The Account SID is always
/// the one in the URL path; an API key never replaces it.
#[derive(Clone, Debug, PartialEq)]
pub enum Credentials {
    AuthToken {
        account_sid: String,
        auth_token: Secret,
    },
    ApiKey {
        account_sid: String,
        key_sid: String,
        secret: Secret,
    },
}

impl Credentials {
    /// Checks and combines raw values from flags, env or prompts. Exactly
    /// one of the auth token or the API key pair must be given.
    pub fn from_parts(
        account_sid: Option<&str>,
        auth_token: Option<&Secret>,
        api_key: Option<&str>,
        api_secret: Option<&Secret>,
    ) -> Result<Self, String> {
        let account_sid = match account_sid {
            Some(sid) => input::account_sid(sid)?,
            None => {
                return Err(
                    "no Account SID: pass --account-sid or set TWILIO_ACCOUNT_SID".to_string(),
                );
            }
        };
        match (auth_token, api_key, api_secret) {
            (Some(_), Some(_), _) | (Some(_), _, Some(_)) => Err(
                "both an auth token and an API key were given (flags or TWILIO_AUTH_TOKEN / TWILIO_API_KEY in the environment): give one of them"
                    .to_string(),
            ),
            (Some(token), None, None) => Ok(Credentials::AuthToken {
                account_sid,
                auth_token: input::auth_token(token)?,
            }),
            (None, Some(key), Some(secret)) => Ok(Credentials::ApiKey {
                account_sid,
                key_sid: input::api_key_sid(key)?,
                secret: input::api_secret(secret)?,
            }),
            (None, Some(_), None) => Err(
                "--api-key needs --api-secret (or TWILIO_API_SECRET) as well".to_string(),
            ),
            (None, None, Some(_)) => Err(
                "--api-secret needs --api-key (or TWILIO_API_KEY) as well".to_string(),
            ),
            (None, None, None) => Err(
                "no Twilio credentials: pass --auth-token (or TWILIO_AUTH_TOKEN), or --api-key and --api-secret (or TWILIO_API_KEY and TWILIO_API_SECRET)"
                    .to_string(),
            ),
        }
    }

    pub fn account_sid(&self) -> &str {
        match self {
            Credentials::AuthToken { account_sid, .. }
            | Credentials::ApiKey { account_sid, .. } => account_sid,
        }
    }

    /// The Basic-auth user name: the Account SID or the API key SID.
    pub fn username(&self) -> &str {
        match self {
            Credentials::AuthToken { account_sid, .. } => account_sid,
            Credentials::ApiKey { key_sid, .. } => key_sid,
        }
    }

    pub fn password(&self) -> &Secret {
        match self {
            Credentials::AuthToken { auth_token, .. } => auth_token,
            Credentials::ApiKey { secret, .. } => secret,
        }
    }

    /// "auth token" or "API key SK…", for messages.
    pub fn describe(&self) -> String {
        match self {
            Credentials::AuthToken { .. } => "auth token".to_string(),
            Credentials::ApiKey { key_sid, .. } => format!("API key {key_sid}"),
        }
    }

    /// Every secret value, so messages from elsewhere can be scrubbed.
    pub fn secrets(&self) -> Vec<&Secret> {
        vec![self.password()]
    }
}

/// The `params` JSON of a Twilio row in `sms_gates`, field for field as
/// Navixy reads it.
#[derive(Debug, Serialize, Deserialize, PartialEq)]
pub struct TwilioParams {
    pub account_sid: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub auth_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub api_sid: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub api_secret: Option<String>,
    #[serde(default)]
    pub enable_status_callback: bool,
}

impl TwilioParams {
    fn build(credentials: &Credentials, status_callback: bool, reveal: bool) -> Self {
        let show = |s: &Secret| {
            if reveal {
                s.expose().to_string()
            } else {
                s.masked()
            }
        };
        match credentials {
            Credentials::AuthToken {
                account_sid,
                auth_token,
            } => TwilioParams {
                account_sid: account_sid.clone(),
                auth_token: Some(show(auth_token)),
                api_sid: None,
                api_secret: None,
                enable_status_callback: status_callback,
            },
            Credentials::ApiKey {
                account_sid,
                key_sid,
                secret,
            } => TwilioParams {
                account_sid: account_sid.clone(),
                auth_token: None,
                api_sid: Some(key_sid.clone()),
                api_secret: Some(show(secret)),
                enable_status_callback: status_callback,
            },
        }
    }

    /// The JSON text to store, and the same with secrets masked (for
    /// display). Built by a serializer, never by string pasting.
    pub fn json(credentials: &Credentials, status_callback: bool) -> (Secret, String) {
        let real = serde_json::to_string(&Self::build(credentials, status_callback, true));
        let masked = serde_json::to_string(&Self::build(credentials, status_callback, false));
        // Serializing plain strings and a bool cannot fail.
        (
            Secret::new(real.unwrap_or_default()),
            masked.unwrap_or_default(),
        )
    }

    /// Reads stored params back into credentials (validate/send-test
    /// `--gate-id`). The error never quotes the params, which hold secrets.
    pub fn parse(params: &str) -> Result<(Credentials, bool), String> {
        let parsed: TwilioParams = serde_json::from_str(params).map_err(|e| {
            format!(
                "its params are not the JSON object Navixy expects (line {}, column {})",
                e.line(),
                e.column()
            )
        })?;
        let token = parsed.auth_token.as_deref().map(Secret::new);
        let secret = parsed.api_secret.as_deref().map(Secret::new);
        let credentials = Credentials::from_parts(
            Some(&parsed.account_sid),
            token.as_ref(),
            parsed.api_sid.as_deref(),
            secret.as_ref(),
        )?;
        Ok((credentials, parsed.enable_status_callback))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SID: &str = "ACdc5f132a3c49700934481addd5ce1659";
    const TOKEN: &str = "1095175a27d2044c06e1db8577b484f3";

    #[test]
    fn params_json_matches_navixy_shape() {
        let creds =
            Credentials::from_parts(Some(SID), Some(&Secret::new(TOKEN)), None, None).unwrap();
        let (real, masked) = TwilioParams::json(&creds, false);
        assert_eq!(
            real.expose(),
            format!(
                r#"{{"account_sid":"{SID}","auth_token":"{TOKEN}","enable_status_callback":false}}"#
            )
        );
        assert!(!masked.contains(TOKEN));
        assert!(masked.contains("10...f3"));
        let (back, callback) = TwilioParams::parse(real.expose()).unwrap();
        assert_eq!(back, creds);
        assert!(!callback);
    }

    #[test]
    fn api_key_params_use_api_sid_and_api_secret() {
        let key = "SK0123456789abcdef0123456789abcdef";
        let creds = Credentials::from_parts(
            Some(SID),
            None,
            Some(key),
            Some(&Secret::new("abcdefghijklmnopqrstuvwxyz012345")),
        )
        .unwrap();
        let (real, _) = TwilioParams::json(&creds, true);
        let value: serde_json::Value = serde_json::from_str(real.expose()).unwrap();
        assert_eq!(value["api_sid"], key);
        assert_eq!(value["api_secret"], "abcdefghijklmnopqrstuvwxyz012345");
        assert_eq!(value["enable_status_callback"], true);
        assert!(value.get("auth_token").is_none());
    }

    #[test]
    fn both_kinds_of_credentials_are_refused() {
        let err = Credentials::from_parts(
            Some(SID),
            Some(&Secret::new(TOKEN)),
            Some("SK0123456789abcdef0123456789abcdef"),
            None,
        )
        .unwrap_err();
        assert!(err.contains("give one of them"));
    }

    #[test]
    fn parse_errors_do_not_quote_params() {
        let err = TwilioParams::parse(&format!("{{\"auth_token\": \"{TOKEN}\"")).unwrap_err();
        assert!(!err.contains(TOKEN));
    }
}
