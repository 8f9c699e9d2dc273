//! undo: puts back the rows a recorded change touched, in one transaction,
//! after checking nobody changed them since. The undo is itself recorded,
//! so it can be undone in turn.

use super::preview::{self, Change};
use super::{db_target, record};
use crate::cli::UndoArgs;
use crate::error::{Error, Result};
use crate::journal::Draft;
use crate::navixy::model::{Encoding, RowChange, RowValues};
use crate::navixy::schema::{GATES, LINKS};
use crate::navixy::{Schema, plans, reads};
use crate::output::{Output, sanitize, sanitize_cell};
use crate::prompt;
use serde_json::json;

fn shown(column: &str, value: &Option<String>) -> String {
    match value.as_deref() {
        Some(v) if column == "params" => match serde_json::from_str::<serde_json::Value>(v) {
            Ok(json) => format!(
                "params {}",
                sanitize_cell(
                    &serde_json::to_string(&crate::secret::mask_json(&json)).unwrap_or_default()
                )
            ),
            Err(_) => format!("params ({} characters, hidden)", v.chars().count()),
        },
        None => format!("{column} NULL"),
        Some("") => format!("{column} (empty)"),
        Some(v) => format!("{column} {}", sanitize_cell(v)),
    }
}

/// A recorded value as text for the preview: hex-recorded bytes decoded.
fn readable(change: &RowChange, column: &str, value: &Option<String>) -> Option<String> {
    let value = value.as_ref()?;
    match change.encoded.get(column) {
        Some(Encoding::Hex) => {
            let bytes: Vec<u8> = (0..value.len() / 2)
                .filter_map(|i| u8::from_str_radix(value.get(2 * i..2 * i + 2)?, 16).ok())
                .collect();
            // Bytes in another character set, or binary data, are counted
            // rather than shown garbled.
            Some(
                String::from_utf8(bytes)
                    .unwrap_or_else(|e| format!("({} bytes)", e.as_bytes().len())),
            )
        }
        _ => Some(value.clone()),
    }
}

