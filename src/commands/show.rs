//! show: one gate in full, read-only: every column as stored (settings
//! masked), its linked dealers, the inconsistencies found, and the URL
//! Twilio must POST incoming SMS to.

use super::db_target;
use super::gate_report::GateView;
use super::preview::shown;
use crate::cli::ShowArgs;
use crate::error::{Error, Result};
use crate::navixy::schema::DEALERS;
use crate::navixy::{self, Gate, GateLinks, Link, Schema, reads};
use crate::output::{Output, sanitize_cell};
use crate::secret::{looks_secret, mask, mask_text};
use comfy_table::Cell;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
struct ShowView {
    #[serde(flatten)]
    gate: GateView,
    incoming_url: Option<String>,
    /// Columns beyond the documented ones, as stored (secret-looking
    /// names masked).
    other_columns: BTreeMap<String, Option<String>>,
}

pub async fn run(args: ShowArgs, out: &Output) -> Result<()> {
    let gate_id = args.gate_id;
    let target = db_target(&args.db, out)?;
    let mut db = target.connect().await?;
    let schema = Schema::inspect(&mut db, &args.db.schema.schema).await?;
    let row = reads::gate_in_full(&mut db, &schema, gate_id).await?;
    let links = reads::links_of_gate(&mut db, &schema, gate_id).await?;
    db.close().await;
    let Some((row, gate)) = row.and_then(|row| Gate::from_row(&row).map(|gate| (row, gate))) else {
        return Err(missing_gate(&schema.name, gate_id, &links));
    };

    // Every column in the table's order; params and secret-looking ones
    // only masked.
    let columns: Vec<(String, Option<String>)> = row
        .cells
        .into_iter()
        .map(|(name, value)| {
            let value = match value {
                Some(v) if looks_secret(&name) => Some(mask(&v)),
                Some(v) => Some(mask_text(&v)),
                None => None,
            };
            (name.to_ascii_lowercase(), value)
        })
        .collect();
    let view = ShowView {
        gate: GateView::new(GateLinks { gate, links }),
        incoming_url: args
            .incoming
            .public_host
            .as_deref()
            .map(|host| navixy::incoming_url(host, args.incoming.incoming_port, gate_id)),
        other_columns: columns
            .iter()
            .filter(|(name, _)| !reads::GATE_COLUMNS.contains(&name.as_str()))
            .cloned()
            .collect(),
    };

    if out.json_wanted() {
        out.json(&view);
        return Ok(());
    }
    let rows = columns
        .iter()
        .map(|(name, value)| {
            let shown_value = if name == "params" {
                view.gate.params_text(true)
            } else {
                shown(value.as_deref())
            };
            vec![Cell::new(sanitize_cell(name)), Cell::new(shown_value)]
        })
        .collect();
    let mut text = format!("Gate {gate_id} in {}.sms_gates:\n", schema.name);
    text.push_str(&out.table(&["column", "value"], rows));
    text.push('\n');
    text.push_str(&dealers_text(out, &schema, gate_id, &view.gate));
    if view.gate.problems.is_empty() {
        text.push_str("No inconsistencies found.\n");
    } else {
        text.push_str("Inconsistencies:\n");
        for problem in &view.gate.problems {
            text.push_str(&format!("  - {}\n", sanitize_cell(&problem.message)));
        }
    }
    if let Some(url) = &view.incoming_url {
        text.push_str(&format!("Incoming SMS URL: {url}\n"));
    }
    out.print(&text);
    Ok(())
}

/// The linked dealers as a table, with the dealer columns this install has.
fn dealers_text(out: &Output, schema: &Schema, gate_id: u64, view: &GateView) -> String {
    if view.dealers.is_empty() {
        return format!("No dealer is linked to gate {gate_id}.\n");
    }
    let optional: Vec<&str> = ["title", "login"]
        .into_iter()
        .filter(|c| schema.has(DEALERS, c))
        .collect();
    let mut header = vec!["dealer"];
    header.extend(&optional);
    header.extend(["master_phone", "from_sms", "link rows"]);
    let rows = view
        .dealers
        .iter()
        .map(|dealer| {
            let mut row = vec![Cell::new(dealer.dealer_id)];
            if !dealer.exists {
                row.push(Cell::new("no such dealer"));
                return row;
            }
            for column in &optional {
                let value = if *column == "title" {
                    &dealer.title
                } else {
                    &dealer.login
                };
                row.push(Cell::new(shown(value.as_deref())));
            }
            row.push(Cell::new(shown(dealer.master_phone.as_deref())));
            row.push(Cell::new(shown(dealer.from_sms.as_deref())));
            row.push(Cell::new(dealer.link_rows));
            row
        })
        .collect();
    format!(
        "Dealers linked to gate {gate_id}:\n{}\n",
        out.table(&header, rows)
    )
}

/// Refuses a gate id that is not there, pointing at leftover links to it.
fn missing_gate(schema: &str, gate_id: u64, links: &[Link]) -> Error {
    let error = Error::refused(format!(
        "gate {gate_id} does not exist in {schema}.sms_gates"
    ))
    .hint("see the gates there with: gatewayctl list");
    if links.is_empty() {
        return error;
    }
    let rows: u64 = links.iter().map(|l| l.rows).sum();
    let dealers: Vec<String> = links.iter().map(|l| l.dealer_id.to_string()).collect();
    let rows = if rows == 1 {
        "1 row still links".to_string()
    } else {
        format!("{rows} rows still link")
    };
    error.hint(format!(
        "{rows} dealer {} to it in {schema}.sms_gates_to_dealers: leftovers from a deleted gate",
        dealers.join(", ")
    ))
}
