//! enable, disable and remove: one gate's state, journaled like every
//! other change.

use super::preview::{self, Change};
use super::{db_target, missing_gate, record};
use crate::cli::ToggleArgs;
use crate::error::Result;
use crate::journal::Draft;
use crate::navixy::schema::GATES;
use crate::navixy::{Gate, Schema, changes, plans, reads};
use crate::output::{Output, dealers_phrase, sanitize, sanitize_cell};
use crate::prompt;
use serde_json::json;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Enable,
    Disable,
    Remove,
}

impl Action {
    fn command(self) -> &'static str {
        match self {
            Action::Enable => "enable",
            Action::Disable => "disable",
            Action::Remove => "remove",
        }
    }
}

fn gate_title(schema: &str, gate: &Gate) -> String {
    let label = gate
        .label
        .as_deref()
        .filter(|l| !l.is_empty())
        .map(|l| format!(" {}", sanitize_cell(l)))
        .unwrap_or_default();
    format!(
        "{schema}.sms_gates {} ({}{label})",
        gate.id,
        sanitize_cell(&gate.provider)
    )
}

pub async fn run(action: Action, args: ToggleArgs, out: &Output) -> Result<()> {
    let journal = record::journal(&args.journal)?;
    let target = db_target(&args.db, out)?;
    let mut db = target.connect().await?;
    let schema = Schema::inspect(&mut db, &args.db.schema.schema).await?;
    let gate_id = args.gate_id;
    let gate = reads::gate(&mut db, &schema, gate_id)
        .await?
        .ok_or_else(|| missing_gate(&schema.name, gate_id))?;
    let dealers: Vec<u64> = reads::dealers_of_gate(&mut db, &schema, gate_id)
        .await?
        .into_iter()
        .map(|d| d.id)
        .collect();
    let dealer_list = dealers_phrase(&dealers);

    let want_enabled = action == Action::Enable;
    if action != Action::Remove && gate.enabled == want_enabled {
        db.close().await;
        let state = if want_enabled { "enabled" } else { "disabled" };
        if out.json_wanted() {
            out.json(&json!({"change_id": null, "gate_id": gate_id, "enabled": want_enabled}));
        } else {
            out.print(&format!(
                "Gate {gate_id} is already {state}; nothing to change."
            ));
        }
        return Ok(());
    }
    if action != Action::Enable && !dealers.is_empty() {
        out.warn(&format!(
            "{dealer_list} {} SMS through gate {gate_id}; without it they get none unless another gate serves them",
            if dealers.len() == 1 { "sends" } else { "send" }
        ));
    }

    let gate_columns = schema.writable_columns(GATES);
    let (plan, mut changes_shown) = match action {
        Action::Enable | Action::Disable => (
            plans::set_enabled(&schema.name, gate_id, want_enabled),
            vec![Change {
                table: gate_title(&schema.name, &gate),
                action: "update",
                before: format!("enabled {}", i64::from(gate.enabled)),
                after: format!("enabled {}", i64::from(want_enabled)),
            }],
        ),
        Action::Remove => (
            plans::remove_gate(&schema.name, gate_id, &gate_columns),
            vec![Change {
                table: gate_title(&schema.name, &gate),
                action: "delete",
                before: format!(
                    "{} {}, {}, class_filter {}\nparams {}",
                    sanitize_cell(&gate.provider),
                    sanitize_cell(&gate.gate_type),
                    if gate.enabled { "enabled" } else { "disabled" },
                    sanitize_cell(&gate.class_filter),
                    masked_params(&gate.params)
                ),
                after: String::new(),
            }],
        ),
    };
    if action == Action::Remove {
        for dealer in &dealers {
            changes_shown.push(Change {
                table: format!("{}.sms_gates_to_dealers", schema.name),
                action: "delete",
                before: format!("dealer {dealer} → gate {gate_id}"),
                after: String::new(),
            });
        }
    }
    preview::show(
        out,
        &format!("{} on {}", schema.name, db.target),
        &changes_shown,
    );
    prompt::confirm("Apply these changes?", args.confirm.yes).await?;

    let summary = match action {
        Action::Enable => format!("enabled gate {gate_id}"),
        Action::Disable => format!("disabled gate {gate_id}"),
        Action::Remove => format!(
            "removed gate {gate_id} ({}){}",
            sanitize(&gate.provider),
            if dealers.is_empty() {
                String::new()
            } else {
                format!(" and its links to {dealer_list}")
            }
        ),
    };
    let (_, entry) = record::apply(
        &mut db,
        &schema.name,
        &plan,
        &[],
        &journal,
        out,
        |applied| {
            let recorded = match action {
                Action::Remove => changes::removed_gate(gate_id, &gate_columns, applied)?,
                _ => changes::toggled(gate_id, want_enabled, applied)?,
            };
            Ok(Draft {
                command: action.command().into(),
                summary: summary.clone(),
                changes: recorded,
                undoes: None,
            })
        },
    )
    .await?;
    db.close().await;

    if out.json_wanted() {
        let mut value = json!({"change_id": entry.id, "gate_id": gate_id});
        match action {
            Action::Remove => value["removed_links"] = json!(dealers),
            _ => value["enabled"] = json!(want_enabled),
        }
        out.json(&value);
    } else {
        let mut first = summary;
        if let Some(c) = first.get(0..1) {
            first = format!("{}{}", c.to_uppercase(), &first[1..]);
        }
        out.print(&format!("{first}."));
        out.print(&record::undo_hint(&entry));
    }
    Ok(())
}

/// The params as they may be shown: JSON with the secrets masked, so the
/// operator sees which account a gate is before removing it.
fn masked_params(params: &str) -> String {
    match serde_json::from_str::<serde_json::Value>(params) {
        Ok(value) => sanitize_cell(
            &serde_json::to_string(&crate::secret::mask_json(&value)).unwrap_or_default(),
        ),
        Err(_) => format!("(not JSON, {} characters)", params.chars().count()),
    }
}
