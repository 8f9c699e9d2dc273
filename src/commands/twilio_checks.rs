//! The Twilio checks shared by validate, add-twilio and doctor: do the
//! credentials work, is the account usable, does each sender number belong
//! to it and send SMS, where does its incoming webhook point. Independent
//! calls run at the same time.

use crate::checks::Check;
use crate::credentials::Credentials;
use crate::twilio::{Client, TwilioError, api};
use futures_util::future::join_all;

/// What the checks learned, for the steps that follow them.
#[derive(Default)]
pub struct Facts {
    /// Each sender number and, when found in the account, its resource.
    pub numbers: Vec<(String, Option<api::IncomingNumber>)>,
    /// A check could not get an answer from Twilio (network, proxy, TLS,
    /// timeout, Twilio's own 5xx): that says nothing about the values.
    pub unreachable: bool,
    pub test_credentials: bool,
}

const CREDENTIALS: &str = "credentials";
const ACCOUNT: &str = "account";

fn test_credentials_check() -> Check {
    Check::fail(
        CREDENTIALS,
        "these are Twilio test credentials (error 20008): they never deliver SMS and cannot read the account or its numbers",
        Some("use the live Account SID and auth token (Twilio console > Account > API keys & tokens), never the test pair, for a Navixy gate".into()),
    )
}

fn error_check(name: &str, what: &str, error: &TwilioError) -> Check {
    Check::fail(name, format!("{what}: {}", error.summary()), error.fix())
}

fn account_checks(account: &api::Account, asked: &str) -> Vec<Check> {
    let mut checks = Vec::new();
    if let Some(sid) = account
        .sid
        .as_deref()
        .filter(|sid| !sid.eq_ignore_ascii_case(asked))
    {
        checks.push(Check::warn(
            "account sid",
            format!("Twilio answered with account {sid} for {asked}"),
            "check --twilio-api-url and any proxy: this is not how Twilio itself answers",
        ));
    }
    let name = account.friendly_name.as_deref().unwrap_or("");
    let sid = account.sid.as_deref().unwrap_or("");
    match account.status.as_deref() {
        Some("active") => checks.push(Check::ok(
            ACCOUNT,
            format!("{sid} ({name}) is active, type {}", account.kind.as_deref().unwrap_or("unknown")),
        )),
        other => checks.push(Check::fail(
            ACCOUNT,
            format!("{sid} is {}", other.unwrap_or("in an unknown state")),
            Some("a suspended or closed account sends nothing: check billing and status in the Twilio console".into()),
        )),
    }
    if account.kind.as_deref() == Some("Trial") {
        checks.push(Check::warn(
            "trial account",
            "a trial account sends only to verified numbers, and may put a 'Sent from your Twilio trial account' notice in front of each message, which devices do not understand as a command",
            "upgrade the account before using it for device commands",
        ));
    }
    checks
}

/// Credentials, account and sender numbers. `phones` may be empty.
pub async fn credentials_and_senders(client: &Client, phones: &[String]) -> (Vec<Check>, Facts) {
    let lookups = join_all(phones.iter().map(|p| client.find_number(p)));
    let probe = async {
        if phones.is_empty() && matches!(client.credentials(), Credentials::ApiKey { .. }) {
            Some(client.probe_numbers().await)
        } else {
            None
        }
    };
    let (account, numbers, probe) = tokio::join!(client.fetch_account(), lookups, probe);

    let mut checks = Vec::new();
    let mut facts = Facts::default();
    let account_sid = client.credentials().account_sid().to_string();

    // Did the credentials authenticate? With an auth token the account
    // fetch says; a Standard API key cannot read /Accounts, so for a key a
    // number lookup (or the probe) says.
    let key_evidence: Option<Result<(), TwilioError>> = match client.credentials() {
        Credentials::AuthToken { .. } => None,
        Credentials::ApiKey { .. } => Some(match (&probe, numbers.first()) {
            (Some(result), _) => result.clone(),
            (None, Some(result)) => result.as_ref().map(|_| ()).map_err(Clone::clone),
            (None, None) => Ok(()),
        }),
    };
    let auth_result: Result<(), TwilioError> = match &key_evidence {
        None => account.as_ref().map(|_| ()).map_err(Clone::clone),
        Some(evidence) => evidence.clone(),
    };
    let authenticated = match &auth_result {
        Ok(()) => {
            checks.push(Check::ok(
                CREDENTIALS,
                format!(
                    "the {} authenticates for account {account_sid}",
                    client.credentials().describe()
                ),
            ));
            true
        }
        Err(error) if error.is_test_credentials() => {
            facts.test_credentials = true;
            checks.push(test_credentials_check());
            false
        }
        Err(error) => {
            let unreachable = error.is_service_failure();
            facts.unreachable |= unreachable;
            let what = if unreachable {
                "could not check them"
            } else {
                "Twilio refused them"
            };
            checks.push(error_check(CREDENTIALS, what, error));
            false
        }
    };

    if authenticated {
        match &account {
            Ok(account) => checks.extend(account_checks(account, &account_sid)),
            Err(error) if error.is_auth() && key_evidence.is_some() => checks.push(Check::skip(
                ACCOUNT,
                "a Standard API key may not read the account, so its status and type are not known (this is normal)",
            )),
            Err(error) => {
                facts.unreachable |= error.is_service_failure();
                checks.push(error_check(ACCOUNT, "could not read the account", error));
            }
        }
    }

    for (phone, result) in phones.iter().zip(numbers) {
        let name = format!("sender {phone}");
        let found = match result {
            _ if !authenticated => {
                checks.push(Check::skip(&name, "needs working credentials"));
                None
            }
            Ok(Some(number)) if number.can_sms() => {
                checks.push(Check::ok(
                    &name,
                    format!(
                        "belongs to the account and can send SMS{}",
                        number
                            .friendly_name
                            .as_deref()
                            .map(|n| format!(" ({n})"))
                            .unwrap_or_default()
                    ),
                ));
                Some(number)
            }
            Ok(Some(number)) => {
                checks.push(Check::fail(
                    &name,
                    "belongs to the account but cannot send SMS (its SMS capability is off)",
                    Some("use an SMS-capable Twilio number as the sender".into()),
                ));
                Some(number)
            }
            Ok(None) => {
                checks.push(Check::fail(
                    &name,
                    format!("is not a number of account {account_sid}"),
                    Some("use one of the account's numbers (Twilio console > Phone Numbers > Active numbers), or check the Account SID".into()),
                ));
                None
            }
            Err(error) => {
                facts.unreachable |= error.is_service_failure();
                checks.push(error_check(&name, "could not look it up", &error));
                None
            }
        };
        facts.numbers.push((phone.clone(), found));
    }
    (checks, facts)
}