fn describe(change: &RowChange, values: &Option<RowValues>) -> String {
    match values {
        None if change.table == LINKS => "not linked".into(),
        None => "absent".into(),
        Some(values) if change.table == LINKS => {
            format!(
                "linked ({} row)",
                RowChange::link_count(&Some(values.clone()))
            )
        }
        Some(values) => values
            .iter()
            .map(|(c, v)| shown(c, &readable(change, c, v)))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// The recorded columns that are not as `expected` now.
fn differences(change: &RowChange, now: &Option<RowValues>) -> Option<String> {
    let name = change.describe();
    match (&change.before, now) {
        (None, None) => None,
        (None, Some(_)) if change.table == LINKS => Some(format!("{name} is linked again")),
        (None, Some(_)) => Some(format!("{name} exists again")),
        (Some(_), None) => Some(format!("{name} is gone")),
        (Some(expected), Some(now)) => {
            let changed: Vec<String> = expected
                .iter()
                .filter(|(c, v)| now.get(*c) != Some(v))
                .map(|(c, v)| {
                    if c == "params" {
                        "params differ".to_string()
                    } else {
                        let quoted = |value: &Option<String>| {
                            readable(change, c, value).map_or("NULL".into(), |x| format!("{x:?}"))
                        };
                        format!(
                            "{c} is {} now, gatewayctl left {}",
                            quoted(&now.get(c).cloned().flatten()),
                            quoted(v)
                        )
                    }
                })
                .collect();
            (!changed.is_empty()).then(|| format!("{name}: {}", changed.join("; ")))
        }
    }
}

/// Links that would be left pointing at a gate this undo deletes: links
/// made after the change (by link-dealer or by hand), which this undo does
/// not take back. Names the recorded change that made each, when there is one.
async fn links_left_behind(
    db: &mut crate::navixy::Db,
    schema: &Schema,
    transitions: &[RowChange],
    journal: &crate::journal::Journal,
) -> Result<Vec<String>> {
    let mut found = Vec::new();
    for gate in transitions
        .iter()
        .filter(|t| t.table == GATES && t.after.is_none())
    {
        let Some(&gate_id) = gate.key.get("id") else {
            continue;
        };
        for link in reads::links_of_gate(db, schema, gate_id).await? {
            let removed_here: u64 = transitions
                .iter()
                .filter(|t| {
                    t.table == LINKS
                        && t.key.get("gate_id") == Some(&gate_id)
                        && t.key.get("dealer_id") == Some(&link.dealer_id)
                })
                .map(|t| RowChange::link_count(&t.before) - RowChange::link_count(&t.after))
                .sum();
            if link.rows > removed_here {
                let by = journal
                    .list()?
                    .0
                    .into_iter()
                    .rev()
                    .find(|entry| {
                        entry.undone_by.is_none()
                            && entry.changes.iter().any(|c| {
                                c.table == LINKS
                                    && c.after.is_some()
                                    && c.key.get("gate_id") == Some(&gate_id)
                                    && c.key.get("dealer_id") == Some(&link.dealer_id)
                            })
                    })
                    .map(|entry| format!("; it was linked by change {}: undo that first", entry.id))
                    .unwrap_or_else(|| "; unlink it first, or remove the gate with all its links (gatewayctl remove)".into());
                found.push(format!(
                    "dealer {} is linked to gate {gate_id} now, and would be left linked to a gate that no longer exists{by}",
                    link.dealer_id
                ));
            }
        }
    }
    Ok(found)
}

pub async fn run(args: UndoArgs, out: &Output) -> Result<()> {
    let journal = record::journal(&args.journal)?;
    let entry = journal.get(args.id)?;
    if let Some(by) = entry.undone_by {
        return Err(Error::refused(format!(
            "change {} was already undone by change {by}",
            entry.id
        ))
        .hint(format!(
            "to put it back, undo that one: gatewayctl undo {by}"
        )));
    }
    let target = db_target(&args.db, out)?;
    let mut db = target.connect().await?;
    let schema = Schema::inspect(&mut db, &args.db.schema.schema).await?;
    if entry.schema != schema.name {
        return Err(Error::refused(format!(
            "change {} was made in schema {}; this connection uses {}",
            entry.id, entry.schema, schema.name
        ))
        .hint(format!("pass --schema {}", entry.schema)));
    }
    if entry.target != db.target {
        out.warn(&format!(
            "change {} was recorded on {}; this connection is {}",
            entry.id, entry.target, db.target
        ));
    }
    // Undo walks the change backwards, each row from its new state to its old.
    let transitions: Vec<RowChange> = entry.changes.iter().rev().map(RowChange::inverse).collect();
    let mut changed_since = Vec::new();
    let mut shown_changes = Vec::new();
    for transition in &transitions {
        let now = reads::row_state(&mut db, &schema, transition).await?;
        changed_since.extend(differences(transition, &now));
        shown_changes.push(Change {
            table: transition.describe(),
            action: match (&transition.before, &transition.after) {
                (None, _) => "insert",
                (_, None) => "delete",
                _ => "update",
            },
            before: describe(transition, &transition.before),
            after: describe(transition, &transition.after),
        });
    }
    changed_since.extend(links_left_behind(&mut db, &schema, &transitions, &journal).await?);
    if !changed_since.is_empty() {
        let mut error = Error::refused(format!(
            "the rows change {} wrote have changed since, so undo would overwrite someone's work; nothing was written",
            entry.id
        ));
        for difference in changed_since {
            error = error.hint(difference);
        }
        return Err(error);
    }
    preview::show(
        out,
        &format!("{} on {}", schema.name, db.target),
        &shown_changes,
    );
    prompt::confirm(&format!("Undo change {}?", entry.id), args.confirm.yes).await?;

    let plan = plans::restore(
        &schema.name,
        format!("undo change {}", entry.id),
        &transitions,
    );
    let summary = format!("undid change {} ({})", entry.id, entry.summary);
    let (_, undo) = record::apply(&mut db, &schema.name, &plan, &[], &journal, out, |_| {
        Ok(Draft {
            command: "undo".into(),
            summary: summary.clone(),
            changes: transitions.clone(),
            undoes: Some(entry.id),
        })
    })
    .await?;
    db.close().await;
    // Journal bookkeeping after the fact: the database is already right,
    // so a failure here is a warning, not an error.
    let mut bookkeeping = journal.set_undone_by(entry.id, Some(undo.id));
    if let (Ok(()), Some(original)) = (&bookkeeping, entry.undoes) {
        bookkeeping = journal.set_undone_by(original, None);
    }
    if let Err(error) = bookkeeping {
        out.warn(&format!(
            "the undo worked, but the journal could not be updated: {}",
            error.message
        ));
    }
    for note in &entry.notes {
        out.warn(&format!(
            "change {} also did this outside the database, which undo leaves as it is: {note}",
            entry.id
        ));
    }
    if out.json_wanted() {
        out.json(&json!({"change_id": undo.id, "undid": entry.id, "rows": transitions.len()}));
    } else {
        out.print(&format!(
            "Undid change {}: {}.",
            entry.id,
            sanitize(&entry.summary)
        ));
        out.print(&record::undo_hint(&undo));
    }
    Ok(())
}
