//! The validated inputs of each change, and the rows read from Navixy.

use super::db::TextRow;
use crate::credentials::Credentials;

/// `sms_gates.type`: which directions the gate carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GateType {
    Transceiver,
    Transmitter,
    Receiver,
}

impl GateType {
    pub fn as_str(self) -> &'static str {
        match self {
            GateType::Transceiver => "transceiver",
            GateType::Transmitter => "transmitter",
            GateType::Receiver => "receiver",
        }
    }
}

/// Everything add-twilio writes, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct GateSpec {
    pub credentials: Credentials,
    pub phone: String,
    pub dealer_id: u64,
    pub label: Option<String>,
    pub owner_id: Option<u64>,
    pub gate_type: GateType,
    pub class_filter: String,
    pub status_callback: bool,
    pub enabled: bool,
    pub allow_duplicate: bool,
}

/// Everything link-dealer writes, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkSpec {
    pub gate_id: u64,
    pub dealer_id: u64,
    pub phone: String,
}

/// A row of `dealers`, with the optional columns this install has.
#[derive(Clone, Debug, PartialEq)]
pub struct Dealer {
    pub id: u64,
    pub title: Option<String>,
    pub login: Option<String>,
    pub master_phone: Option<String>,
    pub from_sms: Option<String>,
}

impl Dealer {
    pub fn from_row(row: &TextRow) -> Option<Self> {
        Some(Self {
            id: row.int("dealer_id")?,
            title: row.get("title").map(str::to_string),
            login: row.get("login").map(str::to_string),
            master_phone: row.get("master_phone").map(str::to_string),
            from_sms: row.get("from_sms").map(str::to_string),
        })
    }

    /// "7 (Acme Tracking, acme)" or just "7".
    pub fn describe(&self) -> String {
        let names: Vec<&str> = [self.title.as_deref(), self.login.as_deref()]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .collect();
        if names.is_empty() {
            self.id.to_string()
        } else {
            format!("{} ({})", self.id, names.join(", "))
        }
    }
}

/// A row of `sms_gates` (params kept as stored; they hold secrets).
#[derive(Clone, Debug, PartialEq)]
pub struct Gate {
    pub id: u64,
    pub provider: String,
    pub gate_type: String,
    pub enabled: bool,
    pub class_filter: String,
    pub label: Option<String>,
    pub owner_id: Option<u64>,
    pub params: String,
}

impl Gate {
    pub fn from_row(row: &TextRow) -> Option<Self> {
        Some(Self {
            id: row.int("id")?,
            provider: row.get("provider").unwrap_or_default().to_string(),
            gate_type: row.get("type").unwrap_or_default().to_string(),
            enabled: row.get("enabled").is_some_and(|v| v != "0"),
            class_filter: row.get("class_filter").unwrap_or_default().to_string(),
            label: row.get("label").map(str::to_string),
            owner_id: row.int("owner_id"),
            params: row.get("params").unwrap_or_default().to_string(),
        })
    }
}

/// A row's values by column, as text (None for NULL).
pub type RowValues = std::collections::BTreeMap<String, Option<String>>;

/// How one row changed: its values before and after (None when the row
/// did not exist). Links have no key of their own: their "row" is the
/// pair (dealer_id, gate_id) and its single value `count`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RowChange {
    pub table: String,
    pub key: std::collections::BTreeMap<String, u64>,
    pub before: Option<RowValues>,
    pub after: Option<RowValues>,
    /// Columns whose values are not plain text (see [`Encoding`]).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub encoded: std::collections::BTreeMap<String, Encoding>,
}

/// How a captured value is kept when text would not round-trip exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Encoding {
    /// The stored bytes, in hex (strings and binary data of any charset).
    Hex,
    /// A number (BIT columns, which the text protocol sends as raw bytes).
    Number,
}

impl RowChange {
    /// The change that puts this one back.
    pub fn inverse(&self) -> Self {
        Self {
            table: self.table.clone(),
            key: self.key.clone(),
            before: self.after.clone(),
            after: self.before.clone(),
            encoded: self.encoded.clone(),
        }
    }

    /// "gate 5", "dealer 7", "link of dealer 7 to gate 5".
    pub fn describe(&self) -> String {
        let id = |name: &str| self.key.get(name).map_or("?".to_string(), u64::to_string);
        match self.table.as_str() {
            "sms_gates" => format!("gate {}", id("id")),
            "dealers" => format!("dealer {}", id("dealer_id")),
            "sms_gates_to_dealers" => {
                format!(
                    "link of dealer {} to gate {}",
                    id("dealer_id"),
                    id("gate_id")
                )
            }
            other => {
                let key: Vec<String> = self.key.values().map(u64::to_string).collect();
                format!("{other} {}", key.join("/"))
            }
        }
    }

    /// Link rows: how many identical (dealer_id, gate_id) rows there are.
    pub fn link_count(values: &Option<RowValues>) -> u64 {
        values
            .as_ref()
            .and_then(|v| v.get("count").cloned().flatten())
            .and_then(|c| c.parse().ok())
            .unwrap_or(0)
    }
}

/// Values of a row read back as text, for the named columns.
pub fn row_values(row: &TextRow, columns: &[&str]) -> RowValues {
    columns
        .iter()
        .map(|c| (c.to_string(), row.get(c).map(str::to_string)))
        .collect()
}

/// The key map of a row change.
pub fn key(pairs: &[(&str, u64)]) -> std::collections::BTreeMap<String, u64> {
    pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

/// A link's "row": its multiplicity, or None when there is none.
pub fn link_values(count: u64) -> Option<RowValues> {
    (count > 0).then(|| RowValues::from([("count".to_string(), Some(count.to_string()))]))
}

/// Rows of `sms_gates_to_dealers` naming one dealer for one gate: the
/// dealer's row (None when no such dealer exists) and how many identical
/// rows there are (one is enough; more are duplicates).
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub dealer_id: u64,
    pub dealer: Option<Dealer>,
    pub rows: u64,
}

impl Link {
    /// From a row that selected the link's `dealer_id` as `link_dealer_id`
    /// beside the dealer's columns; None when the row has no link.
    pub fn from_row(row: &TextRow) -> Option<Self> {
        Some(Self {
            dealer_id: row.int("link_dealer_id")?,
            dealer: Dealer::from_row(row),
            rows: 1,
        })
    }

    /// Adds a link read in dealer order, counting repeats of the last one.
    pub fn push(links: &mut Vec<Link>, link: Link) {
        match links.last_mut() {
            Some(last) if last.dealer_id == link.dealer_id => last.rows += link.rows,
            _ => links.push(link),
        }
    }
}

/// A gate and its links, in dealer order.
#[derive(Clone, Debug, PartialEq)]
pub struct GateLinks {
    pub gate: Gate,
    pub links: Vec<Link>,
}

/// A link to a gate id that `sms_gates` does not have.
#[derive(Clone, Debug, PartialEq)]
pub struct OrphanLink {
    pub gate_id: u64,
    pub link: Link,
}
