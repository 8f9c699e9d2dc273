//! What each change did, row by row, as the journal records it: derived
//! from the rows a plan captured before writing and read back after.

use super::db::Applied;
use super::model::{
    Encoding, GateSpec, LinkSpec, RowChange, RowValues, key, link_values, row_values,
};
use super::plans::gate_row;
use super::schema::{DEALERS, GATES, LINKS};
use crate::error::{Error, Result};

fn missing(what: &str) -> Error {
    Error::database(format!(
        "{what} could not be read back while recording the change"
    ))
}

fn dealer_change(applied: &Applied, dealer_id: u64, phone: &str) -> Result<RowChange> {
    let before = applied
        .captured("dealer")
        .first()
        .map(|row| row_values(row, &["master_phone", "from_sms"]))
        .ok_or_else(|| missing("the dealer's previous sender"))?;
    let after: RowValues = ["master_phone", "from_sms"]
        .iter()
        .map(|c| (c.to_string(), Some(phone.to_string())))
        .collect();
    Ok(RowChange {
        table: DEALERS.into(),
        key: key(&[("dealer_id", dealer_id)]),
        before: Some(before),
        after: Some(after),
        encoded: Default::default(),
    })
}

/// add-twilio: the new gate (the columns gatewayctl wrote), the dealer's
/// sender, the new link.
pub fn added_gate(spec: &GateSpec, applied: &Applied) -> Result<(u64, Vec<RowChange>)> {
    let gate_id = applied
        .verified
        .first()
        .and_then(|row| row.int("gate_id"))
        .ok_or_else(|| missing("the new gate's id"))?;
    let gate: RowValues = gate_row(spec)
        .into_iter()
        .map(|(column, value)| (column.to_string(), value.stored_form()))
        .collect();
    let changes = vec![
        RowChange {
            table: GATES.into(),
            key: key(&[("id", gate_id)]),
            before: None,
            after: Some(gate),
            encoded: Default::default(),
        },
        dealer_change(applied, spec.dealer_id, &spec.phone)?,
        RowChange {
            table: LINKS.into(),
            key: key(&[("dealer_id", spec.dealer_id), ("gate_id", gate_id)]),
            before: None,
            after: link_values(1),
            encoded: Default::default(),
        },
    ];
    Ok((gate_id, changes))
}

/// link-dealer: the dealer's sender, and the link when it was new. Rows
/// the change left as they were are not recorded.
pub fn linked_dealer(spec: &LinkSpec, applied: &Applied) -> Result<Vec<RowChange>> {
    let links_before = applied
        .captured("link")
        .first()
        .and_then(|row| row.int("count"))
        .ok_or_else(|| missing("the link count"))?;
    let changes = vec![
        dealer_change(applied, spec.dealer_id, &spec.phone)?,
        RowChange {
            table: LINKS.into(),
            key: key(&[("dealer_id", spec.dealer_id), ("gate_id", spec.gate_id)]),
            before: link_values(links_before),
            after: link_values(links_before.max(1)),
            encoded: Default::default(),
        },
    ];
    Ok(changes
        .into_iter()
        .filter(|c| c.before != c.after)
        .collect())
}

/// enable / disable.
pub fn toggled(gate_id: u64, enabled: bool, applied: &Applied) -> Result<Vec<RowChange>> {
    let before = applied
        .captured("gate")
        .first()
        .map(|row| row_values(row, &["enabled"]))
        .ok_or_else(|| missing("the gate's previous flag"))?;
    let after = RowValues::from([("enabled".to_string(), Some(i64::from(enabled).to_string()))]);
    let change = RowChange {
        table: GATES.into(),
        key: key(&[("id", gate_id)]),
        before: Some(before),
        after: Some(after),
        encoded: Default::default(),
    };
    Ok(std::iter::once(change)
        .filter(|c| c.before != c.after)
        .collect())
}

/// remove: every link of the gate, then the gate with all its columns.
pub fn removed_gate(
    gate_id: u64,
    gate_columns: &[(&str, Option<Encoding>)],
    applied: &Applied,
) -> Result<Vec<RowChange>> {
    let gate = applied
        .captured("gate")
        .first()
        .ok_or_else(|| missing("the gate"))?;
    let columns: Vec<&str> = gate_columns
        .iter()
        .map(|(c, _)| *c)
        .filter(|c| *c != "id")
        .collect();
    let encoded = gate_columns
        .iter()
        .filter_map(|(c, e)| e.map(|e| (c.to_string(), e)))
        .collect();
    let mut changes: Vec<RowChange> = applied
        .captured("links")
        .iter()
        .filter_map(|row| Some((row.int("dealer_id")?, row.int("count")?)))
        .map(|(dealer_id, count)| RowChange {
            table: LINKS.into(),
            key: key(&[("dealer_id", dealer_id), ("gate_id", gate_id)]),
            before: link_values(count),
            after: None,
            encoded: Default::default(),
        })
        .collect();
    changes.push(RowChange {
        table: GATES.into(),
        key: key(&[("id", gate_id)]),
        before: Some(row_values(gate, &columns)),
        after: None,
        encoded,
    });
    Ok(changes)
}