/// A number whose incoming SMS webhook should point elsewhere.
pub struct WebhookChange {
    pub phone: String,
    pub number_sid: Option<String>,
    /// "POST https://…", or "(empty)".
    pub current: String,
    pub wanted: String,
}

impl WebhookChange {
    /// The journal's note about it (undo does not put Twilio back).
    pub fn note(&self) -> String {
        format!(
            "Twilio number {}: SMS webhook set to POST {} (was {}); undo does not change it back",
            self.phone, self.wanted, self.current
        )
    }
}

/// Compares the number's incoming SMS webhook with Navixy's URL for the
/// gate: the rows to show, and the change to make when it differs.
pub fn webhook(
    number: &api::IncomingNumber,
    expected: &str,
) -> (Vec<Check>, Option<WebhookChange>) {
    let phone = number.phone_number.as_deref().unwrap_or("the number");
    let name = format!("webhook {phone}");
    let mut checks = Vec::new();
    let current = number.sms_url.as_deref().unwrap_or("");
    let method = number.sms_method.as_deref().unwrap_or("POST");
    let application = number
        .sms_application_sid
        .as_deref()
        .filter(|s| !s.is_empty());
    if let Some(app) = application {
        checks.push(Check::warn(
            &format!("sms application {phone}"),
            format!("the number uses SMS application {app}, whose URL Twilio calls instead of the number's own"),
            "remove the application from the number in the Twilio console (Phone Numbers > the number > Messaging), so the URL below applies",
        ));
    }
    if current == expected && method.eq_ignore_ascii_case("POST") {
        checks.push(Check::ok(
            &name,
            format!("POSTs incoming SMS to {expected}"),
        ));
        return (checks, None);
    }
    let found = if current.is_empty() {
        "(empty)".to_string()
    } else {
        format!("{method} {current}")
    };
    checks.push(Check::warn(
        &name,
        format!("is {found}; Navixy receives incoming SMS for this gate at {expected}"),
        "re-run with --set-incoming-url, or set the number's 'A message comes in' webhook (HTTP POST) in the Twilio console",
    ));
    let change = WebhookChange {
        phone: phone.to_string(),
        number_sid: number.sid.clone(),
        current: found,
        wanted: expected.to_string(),
    };
    (checks, Some(change))
}

/// Points the number's webhook where the change says.
pub async fn set_webhook(client: &Client, change: &WebhookChange) -> Check {
    let name = format!("webhook {}", change.phone);
    let Some(sid) = change.number_sid.as_deref() else {
        return Check::fail(&name, "the number has no SID to update", None);
    };
    match client.set_sms_url(sid, &change.wanted).await {
        Ok(_) => Check::ok(
            &name,
            format!("set to POST {} (was {})", change.wanted, change.current),
        ),
        Err(error) => error_check(&name, "could not set it", &error),
    }
}

/// The preview rows for webhook changes, in the shape of a database change.
pub fn preview(changes: &[WebhookChange]) -> Vec<super::preview::Change> {
    changes
        .iter()
        .map(|change| super::preview::Change {
            table: format!("Twilio number {}", change.phone),
            action: "update",
            before: format!("SMS webhook {}", change.current),
            after: format!("SMS webhook POST {}", change.wanted),
        })
        .collect()
}
