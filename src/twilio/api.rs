//! The parts of Twilio's REST resources (API 2010-04-01) gatewayctl reads.
//! Fields are optional where the spec allows null. The account resource
//! carries the auth token; this struct has no field for it, so it is never
//! kept, printed or logged.

use serde::Deserialize;

#[derive(Debug, Deserialize, Clone, Default)]
pub struct Account {
    pub sid: Option<String>,
    pub friendly_name: Option<String>,
    /// `active`, `suspended` or `closed`.
    pub status: Option<String>,
    /// `Trial` or `Full`.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub owner_account_sid: Option<String>,
}

#[derive(Debug, Deserialize, Clone, Default)]
pub struct Capabilities {
    #[serde(alias = "SMS")]
    pub sms: Option<bool>,
    #[serde(alias = "MMS")]
    pub mms: Option<bool>,
    pub voice: Option<bool>,
}

#[derive(Debug, Deserialize, Clone, Default)]
pub struct IncomingNumber {
    pub sid: Option<String>,
    pub phone_number: Option<String>,
    pub friendly_name: Option<String>,
    pub capabilities: Option<Capabilities>,
    pub sms_url: Option<String>,
    pub sms_method: Option<String>,
    pub sms_application_sid: Option<String>,
}

impl IncomingNumber {
    pub fn can_sms(&self) -> bool {
        self.capabilities
            .as_ref()
            .and_then(|c| c.sms)
            .unwrap_or(false)
    }
}

#[derive(Debug, Deserialize, Clone, Default)]
pub struct NumberList {
    #[serde(default)]
    pub incoming_phone_numbers: Vec<IncomingNumber>,
}

#[derive(Debug, Deserialize, Clone, Default)]
pub struct Message {
    pub sid: Option<String>,
    pub status: Option<String>,
    pub body: Option<String>,
    pub to: Option<String>,
    pub from: Option<String>,
    pub error_code: Option<i64>,
    pub error_message: Option<String>,
    pub num_segments: Option<String>,
    pub price: Option<String>,
    pub price_unit: Option<String>,
}

/// Statuses after which a message does not change any more.
pub fn is_final_status(status: &str) -> bool {
    matches!(
        status,
        "delivered" | "undelivered" | "failed" | "canceled" | "read" | "partially_delivered"
    )
}

/// Final statuses that mean the message did not arrive.
pub fn is_failed_status(status: &str) -> bool {
    matches!(status, "undelivered" | "failed" | "canceled")
}

#[derive(Debug, Deserialize, Clone, Default)]
pub struct Balance {
    pub balance: Option<String>,
    pub currency: Option<String>,
}

/// Twilio's error body: `{code, message, more_info, status}`.
#[derive(Debug, Deserialize, Clone, Default)]
pub struct ErrorBody {
    pub code: Option<i64>,
    pub message: Option<String>,
    pub more_info: Option<String>,
}
