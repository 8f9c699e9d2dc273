//! The "what will change" table shown before a write is confirmed.

use crate::navixy::Dealer;
use crate::output::{Output, sanitize_cell};
use comfy_table::Cell;

/// One row of the preview.
pub struct Change {
    pub table: String,
    pub action: &'static str,
    pub before: String,
    pub after: String,
}

/// A sender value as shown: NULL and empty are told apart.
pub fn shown(value: Option<&str>) -> String {
    match value {
        None => "NULL".to_string(),
        Some("") => "(empty)".to_string(),
        Some(v) => sanitize_cell(v),
    }
}

/// The dealer's two sender columns, old → new.
pub fn sender_change(schema: &str, dealer: &Dealer, phone: &str) -> Change {
    let before = format!(
        "master_phone {}\nfrom_sms {}",
        shown(dealer.master_phone.as_deref()),
        shown(dealer.from_sms.as_deref())
    );
    let unchanged =
        dealer.master_phone.as_deref() == Some(phone) && dealer.from_sms.as_deref() == Some(phone);
    Change {
        table: format!("{schema}.dealers {}", sanitize_cell(&dealer.describe())),
        action: if unchanged { "unchanged" } else { "update" },
        before,
        after: format!("master_phone {phone}\nfrom_sms {phone}"),
    }
}

pub fn show(out: &Output, target: &str, changes: &[Change]) {
    let rows = changes
        .iter()
        .map(|c| {
            vec![
                Cell::new(&c.table),
                Cell::new(c.action),
                Cell::new(&c.before),
                Cell::new(&c.after),
            ]
        })
        .collect();
    out.status(&format!("Changes to {target}, in one transaction:"));
    out.stderr_block(&out.stderr_table(&["row", "change", "before", "after"], rows));
}
